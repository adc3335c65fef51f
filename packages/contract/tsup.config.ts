import { defineMjkitBuild } from '../../tsup.shared.ts';

export default defineMjkitBuild({
  index: 'src/index.ts',
  core: 'src/core/index.ts',
  openapi: 'src/openapi/index.ts',
  fixtures: 'src/fixtures/index.ts',
});
