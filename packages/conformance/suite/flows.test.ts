import { findButton, isTerminalStatus } from '@mjkit/contract';
import { MjApiError, type MjTask, pressButton } from '@mjkit/client';
import { beforeAll, beforeEach, describe, expect, it, type TestContext } from 'vitest';
import { image, succeeded, type Target, target } from './target';

/**
 * Valid flows of every route, through the typed client. Against Prism every request and response is
 * validated against the committed OpenAPI document; a violation turns into a 500 and fails here.
 */
let t: Target;
beforeAll(async () => {
  t = await target();
});
// Every flow here creates tasks: on a target without the mock control API they may be paid.
beforeEach((ctx) => t.guardPaid(ctx));

/** Runs a flow; a target that does not offer the feature (video, swap…) skips it with the reason. */
async function supported<T>(ctx: TestContext, what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const unsupported =
      error instanceof MjApiError &&
      (/未启用|不支持|not supported|model_not_found/i.test(error.description) || error.status === 503);
    if (unsupported) t.skip(ctx, `${what}: the target does not offer it (${error.description})`);
    throw error;
  }
}

const grid = async () =>
  succeeded(await t.wait((await t.client.imagine({ prompt: 'a lighthouse on a cliff --ar 3:2' })).taskId));

describe('scenario suite: valid flows', () => {
  it('imagine → fetch until done → U1 → upscale with its buttons', async (ctx) => {
    const submitted = await t.client.imagine({ prompt: 'a lighthouse on a cliff', state: 'conformance' });
    expect([1, 22]).toContain(submitted.code);
    const done = succeeded(await t.wait(submitted.taskId));
    expect(done).toMatchObject({ status: 'SUCCESS', progress: '100%', state: 'conformance' });
    expect(done.imageUrl).toMatch(/^https?:\/\//);
    // NZ's task has no buttons (novicezk support/Task.java), nor an action route to press them with.
    t.needs(ctx, 'action');
    if (t.name === 'new-api' && t.upstream === 'nz')
      t.skip(ctx, 'new-api over NZ: the upstream sends no buttons');
    for (const label of ['U1', 'U2', 'U3', 'U4', 'V1', 'V2', 'V3', 'V4', '🔄'])
      expect(findButton(done.buttons, label), label).toBeDefined();
    const up = succeeded(await t.wait((await pressButton(t.client, done, 'U1')).taskId));
    expect(up.action).toBe('UPSCALE');
    for (const label of [
      'Vary (Subtle)',
      'Vary (Strong)',
      'Vary (Region)',
      'Zoom Out 2x',
      'Zoom Out 1.5x',
      'Custom Zoom',
    ]) {
      expect(findButton(up.buttons, label), label).toBeDefined();
    }
    const zoomed = succeeded(await t.wait((await pressButton(t.client, up, 'Zoom Out 2x')).taskId));
    expect(zoomed.status).toBe('SUCCESS');
  });

  it('code 21 → /submit/modal: Vary (Region) with a mask runs to SUCCESS', async (ctx) => {
    t.needs(ctx, 'action', 'modal');
    const up = succeeded(await t.wait((await pressButton(t.client, await grid(), 'U2')).taskId));
    const pressed = await pressButton(t.client, up, 'Vary (Region)', {
      prompt: 'a lighthouse, red roof',
      maskBase64: image('white'),
    });
    expect(pressed.submitted.code).toBe(21);
    expect(pressed.confirmed).toBeDefined();
    expect(succeeded(await t.wait(pressed.taskId)).status).toBe('SUCCESS');
  });

  it('change and simple-change', async (ctx) => {
    t.needs(ctx, 'change', 'simpleChange');
    const g = await grid();
    const v = await t.client.change({ taskId: g.id, action: 'VARIATION', index: 2 });
    expect(succeeded(await t.wait(v.taskId)).action).toMatch(/VARIATION/);
    // new-api routes every simple-change to a model no channel serves: 503 model_not_found (relay_mode.go).
    const u = await supported(ctx, 'simple-change', () => t.client.simpleChange({ content: `${g.id} U4` }));
    expect(succeeded(await t.wait(u.taskId)).action).toBe('UPSCALE');
  });

  it('blend of three images', async () => {
    const { taskId } = await t.client.blend({
      base64Array: [image('red'), image('green'), image('blue')],
      dimensions: 'PORTRAIT',
    });
    const done = succeeded(await t.wait(taskId));
    expect(done.action).toBe('BLEND');
    expect(done.imageUrl).toBeTruthy();
  });

  it('describe: four prompts behind keycaps', async () => {
    const done = succeeded(await t.wait((await t.client.describe({ base64: image('blue') })).taskId));
    const prompts = String(done.properties?.finalPrompt ?? done.prompt ?? '');
    for (const keycap of ['1️⃣', '2️⃣', '3️⃣', '4️⃣']) expect(prompts).toContain(keycap);
  });

  it('shorten: Markdown analysis', async (ctx) => {
    t.needs(ctx, 'shorten');
    const done = succeeded(
      await t.wait(
        (
          await t.client.shorten({
            prompt: 'a cat, in the style of expert draftsmanship, ethereal, dreamlike',
          })
        ).taskId,
      ),
    );
    expect(String(done.properties?.finalPrompt)).toContain('Shortened prompts');
  });

  it('video from a prompt and a start image', async (ctx) => {
    t.needs(ctx, 'video');
    const { taskId } = await supported(ctx, 'video', () =>
      t.client.video({ prompt: 'a car on a coast road', image: image('red'), motion: 'low' }),
    );
    const done = succeeded(await t.wait(taskId));
    expect(done.videoUrl ?? done.videoUrls?.[0]?.url).toMatch(/^https?:\/\//);
  });

  it('face swap', async (ctx) => {
    t.needs(ctx, 'swapFace');
    const { taskId } = await supported(ctx, 'insight-face swap', () =>
      t.client.swapFace({ sourceBase64: image('red'), targetBase64: image('green') }),
    );
    expect(succeeded(await t.wait(taskId)).imageUrl).toBeTruthy();
  });

  it('upload: URLs that serve the images', async (ctx) => {
    t.needs(ctx, 'uploadDiscordImages');
    const urls = await t.client.uploadImages([image('green')]);
    expect(urls).toHaveLength(1);
    const res = await fetch(urls[0]!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\//);
  });

  it('list-by-condition: ids as strings and numbers, unknown ids dropped', async () => {
    const g = await grid();
    if (t.profile === 'new-api') {
      // new-api binds the ids as []string before relaying: a number is refused with shape A
      // `do_request_failed ` (QuantumNous/new-api relay/mjproxy_handler.go); strings pass.
      const refused = await t.client.listTasks([g.id, Number(g.id)]).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(MjApiError);
      expect((refused as MjApiError).description.trim()).toBe('do_request_failed');
      const listed: MjTask[] = await t.client.listTasks([g.id, '1000000000000000']);
      expect(listed.map((x) => x.id)).toEqual([g.id]);
      return;
    }
    const listed: MjTask[] = await t.client.listTasks([g.id, Number(g.id), '1000000000000000']);
    expect(listed.map((x) => x.id)).toContain(g.id);
    expect(listed.every((x) => x.id === g.id)).toBe(true);
  });

  it('image-seed of a finished task, and the image proxy', async (ctx) => {
    t.needs(ctx, 'imageSeed');
    const g = await grid();
    expect(isTerminalStatus(g.status)).toBe(true);
    expect(await t.client.imageSeed(g.id)).toMatch(/^\d+$/);
    // The image proxy is new-api's (RelayMidjourneyImage); the upstream serves its own URLs only.
    t.needs(ctx, 'image');
    const img = await fetch(t.client.imageUrl(g.id));
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toMatch(/^image\//);
  });

  it('a forced failure for one request (X-Mock-Outcome) ends in FAILURE with its reason', async (ctx) => {
    if (!t.control) t.skip(ctx, 'X-Mock-Outcome: needs the mjkit mock');
    // Per request, so a shared mock's other users are not affected (no global outcome rule).
    const res = await fetch(`${t.baseUrl}/mj/submit/imagine`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-mock-outcome': 'fail; reason=conformance forced failure',
        ...t.authHeaders,
      },
      body: JSON.stringify({ prompt: 'a forced failure' }),
    });
    const submitted = (await res.json()) as { code: number; result: string };
    expect(submitted.code).toBe(1);
    const ended = await t.wait(submitted.result);
    expect(ended.kind).toBe('failure');
    expect(ended.task.failReason).toContain('conformance forced failure');
  });
});
