/**
 * The lineage benchmark's graph (lineage-graph.ts), ingested through the real ingestion path into a
 * real server and read back with the `lineageGraph` query the graph view uses: the node counts the
 * generator promises, the fan-out cap of 10, and the frontier that expanding adds to.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../test/helpers";
import { ingestProposals } from "../server/ingest/proposals";
import { generateLineageGraph, MAX_NEIGHBOURS, type LineageBenchGraph } from "./lineage-graph";

const QUERY = `query ($input: OrreryLineageGraphInput!) {
  lineageGraph(input: $input) {
    truncated
    nodes { urn degree direction upstreamCount downstreamCount upstreamExplored downstreamExplored }
    edges { source target type }
  }
}`;

interface GraphNode {
  urn: string;
  degree: number;
  direction: "UPSTREAM" | "DOWNSTREAM" | null;
  upstreamCount: number;
  downstreamCount: number;
  upstreamExplored: boolean;
  downstreamExplored: boolean;
}
interface GraphResult {
  truncated: boolean;
  nodes: GraphNode[];
  edges: Array<{ source: string; target: string; type: string }>;
}

describe("generateLineageGraph", () => {
  it("is deterministic", () => {
    const a = generateLineageGraph(300);
    expect(JSON.stringify(generateLineageGraph(300))).toBe(JSON.stringify(a));
    expect(JSON.stringify(generateLineageGraph(300, { seed: 2 }))).not.toBe(JSON.stringify(a));
  });

  it("promises ≈N nodes, a realistic mix and a frontier", () => {
    for (const n of [100, 500, 1000, 2000]) {
      const g = generateLineageGraph(n);
      expect(Math.abs(g.expectedNodes - n), `size ${n}`).toBeLessThanOrEqual(n * 0.05);
      expect(g.expectedNodes).toBe(1 + g.expectedUpstream + g.expectedDownstream);
      for (const t of ["dataset", "dataProcessInstance", "mlModel", "mlModelGroup"]) expect(g.byType[t] ?? 0, `${t} at ${n}`).toBeGreaterThan(0);
      expect(g.expandable.length).toBeGreaterThan(n >= 500 ? 20 : 10);
      for (const u of g.expandable) {
        expect(g.hidden[u].length).toBeGreaterThanOrEqual(3);
        expect(g.hidden[u].length).toBeLessThanOrEqual(8);
      }
    }
  });
});

describe.each([100, 500, 1000, 2000])("lineage graph of %i nodes, through ingestion and lineageGraph", (size) => {
  let server: TestServer;
  let g: LineageBenchGraph;
  const query = async (extra: Record<string, unknown> = {}): Promise<GraphResult> => {
    const r = await server.graphql<{ lineageGraph: GraphResult }>(QUERY, {
      input: { urn: g.focusUrn, upstreamHops: g.upstreamHops, downstreamHops: g.downstreamHops, maxNodes: 5000, ...extra },
    });
    expect(r.body.errors).toBeUndefined();
    return r.body.data!.lineageGraph;
  };

  beforeAll(async () => {
    server = await startTestServer();
    g = generateLineageGraph(size);
    const report = ingestProposals(server.store, g.proposals, "urn:li:corpuser:bench");
    expect(report.results.filter((r) => !r.ok).map((r) => r.error)).toEqual([]);
  });
  afterAll(() => server?.stop());

  it("shows the expected nodes within ±5% of the size (exactly the generator's count)", async () => {
    const graph = await query();
    expect(graph.truncated).toBe(false);
    expect(graph.nodes).toHaveLength(g.expectedNodes);
    expect(Math.abs(graph.nodes.length - size)).toBeLessThanOrEqual(size * 0.05);
    expect(graph.nodes.filter((n) => n.direction === "UPSTREAM")).toHaveLength(g.expectedUpstream);
    expect(graph.nodes.filter((n) => n.direction === "DOWNSTREAM")).toHaveLength(g.expectedDownstream);
    expect(Math.max(...graph.nodes.filter((n) => n.direction === "UPSTREAM").map((n) => n.degree))).toBe(g.upstreamHops);
    expect(Math.max(...graph.nodes.filter((n) => n.direction === "DOWNSTREAM").map((n) => n.degree))).toBe(g.downstreamHops);
  });

  it("has at most 10 lineage neighbours per node and direction", async () => {
    const graph = await query({ expand: g.expandable.map((urn) => ({ urn, direction: "DOWNSTREAM" })) });
    for (const n of graph.nodes) {
      expect(n.upstreamCount, n.urn).toBeLessThanOrEqual(MAX_NEIGHBOURS);
      expect(n.downstreamCount, n.urn).toBeLessThanOrEqual(MAX_NEIGHBOURS);
    }
    // the same from the edges the view draws
    const per = new Map<string, number>();
    for (const e of graph.edges) {
      per.set(`d${e.source}`, (per.get(`d${e.source}`) ?? 0) + 1);
      per.set(`u${e.target}`, (per.get(`u${e.target}`) ?? 0) + 1);
    }
    expect(Math.max(...per.values())).toBeLessThanOrEqual(MAX_NEIGHBOURS);
  });

  it("has unexplored downstream neighbours exactly at the frontier, and expanding adds them", async () => {
    const graph = await query();
    const unexplored = graph.nodes.filter((n) => !n.downstreamExplored || !n.upstreamExplored);
    expect(unexplored.map((n) => n.urn).sort()).toEqual([...g.expandable].sort());
    for (const n of unexplored) {
      expect(n.direction).toBe("DOWNSTREAM");
      expect(n.degree).toBe(g.downstreamHops);
      expect(n.upstreamExplored).toBe(true);
      expect(n.downstreamCount).toBe(g.hidden[n.urn].length);
    }
    const one = g.expandable[0];
    const expanded = await query({ expand: [{ urn: one, direction: "DOWNSTREAM" }] });
    expect(expanded.nodes).toHaveLength(g.expectedNodes + g.hidden[one].length);
    const added = expanded.nodes.filter((n) => n.degree === g.downstreamHops + 1).map((n) => n.urn);
    expect(added.sort()).toEqual([...g.hidden[one]].sort());
    expect(expanded.nodes.find((n) => n.urn === one)?.downstreamExplored).toBe(true);
    const all = await query({ expand: g.expandable.map((urn) => ({ urn, direction: "DOWNSTREAM" })) });
    expect(all.nodes).toHaveLength(g.expectedNodes + g.expandable.reduce((s, u) => s + g.hidden[u].length, 0));
    expect(all.nodes.every((n) => n.upstreamExplored && n.downstreamExplored)).toBe(true);
  });
});
