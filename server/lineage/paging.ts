/**
 * Reading the relationships of many entities a page at a time, under a read budget: no statement
 * returns more than ROWS_PER_STATEMENT rows (SQLite stops at the page's end, as the rows come in the
 * order of a covering index), and between pages the reader gives way to other requests when it has
 * run long enough. Used by the lineage walks (./reader.ts) and the GraphQL relationship loaders.
 */

/** Relationships one request may read, unless told otherwise (GRAPHQL_LIMITS.maxRelationshipsRead). */
export const MAX_RELATIONSHIPS_READ = 50_000;

/** Reads of relationships under a request's budget: how many rows are left, and counting those read. */
export interface ReadMeter {
  left(): number;
  add(rows: number): void;
  /** lets other requests in when this one has run long enough (see RequestBudget.pause) */
  pause(): Promise<void> | undefined;
}

/** A standalone read budget, for callers outside a request (a request's is RequestBudget.readMeter()). */
export function readMeter(maxRead: number = MAX_RELATIONSHIPS_READ, onRead?: (rows: number) => void): ReadMeter {
  let used = 0;
  return {
    left: () => Math.max(0, maxRead - used),
    add: (rows) => {
      used += rows;
      onRead?.(rows);
    },
    pause: () => undefined,
  };
}

/** Relationship rows per statement: one statement is a short stretch of the event loop. */
export const ROWS_PER_STATEMENT = 2000;

/** Orders strings as SQLite's BINARY collation does (UTF-8 bytes, i.e. code points). */
export function byCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (part of a code point above U+FFFF) sorts after every UTF-16 unit from U+E000 on.
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    if (sx !== sy && (sx ? y : x) >= 0xe000) return sx ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/** A row of one of the urns read: ordered by urn (code points), type, other. */
export interface PagedRow {
  urn: string;
  type: string;
  other: string;
}

/**
 * Reads the rows of `urns` (in the store's order, Store.edgeOrder; no repeats) page by page: `fetch(urns, limit)`
 * gives at most `limit` rows of those urns in (urn, type, other) order, and `fetch([urn], limit,
 * from)` the rows of one urn from `(type, other)` on, that one included. Each row is handed to
 * `onRow` once: rows that share (urn, type, other) are told apart by `copy(row)` (the side, the
 * aspect that wrote it), so the rows read again where a page starts are skipped. Stops when the
 * meter has nothing left. Returns how many of `urns`, from the first, were read in full. (`pageRows`:
 * rows a statement, ROWS_PER_STATEMENT but in tests.)
 */
export async function readPaged<R extends PagedRow>(
  urns: readonly string[],
  fetch: (urns: readonly string[], limit: number, from?: { type: string; other: string }) => R[],
  meter: ReadMeter,
  onRow: (row: R) => void,
  copy: (row: R) => string | number,
  pageRows: number = ROWS_PER_STATEMENT,
): Promise<number> {
  let start = 0;
  let from: { type: string; other: string } | undefined;
  let group = { urn: "", type: "", other: "", copies: new Set<string | number>() };
  while (start < urns.length) {
    const left = meter.left();
    if (left <= 0) return start;
    const limit = Math.min(pageRows, left);
    const got = fetch(from ? [urns[start]] : urns.slice(start), limit + 1, from);
    meter.add(got.length);
    const page = got.length > limit ? got.slice(0, limit) : got;
    let added = 0;
    for (const r of page) {
      const c = copy(r);
      if (r.urn === group.urn && r.type === group.type && r.other === group.other) {
        if (group.copies.has(c)) continue;
        group.copies.add(c);
      } else group = { urn: r.urn, type: r.type, other: r.other, copies: new Set([c]) };
      onRow(r);
      added++;
    }
    if (got.length <= limit) {
      // Everything from `start` on is read (or, continuing one urn, that urn).
      start = from ? start + 1 : urns.length;
      from = undefined;
    } else {
      // A page too small to get past the rows already read: only when the budget is nearly spent.
      if (from && added === 0) return start;
      // The page ended inside its last row's urn: every urn before it is read in full; that one is
      // read on from its last row.
      const last = page[page.length - 1];
      const at = urns.indexOf(last.urn, start);
      if (at < 0) throw new Error(`readPaged: ${last.urn} is not among the urns asked for`);
      start = at;
      from = { type: last.type, other: last.other };
    }
    await meter.pause();
  }
  return urns.length;
}
