/**
 * searchAcrossLineage and scrollAcrossLineage with the input fields DataHub defines: the time window
 * (lineageFlags and the older top-level fields) over when each relationship was first stored and last
 * observed, entitiesExploredPerHopLimit, ignoreAsHops, filters, sort, searchFlags, and paging by
 * scrollId. A small catalog: A → J1 → B → J2 → C, and A → J3 → D1, D2, D3, each job observed at its own time.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers";
import { ingestProposals } from "../server/ingest/proposals";

const DS = (n: string) => `urn:li:dataset:(urn:li:dataPlatform:hive,lineage_inputs.${n},PROD)`;
const FLOW = "urn:li:dataFlow:(airflow,lineage_inputs,PROD)";
const JOB = (n: string) => `urn:li:dataJob:(${FLOW},${n})`;
const T1 = Date.UTC(2024, 0, 10);
const T2 = Date.UTC(2024, 5, 10);
const T3 = Date.UTC(2025, 0, 10);
const up = (entityUrn: string, aspectName: string, json: unknown, lastObserved?: number) => ({
  entityUrn,
  changeType: "UPSERT",
  aspectName,
  aspect: { json },
  ...(lastObserved ? { systemMetadata: { lastObserved, runId: "lineage-inputs" } } : {}),
});
const job = (n: string, inputs: string[], outputs: string[], at: number) => [
  up(JOB(n), "dataJobInfo", { name: n, type: "COMMAND", flowUrn: FLOW }),
  up(JOB(n), "dataJobInputOutput", { inputDatasets: inputs, outputDatasets: outputs }, at),
];
const SEED = [
  up(FLOW, "dataFlowInfo", { name: "lineage_inputs" }),
  ...["A", "B", "C", "D1", "D2", "D3"].map((n) => up(DS(n), "datasetProperties", { name: `lineage_inputs_${n}` })),
  ...job("J1", [DS("A")], [DS("B")], T1),
  ...job("J2", [DS("B")], [DS("C")], T2),
  ...job("J3", [DS("A")], [DS("D1"), DS("D2"), DS("D3")], T3),
];

const SEARCH = `query($input: SearchAcrossLineageInput!) { searchAcrossLineage(input: $input) {
  total searchResults { entity { urn } degree explored truncatedChildren ignoredAsHop } facets { field aggregations { value count } } } }`;
type Result = { entity: { urn: string }; degree: number; explored: boolean; truncatedChildren: boolean; ignoredAsHop: boolean };

describe("lineage inputs", () => {
  let server: TestServer;
  const lineage = async (input: Record<string, unknown>) => {
    const { body } = await server.graphql(SEARCH, { input: { urn: DS("A"), direction: "DOWNSTREAM", query: "*", count: 100, ...input } });
    expect(body.errors).toBeUndefined();
    return body.data.searchAcrossLineage as { total: number; searchResults: Result[]; facets: unknown[] };
  };
  const degrees = (r: { searchResults: Result[] }) => Object.fromEntries(r.searchResults.map((x) => [x.entity.urn, x.degree]));
  beforeAll(async () => {
    server = await startTestServer();
    const r = ingestProposals(server.store, SEED, "urn:li:corpuser:datahub");
    expect(r.results.filter((x) => !x.ok)).toEqual([]);
  });
  afterAll(() => server.stop());

  it("walks every hop by default", async () => {
    expect(degrees(await lineage({}))).toEqual({
      [JOB("J1")]: 1,
      [JOB("J3")]: 1,
      [DS("B")]: 2,
      [DS("D1")]: 2,
      [DS("D2")]: 2,
      [DS("D3")]: 2,
      [JOB("J2")]: 3,
      [DS("C")]: 4,
    });
  });

  it("the time window keeps relationships first stored or last observed in it (lineageFlags, or the older top-level fields)", async () => {
    // Only J1's relationships were observed in January 2024; J3's in 2025, J2's in June 2024.
    const january = { startTimeMillis: T1 - 86_400_000, endTimeMillis: T1 + 86_400_000 };
    const byFlags = await lineage({ lineageFlags: january });
    expect(Object.keys(degrees(byFlags)).sort()).toEqual([DS("B"), JOB("J1")].sort());
    expect(degrees(await lineage(january))).toEqual(degrees(byFlags));
    // Flags win over the older fields.
    const later = await lineage({ ...january, lineageFlags: { startTimeMillis: T1 - 1, endTimeMillis: T2 + 1 } });
    expect(Object.keys(degrees(later)).sort()).toEqual([DS("B"), DS("C"), JOB("J1"), JOB("J2")].sort());
    const { body } = await server.graphql(SEARCH, {
      input: { urn: DS("A"), direction: "DOWNSTREAM", lineageFlags: { startTimeMillis: T2, endTimeMillis: T1 } },
    });
    expect(body.errors[0].message).toMatch(/is after endTimeMillis/);
  });

  it("ignoreAsHops walks through jobs without counting them", async () => {
    const r = await lineage({ lineageFlags: { ignoreAsHops: [{ entityType: "DATA_JOB" }] } });
    expect(degrees(r)).toMatchObject({ [JOB("J1")]: 1, [DS("B")]: 1, [JOB("J2")]: 2, [DS("C")]: 2, [DS("D1")]: 1 });
    expect(
      r.searchResults
        .filter((x) => x.ignoredAsHop)
        .map((x) => x.entity.urn)
        .sort(),
    ).toEqual([JOB("J1"), JOB("J2"), JOB("J3")].sort());
    // A platform list narrows the rule: airflow jobs only (the flow's orchestrator).
    const other = await lineage({ lineageFlags: { ignoreAsHops: [{ entityType: "DATA_JOB", platforms: ["urn:li:dataPlatform:spark"] }] } });
    expect(other.searchResults.some((x) => x.ignoredAsHop)).toBe(false);
    const airflow = await lineage({ lineageFlags: { ignoreAsHops: [{ entityType: "DATA_JOB", platforms: ["urn:li:dataPlatform:airflow"] }] } });
    expect(airflow.searchResults.filter((x) => x.ignoredAsHop).length).toBe(3);
  });

  it("entitiesExploredPerHopLimit caps the nodes whose neighbours are read at each hop", async () => {
    const all = await lineage({});
    const capped = await lineage({ lineageFlags: { entitiesExploredPerHopLimit: 1 } });
    expect(capped.total).toBeLessThan(all.total);
    expect(capped.searchResults.some((x) => !x.explored && x.truncatedChildren)).toBe(true);
    const { body } = await server.graphql(SEARCH, { input: { urn: DS("A"), direction: "DOWNSTREAM", lineageFlags: { entitiesExploredPerHopLimit: 0 } } });
    expect(body.errors[0].message).toMatch(/entitiesExploredPerHopLimit/);
  });

  it("filters (orFilters, negated, operators), sortInput and searchFlags apply to the nodes walked", async () => {
    const datasets = await lineage({ orFilters: [{ and: [{ field: "_entityType", values: ["DATA_JOB"], negated: true }] }] });
    expect(datasets.searchResults.every((x) => x.entity.urn.startsWith("urn:li:dataset:"))).toBe(true);
    expect(datasets.total).toBe(5);
    const ds = await lineage({
      orFilters: [
        {
          and: [
            { field: "urn", values: ["lineage_inputs.D"], condition: "CONTAIN" },
            { field: "degree", values: ["2"] },
          ],
        },
      ],
    });
    expect(ds.searchResults.map((x) => x.entity.urn).sort()).toEqual([DS("D1"), DS("D2"), DS("D3")]);
    const byName = await lineage({ sortInput: { sortCriteria: [{ field: "name", sortOrder: "DESCENDING" }] }, types: ["DATASET"] });
    expect(byName.searchResults.map((x) => x.entity.urn)).toEqual([DS("D3"), DS("D2"), DS("D1"), DS("C"), DS("B")]);
    expect((await lineage({ searchFlags: { skipAggregates: true } })).facets).toEqual([]);
    const { body } = await server.graphql(SEARCH, { input: { urn: DS("A"), direction: "DOWNSTREAM", viewUrn: "urn:li:dataHubView:x" } });
    expect(body.errors[0].message).toMatch(/views are not supported/);
  });

  it("scrollAcrossLineage pages through the same results once, nextScrollId null at the end", async () => {
    const SCROLL = `query($input: ScrollAcrossLineageInput!) { scrollAcrossLineage(input: $input) { nextScrollId count total searchResults { entity { urn } degree } } }`;
    const expected = (await lineage({})).searchResults.map((x) => x.entity.urn);
    const seen: string[] = [];
    let scrollId: string | null = null;
    do {
      const { body }: { body: any } = await server.graphql(SCROLL, {
        input: { urn: DS("A"), direction: "DOWNSTREAM", query: "*", count: 3, scrollId, keepAlive: "1m" },
      });
      expect(body.errors).toBeUndefined();
      const page: any = body.data.scrollAcrossLineage;
      expect(page.total).toBe(expected.length);
      seen.push(...page.searchResults.map((x: Result) => x.entity.urn));
      scrollId = page.nextScrollId;
    } while (scrollId);
    expect(seen).toEqual(expected);
  });
});
