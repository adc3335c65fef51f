/**
 * Task `action` names. The mock emits trueai's upstream names (spec §3.3); new-api stores its own
 * (e.g. LOW_VARIATION, CUSTOM_ZOOM, MODAL, EDITS), which the wire tier also accepts.
 */
export const TASK_ACTIONS = [
  'IMAGINE',
  'UPSCALE',
  'VARIATION',
  'REROLL',
  'DESCRIBE',
  'BLEND',
  'ZOOM',
  'PAN',
  'SHORTEN',
  'INPAINT',
  'OUTPAINT',
  'UPSCALE_HD',
  'SWAP_FACE',
  'VIDEO',
  'VIDEO_EXTEND',
  'EDIT',
  'PIC_READER',
] as const;

/** One of {@link TASK_ACTIONS}: the actions the mock's tasks carry. */
export type TaskAction = (typeof TASK_ACTIONS)[number];

/** new-api's own action names (spec §3.3), for the new-api profile and tolerant readers. */
export const NEW_API_TASK_ACTIONS = [
  'IMAGINE',
  'DESCRIBE',
  'BLEND',
  'UPSCALE',
  'VARIATION',
  'REROLL',
  'INPAINT',
  'MODAL',
  'ZOOM',
  'CUSTOM_ZOOM',
  'SHORTEN',
  'HIGH_VARIATION',
  'LOW_VARIATION',
  'PAN',
  'SWAP_FACE',
  'UPLOAD',
  'VIDEO',
  'EDITS',
] as const;
