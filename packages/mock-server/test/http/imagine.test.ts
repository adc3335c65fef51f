import { SubmitResultSchema, TaskSchema } from '@mjkit/contract';
import { describe, expect, it } from 'vitest';
import { decodePng } from '../../src/images/png';
import { testApp } from '../support/app';
import { pngDataUrl } from '../support/builders';

describe('POST /mj/submit/imagine', () => {
  it('answers code 1 Submit success with a 16-digit id and the account ids', async () => {
    const { http } = testApp();
    const res = await http().post('/mj/submit/imagine').send({ prompt: 'Cat' }).expect(200);
    expect(SubmitResultSchema.parse(res.body)).toMatchObject({ code: 1, description: 'Submit success' });
    expect(res.body.result).toMatch(/^\d{16}$/);
    expect(Object.keys(res.body.properties)).toEqual(['discordInstanceId', 'discordChannelId']);
  });

  it('answers 22 with numberOfQueues = tasks ahead when it waits, 23 with result null when full', async () => {
    const { http } = testApp({ config: { concurrency: 1, queueSize: 2 } });
    const codes = [];
    for (let i = 0; i < 4; i++)
      codes.push(
        (
          await http()
            .post('/mj/submit/imagine')
            .send({ prompt: `c${i}` })
        ).body,
      );
    expect(codes.map((b) => b.code)).toEqual([1, 22, 22, 23]);
    expect(codes[1]).toMatchObject({
      description: '排队中，前面还有0个任务',
      properties: { numberOfQueues: 0 },
    });
    expect(codes[2]).toMatchObject({
      description: '排队中，前面还有1个任务',
      properties: { numberOfQueues: 1 },
    });
    expect(codes[3]).toMatchObject({ description: '队列已满，请稍后尝试', result: null });
    expect(codes[3].properties).toHaveProperty('discordInstanceId');
  });

  it('answers 24 for a banned word with promptEn and the word as written', async () => {
    const { http } = testApp();
    const res = await http().post('/mj/submit/imagine').send({ prompt: 'a NUDE statue' }).expect(200);
    expect(res.body).toEqual({
      code: 24,
      description: '可能包含敏感词',
      result: null,
      properties: { promptEn: 'a NUDE statue', bannedWord: 'NUDE' },
    });
  });

  it('runs to SUCCESS on the manual clock; fetch, list and the image routes serve it', async () => {
    const { http, advance } = testApp();
    const id = (await http().post('/mj/submit/imagine').send({ prompt: 'Cat --ar 16:9', state: 'abc' })).body
      .result;
    await advance(10_000);
    const task = TaskSchema.parse((await http().get(`/mj/task/${id}/fetch`).expect(200)).body);
    expect(task).toMatchObject({
      status: 'SUCCESS',
      progress: '100%',
      state: 'abc',
      description: '/imagine Cat --ar 16:9',
    });
    const img = await http().get(new URL(task.imageUrl!).pathname).expect(200);
    expect(img.headers['content-type']).toBe('image/png');
    expect(img.headers['cache-control']).toContain('max-age');
    const decoded = decodePng(new Uint8Array(img.body))!;
    expect([decoded.width, decoded.height]).toEqual([64, 36]);
    const proxied = await http().get(`/mj/image/${id}`).expect(200);
    expect(Buffer.compare(proxied.body, img.body)).toBe(0);
    const list = await http()
      .post('/mj/task/list-by-condition')
      .send({ ids: [Number(id), 'nope'] })
      .expect(200);
    expect(list.body.map((t: { id: string }) => t.id)).toEqual([id]);
  });

  it('builds URLs at answer time from the answering request Host, or --public-url when set', async () => {
    const viaHost = testApp();
    const id = (
      await viaHost.http().post('/mj/submit/imagine').set('Host', 'gw.example:9000').send({ prompt: 'x' })
    ).body.result;
    await viaHost.advance(10_000);
    expect(
      (await viaHost.http().get(`/mj/task/${id}/fetch`).set('Host', 'gw.example:9000')).body.imageUrl,
    ).toMatch(/^http:\/\/gw\.example:9000\/cdn\//);
    // The store keeps paths only: another Host sees its own origin.
    expect(
      (await viaHost.http().get(`/mj/task/${id}/fetch`).set('Host', 'other.example')).body.imageUrl,
    ).toMatch(/^http:\/\/other\.example\/cdn\//);
    const pub = testApp({ publicUrl: 'https://mock.example.com/' });
    const id2 = (await pub.http().post('/mj/submit/imagine').send({ prompt: 'x' })).body.result;
    await pub.advance(10_000);
    expect((await pub.http().get(`/mj/task/${id2}/fetch`)).body.imageUrl).toMatch(
      /^https:\/\/mock\.example\.com\/cdn\//,
    );
  });

  it('takes references: stores them, prepends their URLs to prompt, promptEn and description (NZ TaskServiceImpl.submitImagine), and they serve the same bytes', async () => {
    const { http } = testApp();
    const ref = await pngDataUrl([0, 120, 255]);
    const id = (
      await http()
        .post('/mj/submit/imagine')
        .send({ prompt: 'Cat', base64Array: [ref] })
        .expect(200)
    ).body.result;
    const task = (await http().get(`/mj/task/${id}/fetch`)).body;
    const [refUrl, ...rest] = task.promptEn.split(' ');
    expect(rest.join(' ')).toBe('Cat');
    expect(task.prompt).toBe(`${refUrl} Cat`);
    expect(task.description).toBe(`/imagine ${refUrl} Cat`);
    const served = await http().get(new URL(refUrl).pathname).expect(200);
    expect(Buffer.from(served.body).toString('base64')).toBe(ref.split(',')[1]);
  });

  it('accepts the speed mode from a path prefix (winning over the body) or the body, any case', async () => {
    const { http, mock } = testApp();
    const modeOf = async (path: string, body: object) => {
      const id = (
        await http()
          .post(path)
          .send({ prompt: 'x', ...body })
          .expect(200)
      ).body.result;
      return mock.engine.get(id)?.mode;
    };
    expect(await modeOf('/mj-turbo/mj/submit/imagine', { mode: 'RELAX' })).toBe('TURBO');
    expect(await modeOf('/MJ-RELAX/mj/submit/imagine', {})).toBe('RELAX');
    expect(await modeOf('/mj/submit/imagine', { mode: 'relax' })).toBe('RELAX');
    expect(await modeOf('/mj/submit/imagine', { mode: '' })).toBe('FAST');
    expect(await modeOf('/mj/submit/imagine', {})).toBe('FAST');
  });
});
