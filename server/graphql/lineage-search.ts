/**
 * `searchAcrossLineage` and `scrollAcrossLineage`: a walk one way from an entity (server/lineage/),
 * with every input field DataHub defines: the degree filter, kinds, text, `filters`/`orFilters`
 * (any field and operator search takes, ./search-input.ts), `sortInput`, the time window
 * (`lineageFlags` or the older top-level `startTimeMillis`/`endTimeMillis`), the per-hop cap
 * (`entitiesExploredPerHopLimit`), `ignoreAsHops`, and `searchFlags`. See docs/API.md.
 */
import type { Context } from "./context";
import { badInput, checked } from "./context";
import type { LineageFlags, QueryResolvers, ScrollAcrossLineageInput, SearchAcrossLineageInput } from "./generated/resolvers-types";
import { ENTITY_TYPE_ENUM, SERVED_TYPES, URN_TYPE_OF_ENUM, urnArg } from "./entities";
import { typesArg } from "./search";
import { allCriteria, filterBranches, refuseView, searchFlagsArg, sortArg } from "./search-input";
import { checkKeepAlive, decodeScrollId, encodeScrollId, scrollFingerprint } from "./scroll-id";
import { compareKeys, degreeFilter, entityNames, searchLineage, type LineageSearchResult } from "../lineage/search";
import { MAX_LINEAGE_NODES, traverse, type Traversal } from "../lineage/traverse";
import { entityTypeOf } from "../model/urn";
import { intArg, pageArgs, PAGE_RULES } from "../model/paging";
import type { EdgeTimeWindow } from "../store/edges";

type LineageInput = SearchAcrossLineageInput | ScrollAcrossLineageInput;

/** The time window: lineageFlags' bounds, else the top-level ones; a missing bound is open. None when neither is given. */
export function windowArg(input: LineageInput): EdgeTimeWindow | undefined {
  const start = input.lineageFlags?.startTimeMillis ?? input.startTimeMillis ?? null;
  const end = input.lineageFlags?.endTimeMillis ?? input.endTimeMillis ?? null;
  if (start == null && end == null) return undefined;
  const window = { start: start ?? 0, end: end ?? Number.MAX_SAFE_INTEGER };
  if (window.start > window.end) throw badInput(`startTimeMillis (${window.start}) is after endTimeMillis (${window.end})`);
  return window;
}

/** The platform an urn names (a dataset's, a model's, a pipeline's orchestrator as a platform urn), if any. */
function platformOf(urn: string): string | null {
  const m = /urn:li:dataPlatform:([^,)]+)/.exec(urn);
  if (m) return `urn:li:dataPlatform:${m[1]}`;
  const flow = /urn:li:dataFlow:\(([^,]+),/.exec(urn);
  return flow ? `urn:li:dataPlatform:${flow[1]}` : null;
}

/** `ignoreAsHops` as a test of a node: its kind listed, with no platforms or one of them. */
function ignoreAsHopArg(flags: LineageFlags | null | undefined): ((urn: string) => boolean) | undefined {
  const rules = (flags?.ignoreAsHops ?? []).map((r) => ({ type: URN_TYPE_OF_ENUM[r.entityType], platforms: r.platforms ?? [] }));
  if (rules.length === 0) return undefined;
  return (urn) => {
    const type = entityTypeOf(urn);
    return rules.some((r) => r.type === type && (r.platforms.length === 0 || r.platforms.includes(platformOf(urn) ?? "")));
  };
}

/** The walk and the search over it, both ways of paging share. */
async function lineageSearch(
  ctx: Context,
  input: LineageInput,
  page: { start: number; count: number },
): Promise<{ walk: Traversal; found: LineageSearchResult } | null> {
  refuseView("viewUrn" in input ? input.viewUrn : null);
  const urn = urnArg(input.urn);
  // Checked before the focus is looked up, so bad input is refused whether the entity exists or not.
  const window = windowArg(input);
  if (!(await ctx.loaders.exists.load(urn))) return null;
  const direction = input.direction === "UPSTREAM" ? "UPSTREAM" : "DOWNSTREAM";
  const flags = searchFlagsArg(input.searchFlags);
  // DataHub filters hops with a `degree` criterion whose values are "1", "2", "3+".
  const criteria = allCriteria("filters" in input ? input.filters : null, input.orFilters);
  const degrees = checked(() => degreeFilter(criteria.filter((c) => c.field === "degree").flatMap((c) => c.values ?? [c.value])));
  const perHopLimit = input.lineageFlags?.entitiesExploredPerHopLimit;
  const walk = await traverse(ctx.store, urn, direction, {
    maxHops: degrees.maxHops,
    maxNodes: MAX_LINEAGE_NODES,
    perHopLimit: perHopLimit == null ? undefined : checked(() => intArg(perHopLimit, "lineageFlags.entitiesExploredPerHopLimit", 0, 1, MAX_LINEAGE_NODES)),
    ignoreAsHop: ignoreAsHopArg(input.lineageFlags),
    window,
    meter: ctx.budget?.readMeter(),
  });
  const branches = filterBranches("filters" in input ? input.filters : null, input.orFilters, new Set(["degree"]));
  const urns = [...walk.nodes.keys()];
  const allowed = branches.length || flags.includeSoftDeleted ? checked(() => ctx.store.matchingUrns(urns, branches, flags.includeSoftDeleted)) : null;
  const wanted = typesArg(input.types);
  const types = new Set(SERVED_TYPES.filter((t) => !wanted || wanted.includes(t)));
  const sortInput = "sortInput" in input ? sortArg(input.sortInput) : undefined;
  const sort =
    sortInput && sortInput.field !== "relevance"
      ? {
          descending: sortInput.order === "DESCENDING",
          keys:
            sortInput.field === "name"
              ? async (list: readonly string[]) =>
                  (await ctx.loaders.aspects.loadMany(list)).map((m, i) => (m instanceof Map ? entityNames(m)[0] : undefined) ?? list[i]!)
              : async (list: readonly string[]) => (await ctx.loaders.entity.loadMany(list)).map((r) => (r && !(r instanceof Error) ? r.updatedAt : 0)),
        }
      : null;
  const found = await searchLineage(walk, { degrees, types, query: input.query, allowed, sort, start: page.start, count: page.count }, async (list) =>
    (await ctx.loaders.aspects.loadMany(list)).map((m) => (m instanceof Map ? entityNames(m) : [])),
  );
  return { walk, found };
}

