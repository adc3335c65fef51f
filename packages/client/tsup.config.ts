import { defineMjkitBuild } from '../../tsup.shared.ts';

export default defineMjkitBuild({
  index: 'src/index.ts',
  node: 'src/node/index.ts',
  validate: 'src/validate/index.ts',
  control: 'src/control/index.ts',
});
