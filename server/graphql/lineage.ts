/**
 * The lineage queries: `searchAcrossLineage` (DataHub's) and `lineageGraph` (Orrery's, for graph
 * views). The walks, the search's filters and facets are server/lineage/; here, the arguments in and
 * the results out.
 */
import { badInput, checked } from "./context";
import type { QueryResolvers, OrreryLineageGraphInput } from "./generated/resolvers-types";
import { ENTITY_TYPE_ENUM, SERVED_TYPES, ref, urnArg } from "./entities";
import { filtersArg, typesArg } from "./search";
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
import { degreeFilter, entityNames, searchLineage } from "../lineage/search";
import { MAX_LINEAGE_NODES, traverse } from "../lineage/traverse";
import { intArg, pageArgs, PAGE_RULES } from "../model/paging";

/**
 * `lineageGraph`'s input, checked: the focus urn, hops (0–5 each way), the node cap (1–5,000), the
 * edge cap (1–20,000), at most 200 expansions with valid urns, and the type filter (EntityType names → urn entity types;
 * an empty list filters nothing, a type Orrery never stores matches nothing).
 */
function lineageGraphArgs(input: OrreryLineageGraphInput): { urn: string } & LineageGraphOptions {
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
  searchAcrossLineage: async (_, { input }, ctx) => {
    const urn = urnArg(input.urn);
    if (!(await ctx.loaders.exists.load(urn))) return { start: 0, count: 0, total: 0, searchResults: [], facets: [] };
    const direction = input.direction === "UPSTREAM" ? "UPSTREAM" : "DOWNSTREAM";
    const { start, count } = checked(() => pageArgs(input.start, input.count, PAGE_RULES.search));
    // DataHub filters hops with a `degree` criterion whose values are "1", "2", "3+".
    const criteria = [...(input.filters ?? []), ...(input.orFilters?.[0]?.and ?? [])];
    const degrees = checked(() => degreeFilter(criteria.filter((c) => c.field === "degree").flatMap((c) => c.values ?? [c.value])));
    const walk = await traverse(ctx.store, urn, direction, { maxHops: degrees.maxHops, maxNodes: MAX_LINEAGE_NODES, meter: ctx.budget?.readMeter() });
    const filters = filtersArg(
      criteria.filter((c) => c.field !== "degree"),
      [],
    );
    const wanted = typesArg(input.types) ?? filters.types;
    const types = new Set(SERVED_TYPES.filter((t) => !wanted || wanted.includes(t)));
    const found = await searchLineage(walk, { degrees, types, query: input.query, start, count }, async (urns) =>
      (await ctx.loaders.aspects.loadMany(urns)).map((m) => (m instanceof Map ? entityNames(m) : [])),
    );
    return {
      start,
      count: found.nodes.length,
      total: found.total,
      searchResults: found.nodes.map((n) => ({
        entity: { urn: n.urn },
        degree: n.degree,
        degrees: [n.degree],
        paths: n.paths.map((p) => ({ path: p.map((u) => ({ urn: u })) })),
        matchedFields: [],
        insights: null,
        explored: !walk.truncated.has(n.urn),
        truncatedChildren: walk.truncated.has(n.urn),
        ignoredAsHop: false,
      })),
      facets: [
        {
          field: "_entityType",
          displayName: "Type",
          aggregations: [...found.typeCounts].map(([v, c]) => ({ value: ENTITY_TYPE_ENUM[v] ?? v, count: c, entity: null, displayName: null })),
        },
        {
          field: "degree",
          displayName: "Degree",
          aggregations: [...found.degreeCounts].map(([v, c]) => ({ value: v, count: c, entity: null, displayName: null })),
        },
      ],
    };
  },
  // Orrery extension: nodes and edges around a focus, for graph views (see lineageGraph() in server/lineage/graph.ts).
  lineageGraph: async (_, args, ctx) => {
    const { urn, ...opts } = lineageGraphArgs(args.input);
    if (!(await ctx.loaders.exists.load(urn))) return null;
    const graph = await lineageGraph(ctx.store, urn, { ...opts, meter: ctx.budget?.readMeter() });
    // A node of a kind the schema has no type for keeps its urn; its `entity` is null.
    return { ...graph, nodes: graph.nodes.map((n) => ({ ...n, entity: ref(n.urn) })) };
  },
} satisfies QueryResolvers;
