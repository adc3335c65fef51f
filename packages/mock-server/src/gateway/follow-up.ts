import { BUTTON_ACTIONS, buildCustomId, type CustomId, type TaskAction } from '@mjkit/contract';
import type { TaskRecord } from '../engine/task-record';
import { hashString } from '../engine/random';
import { describePrompts, pickPrompt } from '../engine/text/describe-prompts';
import type { SubmitRequest } from './submit-task';

/** A follow-up task to create from a button of `target`, or `undefined` if the button cannot apply. */
export type FollowUp = SubmitRequest['input'];

const GRID_SPACING = 7919;

/** Scales a size so its longest edge is at most `max`, keeping it even. */
function fit(width: number, height: number, max: number): { width: number; height: number } {
  const k = Math.min(1, max / Math.max(width, height));
  const even = (n: number) => Math.max(2, Math.round((n * k) / 2) * 2);
  return { width: even(width), height: even(height) };
}

/** The label a button shows (`U1`, `Zoom Out 2x`, or its emoji), for `/up <id> <label>` descriptions. */
function labelOf(target: Readonly<TaskRecord>, id: CustomId): string {
  const button = target.task.buttons.find((b) => b.customId === buildCustomId(id));
  return button?.label || button?.emoji || id.kind;
}

/**
 * What pressing a button of `target` creates (spec §4, trueai's `SubmitAction`): the action, what it
 * produces, the image it starts from. An upscale renders exactly the chosen quadrant of the grid.
 */
export function followUp(
  target: Readonly<TaskRecord>,
  id: CustomId,
  imageSize: number,
): FollowUp | undefined {
  const t = target.task;
  const base = target.media;
  const row = BUTTON_ACTIONS[id.kind];
  const action: TaskAction =
    row.action === 'same-as-target' ? (t.action === 'UPSCALE' ? 'IMAGINE' : t.action) : row.action;
  const seedFor = (salt: string) => hashString(`${base.seed}:${salt}`);
  const common = {
    action,
    prompt: t.prompt,
    promptEn: t.promptEn,
    refs: target.refs,
    refsInPrompt: target.refsInPrompt,
    description: `/up ${t.id} ${labelOf(target, id)}`,
    state: null,
    notifyHook: null,
    botType: t.botType,
    parentId: t.id,
    customId: id,
  } as const;
  const grid = (seed: number, size = { width: base.width, height: base.height }) => ({
    product: 'grid' as const,
    media: { layout: 'grid' as const, seed, ...size, palette: base.palette, inputs: [] },
  });
  switch (id.kind) {
    case 'upsample':
      return {
        ...common,
        description: `/up ${t.id} U${id.index}`,
        product: 'upscale',
        media: { ...base, layout: 'single', seed: base.seed + (id.index - 1) * GRID_SPACING, inputs: [] },
      };
    case 'upscale_hd':
      return { ...common, product: 'upscale', media: { ...base, layout: 'single', inputs: [] } };
    case 'variation':
      return { ...common, description: `/up ${t.id} V${id.index}`, ...grid(seedFor(`V${id.index}`)) };
    case 'low_variation':
    case 'high_variation':
    case 'inpaint':
    case 'outpaint':
    case 'custom_zoom':
      return { ...common, ...grid(seedFor(buildCustomId(id))) };
    case 'reroll':
      return { ...common, description: `/up ${t.id} R`, ...grid(seedFor(`R${t.id}`)) };
    case 'pan': {
      const wide = id.direction === 'left' || id.direction === 'right';
      const size = fit(base.width * (wide ? 1.25 : 1), base.height * (wide ? 1 : 1.25), imageSize);
      return { ...common, ...grid(seedFor(id.direction), size) };
    }
    case 'animate':
    case 'animate_extend':
      return {
        ...common,
        product: 'video',
        video: { count: 4 },
        media: { ...base, layout: 'single', inputs: [] },
      };
    case 'video_virtual_upscale':
      return {
        ...common,
        product: 'video',
        video: { count: 1 },
        media: { ...base, layout: 'single', seed: base.seed + id.index },
      };
    case 'pic_reader':
    case 'prompt_analyzer': {
      const text = t.properties.finalPrompt ?? '';
      const prompt = pickPrompt(text, id.index === 'all' ? 1 : id.index);
      if (!prompt) return undefined;
      const size = { width: imageSize, height: imageSize };
      return {
        ...common,
        prompt,
        promptEn: prompt,
        description: `/imagine ${prompt}`,
        ...grid(hashString(prompt), size),
      };
    }
    case 'picread_retry': {
      const seed = seedFor(`describe:${t.id}`);
      const prompts = describePrompts(base.palette, base.width, base.height, seed);
      return {
        ...common,
        prompt: '',
        promptEn: '',
        description: `/describe ${t.id}`,
        product: 'describe',
        media: { ...base, seed },
        finalImageUrl: t.imageUrl ?? undefined,
        finalProperties: { finalPrompt: prompts },
      };
    }
  }
}
