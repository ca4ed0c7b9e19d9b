import type { Context } from "./context";
import { badInput, checked } from "./context";
import { ENTITY_TYPE_ENUM, GRAPHQL_TYPE, SEARCHABLE_TYPES, URN_TYPE_OF_ENUM, lookup, ref, urnArg, type Ref } from "./entities";
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
import type { LineageDirection } from "../lineage/reader";
import { degreeFilter, entityNames, searchLineage } from "../lineage/search";
import { MAX_LINEAGE_NODES, traverse } from "../lineage/traverse";
import { countArg, intArg, pageArgs, PAGE_RULES } from "../model/paging";
import type { SearchFilters, SearchResult } from "../store/types";
import { sortFromInput } from "../model/search-sort";

type A = Record<string, any>;

const MAX_PAGE_SIZE = PAGE_RULES.search.maxCount;
const DEFAULT_FACETS = ["_entityType", "platform", "typeNames", "tags", "glossaryTerms", "owners", "domains"];
const FACET_NAMES: Record<string, string> = {
  _entityType: "Type",
  platform: "Platform",
  typeNames: "Sub Type",
  tags: "Tag",
  glossaryTerms: "Glossary Term",
  owners: "Owner",
  container: "Container",
  domains: "Domain",
  degree: "Degree",
};

function typesArg(types: unknown): string[] | undefined {
  if (!Array.isArray(types) || types.length === 0) return undefined;
  return types.map((t: string) => {
    const u = URN_TYPE_OF_ENUM[t];
    if (!u) throw badInput(`entity type ${t} is not searchable here`);
    return u;
  });
}

/** DataHub's `filters` (AND) and `orFilters` (OR of ANDs) → our AND filter map. */
function filtersArg(filters: unknown, orFilters: unknown): SearchFilters {
  const criteria: A[] = [];
  if (Array.isArray(filters)) criteria.push(...filters);
  if (Array.isArray(orFilters) && orFilters.length > 0) {
    const branches = orFilters.filter((b: A) => Array.isArray(b?.and) && b.and.length > 0);
    if (branches.length > 1) throw badInput("orFilters with more than one branch are not supported; combine values of one field in `values` instead");
    if (branches[0]) criteria.push(...branches[0].and);
  }
  const out: SearchFilters = {};
  for (const c of criteria) {
    if (c.negated) throw badInput(`negated filters are not supported (field ${c.field})`);
    if (c.condition && c.condition !== "EQUAL") throw badInput(`filter condition ${c.condition} is not supported (field ${c.field}); use EQUAL`);
    const values: string[] = Array.isArray(c.values) && c.values.length ? c.values : c.value != null ? [c.value] : [];
    let field = String(c.field);
    if (field === "_entityType" || field === "entityType") {
      field = "_entityType";
      const mapped = values.map((v) => URN_TYPE_OF_ENUM[v] ?? v);
      out.types = out.types ? out.types.filter((t) => mapped.includes(t)) : mapped;
      continue;
    }
    if (field.endsWith(".keyword")) field = field.slice(0, -".keyword".length);
    out[field] = out[field] ? out[field]!.filter((v) => values.includes(v)) : values;
  }
  return out;
}

function facetsOut(result: SearchResult) {
  return result.facets.map((f) => ({
    field: f.field,
    displayName: FACET_NAMES[f.field] ?? f.field,
    aggregations: f.aggregations.map((a) => {
      const value = f.field === "_entityType" ? (ENTITY_TYPE_ENUM[a.value] ?? a.value) : a.value;
      return { value, count: a.count, entity: f.field === "_entityType" ? null : ref(a.value), displayName: null };
    }),
  }));
}

export function runSearch(ctx: Context, input: A, extra: SearchFilters = {}) {
  const { start, count } = checked(() => pageArgs(input.start, input.count, PAGE_RULES.search));
  const query = typeof input.query === "string" ? input.query : "*";
  if (query.length > 1000) throw badInput("query must be at most 1000 characters");
  const filters = filtersArg(input.filters, input.orFilters);
  const types = typesArg(input.types);
  const requested = types ?? filters.types;
  const allowed = requested && filters.types ? requested.filter((t) => filters.types!.includes(t)) : requested;
  if (allowed && allowed.length === 0) return { start, count: 0, total: 0, searchResults: [], facets: [], suggestions: [] };
  const { sort, error } = sortFromInput(input.sortInput);
  if (error) throw badInput(error);
  const result = ctx.store.search({
    query,
    filters: { ...filters, ...extra, types: allowed },
    start,
    count,
    facets: DEFAULT_FACETS,
    sort,
  });
  return {
    start: result.start,
    count: result.count,
    total: result.total,
    searchResults: result.hits.map((h) => ({
      entity: { urn: h.urn },
      matchedFields: h.matchedFields.map((m) => ({ name: m.name, value: m.value, entity: null })),
      insights: null,
      extraProperties: [],
    })),
    facets: facetsOut(result),
    suggestions: [],
  };
}

