/**
 * new-api's distributor stage for `/mj/*` (`middleware/distributor.go`, `service/midjourney.go`): it
 * decodes the body into new-api's request DTO, parses an action's customId, and picks a model (a
 * channel) before the relay runs. Its failures are shape-B errors; everything here runs before any
 * upstream rule.
 */

/** Fields of new-api's `dto.MidjourneyRequest` and their Go types (`dto/midjourney.go`). */
const DTO_FIELDS: Record<string, 'string' | 'int' | 'string[]'> = {
  prompt: 'string',
  customId: 'string',
  botType: 'string',
  notifyHook: 'string',
  action: 'string',
  index: 'int',
  state: 'string',
  taskId: 'string',
  base64Array: 'string[]',
  content: 'string',
  maskBase64: 'string',
};

const goType = (value: unknown): string =>
  Array.isArray(value)
    ? 'array'
    : value === null
      ? 'null'
      : typeof value === 'boolean'
        ? 'bool'
        : typeof value;

/**
 * The Go `encoding/json` error for a body that does not decode into the DTO, or `undefined`.
 * Fields not in the DTO are ignored (and forwarded untouched); `null` decodes to the zero value.
 * @example decodeError('{') // 'unexpected end of JSON input'
 */
export function decodeError(raw: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return jsonSyntaxError(raw);
  }
  return dtoTypeError(value);
}

/**
 * Go's `encoding/json` text for bytes that are no JSON: a body cut short is `unexpected end of JSON
 * input`; otherwise the first character that cannot start a value (an approximation of Go's scanner).
 */
export function jsonSyntaxError(raw: string): string {
  const text = raw.trim();
  if (text === '' || /^[[{]/.test(text)) return 'unexpected end of JSON input';
  return `invalid character '${text[0]}' looking for beginning of value`;
}

/** The Go decode error of an already parsed value against new-api's DTO, or `undefined`. */
export function dtoTypeError(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    return `json: cannot unmarshal ${goType(value)} into Go value of type dto.MidjourneyRequest`;
  }
  for (const [name, type] of Object.entries(DTO_FIELDS)) {
    const field = (value as Record<string, unknown>)[name];
    if (field === undefined || field === null) continue;
    const bad =
      type === 'string'
        ? typeof field !== 'string'
        : type === 'int'
          ? typeof field !== 'number' || !Number.isInteger(field)
          : !Array.isArray(field) || field.some((item) => item !== null && typeof item !== 'string');
    if (bad) {
      const goName = type === 'int' ? 'int' : type === 'string' ? 'string' : '[]string';
      return `json: cannot unmarshal ${goType(field)} into Go struct field MidjourneyRequest.${name} of type ${goName}`;
    }
  }
  return undefined;
}

/** new-api's own action names (`constant` Midjourney file). */
export type NewApiAction =
  | 'UPSCALE'
  | 'VARIATION'
  | 'LOW_VARIATION'
  | 'HIGH_VARIATION'
  | 'PAN'
  | 'REROLL'
  | 'ZOOM'
  | 'CUSTOM_ZOOM'
  | 'INPAINT';

/**
 * `CoverPlusActionToNormalAction`: split the customId on `::`; segment 2 when segment 1 is `JOB`, else
 * segment 1. Returns the action and index, or the shape-B error code (`custom_id_is_required`,
 * `unknown_action:<id>` — no space after the colon).
 */
export function parseCustomId(
  customId: string | undefined,
): { action: NewApiAction; index: number } | { error: string } {
  if (!customId) return { error: 'custom_id_is_required' };
  const parts = customId.split('::');
  const name = parts[1] === 'JOB' ? (parts[2] ?? '') : (parts[1] ?? '');
  const index = Number.parseInt(parts[3] ?? '1', 10) || 1;
  if (name.includes('upsample')) return { action: 'UPSCALE', index };
  if (name === 'variation') return { action: 'VARIATION', index };
  if (name === 'low_variation') return { action: 'LOW_VARIATION', index: 1 };
  if (name === 'high_variation') return { action: 'HIGH_VARIATION', index: 1 };
  if (name.includes('pan')) return { action: 'PAN', index: 1 };
  if (name.includes('reroll')) return { action: 'REROLL', index: 1 };
  if (name === 'Outpaint') return { action: 'ZOOM', index: 1 };
  if (name === 'CustomZoom') return { action: 'CUSTOM_ZOOM', index: 1 };
  if (name === 'Inpaint') return { action: 'INPAINT', index: 1 };
  return { error: `unknown_action:${customId}` };
}

/**
 * Whether a channel serves the route's model (`middleware/distributor.go` + `relay/constant/relay_mode.go`):
 * simple-change is routed as change and resolves to the model `mj_` (no channel), and so does a change
 * without `action` — both are 503 `model_not_found`.
 */
export function hasChannel(route: string, body: Record<string, unknown>): boolean {
  if (route === 'simpleChange') return false;
  if (route === 'change') return typeof body.action === 'string' && body.action !== '';
  return true;
}
