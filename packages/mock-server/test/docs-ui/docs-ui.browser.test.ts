import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mock } from '../../src/mock/create-mock';
import { type RunningMockServer, startMockServer } from '../../src/node/start-mock-server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const KEY = 'sk-docs-ui';
const shots = fileURLToPath(new URL('../../reports/screenshots/', import.meta.url));

/**
 * The docs UI in a real browser (Debian chromium), offline, as `mjkit-mock` serves it (`startMockServer`
 * on 127.0.0.1): the page renders both documents, the key entered in Authorize is sent, and try-it
 * calls against the real mock succeed (issue 14, point 8).
 */
describe('docs UI in chromium', () => {
  let running: RunningMockServer;
  let mock: Mock;
  let url: string;
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    running = await startMockServer({
      port: 0,
      clock: 'manual',
      config: { imageSize: 64, keys: [KEY] },
    });
    ({ url, mock } = running);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    // Offline: anything not served by the mock is recorded and refused.
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(url)) return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    mkdirSync(shots, { recursive: true });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  /** Authorize with the bearer scheme of the shown document, then close the dialog. */
  async function authorize(): Promise<void> {
    await page.locator('button.authorize.unlocked').click();
    const bearer = page.locator('.auth-container').filter({ hasText: 'bearer' }).first();
    await bearer.locator('input').fill(KEY);
    await bearer.locator('button.authorize').click();
    await page.locator('.btn-done').first().click();
  }

  /** Runs try-it on an operation; returns the live response's status text and body. */
  async function tryIt(opId: string): Promise<{ status: string; body: string }> {
    const op = page.locator(`#${opId}`);
    await op.locator('.opblock-summary').first().click();
    await op.locator('.btn.execute').click();
    const live = op.locator('.live-responses-table .response').first();
    await live.waitFor();
    return {
      status: ((await live.locator('.response-col_status').textContent()) ?? '').trim(),
      body:
        (await live
          .locator('.response-col_description .microlight, .response-col_description pre')
          .first()
          .textContent()) ?? '',
    };
  }

  it('renders the gateway document with tags and per-status descriptions', async () => {
    await page.goto(`${url}/docs`);
    await expect.poll(() => page.locator('.info .title').textContent()).toContain('Midjourney task API');
    expect(await page.locator('.opblock-tag').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Submit'), expect.stringContaining('Tasks')]),
    );
    const servers = await page.locator('.servers select option').allTextContents();
    expect(servers[0]).toContain(url);
    await page.screenshot({ path: `${shots}docs-ui-overview.png` });
  });

  it('runs try-it POST /mj/submit/imagine with the key and gets code 1 from the mock', async () => {
    await authorize();
    const res = await tryIt('operations-Submit-imagine');
    expect(res.status).toBe('200');
    expect(JSON.parse(res.body)).toMatchObject({ code: 1, description: 'Submit success' });
    expect(mock.engine.stats().counts).toMatchObject({ SUBMITTED: 1 });
    const documented400 = page.locator('#operations-Submit-imagine tr.response[data-code="400"]');
    expect(await documented400.textContent()).toContain('prompt_is_required');
    await page.locator('#operations-Submit-imagine .live-responses-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}docs-ui-gateway.png` });
  });

  it('switches to the control document and runs try-it GET /__mock/state', async () => {
    await page.locator('.topbar select').selectOption({ label: 'Mock control API (/__mock/*)' });
    await expect.poll(() => page.locator('.info .title').textContent()).toContain('mock control API');
    await authorize();
    const res = await tryIt('operations-State-state');
    expect(res.status).toBe('200');
    expect(JSON.parse(res.body)).toMatchObject({ clock: { mode: 'manual' }, counts: { SUBMITTED: 1 } });
    await page.screenshot({ path: `${shots}docs-ui-control.png` });
  });

  it('made no request outside the mock (offline, no validator)', () => {
    expect(outside).toEqual([]);
  });
});
