import type { Row, Sql } from "./connection";
import type { Direction, EdgeRecord } from "./types";

/**
 * An entity's lineage neighbours in the catalog, and how many of them lie outside a given set. The
 * lineage reader (server/graphql/lineage.ts) counts them from relationshipRows pages; the type is
 * exported from the store, where that code imports it.
 */
export interface LineageNeighbourCounts {
  upstream: number;
  downstream: number;
  upstreamOutside: number;
  downstreamOutside: number;
}

/** A lineage time window (epoch milliseconds, both ends included). */
export interface EdgeTimeWindow {
  start: number;
  end: number;
}

/** The urns' ids beside a row read. */
interface Ids {
  uid: number;
  oid: number;
}
type EdgeRow = { urn: string; type: string; other: string; via: string; createdAt: number } & Ids;
type RelationshipRow = { urn: string; type: string; other: string; side: 0 | 1 } & Ids;

/** Urn ids EdgeReads keeps at most (≈100 bytes each). */
const MAX_CACHED_IDS = 200_000;

/** The ids of the urns in the JSON array @urns. */
const URN_IDS = `SELECT id FROM urns WHERE urn IN (SELECT value FROM json_each(@urns))`;

/** Reads of the relationship edges (derived from aspects by the write path), lineage's included. */
export class EdgeReads {
  private readonly sql: Sql;
  /** whether a write transaction is running on this connection (its new urn ids may still roll back) */
  private readonly inTransaction: () => boolean;
  /**
   * Urn ids read outside write transactions. A committed id never changes while the catalog is open
   * (urns rows are never deleted or renumbered), so the walks' next hops need no lookup.
   */
  private readonly ids = new Map<string, number>();

  constructor(sql: Sql, inTransaction: () => boolean = () => false) {
    this.sql = sql;
    this.inTransaction = inTransaction;
  }

  /** Remembers the ids of the urns of rows read (bounded: forgotten all at once past MAX_CACHED_IDS). */
  private learn(rows: ReadonlyArray<{ urn: string; other: string; uid: number; oid: number }>): void {
    if (this.inTransaction()) return;
    if (this.ids.size + rows.length * 2 > MAX_CACHED_IDS) this.ids.clear();
    for (const r of rows) {
      this.ids.set(r.urn, r.uid);
      this.ids.set(r.other, r.oid);
    }
  }

  /**
   * Edges touching many urns in one statement. OUTGOING: edges whose src is one of `urns`;
   * INCOMING: edges whose dst is one of them.
   */
  getEdges(urns: readonly string[], direction: Direction, types?: readonly string[] | null): EdgeRecord[] {
    if (urns.length === 0) return [];
    const col = direction === "OUTGOING" ? "src" : "dst";
    const rows = types
      ? this.sql.all<Row>(
          `SELECT src, via, type, dst, created_at FROM edges
            WHERE ${col} IN (SELECT value FROM json_each(?)) AND type IN (SELECT value FROM json_each(?))
            ORDER BY ${col}, type, created_at, ${col === "src" ? "dst" : "src"}`,
          JSON.stringify(urns),
          JSON.stringify(types),
        )
      : this.sql.all<Row>(
          `SELECT src, via, type, dst, created_at FROM edges WHERE ${col} IN (SELECT value FROM json_each(?))
            ORDER BY ${col}, type, created_at, ${col === "src" ? "dst" : "src"}`,
          JSON.stringify(urns),
        );
    return rows.map((r) => ({
      src: r.src as string,
      type: r.type as string,
      dst: r.dst as string,
      viaAspect: r.via as string,
      createdAt: r.created_at as number,
    }));
  }

  /**
   * `urns` without repeats in the order edgeRows and relationshipRows read them: by the id of the
   * urn (migration 12), those the catalog does not know (they have no relationships) last. The
   * callers page through relationships in this order (server/lineage/paging.ts).
   */
  edgeOrder(urns: Iterable<string>): string[] {
    const list = [...new Set(urns)];
    if (list.length === 0) return list;
    const ids = new Map<string, number>();
    const unknown: string[] = [];
    for (const u of list) {
      const id = this.ids.get(u);
      if (id === undefined) unknown.push(u);
      else ids.set(u, id);
    }
    if (unknown.length > 0) {
      const cache = !this.inTransaction();
      for (const r of this.sql.all<{ urn: string; id: number }>(
        `SELECT urn, id FROM urns WHERE urn IN (SELECT value FROM json_each(?))`,
        JSON.stringify(unknown),
      )) {
        ids.set(r.urn, r.id);
        if (cache) this.ids.set(r.urn, r.id);
      }
    }
    const known = list.filter((u) => ids.has(u)).sort((a, b) => ids.get(a)! - ids.get(b)!);
    return [...known, ...list.filter((u) => !ids.has(u))];
  }

