#!/usr/bin/env node
/**
 * Makes sure Debian's chromium is there for the browser tests (the playground and the docs UI drive it
 * through playwright-core's `executablePath`; Playwright's own browser download cannot work on these
 * machines). Part of the test command, so README command (2) installs what it needs on a fresh machine:
 * as root it runs apt-get (with emoji and CJK fonts, so screenshots show the gateway's Chinese texts);
 * otherwise it prints the command to run and fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const packages = ['chromium', 'fonts-noto-color-emoji', 'fonts-wqy-zenhei'];

if (existsSync(path)) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `ensure-chromium: ${path} is missing; install it (sudo apt-get install -y ${packages.join(' ')}) or set CHROMIUM_PATH`,
  );
  process.exit(1);
}
console.log(`ensure-chromium: ${path} is missing; installing ${packages.join(', ')} with apt-get (about a minute)`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env });
if (!existsSync(path)) {
  console.error(`ensure-chromium: apt-get finished but ${path} is still missing`);
  process.exit(1);
}
console.log(`ensure-chromium: installed ${path}`);
