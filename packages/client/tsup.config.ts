import { defineMjkitBuild } from '../../tsup.shared.ts';

export default defineMjkitBuild({ index: 'src/index.ts', node: 'src/node/index.ts' });
