/**
 * `lineageGraph` (Orrery's lineage query, for graph views; DataHub's searchAcrossLineage and
 * scrollAcrossLineage are ./lineage-search.ts). The walks are server/lineage/; here, the arguments in
 * and the results out.
 */
import { badInput, checked } from "./context";
import type { QueryResolvers, LineageGraphInput } from "./generated/resolvers-types";
import { ENTITY_TYPE_ENUM, ref, urnArg } from "./entities";
import {
  DEFAULT_GRAPH_EDGES,
  DEFAULT_GRAPH_NODES,
  MAX_GRAPH_EDGES,
  MAX_GRAPH_EXPANDS,
  MAX_GRAPH_HOPS,
  MAX_GRAPH_NODES,
  lineageGraph,
  type LineageGraphOptions,
} from "../lineage/graph";
import { intArg } from "../model/paging";

/**
 * `lineageGraph`'s input, checked: the focus urn, hops (0–5 each way), the node cap (1–5,000), the
 * edge cap (1–20,000), at most 200 expansions with valid urns, and the type filter (EntityType names → urn entity types;
 * an empty list filters nothing, a type Orrery never stores matches nothing).
 */
function lineageGraphArgs(input: LineageGraphInput): { urn: string } & LineageGraphOptions {
  const urn = urnArg(input.urn);
  const upstreamHops = checked(() => intArg(input.upstreamHops, "upstreamHops", 1, 0, MAX_GRAPH_HOPS));
  const downstreamHops = checked(() => intArg(input.downstreamHops, "downstreamHops", 1, 0, MAX_GRAPH_HOPS));
  const maxNodes = checked(() => intArg(input.maxNodes, "maxNodes", DEFAULT_GRAPH_NODES, 1, MAX_GRAPH_NODES));
  const maxEdges = checked(() => intArg(input.maxEdges, "maxEdges", DEFAULT_GRAPH_EDGES, 1, MAX_GRAPH_EDGES));
  const expandList = input.expand ?? [];
  if (expandList.length > MAX_GRAPH_EXPANDS) throw badInput(`expand may list at most ${MAX_GRAPH_EXPANDS} nodes, got ${expandList.length}`);
  const expand = expandList.map((e, i) => {
    try {
      return { urn: urnArg(e.urn), direction: e.direction };
    } catch (err) {
      throw badInput(`expand[${i}]: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
  const wanted: readonly string[] = input.types ?? [];
  const types = wanted.length === 0 ? null : new Set(Object.keys(ENTITY_TYPE_ENUM).filter((t) => wanted.includes(ENTITY_TYPE_ENUM[t] ?? "")));
  return { urn, upstreamHops, downstreamHops, maxNodes, maxEdges, expand, types };
}

export const lineageQueryResolvers = {
  // Orrery extension: nodes and edges around a focus, for graph views (see lineageGraph() in server/lineage/graph.ts).
  lineageGraph: async (_, args, ctx) => {
    const { urn, ...opts } = lineageGraphArgs(args.input);
    if (!(await ctx.loaders.exists.load(urn))) return null;
    const graph = await lineageGraph(ctx.store, urn, { ...opts, meter: ctx.budget?.readMeter() });
    // A node of a kind the schema has no type for keeps its urn; its `entity` is null.
    return { ...graph, nodes: graph.nodes.map((n) => ({ ...n, entity: ref(n.urn) })) };
  },
} satisfies QueryResolvers;
