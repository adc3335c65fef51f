import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { type Started, startMockCli, startReceiver, startStaticServer } from './servers';

const here = fileURLToPath(new URL('.', import.meta.url));
/** The playground package directory. */
export const APP_DIR = join(here, '../..');
/** The built mock CLI the tests spawn. */
export const MOCK_CLI = join(APP_DIR, '../../packages/mock-server/dist/cli.js');
/** Debian's chromium (Playwright's own download cannot work here); `CHROMIUM_PATH` overrides. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(APP_DIR, 'reports/screenshots');

/** Everything a browser story needs: a real mock, a webhook receiver, the built site, Chromium. */
export interface Stage {
  mock: Started;
  receiver: Started & { received: unknown[] };
  site: Started;
  browser: Browser;
  page: Page;
  /** Saves a full-page screenshot as `reports/screenshots/<prefix>-NN-<name>.png`. */
  shot(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the stage; `query` is appended to the page URL (e.g. `transport=in-page`), `mockArgs` to the
 * mock's command line (e.g. `--no-control`); `colorScheme` picks the page's light or dark theme.
 */
export async function startStage(
  prefix: string,
  query: (mockUrl: string) => string,
  mockArgs: string[] = [],
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Stage> {
  mkdirSync(SHOTS, { recursive: true });
  // Screenshots of an earlier run of this story must not mix with this run's.
  for (const f of readdirSync(SHOTS)) if (f.startsWith(`${prefix}-`)) rmSync(join(SHOTS, f));
  const mock = await startMockCli(MOCK_CLI, ['--image-size', '256', '--quiet', ...mockArgs]);
  const receiver = await startReceiver();
  const site = await startStaticServer(join(APP_DIR, 'dist'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, colorScheme });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.url}/?${query(mock.url)}`);
  let n = 0;
  return {
    mock,
    receiver,
    site,
    browser,
    page,
    async shot(name) {
      n++;
      await page.screenshot({
        path: join(SHOTS, `${prefix}-${String(n).padStart(2, '0')}-${name}.png`),
        fullPage: true,
      });
    },
    async stop() {
      await browser.close();
      await Promise.all([site.stop(), receiver.stop(), mock.stop()]);
      if (errors.length > 0) throw new Error(`uncaught page errors: ${errors.join('; ')}`);
    },
  };
}

/** The card of a task on the board. */
export const taskCard = (page: Page, id: string) => page.getByRole('article', { name: `Task ${id}` });

/** The newest task's id (the board lists newest first). */
export async function newestTaskId(page: Page): Promise<string> {
  const id = await page.getByTestId('task').first().locator('.task-id').textContent();
  if (!id) throw new Error('no task on the board');
  return id;
}

/** Moves the mock's manual clock with the playground's own control (not the API directly). */
export async function advance(page: Page, seconds: number): Promise<void> {
  await page.getByLabel('Advance by (s)').fill(String(seconds));
  await page.getByRole('button', { name: 'Advance', exact: true }).click();
}

/** Waits until the task's status badge matches. */
export async function waitForStatus(page: Page, id: string, status: RegExp): Promise<void> {
  await expect
    .poll(() => taskCard(page, id).getByTestId('task-status').textContent(), { timeout: 10_000 })
    .toMatch(status);
}
