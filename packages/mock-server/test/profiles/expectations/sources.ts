/**
 * Where each expectation comes from: repository, commit (where `spec/profiles.md` fixes one) and path.
 * Rows cite these, so a reviewer can open the real file behind every byte the mock sends.
 */
export interface Source {
  /** `owner/name` on GitHub. */
  repo: string;
  /** Commit read; `undefined` where several releases were read (new-api). */
  commit?: string;
  /** Path inside the repository, with a line or symbol where it helps. */
  path: string;
}

const NZ_ROOT = 'src/main/java/com/github/novicezk/midjourney';

/** novicezk/midjourney-proxy, the Java original, at the commit profiles.md cites. */
export const nz = (path: string): Source => ({
  repo: 'novicezk/midjourney-proxy',
  commit: '0be95a9',
  path: path.startsWith('src/') ? path : `${NZ_ROOT}/${path}`,
});

/** trueai-org/midjourney-proxy (v11.10.3, C#), at the commit profiles.md cites. */
export const ta = (path: string): Source => ({
  repo: 'trueai-org/midjourney-proxy',
  commit: 'ed32197',
  path: `src/${path}`,
});

/** QuantumNous/new-api (Go gateway); read at 04ee33f (relay) and 08b94b7 (dto). */
export const na = (path: string): Source => ({ repo: 'QuantumNous/new-api', path });

/** The gateway documentation page this project implements. */
export const gatewayDoc: Source = { repo: 'mjkit', path: 'shared/spec/gateway-doc.txt' };
