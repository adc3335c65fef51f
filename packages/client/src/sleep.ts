import { MjAbortError } from './errors';

/** Waits `ms`, or rejects with {@link MjAbortError} when `signal` fires. Injected in tests. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** The real-time {@link Sleep}. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new MjAbortError(signal.reason));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new MjAbortError(signal?.reason));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
