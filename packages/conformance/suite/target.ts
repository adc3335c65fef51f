import { readFileSync } from 'node:fs';
import {
  createMjClient,
  type MjClient,
  type MjTask,
  realSleep,
  type Sleep,
  type WaitResult,
  waitForTask,
} from '@mjkit/client';
import { isProfile, type Profile } from '@mjkit/contract';

/**
 * The target under test, from the environment (DESIGN.md §5):
 * - `MJ_BASE_URL`: where the gateway routes go (the mock, Prism in front of it, or a real gateway);
 * - `MJ_API_KEY`: sent as `Authorization: Bearer`;
 * - `MJ_PROFILE`: `doc` (default), `new-api` or `midjourney-proxy`; expectations that differ are keyed on it;
 * - `MJ_DIRECT_URL`: the mock itself when `MJ_BASE_URL` is a validating proxy: negative scenarios
 *   and the control API go there (Prism answers invalid requests itself and knows only documented paths);
 * - `MJ_PRISM=1`: `MJ_BASE_URL` is a Prism proxy (enables the harness self-test).
 */
export interface Target {
  baseUrl: string;
  directUrl: string;
  apiKey: string | undefined;
  profile: Profile;
  viaPrism: boolean;
  /** Whether the target has the mjkit control API (`/__mock/*`). */
  control: boolean;
  /** Client for valid flows (through the proxy when there is one). */
  client: MjClient;
  /** Client straight to the target (negative scenarios). */
  direct: MjClient;
  /** Waits for a task: advances the mock's clock when it can, polls in real time otherwise. */
  wait(id: string): Promise<WaitResult>;
  /** Calls the control API. */
  control$(path: string, body?: unknown, method?: string): Promise<Response>;
  /** Prints why a flow is skipped. */
  skip(reason: string): void;
}

const env = (name: string) => process.env[name]?.trim() || undefined;

let cached: Promise<Target> | undefined;

/** Reads the target once per test file run. */
export function target(): Promise<Target> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Target> {
  const baseUrl = env('MJ_BASE_URL');
  if (!baseUrl) throw new Error('MJ_BASE_URL is not set: the URL of the gateway (or mock) under test');
  const directUrl = (env('MJ_DIRECT_URL') ?? baseUrl).replace(/\/+$/, '');
  const profile = env('MJ_PROFILE') ?? 'doc';
  if (!isProfile(profile))
    throw new Error(`MJ_PROFILE must be doc, new-api or midjourney-proxy (got ${profile})`);
  const apiKey = env('MJ_API_KEY');
  const control$ = (path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') =>
    fetch(`${directUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const control = await control$('/__mock/state')
    .then((r) => r.ok)
    .catch(() => false);
  if (control) {
    await control$('/__mock/clock', { mode: 'manual' });
    await control$('/__mock/reset', {});
  }
  const advance: Sleep = async (ms) => {
    await control$('/__mock/clock/advance', { ms });
  };
  const sleep = control ? advance : realSleep;
  const client = createMjClient({ baseUrl, apiKey, sleep });
  const direct = createMjClient({ baseUrl: directUrl, apiKey, sleep });
  return {
    baseUrl,
    directUrl,
    apiKey,
    profile,
    viaPrism: env('MJ_PRISM') === '1',
    control,
    client,
    direct,
    wait: (id: string) =>
      waitForTask(id, (taskId) => client.fetchTask(taskId), {
        sleep,
        intervalMs: control ? 1000 : 3000,
        timeoutMs: control ? 10 * 60_000 : Number(env('MJ_WAIT_TIMEOUT_MS') ?? 10 * 60_000),
      }),
    control$,
    skip: (reason: string) => console.log(`  ↷ skipped: ${reason}`),
  };
}

/** The small real PNG files of `suite/fixtures/`, as data URLs (a gateway checks they are images). */
export function image(name: 'red' | 'green' | 'blue' | 'white'): string {
  const bytes = readFileSync(new URL(`./fixtures/${name}.png`, import.meta.url));
  return `data:image/png;base64,${bytes.toString('base64')}`;
}

/** Asserts a wait ended in SUCCESS and returns the task. */
export function succeeded(result: WaitResult): MjTask {
  if (result.kind !== 'success')
    throw new Error(
      `task ${result.task.id} ended ${result.kind}: ${JSON.stringify(result.task).slice(0, 300)}`,
    );
  return result.task;
}
