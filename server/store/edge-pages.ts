import type { Sql } from "./connection";
import type { EdgeTimeWindow } from "./edges";

/** Urn ids EdgePages keeps at most (≈100 bytes each). */
const MAX_CACHED_IDS = 200_000;

/** A continuation of one urn's rows from a (type, other) on, as ids. */
interface From {
  u: number;
  type: number;
  other: number;
}

/**
 * The paged reads of relationships (what the relationship loaders and the lineage walks read, a
 * page at a time, under a budget: server/lineage/paging.ts). Rows come in the order of an index of
 * `edge_rows` — by the id of the urn read, the id of the type and the id of the other end — so
 * SQLite stops after `limit` rows however many the urns have; callers give the urns in that order
 * (edgeOrder). The statements read ids and look up only the other end's urn; the urns asked for,
 * types and aspect names come from what this object knows (the names table is read again when a
 * row has an id it does not know).
 *
 * Committed ids never change while the catalog is open (urns and names rows are neither deleted nor
 * renumbered; `orrery compact` runs alone), so they are remembered, except those read inside a
 * write transaction, which may still roll back.
 */
export class EdgePages {
  private readonly sql: Sql;
  private readonly inTransaction: () => boolean;
  /** urn → id, of urns read before */
  private readonly ids = new Map<string, number>();
  /** the names table (aspect names, relationship types), by id and by name */
  private names = new Map<number, string>();
  private nameIds = new Map<string, number>();

  constructor(sql: Sql, inTransaction: () => boolean = () => false) {
    this.sql = sql;
    this.inTransaction = inTransaction;
  }

  /** Ids of these urns (those the catalog knows), remembered outside write transactions. */
  private idsOf(urns: readonly string[]): Map<string, number> {
    const out = new Map<string, number>();
    const unknown: string[] = [];
    for (const u of urns) {
      const id = this.ids.get(u);
      if (id === undefined) unknown.push(u);
      else out.set(u, id);
    }
    if (unknown.length === 0) return out;
    const keep = !this.inTransaction();
    if (keep && this.ids.size + unknown.length > MAX_CACHED_IDS) this.ids.clear();
    for (const r of this.sql.all<{ urn: string; id: number }>(
      `SELECT urn, id FROM urns WHERE urn IN (SELECT value FROM json_each(?))`,
      JSON.stringify(unknown),
    )) {
      out.set(r.urn, r.id);
      if (keep) this.ids.set(r.urn, r.id);
    }
    return out;
  }

  /** The names table, read again when a name or id is not known yet (names are only ever added). */
  private loadNames(): { byId: Map<number, string>; byName: Map<string, number> } {
    const rows = this.sql.all<{ id: number; name: string }>(`SELECT id, name FROM names`);
    const byId = new Map(rows.map((r) => [r.id, r.name]));
    const byName = new Map(rows.map((r) => [r.name, r.id]));
    if (!this.inTransaction()) {
      this.names = byId;
      this.nameIds = byName;
    }
    return { byId, byName };
  }

  private nameOf(id: number): string {
    const name = this.names.get(id) ?? this.loadNames().byId.get(id);
    if (name === undefined) throw new Error(`edge_rows refers to name ${id}, which the names table lacks`);
    return name;
  }

  /** The id of a name read before (undefined if the catalog has no such name). */
  private nameIdOf(name: string): number | undefined {
    return this.nameIds.get(name) ?? this.loadNames().byName.get(name);
  }

  /** A continuation's urn, type and other end as ids (undefined when one is unknown: no rows follow). */
  private from(urn: string, from: { type: string; other: string }): From | undefined {
    const ids = this.idsOf([urn, from.other]);
    const u = ids.get(urn);
    const other = ids.get(from.other);
    const type = this.nameIdOf(from.type);
    return u !== undefined && other !== undefined && type !== undefined ? { u, type, other } : undefined;
  }

  /**
   * `urns` without repeats in the order edgeRows and relationshipRows read them: by the id of the
   * urn, those the catalog does not know (they have no relationships) last.
   */
  edgeOrder(urns: Iterable<string>): string[] {
    const list = [...new Set(urns)];
    if (list.length === 0) return list;
    const ids = this.idsOf(list);
    const known = list.filter((u) => ids.has(u)).sort((a, b) => ids.get(a)! - ids.get(b)!);
    return [...known, ...list.filter((u) => !ids.has(u))];
  }

