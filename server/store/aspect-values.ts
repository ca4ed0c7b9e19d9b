import type Database from "better-sqlite3";
import zlib from "node:zlib";

/**
 * How aspect values are stored (migration 12). A value of PACK_FROM_BYTES or more is kept
 * deflate-compressed, as a BLOB whose first byte names the format, when that is smaller; a shorter
 * one stays JSON text. JSON of this size (schemas, training runs' properties, models' metrics)
 * shrinks to about a third; on the synthetic catalog that is ~600 bytes per entity, for ~20–30 µs
 * of CPU per value written and ~7 µs per value read. The `aspects` view gives every value as JSON
 * text (aspect_value() below), so readers never see the stored form.
 */
export const PACK_FROM_BYTES = 512;

/**
 * How values are deflated: zlib's fastest level, a 4 KiB window and a small hash table, instead of
 * level 6, a 32 KiB window and memLevel 8. Each call sets up a fresh deflate state, and zlib's
 * default one is ~270 KiB that Node allocates and clears for every value (most are 0.5–2 KB); the
 * small one is ~1/8 of that. Building 50,000-entity catalogs, interleaved, ingestion got ~8 % more
 * aspects per CPU-second (median of 6 pairs), for a file 0.3 % larger. A raw inflate with the
 * default window reads streams made with any smaller one: values packed before read as ever.
 */
const DEFLATE_OPTIONS: zlib.ZlibOptions = { level: 1, windowBits: 12, memLevel: 5 };

/** The first byte of a packed value: raw deflate (RFC 1951) of the JSON's UTF-8 bytes. */
const DEFLATE_RAW = 1;

/** The stored form of an aspect's JSON. */
export function packValue(json: string): string | Buffer {
  if (json.length < PACK_FROM_BYTES) return json;
  const raw = Buffer.from(json, "utf8");
  // JSON shrinks to about a third: half its length is room enough for one output chunk (zlib's default is 16 KiB).
  const packed = zlib.deflateRawSync(raw, { ...DEFLATE_OPTIONS, chunkSize: Math.max(1024, raw.length >> 1) });
  if (packed.length + 1 >= raw.length) return json;
  const out = Buffer.allocUnsafe(packed.length + 1);
  out[0] = DEFLATE_RAW;
  packed.copy(out, 1);
  return out;
}

/** The JSON text of a stored value (text as it is, a packed BLOB unpacked). */
export function unpackValue(stored: string | Uint8Array): string {
  if (typeof stored === "string") return stored;
  if (stored[0] !== DEFLATE_RAW) throw new Error(`an aspect value is stored in an unknown format (${stored[0]})`);
  return zlib.inflateRawSync(stored.subarray(1)).toString("utf8");
}

/**
 * The SQL functions the catalog's views and migrations use, registered on every connection that
 * opens a catalog (a plain SQLite shell lacks them: read `aspect_rows` there, whose packed values
 * are BLOBs). aspect_value(v): the JSON text of a stored value; aspect_pack(v): the stored form of
 * JSON text.
 */
export function registerCatalogFunctions(db: Database.Database): void {
  db.function("aspect_value", { deterministic: true }, (v: unknown) => (v === null ? null : unpackValue(v as string | Uint8Array)));
  db.function("aspect_pack", { deterministic: true }, (v: unknown) => (typeof v === "string" ? packValue(v) : v));
}
