/**
 * DataHub's browseV2 on the demo catalog and on DataHub's golden files (test/fixtures/datahub-golden):
 * the groups under a platform and a path, their counts (checked against search with the
 * browsePathV2 filter), paging, plain-name groups, default paths, and bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { ingestProposals } from "../server/ingest/proposals";
import { readProposalFile } from "../server/cli";
import { startTestServer, type TestServer } from "./helpers";

const BROWSE = `query($path: [String!], $platform: String!, $start: Int, $count: Int) {
  browseV2(input: { path: $path, start: $start, count: $count, orFilters: [{ and: [{ field: "platform", values: [$platform] }] }] }) {
    start count total metadata { path totalNumEntities }
    groups { name count hasSubGroups entity { urn type } }
  } }`;
const UNDER = `query($filters: [FacetFilterInput!]) { searchAcrossEntities(input: { query: "*", count: 0, orFilters: [{ and: $filters }] }) { total } }`;
const DELIM = "\u241f";

type Browse = {
  start: number;
  count: number;
  total: number;
  metadata: { path: string[]; totalNumEntities: number };
  groups: Array<{ name: string; count: number; hasSubGroups: boolean; entity: { urn: string; type: string } | null }>;
};

async function browse(server: TestServer, platform: string, p: string[], start = 0, count = 1000): Promise<Browse> {
  const { body } = await server.graphql(BROWSE, { path: p, platform: `urn:li:dataPlatform:${platform}`, start, count });
  expect(body.errors).toBeUndefined();
  return body.data.browseV2;
}

/** How many entities of the platform search finds under a path (DataHub's browsePathV2 filter). */
async function under(server: TestServer, platform: string, p: string[]): Promise<number> {
  const filters = [{ field: "platform", values: [`urn:li:dataPlatform:${platform}`] }];
  if (p.length) filters.push({ field: "browsePathV2", values: [p.map((e) => DELIM + e).join("")] });
  const { body } = await server.graphql(UNDER, { filters });
  expect(body.errors).toBeUndefined();
  return body.data.searchAcrossEntities.total;
}

describe("browseV2 on the demo catalog", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ demo: true });
  }, 120_000);
  afterAll(() => server.stop());

  it("lists an MLflow platform's experiments and model groups, each counted as search counts it", async () => {
    const top = await browse(server, "mlflow", []);
    expect(top.metadata).toEqual({ path: [], totalNumEntities: await under(server, "mlflow", []) });
    expect(top.total).toBe(top.groups.length);
    const kinds = new Set(top.groups.map((g) => g.entity?.type));
    expect(kinds).toEqual(new Set(["CONTAINER", "MLMODEL_GROUP"]));
    for (const g of top.groups.slice(0, 8)) expect(g.count).toBe(await under(server, "mlflow", [g.name]));
    // Most entities first.
    expect(top.groups.map((g) => g.count)).toEqual([...top.groups.map((g) => g.count)].sort((a, b) => b - a));
    // An experiment holds its runs: the group's count is the experiment's runs.
    const exp = top.groups.find((g) => g.entity?.type === "CONTAINER")!;
    const { body } = await server.graphql(`query($urn: String!) { container(urn: $urn) { entities(input: { count: 0 }) { total } } }`, { urn: exp.name });
    expect(exp.count).toBe(body.data.container.entities.total);
    // Inside it there are no further groups, and the path comes back as asked.
    const inside = await browse(server, "mlflow", [exp.name]);
    expect(inside).toMatchObject({ total: 0, groups: [], metadata: { path: [exp.name], totalNumEntities: exp.count } });
  });

  it("pages the groups", async () => {
    const all = await browse(server, "sagemaker", []);
    expect(all.total).toBeGreaterThan(10);
    const first = await browse(server, "sagemaker", [], 0, 10);
    const second = await browse(server, "sagemaker", [], 10, 10);
    expect(first).toMatchObject({ start: 0, count: 10, total: all.total });
    expect(second).toMatchObject({ start: 10, count: 10, total: all.total });
    expect([...first.groups, ...second.groups].map((g) => g.name)).toEqual(all.groups.slice(0, 20).map((g) => g.name));
    const past = await browse(server, "sagemaker", [], all.total + 5, 10);
    expect(past).toMatchObject({ count: 0, groups: [], total: all.total });
  });

  it("refuses what it cannot answer, saying why", async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ path: [], viewUrn: "urn:li:dataHubView:x" }, /views are not supported/],
      [{ path: [], query: "churn" }, /no search text/],
      [{ path: [`a${DELIM}b`] }, /delimiter/],
      [{ path: [""] }, /path entry/],
      [{ path: Array.from({ length: 21 }, (_, i) => `p${i}`) }, /at most 20 entries/],
      [{ path: [], count: 5000 }, /count/],
    ];
    for (const [input, message] of cases) {
      const { body } = await server.graphql(`query($input: BrowseV2Input!) { browseV2(input: $input) { total } }`, { input });
      expect(String(body.errors?.[0]?.message), JSON.stringify(input)).toMatch(message);
      expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    }
  });
});

