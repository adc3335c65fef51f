import { isBanned, isQueued, isQueueFull, MjApiError, MjNetworkError, type Submitted } from '@mjkit/client';

/** A message for the notice area: what happened to a call, in words a user can act on. */
export interface Notice {
  tone: 'info' | 'warn' | 'error';
  title: string;
  detail: string;
}

/** The queue position of a code-22 answer: `numberOfQueues` counts the tasks ahead (DESIGN.md §3). */
export function queuePosition(submitted: Pick<Submitted, 'code' | 'properties'>): number | undefined {
  const ahead = submitted.properties?.numberOfQueues;
  return isQueued(submitted as Submitted) && typeof ahead === 'number' ? ahead + 1 : undefined;
}

/**
 * What an accepted submit means: 1 started, 22 queued (with the position), 21 needs the modal.
 * @example describeSubmitted({ code: 22, properties: { numberOfQueues: 2 } }) // "Queued: position 3 (2 ahead)"
 */
export function describeSubmitted(submitted: Pick<Submitted, 'code' | 'properties' | 'description'>): string {
  const position = queuePosition(submitted);
  if (position !== undefined) return `Queued: position ${position} (${position - 1} ahead)`;
  if (submitted.code === 21) return 'Waiting for the modal (code 21)';
  return 'Submitted';
}

/**
 * Turns a failed call into a clear notice: 23 queue full, 24 banned prompt (with the word), 4 or a
 * local error (the gateway's text), network errors (often CORS against a real gateway: use the proxy).
 */
export function describeError(error: unknown): Notice {
  if (error instanceof MjApiError) {
    if (isQueueFull(error))
      return {
        tone: 'warn',
        title: 'Queue full (code 23)',
        detail: `The gateway's queue is full; nothing was created. Try again when tasks finish. (${error.description})`,
      };
    if (isBanned(error)) {
      const props = (error.body as { properties?: { bannedWord?: string } } | undefined)?.properties;
      return {
        tone: 'warn',
        title: 'Banned prompt (code 24)',
        detail: props?.bannedWord
          ? `The prompt contains the banned word "${props.bannedWord}". Change it and submit again.`
          : `The prompt was refused: ${error.description}`,
      };
    }
    const what = error.localError ?? (error.code === undefined ? '' : `code ${error.code}`);
    return {
      tone: 'error',
      title: `Refused (HTTP ${error.status}${what ? `, ${what}` : ''})`,
      detail: error.description.trim() || 'The gateway refused the request.',
    };
  }
  if (error instanceof MjNetworkError)
    return {
      tone: 'error',
      title: 'No answer',
      detail: `${error.message}. Is the server running? A real gateway sends no CORS headers: use the dev proxy (README).`,
    };
  return { tone: 'error', title: 'Error', detail: (error as Error)?.message ?? String(error) };
}
