import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  GatewayBindSchema,
  ImagineRequestSchema,
  ListByConditionRequestSchema,
  VideoRequestSchema,
} from '../src';

describe('request binding (how the gateway reads JSON)', () => {
  it.each([
    [{ prompt: 123 }, 'prompt'],
    [{ prompt: 'cat', index: '1' }, 'index'],
    [{ prompt: 'cat', index: 1.5 }, 'index'],
    [{ base64Array: 'data:image/png;base64,xx' }, 'base64Array'],
    [{ base64Array: [1, 2] }, 'base64Array'],
    [{ notifyHook: { url: 'x' } }, 'notifyHook'],
    [{ loop: 'yes' }, 'loop'],
  ])('rejects %j with a readable error naming %s', (body, field) => {
    const result = GatewayBindSchema.safeParse(body);
    expect(result.success).toBe(false);
    if (!result.success) expect(z.prettifyError(result.error)).toContain(field);
  });

  it('binds missing, empty and null fields: those are semantic checks', () => {
    expect(GatewayBindSchema.safeParse({}).success).toBe(true);
    expect(GatewayBindSchema.safeParse({ prompt: '', taskId: null, base64Array: [] }).success).toBe(true);
  });

  it('keeps unknown fields, as the gateway forwards the raw JSON', () => {
    expect(
      GatewayBindSchema.parse({ prompt: 'cat', chooseSameChannel: true, extra: { a: 1 } }),
    ).toMatchObject({
      extra: { a: 1 },
    });
  });

  it('types the route bodies for clients: imagine needs a prompt, video index is 0-based', () => {
    expect(ImagineRequestSchema.safeParse({ base64Array: [] }).success).toBe(false);
    expect(ImagineRequestSchema.safeParse({ prompt: 'cat', botType: 'niji' }).success).toBe(true);
    expect(ImagineRequestSchema.safeParse({ prompt: 'cat', botType: 'NIJI' }).success).toBe(false);
    expect(VideoRequestSchema.safeParse({ prompt: 'a car', index: 0 }).success).toBe(true);
    expect(VideoRequestSchema.safeParse({ prompt: 'a car', index: 4 }).success).toBe(false);
  });

  it('accepts list-by-condition ids as strings or numbers', () => {
    expect(
      ListByConditionRequestSchema.parse({ ids: ['1712204995849323', 1712204995849324] }).ids,
    ).toHaveLength(2);
    expect(ListByConditionRequestSchema.safeParse({}).success).toBe(true);
    expect(ListByConditionRequestSchema.safeParse({ ids: [{}] }).success).toBe(false);
  });
});
