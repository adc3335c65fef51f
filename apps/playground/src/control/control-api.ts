import { MjNetworkError } from '@mjkit/client';
import { createMockControl, type MockControl, MockControlError } from '@mjkit/client/control';
import type { MockState } from '@mjkit/contract';

/** Options of {@link createControlApi}. */
export interface ControlApiOptions {
  baseUrl: string;
  /** Sent as `Authorization: Bearer` (the control API takes the API key when the mock has keys, DESIGN.md §3). */
  apiKey: string | undefined;
  fetch: typeof fetch;
}

/** The client's typed control client, plus {@link ControlApi.probe}. */
export interface ControlApi extends MockControl {
  /**
   * The mock's state, or `null` when this server has no control API (a real gateway, a Prism mock, a
   * mock started with `--no-control`): the playground then hides clock, outcomes and journals.
   * A refused key (401/403) throws {@link MockControlError}: the control API is there.
   */
  probe(): Promise<MockState | null>;
}

const isState = (value: unknown): value is MockState =>
  typeof value === 'object' && value !== null && 'clock' in value && 'config' in value;

/**
 * The mock's control API (`/__mock/*`) through `@mjkit/client/control`, with a probe that tells "no
 * control API here" apart from an error.
 * @example const control = createControlApi({ baseUrl, apiKey, fetch }); await control.advance(5_000)
 */
export function createControlApi(options: ControlApiOptions): ControlApi {
  const control = createMockControl(options.baseUrl, options.apiKey || undefined, { fetch: options.fetch });
  return {
    ...control,
    async probe() {
      try {
        const state: unknown = await control.state();
        return isState(state) ? state : null;
      } catch (error) {
        if (error instanceof MockControlError && (error.status === 401 || error.status === 403)) throw error;
        if (error instanceof MockControlError || error instanceof MjNetworkError) return null;
        throw error;
      }
    },
  };
}
