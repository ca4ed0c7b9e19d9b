/**
 * What one read request may cost, measured on what it really reads and returns: duplicate urns are
 * answered once, the lists and maps inside aspects count at their real size, an answer past the byte
 * ceiling is refused before it is built, dense lineage is cut at the edge and read caps (with
 * `truncated` saying so), and an error while serialising an answer is logged with its cause.
 * test/attacks.test.ts runs the same attacks against the server process, several at once, and checks
 * that a trivial query is still answered meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { startTestServer, tempDir, type TestServer } from "./helpers";
import { Store } from "../server/store/store";
import { ingestProposals } from "../server/ingest/proposals";
import { GRAPHQL_LIMITS } from "../server/graphql/limits";
import { createGraphQL } from "../server/graphql/index";
import { ReadPool } from "../server/graphql/read-pool";
import { lineageGraph, DEFAULT_GRAPH_EDGES, MAX_GRAPH_EDGES } from "../server/lineage/graph";
import { traverse } from "../server/lineage/traverse";
import { denseLineage } from "../bench/dense-lineage";
import { generateLineageGraph } from "../bench/lineage-graph";
import { print, type DocumentNode } from "graphql";
import { addTypenameToDocument } from "@apollo/client/utilities";
import { LineageGraphDocument } from "../src/gql/graphql";
import { graphInput } from "../src/lineage/use-lineage-graph";

const j = (entityUrn: string, aspectName: string, json: unknown) => ({ entityUrn, changeType: "UPSERT", aspectName, aspect: { json } });
const ds = (name: string) => `urn:li:dataset:(urn:li:dataPlatform:hive,${name},PROD)`;
const schema = (urn: string, n: number) =>
  j(urn, "schemaMetadata", {
    schemaName: urn,
    platform: "urn:li:dataPlatform:hive",
    version: 0,
    hash: "",
    platformSchema: { "com.linkedin.schema.OtherSchema": { rawSchema: "" } },
    fields: Array.from({ length: n }, (_, i) => ({
      fieldPath: `column_${String(i).padStart(5, "0")}`,
      nativeDataType: "VARCHAR",
      type: { type: { "com.linkedin.schema.StringType": {} } },
      nullable: i % 2 === 0,
    })),
  });

/** One dataset with 40 schema fields (like the demo's), another with 3. */
const SMALL = ds("limits_small");
const OTHER = ds("limits_other");
/** Datasets with 5,000 schema fields each: one `fields` list is 10,000 values, one aspect value. */
const WIDE = Array.from({ length: 4 }, (_, i) => ds(`limits_wide_${i}`));
/** Datasets with a 100,000-character description each. */
const WORDY = Array.from({ length: 20 }, (_, i) => ds(`limits_wordy_${i}`));
const DENSE = denseLineage({ width: 120 });

const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ");

