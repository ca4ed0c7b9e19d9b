import type { Row, Sql } from "./connection";
import { joinSystemMetadata } from "./system-metadata";
import { unpackValue } from "./aspect-values";
import type { AspectRecord, AspectValue, TimeseriesRecord } from "./types";

/** Aspects too large to read with an entity's others; readers ask for them by name. */
export const HEAVY_ASPECTS: readonly string[] = ["orreryMetricHistory"];
const HEAVY_ASPECTS_JSON = JSON.stringify(HEAVY_ASPECTS);
/** The columns of a whole aspect record (aspects as a, its systemMetadata template as s). */
const RECORD_COLUMNS = `a.urn, a.aspect, a.version, a.value, a.created_at, a.created_by, s.json AS system_metadata, a.last_observed
  FROM aspects a LEFT JOIN system_metadata s ON s.id = a.system_metadata_id`;

/**
 * An entity's aspects by name, each unpacked and parsed when it is first read: a page asks for a few
 * of the aspects an entity has, and parsing the others (and inflating the large ones) was most of
 * the cost of reading them. Reading every value (iterating) parses them all. Values read are
 * kept, so each is parsed once.
 */
export class LazyAspects extends Map<string, AspectValue> {
  /** the stored form (JSON text or packed) of the values not read yet */
  private stored: Map<string, string | Uint8Array> | null = null;

  /** Adds an aspect in its stored form (see ./aspect-values.ts), to be parsed when read. */
  setStored(aspect: string, value: string | Uint8Array): void {
    (this.stored ??= new Map()).set(aspect, value);
    super.set(aspect, UNREAD);
  }

  override get(aspect: string): AspectValue | undefined {
    const v = super.get(aspect);
    if (v !== UNREAD) return v;
    const parsed = JSON.parse(unpackValue(this.stored!.get(aspect)!)) as AspectValue;
    this.stored!.delete(aspect);
    super.set(aspect, parsed);
    return parsed;
  }

  override set(aspect: string, value: AspectValue): this {
    this.stored?.delete(aspect);
    return super.set(aspect, value);
  }

  override delete(aspect: string): boolean {
    this.stored?.delete(aspect);
    return super.delete(aspect);
  }

  override clear(): void {
    this.stored = null;
    super.clear();
  }

  /** Parses what is not read yet: every way of reading all values goes through here. */
  private readAll(): void {
    if (this.stored?.size) for (const aspect of [...this.stored.keys()]) this.get(aspect);
  }

  override forEach(fn: (value: AspectValue, aspect: string, map: Map<string, AspectValue>) => void, thisArg?: unknown): void {
    this.readAll();
    super.forEach(fn, thisArg);
  }

  override entries(): MapIterator<[string, AspectValue]> {
    this.readAll();
    return super.entries();
  }

  override values(): MapIterator<AspectValue> {
    this.readAll();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, AspectValue]> {
    return this.entries();
  }
}
/** Marks an aspect whose value is not parsed yet (never handed out: `get` parses it first). */
const UNREAD = Object.freeze({}) as AspectValue;

/** Reads of aspect values: current ones, stored versions, timeseries points and metric histories. */
export class AspectReads {
  private readonly sql: Sql;

  constructor(sql: Sql) {
    this.sql = sql;
  }

  /**
   * Current (version 0) aspects of many entities in one statement. Without `aspects`, every aspect
   * except the heavy ones (HEAVY_ASPECTS: a run's metric history can be hundreds of kB), which come
   * only when named.
   */
  getCurrentAspects(urns: readonly string[], aspects?: readonly string[]): Map<string, Map<string, AspectValue>> {
    const out = new Map<string, Map<string, AspectValue>>();
    for (const u of urns) out.set(u, new LazyAspects());
    if (urns.length === 0) return out;
    // From the row table itself (not the aspects view), so a packed value is unpacked here, once,
    // rather than by SQL into a string that is then copied out again.
    const rows = aspects
      ? this.sql.all<{ urn: string; aspect: string; value: string | Uint8Array }>(
          `SELECT u.urn, n.name AS aspect, a.value FROM urns u CROSS JOIN aspect_rows a ON a.urn_id = u.id CROSS JOIN names n ON n.id = a.aspect_id
            WHERE u.urn IN (SELECT value FROM json_each(?)) AND a.version = 0 AND n.name IN (SELECT value FROM json_each(?))`,
          JSON.stringify(urns),
          JSON.stringify(aspects),
        )
      : this.sql.all<{ urn: string; aspect: string; value: string | Uint8Array }>(
          `SELECT u.urn, n.name AS aspect, a.value FROM urns u CROSS JOIN aspect_rows a ON a.urn_id = u.id CROSS JOIN names n ON n.id = a.aspect_id
            WHERE u.urn IN (SELECT value FROM json_each(?)) AND a.version = 0 AND n.name NOT IN (SELECT value FROM json_each(?))`,
          JSON.stringify(urns),
          HEAVY_ASPECTS_JSON,
        );
    for (const r of rows) (out.get(r.urn) as LazyAspects | undefined)?.setStored(r.aspect, r.value);
    return out;
  }

