import { parseCustomId } from '@mjkit/contract';
import { describe, expect, it } from 'vitest';
import { pngDataUrl } from '../support/builders';
import { flow } from '../support/flow';

describe('button flows (manual clock)', () => {
  it('imagine → U1 → Upscale (Creative) → Zoom Out 2x', async () => {
    const f = flow();
    const grid = await f.finish(
      (await f.submit('/mj/submit/imagine', { prompt: 'a lighthouse --v 6' })).result,
    );
    expect(f.isGrid(await f.image(grid.imageUrl))).toBe(true);
    const u1 = await f.finish((await f.press(grid, 'U1')).result);
    expect(u1).toMatchObject({
      action: 'UPSCALE',
      status: 'SUCCESS',
      description: `/up ${grid.id} U1`,
      parentId: grid.id,
    });
    expect(f.isGrid(await f.image(u1.imageUrl))).toBe(false);
    expect(u1.buttons.map((b) => b.label).filter(Boolean)).toEqual([
      'Upscale (Subtle)',
      'Upscale (Creative)',
      'Vary (Subtle)',
      'Vary (Strong)',
      'Vary (Region)',
      'Zoom Out 2x',
      'Zoom Out 1.5x',
      'Custom Zoom',
      'Animate (High motion)',
      'Animate (Low motion)',
    ]);
    expect(u1.buttons[1]?.customId).toContain('upsample_v6_2x_creative');
    const creative = await f.finish((await f.press(u1, 'Upscale (Creative)')).result);
    expect(creative).toMatchObject({ action: 'UPSCALE_HD', status: 'SUCCESS' });
    const zoom = await f.finish((await f.press(creative, 'Zoom Out 2x')).result);
    expect(zoom).toMatchObject({ action: 'ZOOM', status: 'SUCCESS', progress: '100%' });
    expect(f.isGrid(await f.image(zoom.imageUrl))).toBe(true);
  });

  it('the upscale shows exactly the chosen quadrant of the grid', async () => {
    const f = flow({ config: { imageSize: 128 } });
    const grid = await f.finish((await f.submit('/mj/submit/imagine', { prompt: 'hills' })).result);
    const u3 = await f.finish((await f.press(grid, 'U3')).result);
    const [g, u] = [await f.image(grid.imageUrl), await f.image(u3.imageUrl)];
    // Pixel (10, 10) of U3 is drawn from the same scene as pixel (5, 64 + 5) of the grid's third quadrant.
    const px = (r: typeof g, x: number, y: number) => [
      ...r.data.subarray((y * r.width + x) * 4, (y * r.width + x) * 4 + 3),
    ];
    expect(px(u, 20, 20)).toEqual(px(g, 10, 64 + 10));
  });

  it('imagine → V2 → reroll', async () => {
    const f = flow();
    const grid = await f.finish((await f.submit('/mj/submit/imagine', { prompt: 'a fox' })).result);
    const v2 = await f.finish((await f.press(grid, 'V2')).result);
    expect(v2).toMatchObject({ action: 'VARIATION', status: 'SUCCESS', description: `/up ${grid.id} V2` });
    const rr = await f.finish((await f.press(v2, '🔄')).result);
    expect(rr).toMatchObject({ action: 'VARIATION', status: 'SUCCESS', description: `/up ${v2.id} R` });
    expect(rr.imageUrl).not.toBe(v2.imageUrl);
  });

  it('imagine → U1 → Vary (Region): 21, MODAL holding no slot, modal with a bare base64 mask → SUCCESS', async () => {
    const f = flow({ config: { concurrency: 1 } });
    const grid = await f.finish((await f.submit('/mj/submit/imagine', { prompt: 'a castle' })).result);
    const u1 = await f.finish((await f.press(grid, 'U1')).result);
    const answer = await f.press(u1, 'Vary (Region)');
    expect(answer).toMatchObject({
      code: 21,
      description: 'Waiting for window confirm',
      properties: { finalPrompt: 'a castle', remix: true },
    });
    expect((await f.fetchTask(answer.result)).status).toBe('MODAL');
    // The MODAL task takes no slot: with one worker, a new imagine still starts at once.
    expect((await f.submit('/mj/submit/imagine', { prompt: 'other' })).code).toBe(1);
    // A real web client sends `dataUrl.split(",")[1]` (profiles.md §3); trueai does not parse the mask.
    const confirmed = await f.submit('/mj/submit/modal', {
      taskId: answer.result,
      prompt: 'a castle, red roof',
      maskBase64: (await pngDataUrl([255, 255, 255])).split(',')[1],
    });
    expect(confirmed).toMatchObject({ code: 22, result: answer.result });
    const done = await f.finish(answer.result);
    expect(done).toMatchObject({ action: 'INPAINT', status: 'SUCCESS', prompt: 'a castle, red roof' });
  });

  it('Custom Zoom: the modal prompt is not checked for --zoom (no upstream checks it, profiles.md §3)', async () => {
    const f = flow();
    const u1 = await f.finish(
      (await f.press(await f.finish((await f.submit('/mj/submit/imagine', { prompt: 'sea' })).result), 'U1'))
        .result,
    );
    const { result, code } = await f.press(u1, 'Custom Zoom');
    expect(code).toBe(21);
    expect((await f.submit('/mj/submit/modal', { taskId: result, prompt: 'sea --zoom 3' })).code).toBe(1);
    expect(await f.finish(result)).toMatchObject({ status: 'SUCCESS', prompt: 'sea --zoom 3' });
  });

  it('describe → PicReader 2: 21 → modal → imagine SUCCESS with that prompt', async () => {
    const f = flow();
    const described = await f.finish(
      (await f.submit('/mj/submit/describe', { base64Array: [await pngDataUrl([20, 120, 220], 10)] })).result,
    );
    expect(described).toMatchObject({ action: 'DESCRIBE', status: 'SUCCESS' });
    const prompts = described.properties.finalPrompt!.split('\n\n');
    expect(prompts).toHaveLength(4);
    expect(prompts[0]).toMatch(/^1️⃣ .*azure.* --ar 1:1$/);
    expect(described.prompt).toBe(described.properties.finalPrompt);
    expect(described.buttons.map((b) => parseCustomId(b.customId)?.kind)).toEqual([
      'pic_reader',
      'pic_reader',
      'pic_reader',
      'pic_reader',
      'picread_retry',
      'pic_reader',
    ]);
    const answer = await f.press(described, '2️⃣');
    expect(answer.code).toBe(21);
    const expected = prompts[1]!.slice('2️⃣'.length).trim();
    expect(answer.properties.finalPrompt).toBe(expected);
    expect((await f.submit('/mj/submit/modal', { taskId: answer.result })).code).toBe(1);
    expect(await f.finish(answer.result)).toMatchObject({
      action: 'IMAGINE',
      status: 'SUCCESS',
      prompt: expected,
    });
  });

  it('remix on: a variation answers 21 too', async () => {
    const f = flow({ config: { remix: true } });
    const grid = await f.finish((await f.submit('/mj/submit/imagine', { prompt: 'trees' })).result);
    expect((await f.press(grid, 'V1')).code).toBe(21);
    expect((await f.press(grid, 'U1')).code).toBe(1);
  });

  it('forced outcome modal makes the next action answer 21', async () => {
    const f = flow();
    const grid = await f.finish((await f.submit('/mj/submit/imagine', { prompt: 'trees' })).result);
    await f.http().post('/__mock/outcomes').send({ outcome: 'modal' }).expect(200);
    expect((await f.press(grid, 'U2')).code).toBe(21);
    expect((await f.press(grid, 'U3')).code).toBe(1);
  });
});