  /**
   * At most `limit` edges whose `side` (src or dst) is one of `urns` (in edgeOrder), ordered by that
   * urn, type and the other end. `from` continues the edges of one urn (`urns` must then be that one
   * urn) from a `(type, other)` on, that one included.
   */
  edgeRows(
    side: "src" | "dst",
    urns: readonly string[],
    limit: number,
    from?: { type: string; other: string },
  ): Array<{ urn: string; type: string; other: string; via: string; createdAt: number }> {
    if (urns.length === 0 || limit <= 0) return [];
    if (from && urns.length !== 1) throw new Error("edgeRows: `from` continues the edges of one urn");
    const ids = this.idsOf(urns);
    const at = from ? this.from(urns[0]!, from) : undefined;
    if (from && !at) return [];
    const other = side === "src" ? "dst" : "src";
    const inner = at
      ? `SELECT ${side} AS u, type, ${other} AS o, via, created_at FROM edge_rows
          WHERE ${side} = @u AND (type, ${other}) >= (@type, @other) ORDER BY type, ${other} LIMIT @limit`
      : `SELECT ${side} AS u, type, ${other} AS o, via, created_at FROM edge_rows
          WHERE ${side} IN (SELECT value FROM json_each(@ids)) ORDER BY ${side}, type, ${other} LIMIT @limit`;
    // The page of ids first, then its other ends' urns by id (CROSS JOIN keeps that order whatever
    // the table statistics say).
    const rows = this.sql.all<{ u: number; type: number; o: number; other: string; via: number; createdAt: number }>(
      `SELECT e.u, e.type, e.o, o.urn AS other, e.via, e.created_at AS createdAt FROM (${inner}) e CROSS JOIN urns o ON o.id = e.o ORDER BY e.u, e.type, e.o`,
      { ...(at ?? { ids: JSON.stringify([...ids.values()]) }), limit },
    );
    const urnOf = new Map([...ids].map(([urn, id]) => [id, urn]));
    this.learn(rows);
    return rows.map((r) => ({ urn: urnOf.get(r.u)!, type: this.nameOf(r.type), other: r.other, via: this.nameOf(r.via), createdAt: r.createdAt }));
  }

  /**
   * At most `limit` stored relationships of `urns` (in edgeOrder): those where the urn is src (`side`
   * 0) with a type in `srcTypes`, and those where it is dst (`side` 1) with a type in `dstTypes`,
   * ordered by urn, type and the other end. Both halves come in the order of a covering index and
   * are merged, so SQLite stops after `limit` rows however many the urns have. `from` continues the
   * rows of one urn (`urns` must then be that one urn) from a `(type, other)` on, that one included
   * (several rows may share it). What the lineage walks read (server/lineage/reader.ts).
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
    if (from && urns.length !== 1) throw new Error("relationshipRows: `from` continues the rows of one urn");
    const ids = this.idsOf(urns);
    const at = from ? this.from(urns[0]!, from) : undefined;
    if (from && !at) return [];
    const params = {
      srcTypes: JSON.stringify(srcTypes),
      dstTypes: JSON.stringify(dstTypes),
      limit,
      ...(window ? { start: window.start, end: window.end } : {}),
      ...(at ?? { ids: JSON.stringify([...ids.values()]) }),
    };
    // DataHub's window: an edge first stored or last observed within it, or one with no times at all.
    const when = window ? ` AND (created_at BETWEEN @start AND @end OR updated_at BETWEEN @start AND @end OR (created_at = 0 AND updated_at = 0))` : "";
    const mine = (col: string, other: string) => (at ? `${col} = @u AND (type, ${other}) >= (@type, @other)` : `${col} IN (SELECT value FROM json_each(@ids))`);
    const rows = this.sql.all<{ u: number; type: number; o: number; other: string; side: 0 | 1 }>(
      `SELECT r.u, r.type, r.o, o.urn AS other, r.side FROM (
         SELECT src AS u, type, dst AS o, 0 AS side FROM edge_rows
          WHERE ${mine("src", "dst")} AND type IN (SELECT id FROM names WHERE name IN (SELECT value FROM json_each(@srcTypes)))${when}
         UNION ALL
         SELECT dst AS u, type, src AS o, 1 AS side FROM edge_rows
          WHERE ${mine("dst", "src")} AND type IN (SELECT id FROM names WHERE name IN (SELECT value FROM json_each(@dstTypes)))${when}
         ORDER BY u, type, o LIMIT @limit) r
       CROSS JOIN urns o ON o.id = r.o ORDER BY r.u, r.type, r.o`,
      params,
    );
    const urnOf = new Map([...ids].map(([urn, id]) => [id, urn]));
    this.learn(rows);
    return rows.map((r) => ({ urn: urnOf.get(r.u)!, type: this.nameOf(r.type), other: r.other, side: r.side }));
  }

  /** Remembers the other ends' ids of rows read (so the next hop's edgeOrder reads nothing). */
  private learn(rows: ReadonlyArray<{ o: number; other: string }>): void {
    if (this.inTransaction()) return;
    if (this.ids.size + rows.length > MAX_CACHED_IDS) this.ids.clear();
    for (const r of rows) this.ids.set(r.other, r.o);
  }
}
