import type { TaskWire } from '@mjkit/contract';

/**
 * new-api's task view (`dto/midjourney.go` `MidjourneyDto`, `relay/mjproxy_handler.go`
 * `coverMidjourneyTaskDto`). It is built from new-api's own record, which the relay fills at submit
 * and then copies from the upstream every poll (`controller/midjourney.go`): before the first poll the
 * status is `""` and the times are 0.
 */
export interface NewApiRecord {
  id: string;
  /** new-api's action name (LOW_VARIATION, CUSTOM_ZOOM, MODAL, …). */
  action: string;
  /** The request prompt (the origin's for follow-ups, `InsightFace` for swap). */
  prompt: string;
  /** The upstream's submit description (`提交成功`, `排队中…`), never updated. */
  description: string;
  submitTime: number;
  /** The upstream task as of the last poll; `undefined` before the first. */
  polled: TaskWire | undefined;
}

/** The JSON new-api sends for a task, in Go struct field order. */
export interface NewApiTaskDto {
  id: string;
  action: string;
  customId: string;
  botType: string;
  prompt: string;
  promptEn: string;
  description: string;
  state: string;
  submitTime: number;
  startTime: number;
  finishTime: number;
  imageUrl: string;
  videoUrl: string;
  videoUrls: { url: string }[] | null;
  status: string;
  progress: string;
  failReason: string;
  buttons: unknown[] | null;
  maskBase64: string;
  properties: { finalPrompt: string; finalZhPrompt: string } | null;
}

/** Options of the view: where `/mj/image/:id` lives and a nonce source for `?rand=`. */
export interface DtoOptions {
  /** new-api's `ServerAddress`: the request's base URL or `--public-url`. */
  serverAddress: string;
  /** `MjForwardUrlEnabled` (default true). */
  forwardUrl: boolean;
  /** `time.Now().UnixNano()` for `?rand=` while the task is not SUCCESS. */
  nanoNow: () => bigint;
}

/**
 * The DTO for one record. Progress is `"100%"` on FAILURE (new-api's poller sets it); properties keep
 * only `finalPrompt`/`finalZhPrompt`; `imageUrl` points at new-api's image proxy.
 */
export function toNewApiDto(record: NewApiRecord, options: DtoOptions): NewApiTaskDto {
  const up = record.polled;
  const status = up?.status ?? '';
  const upImage = up?.imageUrl ?? '';
  let imageUrl = upImage;
  if (upImage !== '' && options.forwardUrl) {
    imageUrl = `${options.serverAddress}/mj/image/${record.id}`;
    if (status !== 'SUCCESS') imageUrl += `?rand=${options.nanoNow()}`;
  }
  const props = up?.properties as Record<string, unknown> | null | undefined;
  return {
    id: record.id,
    action: record.action,
    customId: '',
    botType: '',
    prompt: record.prompt,
    promptEn: up?.promptEn ?? '',
    description: record.description,
    state: up?.state ?? '',
    submitTime: record.submitTime,
    startTime: up?.startTime ?? 0,
    finishTime: up?.finishTime ?? 0,
    imageUrl,
    videoUrl: up?.videoUrl ?? '',
    videoUrls: up?.videoUrls ? up.videoUrls.map((v) => ({ url: v.url })) : null,
    status,
    progress: status === 'FAILURE' ? '100%' : (up?.progress ?? '0%'),
    failReason: up?.failReason ?? '',
    buttons: up?.buttons && up.buttons.length > 0 ? up.buttons : null,
    maskBase64: '',
    properties: props
      ? { finalPrompt: String(props.finalPrompt ?? ''), finalZhPrompt: String(props.finalZhPrompt ?? '') }
      : null,
  };
}
