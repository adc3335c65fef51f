import type { Task } from '@mjkit/contract';
import type { TaskRecord } from '../../engine/task-record';
import { absolute, absoluteOrNull } from '../urls';

/**
 * The doc profile's task (fetch, list and notifyHook alike, DESIGN.md §3): the record's fields with
 * every URL made absolute from `baseUrl`, and reference images before `promptEn` (NZ's rule).
 * A new object: the record is never changed or kept.
 */
export function docTaskView(record: Readonly<TaskRecord>, baseUrl: string): Task {
  const t = record.task;
  const refs = record.refs.map((r) => absolute(baseUrl, r));
  const withRefs = (text: string) => (refs.length === 0 ? text : [...refs, text].filter(Boolean).join(' '));
  const promptEn = withRefs(t.promptEn);
  const properties =
    refs.length > 0 && t.properties.finalPrompt === t.promptEn
      ? { ...t.properties, finalPrompt: promptEn }
      : { ...t.properties };
  const prompt = record.refsInPrompt ? withRefs(t.prompt) : t.prompt;
  return {
    ...t,
    prompt,
    // NZ: description = "/imagine " + the prompt with the uploaded URLs in front.
    description: refs.length > 0 && t.action === 'IMAGINE' ? `/imagine ${prompt}` : t.description,
    promptEn,
    imageUrl: absoluteOrNull(baseUrl, t.imageUrl),
    imageUrls: t.imageUrls.map((u) => ({ ...u, url: absolute(baseUrl, u.url) })),
    videoUrl: absoluteOrNull(baseUrl, t.videoUrl),
    videoUrls: t.videoUrls.map((u) => ({ ...u, url: absolute(baseUrl, u.url) })),
    buttons: t.buttons.map((b) => ({ ...b })),
    properties,
  };
}
