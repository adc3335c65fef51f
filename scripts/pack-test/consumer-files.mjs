/**
 * The files of the throw-away consumer project the tarball test installs into (outside the repo, npm,
 * no workspace): its package.json, a strict tsconfig (`skipLibCheck: false`), a consumer file that uses
 * the public API, and a browser entry of the client for the bundle size.
 */

/** Tools the consumer installs from the registry, pinned to the versions the repo uses. */
export const CONSUMER_TOOLS = { typescript: '5.9.3', '@types/node': '^20.19.0', esbuild: '0.27.7' };

/**
 * @param {Record<string, string>} tarballs package name → absolute path of its .tgz
 * @returns {Record<string, string>} file name → contents
 */
export function consumerFiles(tarballs) {
  const deps = Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]));
  // Each @mjkit package depends on the others by version (pack turns workspace:* into it): `$name`
  // points those at the tarballs too, so npm never asks the public registry for @mjkit/* (where anyone
  // could publish the names).
  const overrides = Object.fromEntries(Object.keys(tarballs).map((name) => [name, `$${name}`]));
  return {
    'package.json': `${JSON.stringify(
      {
        name: 'mjkit-consumer',
        private: true,
        type: 'module',
        dependencies: deps,
        devDependencies: CONSUMER_TOOLS,
        overrides,
      },
      null,
      2,
    )}\n`,
    'tsconfig.json': `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2023', 'DOM'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          types: ['node'],
        },
        files: ['consumer.ts'],
      },
      null,
      2,
    )}\n`,
    'consumer.ts': `import { findButton, isTerminalStatus } from '@mjkit/contract';
import { createMjClient, MjApiError, type MjTask, submitAndWait } from '@mjkit/client';
import { createMock } from '@mjkit/mock-server';

const mj = createMjClient({ baseUrl: 'http://127.0.0.1:8080', apiKey: 'sk-test' });

/** Uses the public API the way an app does; the types must check with strict and skipLibCheck false. */
export async function lighthouse(): Promise<string | undefined> {
  try {
    const done = await submitAndWait(mj, 'imagine', { prompt: 'a lighthouse' });
    if (done.kind !== 'success') return undefined;
    const task: MjTask = done.task;
    const u1 = findButton(task.buttons, 'U1');
    return isTerminalStatus(task.status) ? (u1?.customId ?? task.imageUrl ?? undefined) : undefined;
  } catch (error) {
    if (error instanceof MjApiError) return \`\${error.code}: \${error.description}\`;
    throw error;
  }
}

export const mock = createMock({ clock: 'manual' });
`,
    'browser-entry.js': `// What a browser app loads for submit-and-wait.
export { createMjClient, submitAndWait } from '@mjkit/client';
`,
  };
}
