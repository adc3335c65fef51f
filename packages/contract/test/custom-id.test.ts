import { describe, expect, it } from 'vitest';
import {
  BUTTON_ACTIONS,
  buildCustomId,
  type CustomId,
  describeButtons,
  findButton,
  gridButtons,
  mjVersionOf,
  needsModal,
  parseCustomId,
  shortenButtons,
  TaskWireSchema,
  upscaleButtons,
  videoButtons,
} from '../src';
import { loadExample } from '../src/fixtures';

const hash = '0ddb91a0-af46-4ae9-8e8e-c271074eb6e6';

/** One example of every family, written as the upstreams write them (spec §4). */
const FAMILIES: [string, CustomId][] = [
  [`MJ::JOB::upsample::2::${hash}`, { kind: 'upsample', index: 2, hash }],
  [`MJ::JOB::variation::4::${hash}`, { kind: 'variation', index: 4, hash }],
  [`MJ::JOB::low_variation::1::${hash}::SOLO`, { kind: 'low_variation', hash }],
  [`MJ::JOB::high_variation::1::${hash}::SOLO`, { kind: 'high_variation', hash }],
  [`MJ::JOB::reroll::0::${hash}::SOLO`, { kind: 'reroll', hash }],
  [`MJ::JOB::upsample_v6_2x_subtle::1::${hash}::SOLO`, { kind: 'upscale_hd', variant: 'v6_2x_subtle', hash }],
  [
    `MJ::JOB::upsample_v7_2x_creative::1::${hash}::SOLO`,
    { kind: 'upscale_hd', variant: 'v7_2x_creative', hash },
  ],
  [
    `MJ::JOB::upsample_v6r1_2x_subtle::1::${hash}::SOLO`,
    { kind: 'upscale_hd', variant: 'v6r1_2x_subtle', hash },
  ],
  [`MJ::JOB::upsample_v5_4x::1::${hash}::SOLO`, { kind: 'upscale_hd', variant: 'v5_4x', hash }],
  [`MJ::Inpaint::1::${hash}::SOLO`, { kind: 'inpaint', hash }],
  [`MJ::Outpaint::50::1::${hash}::SOLO`, { kind: 'outpaint', zoom: 50, hash }],
  [`MJ::Outpaint::75::1::${hash}::SOLO`, { kind: 'outpaint', zoom: 75, hash }],
  [`MJ::CustomZoom::1::${hash}`, { kind: 'custom_zoom', hash }],
  [`MJ::JOB::pan_left::1::${hash}::SOLO`, { kind: 'pan', direction: 'left', hash }],
  [`MJ::JOB::pan_down::1::${hash}::SOLO`, { kind: 'pan', direction: 'down', hash }],
  [`MJ::JOB::animate_high::1::${hash}::SOLO`, { kind: 'animate', motion: 'high', hash }],
  [`MJ::JOB::animate_low_extend::1::${hash}`, { kind: 'animate_extend', motion: 'low', hash }],
  [`MJ::JOB::video_virtual_upscale::3::${hash}`, { kind: 'video_virtual_upscale', index: 3, hash }],
  ['MJ::Job::PicReader::1', { kind: 'pic_reader', index: 1 }],
  ['MJ::Job::PicReader::all', { kind: 'pic_reader', index: 'all' }],
  ['MJ::Picread::Retry', { kind: 'picread_retry' }],
  ['MJ::Job::PromptAnalyzer::5', { kind: 'prompt_analyzer', index: 5 }],
];

describe('customId', () => {
  it.each(FAMILIES)('parses and rebuilds %s', (text, parsed) => {
    expect(parseCustomId(text)).toEqual(parsed);
    expect(buildCustomId(parsed)).toBe(text);
  });

  it('covers every family of the button table', () => {
    expect(new Set(FAMILIES.map(([, p]) => p.kind))).toEqual(new Set(Object.keys(BUTTON_ACTIONS)));
  });

  it.each([
    '',
    'MJ',
    'foo::bar',
    `MJ::JOB::upsample::5::${hash}`,
    `MJ::JOB::upsample_v9_2x::1::${hash}::SOLO`,
    'MJ::Job::PicReader::9',
    'MJ::Outpaint::60::1::x::SOLO',
    'MJ::JOB::bookmark::1::x',
  ])('rejects %j', (text) => {
    expect(parseCustomId(text)).toBeUndefined();
  });

  it('says which families answer code 21', () => {
    expect(needsModal('custom_zoom', false)).toBe(true);
    expect(needsModal('inpaint', false)).toBe(true);
    expect(needsModal('pic_reader', false)).toBe(true);
    expect(needsModal('prompt_analyzer', false)).toBe(true);
    expect(needsModal('variation', false)).toBe(false);
    expect(needsModal('variation', true)).toBe(true);
    expect(needsModal('pan', true)).toBe(true);
    expect(needsModal('upsample', true)).toBe(false);
  });
});

describe('buttons', () => {
  it('builds the grid buttons exactly as a real trueai response shows them', () => {
    const real = TaskWireSchema.parse(loadExample('task--imagine-success-grid-buttons-ta-user.json'));
    expect(gridButtons(hash)).toEqual(real.buttons);
  });

  it('builds the describe buttons exactly as a real trueai response shows them', () => {
    const real = TaskWireSchema.parse(loadExample('task--describe-success-picreader-buttons-ta-user.json'));
    expect(describeButtons()).toEqual(real.buttons);
  });

  it('every built button parses back to its family', () => {
    const all = [
      ...gridButtons(hash),
      ...upscaleButtons(hash, '7'),
      ...describeButtons(),
      ...shortenButtons(),
      ...videoButtons(hash),
    ];
    for (const b of all) expect(parseCustomId(b.customId), b.customId).toBeDefined();
  });

  it('follows the prompt version for the upscale pair', () => {
    expect(mjVersionOf('cat')).toBe('7');
    expect(mjVersionOf('cat --v 6.1')).toBe('6.1');
    expect(mjVersionOf('cat --v 6')).toBe('6');
    expect(mjVersionOf('cat --version 5.2')).toBe('5');
    expect(upscaleButtons(hash, '6')[0]?.customId).toContain('upsample_v6_2x_subtle');
    expect(
      upscaleButtons(hash, '5')
        .map((b) => b.label)
        .slice(0, 2),
    ).toEqual(['Upscale (2x)', 'Upscale (4x)']);
  });

  it('finds buttons by label, emoji or family', () => {
    const grid = gridButtons(hash);
    expect(findButton(grid, 'u1')?.customId).toBe(`MJ::JOB::upsample::1::${hash}`);
    expect(findButton(grid, '🔄')?.customId).toContain('reroll');
    expect(findButton(grid, (id) => id.kind === 'variation' && id.index === 3)?.label).toBe('V3');
    expect(findButton(upscaleButtons(hash, '7'), 'Zoom Out 2x')?.customId).toBe(
      `MJ::Outpaint::50::1::${hash}::SOLO`,
    );
    expect(findButton(grid, 'Zoom Out 2x')).toBeUndefined();
    expect(findButton(undefined, 'U1')).toBeUndefined();
  });
});
