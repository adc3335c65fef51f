import { RETURN_CODES } from '@mjkit/contract/core';
import type { Submitted } from './mj-client';
import { MjApiError } from './mj-api-error';

type Answer = Submitted | MjApiError | unknown;

const codeOf = (x: Answer): number | undefined =>
  x instanceof MjApiError
    ? x.code
    : typeof (x as Submitted)?.code === 'number'
      ? (x as Submitted).code
      : undefined;

const named = (x: Answer, name: string) => {
  const code = codeOf(x);
  return code !== undefined && RETURN_CODES[code as keyof typeof RETURN_CODES]?.name === name;
};

/** The task waits in the queue: code 22, or new-api's rewritten 1 that still carries `numberOfQueues` > 0. */
export function isQueued(x: Answer): boolean {
  if (named(x, 'IN_QUEUE')) return true;
  const props = (x as Submitted)?.properties;
  return codeOf(x) === 1 && typeof props?.numberOfQueues === 'number' && props.numberOfQueues > 0;
}

/** The queue was full: code 23, or trueai's 9 with `队列已满`. */
export function isQueueFull(x: Answer): boolean {
  return (
    named(x, 'QUEUE_REJECTED') ||
    (codeOf(x) === 9 && x instanceof MjApiError && x.description.includes('队列已满'))
  );
}

/** The prompt was refused as banned: code 24. */
export function isBanned(x: Answer): boolean {
  return named(x, 'BANNED_PROMPT');
}

/** The new task waits for /submit/modal: code 21 (PL/trueai meaning). */
export function needsModal(x: Answer): boolean {
  return named(x, 'EXISTED');
}
