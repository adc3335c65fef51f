import { buildCustomId, type CustomId, parseCustomId, type UpscaleVariant } from './custom-id';
import type { Button } from './core/response-types';

const button = (id: CustomId, label: string, emoji = ''): Button => ({
  customId: buildCustomId(id),
  emoji,
  label,
  type: 2,
  style: 2,
});

const QUARTERS = [1, 2, 3, 4] as const;

/** Grid buttons in the order real responses show them: U1–U4, 🔄, V1–V4 (spec §4). */
export function gridButtons(hash: string): Button[] {
  return [
    ...QUARTERS.map((index) => button({ kind: 'upsample', index, hash }, `U${index}`)),
    button({ kind: 'reroll', hash }, '', '🔄'),
    ...QUARTERS.map((index) => button({ kind: 'variation', index, hash }, `V${index}`)),
  ];
}

/** Midjourney model versions whose upscales get an upscale button pair. */
export type MjVersion = '5' | '6' | '6.1' | '7';

const UPSCALE_PAIRS: Record<MjVersion, [UpscaleVariant, string][]> = {
  '5': [
    ['v5_2x', 'Upscale (2x)'],
    ['v5_4x', 'Upscale (4x)'],
  ],
  '6': [
    ['v6_2x_subtle', 'Upscale (Subtle)'],
    ['v6_2x_creative', 'Upscale (Creative)'],
  ],
  '6.1': [
    ['v6r1_2x_subtle', 'Upscale (Subtle)'],
    ['v6r1_2x_creative', 'Upscale (Creative)'],
  ],
  '7': [
    ['v7_2x_subtle', 'Upscale (Subtle)'],
    ['v7_2x_creative', 'Upscale (Creative)'],
  ],
};

/**
 * Reads `--v N` / `--version N` from a prompt; default 7 (DESIGN.md §3). `--niji 6` counts as 6.
 * @example mjVersionOf('cat --v 6.1') // '6.1'
 */
export function mjVersionOf(prompt: string): MjVersion {
  const m = /--(?:v|version|niji)\s+(\d+(?:\.\d+)?)/i.exec(prompt);
  const v = m?.[1];
  if (v === '5' || v?.startsWith('5.')) return '5';
  if (v === '6.1') return '6.1';
  if (v === '6' || v?.startsWith('6.')) return '6';
  return '7';
}

/** Buttons of an upscaled single image (trueai `OnUpscaleButtons`, spec §4). */
export function upscaleButtons(hash: string, version: MjVersion): Button[] {
  return [
    ...UPSCALE_PAIRS[version].map(([variant, label]) =>
      button({ kind: 'upscale_hd', variant, hash }, label, 'upscale_1'),
    ),
    button({ kind: 'low_variation', hash }, 'Vary (Subtle)', '🪄'),
    button({ kind: 'high_variation', hash }, 'Vary (Strong)', '🪄'),
    button({ kind: 'inpaint', hash }, 'Vary (Region)', '🖌️'),
    button({ kind: 'outpaint', zoom: 50, hash }, 'Zoom Out 2x', '🔍'),
    button({ kind: 'outpaint', zoom: 75, hash }, 'Zoom Out 1.5x', '🔍'),
    button({ kind: 'custom_zoom', hash }, 'Custom Zoom', '🔍'),
    button({ kind: 'pan', direction: 'left', hash }, '', '⬅️'),
    button({ kind: 'pan', direction: 'right', hash }, '', '➡️'),
    button({ kind: 'pan', direction: 'up', hash }, '', '⬆️'),
    button({ kind: 'pan', direction: 'down', hash }, '', '⬇️'),
    button({ kind: 'animate', motion: 'high', hash }, 'Animate (High motion)', '🎞️'),
    button({ kind: 'animate', motion: 'low', hash }, 'Animate (Low motion)', '🎞️'),
    button({ kind: 'reroll', hash }, '', '🔄'),
  ];
}

const KEYCAPS = ['1️⃣', '2️⃣', '3️⃣', '4️⃣', '5️⃣'] as const;

/** Buttons of a describe result: PicReader 1–4, 🔄 retry, 🎉 Imagine all. */
export function describeButtons(): Button[] {
  return [
    ...QUARTERS.map((index) => button({ kind: 'pic_reader', index }, '', KEYCAPS[index - 1])),
    button({ kind: 'picread_retry' }, '', '🔄'),
    button({ kind: 'pic_reader', index: 'all' }, 'Imagine all', '🎉'),
  ];
}

/** Buttons of a shorten result: one per shortened prompt (1️⃣–5️⃣). */
export function shortenButtons(): Button[] {
  return ([1, 2, 3, 4, 5] as const).map((index) =>
    button({ kind: 'prompt_analyzer', index }, '', KEYCAPS[index - 1]),
  );
}

/**
 * Buttons of a video result: one virtual upscale per clip (U1…U`clips`, trueai `TaskInfo.cs`
 * `SetVideoUpscaleButtons`: `for i in 1..videoCount`) and the two extends.
 */
export function videoButtons(hash: string, clips = 4): Button[] {
  const indexes = QUARTERS.slice(0, Math.max(1, Math.min(clips, 4)));
  return [
    ...indexes.map((index) => button({ kind: 'video_virtual_upscale', index, hash }, `U${index}`)),
    button({ kind: 'animate_extend', motion: 'high', hash }, 'Extend (High motion)', '🎞️'),
    button({ kind: 'animate_extend', motion: 'low', hash }, 'Extend (Low motion)', '🎞️'),
  ];
}

/** How to pick a button: its label (`U1`, `Zoom Out 2x`), its emoji (`🔄`), or a predicate on its parsed customId. */
export type ButtonQuery = string | ((id: CustomId, button: Pick<Button, 'label' | 'emoji'>) => boolean);

/**
 * Finds a button by label (case-insensitive), emoji, or a predicate on its parsed customId.
 * @example findButton(task.buttons, 'U1'); findButton(task.buttons, (id) => id.kind === 'reroll')
 */
export function findButton<B extends { customId: string; label?: string | null; emoji?: string | null }>(
  buttons: readonly B[] | null | undefined,
  query: ButtonQuery,
): B | undefined {
  for (const b of buttons ?? []) {
    if (typeof query === 'string') {
      const q = query.trim().toLowerCase();
      if ((b.label ?? '').toLowerCase() === q || (q !== '' && b.emoji === query.trim())) return b;
      continue;
    }
    const id = parseCustomId(b.customId);
    if (id && query(id, { label: b.label ?? '', emoji: b.emoji ?? '' })) return b;
  }
  return undefined;
}
