import { appendFileSync, readFileSync } from 'node:fs';
import {
  createMjClient,
  type MjClient,
  type MjTask,
  realSleep,
  type Sleep,
  type WaitResult,
  waitForTask,
} from '@mjkit/client';
import {
  type GatewayRouteName,
  isProfile,
  type Profile,
  type ProfileTarget,
  profileTarget,
  relayServes,
  targetServes,
} from '@mjkit/contract';
import type { TestContext } from 'vitest';

/**
 * The target under test, from the environment (DESIGN.md §5):
 * - `MJ_BASE_URL`: where the gateway routes go (the mock, Prism in front of it, or a real gateway);
 * - `MJ_API_KEY`: sent as `Authorization: Bearer`; `MJ_CONTROL_KEY`: the mock's control key, if any;
 * - `MJ_PROFILE`: `doc` (default), `new-api` or `midjourney-proxy`; expectations that differ are keyed on it;
 * - `MJ_UPSTREAM`: `nz` or `ta` (default), the midjourney-proxy variant (for new-api: the one behind it);
 * - `MJ_DIRECT_URL`: the mock itself when `MJ_BASE_URL` is a validating proxy: negative scenarios
 *   and the control API go there (Prism answers invalid requests itself and knows only documented paths);
 * - `MJ_PRISM=1`: `MJ_BASE_URL` is a Prism proxy (enables the harness self-test);
 * - `MJ_EXCLUSIVE=1`: the suite owns the mock and may move its clock (the runner switched it to manual);
 *   otherwise it polls in real time every `MJ_POLL_MS` (default 3000) and changes nothing global;
 * - `MJ_ALLOW_PAID=1`: run task-creating flows against a target without the control API (a real gateway);
 * - `MJ_TASK_LOG`: a file that gets one line per task the suite created (the runner counts them).
 */
export interface Target {
  baseUrl: string;
  directUrl: string;
  apiKey: string | undefined;
  profile: Profile;
  /** The upstream variant (`MJ_UPSTREAM`, default `ta`). */
  upstream: 'nz' | 'ta';
  /** Profile and variant as one name (`midjourney-proxy-nz`…): the key of every differing expectation. */
  name: ProfileTarget;
  /** Headers that carry the API key the way this profile reads it. */
  authHeaders: Record<string, string>;
  /** Whether the target serves a route (NZ has no action/modal/video; TA no change/simple-change). */
  serves(route: GatewayRouteName): boolean;
  /** Skips the current test unless the target serves every route named. */
  needs(ctx: TestContext, ...routes: GatewayRouteName[]): void;
  viaPrism: boolean;
  /** Whether the target has the mjkit control API (`/__mock/*`). */
  control: boolean;
  /** Whether the suite may change the mock's global state (clock, outcome rules). */
  exclusive: boolean;
  /** Client for valid flows (through the proxy when there is one). */
  client: MjClient;
  /** Client straight to the target (negative scenarios). */
  direct: MjClient;
  /** Waits for a task: advances the mock's clock when exclusive, polls in real time otherwise. */
  wait(id: string): Promise<WaitResult>;
  /** Calls the control API (with the control key, else the API key). */
  control$(path: string, body?: unknown, method?: string): Promise<Response>;
  /** Skips a flow that creates tasks on a target that may charge for them, unless allowed. */
  guardPaid(ctx: TestContext): void;
  /** Skips the current test with the reason (printed in the runner's scenario list). */
  skip(ctx: TestContext, reason: string): never;
}

const env = (name: string) => process.env[name]?.trim() || undefined;

let cached: Promise<Target> | undefined;

/** Reads the target once per test file run. */
export function target(): Promise<Target> {
  cached ??= load();
  return cached;
}

/** Wraps fetch so every submit that created a task (codes 1, 21, 22 with a result) is logged. */
function countingFetch(log: string | undefined): typeof fetch {
  if (!log) return fetch;
  return async (input, init) => {
    const res = await fetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (/\/submit\//.test(url)) {
      const body = (await res
        .clone()
        .json()
        .catch(() => undefined)) as { code?: number; result?: unknown } | undefined;
      if (body && [1, 21, 22].includes(Number(body.code)) && body.result)
        appendFileSync(log, `${String(body.result)}\n`);
    }
    return res;
  };
}

