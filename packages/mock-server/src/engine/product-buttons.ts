import {
  type Button,
  describeButtons,
  gridButtons,
  mjVersionOf,
  shortenButtons,
  upscaleButtons,
  videoButtons,
} from '@mjkit/contract';
import type { TaskRecord } from './task-record';

/**
 * The buttons a finished task shows, by what it produced (spec §4): a grid's U/🔄/V, an upscale's set
 * (following `--v` in the prompt), describe's PicReader, shorten's prompts, a video's U and extends.
 */
export function buttonsFor(
  r: Pick<TaskRecord, 'product' | 'hash' | 'task'> & { video?: TaskRecord['video'] },
): Button[] {
  switch (r.product) {
    case 'grid':
      return gridButtons(r.hash);
    case 'upscale':
      return upscaleButtons(r.hash, mjVersionOf(r.task.prompt));
    case 'describe':
      return describeButtons();
    case 'shorten':
      return shortenButtons();
    case 'video':
      return videoButtons(r.hash, r.video?.count ?? 4);
    case 'image':
      return [];
  }
}
