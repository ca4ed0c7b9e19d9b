import type { Sql } from "./connection";

/**
 * systemMetadata as the aspects table keeps it: an ingestion run sends the same metadata with every
 * aspect but for `lastObserved`, so each distinct metadata is stored once (`system_metadata`, with an
 * integer lastObserved set to 0, in its place among the keys) and each aspect row keeps the template's
 * id and its own lastObserved (migration 11).
 */
export interface SplitSystemMetadata {
  /** the metadata's JSON with an integer lastObserved set to 0 */
  template: string;
  /** the integer lastObserved taken out of it, or null (absent, or not a safe integer: then it stays in the template) */
  lastObserved: number | null;
}

/**
 * Splits `meta`; `json`, when given, must be JSON.stringify(meta). With it, the usual metadata (whose
 * first key is lastObserved, as DataHub's emitters and Orrery's generators write it) is split without
 * serialising it again: the template is the same text with that first value replaced by 0.
 */
export function splitSystemMetadata(meta: Record<string, unknown>, json?: string | null): SplitSystemMetadata {
  const lastObserved = meta.lastObserved;
  if (typeof lastObserved === "number" && Number.isSafeInteger(lastObserved)) {
    if (json) {
      // A safe integer's JSON is its String(); the key that opens the object is a top-level key.
      const head = `{"lastObserved":${lastObserved}`;
      const next = json[head.length];
      if (json.startsWith(head) && (next === "," || next === "}")) return { template: `{"lastObserved":0${json.slice(head.length)}`, lastObserved };
    }
    // Spreading keeps the key order; overwriting lastObserved keeps its place.
    return { template: JSON.stringify({ ...meta, lastObserved: 0 }), lastObserved };
  }
  return { template: json ?? JSON.stringify(meta), lastObserved: null };
}

/** The systemMetadata a row stands for: its template with its own lastObserved put back. */
export function joinSystemMetadata(template: string | null, lastObserved: number | null): Record<string, unknown> | null {
  if (template === null) return null;
  const meta = JSON.parse(template) as Record<string, unknown>;
  if (lastObserved !== null) meta.lastObserved = lastObserved;
  return meta;
}

/**
 * The ids of templates, interned in the running write transaction. The cache is dropped when the
 * transaction ends (a rolled-back transaction takes its new templates with it).
 */
export class SystemMetadataIds {
  private readonly sql: Sql;
  private readonly ids = new Map<string, number>();

  constructor(sql: Sql) {
    this.sql = sql;
  }

  idOf(template: string): number {
    let id = this.ids.get(template);
    if (id === undefined) {
      id =
        this.sql.get<{ id: number }>(`SELECT id FROM system_metadata WHERE json = ?`, template)?.id ??
        Number(this.sql.run(`INSERT INTO system_metadata (json) VALUES (?)`, template).lastInsertRowid);
      this.ids.set(template, id);
    }
    return id;
  }

  forget(): void {
    this.ids.clear();
  }
}
