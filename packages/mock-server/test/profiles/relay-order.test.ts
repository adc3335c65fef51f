import { afterEach, describe, expect, it } from 'vitest';
import { type RunningMockServer, startMockServer } from '../../src/node';

/**
 * new-api checks quota before it forwards (relay/mjproxy_handler.go RelayMidjourneySubmit), so with the
 * quota used up it answers quota_not_enough even where the upstream would refuse the body itself (a
 * banned word on NZ, a broken image on TA). Under the doc profile there is no relay: the route's own
 * checks come first.
 */
describe('new-api: its own checks before the upstream answers', () => {
  let mock: RunningMockServer | undefined;
  afterEach(async () => {
    await mock?.close();
  });

  async function start(profile: 'new-api' | 'doc', upstream: 'nz' | 'ta') {
    mock = await startMockServer({
      port: 0,
      clock: 'manual',
      config: {
        imageSize: 64,
        profile,
        upstream,
        keys: ['user'],
        quotas: { user: 0 },
        bannedWords: ['nude'],
      },
    });
    return async (path: string, body: unknown) => {
      const r = await fetch(`${mock!.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer sk-user' },
        body: JSON.stringify(body),
      });
      return { status: r.status, text: await r.text() };
    };
  }

  it('NZ: a banned prompt with no quota left → quota_not_enough, not code 24', async () => {
    const post = await start('new-api', 'nz');
    expect(await post('/mj/submit/imagine', { prompt: 'a nude statue' })).toEqual({
      status: 400,
      text: '{"code":4,"description":"quota_not_enough ","type":"upstream_error"}',
    });
  });

  it('TA: a broken image with no quota left → quota_not_enough', async () => {
    const post = await start('new-api', 'ta');
    const answer = await post('/mj/submit/blend', {
      base64Array: ['data:image/png;base64,xxx', 'data:image/png;base64,yyy'],
    });
    expect(JSON.parse(answer.text).description).toBe('quota_not_enough ');
  });

  it('doc profile (no relay): the route answers first', async () => {
    const post = await start('doc', 'ta');
    const answer = JSON.parse((await post('/mj/submit/imagine', { prompt: 'a nude statue' })).text);
    expect(answer.code).toBe(24);
  });
});
