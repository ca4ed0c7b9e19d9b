import { SEARCHABLE_ENTITY_TYPES } from "../model/derive";
import type { Connection } from "./connection";
import { FILTER_FIELD } from "./search-prepare";
import type { SearchResult } from "./types";

/** Up to this many matches, facets are counted in SQL (no arrays to read first) unless the arrays are read already; beyond, by FacetColumns. */
const SQL_FACETS_UP_TO = 2_000;

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
 * `updated_at` (Store.reindexAll) must call invalidate(). Deleted entities need nothing: they match no search, so their stale entries are never counted.
 */

/** Entities changed at once past which the arrays are read afresh instead of read into the overlay. */
const OVERLAY_LIMIT = 50_000;
/** Entities the overlay holds before it is folded into the arrays. */
export const FOLD_AT = 10_000;

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
  /** the newest `updated_at` read so far (changes at or after it are read again) */
  private since = 0;

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
  }

  /**
   * Counts of each value of each field over these entities (`_entityType`: their kinds), exact.
   * Fields are facet fields as the index stores them.
   */
  count(ids: ArrayLike<number>, fields: readonly string[]): Map<string, Map<string, number>> {
    this.refresh();
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

  /** After a catalog change: the entities changed since, read again into the overlay (or everything forgotten). */
  private refresh(): void {
    const stamp = this.conn.changeStamp();
    if (stamp === this.stamp) return;
    if (this.columns.size === 0) {
      this.stamp = stamp;
      this.since = this.conn.get<{ t: number | null }>(`SELECT max(updated_at) AS t FROM entities`)?.t ?? 0;
      return;
    }
    const changed = this.conn.all<{ id: number; t: number }>(
      `SELECT id, updated_at AS t FROM entities WHERE updated_at >= ? ORDER BY updated_at LIMIT ?`,
      this.since,
      OVERLAY_LIMIT + 1,
    );
    if (changed.length > OVERLAY_LIMIT) {
      this.invalidate();
      this.refresh();
      return;
    }
    this.stamp = stamp;
    if (changed.length === 0) return;
    this.since = changed[changed.length - 1].t;
    const ids = changed.map((r) => r.id);
    const fields = [...this.columns.keys()];
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
export function countFacets(
  conn: Connection,
  columns: FacetColumns,
  fields: readonly string[],
  ids: (() => number[]) | null,
  maxValues: number,
): SearchResult["facets"] {
  const stored = fields.map((f) => (f === "_entityType" ? f : (FILTER_FIELD[f] ?? f)));
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
  const result: SearchResult["facets"] = fields.map((field, i) => ({
    field,
    aggregations: sortAggs([...(grouped.get(stored[i]) ?? [])].map(([value, count]) => ({ value, count }))).slice(0, maxValues),
  }));
  return result;
}
