import { initClient, type ServerInferResponses } from '@ts-rest/core';
import { describe, expectTypeOf, it } from 'vitest';
import { type emittedGatewayContract, gatewayContract, type SubmitResultWire, type TaskWire } from '../src';

/**
 * Type tests: checked by `tsc` (the typecheck task) through `expectTypeOf` and `@ts-expect-error`;
 * a line that stops being an error fails the typecheck.
 */
describe('contract types', () => {
  it('narrows client responses on status', () => {
    const client = initClient(gatewayContract, { baseUrl: 'http://127.0.0.1:1' });
    type Imagine = Awaited<ReturnType<typeof client.imagine>>;
    type Ok = Extract<Imagine, { status: 200 }>;
    expectTypeOf<Ok['body']>().toEqualTypeOf<SubmitResultWire>();
    type Fetched = Extract<Awaited<ReturnType<typeof client.fetchTask>>, { status: 200 }>;
    expectTypeOf<Fetched['body']>().toEqualTypeOf<TaskWire>();
  });

  it('rejects a wrong body and an undeclared status at compile time', () => {
    const client = initClient(gatewayContract, { baseUrl: 'http://127.0.0.1:1' });
    // @ts-expect-error prompt must be a string
    void (() => client.imagine({ body: { prompt: 1 } }));
    // @ts-expect-error blend needs base64Array
    void (() => client.blend({ body: { dimensions: 'SQUARE' } }));

    type Handler = ServerInferResponses<typeof emittedGatewayContract.imagine>;
    // @ts-expect-error 418 is not a declared status
    const undeclared: Handler = { status: 418, body: { code: 4, description: 'x', type: 'upstream_error' } };
    void undeclared;
    const declared: Handler = {
      status: 400,
      body: { code: 4, description: 'prompt_is_required', type: 'upstream_error' },
    };
    expectTypeOf(declared).toExtend<Handler>();
  });
});
