/**
 * What `startMockServer` does with `dataDir`, `dataDirRecover` and `fixtures` (issue #17): open the store
 * (restoring what it holds), or load the fixture file when there is nothing to restore. The options the
 * server was started with win over the restored config and clock: they are how a mock is configured.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyFixture } from '../fixtures/apply-fixture';
import { FixtureError } from '../fixtures/fixture-error';
import { parseFixture } from '../fixtures/parse-fixture';
import type { Mock, MockOptions } from '../mock/create-mock';
import { openPersistence, type Persistence, type PersistenceOptions } from './persistence';

/** The start options this step reads. */
export interface PersistenceStartOptions extends Pick<MockOptions, 'config' | 'clock' | 'speed'> {
  /** `--data-dir`: keep the state in `<dir>/mjkit-mock.sqlite` across restarts (needs better-sqlite3). */
  dataDir?: string | undefined;
  /** `--data-dir-recover`: salvage a damaged data file instead of refusing to start. */
  dataDirRecover?: boolean | undefined;
  /** `--fixtures <file.json>`: start from a snapshot or seed-task file (when the data dir holds nothing). */
  fixtures?: string | undefined;
  /** Store options for tests and tuning (`synchronous: 'FULL'`, journal flush period). */
  persistence?: Partial<Omit<PersistenceOptions, 'dataDir' | 'recover'>>;
}

/** A fixture file that cannot be used: names the file, then every located problem. */
export class FixtureFileError extends Error {
  constructor(
    readonly file: string,
    override readonly cause: unknown,
  ) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(`--fixtures ${file}: ${detail}`);
    this.name = 'FixtureFileError';
  }
}

/** Reads, checks and applies a fixture file; returns the number of tasks it holds. */
export function loadFixtureFile(mock: Mock, file: string): number {
  const path = resolve(file);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new FixtureFileError(path, error);
  }
  try {
    return applyFixture(mock, parseFixture(bytes));
  } catch (error) {
    if (error instanceof FixtureError) throw new FixtureFileError(path, error);
    throw error;
  }
}

/** Opens the data dir and/or loads fixtures; `undefined` without `dataDir` (nothing touches the disk). */
export async function startPersistence(
  mock: Mock,
  options: PersistenceStartOptions,
  onError?: (error: unknown) => void,
): Promise<Persistence | undefined> {
  if (!options.dataDir) {
    if (options.fixtures) loadFixtureFile(mock, options.fixtures);
    return undefined;
  }
  const persistence = await openPersistence(mock, {
    ...options.persistence,
    dataDir: options.dataDir,
    recover: options.dataDirRecover === true,
    ...(onError ? { onError } : {}),
  });
  if (persistence.restored) {
    if (options.config) mock.engine.configure(options.config);
    mock.clock.set({ mode: options.clock, speed: options.speed });
    persistence.commitPending();
  } else if (options.fixtures) {
    loadFixtureFile(mock, options.fixtures);
  }
  return persistence;
}