function resultsOf(walk: Traversal, nodes: LineageSearchResult["nodes"]) {
  return nodes.map((n) => ({
    entity: { urn: n.urn },
    degree: n.degree,
    degrees: [n.degree],
    paths: n.paths.map((p) => ({ path: p.map((u) => ({ urn: u })) })),
    matchedFields: [],
    insights: null,
    explored: !walk.truncated.has(n.urn),
    truncatedChildren: walk.truncated.has(n.urn),
    ignoredAsHop: walk.ignoredAsHop.has(n.urn),
  }));
}

function facetsOf(found: LineageSearchResult, skip: boolean, max: number) {
  if (skip) return [];
  return [
    {
      field: "_entityType",
      displayName: "Type",
      aggregations: [...found.typeCounts].slice(0, max).map(([v, c]) => ({ value: ENTITY_TYPE_ENUM[v] ?? v, count: c, entity: null, displayName: null })),
    },
    {
      field: "degree",
      displayName: "Degree",
      aggregations: [...found.degreeCounts].slice(0, max).map(([v, c]) => ({ value: v, count: c, entity: null, displayName: null })),
    },
  ];
}

/**
 * What DataHub says besides the page: `isPartial` when the walk's node cap or the request's read
 * budget left lineage unexplored (DataHub: its maxRelations limit or a timeout); `freshness`: read
 * from the catalog itself, uncached, as of now. `lineageSearchPath` names DataHub's own code paths
 * (TORTOISE, LIGHTNING), neither of which runs here, so it stays null.
 */
function walkInfo(walk: Traversal | null) {
  return { isPartial: walk?.partial ?? false, freshness: { cached: false, systemFreshness: [{ systemName: "catalog", freshnessMillis: Date.now() }] } };
}

const EMPTY = { count: 0, total: 0, searchResults: [], facets: [] };

export const lineageSearchResolvers = {
  searchAcrossLineage: async (_, { input }, ctx) => {
    const page = checked(() => pageArgs(input.start, input.count, PAGE_RULES.lineageSearch));
    const flags = searchFlagsArg(input.searchFlags);
    const r = await lineageSearch(ctx, input, page);
    if (!r) return { start: 0, ...EMPTY, ...walkInfo(null) };
    return {
      ...walkInfo(r.walk),
      start: page.start,
      count: r.found.nodes.length,
      total: r.found.total,
      searchResults: resultsOf(r.walk, r.found.nodes),
      facets: facetsOf(r.found, flags.skipAggregates, flags.maxAggValues),
    };
  },
  // Pages by the key of the last node given (its sort key, then urn), in the order searchAcrossLineage gives.
  scrollAcrossLineage: async (_, { input }, ctx) => {
    checkKeepAlive(input.keepAlive);
    const { count } = checked(() => pageArgs(0, input.count, PAGE_RULES.lineageSearch));
    const flags = searchFlagsArg(input.searchFlags);
    const { scrollId: _scrollId, keepAlive: _keepAlive, count: _count, ...walkOf } = input;
    const fingerprint = scrollFingerprint(["lineage", walkOf]);
    const after = decodeScrollId(input.scrollId, fingerprint);
    const r = await lineageSearch(ctx, input, { start: 0, count: 0 });
    if (!r) return { nextScrollId: null, ...EMPTY, ...walkInfo(null) };
    const [key, urn] = after ?? [];
    if (after && (typeof urn !== "string" || (typeof key !== "string" && typeof key !== "number"))) throw badInput("scrollId is not one this server gave");
    // The first node after the last one given (its degree, then urn: the order of the walk's results).
    const from = after ? r.found.ordered.findIndex((o) => (compareKeys(o.key, key as string | number) || o.node.urn.localeCompare(String(urn))) > 0) : 0;
    const rest = from < 0 ? [] : r.found.ordered.slice(from);
    const pageNodes = rest.slice(0, count);
    const last = pageNodes[pageNodes.length - 1];
    return {
      ...walkInfo(r.walk),
      nextScrollId: last && rest.length > count ? encodeScrollId(fingerprint, [last.key, last.node.urn]) : null,
      count: pageNodes.length,
      total: r.found.total,
      searchResults: resultsOf(
        r.walk,
        pageNodes.map((o) => o.node),
      ),
      facets: facetsOf(r.found, flags.skipAggregates, flags.maxAggValues),
    };
  },
} satisfies QueryResolvers;
