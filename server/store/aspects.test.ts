import { describe, expect, it } from "vitest";
import { LazyAspects } from "./aspects";
import { packValue } from "./aspect-values";

const schema = { fields: Array.from({ length: 40 }, (_, i) => ({ fieldPath: `column_${i}`, nativeDataType: "string" })) };

function sample(): LazyAspects {
  const m = new LazyAspects();
  m.setStored("status", JSON.stringify({ removed: false }));
  m.setStored("schemaMetadata", packValue(JSON.stringify(schema)));
  return m;
}

describe("an entity's aspects, parsed when read", () => {
  it("gives each value as the JSON it was stored as, parsed once however often it is read", () => {
    const m = sample();
    expect(m.size).toBe(2);
    expect(m.has("schemaMetadata")).toBe(true);
    expect(m.get("missing")).toBeUndefined();
    const first = m.get("schemaMetadata");
    expect(first).toEqual(schema);
    expect(m.get("schemaMetadata")).toBe(first);
    expect(m.get("status")).toEqual({ removed: false });
  });

  it("parses every value for any way of reading them all", () => {
    expect(Object.fromEntries(sample())).toEqual({ status: { removed: false }, schemaMetadata: schema });
    expect([...sample().values()]).toEqual([{ removed: false }, schema]);
    expect([...sample().entries()].map(([k]) => k)).toEqual(["status", "schemaMetadata"]);
    const seen: Record<string, unknown> = {};
    sample().forEach((v, k) => (seen[k] = v));
    expect(seen).toEqual({ status: { removed: false }, schemaMetadata: schema });
    expect(new Map(sample()).get("schemaMetadata")).toEqual(schema);
  });

  it("lets a value be replaced or removed before it was read", () => {
    const m = sample();
    m.set("schemaMetadata", { fields: [] });
    expect(m.get("schemaMetadata")).toEqual({ fields: [] });
    m.delete("status");
    expect(m.has("status")).toBe(false);
    expect(Object.fromEntries(m)).toEqual({ schemaMetadata: { fields: [] } });
    m.clear();
    expect(m.size).toBe(0);
    expect([...m]).toEqual([]);
  });

  it("says which stored value it cannot read", () => {
    const m = new LazyAspects();
    m.setStored("status", new Uint8Array([9, 1, 2]));
    expect(() => m.get("status")).toThrow(/unknown format \(9\)/);
  });
});
