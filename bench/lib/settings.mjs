/**
 * Run sizes. Full: about 7–8 minutes on 2 cores. Quick (`--quick` or `BENCH_QUICK=1`): about a minute,
 * smoke-sized, figures not comparable with a full run.
 */

/** Scenario names accepted by `--only`. */
export const SCENARIOS = ['http', 'start', 'store', 'running', 'notify', 'hang', 'client'];

/**
 * @param {string[]} argv
 * @param {Record<string, string | undefined>} env
 */
export function parseSettings(argv, env) {
  const quick = argv.includes('--quick') || env.BENCH_QUICK === '1';
  const flag = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = (flag('--only') ?? SCENARIOS.join(',')).split(',').filter(Boolean);
  const unknown = only.filter((s) => !SCENARIOS.includes(s));
  if (unknown.length > 0)
    throw new Error(`--only: unknown scenario ${unknown.join(', ')} (known: ${SCENARIOS.join(', ')})`);
  const sizes = quick
    ? {
        rounds: 1,
        seconds: 2,
        warmupSeconds: 1,
        startReps: 1,
        storeTasks: 5_000,
        runningSizes: /** @type {[number, number]} */ ([100, 1_000]),
        notifyTasks: 100,
        hangRounds: 1,
        hangSeconds: 2,
      }
    : {
        rounds: 3,
        seconds: 6,
        warmupSeconds: 2,
        startReps: 5,
        storeTasks: 100_000,
        runningSizes: /** @type {[number, number]} */ ([1_000, 10_000]),
        notifyTasks: 1_000,
        hangRounds: 2,
        hangSeconds: 10,
      };
  return { quick, only, out: flag('--out'), ...sizes };
}
