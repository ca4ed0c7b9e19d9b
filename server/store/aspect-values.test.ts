import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import zlib from "node:zlib";
import { PACK_FROM_BYTES, packValue, registerCatalogFunctions, unpackValue } from "./aspect-values";

const big = JSON.stringify({ fields: Array.from({ length: 40 }, (_, i) => ({ fieldPath: `column_${i}`, nativeDataType: "string", nullable: true })) });

describe("stored aspect values", () => {
  it("keeps short values as text and deflates long ones, giving the same JSON back", () => {
    const short = JSON.stringify({ name: "x" });
    expect(packValue(short)).toBe(short);
    expect(big.length).toBeGreaterThan(PACK_FROM_BYTES);
    const packed = packValue(big);
    expect(Buffer.isBuffer(packed)).toBe(true);
    expect((packed as Buffer).length).toBeLessThan(big.length / 3);
    expect(unpackValue(packed)).toBe(big);
    expect(unpackValue(short)).toBe(short);
    // Non-ASCII text survives (lengths in UTF-16 units and bytes differ).
    const accents = JSON.stringify({ d: "é☃".repeat(400) });
    expect(unpackValue(packValue(accents))).toBe(accents);
  });

  it("keeps a long value as text when deflating would not make it smaller", () => {
    const noise = JSON.stringify({ v: Array.from({ length: 300 }, (_, i) => ((i * 2654435761) % 4294967291).toString(36)).join("") });
    const stored = packValue(noise);
    expect(unpackValue(stored)).toBe(noise);
    if (typeof stored !== "string") expect(stored.length).toBeLessThan(Buffer.byteLength(noise));
  });

  it("reads values deflated with zlib's default settings, as catalogs written before hold them", () => {
    const older = Buffer.concat([Buffer.from([1]), zlib.deflateRawSync(Buffer.from(big))]);
    expect(unpackValue(older)).toBe(big);
  });

  it("gives back a value longer than the deflate window, whose repeats lie further back than it", () => {
    // 6 KiB of distinct text, then the same again: a 4 KiB window cannot reach back to the first copy.
    const part = Array.from({ length: 600 }, (_, i) => `f${((i * 2654435761) % 4294967291).toString(36)}`).join(",");
    const long = JSON.stringify({ a: part, b: part });
    expect(long.length).toBeGreaterThan(8192);
    const stored = packValue(long);
    expect(Buffer.isBuffer(stored)).toBe(true);
    expect(unpackValue(stored)).toBe(long);
  });

  it("refuses a stored value in a format it does not know", () => {
    expect(() => unpackValue(Buffer.from([9, 1, 2, 3]))).toThrow(/unknown format \(9\)/);
  });

  it("gives SQL the same through aspect_value and aspect_pack", () => {
    const db = new Database(":memory:");
    registerCatalogFunctions(db);
    const stored = db.prepare(`SELECT aspect_pack(?)`).pluck().get(big) as Buffer;
    expect(Buffer.isBuffer(stored)).toBe(true);
    expect(db.prepare(`SELECT aspect_value(?)`).pluck().get(stored)).toBe(big);
    expect(db.prepare(`SELECT json_extract(aspect_value(aspect_pack(?)), '$.fields[3].fieldPath')`).pluck().get(big)).toBe("column_3");
    db.close();
  });
});
