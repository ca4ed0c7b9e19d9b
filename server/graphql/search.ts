/**
 * Search: DataHub's search input (query, kinds, `filters` and `orFilters`, page) mapped to the
 * store's full-text search and facets, and back to DataHub's results; autocomplete; entity counts.
 */
import type { Context } from "./context";
import { badInput, checked } from "./context";
import type { AndFilterInput, EntityType as GraphQLEntityType, FacetFilterInput, QueryResolvers, SearchSortInput } from "./generated/resolvers-types";
import { ENTITY_TYPE_ENUM, SEARCHABLE_TYPES, URN_TYPE_OF_ENUM, ref } from "./entities";
import type { Out } from "./fields";
import { countArg, pageArgs, PAGE_RULES } from "../model/paging";
import type { SearchFilters, SearchResult } from "../store/types";
import { sortFromInput } from "../model/search-sort";

const DEFAULT_FACETS = ["_entityType", "platform", "typeNames", "tags", "glossaryTerms", "owners", "domains"];
const FACET_NAMES: { readonly [field: string]: string | undefined } = {
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

/** What a search asks (searchAcrossEntities' input, or Container.entities' with the container). */
export interface SearchInput {
  query?: string | null;
  start?: number | null;
  count?: number | null;
  types?: readonly GraphQLEntityType[] | null;
  filters?: readonly FacetFilterInput[] | null;
  orFilters?: readonly AndFilterInput[] | null;
  sortInput?: SearchSortInput | null;
}

/** EntityType values → the kinds (as in urns) searched; none for all. */
export function typesArg(types: readonly string[] | null | undefined): string[] | undefined {
  if (!Array.isArray(types) || types.length === 0) return undefined;
  return types.map((t) => {
    const u = URN_TYPE_OF_ENUM[t];
    if (!u) throw badInput(`entity type ${t} is not searchable here`);
    return u;
  });
}

/** DataHub's `filters` (AND) and `orFilters` (OR of ANDs) → our AND filter map. */
export function filtersArg(filters: readonly FacetFilterInput[] | null | undefined, orFilters: readonly AndFilterInput[] | null | undefined): SearchFilters {
  const criteria: FacetFilterInput[] = [];
  if (Array.isArray(filters)) criteria.push(...filters);
  if (Array.isArray(orFilters) && orFilters.length > 0) {
    const branches = orFilters.filter((b) => Array.isArray(b?.and) && b.and.length > 0);
    if (branches.length > 1) throw badInput("orFilters with more than one branch are not supported; combine values of one field in `values` instead");
    criteria.push(...(branches[0]?.and ?? []));
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
    const before = out[field];
    out[field] = before ? before.filter((v) => values.includes(v)) : values;
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

/** A search of the catalog (`extra`: filters the caller adds, such as the container searched in). */
export function runSearch(ctx: Context, input: SearchInput, extra: SearchFilters = {}): Out<"SearchResults"> {
  const { start, count } = checked(() => pageArgs(input.start, input.count, PAGE_RULES.search));
  const query = typeof input.query === "string" ? input.query : "*";
  if (query.length > 1000) throw badInput("query must be at most 1000 characters");
  const filters = filtersArg(input.filters, input.orFilters);
  const types = typesArg(input.types);
  const requested = types ?? filters.types;
  const only = filters.types;
  const allowed = requested && only ? requested.filter((t) => only.includes(t)) : requested;
  if (allowed && allowed.length === 0) return { start, count: 0, total: 0, searchResults: [], facets: [] };
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
  };
}

const MAX_AUTOCOMPLETE_QUERY = 500;

export const searchQueryResolvers = {
  searchAcrossEntities: (_, args, ctx) => runSearch(ctx, args.input),
  autoComplete: (_, { input }, ctx) => {
    const types = input.type ? typesArg([input.type]) : undefined;
    const limit = checked(() => countArg(input.limit, PAGE_RULES.autoComplete, "limit"));
    if (input.query.length > MAX_AUTOCOMPLETE_QUERY) throw badInput(`query must be at most ${MAX_AUTOCOMPLETE_QUERY} characters`);
    const rows = ctx.store.autocomplete(input.query, { types, limit });
    return { query: input.query, suggestions: rows.map((r) => r.name), entities: rows.map((r) => ({ urn: r.urn })) };
  },
  autoCompleteForMultiple: (_, { input }, ctx) => {
    const types = typesArg(input.types) ?? SEARCHABLE_TYPES;
    const limit = checked(() => countArg(input.limit, PAGE_RULES.autoComplete, "limit"));
    if (input.query.length > MAX_AUTOCOMPLETE_QUERY) throw badInput(`query must be at most ${MAX_AUTOCOMPLETE_QUERY} characters`);
    // One lookup per kind, as DataHub does, so a kind with many weak matches cannot crowd out the others.
    const suggestions = types.flatMap((t) => {
      const rows = ctx.store.autocomplete(input.query, { types: [t], limit });
      return rows.length ? [{ type: ENTITY_TYPE_ENUM[t] ?? "OTHER", suggestions: rows.map((r) => r.name), entities: rows.map((r) => ({ urn: r.urn })) }] : [];
    });
    return { query: input.query, suggestions };
  },
  getEntityCounts: (_, args, ctx) => {
    const types = typesArg(args.input?.types) ?? SEARCHABLE_TYPES;
    const counts = ctx.store.countByType(types);
    return { counts: types.map((t) => ({ entityType: ENTITY_TYPE_ENUM[t] ?? "OTHER", count: counts.get(t) ?? 0 })) };
  },
} satisfies QueryResolvers;
