import type {
  ClockState,
  EngineEventInfo,
  MockState,
  NotificationLogEntry,
  OutcomeRule,
  RequestLogEntry,
  StoredOutcome,
} from '@mjkit/contract';

/** A control-API call that was answered with an error (or not at all). */
export class ControlApiError extends Error {
  override readonly name = 'ControlApiError';
  constructor(
    message: string,
    /** HTTP status; 0 when no answer came. */
    readonly status: number,
  ) {
    super(message);
  }
}

/** Options of {@link createControlApi}. */
export interface ControlApiOptions {
  baseUrl: string;
  /** Auth headers (the control API takes the API key when the mock has keys, DESIGN.md §3). */
  headers: Record<string, string>;
  fetch: typeof fetch;
}

/**
 * A small client for the mock's control API (`/__mock/*`, DESIGN.md §3): clock, outcomes, journals.
 * Types come from the contract; the calls are plain JSON so the playground loads no extra runtime.
 * @example const control = createControlApi({ baseUrl, headers, fetch }); await control.advance(5_000)
 */
export function createControlApi(options: ControlApiOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    let res: Response;
    try {
      res = await options.fetch(`${base}${path}`, {
        method,
        headers:
          body === undefined ? options.headers : { ...options.headers, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new ControlApiError(`${method} ${path}: ${(error as Error).message}`, 0);
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      throw new ControlApiError(`${method} ${path}: HTTP ${res.status}, not JSON`, res.status);
    }
    if (!res.ok) {
      const description = (json as { description?: string } | undefined)?.description;
      throw new ControlApiError(
        `${method} ${path}: HTTP ${res.status} ${description ?? ''}`.trim(),
        res.status,
      );
    }
    return json as T;
  };
  return {
    /**
     * The mock's state, or `null` when this server has no control API (a real gateway, a Prism mock, a
     * mock started with `--no-control`): the playground then hides clock, outcomes and journals.
     */
    async probe(): Promise<MockState | null> {
      try {
        const state = await call<MockState>('GET', '/__mock/state');
        return state && typeof state === 'object' && 'clock' in state ? state : null;
      } catch (error) {
        if (error instanceof ControlApiError && (error.status === 401 || error.status === 403)) throw error;
        return null;
      }
    },
    state: () => call<MockState>('GET', '/__mock/state'),
    reset: () => call<MockState>('POST', '/__mock/reset', {}),
    setClock: (clock: { mode?: 'real' | 'manual'; speed?: number }) =>
      call<ClockState>('POST', '/__mock/clock', clock),
    advance: (ms: number) =>
      call<{ clock: ClockState; events: EngineEventInfo[] }>('POST', '/__mock/clock/advance', { ms }),
    addOutcome: (rule: OutcomeRule) => call<StoredOutcome>('POST', '/__mock/outcomes', rule),
    clearOutcomes: () => call<StoredOutcome[]>('DELETE', '/__mock/outcomes', {}),
    requests: (limit = 200) => call<RequestLogEntry[]>('GET', `/__mock/requests?limit=${limit}`),
    notifications: () => call<NotificationLogEntry[]>('GET', '/__mock/notifications'),
  };
}

/** A control-API client. */
export type ControlApi = ReturnType<typeof createControlApi>;
