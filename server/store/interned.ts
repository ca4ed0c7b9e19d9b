import type { Sql } from "./connection";

/**
 * Urns and names stored as integers (migration 12). `urns` holds every urn the catalog's rows refer
 * to (entities, aspect writers, relationship ends, including urns no entity has); `names` the
 * aspect names and relationship types. Rows are never deleted while the catalog is open, so an id
 * stays valid; ids created by a transaction that rolls back are gone with it, which is why the
 * write path's caches live in the transaction's TxCache (cleared when it ends).
 */
export interface InternCache {
  readonly urnIds: Map<string, number>;
  readonly nameIds: Map<string, number>;
}

/** The two interned tables: each holds its values once, in a column of the table's own name. */
type Interned = { table: "urns"; column: "urn" } | { table: "names"; column: "name" };
const URNS: Interned = { table: "urns", column: "urn" };
const NAMES: Interned = { table: "names", column: "name" };

/** The id of `value` in `t` (the cache first), or undefined when the catalog has none. */
function find(sql: Sql, ids: Map<string, number> | undefined, t: Interned, value: string): number | undefined {
  return ids?.get(value) ?? sql.get<{ id: number }>(`SELECT id FROM ${t.table} WHERE ${t.column} = ?`, value)?.id;
}

/**
 * The id of `value` in `t`, created when it has none, and remembered in the cache. Inserted first and
 * read only when it was there already: most values the write path has not cached are new (an entity's
 * own urn, the ends of its relationships), so that is one statement instead of two.
 */
function intern(sql: Sql, ids: Map<string, number>, t: Interned, value: string): number {
  const known = ids.get(value);
  if (known !== undefined) return known;
  const ins = sql.run(`INSERT INTO ${t.table} (${t.column}) VALUES (?) ON CONFLICT (${t.column}) DO NOTHING`, value);
  const id = ins.changes > 0 ? Number(ins.lastInsertRowid) : find(sql, undefined, t, value);
  if (id === undefined) throw new Error(`${t.table}: no id for ${JSON.stringify(value)} after inserting it`);
  ids.set(value, id);
  return id;
}

/** The id of `urn`, created when it has none. */
export function urnId(sql: Sql, cache: InternCache, urn: string): number {
  return intern(sql, cache.urnIds, URNS, urn);
}

/** The id of an aspect name or relationship type, created when it has none. */
export function nameId(sql: Sql, cache: InternCache, name: string): number {
  return intern(sql, cache.nameIds, NAMES, name);
}

/** The id of `urn` if the catalog has it (reads never create one). */
export function findUrnId(sql: Sql, cache: InternCache | null, urn: string): number | undefined {
  return find(sql, cache?.urnIds, URNS, urn);
}

/** The id of an aspect name or relationship type if the catalog has it. */
export function findNameId(sql: Sql, cache: InternCache | null, name: string): number | undefined {
  return find(sql, cache?.nameIds, NAMES, name);
}
