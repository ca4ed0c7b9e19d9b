import { afterEach, describe, expect, it } from "vitest";
import { applyJsonPatch, forbiddenSegment, JsonPatchError, MAX_PATCH_COPY_BYTES } from "./json-patch";

const apply = (doc: Record<string, unknown>, ops: unknown[]) => applyJsonPatch(doc, ops, { maxSegments: 64 });

afterEach(() => {
  // Nothing any test sent may have reached a shared prototype or a built-in.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype.toString as unknown as Record<string, unknown>).polluted).toBeUndefined();
});

describe("applyJsonPatch", () => {
  it("refuses any path or from through __proto__, constructor or prototype, however spelled", () => {
    for (const p of ["/__proto__", "/a/__proto__/b", "/constructor/prototype/x", "/prototype", "/x/constructor", "/%5F%5Fproto%5F%5F/x", "/a/prototype"])
      expect(forbiddenSegment(p), p).not.toBeNull();
    for (const p of ["/__proto", "/a~1b", "/proto", "/constructors", "/customProperties/my_prototype_id", ""]) expect(forbiddenSegment(p), p).toBeNull();
    expect(() => apply({}, [{ op: "add", path: "/__proto__/polluted", value: 1 }])).toThrow(/'__proto__'.*refused/);
    expect(() => apply({}, [{ op: "copy", from: "/constructor/prototype", path: "/x" }])).toThrow(/from '\/constructor\/prototype' goes through 'constructor'/);
    // Nothing is applied when a later operation is refused.
    const doc = { a: 1 };
    expect(() =>
      apply(doc, [
        { op: "add", path: "/b", value: 2 },
        { op: "add", path: "/prototype", value: 3 },
      ]),
    ).toThrow(JsonPatchError);
    expect(doc).toEqual({ a: 1 });
  });

  it("follows own members only: inherited names are not there to patch, copy or move", () => {
    // A missing member is created as the document's own data (DataHub's add), never looked up the prototype.
    expect(apply({}, [{ op: "add", path: "/toString/polluted", value: 1 }])).toEqual({ toString: { polluted: 1 } });
    expect(() => apply({}, [{ op: "remove", path: "/toString" }])).toThrow(/does not exist/);
    expect(() => apply({}, [{ op: "replace", path: "/hasOwnProperty", value: 1 }])).toThrow(/does not exist/);
    expect(() => apply({}, [{ op: "copy", from: "/valueOf", path: "/x" }])).toThrow(/does not exist/);
    expect(() => apply({ a: [] }, [{ op: "add", path: "/a/length/x", value: 1 }])).toThrow(JsonPatchError);
    // An own key of that name is ordinary data.
    expect(apply({ toString: "s" }, [{ op: "replace", path: "/toString", value: "t" }])).toEqual({ toString: "t" });
  });

  it("creates missing object parents for add, as DataHub does, and leaves the input alone", () => {
    const doc = { name: "m" };
    expect(apply(doc, [{ op: "add", path: "/customProperties/team", value: "x" }])).toEqual({ name: "m", customProperties: { team: "x" } });
    expect(doc).toEqual({ name: "m" });
  });

  it("bounds what copies duplicate and what array edits move", () => {
    const doubling = Array.from({ length: 18 }, (_, i) => ({ op: "copy", from: "/b", path: `/b/c${i}` }));
    expect(() => apply({ b: { s: "x".repeat(1024) } }, doubling)).toThrow(new RegExp(`${MAX_PATCH_COPY_BYTES} bytes`));
    const arr = new Array(1_000_000).fill(0);
    expect(() =>
      apply(
        { arr },
        Array.from({ length: 500 }, () => ({ op: "add", path: "/arr/0", value: 1 })),
      ),
    ).toThrow(/array elements.*limit/);
    // Appending, and editing short arrays, costs nothing to speak of.
    const tags = apply(
      { tags: [] },
      Array.from({ length: 10_000 }, (_, i) => ({ op: "add", path: "/tags/-", value: { tag: `t${i}` } })),
    ) as { tags: unknown[] };
    expect(tags.tags).toHaveLength(10_000);
  });
});
