import type { Row, Sql } from "./connection";

export interface EntityRow {
  urn: string;
  type: string;
  createdAt: number;
  updatedAt: number;
  removed: boolean;
}

/** Reads of the entities table: which entities exist, their types, counts and recent changes. */
export class EntityReads {
  private readonly sql: Sql;

  constructor(sql: Sql) {
    this.sql = sql;
  }

  /** Which of these urns exist (have at least one aspect, and are not soft-deleted unless asked). */
  existing(urns: readonly string[], opts: { includeRemoved?: boolean } = {}): Set<string> {
    if (urns.length === 0) return new Set();
    const rows = this.sql.all<{ urn: string }>(
      `SELECT urn FROM entities WHERE urn IN (SELECT value FROM json_each(?))${opts.includeRemoved ? "" : " AND removed = 0"}`,
      JSON.stringify(urns),
    );
    return new Set(rows.map((r) => r.urn));
  }

  entityRows(urns: readonly string[]): Map<string, EntityRow> {
    const rows = this.sql.all<Row>(
      `SELECT urn, type, created_at, updated_at, removed FROM entities WHERE urn IN (SELECT value FROM json_each(?))`,
      JSON.stringify(urns),
    );
    return new Map(
      rows.map((r) => [
        r.urn as string,
        { urn: r.urn as string, type: r.type as string, createdAt: r.created_at as number, updatedAt: r.updated_at as number, removed: r.removed === 1 },
      ]),
    );
  }

  entityTypes(urns: readonly string[]): Map<string, string> {
    const rows = this.sql.all<{ urn: string; type: string }>(
      `SELECT urn, type FROM entities WHERE urn IN (SELECT value FROM json_each(?))`,
      JSON.stringify(urns),
    );
    return new Map(rows.map((r) => [r.urn, r.type]));
  }

  /** Entities that are not soft-deleted, per type; each of `types` is listed, with 0 when it has none. */
  countByType(types?: readonly string[]): Map<string, number> {
    const rows = this.sql.all<{ type: string; n: number }>(`SELECT type, count(*) AS n FROM entities WHERE removed = 0 GROUP BY type`);
    const m = new Map(rows.map((r) => [r.type, r.n]));
    if (types) for (const t of types) if (!m.has(t)) m.set(t, 0);
    return m;
  }

  /** Most recently changed entities, optionally of some types. */
  recentlyChanged(limit: number, types?: readonly string[]): Array<{ urn: string; type: string; updatedAt: number }> {
    const rows = types
      ? this.sql.all<Row>(
          `SELECT urn, type, updated_at FROM entities WHERE removed = 0 AND type IN (SELECT value FROM json_each(?))
            ORDER BY updated_at DESC LIMIT ?`,
          JSON.stringify(types),
          limit,
        )
      : this.sql.all<Row>(`SELECT urn, type, updated_at FROM entities WHERE removed = 0 ORDER BY updated_at DESC LIMIT ?`, limit);
    return rows.map((r) => ({ urn: r.urn as string, type: r.type as string, updatedAt: r.updated_at as number }));
  }
}
