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

/** Reads of the relationship edges (derived from aspects by the write path); the paged reads are in ./edge-pages.ts. */
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

  /** Whether some entity refers to `urn` by a relationship of `type` (one index probe). */
  isReferenced(urn: string, type: string): boolean {
    return this.sql.get(`SELECT 1 AS x FROM edges WHERE dst = ? AND type = ? LIMIT 1`, urn, type) !== undefined;
  }
}
