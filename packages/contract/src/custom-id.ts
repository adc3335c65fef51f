/**
 * Button customIds (spec §4): parse one into its parts and build one back. Every family the
 * upstreams emit is covered; `buildCustomId(parseCustomId(id))` gives `id` back.
 */

/** Upscale-HD model/variant in `MJ::JOB::upsample_<variant>::1::<hash>::SOLO`. */
export type UpscaleVariant =
  | 'v5_2x'
  | 'v5_4x'
  | 'v6_2x_subtle'
  | 'v6_2x_creative'
  | 'v6r1_2x_subtle'
  | 'v6r1_2x_creative'
  | 'v7_2x_subtle'
  | 'v7_2x_creative';

/** Pan directions. */
export type PanDirection = 'left' | 'right' | 'up' | 'down';

/** A parsed customId, discriminated on `kind`. */
export type CustomId =
  | { kind: 'upsample'; index: 1 | 2 | 3 | 4; hash: string }
  | { kind: 'variation'; index: 1 | 2 | 3 | 4; hash: string }
  | { kind: 'low_variation'; hash: string }
  | { kind: 'high_variation'; hash: string }
  | { kind: 'reroll'; hash: string }
  | { kind: 'upscale_hd'; variant: UpscaleVariant; hash: string }
  | { kind: 'inpaint'; hash: string }
  | { kind: 'outpaint'; zoom: 50 | 75; hash: string }
  | { kind: 'custom_zoom'; hash: string }
  | { kind: 'pan'; direction: PanDirection; hash: string }
  | { kind: 'animate'; motion: 'high' | 'low'; hash: string }
  | { kind: 'animate_extend'; motion: 'high' | 'low'; hash: string }
  | { kind: 'video_virtual_upscale'; index: 1 | 2 | 3 | 4; hash: string }
  | { kind: 'pic_reader'; index: 1 | 2 | 3 | 4 | 'all' }
  | { kind: 'picread_retry' }
  | { kind: 'prompt_analyzer'; index: 1 | 2 | 3 | 4 | 5 };

/** The `kind` of a {@link CustomId}. */
export type CustomIdKind = CustomId['kind'];

const UPSCALE_VARIANTS: readonly UpscaleVariant[] = [
  'v5_2x',
  'v5_4x',
  'v6_2x_subtle',
  'v6_2x_creative',
  'v6r1_2x_subtle',
  'v6r1_2x_creative',
  'v7_2x_subtle',
  'v7_2x_creative',
];

const quarter = (s: string | undefined) => {
  const n = Number(s);
  return n === 1 || n === 2 || n === 3 || n === 4 ? n : undefined;
};

/** Builds the customId string of a parsed customId. */
export function buildCustomId(id: CustomId): string {
  switch (id.kind) {
    case 'upsample':
      return `MJ::JOB::upsample::${id.index}::${id.hash}`;
    case 'variation':
      return `MJ::JOB::variation::${id.index}::${id.hash}`;
    case 'low_variation':
    case 'high_variation':
      return `MJ::JOB::${id.kind}::1::${id.hash}::SOLO`;
    case 'reroll':
      return `MJ::JOB::reroll::0::${id.hash}::SOLO`;
    case 'upscale_hd':
      return `MJ::JOB::upsample_${id.variant}::1::${id.hash}::SOLO`;
    case 'inpaint':
      return `MJ::Inpaint::1::${id.hash}::SOLO`;
    case 'outpaint':
      return `MJ::Outpaint::${id.zoom}::1::${id.hash}::SOLO`;
    case 'custom_zoom':
      return `MJ::CustomZoom::1::${id.hash}`;
    case 'pan':
      return `MJ::JOB::pan_${id.direction}::1::${id.hash}::SOLO`;
    case 'animate':
      return `MJ::JOB::animate_${id.motion}::1::${id.hash}::SOLO`;
    case 'animate_extend':
      return `MJ::JOB::animate_${id.motion}_extend::1::${id.hash}`;
    case 'video_virtual_upscale':
      return `MJ::JOB::video_virtual_upscale::${id.index}::${id.hash}`;
    case 'pic_reader':
      return `MJ::Job::PicReader::${id.index}`;
    case 'picread_retry':
      return 'MJ::Picread::Retry';
    case 'prompt_analyzer':
      return `MJ::Job::PromptAnalyzer::${id.index}`;
  }
}

function parseJob(name: string, n: string | undefined, hash: string): CustomId | undefined {
  const index = quarter(n);
  if (name === 'upsample' && index) return { kind: 'upsample', index, hash };
  if (name === 'variation' && index) return { kind: 'variation', index, hash };
  if (name === 'video_virtual_upscale' && index) return { kind: 'video_virtual_upscale', index, hash };
  if (name === 'low_variation' || name === 'high_variation') return { kind: name, hash };
  if (name === 'reroll') return { kind: 'reroll', hash };
  const variant = name.startsWith('upsample_') ? name.slice('upsample_'.length) : undefined;
  if (variant && (UPSCALE_VARIANTS as readonly string[]).includes(variant)) {
    return { kind: 'upscale_hd', variant: variant as UpscaleVariant, hash };
  }
  const pan = /^pan_(left|right|up|down)$/.exec(name);
  if (pan) return { kind: 'pan', direction: pan[1] as PanDirection, hash };
  const animate = /^animate_(high|low)(_extend)?$/.exec(name);
  if (animate) {
    const motion = animate[1] as 'high' | 'low';
    return animate[2] ? { kind: 'animate_extend', motion, hash } : { kind: 'animate', motion, hash };
  }
  return undefined;
}

/**
 * Parses a customId; `undefined` when no family matches (the gateway answers `unknown_action`).
 * @example parseCustomId('MJ::JOB::upsample::2::0ddb91a0-…') // { kind: 'upsample', index: 2, hash: '0ddb91a0-…' }
 */
export function parseCustomId(customId: string): CustomId | undefined {
  const parts = customId.split('::');
  if (parts[0] !== 'MJ') return undefined;
  const [, family, a, b, c] = parts;
  if (family === 'JOB' && a && b && c) return parseJob(a, b, c);
  if (family === 'Job' && a === 'PicReader') {
    if (b === 'all') return { kind: 'pic_reader', index: 'all' };
    const index = quarter(b);
    return index ? { kind: 'pic_reader', index } : undefined;
  }
  if (family === 'Job' && a === 'PromptAnalyzer') {
    const n = Number(b);
    return n >= 1 && n <= 5 && Number.isInteger(n)
      ? { kind: 'prompt_analyzer', index: n as 1 | 2 | 3 | 4 | 5 }
      : undefined;
  }
  if (family === 'Picread' && a === 'Retry' && parts.length === 3) return { kind: 'picread_retry' };
  if (family === 'Inpaint' && a === '1' && b) return { kind: 'inpaint', hash: b };
  if (family === 'Outpaint' && (a === '50' || a === '75') && b === '1' && c) {
    return { kind: 'outpaint', zoom: Number(a) as 50 | 75, hash: c };
  }
  if (family === 'CustomZoom' && a === '1' && b) return { kind: 'custom_zoom', hash: b };
  return undefined;
}
