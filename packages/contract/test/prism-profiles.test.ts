import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILE_OPENAPI_FILES } from '../src';
import {
  PRISM_READY_TIMEOUT_MS,
  type PrismProcess,
  type StubReply,
  startPrism,
  startStub,
} from './helpers/prism';
import { NZ_TASK } from './helpers/nz-task';

const doc = (file: string) => fileURLToPath(new URL(`../openapi/${file}`, import.meta.url));
const ID = '1748339029401828';

/**
 * Each profile document in front of a stub that answers as the real system does (spec/profiles.md):
 * Prism passes those answers and flags one that belongs to another profile. So each committed document
 * is usable for the conformance run of its profile.
 */
const CASES: {
  file: string;
  headers: Record<string, string>;
  good: [string, StubReply][];
  bad: [string, StubReply];
}[] = [
  {
    file: PROFILE_OPENAPI_FILES['new-api'],
    headers: { authorization: 'Bearer sk-test' },
    good: [
      // relay/mjproxy_handler.go: the upstream's bytes, no Content-Type set, so Go sniffs text/plain.
      [
        'imagine',
        {
          status: 200,
          text: `{"code":1,"description":"排队中，前面还有1个任务","result":"${ID}","properties":{"numberOfQueues":1}}`,
          contentType: 'text/plain; charset=utf-8',
        },
      ],
    ],
    // A doc-profile task is not new-api's DTO.
    bad: ['fetch', { status: 200, body: { ...NZ_TASK, buttons: [] } }],
  },
  {
    file: PROFILE_OPENAPI_FILES['midjourney-proxy-nz'],
    headers: { 'mj-api-secret': 'secret' },
    good: [
      [
        'imagine',
        {
          status: 200,
          body: { code: 1, description: '提交成功', result: ID, properties: { discordInstanceId: '1' } },
        },
      ],
      ['fetch', { status: 200, body: NZ_TASK }],
    ],
    // NZ has no discordChannelId (TA's SubmitResultVO.SetProperty adds it).
    bad: [
      'imagine',
      {
        status: 200,
        body: { code: 1, description: '提交成功', result: ID, properties: { discordChannelId: '1' } },
      },
    ],
  },
  {
    file: PROFILE_OPENAPI_FILES['midjourney-proxy-ta'],
    headers: { authorization: 'secret' },
    good: [
      ['fetch', { status: 204, text: '' }],
      [
        'imagine',
        {
          status: 200,
          body: { code: 9, description: '提交失败，队列已满，请稍后重试', result: null, properties: {} },
        },
      ],
    ],
    // TA's task has buttons; NZ's does not.
    bad: ['fetch', { status: 200, body: NZ_TASK }],
  },
];

describe.each(CASES)('prism proxy --errors with $file', ({ file, headers, good, bad }) => {
  let prism: PrismProcess;
  let stub: Awaited<ReturnType<typeof startStub>>;
  let answer: StubReply = { status: 200, body: {} };

  beforeAll(async () => {
    stub = await startStub(() => answer);
    prism = await startPrism(['proxy', doc(file), stub.url, '--errors']);
  }, PRISM_READY_TIMEOUT_MS + 10_000);

  afterAll(async () => {
    await prism?.stop();
    stub?.server.close();
  });

  const send = (kind: string, reply: StubReply) => {
    answer = reply;
    return kind === 'imagine'
      ? fetch(`${prism.url}/mj/submit/imagine`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ prompt: 'a cat' }),
        })
      : fetch(`${prism.url}/mj/task/${ID}/fetch`, { headers });
  };

  it("passes the profile's own answers", async () => {
    for (const [kind, reply] of good) {
      const res = await send(kind, reply);
      expect(res.status, `${kind}: ${res.headers.get('sl-violations')}`).toBe(reply.status);
    }
    expect(prism.log()).not.toMatch(/VIOLATIONS|✖/);
  });

  it("flags another profile's answer", async () => {
    const res = await send(...bad);
    expect(res.status).toBe(500);
    expect(await res.text()).toContain('VIOLATIONS');
  });
});
