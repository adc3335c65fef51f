import { describe, expect, it } from 'vitest';
import { type CoreBody, encodeBody } from '../../src/core/http-types';
import { nodeBody } from '../../src/adapters/node-body';

const bodies: CoreBody[] = [
  { type: 'json', value: { prompt: 'a cat 🐈 in Zürich', n: [1, 2.5, null], s: 'lone \ud800 surrogate' } },
  {
    type: 'text',
    text: 'plain ✓ text with a lone \udc00 surrogate',
    contentType: 'text/plain; charset=utf-8',
  },
  { type: 'bytes', bytes: new Uint8Array([0, 255, 10, 128]), contentType: 'image/png' },
];

describe('nodeBody', () => {
  it.each(bodies)('sends the bytes, length and content type encodeBody gives ($type)', (body) => {
    const node = nodeBody(body)!;
    const core = encodeBody(body)!;
    const wire = typeof node.chunk === 'string' ? Buffer.from(node.chunk, 'utf8') : node.chunk;
    expect(wire.equals(Buffer.from(core.bytes))).toBe(true);
    expect(node.length).toBe(core.bytes.byteLength);
    expect(node.contentType).toBe(core.contentType);
  });

  it('has no body for an empty answer', () => {
    expect(nodeBody({ type: 'empty' })).toBeUndefined();
  });
});