describe("browseV2 on DataHub's golden files", () => {
  let server: TestServer;
  const ingest = (file: string) => {
    const report = ingestProposals(server.store, readProposalFile(path.join("test/fixtures/datahub-golden", file)), "urn:li:corpuser:datahub");
    expect(report.accepted).toBeGreaterThan(0);
  };
  beforeAll(async () => {
    server = await startTestServer();
    ingest("vertexai_mcps_golden.json");
    ingest("sagemaker_mces_golden.json");
    ingest("mlflow_mcps_golden.json");
  });
  afterAll(() => server.stop());

  it("walks Vertex AI's nested containers down to a model, as its browsePathsV2 says", async () => {
    const proposals = readProposalFile(path.join("test/fixtures/datahub-golden", "vertexai_mcps_golden.json")) as Array<Record<string, any>>;
    const model = proposals.find((p) => p.aspectName === "browsePathsV2" && String(p.entityUrn).startsWith("urn:li:mlModel:"))!;
    const entries: string[] = model.aspect.json.path.map((e: { id: string; urn?: string }) => e.urn ?? e.id);
    expect(entries.length).toBeGreaterThan(1);
    const top = await browse(server, "vertexai", []);
    expect(top.groups.map((g) => g.name)).toEqual([entries[0]]);
    expect(top.groups[0]).toMatchObject({ hasSubGroups: true, entity: { urn: entries[0], type: "CONTAINER" } });
    for (let depth = 0; depth < entries.length; depth++) {
      const level = await browse(server, "vertexai", entries.slice(0, depth));
      const group = level.groups.find((g) => g.name === entries[depth]);
      expect(group, `level ${depth}`).toBeDefined();
      expect(group!.count).toBe(await under(server, "vertexai", entries.slice(0, depth + 1)));
      expect(group!.hasSubGroups).toBe(depth < entries.length - 1 || (await browse(server, "vertexai", entries.slice(0, depth + 1))).total > 0);
    }
    // The model is found by search under its whole path.
    const { body } = await server.graphql(
      `query($filters: [FacetFilterInput!]) { searchAcrossEntities(input: { query: "*", count: 50, orFilters: [{ and: $filters }] }) { searchResults { entity { urn } } } }`,
      { filters: [{ field: "browsePathV2", values: [entries.map((e) => DELIM + e).join("")] }] },
    );
    expect(body.data.searchAcrossEntities.searchResults.map((r: any) => r.entity.urn)).toContain(model.entityUrn);
  });

  it("keeps SageMaker's plain-name groups (no entity) and MLflow's runs under their experiment by default", async () => {
    const sage = await browse(server, "sagemaker", []);
    const pkg = sage.groups.find((g) => g.name === "a-model-package-group");
    expect(pkg).toMatchObject({ count: 2, entity: null, hasSubGroups: false });
    expect(sage.groups.find((g) => g.name === "training")).toMatchObject({ count: 1, entity: null });
    // MLflow's golden runs have a container and no browsePathsV2: they sit under their experiment.
    const mlflow = await browse(server, "mlflow", []);
    const experiments = mlflow.groups.filter((g) => g.entity?.type === "CONTAINER");
    expect(experiments.length).toBeGreaterThan(0);
    for (const g of experiments) expect(g.count).toBe(await under(server, "mlflow", [g.name]));
  });
});
