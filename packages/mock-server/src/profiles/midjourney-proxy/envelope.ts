import { type UpstreamTextKey, type UpstreamVariant, upstreamText } from '@mjkit/contract';
import { VARIANTS } from './variants';

/** An upstream envelope `{code, description, result, properties}` with its HTTP status. */
export interface UpstreamEnvelope {
  status: number;
  body: {
    code: number;
    description: string;
    result: string | string[] | null;
    properties: Record<string, unknown>;
  };
}

/**
 * The envelope a variant sends for an upstream text key (`SubmitResultVO` in both variants: HTTP 200
 * unless the variant answers that key with another status, e.g. TA's 404 for code 3).
 * @example upstreamEnvelope('queue_full', 'ta', { instanceId: '1' }).body.code // 9
 */
export function upstreamEnvelope(
  key: UpstreamTextKey,
  variant: UpstreamVariant,
  extra: {
    result?: string | string[] | null;
    n?: number;
    instanceId?: string;
    properties?: Record<string, unknown>;
  } = {},
): UpstreamEnvelope {
  const { code, text, httpStatus } = upstreamText(key, variant, extra.n);
  const properties: Record<string, unknown> = { ...extra.properties };
  if (extra.instanceId !== undefined) {
    properties.discordInstanceId = extra.instanceId;
    // TA's SubmitResultVO.SetProperty copies the instance id into discordChannelId.
    if (VARIANTS[variant].channelIdProperty) properties.discordChannelId = extra.instanceId;
  }
  return { status: httpStatus, body: { code, description: text, result: extra.result ?? null, properties } };
}

/**
 * The answer to an accepted submit: `ahead` tasks waiting before it. Both variants send code 1 when
 * none wait ahead — including the first task that waits (NZ `DiscordInstanceImpl.java:110`, TA
 * `DiscordService.cs:1657-1662`) — and 22 with `numberOfQueues` otherwise.
 */
export function acceptedEnvelope(
  variant: UpstreamVariant,
  id: string,
  ahead: number,
  instanceId: string,
): UpstreamEnvelope {
  if (ahead === 0) return upstreamEnvelope('submit_success', variant, { result: id, instanceId });
  return upstreamEnvelope('in_queue', variant, {
    result: id,
    n: ahead,
    instanceId,
    properties: { numberOfQueues: ahead },
  });
}
