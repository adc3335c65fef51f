/**
 * A tiny step runner for the tarball test: each step is timed, bounded, and becomes one JUnit testcase;
 * a step whose prerequisite failed is recorded as skipped with the reason, so the report always lists all.
 */
import { spawn } from 'node:child_process';

/** Runs a command; resolves `{ code, out }` (stdout + stderr), killing it after `timeoutMs`. */
export function exec(cmd, args, { cwd, timeoutMs = 120_000, env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    const timer = setTimeout(() => {
      out += `\n(killed after ${timeoutMs} ms)`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ code: -1, out: `${out}${error.message}` });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

/** Collects step results and renders them as JUnit XML. */
export function createSteps(suiteName) {
  const results = [];
  const failed = new Set();
  return {
    results,
    /**
     * Runs `fn` unless a step in `needs` failed. `fn` returns a note (printed) or throws.
     * @returns {Promise<boolean>} whether it passed
     */
    async step(name, fn, { needs = [] } = {}) {
      const missing = needs.find((n) => failed.has(n));
      if (missing) {
        failed.add(name);
        results.push({ name, state: 'skipped', ms: 0, message: `needs "${missing}", which failed` });
        console.log(`↷ ${name}: skipped (needs "${missing}")`);
        return false;
      }
      const t0 = performance.now();
      try {
        const note = await fn();
        const ms = Math.round(performance.now() - t0);
        results.push({ name, state: 'passed', ms, message: note ?? '' });
        console.log(`✓ ${name} (${ms} ms)${note ? `: ${note}` : ''}`);
        return true;
      } catch (error) {
        const ms = Math.round(performance.now() - t0);
        failed.add(name);
        results.push({ name, state: 'failed', ms, message: error.message });
        console.log(`✗ ${name} (${ms} ms): ${error.message}`);
        return false;
      }
    },
    junit() {
      const esc = (s) => String(s).replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
      const cases = results.map((r) => {
        const head = `  <testcase classname="${esc(suiteName)}" name="${esc(r.name)}" time="${(r.ms / 1000).toFixed(3)}"`;
        if (r.state === 'passed') return `${head}><system-out>${esc(r.message)}</system-out></testcase>`;
        if (r.state === 'skipped') return `${head}><skipped message="${esc(r.message)}"/></testcase>`;
        return `${head}><failure message="${esc(r.message.slice(0, 500))}">${esc(r.message)}</failure></testcase>`;
      });
      const count = (s) => results.filter((r) => r.state === s).length;
      return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n <testsuite name="${esc(suiteName)}" tests="${results.length}" failures="${count('failed')}" skipped="${count('skipped')}">\n${cases.join('\n')}\n </testsuite>\n</testsuites>\n`;
    },
  };
}
