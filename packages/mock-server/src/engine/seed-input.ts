import type { SeedTask } from '@mjkit/contract';
import type { EngineConfig } from './engine-config';
import type { Product, SubmitInput } from './task-record';

/**
 * What a seeded task (`POST /__mock/tasks`) is created from: an imagine-like submit of the seed's action
 * and prompt (default `IMAGINE`, `a seeded task`), with a square image of the configured size. A given
 * `imageUrl` is kept as the final image (issue 14 point 10) instead of a rendered one.
 */
export function seedInput(
  input: SeedTask,
  config: Readonly<EngineConfig>,
  owner: string | null,
): SubmitInput {
  const prompt = input.prompt ?? 'a seeded task';
  const action = input.action ?? 'IMAGINE';
  const product: Product = action === 'UPSCALE' ? 'upscale' : action === 'DESCRIBE' ? 'describe' : 'grid';
  const size = config.imageSize;
  return {
    action,
    prompt,
    description: `/${action.toLowerCase()} ${prompt}`,
    state: input.state ?? null,
    notifyHook: input.notifyHook ?? null,
    finalImageUrl: input.imageUrl,
    botType: 'MID_JOURNEY',
    mode: 'FAST',
    owner,
    product,
    media: {
      layout: product === 'upscale' ? 'single' : 'grid',
      width: size,
      height: size,
      palette: [],
      inputs: [],
    },
  };
}
