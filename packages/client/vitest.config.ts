import { defineMjkitConfig } from '../../vitest.shared.ts';

export default defineMjkitConfig();
