import { buildCustomId, type Task } from '@mjkit/contract';
import type { EngineConfig } from './engine-config';
import { hashString, type Random } from './random';
import { MODE_FACTOR, type Product, type SubmitInput, type TaskRecord } from './task-record';

/** What a new record needs from the engine. */
export interface RecordDeps {
  now: number;
  id: string;
  random: Random;
  config: EngineConfig;
  instance: { discordInstanceId: string; discordChannelId: string };
}

/** Which configured duration a product takes. */
const DURATION_OF: Record<Product, keyof EngineConfig['durations']> = {
  grid: 'imagineMs',
  upscale: 'upscaleMs',
  describe: 'describeMs',
  shorten: 'describeMs',
  video: 'videoMs',
  image: 'upscaleMs',
};

/**
 * A new task record (NOT_START, or MODAL for code 21) with the properties the upstream sets at submit:
 * account ids, nonce, final prompt, notifyHook, and the button that made it.
 */
export function createRecord(input: SubmitInput, deps: RecordDeps): TaskRecord {
  const now = deps.now;
  const id = deps.id;
  const hash = deps.random.uuid();
  const factor = MODE_FACTOR[input.mode] * (input.slowFactor ?? 1);
  const task: Task = {
    id,
    action: input.action,
    status: input.modal ? 'MODAL' : 'NOT_START',
    prompt: input.prompt,
    promptEn: input.promptEn ?? input.prompt,
    // `{id}` stands for the new task's id (blend's `/blend <taskId> <n>`, NZ SubmitController.java).
    description: input.description.replace('{id}', id),
    state: input.state,
    submitTime: now,
    startTime: null,
    finishTime: null,
    imageUrl: null,
    progress: '',
    failReason: null,
    properties: {
      notifyHook: input.notifyHook,
      finalPrompt: input.promptEn ?? input.prompt,
      discordInstanceId: deps.instance.discordInstanceId,
      discordChannelId: deps.instance.discordChannelId,
      botType: input.botType,
      nonce: `1${deps.random.digits(18)}`,
      flags: 0,
      ...(input.customId ? { custom_id: buildCustomId(input.customId) } : {}),
      ...input.properties,
    },
    buttons: [],
    botType: input.botType,
    mode: input.mode,
    parentId: input.parentId ?? null,
    imageWidth: null,
    imageHeight: null,
    imageUrls: [],
    videoUrl: null,
    videoUrls: [],
  };
  const record: TaskRecord = {
    task,
    product: input.product,
    media: { ...input.media, seed: input.media.seed ?? hashString(`${input.prompt}\u0000${hash}`) },
    hash,
    owner: input.owner ?? null,
    refs: [...(input.refs ?? [])],
    refsInPrompt: input.refsInPrompt ?? false,
    durationMs: Math.round(deps.config.durations[DURATION_OF[input.product]] * factor),
    end:
      input.failReason === undefined
        ? { kind: 'success' }
        : { kind: 'failure', atFraction: 0.5, reason: input.failReason },
    timeline: undefined,
    step: 0,
    finalProperties: input.finalProperties ?? {},
    video: input.video,
    customId: input.customId,
    finalImageUrl: input.finalImageUrl,
    gen: 0,
  };
  return record;
}
