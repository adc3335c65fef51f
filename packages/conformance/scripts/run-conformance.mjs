/**
 * One conformance run (issue #14 point 9), shared by the `mjkit-conformance` CLI and `pnpm test:contract`:
 * names the target and profile, checks reachability and auth up front, leaves a shared mock alone unless
 * `exclusive` (then restores its clock), runs task-creating flows on a target without the control API
 * only with `allowPaid`, lists every scenario with its result and counts the tasks it created.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { controlCaller, takeOver } from './exclusive.mjs';
import { preflight } from './preflight.mjs';
import { runSuite } from './run-suite.mjs';
import { collectScenarios, formatScenarios } from './scenario-report.mjs';

/** Exit codes: 0 all passed, 1 a scenario failed, 2 the run could not start (usage, auth, target). */
export const EXIT = { ok: 0, failed: 1, unusable: 2 };

/**
 * @param {{ baseUrl: string, directUrl?: string, apiKey?: string, controlKey?: string, profile?: string, upstream?: string,
 *   exclusive?: boolean, allowPaid?: boolean, pollMs?: number, prism?: boolean, junit?: string, json?: string,
 *   log?: (line: string) => void }} o
 * @returns {Promise<{ code: number, tasksCreated: number, scenarios: ReturnType<typeof collectScenarios> }>}
 */
export async function runConformance(o) {
  const log = o.log ?? ((line) => console.log(line));
  const baseUrl = o.baseUrl.replace(/\/+$/, '');
  const directUrl = (o.directUrl ?? baseUrl).replace(/\/+$/, '');
  const profile = o.profile ?? 'doc';
  const upstream = o.upstream ?? 'ta';
  const shown = profile === 'doc' ? profile : `${profile} (upstream ${upstream})`;
  log(
    `mjkit-conformance: target ${baseUrl}${directUrl !== baseUrl ? ` (direct ${directUrl})` : ''}, profile ${shown}`,
  );
  const check = await preflight({ baseUrl, directUrl, apiKey: o.apiKey, controlKey: o.controlKey, profile });
  if (!check.ok) {
    log(`mjkit-conformance: ${check.message}`);
    return { code: EXIT.unusable, tasksCreated: 0, scenarios: [] };
  }
  const exclusive = Boolean(o.exclusive && check.control);
  const shared = check.control && !exclusive;
  if (shared && check.clock?.mode === 'manual') {
    log(
      "mjkit-conformance: the target mock runs a manual clock, so its tasks only move when someone advances it; advancing it would move every user's tasks. Rerun with --exclusive (resets it, restores the clock) or start the mock with a real clock.",
    );
    return { code: EXIT.unusable, tasksCreated: 0, scenarios: [] };
  }
  const speed = Number(check.clock?.speed) || 1;
  const pollMs = o.pollMs ?? (check.control ? Math.max(50, Math.min(1000, Math.round(500 / speed))) : 3000);
  log(
    check.control
      ? exclusive
        ? 'mode: exclusive (clock switched to manual and reset; it is restored afterwards)'
        : `mode: shared (nothing global changed: real-time polling every ${pollMs} ms, per-request X-Mock-Outcome, own tasks only)`
      : `mode: no control API (a real gateway?): task-creating flows ${o.allowPaid ? 'RUN (--allow-paid): they may be charged' : 'are skipped; pass --allow-paid to run them'}`,
  );
  if (o.exclusive && !check.control) log('note: --exclusive ignored: the target has no control API');

  const dir = mkdtempSync(join(tmpdir(), 'mjkit-conformance-'));
  const taskLog = join(dir, 'tasks.log');
  const env = {
    MJ_BASE_URL: baseUrl,
    MJ_DIRECT_URL: directUrl,
    MJ_PROFILE: profile,
    MJ_UPSTREAM: upstream,
    MJ_EXCLUSIVE: exclusive ? '1' : '0',
    MJ_ALLOW_PAID: o.allowPaid ? '1' : '0',
    MJ_POLL_MS: String(pollMs),
    MJ_TASK_LOG: taskLog,
    MJ_PRISM: o.prism ? '1' : '0',
    ...(o.apiKey ? { MJ_API_KEY: o.apiKey } : {}),
    ...(o.controlKey ? { MJ_CONTROL_KEY: o.controlKey } : {}),
  };
  let restore;
  let result;
  try {
    if (exclusive) restore = await takeOver(controlCaller(directUrl, o.controlKey ?? o.apiKey), check.clock);
    result = await runSuite({ env, junit: o.junit, json: o.json });
  } finally {
    await restore?.();
    if (restore) log(`clock restored: ${check.clock.mode} at speed ${check.clock.speed}`);
  }
  let tasksCreated = 0;
  try {
    tasksCreated = readFileSync(taskLog, 'utf8').split('\n').filter(Boolean).length;
  } catch {}
  rmSync(dir, { recursive: true, force: true });
  const scenarios = collectScenarios(result.files);
  log(`\nscenarios against ${baseUrl} (profile ${shown}):`);
  for (const line of formatScenarios(scenarios)) log(line);
  log(`tasks created on the target: ${tasksCreated}; suite ${result.ms} ms`);
  return { code: result.ok ? EXIT.ok : EXIT.failed, tasksCreated, scenarios };
}
