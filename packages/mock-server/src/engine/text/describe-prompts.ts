import { createRandom } from '../random';

const COLOUR_NAMES: [string, [number, number, number]][] = [
  ['crimson', [200, 30, 40]],
  ['coral', [240, 120, 90]],
  ['amber', [240, 170, 30]],
  ['golden', [220, 190, 80]],
  ['olive', [120, 130, 40]],
  ['emerald', [30, 160, 80]],
  ['teal', [20, 130, 130]],
  ['azure', [40, 120, 220]],
  ['navy', [20, 30, 90]],
  ['violet', [130, 70, 190]],
  ['magenta', [200, 40, 160]],
  ['ivory', [240, 235, 215]],
  ['charcoal', [50, 50, 55]],
  ['silver', [180, 180, 185]],
];

/** The nearest colour name of 0xRRGGBB. */
export function colourName(rgb: number): string {
  const c = [(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255];
  let best = COLOUR_NAMES[0]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const entry of COLOUR_NAMES) {
    const d = entry[1].reduce((sum, v, i) => sum + (v - c[i]!) ** 2, 0);
    if (d < bestDistance) {
      best = entry;
      bestDistance = d;
    }
  }
  return best[0];
}

/** `--ar W:H` for a size, reduced (5:4, 16:9…). */
export function aspectOf(width: number, height: number): string {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const g = gcd(width, height) || 1;
  let w = width / g;
  let h = height / g;
  if (w > 32 || h > 32) {
    const r = width / height;
    [w, h] = r >= 1 ? [Math.round(r * 4), 4] : [4, Math.round(4 / r)];
  }
  return `${w}:${h}`;
}

const SUBJECTS = [
  'a quiet landscape',
  'an abstract composition',
  'a still life',
  'a dreamy cityscape',
  'a lone figure',
  'a botanical study',
];
const STYLES = [
  'in the style of soft watercolor',
  'with cinematic lighting',
  'flat vector illustration',
  'matte painting, highly detailed',
  'minimalist poster design',
  'impressionist brushwork',
];
const KEYCAPS = ['1️⃣', '2️⃣', '3️⃣', '4️⃣'];

/**
 * Four describe prompts for an image (spec §3.1: each behind a keycap emoji, blank lines between),
 * built from its dominant colours and aspect ratio, so different images get different prompts.
 * @example "1️⃣ a still life in azure and ivory tones, with cinematic lighting --ar 5:4\n\n2️⃣ …"
 */
export function describePrompts(
  palette: readonly number[],
  width: number,
  height: number,
  seed: number,
): string {
  const random = createRandom(seed);
  const names = [...new Set(palette.map(colourName))];
  const [first = 'muted', second = names[0] ?? 'neutral'] = names;
  const ar = aspectOf(width, height);
  return KEYCAPS.map((keycap, i) => {
    const subject = SUBJECTS[(random.int(0, SUBJECTS.length - 1) + i) % SUBJECTS.length];
    const style = STYLES[(random.int(0, STYLES.length - 1) + i) % STYLES.length];
    const tones = i % 2 === 0 ? `${first} and ${second} tones` : `a ${first} palette`;
    return `${keycap} ${subject} in ${tones}, ${style} --ar ${ar}`;
  }).join('\n\n');
}

/** The i-th (1-based) prompt of a describe or shorten result, without its keycap. */
export function pickPrompt(text: string, index: number): string | undefined {
  const keycap = ['1️⃣', '2️⃣', '3️⃣', '4️⃣', '5️⃣'][index - 1];
  const line = text.split('\n').find((l) => keycap !== undefined && l.startsWith(keycap));
  return line?.slice(keycap!.length).trim();
}