describe('media flows', () => {
  it.each([
    ['PORTRAIT', 2 / 3],
    ['SQUARE', 1],
    ['LANDSCAPE', 3 / 2],
  ])('blend of 3 images in %s: a grid in that ratio that shows the inputs', async (dimensions, ratio) => {
    const f = flow({ config: { imageSize: 96 } });
    const inputs = [
      await pngDataUrl([255, 0, 0]),
      await pngDataUrl([0, 255, 0]),
      await pngDataUrl([0, 0, 255]),
    ];
    const task = await f.finish(
      (await f.submit('/mj/submit/blend', { base64Array: inputs, dimensions })).result,
    );
    expect(task).toMatchObject({ action: 'BLEND', status: 'SUCCESS' });
    const img = await f.image(task.imageUrl);
    expect(img.width / img.height).toBeCloseTo(ratio, 1);
    expect(f.isGrid(img)).toBe(true);
    const px = (x: number, y: number) => [
      ...img.data.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 3),
    ];
    const q1 = px(Math.floor(img.width / 4), Math.floor(img.height / 4));
    const q2 = px(Math.floor((img.width * 3) / 4), Math.floor(img.height / 4));
    expect(q1[0]).toBeGreaterThan(q1[1]! + 100);
    expect(q2[1]).toBeGreaterThan(q2[0]! + 100);
  });

  it('video → extend: real MP4 files, 0-based index', async () => {
    const f = flow();
    const v = await f.finish(
      (
        await f.submit('/mj/submit/video', {
          prompt: 'a car',
          motion: 'high',
          image: await pngDataUrl(),
          batchSize: 2,
        })
      ).result,
    );
    expect(v).toMatchObject({ action: 'VIDEO', status: 'SUCCESS' });
    expect(v.videoUrls).toHaveLength(2);
    expect(v.videoUrl).toBe(v.videoUrls[0]?.url);
    const mp4 = await f.http().get(new URL(v.videoUrl!).pathname).expect(200);
    expect(mp4.headers['content-type']).toBe('video/mp4');
    expect(Buffer.from(mp4.body).subarray(4, 8).toString()).toBe('ftyp');
    const ext = await f.finish(
      (await f.submit('/mj/submit/video', { prompt: 'a car', action: 'extend', taskId: v.id, index: 1 }))
        .result,
    );
    expect(ext).toMatchObject({ action: 'VIDEO_EXTEND', status: 'SUCCESS', parentId: v.id });
    // One virtual-upscale button per clip (trueai TaskInfo.cs SetVideoUpscaleButtons).
    expect(v.buttons.map((b) => b.label).filter((l) => /^U\d$/.test(l))).toEqual(['U1', 'U2']);
    // No upstream has `index参数错误` (profiles.md §3): an index past the clips is clamped, not refused.
    expect(
      (await f.submit('/mj/submit/video', { prompt: 'a car', action: 'extend', taskId: v.id, index: 2 }))
        .code,
    ).toBe(1);
    // The gateway page: a taskId of an image task animates that image.
    const grid = await f.finish((await f.submit('/mj/submit/imagine', { prompt: 'a cat' })).result);
    const fromImage = await f.finish(
      (await f.submit('/mj/submit/video', { prompt: 'a cat walks', taskId: grid.id })).result,
    );
    expect(fromImage).toMatchObject({ action: 'VIDEO', status: 'SUCCESS', parentId: grid.id });
  });

  it('upload → its URLs serve the same bytes; no task is created', async () => {
    const f = flow();
    const png = await pngDataUrl([1, 2, 3]);
    const res = await f
      .http()
      .post('/mj/submit/upload-discord-images')
      .send({ base64Array: [png] })
      .expect(200);
    expect(res.body).toEqual({
      code: 1,
      description: 'success',
      result: [expect.stringMatching(/\/cdn\/uploads\//)],
    });
    const served = await f.http().get(new URL(res.body.result[0]).pathname).expect(200);
    expect(Buffer.from(served.body).toString('base64')).toBe(png.split(',')[1]);
    expect((await f.http().get('/__mock/state')).body.counts).toEqual({});
  });

  it('shorten → Markdown result with five prompt buttons; PromptAnalyzer answers 21', async () => {
    const f = flow();
    const task = await f.finish(
      (
        await f.submit('/mj/submit/shorten', {
          prompt: 'a cat, in the style of expert draftsmanship, ethereal, dreamlike quality',
        })
      ).result,
    );
    expect(task.properties.finalPrompt).toMatch(/^## Important tokens\n[\s\S]*## Shortened prompts\n1️⃣/);
    expect(task.buttons).toHaveLength(5);
    expect((await f.press(task, '1️⃣')).code).toBe(21);
  });

  it('swap and edits produce images; image-seed answers once finished', async () => {
    const f = flow();
    const swap = await f.submit('/mj/insight-face/swap', {
      sourceBase64: await pngDataUrl([9, 9, 9]),
      targetBase64: await pngDataUrl([200, 200, 9]),
    });
    const seedBefore = await f.http().get(`/mj/task/${swap.result}/image-seed`);
    expect(seedBefore.status).toBe(400);
    expect(seedBefore.body).toMatchObject({ code: 4, description: '关联任务状态错误' });
    const done = await f.finish(swap.result);
    expect(done).toMatchObject({ action: 'SWAP_FACE', status: 'SUCCESS', buttons: [] });
    expect(f.isGrid(await f.image(done.imageUrl))).toBe(false);
    const seed = await f.http().get(`/mj/task/${swap.result}/image-seed`).expect(200);
    expect(seed.body).toMatchObject({ code: 1, description: '成功', result: expect.stringMatching(/^\d+$/) });
    const edit = await f.finish(
      (await f.submit('/mj/submit/edits', { prompt: 'make it purple', image: await pngDataUrl() })).result,
    );
    expect(edit).toMatchObject({ action: 'EDIT', status: 'SUCCESS' });
  });
});
