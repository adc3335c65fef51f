import { defineMjkitBuild } from '../../tsup.shared.ts';

export default defineMjkitBuild({
  index: 'src/index.ts',
  node: 'src/node/index.ts',
  msw: 'src/msw.ts',
  cli: 'src/node/cli.ts',
});
