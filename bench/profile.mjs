#!/usr/bin/env node
/**
 * Profiles the mock CLI under one load: starts `mjkit-mock --clock manual` with `--cpu-prof` (pinned to
 * the server core), drives `fetch` (GET a stored task) or `imagine` (POST the 2.4 kB body) with autocannon
 * for `--seconds`, stops the mock with SIGINT so V8 writes the profile, and prints the functions with the
 * most self time. Evidence for docs/benchmarks.md.
 * Usage: node bench/profile.mjs fetch|imagine [--seconds 8] [--dir /tmp/mjkit-prof] [--top 25]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callOk, freePort, pause } from './lib/http.mjs';
import { load } from './lib/load.mjs';
import { mockCliArgs } from './lib/mock-entry.mjs';
import { pinned, pinSelf } from './lib/pinning.mjs';
import { imagineBody } from './scenarios/http-compare.mjs';

const argv = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const route = argv[0] === 'imagine' ? 'imagine' : 'fetch';
const seconds = Number(flag('--seconds', '8'));
const dir = flag('--dir', '/tmp/mjkit-prof');
const top = Number(flag('--top', '25'));
mkdirSync(dir, { recursive: true });
pinSelf();

const port = await freePort();
const [cmd, args] = pinned(
  process.execPath,
  ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...mockCliArgs(port)],
  0,
);
const before = new Set(readdirSync(dir));
const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 400; i++) {
  if (
    await callOk(`${base}/__mock/state`).then(
      () => true,
      () => false,
    )
  )
    break;
  await pause(25);
}
await callOk(`${base}/__mock/config`, {
  method: 'PATCH',
  body: { concurrency: 1_000_000, queueSize: 1_000_000 },
});
const task = (await callOk(`${base}/__mock/tasks`, { body: { prompt: 'a lighthouse --v 7' } })).json;
const r =
  route === 'fetch'
    ? await load({ url: `${base}/mj/task/${task.id}/fetch`, seconds })
    : await load({ url: `${base}/mj/submit/imagine`, method: 'POST', body: imagineBody(), seconds });
console.log(`${route}: ${Math.round(r.rps)} req/s p99 ${r.p99} ms (${r.non2xx} non-2xx)`);
const exited = new Promise((resolve) => child.once('exit', resolve));
child.kill('SIGINT');
await exited;
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile') && !before.has(f));
if (!file) throw new Error('no .cpuprofile written');
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
/** @type {Map<number, any>} */
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const keyOf = (n) => {
  const cf = n.callFrame;
  return `${cf.functionName || '(anonymous)'} ${cf.url.replace(/^.*node_modules\//, '').replace(/^.*\/packages\//, '')}:${cf.lineNumber + 1}`;
};
const self = new Map();
const inclusive = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const d = dt[i] ?? 0;
  let id = profile.samples[i];
  self.set(keyOf(byId.get(id)), (self.get(keyOf(byId.get(id))) ?? 0) + d);
  const seen = new Set();
  while (id !== undefined) {
    const k = keyOf(byId.get(id));
    if (!seen.has(k)) inclusive.set(k, (inclusive.get(k) ?? 0) + d);
    seen.add(k);
    id = parent.get(id);
  }
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const print = (title, map, filter = () => true) => {
  console.log(title);
  const rows = [...map.entries()]
    .filter(([k]) => filter(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  for (const [k, us] of rows) console.log(`${((100 * us) / total).toFixed(1).padStart(5)} %  ${k}`);
};
print('self time:', self);
print('inclusive time (mjkit and dependencies):', inclusive, (k) => !/ :0$| node:/.test(k));
console.log(`profile: ${join(dir, file)}`);