async function load(): Promise<Target> {
  const baseUrl = env('MJ_BASE_URL');
  if (!baseUrl) throw new Error('MJ_BASE_URL is not set: the URL of the gateway (or mock) under test');
  const directUrl = (env('MJ_DIRECT_URL') ?? baseUrl).replace(/\/+$/, '');
  const profile = env('MJ_PROFILE') ?? 'doc';
  if (!isProfile(profile))
    throw new Error(`MJ_PROFILE must be doc, new-api or midjourney-proxy (got ${profile})`);
  const upstream = env('MJ_UPSTREAM') ?? 'ta';
  if (upstream !== 'nz' && upstream !== 'ta')
    throw new Error(`MJ_UPSTREAM must be nz or ta (got ${upstream})`);
  const name = profileTarget(profile, upstream);
  // new-api passes on the empty 404 of an upstream without the route: not served.
  const serves = (route: GatewayRouteName) =>
    name === 'new-api' ? relayServes(upstream, route) : targetServes(name, route);
  const apiKey = env('MJ_API_KEY');
  // midjourney-proxy reads the raw Authorization value (TA) or only mj-api-secret (NZ); every profile reads mj-api-secret.
  const authHeader = profile === 'midjourney-proxy' ? 'mj-api-secret' : 'authorization';
  const authHeaders: Record<string, string> = !apiKey
    ? {}
    : authHeader === 'mj-api-secret'
      ? { 'mj-api-secret': apiKey }
      : { authorization: `Bearer ${apiKey}` };
  const controlKey = env('MJ_CONTROL_KEY') ?? apiKey;
  const control$ = (path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') =>
    fetch(`${directUrl}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(controlKey ? { authorization: `Bearer ${controlKey}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const control = await control$('/__mock/state')
    .then((r) => r.ok)
    .catch(() => false);
  const exclusive = control && env('MJ_EXCLUSIVE') === '1';
  const allowPaid = env('MJ_ALLOW_PAID') === '1';
  const advance: Sleep = async (ms) => {
    await control$('/__mock/clock/advance', { ms });
  };
  const sleep = exclusive ? advance : realSleep;
  const fetchImpl = countingFetch(env('MJ_TASK_LOG'));
  const client = createMjClient({ baseUrl, apiKey, authHeader, sleep, fetch: fetchImpl });
  const direct = createMjClient({ baseUrl: directUrl, apiKey, authHeader, sleep, fetch: fetchImpl });
  const skip = (ctx: TestContext, reason: string): never => {
    console.log(`  ↷ skipped: ${reason}`);
    return ctx.skip(reason);
  };
  return {
    baseUrl,
    directUrl,
    apiKey,
    profile,
    upstream,
    name,
    authHeaders,
    serves,
    needs: (ctx, ...routes) => {
      const missing = routes.filter((r) => !serves(r));
      if (missing.length > 0)
        skip(
          ctx,
          `${name === 'new-api' ? `new-api over ${upstream}` : name} does not serve ${missing.join(', ')}`,
        );
    },
    viaPrism: env('MJ_PRISM') === '1',
    control,
    exclusive,
    client,
    direct,
    wait: (id: string) =>
      waitForTask(id, (taskId) => client.fetchTask(taskId), {
        sleep,
        intervalMs: exclusive ? 1000 : Number(env('MJ_POLL_MS') ?? 3000),
        timeoutMs: exclusive ? 10 * 60_000 : Number(env('MJ_WAIT_TIMEOUT_MS') ?? 10 * 60_000),
        ...(exclusive ? {} : { now: () => Date.now() }),
      }),
    control$,
    guardPaid: (ctx) => {
      if (!control && !allowPaid)
        skip(ctx, 'creates tasks on a target without the mock control API (may be paid): pass --allow-paid');
    },
    skip,
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
