/**
 * The profile targets `pnpm test:contract` runs the scenario suite against, each through Prism with its
 * own committed document (issue #13), and the probe that tells whether a started mock really serves a
 * target: a mock that does not know a profile yet would answer as `doc`, and a run against it would
 * test nothing, so such a target is skipped with the reason printed.
 */

/** target → `--profile`/`--upstream`, the document, and how its unknown-fetch answer looks (spec/profiles.md). */
export const CONTRACT_TARGETS = [
  {
    name: 'doc',
    profile: 'doc',
    document: 'gateway.json',
    // DESIGN.md §3: 400 shape A task_not_found.
    isOwnNotFound: (status, text) => status === 400 && text.includes('"task_not_found"'),
  },
  {
    name: 'new-api',
    profile: 'new-api',
    upstream: 'ta',
    document: 'gateway.new-api.json',
    // new-api relay/mjproxy_handler.go: 400 shape A with the trailing space.
    isOwnNotFound: (status, text) => status === 400 && text.includes('"task_no_found "'),
  },
  {
    name: 'midjourney-proxy-nz',
    profile: 'midjourney-proxy',
    upstream: 'nz',
    document: 'gateway.midjourney-proxy-nz.json',
    // novicezk controller/TaskController.java: 200 with an empty body.
    isOwnNotFound: (status, text) => status === 200 && text === '',
  },
  {
    name: 'midjourney-proxy-ta',
    profile: 'midjourney-proxy',
    upstream: 'ta',
    document: 'gateway.midjourney-proxy-ta.json',
    // trueai Controllers/TaskController.cs: 204.
    isOwnNotFound: (status) => status === 204,
  },
];

/** The targets named by `MJ_TARGETS` (comma-separated), all by default; unknown names throw. */
export function selectTargets(list = process.env.MJ_TARGETS) {
  if (!list) return CONTRACT_TARGETS;
  const names = list
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !CONTRACT_TARGETS.some((t) => t.name === n));
  if (unknown.length > 0)
    throw new Error(
      `MJ_TARGETS: unknown ${unknown.join(', ')} (known: ${CONTRACT_TARGETS.map((t) => t.name).join(', ')})`,
    );
  return CONTRACT_TARGETS.filter((t) => names.includes(t.name));
}

/**
 * Whether the mock at `url` answers as `target` (its unknown-fetch answer), with the key in the
 * header every profile reads (`mj-api-secret`). Returns the reason when it does not.
 */
export async function probeTarget(url, apiKey, target) {
  const res = await fetch(`${url}/mj/task/1000000000000000/fetch`, { headers: { 'mj-api-secret': apiKey } });
  const text = await res.text();
  return target.isOwnNotFound(res.status, text)
    ? undefined
    : `the mock does not answer as ${target.name} yet (unknown fetch → HTTP ${res.status} ${text.replace(/\s+/g, ' ').slice(0, 60)})`;
}