  /** One stored version of an aspect (0, the default, is the current one). */
  getAspect(urn: string, aspect: string, version = 0): AspectRecord | null {
    const r = this.sql.get<Row>(`SELECT ${RECORD_COLUMNS} WHERE a.urn = ? AND a.aspect = ? AND a.version = ?`, urn, aspect, version);
    return r ? toAspectRecord(r) : null;
  }

  /** Every stored version of an entity's aspects (optionally only some aspects), oldest first. */
  getAspectHistory(urn: string, aspects?: readonly string[]): AspectRecord[] {
    const rows = aspects
      ? this.sql.all<Row>(
          `SELECT ${RECORD_COLUMNS} WHERE a.urn = ? AND a.aspect IN (SELECT value FROM json_each(?)) ORDER BY a.created_at, a.aspect, a.version`,
          urn,
          JSON.stringify(aspects),
        )
      : this.sql.all<Row>(`SELECT ${RECORD_COLUMNS} WHERE a.urn = ? ORDER BY a.created_at, a.aspect, a.version`, urn);
    return rows.map(toAspectRecord);
  }

  /** Timeseries points of several entities, newest first, at most `limit` per entity. */
  getTimeseries(
    urns: readonly string[],
    aspect: string,
    opts: { startTimeMillis?: number | null; endTimeMillis?: number | null; limit?: number | null } = {},
  ): Map<string, TimeseriesRecord[]> {
    const out = new Map<string, TimeseriesRecord[]>();
    for (const u of urns) out.set(u, []);
    if (urns.length === 0) return out;
    const limit = Math.max(1, Math.min(opts.limit ?? 100, 10_000));
    const rows = this.sql.all<{ urn: string; ts: number; value: string }>(
      `SELECT urn, ts, value FROM (
         SELECT urn, ts, value, row_number() OVER (PARTITION BY urn ORDER BY ts DESC) AS rn
           FROM timeseries
          WHERE aspect = ? AND urn IN (SELECT value FROM json_each(?)) AND ts >= ? AND ts <= ?)
        WHERE rn <= ? ORDER BY urn, ts DESC`,
      aspect,
      JSON.stringify(urns),
      opts.startTimeMillis ?? 0,
      opts.endTimeMillis ?? Number.MAX_SAFE_INTEGER,
      limit,
    );
    for (const r of rows) out.get(r.urn)?.push({ urn: r.urn, aspect, timestampMillis: r.ts, value: JSON.parse(r.value) });
    return out;
  }

  /**
   * Runs' metric histories (the `orreryMetricHistory` aspect), only the named metrics when `names` is
   * given. Read from `metric_series` (one row per run and metric, kept in step with the aspect by
   * applyWrites), so asking for one metric of a run with fifty reads and parses one.
   */
  metricHistories(urns: readonly string[], names: readonly string[] | null): Map<string, Array<Record<string, unknown>>> {
    const out = new Map<string, Array<Record<string, unknown>>>();
    if (urns.length === 0) return out;
    // Runs that have a history at all (those without get no entry: null, not []).
    for (const r of this.sql.all<{ urn: string }>(
      `SELECT urn FROM aspects WHERE aspect = 'orreryMetricHistory' AND version = 0 AND urn IN (SELECT value FROM json_each(?))`,
      JSON.stringify(urns),
    ))
      out.set(r.urn, []);
    const rows = names
      ? this.sql.all<{ urn: string; series: string }>(
          `SELECT urn, series FROM metric_series WHERE urn IN (SELECT value FROM json_each(?)) AND name IN (SELECT value FROM json_each(?)) ORDER BY urn, ord`,
          JSON.stringify(urns),
          JSON.stringify(names),
        )
      : this.sql.all<{ urn: string; series: string }>(
          `SELECT urn, series FROM metric_series WHERE urn IN (SELECT value FROM json_each(?)) ORDER BY urn, ord`,
          JSON.stringify(urns),
        );
    for (const r of rows) out.get(r.urn)?.push(JSON.parse(r.series));
    return out;
  }
}

function toAspectRecord(r: Row): AspectRecord {
  return {
    urn: r.urn as string,
    aspect: r.aspect as string,
    version: r.version as number,
    value: JSON.parse(r.value as string),
    createdAt: r.created_at as number,
    createdBy: r.created_by as string,
    systemMetadata: joinSystemMetadata(r.system_metadata as string | null, r.last_observed as number | null),
    bytes: (r.value as string).length,
  };
}
