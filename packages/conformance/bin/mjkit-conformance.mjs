#!/usr/bin/env node
/**
 * mjkit-conformance: runs the /mj/* scenario suite against any gateway.
 *   mjkit-conformance --base-url https://gw.example.com --key sk-… [--profile doc|new-api|midjourney-proxy] [--junit report.xml]
 * Flows the target does not support, or that need the mock's control API, are skipped with the reason.
 * Real gateways charge for generations: run it against a test key.
 */
import { parseArgs } from 'node:util';
import { runSuite } from '../scripts/run-suite.mjs';

const HELP = `Usage: mjkit-conformance --base-url <url> [--key <key>] [--profile doc|new-api|midjourney-proxy] [--junit <file>] [--direct-url <url>]`;
let values;
try {
  ({ values } = parseArgs({
    options: {
      'base-url': { type: 'string' },
      key: { type: 'string' },
      profile: { type: 'string' },
      junit: { type: 'string' },
      'direct-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  console.error(`mjkit-conformance: ${error.message}\n${HELP}`);
  process.exit(2);
}
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const baseUrl = values['base-url'] ?? process.env.MJ_BASE_URL;
if (!baseUrl) {
  console.error(`mjkit-conformance: --base-url is required\n${HELP}`);
  process.exit(2);
}
const env = { MJ_BASE_URL: baseUrl };
if (values.key ?? process.env.MJ_API_KEY) env.MJ_API_KEY = values.key ?? process.env.MJ_API_KEY;
if (values.profile) env.MJ_PROFILE = values.profile;
if (values['direct-url']) env.MJ_DIRECT_URL = values['direct-url'];
const { ok } = await runSuite({ env, junit: values.junit });
process.exit(ok ? 0 : 1);
