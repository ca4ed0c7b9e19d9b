/** History's change records name the changed fields without diffing a value that is new: the names must be diffAspect's. */
import { describe, expect, it } from "vitest";
import { changedFields, diffAspect } from "../server/model/history";
import { generateCatalog } from "../server/demo/generate";
import { lineageHubs } from "../bench/catalog";

const names = (aspect: string, before: unknown, after: unknown) => [...new Set(diffAspect(aspect, before, after).map((f) => f.field))];

describe("changedFields", () => {
  it("names what diffAspect lists for every aspect of the synthetic catalog written new", () => {
    let checked = 0;
    const aspects = new Set<string>();
    for (const p of [...generateCatalog({ entities: 1500, seed: 3 }), ...lineageHubs(1)] as Array<{ aspectName: string; aspect: { json: unknown } }>) {
      const v = p.aspect.json;
      expect([...new Set(changedFields(p.aspectName, undefined, v))]).toEqual(names(p.aspectName, undefined, v));
      aspects.add(p.aspectName);
      checked++;
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(aspects.has("mlModelProperties")).toBe(true);
    expect(aspects.has("ownership")).toBe(true);
  });

  it("agrees on the edge cases: nulls, empty lists and maps, audit stamps, custom properties, repeated items", () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ["mlModelProperties", { name: "m", description: null, tags: [], customProperties: { a: "1", b: null }, created: { time: 1 }, lastModified: { time: 2 } }],
      ["mlModelProperties", { customProperties: {}, hyperParams: [], trainingMetrics: [{ name: "x", value: "1" }] }],
      ["globalTags", { tags: [{ tag: "urn:li:tag:a" }, { tag: "urn:li:tag:a" }, { tag: "urn:li:tag:b" }] }],
      ["globalTags", { tags: [] }],
      ["ownership", { owners: [{ owner: "urn:li:corpuser:x", type: "DATAOWNER" }], lastModified: { time: 0, actor: "urn:li:corpuser:x" } }],
      ["glossaryTerms", { terms: [{ urn: "urn:li:glossaryTerm:t" }], auditStamp: { time: 0, actor: "urn:li:corpuser:x" } }],
      [
        "orreryMetricHistory",
        {
          metrics: [
            { name: "loss", points: [1, 2] },
            { name: "acc", totalPoints: 3 },
            { name: "loss", points: [] },
          ],
        },
      ],
      ["orreryMetricHistory", { metrics: [] }],
      ["datasetProperties", { customProperties: ["not", "a", "map"], name: "d" }],
    ];
    for (const [aspect, v] of cases) expect([...new Set(changedFields(aspect, undefined, v))]).toEqual(names(aspect, undefined, v));
  });

  it("diffs a value that replaces another", () => {
    const before = { name: "m", tags: ["a"], customProperties: { a: "1" } };
    const after = { name: "n", tags: ["a", "b"], customProperties: { a: "2" } };
    expect(changedFields("editableMlModelProperties", before, after)).toEqual(["name", "tags", "customProperties.a"]);
    expect(changedFields("editableMlModelProperties", before, before)).toEqual([]);
  });
});
