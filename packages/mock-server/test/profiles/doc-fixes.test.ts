import { describe, expect, it } from 'vitest';
import { flow } from '../support/flow';
import { pngDataUrl } from '../support/builders';

// profiles.md §3: where the doc profile differed from every real system, found by real clients.
describe('doc profile fixes (profiles.md §3)', () => {
  it('blend: dimensions null → 200 code 4 dimensions参数错误; absent → SQUARE (novicezk SubmitController.java:180, trueai SubmitController.cs:401)', async () => {
    const f = flow();
    const images = [await pngDataUrl([200, 0, 0]), await pngDataUrl([0, 200, 0])];
    const refused = await f.http().post('/mj/submit/blend').send({ base64Array: images, dimensions: null });
    expect({ status: refused.status, body: refused.body }).toEqual({
      status: 200,
      body: { code: 4, description: 'dimensions参数错误', result: null, properties: {} },
    });
    const id = (await f.submit('/mj/submit/blend', { base64Array: images })).result;
    const task = await f.finish(id);
    // NZ: task.setDescription("/blend " + task.getId() + " " + dataUrlList.size())
    expect(task).toMatchObject({ status: 'SUCCESS', description: `/blend ${id} 2` });
    expect(task.imageWidth).toBe(task.imageHeight);
  });

  it('describe accepts link (trueai SubmitController.cs:283-293) and refuses a non-http link with 链接格式错误', async () => {
    const f = flow();
    const id = (await f.submit('/mj/submit/describe', { link: 'https://example.com/cat.png' })).result;
    const task = await f.finish(id);
    expect(task).toMatchObject({
      action: 'DESCRIBE',
      status: 'SUCCESS',
      imageUrl: 'https://example.com/cat.png',
    });
    expect(task.properties.finalPrompt?.split('\n\n')).toHaveLength(4);
    const bad = await f.http().post('/mj/submit/describe').send({ link: 'ftp://x' });
    expect(bad.body).toMatchObject({ code: 4, description: '链接格式错误' });
  });

  it('action: a customId that is not a button of the task is not refused (no upstream checks it)', async () => {
    const f = flow();
    const a = await f.finish((await f.submit('/mj/submit/imagine', { prompt: 'a' })).result);
    const b = await f.finish((await f.submit('/mj/submit/imagine', { prompt: 'b' })).result);
    const u1OfB = b.buttons.find((x) => x.label === 'U1')!.customId;
    const answer = await f.submit('/mj/submit/action', { taskId: a.id, customId: u1OfB });
    expect(answer.code).toBe(1);
    expect(await f.finish(answer.result)).toMatchObject({ action: 'UPSCALE', status: 'SUCCESS' });
  });
});
