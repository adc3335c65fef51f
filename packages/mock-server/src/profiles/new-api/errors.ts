/**
 * new-api's two error bodies (spec/mj-api.md §7).
 *
 * Shape A comes from the relay (`controller/relay.go` `RelayMidjourney`): a Go `gin.H` map, so the keys
 * come out sorted, and the description is `fmt.Sprintf("%s %s", description, result)` — with an empty
 * result it ends in a space (`"prompt_is_required "`). Shape B comes from the distributor and auth
 * middleware (`middleware/distributor.go`, `middleware/auth.go` `abortWithOpenAiMessage`).
 */

/** An answer as bytes: new-api writes these itself, so tests compare exact text. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const JSON_UTF8 = { 'content-type': 'application/json; charset=utf-8' };

/**
 * A relay error: HTTP 400 (429 for code 30), `{"code":N,"description":"<name> <detail>","type":"upstream_error"}`.
 * @example shapeA('prompt_is_required').body // '{"code":4,"description":"prompt_is_required ","type":"upstream_error"}'
 */
export function shapeA(name: string, detail = '', code = 4): RawAnswer {
  const status = code === 30 ? 429 : 400;
  const body = `{"code":${code},"description":${JSON.stringify(`${name} ${detail}`)},"type":"upstream_error"}`;
  return { status, headers: { ...JSON_UTF8 }, body };
}

/**
 * A distributor/auth error: `{"error":{"message":"<message> (request id: <id>)","type":"new_api_error","code":"<code>"}}`.
 * Go marshals the struct in field order: message, type, code (`types.OpenAIError`).
 */
export function shapeB(status: number, message: string, requestId: string, code = ''): RawAnswer {
  const error = { message: `${message} (request id: ${requestId})`, type: 'new_api_error', code };
  return { status, headers: { ...JSON_UTF8 }, body: JSON.stringify({ error }) };
}

/** The image route's own error (`relay/mjproxy_handler.go` `RelayMidjourneyImage`). */
export function imageNotFound(): RawAnswer {
  return { status: 400, headers: { ...JSON_UTF8 }, body: '{"error":"midjourney_task_not_found"}' };
}
