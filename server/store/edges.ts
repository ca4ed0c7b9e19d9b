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

/** Reads of the relationship edges (derived from aspects by the write path), lineage's included. */
export class EdgeReads {
  private readonly sql: Sql;

  constructor(sql: Sql) {
    this.sql = sql;
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
   * At most `limit` edges whose `side` (src or dst) is one of `urns`, ordered by that urn (in
   * SQLite's byte order), type and the other end, the order of an index, so SQLite stops after
   * `limit` rows. `from` continues the edges of one urn (`urns` must then be that one urn) from a
   * `(type, other)` on, that one included. What the relationship loaders read a page at a time.
   */
  edgeRows(
    side: "src" | "dst",
    urns: readonly string[],
    limit: number,
    from?: { type: string; other: string },
  ): Array<{ urn: string; type: string; other: string; via: string; createdAt: number }> {
    if (urns.length === 0 || limit <= 0) return [];
    const other = side === "src" ? "dst" : "src";
    const columns = `${side} AS urn, type, ${other} AS other, via, created_at AS createdAt`;
    if (from) {
      if (urns.length !== 1) throw new Error("edgeRows: `from` continues the edges of one urn");
      return this.sql.all(`SELECT ${columns} FROM edges WHERE ${side} = @urn AND (type, ${other}) >= (@type, @other) ORDER BY type, ${other} LIMIT @limit`, {
        urn: urns[0],
        type: from.type,
        other: from.other,
        limit,
      });
    }
    return this.sql.all(`SELECT ${columns} FROM edges WHERE ${side} IN (SELECT value FROM json_each(@urns)) ORDER BY ${side}, type, ${other} LIMIT @limit`, {
      urns: JSON.stringify(urns),
      limit,
    });
  }

  /** Whether some entity refers to `urn` by a relationship of `type` (one index probe). */
  isReferenced(urn: string, type: string): boolean {
    return this.sql.get(`SELECT 1 AS x FROM edges WHERE dst = ? AND type = ? LIMIT 1`, urn, type) !== undefined;
  }

  /**
   * At most `limit` stored relationships of `urns`: those where the urn is src (`side` 0) with a type
   * in `srcTypes`, and those where it is dst (`side` 1) with a type in `dstTypes`, ordered by urn (in
   * SQLite's byte order), type and the other end. Both halves come in the order of a covering index
   * and are merged, so SQLite stops after `limit` rows however many the urns have. `from` continues
   * the rows of one urn (`urns` must then be that one urn) from a `(type, other)` on, that one
   * included (several rows may share it). What the lineage walks read, a page at a time, under a
   * budget (server/graphql/lineage.ts).
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
    if (from) {
      if (urns.length !== 1) throw new Error("relationshipRows: `from` continues the rows of one urn");
      return this.sql.all(
        `SELECT src AS urn, type, dst AS other, 0 AS side FROM edges
          WHERE src = @urn AND type IN (SELECT value FROM json_each(@srcTypes)) AND (type, dst) >= (@type, @other)${when}
         UNION ALL
         SELECT dst AS urn, type, src AS other, 1 AS side FROM edges
          WHERE dst = @urn AND type IN (SELECT value FROM json_each(@dstTypes)) AND (type, src) >= (@type, @other)${when}
         ORDER BY urn, type, other LIMIT @limit`,
        { ...params, urn: urns[0], type: from.type, other: from.other },
      );
    }
    return this.sql.all(
      `SELECT src AS urn, type, dst AS other, 0 AS side FROM edges
        WHERE src IN (SELECT value FROM json_each(@urns)) AND type IN (SELECT value FROM json_each(@srcTypes))${when}
       UNION ALL
       SELECT dst AS urn, type, src AS other, 1 AS side FROM edges
        WHERE dst IN (SELECT value FROM json_each(@urns)) AND type IN (SELECT value FROM json_each(@dstTypes))${when}
       ORDER BY urn, type, other LIMIT @limit`,
      { ...params, urns: JSON.stringify(urns) },
    );
  }
}
