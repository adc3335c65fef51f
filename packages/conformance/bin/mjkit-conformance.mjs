#!/usr/bin/env node
/**
 * mjkit-conformance: runs the /mj/* scenario suite against any gateway or mock.
 * Leaves a shared mock alone unless --exclusive; on a target without the mjkit control API (a real
 * gateway, which charges for generations) task-creating flows run only with --allow-paid.
 * Exit codes: 0 passed, 1 a scenario failed, 2 could not start (usage, unreachable target, rejected key).
 */
import { parseArgs } from 'node:util';
import { EXIT, runConformance } from '../scripts/run-conformance.mjs';

const HELP = `Usage: mjkit-conformance --base-url <url> [options]

  --base-url <url>     the gateway or mock under test                     [MJ_BASE_URL]
  --key <key>          API key (Bearer; mj-api-secret for midjourney-proxy) [MJ_API_KEY]
  --profile <name>     doc | new-api | midjourney-proxy (default doc)    [MJ_PROFILE]
  --upstream <nz|ta>   the midjourney-proxy variant (default ta)          [MJ_UPSTREAM]
  --exclusive          the mock is yours: switch its clock to manual and reset it (restored after)
  --allow-paid         on a target without the mock control API, run the flows that create tasks
  --control-key <key>  the mock's control key, if it has one             [MJ_CONTROL_KEY]
  --poll-ms <n>        poll period when waiting in real time              [MJ_POLL_MS]
  --direct-url <url>   the mock itself when --base-url is a proxy in front of it
  --junit <file>       also write a JUnit report
  -h, --help           this text`;

let values;
try {
  ({ values } = parseArgs({
    options: {
      'base-url': { type: 'string' },
      key: { type: 'string' },
      'control-key': { type: 'string' },
      profile: { type: 'string' },
      upstream: { type: 'string' },
      exclusive: { type: 'boolean' },
      'allow-paid': { type: 'boolean' },
      'poll-ms': { type: 'string' },
      junit: { type: 'string' },
      'direct-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  console.error(`mjkit-conformance: ${error.message}\n${HELP}`);
  process.exit(EXIT.unusable);
}
if (values.help) {
  console.log(HELP);
  process.exit(EXIT.ok);
}
const baseUrl = values['base-url'] ?? process.env.MJ_BASE_URL;
if (!baseUrl) {
  console.error(`mjkit-conformance: --base-url is required\n${HELP}`);
  process.exit(EXIT.unusable);
}
const pollText = values['poll-ms'] ?? process.env.MJ_POLL_MS;
const pollMs = pollText === undefined ? undefined : Number(pollText);
if (pollMs !== undefined && !(Number.isInteger(pollMs) && pollMs >= 10)) {
  console.error(`mjkit-conformance: --poll-ms must be an integer ≥ 10 (got ${pollText})`);
  process.exit(EXIT.unusable);
}
const profile = values.profile ?? process.env.MJ_PROFILE ?? 'doc';
if (!['doc', 'new-api', 'midjourney-proxy'].includes(profile)) {
  console.error(`mjkit-conformance: --profile must be doc, new-api or midjourney-proxy (got ${profile})`);
  process.exit(EXIT.unusable);
}
const upstream = values.upstream ?? process.env.MJ_UPSTREAM ?? 'ta';
if (!['nz', 'ta'].includes(upstream)) {
  console.error(`mjkit-conformance: --upstream must be nz or ta (got ${upstream})`);
  process.exit(EXIT.unusable);
}
const { code } = await runConformance({
  baseUrl,
  directUrl: values['direct-url'],
  apiKey: values.key ?? process.env.MJ_API_KEY,
  controlKey: values['control-key'] ?? process.env.MJ_CONTROL_KEY,
  profile,
  upstream,
  exclusive: values.exclusive === true,
  allowPaid: values['allow-paid'] === true,
  pollMs,
  junit: values.junit,
});
process.exit(code);
