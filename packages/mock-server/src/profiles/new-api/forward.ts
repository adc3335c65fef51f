/**
 * What new-api does to a submit on its way to the upstream and back (`relay/mjproxy_handler.go`
 * `RelayMidjourneySubmit`, `service/midjourney.go` `DoMidjourneyHttpRequest`).
 */

/** new-api's Midjourney switches (its `setting` Midjourney file); the mock's `newApi` config. */
export interface NewApiSwitches {
  /** `MjNotifyEnabled` (default false): otherwise `notifyHook` is deleted before forwarding. */
  notifyEnabled: boolean;
  /** `MjAccountFilterEnabled` (default false): otherwise `accountFilter` is deleted. */
  accountFilterEnabled: boolean;
}

/** new-api's defaults. */
export const NEW_API_DEFAULT_SWITCHES: NewApiSwitches = { notifyEnabled: false, accountFilterEnabled: false };

/** The body the upstream receives: the raw JSON map minus the hooks new-api strips. */
export function forwardedBody(
  body: Record<string, unknown>,
  switches: NewApiSwitches,
): Record<string, unknown> {
  const out = { ...body };
  if (!switches.notifyEnabled) delete out.notifyHook;
  if (!switches.accountFilterEnabled) delete out.accountFilter;
  return out;
}

/**
 * The upstream's bytes as new-api writes them back: `"code":22` → `"code":1` always, `"code":21` →
 * `"code":1` unless the action is INPAINT or CUSTOM_ZOOM (a plain text replace, so description and
 * properties are kept). The HTTP status is the upstream's.
 * @example rewriteSubmitBody('{"code":22,"description":"排队中，前面还有1个任务"}', 'IMAGINE') // '{"code":1,…}'
 */
export function rewriteSubmitBody(body: string, action: string): string {
  let out = body;
  if (out.includes('"code":21') && action !== 'INPAINT' && action !== 'CUSTOM_ZOOM') {
    out = out.replaceAll('"code":21', '"code":1');
  }
  if (out.includes('"code":22')) out = out.replaceAll('"code":22', '"code":1');
  return out;
}

/**
 * new-api writes submit answers with `c.Writer.WriteHeader` and no Content-Type, so Go's
 * `http.DetectContentType` labels the JSON `text/plain; charset=utf-8`.
 */
export const SUBMIT_CONTENT_TYPE = 'text/plain; charset=utf-8';

/** Whether new-api charges (and keeps a record as accepted) for this upstream answer. */
export const isAcceptedCode = (code: number): boolean => code === 1 || code === 21 || code === 22;