describe("read limits", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    const r = ingestProposals(
      server.store,
      [
        j(SMALL, "datasetProperties", { name: "small", description: "forty columns" }),
        schema(SMALL, 40),
        j(OTHER, "datasetProperties", { name: "other" }),
        schema(OTHER, 3),
        ...WIDE.map((u) => schema(u, 5000)),
        ...WORDY.map((u, i) => j(u, "datasetProperties", { name: `wordy ${i}`, description: `${i} `.padEnd(100_000, "lorem ipsum ") })),
      ],
      "urn:li:corpuser:test",
    );
    expect(r.results.filter((x) => !x.ok).map((x) => x.error)).toEqual([]);
    for (let i = 0; i < DENSE.proposals.length; i += 500)
      expect(ingestProposals(server.store, DENSE.proposals.slice(i, i + 500), "urn:li:corpuser:test").rejected).toBe(0);
  });
  afterAll(() => server.stop());

  describe("duplicate urns", () => {
    it("are answered once by entities(urns:), in the order first given, with the right values", async () => {
      const urns = [...Array(996).fill(SMALL), OTHER, SMALL.replace(",PROD)", ")"), ds("limits_nowhere"), ds("limits_nowhere")];
      const { status, body } = await server.graphql(
        `query($u: [String!]!) { ${aliases(40, "entities(urns: $u) { urn ... on Dataset { name schemaMetadata { fields { fieldPath nullable } } } }")} }`,
        { u: urns },
      );
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      for (let i = 0; i < 40; i++) {
        const list = body.data[`a${i}`];
        expect(list.map((e: { urn: string } | null) => e?.urn ?? null)).toEqual([SMALL, OTHER, null]);
        expect(list[0].name).toBe("limits_small");
        expect(list[0].schemaMetadata.fields).toHaveLength(40);
        expect(list[0].schemaMetadata.fields[7]).toEqual({ fieldPath: "column_00007", nullable: false });
        expect(list[1].schemaMetadata.fields.map((f: { fieldPath: string }) => f.fieldPath)).toEqual(["column_00000", "column_00001", "column_00002"]);
      }
    });
  });

  describe("the estimate before execution", () => {
    it("follows each request's page sizes, though the same document's estimate was made before with others", async () => {
      const query = `query($n: Int, $urn: String!) { a: dataset(urn: $urn) { urn } searchAcrossEntities(input: { query: "*", count: $n }) { searchResults { entity { urn ... on MLModel { relationships(input: { types: ["MemberOf"], direction: OUTGOING, count: $n }) { relationships { entity { urn } } } } } } } }`;
      const refused = new RegExp(`^Query result size limit of ${GRAPHQL_LIMITS.maxEstimatedResultSize} exceeded`);
      for (const [n, urn, ok] of [
        [10, SMALL, true],
        [1000, SMALL, false],
        [10, OTHER, true],
        [1000, OTHER, false],
        [10, SMALL, true],
      ] as const) {
        const { body } = await server.graphql(query, { n, urn });
        if (ok) {
          expect(body.errors ?? []).toEqual([]);
          expect(body.data.a.urn).toBe(urn);
        } else expect(body.errors[0].message).toMatch(refused);
      }
    });
  });

  describe("the result size counts what the answer really holds", () => {
    it("refuses, naming the limit, an answer whose aspect lists hold more values than the limit", async () => {
      // 40 × 4 datasets × 5,000 fields × 2 values: 1.6 million values, though the query looks small.
      const { status, body } = await server.graphql(
        `query($u: [String!]!) { ${aliases(40, "entities(urns: $u) { ... on Dataset { schemaMetadata { fields { nullable } } } }")} }`,
        { u: WIDE },
      );
      expect(body.data ?? null).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].message).toMatch(new RegExp(`^Query result size limit of ${GRAPHQL_LIMITS.maxResultSize} exceeded`));
      expect(body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "maxResultSize", max: GRAPHQL_LIMITS.maxResultSize });
      expect(status).toBe(400);
    });

    it("answers the same lists when they fit", async () => {
      const { body } = await server.graphql(
        `query($u: [String!]!) { ${aliases(4, "entities(urns: $u) { ... on Dataset { schemaMetadata { fields { fieldPath } } } }")} }`,
        { u: WIDE },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data.a3.map((e: { schemaMetadata: { fields: unknown[] } }) => e.schemaMetadata.fields.length)).toEqual([5000, 5000, 5000, 5000]);
      expect(body.data.a3[2].schemaMetadata.fields[4999]).toEqual({ fieldPath: "column_04999" });
    });

    it("refuses, naming the byte ceiling, an answer that would be larger, before building it", async () => {
      // 40 × 20 descriptions of 100,000 characters: 80 MB in a few thousand values.
      const rss = process.memoryUsage().rss;
      const { status, body } = await server.graphql(
        `query($u: [String!]!) { ${aliases(40, "entities(urns: $u) { ... on Dataset { properties { description } } }")} }`,
        { u: WORDY },
      );
      expect(body.data ?? null).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].message).toMatch(new RegExp(`^Response size limit of ${GRAPHQL_LIMITS.maxResponseBytes} bytes exceeded`));
      expect(body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "maxResponseBytes", max: GRAPHQL_LIMITS.maxResponseBytes });
      expect(status).toBe(400);
      // Refused about when the ceiling was reached, not after building the whole answer.
      expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024);
      // One alias of it fits.
      const one = await server.graphql(`query($u: [String!]!) { entities(urns: $u) { ... on Dataset { properties { description } } } }`, {
        u: WORDY.slice(0, 5),
      });
      expect(one.body.errors).toBeUndefined();
      expect(one.body.data.entities.map((e: { properties: { description: string } }) => e.properties.description.length)).toEqual([
        100_000, 100_000, 100_000, 100_000, 100_000,
      ]);
    });
  });

  describe("dense lineage", () => {
    const GRAPH = `query($input: OrreryLineageGraphInput!) { lineageGraph(input: $input) {
      focus truncated truncatedBy maxNodes maxEdges
      nodes { urn degree direction upstreamCount downstreamCount upstreamExplored downstreamExplored }
      edges { source target type } } }`;
    const [L0, L1, L2] = DENSE.layers as [string[], string[], string[]];

    it("lineageGraph returns at most maxEdges edges, the nearest first, and says it cut them", async () => {
      // 1 + 120 + 120 nodes with 120 + 14,400 edges among them.
      const { body } = await server.graphql(GRAPH, { input: { urn: DENSE.focus, upstreamHops: 0, downstreamHops: 2, maxNodes: 5000 } });
      expect(body.errors).toBeUndefined();
      const g = body.data.lineageGraph;
      expect(g.nodes).toHaveLength(241);
      expect(g.maxEdges).toBe(DEFAULT_GRAPH_EDGES);
      expect(g.edges).toHaveLength(DEFAULT_GRAPH_EDGES);
      expect(g.truncated).toBe(true);
      expect(g.truncatedBy).toEqual(["MAX_EDGES"]);
      // The focus's own edges come first.
      expect(g.edges.slice(0, 120)).toEqual(L1.map((u) => ({ source: DENSE.focus, target: u, type: "DownstreamOf" })));
      // The nodes are all there, with their real neighbour counts.
      const l1 = g.nodes.find((n: { urn: string }) => n.urn === L1[5]);
      expect(l1).toMatchObject({ degree: 1, direction: "DOWNSTREAM", upstreamCount: 120, downstreamCount: 120, downstreamExplored: true });

      const few = (await server.graphql(GRAPH, { input: { urn: DENSE.focus, downstreamHops: 2, maxEdges: 5 } })).body.data.lineageGraph;
      expect(few.edges).toHaveLength(5);
      expect(few.maxEdges).toBe(5);
      expect(few.truncated).toBe(true);

      const bad = (await server.graphql(GRAPH, { input: { urn: DENSE.focus, maxEdges: MAX_GRAPH_EDGES + 1 } })).body;
      expect(bad.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      expect(bad.errors[0].message).toMatch(new RegExp(`maxEdges must be an integer from 1 to ${MAX_GRAPH_EDGES}`));
    });

    it("lineageGraph reads at most its read budget, and returns only nodes it read in full", async () => {
      const full = await lineageGraph(server.store, DENSE.focus, {
        upstreamHops: 0,
        downstreamHops: 2,
        maxNodes: 5000,
        maxEdges: MAX_GRAPH_EDGES,
        expand: [],
        types: null,
      });
      expect(full.nodes).toHaveLength(241);
      const read: number[] = [];
      const cut = await lineageGraph(server.store, DENSE.focus, {
        upstreamHops: 0,
        downstreamHops: 2,
        maxNodes: 5000,
        maxEdges: MAX_GRAPH_EDGES,
        expand: [],
        types: null,
        maxRead: 5000,
        onRead: (n) => read.push(n),
      });
      expect(read.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(5000 + 1);
      expect(cut.truncated).toBe(true);
      expect(cut.truncatedBy).toContain("MAX_READ");
      expect(cut.nodes.length).toBeGreaterThan(1);
      expect(cut.nodes.length).toBeLessThan(full.nodes.length);
      // Every node returned has the counts and flags of the full graph's reading of it.
      for (const n of cut.nodes) {
        const f = full.nodes.find((x) => x.urn === n.urn)!;
        expect({ urn: n.urn, up: n.upstreamCount, down: n.downstreamCount }).toEqual({ urn: f.urn, up: f.upstreamCount, down: f.downstreamCount });
      }
      expect(cut.nodes.find((n) => n.urn === DENSE.focus)!.downstreamExplored).toBe(false);
    });

    it("searchAcrossLineage reads at most its read budget and marks the nodes whose children it did not all read", async () => {
      const full = await traverse(server.store, DENSE.focus, "DOWNSTREAM", { maxHops: 10, maxNodes: 10_000 });
      expect(full.nodes.size).toBe(240);
      expect(full.truncated.size).toBe(0);
      const read: number[] = [];
      const cut = await traverse(server.store, DENSE.focus, "DOWNSTREAM", { maxHops: 10, maxNodes: 10_000, maxRead: 3000, onRead: (n) => read.push(n) });
      expect(read.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(3000 + 1);
      // The first L1 nodes were read in full and reached every L2 node; the other L1 nodes, and the
      // L2 nodes, were not read: their children may not all be there.
      expect(cut.nodes.size).toBe(240);
      expect(L1.filter((u) => !cut.truncated.has(u)).length).toBeGreaterThan(5);
      expect(L1.filter((u) => cut.truncated.has(u)).length).toBeGreaterThan(5);
      expect(L2.every((u) => cut.truncated.has(u))).toBe(true);
      expect(cut.truncated.has(DENSE.focus)).toBe(false);

      const { body } = await server.graphql(
        `query($u: String!) { searchAcrossLineage(input: { urn: $u, direction: DOWNSTREAM, query: "*", count: 1000 }) { total searchResults { entity { urn } degree explored truncatedChildren paths { path { urn } } } } }`,
        { u: DENSE.focus },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data.searchAcrossLineage.total).toBe(240);
      const first = body.data.searchAcrossLineage.searchResults[0];
      expect(first).toMatchObject({ entity: { urn: L1[0] }, degree: 1, explored: true, truncatedChildren: false });
      const l2 = body.data.searchAcrossLineage.searchResults.find((r: { entity: { urn: string } }) => r.entity.urn === L2[3]);
      expect(l2.degree).toBe(2);
      expect(l2.paths).toHaveLength(3);
      expect(l2.paths[0].path.map((p: { urn: string }) => p.urn)).toEqual([DENSE.focus, L1[0], L2[3]]);
      expect(L0).toContain(DENSE.focus);
    });

    it("refuses relationship reads past the read budget of a request, naming the limit", async () => {
      const query = `query($u: [String!]!) { entities(urns: $u) { urn ... on Dataset { lineage(input: { direction: DOWNSTREAM, count: 1 }) { total } } } }`;
      // 240 datasets with 240 (L1) or 120 (L2) lineage relationships each: 43,200 relationships.
      const { body } = await server.graphql(query, { u: [...L1, ...L2] });
      expect(body.errors).toBeUndefined();
      expect(body.data.entities[0].lineage.total).toBe(120);
      expect(GRAPHQL_LIMITS.maxRelationshipsRead).toBeGreaterThan(43_200);
      // With a smaller budget the same request is refused, whole.
      const yoga = createGraphQL({
        store: server.store,
        requireAuth: false,
        principalOf: () => ({ role: null, actor: null, tokenId: null }),
        limits: { maxRelationshipsRead: 10_000 },
      });
      const res = await yoga.fetch("http://localhost/api/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables: { u: [...L1, ...L2] } }),
      });
      const refused = await res.json();
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors).toHaveLength(1);
      expect(refused.errors[0].message).toMatch(/^Relationship read limit of 10000 exceeded/);
      expect(refused.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "maxRelationshipsRead", max: 10_000 });
      expect(res.status).toBe(400);
    });
  });

  describe("the web app's own queries", () => {
    it("stay under half of each limit on what they really return and read: a 2,000-node lineage graph", async () => {
      const g = generateLineageGraph(2000, { seed: 3 });
      for (let i = 0; i < g.proposals.length; i += 2000)
        expect(ingestProposals(server.store, g.proposals.slice(i, i + 2000), "urn:li:corpuser:test").rejected).toBe(0);
      const half = {
        maxResultSize: GRAPHQL_LIMITS.maxResultSize / 2,
        maxResponseBytes: GRAPHQL_LIMITS.maxResponseBytes / 2,
        maxRelationshipsRead: GRAPHQL_LIMITS.maxRelationshipsRead / 2,
      };
      const yoga = createGraphQL({ store: server.store, requireAuth: false, principalOf: () => ({ role: null, actor: null, tokenId: null }), limits: half });
      const query = print(addTypenameToDocument(LineageGraphDocument as unknown as DocumentNode));
      const input = graphInput(g.focusUrn, { up: g.upstreamHops, down: g.downstreamHops });
      const res = await yoga.fetch("http://localhost/api/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables: { input } }),
      });
      const body = await res.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.lineageGraph.nodes).toHaveLength(g.expectedNodes);
      expect(body.data.lineageGraph.truncated).toBe(false);
    });
  });

  describe("read workers", () => {
    const principalOf = () => ({ role: null, actor: null, tokenId: null });
    const queries: Array<[string, Record<string, unknown>?]> = [
      [
        `query($u: [String!]!) { entities(urns: $u) { urn ... on Dataset { name schemaMetadata { fields { fieldPath nullable } } } } }`,
        { u: [SMALL, SMALL, OTHER, ds("limits_nowhere")] },
      ],
      [
        `query($i: OrreryLineageGraphInput!) { lineageGraph(input: $i) { truncated truncatedBy maxEdges nodes { urn upstreamCount downstreamExplored } edges { source target } } }`,
        { i: { urn: DENSE.focus, downstreamHops: 2, maxEdges: 50 } },
      ],
      [
        `{ searchAcrossLineage(input: { urn: "${DENSE.focus}", direction: DOWNSTREAM, query: "*", count: 5 }) { total searchResults { entity { urn } degree paths { path { urn } } } } }`,
      ],
      [`query($u: [String!]!) { ${aliases(40, "entities(urns: $u) { ... on Dataset { properties { description } } }")} }`, { u: WORDY }],
      [`{ dataset(urn: "urn:li:dataset:(oops") { urn } }`],
      [`{ __typename me { corpUser { urn } } orreryInfo { extensions } }`],
    ];

    it("answer as the main thread does, reading through their own connections", async () => {
      const errors: Error[] = [];
      const pooled = createGraphQL({ store: server.store, requireAuth: false, principalOf, readWorkers: 2, onError: (e) => errors.push(e) });
      const local = createGraphQL({ store: server.store, requireAuth: false, principalOf, readWorkers: 0 });
      for (const [query, variables] of queries) {
        const ask = async (yoga: typeof pooled) => {
          server.store.counter.reset();
          const res = await yoga.fetch("http://localhost/api/graphql", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query, variables }),
          });
          return { status: res.status, body: await res.json(), statements: server.store.counter.count };
        };
        const main = await ask(local);
        const worker = await ask(pooled);
        expect({ status: worker.status, body: worker.body }, query).toEqual({ status: main.status, body: main.body });
        // Reads run in a worker, on its connection; `__typename`, `me` and `orreryInfo` on the main thread.
        if (!query.startsWith("{ __typename")) expect(worker.statements, query).toBe(0);
      }
      expect(errors).toEqual([]);
    });

    it("see what the main thread writes, search facets included", async () => {
      const pooled = createGraphQL({ store: server.store, requireAuth: false, principalOf, readWorkers: 1 });
      const facets = async () => {
        const res = await pooled.fetch("http://localhost/api/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: `{ searchAcrossEntities(input: { query: "*", count: 1 }) { total facets { field aggregations { value count } } } }` }),
        });
        const r = (await res.json()).data.searchAcrossEntities;
        return { total: r.total as number, tags: r.facets.find((f: { field: string }) => f.field === "tags").aggregations as Array<{ value: string }> };
      };
      const before = await facets();
      const tag = "urn:li:tag:limits_written_later";
      expect(ingestProposals(server.store, [j(ds("limits_written_later"), "globalTags", { tags: [{ tag }] })], "urn:li:corpuser:test").rejected).toBe(0);
      const after = await facets();
      expect(after.total).toBe(before.total + 1);
      expect(after.tags.map((a) => a.value)).toContain(tag);
    });

    it("answer 500 for a read that fails in a worker, and log its cause", async () => {
      // A catalog the worker cannot open: its file is gone.
      const dir = tempDir("orrery-gone-");
      const store = Store.open(path.join(dir, "gone.db"));
      fs.rmSync(dir, { recursive: true, force: true });
      const errors: Error[] = [];
      const yoga = createGraphQL({ store, requireAuth: false, principalOf, readWorkers: 1, onError: (e) => errors.push(e) });
      try {
        const res = await yoga.fetch("http://localhost/api/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: `{ getEntityCounts { counts { count } } }` }),
        });
        expect(res.status).toBe(500);
        expect((await res.json()).errors[0].message).toBe("Unexpected error.");
        expect(errors.map((e) => e.message).join("\n")).toMatch(/unable to open database file/);
      } finally {
        store.close();
      }
      // A pool whose catalog is closed runs nothing more.
      const pool = new ReadPool({ db: server.store.path, schema: "orrery", limits: GRAPHQL_LIMITS, size: 1 });
      pool.close();
      await expect(pool.run({ query: "{ __typename }", principal: principalOf() })).rejects.toThrow(/closed/);
    });
  });

  describe("errors while answering", () => {
    it("log their cause when the answer cannot be serialised", async () => {
      const realStringify = JSON.stringify;
      const stringify = vi.spyOn(JSON, "stringify").mockImplementation(function (value: unknown, ...rest: unknown[]) {
        if ((value as { data?: Record<string, unknown> } | null)?.data?.serialisationProbe) throw new RangeError("Invalid string length");
        return realStringify.call(JSON, value, ...(rest as [])) as string;
      });
      const written: string[] = [];
      const write = vi.spyOn(process.stderr, "write").mockImplementation((chunk: unknown) => {
        written.push(String(chunk));
        return true;
      });
      try {
        const res = await fetch(`${server.url}/api/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: realStringify({ query: "{ serialisationProbe: __typename }" }),
        });
        expect(res.status).toBe(500);
        expect((await res.json()).errors[0].message).toBe("Unexpected error.");
      } finally {
        stringify.mockRestore();
        write.mockRestore();
      }
      expect(written.join("")).toMatch(/RangeError: Invalid string length/);
    });
  });
});
