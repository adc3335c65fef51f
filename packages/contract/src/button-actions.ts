import type { CustomIdKind } from './custom-id';
import type { TaskAction } from './task-action';

/** What pressing a button does (spec §4, trueai's `Action` table and `SubmitAction`). */
export interface ButtonActionInfo {
  /** Action of the new task; `'same-as-target'` for reroll (an upscale's reroll re-imagines). */
  readonly action: TaskAction | 'same-as-target';
  /** Always answers code 21 (the new task waits in MODAL for /mj/submit/modal). */
  readonly alwaysModal: boolean;
  /** Answers code 21 when remix is on (account setting or `enableRemix: true`). */
  readonly modalWithRemix: boolean;
  /** What the new task produces. */
  readonly produces: 'grid' | 'single' | 'video' | 'prompts';
}

/** The button table, one row per customId family; a missing family fails to compile. */
export const BUTTON_ACTIONS: Readonly<Record<CustomIdKind, ButtonActionInfo>> = {
  upsample: { action: 'UPSCALE', alwaysModal: false, modalWithRemix: false, produces: 'single' },
  variation: { action: 'VARIATION', alwaysModal: false, modalWithRemix: true, produces: 'grid' },
  low_variation: { action: 'VARIATION', alwaysModal: false, modalWithRemix: true, produces: 'grid' },
  high_variation: { action: 'VARIATION', alwaysModal: false, modalWithRemix: true, produces: 'grid' },
  reroll: { action: 'same-as-target', alwaysModal: false, modalWithRemix: true, produces: 'grid' },
  upscale_hd: { action: 'UPSCALE_HD', alwaysModal: false, modalWithRemix: false, produces: 'single' },
  inpaint: { action: 'INPAINT', alwaysModal: true, modalWithRemix: true, produces: 'grid' },
  outpaint: { action: 'ZOOM', alwaysModal: false, modalWithRemix: false, produces: 'grid' },
  custom_zoom: { action: 'ZOOM', alwaysModal: true, modalWithRemix: true, produces: 'grid' },
  pan: { action: 'PAN', alwaysModal: false, modalWithRemix: true, produces: 'grid' },
  animate: { action: 'VIDEO', alwaysModal: false, modalWithRemix: true, produces: 'video' },
  animate_extend: { action: 'VIDEO_EXTEND', alwaysModal: false, modalWithRemix: true, produces: 'video' },
  video_virtual_upscale: { action: 'UPSCALE', alwaysModal: false, modalWithRemix: false, produces: 'video' },
  pic_reader: { action: 'IMAGINE', alwaysModal: true, modalWithRemix: true, produces: 'grid' },
  picread_retry: { action: 'DESCRIBE', alwaysModal: false, modalWithRemix: false, produces: 'prompts' },
  prompt_analyzer: { action: 'IMAGINE', alwaysModal: true, modalWithRemix: true, produces: 'grid' },
};

/** True when pressing a button of this family answers code 21 (with remix on or off). */
export function needsModal(kind: CustomIdKind, remix: boolean): boolean {
  const row = BUTTON_ACTIONS[kind];
  return row.alwaysModal || (remix && row.modalWithRemix);
}
