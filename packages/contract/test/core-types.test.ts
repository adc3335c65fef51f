import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type * as core from '../src/core';
import {
  type ButtonSchema,
  type ButtonWireSchema,
  GATEWAY_ROUTES,
  type GatewayRouteName,
  type GatewayRouteTypes,
  gatewayContract,
  type ImageErrorSchema,
  MOCK_CONTROL_ROUTES,
  mockControlContract,
  type ShapeAErrorSchema,
  type ShapeBErrorSchema,
  type SubmitResultWireSchema,
  type TaskWireSchema,
} from '../src';
import type * as R from '../src/schemas/requests';

/** The known keys of a type (its index signature dropped). */
type Known<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/**
 * The plain types of `@mjkit/contract/core` against the zod schemas they stand for: the client is typed
 * from the former and servers validate with the latter, so any drift fails the typecheck here.
 */
describe('core plain types match the zod schemas', () => {
  it('response types equal what the wire schemas infer', () => {
    expectTypeOf<core.TaskWire>().toEqualTypeOf<z.output<typeof TaskWireSchema>>();
    expectTypeOf<core.ButtonWire>().toEqualTypeOf<z.output<typeof ButtonWireSchema>>();
    expectTypeOf<core.Button>().toEqualTypeOf<z.output<typeof ButtonSchema>>();
    expectTypeOf<core.SubmitResultWire>().toEqualTypeOf<z.output<typeof SubmitResultWireSchema>>();
    expectTypeOf<core.ShapeAError>().toEqualTypeOf<z.output<typeof ShapeAErrorSchema>>();
    expectTypeOf<core.ShapeBError>().toEqualTypeOf<z.output<typeof ShapeBErrorSchema>>();
    expectTypeOf<core.ImageError>().toEqualTypeOf<z.output<typeof ImageErrorSchema>>();
  });

  it('request bodies have exactly the schema’s fields, and every such body is accepted', () => {
    const pairs = {
      imagine: [{} as core.ImagineBody, {} as R.ImagineRequest],
      blend: [{} as core.BlendBody, {} as R.BlendRequest],
      describe: [{} as core.DescribeBody, {} as R.DescribeRequest],
      shorten: [{} as core.ShortenBody, {} as R.ShortenRequest],
      change: [{} as core.ChangeBody, {} as R.ChangeRequest],
      simpleChange: [{} as core.SimpleChangeBody, {} as R.SimpleChangeRequest],
      action: [{} as core.ActionBody, {} as R.ActionRequest],
      modal: [{} as core.ModalBody, {} as R.ModalRequest],
      video: [{} as core.VideoBody, {} as R.VideoRequest],
      edits: [{} as core.EditsBody, {} as R.EditsRequest],
      upload: [{} as core.UploadBody, {} as R.UploadRequest],
      swapFace: [{} as core.SwapFaceBody, {} as R.SwapFaceRequest],
      list: [{} as core.ListByConditionBody, {} as R.ListByConditionRequest],
    } as const;
    type P = typeof pairs;
    type Check<K extends keyof P> = [keyof P[K][0], keyof Known<P[K][1]>];
    expectTypeOf<{ [K in keyof P]: Check<K>[0] }>().toEqualTypeOf<{ [K in keyof P]: Check<K>[1] }>();
    type Accepted<K extends keyof P> = [P[K][0]] extends [Known<P[K][1]>] ? true : false;
    expectTypeOf<{ [K in keyof P]: Accepted<K> }>().toEqualTypeOf<{ [K in keyof P]: true }>();
    // Exact: no index signature, so a misspelt field fails to compile.
    // @ts-expect-error notifyhook is not a field (notifyHook is)
    const typo: core.ImagineBody = { prompt: 'x', notifyhook: 'http://h' };
    // @ts-expect-error 'fastest' is not a speed mode
    const mode: core.ImagineBody = { prompt: 'x', mode: 'fastest' };
    void [typo, mode];
  });

  it('every route has types, and the route table agrees with the contracts', () => {
    expectTypeOf<keyof GatewayRouteTypes>().toEqualTypeOf<GatewayRouteName>();
    expectTypeOf<core.RouteResponse<'fetchTask'>>().toExtend<{ status: number }>();
    type Ok = Extract<core.RouteResponse<'fetchTask'>, { status: 200 }>['body'];
    expectTypeOf<Ok>().toEqualTypeOf<core.TaskWire>();
    for (const [name, route] of Object.entries(gatewayContract)) {
      const spec = GATEWAY_ROUTES[name as GatewayRouteName];
      expect([route.method, route.path]).toEqual([spec.method, spec.path]);
      const statuses = Object.keys(route.responses).map(Number);
      expect(statuses.length, name).toBeGreaterThan(0);
    }
    expect(Object.keys(gatewayContract).sort()).toEqual(Object.keys(GATEWAY_ROUTES).sort());
    expect(Object.keys(mockControlContract).sort()).toEqual(Object.keys(MOCK_CONTROL_ROUTES).sort());
  });
});
