import type { Curation, CurationOp } from "../model/curation";
import type { Connection } from "./connection";

/** People's curations (the `curations` table, see server/model/curation.ts), re-applied over re-ingestion. */
export class Curations {
  private readonly conn: Connection;
  /** whether the catalog holds any curation; unknown again after every transaction */
  private anyCurations: boolean | undefined;

  constructor(conn: Connection) {
    this.conn = conn;
  }

  /** Forgets whether there are curations: another process (a CLI ingest beside the server) may curate between transactions. */
  forgetPresence(): void {
    this.anyCurations = undefined;
  }

  /** People's curations of one aspect, oldest first. */
  curationsOf(urn: string, aspect: string): Curation[] {
    // Most catalogs are mostly ingested: skip the lookup while nobody has curated anything.
    this.anyCurations ??= this.conn.get(`SELECT 1 AS one FROM curations LIMIT 1`) !== undefined;
    if (!this.anyCurations) return [];
    return this.conn
      .all<{ key: string; op: CurationOp; value: string | null }>(
        `SELECT key, op, value FROM curations WHERE urn = ? AND aspect = ? ORDER BY time, key`,
        urn,
        aspect,
      )
      .map((r) => ({ key: r.key, op: r.op, value: r.value === null ? null : JSON.parse(r.value) }));
  }

  /** Remembers what a person set or removed in an aspect; a later curation of the same item replaces it. */
  recordCurations(urn: string, aspect: string, curations: readonly Curation[], actor: string): void {
    const now = this.conn.now();
    if (curations.length) this.anyCurations = true;
    for (const c of curations)
      this.conn.run(
        `INSERT INTO curations (urn, aspect, key, op, value, actor, time) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (urn, aspect, key) DO UPDATE SET op = excluded.op, value = excluded.value, actor = excluded.actor, time = excluded.time`,
        urn,
        aspect,
        c.key,
        c.op,
        c.value === null || c.value === undefined ? null : JSON.stringify(c.value),
        actor,
        now,
      );
  }
}