function directionArg(value: unknown, name: string): LineageDirection {
  if (value === "UPSTREAM" || value === "DOWNSTREAM") return value;
  throw badInput(`${name} must be UPSTREAM or DOWNSTREAM`);
}

/**
 * `lineageGraph`'s input, checked: the focus urn, hops (0–5 each way), the node cap (1–5,000), the
 * edge cap (1–20,000), at most 200 expansions with valid urns, and the type filter (EntityType names → urn entity types;
 * an empty list filters nothing, a type Orrery never stores matches nothing).
 */
function lineageGraphArgs(input: A): { urn: string } & LineageGraphOptions {
  if (!input || typeof input !== "object") throw badInput("input is required");
  const urn = urnArg(input.urn);
  const upstreamHops = checked(() => intArg(input.upstreamHops, "upstreamHops", 1, 0, MAX_GRAPH_HOPS));
  const downstreamHops = checked(() => intArg(input.downstreamHops, "downstreamHops", 1, 0, MAX_GRAPH_HOPS));
  const maxNodes = checked(() => intArg(input.maxNodes, "maxNodes", DEFAULT_GRAPH_NODES, 1, MAX_GRAPH_NODES));
  const maxEdges = checked(() => intArg(input.maxEdges, "maxEdges", DEFAULT_GRAPH_EDGES, 1, MAX_GRAPH_EDGES));
  if (input.expand != null && !Array.isArray(input.expand)) throw badInput("expand must be a list");
  const expandList: A[] = input.expand ?? [];
  if (expandList.length > MAX_GRAPH_EXPANDS) throw badInput(`expand may list at most ${MAX_GRAPH_EXPANDS} nodes, got ${expandList.length}`);
  const expand = expandList.map((e, i) => {
    try {
      return { urn: urnArg(e?.urn), direction: directionArg(e?.direction, "direction") };
    } catch (err) {
      throw badInput(`expand[${i}]: ${(err as Error).message}`);
    }
  });
  if (input.types != null && !Array.isArray(input.types)) throw badInput("types must be a list");
  const wanted: unknown[] = input.types ?? [];
  const types = wanted.length === 0 ? null : new Set(Object.keys(ENTITY_TYPE_ENUM).filter((t) => wanted.includes(ENTITY_TYPE_ENUM[t])));
  return { urn, upstreamHops, downstreamHops, maxNodes, maxEdges, expand, types };
}

/**
 * `entities(urns:)`'s list, checked and without repeats, per list given: every alias that passes the
 * same variable gets the same array, which is checked once.
 */
const distinctUrns = new WeakMap<readonly string[], string[]>();

const rootLookup = (type: string) => (_: unknown, args: { urn: string }, ctx: Context) => lookup(ctx, args.urn, type);

