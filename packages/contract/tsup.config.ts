import { defineMjkitBuild } from '../../tsup.shared.ts';

export default defineMjkitBuild({
  index: 'src/index.ts',
  openapi: 'src/openapi/index.ts',
  fixtures: 'src/fixtures/index.ts',
});
