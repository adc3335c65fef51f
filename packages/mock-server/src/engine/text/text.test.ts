import { describe, expect, it } from 'vitest';
import { aspectOf, colourName, describePrompts, pickPrompt } from './describe-prompts';
import { shortenAnalysis } from './shorten-analysis';

describe('describe prompts', () => {
  it('gives four keycap prompts that follow the image colours and aspect', () => {
    const text = describePrompts([0x1478dc, 0xf0ebd7], 1000, 800, 1);
    const lines = text.split('\n\n');
    expect(lines.map((l) => l.slice(0, 3))).toEqual(['1️⃣', '2️⃣', '3️⃣', '4️⃣'].map((k) => k.slice(0, 3)));
    for (const l of lines) expect(l).toMatch(/--ar 5:4$/);
    expect(text).toContain('azure');
    expect(describePrompts([0xc81e28], 100, 100, 1)).toContain('crimson');
    expect(pickPrompt(text, 2)).toBe(lines[1]!.slice('2️⃣'.length).trim());
  });

  it('reduces aspect ratios', () => {
    expect(aspectOf(1920, 1080)).toBe('16:9');
    expect(aspectOf(64, 64)).toBe('1:1');
    expect(colourName(0x000000)).toBe('charcoal');
  });
});

describe('shorten analysis', () => {
  it('marks tokens and gives five ever shorter prompts, keeping parameters', () => {
    const md = shortenAnalysis(
      'appdash appdash, in the style of expert draftsmanship, ethereal, dreamlike quality, toonami --ar 2:3',
    );
    expect(md).toMatch(/^## Important tokens\n/);
    expect(md).toContain('## Shortened prompts');
    expect(md).toContain('**');
    const prompts = [1, 2, 3, 4, 5].map((i) => pickPrompt(md, i)!);
    for (const p of prompts) expect(p).toMatch(/--ar 2:3$/);
    expect(prompts[4]!.length).toBeLessThan(prompts[0]!.length);
  });
});
