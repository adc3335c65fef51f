import { canTransition, notificationRank, TaskSchema } from '@mjkit/contract';
import { describe, expect, it } from 'vitest';
import { engineOnManualClock, imagineInput } from '../../test/support/builders';
import { renderPng } from '../images/render';
import type { TaskChange } from './engine';

describe('engine lifecycle', () => {
  it('runs NOT_START → SUBMITTED → IN_PROGRESS (rising NN%) → SUCCESS at ~10 s, with previews and buttons', () => {
    const { engine, clock } = engineOnManualClock();
    const changes: TaskChange[] = [];
    // Events carry the live task: a listener copies what it keeps.
    engine.events.on('change', (c) => changes.push({ ...c, task: { ...c.task } }));
    const out = engine.submit(imagineInput());
    expect(out.kind).toBe('started');
    clock.advance(10_000);
    engine.sync();
    const seq = changes.map((c) => `${c.status}:${c.progress}`);
    expect(seq[0]).toBe('NOT_START:');
    expect(seq[1]).toBe('SUBMITTED:0%');
    expect(seq[2]).toBe('IN_PROGRESS:0%');
    expect(seq.at(-1)).toBe('SUCCESS:100%');
    const steps = changes.filter((c) => c.status === 'IN_PROGRESS' && c.progress !== '0%');
    expect(steps.length).toBeGreaterThanOrEqual(5);
    expect(steps.length).toBeLessThanOrEqual(7);
    const pcts = steps.map((c) => Number.parseInt(c.progress, 10));
    expect([...pcts].sort((a, b) => a - b)).toEqual(pcts);
    expect(new Set(pcts).size).toBe(pcts.length);
    for (let i = 1; i < changes.length; i++) {
      const [a, b] = [changes[i - 1]!, changes[i]!];
      expect(b.at).toBeGreaterThanOrEqual(a.at);
      if (a.status !== b.status)
        expect(canTransition(a.status, b.status), `${a.status}→${b.status}`).toBe(true);
      expect(notificationRank(b.status, b.progress)).toBeGreaterThanOrEqual(
        notificationRank(a.status, a.progress),
      );
    }
    // Fresh preview URL per step (DESIGN.md §3).
    const previews = steps.map((c) => c.task.imageUrl);
    expect(new Set(previews).size).toBe(previews.length);
    const done = engine.get(out.kind === 'started' ? out.task.id : '')!;
    expect(TaskSchema.parse(done)).toBeTruthy();
    expect(done.finishTime! - done.submitTime).toBe(10_000);
    expect(done.buttons.map((b) => b.label || b.emoji)).toEqual([
      'U1',
      'U2',
      'U3',
      'U4',
      '🔄',
      'V1',
      'V2',
      'V3',
      'V4',
    ]);
    expect(done.imageUrl).not.toContain('progress');
  });

  it('shows IN_PROGRESS after ~1 s and nothing earlier', () => {
    const { engine, clock } = engineOnManualClock();
    const out = engine.submit(imagineInput());
    const id = out.kind === 'started' ? out.task.id : '';
    clock.advance(999);
    engine.sync();
    expect(engine.get(id)?.status).toBe('SUBMITTED');
    clock.advance(1);
    engine.sync();
    expect(engine.get(id)?.status).toBe('IN_PROGRESS');
  });

  it('gives 16-digit numeric ids from the fixed manual epoch', () => {
    const { engine } = engineOnManualClock();
    const ids = Array.from({ length: 5 }, () => {
      const o = engine.submit(imagineInput());
      return o.kind === 'rejected' ? '' : o.task.id;
    });
    for (const id of ids) expect(id).toMatch(/^1735689600000\d{3}$/);
    expect(new Set(ids).size).toBe(5);
  });
});

