import type { GatewayRouteName } from '../../core/route-match';
import type { TaskRecord } from '../../engine/task-record';

const BY_KIND: Record<string, string> = {
  upsample: 'UPSCALE',
  upscale_hd: 'UPSCALE',
  variation: 'VARIATION',
  low_variation: 'LOW_VARIATION',
  high_variation: 'HIGH_VARIATION',
  reroll: 'REROLL',
  pan: 'PAN',
  outpaint: 'ZOOM',
  custom_zoom: 'CUSTOM_ZOOM',
  inpaint: 'INPAINT',
};

const BY_ROUTE: Partial<Record<GatewayRouteName, string>> = {
  imagine: 'IMAGINE',
  describe: 'DESCRIBE',
  blend: 'BLEND',
  shorten: 'SHORTEN',
  uploadDiscordImages: 'UPLOAD',
  edits: 'EDITS',
  video: 'VIDEO',
  swapFace: 'SWAP_FACE',
  modal: 'MODAL',
};

/**
 * The action name new-api stores for a submit (its `constant` Midjourney file; spec/mj-api.md §3.3):
 * the route's for plain submits, `MODAL` for a modal, and for a button the name its customId parses to
 * (`service/midjourney.go` `CoverPlusActionToNormalAction`: LOW_VARIATION, CUSTOM_ZOOM, INPAINT, …).
 */
export function newApiActionName(route: GatewayRouteName, record: Readonly<TaskRecord>): string {
  const byRoute = BY_ROUTE[route];
  if (byRoute) return byRoute;
  if (record.customId) return BY_KIND[record.customId.kind] ?? record.task.action;
  return record.task.action;
}
