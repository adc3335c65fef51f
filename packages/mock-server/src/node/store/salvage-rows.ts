/**
 * Reads every row of a table that can still be read, walking by rowid and stepping over unreadable
 * regions (missing or damaged b-tree pages) instead of stopping at the first one. Used only by recovery.
 */
import type { SqliteDatabase } from './sqlite-driver';

/** A row as read, with its rowid under `_rowid`. */
export type SalvagedRow = Record<string, unknown> & { _rowid: number };

const PAGE = 256;

/**
 * Yields the readable rows of `table` in rowid order; `onSkip` is called once per unreadable region.
 * After a failed read it probes further rowids at doubling distances, then binary-searches back to the
 * first position that reads again, so few readable rows are lost beside a bad page.
 */
export function* salvageRows(
  db: SqliteDatabase,
  table: string,
  columns: readonly string[],
  onSkip: () => void,
): Generator<SalvagedRow> {
  const select = `SELECT rowid AS _rowid, ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}"`;
  const page = db.prepare(`${select} WHERE rowid > ? ORDER BY rowid LIMIT ${PAGE}`);
  const one = db.prepare(`${select} WHERE rowid > ? ORDER BY rowid LIMIT 1`);
  const probe = (after: number): SalvagedRow | undefined | 'bad' => {
    try {
      return one.get(after) as SalvagedRow | undefined;
    } catch {
      return 'bad';
    }
  };

  let after = 0;
  for (;;) {
    let rows: SalvagedRow[] | undefined;
    try {
      rows = page.all(after) as SalvagedRow[];
    } catch {
      rows = undefined;
    }
    if (rows) {
      if (rows.length === 0) return;
      yield* rows;
      after = rows[rows.length - 1]!._rowid;
      continue;
    }
    // The page read failed somewhere: go row by row up to the bad spot.
    const next = probe(after);
    if (next === undefined) return;
    if (next !== 'bad') {
      yield next;
      after = next._rowid;
      continue;
    }
    onSkip();
    const resumed = skipBadRegion(after, probe);
    if (resumed === undefined) return;
    after = resumed;
  }
}

/** The smallest probe position past `after` whose read succeeds, or undefined when none does. */
function skipBadRegion(after: number, probe: (after: number) => unknown): number | undefined {
  let bad = after;
  let step = 1;
  let good: number | undefined;
  while (after + step < Number.MAX_SAFE_INTEGER) {
    const result = probe(after + step);
    if (result !== 'bad') {
      if (result === undefined) return undefined;
      good = after + step;
      break;
    }
    bad = after + step;
    step *= 2;
  }
  if (good === undefined) return undefined;
  while (good - bad > 1) {
    const mid = Math.floor((bad + good) / 2);
    if (probe(mid) === 'bad') bad = mid;
    else good = mid;
  }
  return good;
}
