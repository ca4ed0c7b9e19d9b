/**
 * The lineage graph's geometry on the demo catalog: for the graphs the app shows (every asset of
 * the tutorial, DataHub's MLflow golden file, the sample MLflow store and the OpenMetadata models,
 * and a sample of the generated catalog, at one and at three hops each way), laid out and routed as
 * the browser does it, no edge — line or arrowhead — passes through a card, and every arrowhead
 * touches its target. Asks the server the app's own `lineageGraph` question over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers";
import { EMPTY_VIEW, layoutInput, visibleGraph, type Graph } from "../src/lineage/model";
import { DEFAULT_LAYOUT, layoutLineage } from "../src/lineage/layout";
import { NODE_H, NODE_W, edgeRoutes } from "../src/lineage/flow-elements";
import { cardBoxes } from "../src/lineage/routing";
import { crossings, tipOnTarget } from "../src/lineage/routing.test-util";
import { demoProposalSources } from "../server/demo/index";

/** The urns the hand-written demo sources (all but the generated catalog) write. */
function handWrittenUrns(): Set<string> {
  const out = new Set<string>();
  for (const source of demoProposalSources().filter((s) => !s.label.startsWith("generated"))) {
    for (const p of source.proposals()) {
      const urn =
        (p as { entityUrn?: string; proposedSnapshot?: Record<string, { urn?: string }> }).entityUrn ??
        Object.values((p as { proposedSnapshot?: Record<string, { urn?: string }> }).proposedSnapshot ?? {})[0]?.urn;
      if (urn) out.add(urn);
    }
  }
  return out;
}

const GRAPH = `query($input: OrreryLineageGraphInput!) { lineageGraph(input: $input) {
  focus nodes { urn degree direction upstreamCount downstreamCount upstreamExplored downstreamExplored } edges { source target type } } }`;

const SEARCH = `query($start: Int!) { searchAcrossEntities(input: { query: "*", start: $start, count: 1000 }) { total searchResults { entity { urn } } } }`;

describe("edges never pass under a card, on the demo catalog's graphs", () => {
  let server: TestServer;
  let urns: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    for (let start = 0; ; start += 1000) {
      const { body } = await server.graphql(SEARCH, { start });
      const page: string[] = body.data.searchAcrossEntities.searchResults.map((r: { entity: { urn: string } }) => r.entity.urn);
      urns.push(...page);
      if (page.length === 0 || urns.length >= body.data.searchAcrossEntities.total) break;
    }
  }, 120_000);
  afterAll(() => server?.stop());

  async function check(urn: string, hops: number, fanOut?: number): Promise<{ nodes: number; edges: number }> {
    const { body } = await server.graphql(GRAPH, { input: { urn, upstreamHops: hops, downstreamHops: hops, maxNodes: 2000 } });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const graph = body.data.lineageGraph as Graph;
    const visible = visibleGraph(graph, EMPTY_VIEW, (u) => u, fanOut);
    const input = layoutInput(visible);
    const { positions } = layoutLineage(input.nodes, input.edges, DEFAULT_LAYOUT);
    const boxes = cardBoxes(positions, NODE_W, NODE_H);
    const routes = edgeRoutes(visible, positions);
    expect(crossings(boxes, routes), `${urn} at ${hops} hops`).toEqual([]);
    for (const e of visible.edges) {
      if (e.source === e.target) continue;
      const r = routes.get(e.id);
      expect(r, `${e.id} has a route`).toBeDefined();
      expect(tipOnTarget(r!, boxes.get(e.target)!), `${e.id}'s arrowhead touches ${e.target}`).toBe(true);
    }
    return { nodes: visible.nodes.length, edges: routes.size };
  }

  it("the hand-written demo sources: every asset they name, at 1 and 3 hops", async () => {
    const hand = handWrittenUrns();
    const named = urns.filter((u) => hand.has(u));
    expect(named).toContain("urn:li:dataProcessInstance:simple_training_run");
    expect(named.length).toBeGreaterThan(20);
    let edges = 0;
    for (const u of named) edges += (await check(u, 1)).edges + (await check(u, 3)).edges;
    expect(edges).toBeGreaterThan(100);
  }, 240_000);

  it("a sample of the generated catalog, at 2 hops and with wide fan-out", async () => {
    const hand = handWrittenUrns();
    const sample = urns.filter((u, i) => !hand.has(u) && i % 23 === 0).slice(0, 150);
    let biggest = 0;
    for (const u of sample) biggest = Math.max(biggest, (await check(u, 2, 40)).nodes);
    expect(biggest).toBeGreaterThan(20);
  }, 240_000);

  it("the tutorial's run, whose group edge skips the model's column", async () => {
    const { edges } = await check("urn:li:dataProcessInstance:simple_training_run", 2);
    expect(edges).toBe(5);
  });
});