describe('engine queue (defaults: 3 running, queue 10)', () => {
  it.each([
    [1, 'started', undefined],
    [3, 'started', undefined],
    [4, 'queued', 0],
    [5, 'queued', 1],
    [13, 'queued', 9],
    [14, 'rejected', undefined],
  ])('submit #%i is %s (ahead %s)', (n, kind, ahead) => {
    const { engine } = engineOnManualClock();
    let last = engine.submit(imagineInput());
    for (let i = 2; i <= n; i++) last = engine.submit(imagineInput());
    expect(last.kind).toBe(kind);
    if (last.kind === 'queued') expect(last.ahead).toBe(ahead);
  });

  it('stores no task for a rejected submit and starts a waiting task when a slot frees', () => {
    const { engine, clock } = engineOnManualClock({ concurrency: 1, queueSize: 1 });
    const first = engine.submit(imagineInput());
    const second = engine.submit(imagineInput());
    expect(engine.submit(imagineInput()).kind).toBe('rejected');
    expect(engine.stats()).toEqual({ counts: { SUBMITTED: 1, NOT_START: 1 }, running: 1, queued: 1 });
    const secondId = second.kind === 'queued' ? second.task.id : '';
    expect(engine.get(secondId)?.status).toBe('NOT_START');
    clock.advance(10_000);
    engine.sync();
    expect(engine.get(first.kind === 'started' ? first.task.id : '')?.status).toBe('SUCCESS');
    expect(engine.get(secondId)).toMatchObject({ status: 'SUBMITTED', startTime: clock.now() });
  });

  it('fails a task that runs past the timeout with 任务超时 and progress ""', () => {
    const { engine, clock } = engineOnManualClock({ timeoutMs: 5_000 });
    const out = engine.submit(imagineInput());
    clock.advance(60_000);
    engine.sync();
    const task = engine.get(out.kind === 'started' ? out.task.id : '')!;
    expect(task).toMatchObject({ status: 'FAILURE', failReason: '任务超时', progress: '' });
    expect(task.finishTime! - task.startTime!).toBe(5_000);
  });
});

describe('engine forced behaviour', () => {
  it('fails a task part way with the given reason (outcome fail)', () => {
    const { engine, clock } = engineOnManualClock();
    const out = engine.submit(imagineInput('x', { failReason: 'Invalid Form Body' }));
    clock.advance(60_000);
    engine.sync();
    expect(engine.get(out.kind === 'started' ? out.task.id : '')).toMatchObject({
      status: 'FAILURE',
      failReason: 'Invalid Form Body',
      progress: '',
      buttons: [],
    });
  });

  it('slows a task by the factor (outcome slow) and RELAX runs slower than TURBO', () => {
    const { engine, clock } = engineOnManualClock();
    const ids = [
      engine.submit(imagineInput('a', { slowFactor: 3 })),
      engine.submit(imagineInput('b', { mode: 'RELAX' })),
      engine.submit(imagineInput('c', { mode: 'TURBO' })),
    ].map((o) => (o.kind === 'started' ? o.task.id : ''));
    clock.advance(60_000);
    engine.sync();
    const took = ids.map((id) => engine.get(id)!.finishTime! - engine.get(id)!.startTime!);
    expect(took).toEqual([30_000, 15_000, 5_000]);
  });
});

describe('engine forced outcomes store', () => {
  it('matches by route and prompt, counts down, and lets unmatched requests through', () => {
    const { engine } = engineOnManualClock();
    engine.outcomes.add({ outcome: 'fail', count: 2, match: { promptContains: 'DOG', route: 'imagine' } });
    const subject = (prompt: string, route = 'imagine') => ({ route, path: `/mj/submit/${route}`, prompt });
    expect(engine.outcomes.take(subject('a cat'))).toBeUndefined();
    expect(engine.outcomes.take(subject('a dog', 'blend'))).toBeUndefined();
    expect(engine.outcomes.take(subject('a dog'))?.outcome).toBe('fail');
    expect(engine.outcomes.take(subject('big dog'))?.remaining).toBe(0);
    expect(engine.outcomes.take(subject('a dog'))).toBeUndefined();
    engine.outcomes.add({ outcome: 'banned', match: { route: '/mj/submit/imagine' } });
    expect(engine.outcomes.take(subject('a dog'), ['fail'])).toBeUndefined();
    expect(engine.outcomes.take(subject('a dog'), ['banned'])?.outcome).toBe('banned');
  });
});

