import fc from 'fast-check';
import { pngDataUrl } from '../support/builders';
import { type FuzzCase, fuzzCases } from './fuzz-cases';
import { type FuzzRoute, fuzzRoutes } from './fuzz-routes';
import { createRawAgent, type RawReply, sendRaw } from './send-raw';
import { HEALTH_PATH, startFuzzServer } from './start-server';

/** What one route's fuzzing saw. */
export interface FuzzStats {
  route: string;
  cases: number;
  /** Answers by HTTP status (`net:<code>` for network-level failures). */
  statuses: Record<string, number>;
  kinds: Record<string, number>;
  /** Slowest answer in ms. */
  maxMs: number;
  /** Whether the health probe answered 200 JSON after the run. */
  healthy: boolean;
}

/**
 * The property: never a 5xx, never a dropped connection, and every non-file, non-HTML answer with a
 * body is JSON (the mock's own errors — 404, 413, 415, 431, too deep — are always JSON).
 */
export function problemWith(c: Pick<FuzzCase, 'method'>, reply: RawReply): string | undefined {
  if (reply.kind === 'network-error') return `network error ${reply.code}`;
  if (reply.status >= 500) return `HTTP ${reply.status}`;
  if (reply.body.length === 0 || c.method === 'HEAD') return undefined;
  if (/^(image|video)\/|^text\/html/.test(reply.contentType)) return undefined;
  if (!/json/.test(reply.contentType)) return `HTTP ${reply.status} not JSON (${reply.contentType})`;
  try {
    JSON.parse(reply.body.toString('utf8'));
    return undefined;
  } catch {
    return `HTTP ${reply.status} unparsable JSON`;
  }
}

/** Options of {@link fuzzEveryRoute}. */
export interface FuzzRunOptions {
  runs: number;
  seed?: number;
  /** Also send the kinds today's code fails (see `PENDING_PRE_BODY`). */
  pending?: boolean;
  /** Only these route names (default all). */
  only?: (route: FuzzRoute) => boolean;
}

/**
 * Fuzzes each route on its own fresh mock (a fuzzed control call such as a forced `http-error` outcome
 * or new API keys must not leak into another route's run), over real HTTP on 127.0.0.1. Throws
 * fast-check's shrunk counterexample on the first violation.
 */
export async function fuzzEveryRoute(options: FuzzRunOptions): Promise<FuzzStats[]> {
  const all: FuzzStats[] = [];
  for (const route of fuzzRoutes([]).filter(options.only ?? (() => true))) {
    const server = await startFuzzServer();
    const agent = createRawAgent();
    try {
      const { ids, strings } = await seedDomain(server.url, agent);
      const subject = fuzzRoutes(ids).find((r) => r.name === route.name)!;
      const stats: FuzzStats = {
        route: route.name,
        cases: 0,
        statuses: {},
        kinds: {},
        maxMs: 0,
        healthy: false,
      };
      await fc.assert(
        fc.asyncProperty(fuzzCases(subject, { strings, pending: options.pending ?? false }), async (c) => {
          if (c.pending && !options.pending) {
            stats.kinds[`pending:${c.kind}`] = (stats.kinds[`pending:${c.kind}`] ?? 0) + 1;
            return; // known to fail today: sent only by the pending run
          }
          const started = performance.now();
          // A fresh connection per case: one case's framing can never be blamed on the next.
          const reply = await sendRaw(server.url, c, false);
          stats.maxMs = Math.max(stats.maxMs, Math.round(performance.now() - started));
          stats.cases++;
          const key = reply.kind === 'answer' ? String(reply.status) : `net:${reply.code}`;
          stats.statuses[key] = (stats.statuses[key] ?? 0) + 1;
          stats.kinds[c.kind] = (stats.kinds[c.kind] ?? 0) + 1;
          const problem = problemWith(c, reply);
          if (problem) throw new Error(`${c.method} ${c.path.slice(0, 120)} [${c.kind}]: ${problem}`);
        }),
        { numRuns: options.runs, seed: options.seed ?? 42, endOnFailure: true },
      );
      const health = await sendRaw(server.url, { method: 'GET', path: HEALTH_PATH }, agent);
      stats.healthy =
        health.kind === 'answer' && health.status === 200 && !problemWith({ method: 'GET' }, health);
      all.push(stats);
    } finally {
      agent.destroy();
      await server.close();
    }
  }
  return all;
}

/** A finished grid task to aim ids and customIds at, and the domain strings fields get. */
async function seedDomain(url: string, agent: ReturnType<typeof createRawAgent>) {
  const post = async (path: string, body: unknown) => {
    const r = await sendRaw(
      url,
      { method: 'POST', path, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
      agent,
    );
    return r.kind === 'answer' ? JSON.parse(r.body.toString('utf8')) : undefined;
  };
  const id = String(
    (await post('/mj/submit/imagine', { prompt: 'fuzz seed' }))?.result ?? '1712204995849323',
  );
  await post('/__mock/clock/advance', { ms: 60_000 });
  const task = await sendRaw(url, { method: 'GET', path: `/mj/task/${id}/fetch` }, agent);
  const buttons: { customId: string }[] =
    task.kind === 'answer' ? (JSON.parse(task.body.toString('utf8')).buttons ?? []) : [];
  const png = await pngDataUrl();
  const strings = fc.constantFrom(
    id,
    `${id} U1`,
    `${id} V2`,
    ...buttons.map((b) => b.customId),
    png,
    png.slice(0, 40),
    'data:image/png;base64,xxx',
    'UPSCALE',
    'extend',
    'http://127.0.0.1:1/hook',
    '--ar 16:9 --v 7',
    '',
  );
  return { ids: [id], strings };
}

/** One line per route: cases, statuses, kinds, slowest answer. */
export function formatStats(stats: readonly FuzzStats[]): string {
  const total = stats.reduce((n, s) => n + s.cases, 0);
  const lines = stats.map(
    (s) =>
      `${s.route.padEnd(28)} ${String(s.cases).padStart(6)} cases  max ${String(s.maxMs).padStart(5)} ms  ${s.healthy ? 'healthy' : 'UNHEALTHY'}  ${JSON.stringify(s.statuses)}`,
  );
  return [...lines, `${stats.length} routes, ${total} cases`].join('\n');
}
