import { SEARCHABLE_ENTITY_TYPES } from "../model/derive";
import type { Connection } from "./connection";
import { FILTER_FIELD } from "./search-prepare";
import type { SearchResult } from "./types";

/** Up to this many matches, facets are counted in SQL (no arrays to read first) unless the arrays are read already; beyond, by FacetColumns. */
export const SQL_FACETS_UP_TO = 2_000;

function sortAggs(list: Array<{ value: string; count: number }>) {
  return list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/**
 * Facet counting in memory. Counting a search's facets in SQL joins each match to its facet rows
 * (an index seek per match, ~2 µs): 10,000 matches cost ~20 ms, a million seconds. Here each facet
 * field asked for is read once per connection into arrays indexed by entity id (the value codes of
 * each entity, compressed-row form), so counting a match costs an array read and an increment per
 * value, ~20× less; the match ids still come from SQL.
 *
 * Kept current by the entities' `updated_at`: every write that changes an entity's facet rows
 * (SearchIndex.reindex) sets it, so on a catalog change the entities changed since the newest
 * `updated_at` seen are read again into an overlay. Past FOLD_AT entities the overlay is folded into
 * the arrays, in memory (reading the arrays afresh takes seconds at a million entities); when more
 * than OVERLAY_LIMIT change at once the arrays are read afresh. A full reindex that keeps
 * `updated_at` (Store.reindexAll) must call invalidate(). Entities deleted for good are read from
 * `entity_removals` (writes.ts) and hold no values from then on.
 *
 * Each entity read again is also journaled with the values it held before (changesSince): the
 * search cache (search-cache.ts) patches its facet counts and its matches with them.
 */

/** Entities changed at once past which the arrays are read afresh instead of read into the overlay. */
const OVERLAY_LIMIT = 50_000;
/** Entities the overlay holds before it is folded into the arrays. */
export const FOLD_AT = 10_000;
/** How long `entity_removals` keeps a deletion (writes.ts prunes older ones). */
export const REMOVALS_KEPT_MS = 24 * 60 * 60 * 1000;
/** Changes the journal keeps: a position older than these reads as unknown (changesSince). */
const JOURNAL_LIMIT = 20_000;

/** A point in the journal of changes (FacetColumns.position). */
export interface JournalPosition {
  epoch: number;
  seq: number;
}

/** Entities changed since a position, each with the value codes it held then, by field (the fields whose columns were read). */
export type ChangesSince = Map<number, ReadonlyMap<string, readonly number[]>>;

/** One field: the distinct values and, per entity id, the codes of its values. */
interface Column {
  values: string[];
  /** entity id → [offsets[id], offsets[id + 1]) in codes */
  offsets: Int32Array;
  codes: Int32Array;
  codeOf: Map<string, number>;
}

export class FacetColumns {
  private readonly conn: Connection;
  private columns = new Map<string, Column>();
  /** entities changed since the columns were read: field → value codes */
  private overlay = new Map<number, Map<string, number[]>>();
  /**
   * 1 for the entity ids the overlay holds: counting reads this byte per match and looks the
   * overlay up only when it is set (a Map lookup per match and field cost more than the count).
   */
  private inOverlay = new Uint8Array(0);
  private stamp = "";
  /** whether `since` has been read (the first refresh only notes where the changes start) */
  private started = false;
  /** the newest `updated_at` read so far (changes at or after it are read again) */
  private since = 0;
  /** the newest deletion read so far (entity_removals.at), or null when the catalog has no such table */
  private removedSince: number | null = 0;
  /** the changes read, oldest first: each entity with its codes before, at consecutive seq numbers */
  private journal: Array<{ seq: number; id: number; before: Map<string, number[]> }> = [];
  private seq = 0;
  /** counts invalidate(): a position of an earlier epoch is unknown */
  private epoch = 0;

  constructor(
    conn: Connection,
    private readonly foldAt = FOLD_AT,
  ) {
    this.conn = conn;
  }

  /** Whether these fields' columns are read already (counting a few matches is then cheaper here than in SQL). */
  holds(fields: readonly string[]): boolean {
    return fields.every((f) => this.columns.has(f));
  }

  /** Forgets everything read (after a reindex that keeps `updated_at`). */
  invalidate(): void {
    this.columns.clear();
    this.overlay.clear();
    this.inOverlay = new Uint8Array(0);
    this.stamp = "";
    this.started = false;
    this.journal = [];
    this.epoch++;
  }

  /** Where the journal stands: changesSince(this) will name the changes read after now. */
  get position(): JournalPosition {
    return { epoch: this.epoch, seq: this.seq };
  }

  /**
   * The entities changed since `pos` (after sync()), each with its codes at `pos`; null when that is
   * no longer known (the columns were read afresh, or the journal no longer reaches back so far).
   */
  changesSince(pos: JournalPosition): ChangesSince | null {
    if (pos.epoch !== this.epoch) return null;
    if (pos.seq === this.seq) return new Map();
    const first = this.journal[0];
    if (!first || first.seq > pos.seq + 1) return null;
    const out: ChangesSince = new Map();
    for (let i = pos.seq + 1 - first.seq; i < this.journal.length; i++) {
      const r = this.journal[i];
      if (!out.has(r.id)) out.set(r.id, r.before);
    }
    return out;
  }

  /** The value codes an entity holds now in a field whose column is read. */
  codesOf(id: number, field: string): readonly number[] {
    const col = this.column(field);
    if (id < this.inOverlay.length && this.inOverlay[id] === 1) {
      const changed = this.overlay.get(id)?.get(field);
      if (changed) return changed;
    }
    if (id >= col.offsets.length - 1) return [];
    return Array.from(col.codes.subarray(col.offsets[id], col.offsets[id + 1]));
  }

  /** A field's value by its code. */
  valueOf(field: string, code: number): string {
    return this.column(field).values[code];
  }

  /**
   * Counts of each value of each field over these entities (`_entityType`: their kinds), exact.
   * Fields are facet fields as the index stores them.
   */
  count(ids: ArrayLike<number>, fields: readonly string[], asOfLastSync = false): Map<string, Map<string, number>> {
    // (asOfLastSync: as the catalog stood at the last sync(), the position a cached search is patched from)
    if (!asOfLastSync) this.sync();
    const out = new Map<string, Map<string, number>>();
    for (const field of fields) {
      const col = this.column(field);
      const tally = new Int32Array(col.values.length);
      const { offsets, codes } = col;
      const top = offsets.length - 1;
      const { overlay, inOverlay } = this;
      const marked = inOverlay.length;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (id < marked && inOverlay[id] === 1) {
          // (an overlay entry without this field: the column was read after the change, and holds it)
          const changed = overlay.get(id)?.get(field);
          if (changed) {
            for (const c of changed) tally[c]++;
            continue;
          }
        }
        if (id >= top) continue;
        for (let k = offsets[id]; k < offsets[id + 1]; k++) tally[codes[k]]++;
      }
      const counts = new Map<string, number>();
      for (let c = 0; c < tally.length; c++) if (tally[c] > 0) counts.set(col.values[c], tally[c]);
      out.set(field, counts);
    }
    return out;
  }

  /**
   * Reads the catalog's changes since the last call (counting does first): after a change, the
   * entities changed or deleted since, journaled with their codes before, and read again into the
   * overlay (or everything forgotten when they are too many).
   */
  sync(): void {
    const stamp = this.conn.changeStamp();
    if (stamp === this.stamp) return;
    if (!this.started) {
      this.stamp = stamp;
      this.started = true;
      this.since = this.conn.get<{ t: number | null }>(`SELECT max(updated_at) AS t FROM entities`)?.t ?? 0;
      this.removedSince = this.hasRemovals() ? (this.conn.get<{ t: number | null }>(`SELECT max(at) AS t FROM entity_removals`)?.t ?? 0) : null;
      return;
    }
    const changed = this.conn.all<{ id: number; t: number }>(
      `SELECT id, updated_at AS t FROM entities WHERE updated_at >= ? ORDER BY updated_at LIMIT ?`,
      this.since,
      OVERLAY_LIMIT + 1,
    );
    const removed =
      this.removedSince === null
        ? []
        : this.conn.all<{ id: number; t: number }>(
            `SELECT id, at AS t FROM entity_removals WHERE at >= ? ORDER BY at LIMIT ?`,
            this.removedSince,
            OVERLAY_LIMIT + 1,
          );
    if (changed.length + removed.length > OVERLAY_LIMIT) {
      this.invalidate();
      this.sync();
      return;
    }
    this.stamp = stamp;
    if (changed.length === 0 && removed.length === 0) return;
    if (changed.length) this.since = changed[changed.length - 1].t;
    if (removed.length) this.removedSince = removed[removed.length - 1].t;
    // (an entity deleted and its id taken again since: changed, with the values it has now)
    const changedIds = changed.map((r) => r.id);
    const kept = new Set(changedIds);
    const ids = [...changedIds, ...removed.map((r) => r.id).filter((id) => !kept.has(id))];
    const fields = [...this.columns.keys()];
    for (const id of ids) {
      const before = new Map<string, number[]>();
      for (const f of fields) before.set(f, [...this.codesOf(id, f)]);
      this.journal.push({ seq: ++this.seq, id, before });
    }
    if (this.journal.length > JOURNAL_LIMIT) this.journal.splice(0, this.journal.length - JOURNAL_LIMIT);
    if (fields.length === 0) return;
    const rows = this.rowsOf(ids, fields);
    let top = 0;
    for (const id of ids) if (id > top) top = id;
    if (top >= this.inOverlay.length) {
      const grown = new Uint8Array(Math.max(top + 1, this.inOverlay.length * 2));
      grown.set(this.inOverlay);
      this.inOverlay = grown;
    }
    for (const id of ids) {
      const byField = new Map<string, number[]>();
      for (const f of fields) byField.set(f, []);
      this.overlay.set(id, byField);
      this.inOverlay[id] = 1;
    }
    for (const r of rows) {
      const col = this.columns.get(r.field)!;
      let code = col.codeOf.get(r.value);
      if (code === undefined) {
        code = col.values.length;
        col.values.push(r.value);
        col.codeOf.set(r.value, code);
      }
      this.overlay.get(r.id)!.get(r.field)!.push(code);
    }
    if (this.overlay.size > this.foldAt) this.fold();
  }

  /** Whether the catalog records deletions (a read-only catalog of an older layout does not). */
  private hasRemovals(): boolean {
    return !!this.conn.get(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'entity_removals'`);
  }

  /** Entities the overlay holds (changed since their columns were read or last folded). */
  get pending(): number {
    return this.overlay.size;
  }

  /** Rebuilds each column with the overlay's codes in place of the arrays' own, and empties the overlay. */
  private fold(): void {
    const { overlay, inOverlay } = this;
    let maxChanged = 0;
    for (const id of overlay.keys()) if (id > maxChanged) maxChanged = id;
    for (const [field, col] of this.columns) {
      const base = col.offsets.length - 1;
      const top = Math.max(base, maxChanged + 1);
      // (an entry without this field: the column was read after the change, and holds it)
      const changedOf = (id: number) => (id < inOverlay.length && inOverlay[id] === 1 ? overlay.get(id)?.get(field) : undefined);
      const offsets = new Int32Array(top + 1);
      for (let id = 0; id < top; id++) {
        const changed = changedOf(id);
        const n = changed ? changed.length : id < base ? col.offsets[id + 1] - col.offsets[id] : 0;
        offsets[id + 1] = offsets[id] + n;
      }
      const codes = new Int32Array(offsets[top]);
      for (let id = 0; id < top; id++) {
        const changed = changedOf(id);
        let at = offsets[id];
        if (changed) for (const c of changed) codes[at++] = c;
        else if (id < base) for (let k = col.offsets[id]; k < col.offsets[id + 1]; k++) codes[at++] = col.codes[k];
      }
      col.offsets = offsets;
      col.codes = codes;
    }
    overlay.clear();
    this.inOverlay = new Uint8Array(0);
  }

  /** The facet rows (or kinds, as field `_entityType`) of these entities. */
  private rowsOf(ids: readonly number[], fields: readonly string[]): Array<{ id: number; field: string; value: string }> {
    const list = JSON.stringify(ids);
    const out = this.conn.all<{ id: number; field: string; value: string }>(
      `SELECT entity_id AS id, field, value FROM facets WHERE entity_id IN (SELECT value FROM json_each(?)) AND field IN (SELECT value FROM json_each(?))`,
      list,
      JSON.stringify(fields),
    );
    if (fields.includes("_entityType"))
      out.push(
        ...this.conn.all<{ id: number; field: string; value: string }>(
          `SELECT id, '_entityType' AS field, type AS value FROM entities WHERE id IN (SELECT value FROM json_each(?))`,
          list,
        ),
      );
    return out;
  }

  /** A field's column, read when first asked for. */
  private column(field: string): Column {
    let col = this.columns.get(field);
    if (col) return col;
    const rows =
      field === "_entityType"
        ? this.conn.iterateRaw(`SELECT type, id FROM entities`)
        : this.conn.iterateRaw(`SELECT value, entity_id FROM facets WHERE field = ?`, field);
    const values: string[] = [];
    const codeOf = new Map<string, number>();
    let ids: Int32Array<ArrayBuffer> = new Int32Array(1024);
    let codesById: Int32Array<ArrayBuffer> = new Int32Array(1024);
    let n = 0;
    let maxId = 0;
    for (const [value, id] of rows as Iterable<[string, number]>) {
      let code = codeOf.get(value);
      if (code === undefined) {
        code = values.length;
        values.push(value);
        codeOf.set(value, code);
      }
      if (n === ids.length) {
        ids = grow(ids);
        codesById = grow(codesById);
      }
      ids[n] = id;
      codesById[n] = code;
      n++;
      if (id > maxId) maxId = id;
    }
    // Counting sort by entity id.
    const offsets = new Int32Array(maxId + 2);
    for (let i = 0; i < n; i++) offsets[ids[i] + 1]++;
    for (let i = 1; i < offsets.length; i++) offsets[i] += offsets[i - 1];
    const fill = offsets.slice(0, maxId + 1);
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) codes[fill[ids[i]]++] = codesById[i];
    col = { values, offsets, codes, codeOf };
    this.columns.set(field, col);
    return col;
  }
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Facet counts over the entities `ids` lists (null: every live, searchable entity). Few are counted
 * in SQL (each match joined to its facet rows), many by FacetColumns (arrays read once).
 */
/** A facet field as the index stores it (search filters' API names differ, FILTER_FIELD). */
export function storedFacetField(field: string): string {
  return field === "_entityType" ? field : (FILTER_FIELD[field] ?? field);
}

/** Facets as a search answers them: each field's values by count, most first, at most maxValues. */
export function facetsOut(
  fields: readonly string[],
  counted: (stored: string) => ReadonlyMap<string, number> | undefined,
  maxValues: number,
): SearchResult["facets"] {
  return fields.map((field) => ({
    field,
    aggregations: sortAggs([...(counted(storedFacetField(field)) ?? [])].map(([value, count]) => ({ value, count }))).slice(0, maxValues),
  }));
}

export function countFacets(
  conn: Connection,
  columns: FacetColumns,
  fields: readonly string[],
  ids: (() => number[]) | null,
  maxValues: number,
): SearchResult["facets"] {
  const stored = fields.map(storedFacetField);
  const grouped = new Map<string, Map<string, number>>(stored.map((f) => [f, new Map()]));
  const add = (rows: Array<{ field: string; value: string; n: number }>) => {
    for (const r of rows) grouped.get(r.field)?.set(r.value, r.n);
  };
  const facetFields = JSON.stringify(stored.filter((f) => f !== "_entityType"));
  if (!ids) {
    // Everything matches: the facet rows are those of every live, searchable entity.
    add(conn.all(`SELECT field, value, count(*) AS n FROM facets WHERE field IN (SELECT value FROM json_each(?)) GROUP BY field, value`, facetFields));
    if (stored.includes("_entityType"))
      add(
        conn.all(
          `SELECT '_entityType' AS field, type AS value, count(*) AS n FROM entities WHERE removed = 0 AND type IN (SELECT value FROM json_each(?)) GROUP BY type`,
          JSON.stringify(SEARCHABLE_ENTITY_TYPES),
        ),
      );
  } else {
    const list = ids();
    if (list.length > SQL_FACETS_UP_TO || columns.holds(stored)) for (const [field, counts] of columns.count(list, stored)) grouped.set(field, counts);
    else {
      const json = JSON.stringify(list);
      // CROSS JOIN makes SQLite walk the matches and look their facet rows up, rather than scan
      // every facet row of these fields.
      add(
        conn.all(
          `SELECT f.field, f.value, count(*) AS n FROM json_each(?) m CROSS JOIN facets f ON f.entity_id = m.value
            WHERE +f.field IN (SELECT value FROM json_each(?)) GROUP BY f.field, f.value`,
          json,
          facetFields,
        ),
      );
      if (stored.includes("_entityType"))
        add(
          conn.all(
            `SELECT '_entityType' AS field, e.type AS value, count(*) AS n FROM json_each(?) m CROSS JOIN entities e ON e.id = m.value GROUP BY e.type`,
            json,
          ),
        );
    }
  }
  return facetsOut(fields, (f) => grouped.get(f), maxValues);
}
