import type { SubmitResultWire, TaskWire } from '@mjkit/contract';
import { describe, expectTypeOf, it } from 'vitest';
import { createMjClient, type MjTask, type Submitted, type WaitResult, waitForTask } from '../src';

/** Type tests, checked by `tsc` in the typecheck task. */
describe('client types', () => {
  const client = createMjClient({ baseUrl: 'http://127.0.0.1:1' });

  it('types success results', () => {
    expectTypeOf(client.imagine).returns.resolves.toEqualTypeOf<Submitted>();
    expectTypeOf<Submitted['code']>().toEqualTypeOf<1 | 21 | 22>();
    expectTypeOf(client.fetchTask).returns.resolves.toEqualTypeOf<MjTask>();
    expectTypeOf<MjTask['id']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<MjTask['buttons']>[number]['customId']>().toEqualTypeOf<string>();
    expectTypeOf(client.uploadImages).returns.resolves.toEqualTypeOf<string[]>();
    expectTypeOf(waitForTask).returns.resolves.toEqualTypeOf<WaitResult>();
  });

  it('rejects wrong bodies at compile time', () => {
    // @ts-expect-error prompt is required
    void (() => client.imagine({ base64Array: [] }));
    // @ts-expect-error prompt must be a string
    void (() => client.imagine({ prompt: 42 }));
    // @ts-expect-error change.action is UPSCALE | VARIATION | REROLL
    void (() => client.change({ taskId: '1', action: 'ZOOM', index: 1 }));
    // @ts-expect-error unknown mode option value
    void (() => createMjClient({ baseUrl: 'x', mode: 'SLOW' }));
  });
});

describe('raw client types', () => {
  it('narrows on status like ts-rest’s initClient', () => {
    const client = createMjClient({ baseUrl: 'http://127.0.0.1:1' });
    type Imagine = Awaited<ReturnType<typeof client.raw.imagine>>;
    expectTypeOf<Extract<Imagine, { status: 200 }>['body']>().toEqualTypeOf<SubmitResultWire>();
    expectTypeOf<
      Extract<Awaited<ReturnType<typeof client.raw.fetchTask>>, { status: 200 }>['body']
    >().toEqualTypeOf<TaskWire>();
    // @ts-expect-error fetchTask needs its id param
    void (() => client.raw.fetchTask({}));
  });
});

describe('exact request types (issue 14 point 4)', () => {
  const client = createMjClient({ baseUrl: 'http://127.0.0.1:1' });

  it('rejects misspelt fields and unknown modes, and offers an explicit escape hatch', () => {
    // @ts-expect-error notifyhook is misspelt (notifyHook)
    void (() => client.imagine({ prompt: 'x', notifyhook: 'http://127.0.0.1/hook' }));
    // @ts-expect-error 'fastest' is no speed mode
    void (() => client.imagine({ prompt: 'x', mode: 'fastest' }));
    // @ts-expect-error both at once, as the issue reported
    void (() => client.imagine({ prompt: 'x', notifyhook: '…', mode: 'fastest' }));
    // @ts-expect-error raw bodies are exact too
    void (() => client.raw.imagine({ body: { prompt: 'x', notifyhook: '…' } }));
    void (() => client.imagine({ prompt: 'x', mode: 'relax', notifyHook: 'http://127.0.0.1/hook' }));
    void (() => client.imagine({ prompt: 'x' }, { extraFields: { notifyhook: 'kept as is', seed: 7 } }));
    void (() => client.raw.imagine({ body: { prompt: 'x' }, extraFields: { seed: 7 } }));
    expectTypeOf<Parameters<typeof client.imagine>[0]>().not.toHaveProperty('notifyhook');
  });
});
