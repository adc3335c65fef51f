import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/images/png';
import { dataUrlOf } from '../fuzz/hostile-images';
import { testApp } from '../support/app';

/**
 * What the mock serves back is validated first (issue #12 item 16): an upload whose bytes start with
 * the PNG magic and end with a valid IEND, but hold junk between them, is refused with the upstream's
 * `base64格式错误`; a well-formed PNG is stored and served back byte-identical as `image/png`, nosniff.
 */
const png = encodePng({
  width: 4,
  height: 4,
  channels: 3,
  data: Uint8Array.from({ length: 48 }, (_, i) => i * 5),
});

describe('uploads are validated before they are stored or served (#12 item 16)', () => {
  it('refuses a PNG with junk after the magic and serves a valid one back byte-identical', async () => {
    const { http, mock } = testApp();
    const junk = new TextEncoder().encode('<html><script>alert(document.cookie)</script></html>');
    const forged = Uint8Array.of(...png.subarray(0, 8), ...junk, ...png.subarray(png.length - 12));
    const refused = await http()
      .post('/mj/submit/upload-discord-images')
      .send({ base64Array: [dataUrlOf(forged)] });
    expect([refused.status < 500, refused.body]).toEqual([
      true,
      expect.objectContaining({ code: 4, description: 'base64格式错误' }),
    ]);
    expect(mock.uploads.stats().files).toBe(0);

    const res = await http()
      .post('/mj/submit/upload-discord-images')
      .send({ base64Array: [dataUrlOf(png)] })
      .expect(200);
    expect(res.body.code).toBe(1);
    const served = await http().get(new URL(res.body.result[0]).pathname).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(Buffer.from(served.body), Buffer.from(png))).toBe(0);
  });
});
