import { describe, expect, it } from 'vitest';
import { CONTRACT_TARGETS, selectTargets } from '../scripts/contract-targets.mjs';

interface ContractTarget {
  name: string;
  document: string;
  isOwnNotFound: (status: number, text: string) => boolean;
}
const targets = CONTRACT_TARGETS as ContractTarget[];

describe('contract targets (issue #13: one run per profile and upstream, each with its own document)', () => {
  it('covers doc, new-api and both midjourney-proxy variants, each with its own document', () => {
    expect(targets.map((t) => [t.name, t.document])).toEqual([
      ['doc', 'gateway.json'],
      ['new-api', 'gateway.new-api.json'],
      ['midjourney-proxy-nz', 'gateway.midjourney-proxy-nz.json'],
      ['midjourney-proxy-ta', 'gateway.midjourney-proxy-ta.json'],
    ]);
  });

  it("recognises only its own profile's unknown-fetch answer, so a mock still answering as doc is skipped", () => {
    const answers: [number, string][] = [
      [400, '{"code":4,"description":"task_not_found","type":"upstream_error"}'],
      [400, '{"code":4,"description":"task_no_found ","type":"upstream_error"}'],
      [200, ''],
      [204, ''],
    ];
    const matrix = targets.map((t) => answers.map(([status, text]) => t.isOwnNotFound(status, text)));
    expect(matrix).toEqual([
      [true, false, false, false],
      [false, true, false, false],
      [false, false, true, false],
      [false, false, false, true],
    ]);
  });

  it('MJ_TARGETS picks some; an unknown name is refused', () => {
    expect((selectTargets('new-api, midjourney-proxy-ta') as ContractTarget[]).map((t) => t.name)).toEqual([
      'new-api',
      'midjourney-proxy-ta',
    ]);
    expect(() => selectTargets('nope')).toThrow(/unknown nope/);
  });
});
