import { afterEach, describe, expect, it } from 'vitest';
import { advance, newestTaskId, type Stage, startStage, taskCard, waitForStatus } from './harness';

/** Connection states other than "a mock with its control API": real-gateway-like, keyed, and in-page. */
describe('playground connection modes', () => {
  let stage: Stage | undefined;
  afterEach(async () => {
    await stage?.stop();
    stage = undefined;
  });

  it('a server without the control API gets a clear "no control API" state, and submits still work', async () => {
    stage = await startStage(
      'no-control',
      (mock) => `server=${encodeURIComponent(mock)}`,
      ['--no-control'],
      'dark',
    );
    const { page } = stage;
    await page.getByTestId('control-status').filter({ hasText: 'No control API here' }).waitFor();
    expect(await page.getByRole('region', { name: 'Clock & outcomes' }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Webhooks' }).count()).toBe(0);
    await page.getByLabel('Prompt', { exact: true }).fill('a gateway without control');
    await page.getByRole('button', { name: 'Imagine', exact: true }).click();
    await expect.poll(() => page.getByTestId('task').count()).toBe(1);
    await waitForStatus(page, await newestTaskId(page), /SUBMITTED/);
    await stage.shot('no-control-api');
  });

  it('remembers settings, the API key only when asked, and sends the key in the chosen header', async () => {
    stage = await startStage('settings', (mock) => `server=${encodeURIComponent(mock)}`, [
      '--key',
      'sk-play',
    ]);
    const { page } = stage;
    const stored = () => page.evaluate(() => localStorage.getItem('mjkit.playground.settings') ?? '');
    // With API keys and no control key, the control API needs one of them too (issue #12 item 2).
    await page.getByTestId('control-status').filter({ hasText: 'refused the key' }).waitFor();
    await page.getByLabel('Prompt', { exact: true }).fill('no key yet');
    await page.getByRole('button', { name: 'Imagine', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'invalid_api_key' }).waitFor();
    expect(await page.getByTestId('task').count()).toBe(0);
    await page.getByLabel('API key').fill('sk-play');
    await page.getByLabel('Send key as').selectOption('mj-api-secret');
    await page.getByLabel('Speed mode').selectOption('RELAX');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByTestId('control-status').filter({ hasText: 'profile doc' }).waitFor();
    expect(await stored()).not.toContain('sk-play');

    await page.getByLabel('Prompt', { exact: true }).fill('keyed lighthouse');
    await page.getByRole('button', { name: 'Imagine', exact: true }).click();
    await expect.poll(() => page.getByTestId('task').count()).toBe(1);
    await page.getByRole('tab', { name: 'Raw' }).click();
    await page
      .getByRole('list', { name: 'Calls' })
      .getByRole('button')
      .filter({ hasText: '/mj/submit/imagine' })
      .first()
      .click();
    const curl = (await page.getByTestId('curl').textContent()) ?? '';
    expect(curl).toContain(`-H 'mj-api-secret: sk-play'`);
    expect(curl).not.toContain('authorization');
    expect(curl).toContain('"mode":"RELAX"');

    await page.reload();
    expect(await page.getByLabel('API key').inputValue()).toBe('');
    expect(await page.getByLabel('Send key as').inputValue()).toBe('mj-api-secret');
    await page.getByLabel('API key').fill('sk-play');
    await page.getByLabel('Remember key (stored in this browser)').check();
    await page.getByRole('button', { name: 'Connect' }).click();
    expect(await stored()).toContain('sk-play');
    await page.reload();
    expect(await page.getByLabel('API key').inputValue()).toBe('sk-play');
    await page.getByTestId('control-status').filter({ hasText: 'profile doc' }).waitFor();
    await stage.shot('settings-remembered');
  });

  it('"No server": imagine → progress → grid → U1 with the mock in the page', async () => {
    stage = await startStage('in-page', () => 'transport=in-page');
    const { page } = stage;
    await page.getByTestId('control-status').filter({ hasText: 'Mock in this page' }).waitFor();
    await page.getByRole('button', { name: 'Pause clock' }).click();
    await page.getByLabel('Prompt', { exact: true }).fill('a lighthouse in the page');
    await page.getByRole('button', { name: 'Imagine', exact: true }).click();
    await expect.poll(() => page.getByTestId('task').count()).toBe(1);
    const gridId = await newestTaskId(page);
    await advance(page, 4);
    await waitForStatus(page, gridId, /IN_PROGRESS \d+%/);
    await advance(page, 10);
    await waitForStatus(page, gridId, /^SUCCESS$/);
    await taskCard(page, gridId)
      .getByRole('img', { name: `Result of ${gridId}` })
      .waitFor();
    await taskCard(page, gridId).getByRole('button', { name: 'U1', exact: true }).click();
    await expect.poll(() => page.getByTestId('task').count()).toBe(2);
    const upscaleId = await newestTaskId(page);
    await advance(page, 8);
    await waitForStatus(page, upscaleId, /^SUCCESS$/);
    await page.getByRole('tab', { name: 'Webhooks' }).click();
    await page.getByTestId('notification').filter({ hasText: 'SUCCESS' }).first().waitFor();
    await stage.shot('in-page-smoke');
  });
});
