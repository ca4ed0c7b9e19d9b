/**
 * searchAcrossLineage over a walk: the degree filter, the kinds, the text matched against urns and
 * names (typed values, not the aspects' JSON), the order, the page and the counts.
 */
import { describe, expect, it } from "vitest";
import { ASPECT_SCHEMAS } from "../model/aspects/index";
import { InvalidArgument } from "../model/paging";
import { degreeFilter, entityNames, NAMING_ASPECTS, searchLineage } from "./search";
import type { LineageNode, Traversal } from "./traverse";

const DS = (n: string) => `urn:li:dataset:(urn:li:dataPlatform:snowflake,${n},PROD)`;
const MODEL = (n: string) => `urn:li:mlModel:(urn:li:dataPlatform:mlflow,${n},PROD)`;
const RUN = (n: string) => `urn:li:dataProcessInstance:${n}`;

function walk(nodes: Array<[string, number]>): Traversal {
  return {
    nodes: new Map(nodes.map(([urn, degree]): [string, LineageNode] => [urn, { urn, degree, paths: [] }])),
    truncated: new Set(),
    ignoredAsHop: new Set(),
    hopsExplored: 3,
    partial: false,
  };
}

const ALL = new Set(["dataset", "mlModel", "dataProcessInstance"]);
const noNames = async (urns: readonly string[]) => urns.map(() => []);

describe("lineage search", () => {
  const w = walk([
    [MODEL("churn"), 2],
    [RUN("r1"), 1],
    [DS("events"), 3],
    [DS("scores"), 4],
    [MODEL("fraud"), 2],
  ]);

  it("orders nodes nearest first, then by urn, pages them and counts every match by kind and degree", async () => {
    const r = await searchLineage(w, { degrees: degreeFilter([]), types: ALL, start: 1, count: 2 }, noNames);
    expect(r.total).toBe(5);
    expect(r.nodes.map((n) => n.urn)).toEqual([MODEL("churn"), MODEL("fraud")]);
    expect([...r.typeCounts]).toEqual([
      ["dataProcessInstance", 1],
      ["mlModel", 2],
      ["dataset", 2],
    ]);
    expect([...r.degreeCounts]).toEqual([
      ["1", 1],
      ["2", 2],
      ["3+", 2],
    ]);
  });

  it("filters by degree ('3+' is three or more) and kind", async () => {
    const far = await searchLineage(w, { degrees: degreeFilter(["3+"]), types: ALL, start: 0, count: 10 }, noNames);
    expect(far.nodes.map((n) => n.urn)).toEqual([DS("events"), DS("scores")]);
    const models = await searchLineage(w, { degrees: degreeFilter(["1", "2"]), types: new Set(["mlModel"]), start: 0, count: 10 }, noNames);
    expect(models.nodes.map((n) => n.urn)).toEqual([MODEL("churn"), MODEL("fraud")]);
  });

  it("bounds the walk by the degrees asked for, and refuses others", () => {
    expect(degreeFilter([]).maxHops).toBe(10);
    expect(degreeFilter(["1", "3"]).maxHops).toBe(3);
    expect(degreeFilter(["2", "3+"]).maxHops).toBe(10);
    expect(() => degreeFilter(["11"])).toThrow(InvalidArgument);
    expect(() => degreeFilter(["x"])).toThrow('degree filter values must be "1" to "10" or "3+", got "x"');
  });

  it("matches text against a node's urn and names, in any case, and asks names only of the nodes left", async () => {
    const asked: string[][] = [];
    const names = async (urns: readonly string[]) => {
      asked.push([...urns]);
      return urns.map((u) => (u === RUN("r1") ? ["Nightly Training"] : []));
    };
    const byName = await searchLineage(w, { degrees: degreeFilter(["1", "2"]), types: ALL, query: " nightly ", start: 0, count: 10 }, names);
    expect(byName.nodes.map((n) => n.urn)).toEqual([RUN("r1")]);
    expect(asked).toEqual([[MODEL("churn"), RUN("r1"), MODEL("fraud")]]);
    const byUrn = await searchLineage(w, { degrees: degreeFilter([]), types: ALL, query: "SCORES", start: 0, count: 10 }, names);
    expect(byUrn.nodes.map((n) => n.urn)).toEqual([DS("scores")]);
    // "*" and blank match everything, and ask for no names.
    asked.length = 0;
    for (const query of ["*", " ", null])
      expect((await searchLineage(w, { degrees: degreeFilter([]), types: ALL, query, start: 0, count: 10 }, names)).total).toBe(5);
    expect(asked).toEqual([]);
    // Text is matched against the names, not against the aspects' JSON.
    const json = await searchLineage(w, { degrees: degreeFilter([]), types: ALL, query: '","', start: 0, count: 10 }, async (urns) =>
      urns.map(() => ["a", "b"]),
    );
    expect(json.total).toBe(0);
  });

  it("names an entity by every aspect whose schema has a name", () => {
    const named = Object.entries(ASPECT_SCHEMAS)
      .filter(([, schema]) => "name" in schema.shape)
      .map(([aspect]) => aspect);
    expect([...NAMING_ASPECTS].sort()).toEqual(named.sort());
    const aspects = new Map<string, Record<string, unknown>>([
      ["datasetProperties", { name: "Events" }],
      ["editableDatasetProperties", { name: "Click events" }],
      ["datasetKey", { platform: "urn:li:dataPlatform:snowflake", name: "events", origin: "PROD" }],
      ["status", { removed: false, name: "not a name" }],
    ]);
    expect(entityNames(aspects).sort()).toEqual(["Click events", "Events", "events"]);
  });
});