  /**
   * At most `limit` edges whose `side` (src or dst) is one of `urns` (in edgeOrder), ordered by that
   * urn, type and the other end (by their ids), the order of an index, so SQLite stops after `limit`
   * rows. `from` continues the edges of one urn (`urns` must then be that one urn) from a `(type,
   * other)` on, that one included. What the relationship loaders read a page at a time.
   */
  edgeRows(
    side: "src" | "dst",
    urns: readonly string[],
    limit: number,
    from?: { type: string; other: string },
  ): Array<{ urn: string; type: string; other: string; via: string; createdAt: number }> {
    if (urns.length === 0 || limit <= 0) return [];
    const other = side === "src" ? "dst" : "src";
    const named = (inner: string) =>
      `SELECT u.urn AS urn, t.name AS type, o.urn AS other, v.name AS via, e.created_at AS createdAt, e.u AS uid, e.o AS oid
         FROM (${inner}) e JOIN urns u ON u.id = e.u JOIN urns o ON o.id = e.o JOIN names t ON t.id = e.type JOIN names v ON v.id = e.via
        ORDER BY e.u, e.type, e.o, e.via`;
    const columns = `${side} AS u, type, ${other} AS o, via, created_at`;
    if (from) {
      if (urns.length !== 1) throw new Error("edgeRows: `from` continues the edges of one urn");
      const at = this.continuation(urns[0]!, from);
      if (!at) return [];
      return this.learned<EdgeRow>(
        named(`SELECT ${columns} FROM edge_rows WHERE ${side} = @u AND (type, ${other}) >= (@type, @other) ORDER BY type, ${other} LIMIT @limit`),
        { ...at, limit },
      );
    }
    return this.learned<EdgeRow>(named(`SELECT ${columns} FROM edge_rows WHERE ${side} IN (${URN_IDS}) ORDER BY ${side}, type, ${other} LIMIT @limit`), {
      urns: JSON.stringify(urns),
      limit,
    });
  }

  /** Rows of a relationship read (with their urns' ids, which are remembered: see edgeOrder). */
  private learned<R extends { urn: string; other: string; uid: number; oid: number }>(sql: string, params: Record<string, unknown>): R[] {
    const rows = this.sql.all<R>(sql, params);
    this.learn(rows);
    return rows;
  }

  /** The ids of a continuation's urn, type and other end (undefined when one is unknown: no rows follow). */
  private continuation(urn: string, from: { type: string; other: string }): { u: number; type: number; other: number } | undefined {
    const r = this.sql.get<{ u: number | null; type: number | null; other: number | null }>(
      `SELECT (SELECT id FROM urns WHERE urn = ?) AS u, (SELECT id FROM names WHERE name = ?) AS type, (SELECT id FROM urns WHERE urn = ?) AS other`,
      urn,
      from.type,
      from.other,
    );
    return r && r.u !== null && r.type !== null && r.other !== null ? { u: r.u, type: r.type, other: r.other } : undefined;
  }

  /** Whether some entity refers to `urn` by a relationship of `type` (one index probe). */
  isReferenced(urn: string, type: string): boolean {
    return this.sql.get(`SELECT 1 AS x FROM edges WHERE dst = ? AND type = ? LIMIT 1`, urn, type) !== undefined;
  }

  /**
   * At most `limit` stored relationships of `urns` (in edgeOrder): those where the urn is src (`side`
   * 0) with a type in `srcTypes`, and those where it is dst (`side` 1) with a type in `dstTypes`,
   * ordered by urn, type and the other end (by their ids). Both halves come in the order of a
   * covering index and are merged, so SQLite stops after `limit` rows however many the urns have.
   * `from` continues the rows of one urn (`urns` must then be that one urn) from a `(type, other)`
   * on, that one included (several rows may share it). What the lineage walks read, a page at a
   * time, under a budget (server/graphql/lineage.ts).
   */
  relationshipRows(
    urns: readonly string[],
    srcTypes: readonly string[],
    dstTypes: readonly string[],
    limit: number,
    from?: { type: string; other: string },
    window?: EdgeTimeWindow,
  ): Array<{ urn: string; type: string; other: string; side: 0 | 1 }> {
    if (urns.length === 0 || limit <= 0) return [];
    const params = {
      srcTypes: JSON.stringify(srcTypes),
      dstTypes: JSON.stringify(dstTypes),
      limit,
      ...(window ? { start: window.start, end: window.end } : {}),
    };
    // DataHub's window: an edge first stored or last observed within it, or one with no times at all.
    const when = window ? ` AND (created_at BETWEEN @start AND @end OR updated_at BETWEEN @start AND @end OR (created_at = 0 AND updated_at = 0))` : "";
    const named = (inner: string) =>
      `SELECT u.urn AS urn, t.name AS type, o.urn AS other, r.side AS side, r.u AS uid, r.o AS oid
         FROM (${inner}) r JOIN urns u ON u.id = r.u JOIN urns o ON o.id = r.o JOIN names t ON t.id = r.type
        ORDER BY r.u, r.type, r.o, r.side`;
    const srcTypeIds = `SELECT id FROM names WHERE name IN (SELECT value FROM json_each(@srcTypes))`;
    const dstTypeIds = `SELECT id FROM names WHERE name IN (SELECT value FROM json_each(@dstTypes))`;
    if (from) {
      if (urns.length !== 1) throw new Error("relationshipRows: `from` continues the rows of one urn");
      const at = this.continuation(urns[0]!, from);
      if (!at) return [];
      return this.learned<RelationshipRow>(
        named(`SELECT src AS u, type, dst AS o, 0 AS side FROM edge_rows
                WHERE src = @u AND type IN (${srcTypeIds}) AND (type, dst) >= (@type, @other)${when}
               UNION ALL
               SELECT dst AS u, type, src AS o, 1 AS side FROM edge_rows
                WHERE dst = @u AND type IN (${dstTypeIds}) AND (type, src) >= (@type, @other)${when}
               ORDER BY u, type, o LIMIT @limit`),
        { ...params, ...at },
      );
    }
    return this.learned<RelationshipRow>(
      named(`SELECT src AS u, type, dst AS o, 0 AS side FROM edge_rows
              WHERE src IN (${URN_IDS}) AND type IN (${srcTypeIds})${when}
             UNION ALL
             SELECT dst AS u, type, src AS o, 1 AS side FROM edge_rows
              WHERE dst IN (${URN_IDS}) AND type IN (${dstTypeIds})${when}
             ORDER BY u, type, o LIMIT @limit`),
      { ...params, urns: JSON.stringify(urns) },
    );
  }
}
