import type { MockState } from '@mjkit/contract';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { MockControlError } from '@mjkit/client/control';
import { startInPageMock } from '../in-page/start-in-page-mock';
import { createObjectUrlResolver } from '../tasks/use-media-url';
import type { CallJournal } from '../transport/call-journal';
import { createRecordingFetch } from '../transport/recording-fetch';
import { createSession, type SessionParts } from './create-session';
import type { Settings } from './settings';

/** Whether the server has the mock's control API. */
export type ControlStatus = 'checking' | 'present' | 'absent' | 'denied';

/** The live connection: the parts to call through, and what the control API reported. */
export interface Session {
  parts: SessionParts | undefined;
  /** Why the session could not start (the in-page mode unavailable, …). */
  error: string | undefined;
  controlStatus: ControlStatus;
  mockState: MockState | undefined;
  /** Reads `/__mock/state` again (after a clock or outcome change). */
  refreshState(): Promise<void>;
}

/**
 * Builds the session for the applied settings: starts the in-page mock when asked, wraps fetch so the
 * raw view sees every call, and probes the control API (absent on a real gateway: not an error).
 */
export function useSession(settings: Settings, journal: CallJournal): Session {
  const [parts, setParts] = useState<SessionParts>();
  const [error, setError] = useState<string>();
  const [controlStatus, setControlStatus] = useState<ControlStatus>('checking');
  const [mockState, setMockState] = useState<MockState>();

  useEffect(() => {
    let cancelled = false;
    let stop = () => {};
    setParts(undefined);
    setError(undefined);
    setControlStatus('checking');
    setMockState(undefined);
    (async () => {
      try {
        let made: SessionParts;
        if (settings.transport === 'in-page') {
          const mock = await startInPageMock();
          stop = () => mock.stop();
          made = createSession(settings, createRecordingFetch(mock.fetch, journal), {
            baseUrl: mock.baseUrl,
            notifyHook: settings.notifyHook.trim() || mock.sinkUrl,
            // Images are read straight from the mock, not through the journal: the raw view shows API calls.
            resolveMedia: createObjectUrlResolver(mock.baseUrl, mock.fetch),
          });
        } else {
          made = createSession(settings, createRecordingFetch(globalThis.fetch.bind(globalThis), journal));
        }
        if (cancelled) return;
        setParts(made);
        const state = await made.control.probe();
        if (cancelled) return;
        setControlStatus(state ? 'present' : 'absent');
        setMockState(state ?? undefined);
      } catch (e) {
        if (cancelled) return;
        if (e instanceof MockControlError) setControlStatus('denied');
        else setError((e as Error).message);
      }
    })();
    return () => {
      cancelled = true;
      stop();
    };
  }, [settings, journal]);

  const refreshState = useCallback(async () => {
    if (!parts || controlStatus !== 'present') return;
    try {
      setMockState(await parts.control.state());
    } catch {
      // Shown by the next successful read; the raw view has the failed call.
    }
  }, [parts, controlStatus]);

  return useMemo(
    () => ({ parts, error, controlStatus, mockState, refreshState }),
    [parts, error, controlStatus, mockState, refreshState],
  );
}
