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

/** The id of `urn`, created when it has none. */
export function urnId(sql: Sql, cache: InternCache, urn: string): number {
  const known = cache.urnIds.get(urn);
  if (known !== undefined) return known;
  let id = sql.get<{ id: number }>(`SELECT id FROM urns WHERE urn = ?`, urn)?.id;
  if (id === undefined) id = Number(sql.run(`INSERT INTO urns (urn) VALUES (?)`, urn).lastInsertRowid);
  cache.urnIds.set(urn, id);
  return id;
}

/** The id of an aspect name or relationship type, created when it has none. */
export function nameId(sql: Sql, cache: InternCache, name: string): number {
  const known = cache.nameIds.get(name);
  if (known !== undefined) return known;
  let id = sql.get<{ id: number }>(`SELECT id FROM names WHERE name = ?`, name)?.id;
  if (id === undefined) id = Number(sql.run(`INSERT INTO names (name) VALUES (?)`, name).lastInsertRowid);
  cache.nameIds.set(name, id);
  return id;
}

/** The id of `urn` if the catalog has it (reads never create one). */
export function findUrnId(sql: Sql, cache: InternCache | null, urn: string): number | undefined {
  const known = cache?.urnIds.get(urn);
  if (known !== undefined) return known;
  return sql.get<{ id: number }>(`SELECT id FROM urns WHERE urn = ?`, urn)?.id;
}

/** The id of an aspect name or relationship type if the catalog has it. */
export function findNameId(sql: Sql, cache: InternCache | null, name: string): number | undefined {
  const known = cache?.nameIds.get(name);
  if (known !== undefined) return known;
  return sql.get<{ id: number }>(`SELECT id FROM names WHERE name = ?`, name)?.id;
}