describe('engine seeded tasks and determinism', () => {
  it('seeds a SUCCESS imagine with buttons, and static tasks in other statuses', () => {
    const { engine } = engineOnManualClock();
    const done = engine.seed({ status: 'SUCCESS', prompt: 'seeded' }).task;
    expect(TaskSchema.parse(done)).toMatchObject({
      status: 'SUCCESS',
      progress: '100%',
      buttons: expect.any(Array),
    });
    expect(done.buttons).toHaveLength(9);
    expect(engine.seed({ status: 'IN_PROGRESS', progress: '42%' }).task).toMatchObject({
      status: 'IN_PROGRESS',
      progress: '42%',
    });
    expect(engine.seed({ status: 'FAILURE', failReason: 'boom' }).task).toMatchObject({
      failReason: 'boom',
      progress: '',
    });
  });

  it('gives the same ids, steps and image bytes for the same seed and requests', () => {
    const run = (seed: number) => {
      const { engine, clock } = engineOnManualClock({}, seed);
      const changes: string[] = [];
      engine.events.on('change', (c) => changes.push(`${c.taskId} ${c.status} ${c.progress} ${c.at}`));
      const out = engine.submit(imagineInput('a lighthouse'));
      clock.advance(20_000);
      engine.sync();
      const task = engine.get(out.kind === 'started' ? out.task.id : '')!;
      const file = task.imageUrl!.split('/').at(-1)!;
      return { changes, bytes: renderPng(engine.imageSpec(task.id, file)!) };
    };
    const [a, b, c] = [run(7), run(7), run(8)];
    expect(a.changes).toEqual(b.changes);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(a.changes).not.toEqual(c.changes);
    expect(Buffer.from(a.bytes).equals(Buffer.from(c.bytes))).toBe(false);
  });
});

describe('engine MODAL tasks', () => {
  it('creates MODAL tasks outside the pool and queues them on confirm, with the new prompt', () => {
    const { engine, clock } = engineOnManualClock({ concurrency: 1, queueSize: 0 });
    const out = engine.submit(imagineInput('wait', { modal: true }));
    expect(out.kind).toBe('modal');
    const id = out.kind === 'modal' ? out.task.id : '';
    expect(engine.stats()).toMatchObject({ running: 0, queued: 0 });
    expect(engine.submit(imagineInput('runs')).kind).toBe('started');
    expect(engine.confirmModal(id, 'edited').kind).toBe('rejected');
    clock.advance(10_000);
    engine.sync();
    const confirmed = engine.confirmModal(id, 'edited');
    expect(confirmed.kind).toBe('started');
    expect(engine.get(id)).toMatchObject({
      status: 'SUBMITTED',
      prompt: 'edited',
      properties: { finalPrompt: 'edited' },
    });
    expect(() => engine.confirmModal(id, undefined)).toThrow(/not waiting/);
  });

  it('fills the final image from a given URL for describe-like products', () => {
    const { engine, clock } = engineOnManualClock();
    const out = engine.submit(
      imagineInput('', {
        product: 'describe',
        finalImageUrl: 'http://mock.test/cdn/uploads/x.png',
        finalProperties: { finalPrompt: '1️⃣ a' },
      }),
    );
    clock.advance(60_000);
    engine.sync();
    expect(engine.get(out.kind === 'started' ? out.task.id : '')).toMatchObject({
      imageUrl: 'http://mock.test/cdn/uploads/x.png',
      prompt: '1️⃣ a',
      properties: { finalPrompt: '1️⃣ a' },
    });
  });
});