export const queryResolvers = {
  entity: async (_: unknown, args: { urn: string }, ctx: Context) => {
    const r = await lookup(ctx, args.urn);
    return r && ref(r.urn);
  },
  // Each distinct urn is answered once, in the order first given (after normalising, so `…,name)` and
  // `…,name,PROD)` are one entity); DataHub repeats an entity at every place its urn is listed.
  entities: async (_: unknown, args: { urns: string[] }, ctx: Context) => {
    if (args.urns.length > MAX_PAGE_SIZE) throw badInput(`at most ${MAX_PAGE_SIZE} urns at once`);
    let urns = distinctUrns.get(args.urns);
    if (!urns) distinctUrns.set(args.urns, (urns = [...new Set([...new Set(args.urns)].map((u) => urnArg(u)))]));
    const exists = await ctx.loaders.exists.loadMany(urns);
    return urns.map((u, i) => (exists[i] === true ? ref(u) : null));
  },
  entityExists: async (_: unknown, args: { urn: string }, ctx: Context) => ctx.loaders.exists.load(urnArg(args.urn)),
  mlModel: rootLookup("mlModel"),
  mlModelGroup: rootLookup("mlModelGroup"),
  mlFeature: rootLookup("mlFeature"),
  mlFeatureTable: rootLookup("mlFeatureTable"),
  mlPrimaryKey: rootLookup("mlPrimaryKey"),
  container: rootLookup("container"),
  dataProcessInstance: rootLookup("dataProcessInstance"),
  dataset: rootLookup("dataset"),
  corpUser: rootLookup("corpuser"),
  corpGroup: rootLookup("corpGroup"),
  // One indexed probe each, not the entity's relationships (a tag may be on every entity of the catalog).
  versionSet: async (_: unknown, args: { urn: string }, ctx: Context) => {
    const urn = urnArg(args.urn, "versionSet");
    return ctx.store.isReferenced(urn, "VersionOf") ? { urn } : null;
  },
  // Platforms, tags and terms exist as soon as something refers to them, as in DataHub.
  dataPlatform: (_: unknown, args: { urn: string }) => ({ urn: urnArg(args.urn, "dataPlatform") }),
  tag: async (_: unknown, args: { urn: string }, ctx: Context) => {
    const urn = urnArg(args.urn, "tag");
    if (await ctx.loaders.exists.load(urn)) return { urn };
    return ctx.store.isReferenced(urn, "TaggedWith") ? { urn } : null;
  },
  glossaryTerm: async (_: unknown, args: { urn: string }, ctx: Context) => {
    const urn = urnArg(args.urn, "glossaryTerm");
    if (await ctx.loaders.exists.load(urn)) return { urn };
    return ctx.store.isReferenced(urn, "TermedWith") ? { urn } : null;
  },
  searchAcrossEntities: (_: unknown, args: { input: A }, ctx: Context) => runSearch(ctx, args.input ?? {}),
  autoComplete: (_: unknown, args: { input: A }, ctx: Context) => {
    const input = args.input ?? {};
    const types = input.type ? typesArg([input.type]) : undefined;
    const limit = checked(() => countArg(input.limit, PAGE_RULES.autoComplete, "limit"));
    if (String(input.query ?? "").length > 500) throw badInput("query must be at most 500 characters");
    const rows = ctx.store.autocomplete(String(input.query ?? ""), { types, limit });
    return { query: input.query, suggestions: rows.map((r) => r.name), entities: rows.map((r) => ({ urn: r.urn })) };
  },
  autoCompleteForMultiple: (_: unknown, args: { input: A }, ctx: Context) => {
    const input = args.input ?? {};
    const types = typesArg(input.types) ?? SEARCHABLE_TYPES;
    const limit = checked(() => countArg(input.limit, PAGE_RULES.autoComplete, "limit"));
    if (String(input.query ?? "").length > 500) throw badInput("query must be at most 500 characters");
    // One lookup per kind, as DataHub does, so a kind with many weak matches cannot crowd out the others.
    const suggestions = types.flatMap((t) => {
      const rows = ctx.store.autocomplete(String(input.query ?? ""), { types: [t], limit });
      return rows.length ? [{ type: ENTITY_TYPE_ENUM[t], suggestions: rows.map((r) => r.name), entities: rows.map((r) => ({ urn: r.urn })) }] : [];
    });
    return { query: input.query, suggestions };
  },
  getEntityCounts: (_: unknown, args: { input?: A }, ctx: Context) => {
    const types = typesArg(args.input?.types) ?? SEARCHABLE_TYPES;
    const counts = ctx.store.countByType(types);
    return { counts: types.map((t) => ({ entityType: ENTITY_TYPE_ENUM[t], count: counts.get(t) ?? 0 })) };
  },
  entityHistory: async (_: unknown, args: { urn: unknown; start?: unknown; count?: unknown; field?: unknown }, ctx: Context) => {
    const urn = urnArg(args.urn);
    const { start, count } = checked(() => pageArgs(args.start, args.count, PAGE_RULES.entityHistory));
    const field = typeof args.field === "string" && args.field.trim() ? args.field.trim() : null;
    if (field && field.length > 200) throw badInput("field is longer than 200 characters");
    if (!(await ctx.loaders.exists.load(urn))) return null;
    // Numbered when written; only the page's stored versions are read and diffed.
    const page = ctx.store.historyPage(urn, { start, count, field });
    return { urn, ...page };
  },
  searchAcrossLineage: async (_: unknown, args: { input: A }, ctx: Context) => {
    const input = args.input ?? {};
    const urn = urnArg(input.urn);
    if (!(await ctx.loaders.exists.load(urn))) return { start: 0, count: 0, total: 0, searchResults: [], facets: [] };
    const direction = input.direction === "UPSTREAM" ? "UPSTREAM" : "DOWNSTREAM";
    const { start, count } = checked(() => pageArgs(input.start, input.count, PAGE_RULES.search));
    // DataHub filters hops with a `degree` criterion whose values are "1", "2", "3+".
    const criteria: A[] = [...(input.filters ?? []), ...((input.orFilters ?? [])[0]?.and ?? [])];
    const degrees = checked(() => degreeFilter(criteria.filter((c) => c.field === "degree").flatMap((c) => c.values ?? [c.value])));
    const walk = await traverse(ctx.store, urn, direction, { maxHops: degrees.maxHops, maxNodes: MAX_LINEAGE_NODES, meter: ctx.budget?.readMeter() });
    const filters = filtersArg(
      criteria.filter((c) => c.field !== "degree"),
      [],
    );
    const wanted = typesArg(input.types) ?? filters.types;
    const types = new Set(Object.keys(GRAPHQL_TYPE).filter((t) => !wanted || wanted.includes(t)));
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
  lineageGraph: async (_: unknown, args: { input: A }, ctx: Context) => {
    const { urn, ...opts } = lineageGraphArgs(args.input);
    if (!(await ctx.loaders.exists.load(urn))) return null;
    const graph = await lineageGraph(ctx.store, urn, { ...opts, meter: ctx.budget?.readMeter() });
    // A node of a kind the schema has no type for keeps its urn; its `entity` is null.
    return { ...graph, nodes: graph.nodes.map((n) => ({ ...n, entity: ref(n.urn) })) };
  },
};

export const containerResolvers = {
  entities: (p: Ref, args: { input?: A }, ctx: Context) => runSearch(ctx, { query: "*", ...(args.input ?? {}) }, { container: [p.urn] }),
};
