import { createManualClock, type ManualClock } from '../../src/engine/clock';
import { createEngine, type Engine } from '../../src/engine/engine';
import { defaultConfig, type EngineConfig, mergeConfig } from '../../src/engine/engine-config';
import type { SubmitInput } from '../../src/engine/task-record';

/** An engine on a manual clock, small images, default pool unless overridden. */
export function engineOnManualClock(
  patch: Parameters<typeof mergeConfig>[1] = {},
  seed = 1,
): { engine: Engine; clock: ManualClock; config: EngineConfig } {
  const clock = createManualClock();
  const config = mergeConfig(defaultConfig(), { imageSize: 64, ...patch });
  return { engine: createEngine({ clock, config, seed }), clock, config };
}

/** An imagine submit input. */
export function imagineInput(prompt = 'a cat', extra: Partial<SubmitInput> = {}): SubmitInput {
  return {
    action: 'IMAGINE',
    prompt,
    description: `/imagine ${prompt}`,
    state: null,
    notifyHook: null,
    botType: 'MID_JOURNEY',
    mode: 'FAST',
    product: 'grid',
    media: { layout: 'grid', width: 64, height: 64, palette: [], inputs: [] },
    ...extra,
  };
}

/** A tiny real PNG as a data URL (solid colour), built with the mock's own encoder. */
export async function pngDataUrl(rgb: [number, number, number] = [200, 40, 40], size = 8): Promise<string> {
  const { encodePng } = await import('../../src/images/png');
  const { toDataUrl } = await import('../../src/images/data-url');
  const data = new Uint8Array(size * size * 3);
  for (let i = 0; i < size * size; i++) data.set(rgb, i * 3);
  return toDataUrl(encodePng({ width: size, height: size, channels: 3, data }));
}
