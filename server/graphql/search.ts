/**
 * Search: DataHub's search input (query, kinds, `filters` and `orFilters`, page) mapped to the
 * store's full-text search and facets, and back to DataHub's results; autocomplete; entity counts.
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import type { Context } from "./context";
import { badInput, checked } from "./context";
import type {
  AndFilterInput,
  EntityType as GraphQLEntityType,
  FacetFilterInput,
  QueryResolvers,
  SearchFlags,
  SearchSortInput,
} from "./generated/resolvers-types";
import { ENTITY_TYPE_ENUM, SEARCHABLE_TYPES, URN_TYPE_OF_ENUM, ref } from "./entities";
import type { Out } from "./fields";
import { countArg, pageArgs, PAGE_RULES } from "../model/paging";
import type { SearchFilters, SearchHit, SearchQuery, SearchResult } from "../store/types";
import { filterBranches, refuseView, searchFlagsArg, sortArg, type SearchFlagOptions } from "./search-input";
import { filterField, isPositiveMembership, type FilterBranches } from "../store/search-filters";

export const DEFAULT_FACETS = ["_entityType", "platform", "typeNames", "tags", "glossaryTerms", "owners", "domains"];
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
  searchFlags?: SearchFlags | null;
  viewUrn?: string | null;
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

/** Every kind (as in urns) an EntityType names. */
const KNOWN_KINDS = new Set<string>(Object.values(URN_TYPE_OF_ENUM).filter((v): v is string => typeof v === "string"));

const isKindCriterion = (c: FilterBranches[number][number]) => /^_?entityType$/.test(filterField(c.field)) && isPositiveMembership(c);

/**
 * The kinds a search can match: `types`, narrowed by what every filter branch says of the entity's
 * kind (`_entityType` EQUAL or IN, not negated). The web app filters kinds that way; naming them as
 * kinds also reaches the ones a listing shows but the full-text index leaves out (groups). With one
 * branch the kinds say all its kind criteria say (the kinds every one of them names), so those
 * criteria leave the filter: the full-text index narrows by kind in its own pass, where a criterion
 * on the kind costs a look-up per match (seconds for a common word at 100,000 entities). With
 * several branches the criteria stay in the filter, which still decides.
 */
function kindsSearched(types: string[] | undefined, where: FilterBranches): { types: string[] | undefined; where: FilterBranches } {
  if (where.length === 0) return { types, where };
  const named = new Set<string>();
  /** with one branch: the kinds every kind criterion of it names */
  let every: Set<string> | null = null;
  for (const branch of where) {
    const kinds = branch.filter(isKindCriterion);
    if (kinds.length === 0) return { types, where };
    for (const c of kinds) {
      // the criterion's values are kinds as in urns already (./search-input.ts)
      if (c.values.some((v) => !KNOWN_KINDS.has(v))) return { types, where };
      for (const v of c.values) named.add(v);
      if (where.length === 1) every = new Set(every ? c.values.filter((v) => every!.has(v)) : c.values);
    }
  }
  if (every) {
    const both = types ? types.filter((t) => every!.has(t)) : [...every];
    if (both.length) return { types: both, where: [where[0]!.filter((c) => !isKindCriterion(c))].filter((b) => b.length > 0) };
  }
  // No kind in both: the filter, still applied, matches nothing (an empty list would mean every kind).
  const both = types ? types.filter((t) => named.has(t)) : [...named];
  return { types: both.length ? both : types, where };
}

export function facetsOut(result: SearchResult) {
  return result.facets.map((f) => ({
    field: f.field,
    displayName: FACET_NAMES[f.field] ?? f.field,
    aggregations: f.aggregations.map((a) => {
      const value = f.field === "_entityType" ? (ENTITY_TYPE_ENUM[a.value] ?? a.value) : a.value;
      return { value, count: a.count, entity: f.field === "_entityType" ? null : ref(a.value), displayName: null };
    }),
  }));
}

/**
 * A search's input as the store's query (`extra`: filters the caller adds, such as the container
 * searched in): the text, kinds, filters, sort and flags, checked. See ./search-input.ts.
 */
export function searchQueryOf(
  input: SearchInput,
  extra: SearchFilters = {},
  facets: readonly string[] = DEFAULT_FACETS,
): { query: SearchQuery; flags: SearchFlagOptions } {
  refuseView(input.viewUrn);
  const query = typeof input.query === "string" ? input.query : "*";
  if (query.length > 1000) throw badInput("query must be at most 1000 characters");
  const { types, where } = kindsSearched(typesArg(input.types), filterBranches(input.filters, input.orFilters));
  const flags = searchFlagsArg(input.searchFlags);
  return {
    query: {
      query,
      filters: { ...extra, types },
      where,
      facets: flags.skipAggregates ? [] : [...facets],
      sort: sortArg(input.sortInput),
      includeSoftDeleted: flags.includeSoftDeleted,
      maxAggValues: flags.maxAggValues,
      skipHighlighting: flags.skipHighlighting,
      corrections: flags.fulltext,
      skipCache: flags.skipCache,
    },
    flags,
  };
}

/** A search result of a hit: its entity and where it matched (the fields asked for, if any). */
export function searchResultOf(h: SearchHit, flags: SearchFlagOptions) {
  const fields = flags.highlightFields;
  return {
    entity: { urn: h.urn },
    matchedFields: h.matchedFields.filter((m) => !fields || fields.has(m.name)).map((m) => ({ name: m.name, value: m.value, entity: null })),
    insights: null,
    extraProperties: [],
  };
}

/** The current aspects a search read for its hits, handed to this request's loader (the hits' fields read them next). */
export function primeAspects(ctx: Context, hits: readonly SearchHit[]): void {
  for (const h of hits) if (h.aspects) ctx.loaders.aspects.prime(h.urn, h.aspects);
}

/** Whether a field's selection asks for `name` (in fragments too; under @skip or @include it counts as asked). Memoised per field node. */
const asked = new WeakMap<FieldNode, Map<string, boolean>>();
export function selects(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, name: string): boolean {
  const node = info.fieldNodes[0];
  let byName = asked.get(node);
  const known = byName?.get(name);
  if (known !== undefined) return known;
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return visit(info.fragments[s.name.value]?.selectionSet);
    });
  const result = info.fieldNodes.some((n) => visit(n.selectionSet));
  if (!byName) asked.set(node, (byName = new Map()));
  byName.set(name, result);
  return result;
}

/**
 * A search of the catalog (`extra`: filters the caller adds, such as the container searched in).
 * Facets are counted only when the selection asks for them (`info`): a container's or domain's list
 * of entities rarely does, and counting them is most of a listing's cost.
 */
export function runSearch(ctx: Context, input: SearchInput, extra: SearchFilters = {}, info?: GraphQLResolveInfo): Out<"SearchResults"> {
  const { start, count } = checked(() => pageArgs(input.start, input.count, PAGE_RULES.search));
  const { query: full, flags } = searchQueryOf(input, extra);
  const query = info && !selects(info, "facets") ? { ...full, facets: [] } : full;
  const result = checked(() => ctx.store.search({ ...query, start, count }));
  primeAspects(ctx, result.hits);
  return {
    start: result.start,
    count: result.count,
    total: result.total,
    searchResults: result.hits.map((h) => searchResultOf(h, flags)),
    facets: facetsOut(result),
  };
}

const MAX_AUTOCOMPLETE_QUERY = 500;

export const searchQueryResolvers = {
  searchAcrossEntities: (_, args, ctx, info) => runSearch(ctx, args.input, {}, info),
  // DataHub's single-kind search: the same search, restricted to `input.type`.
  search: (_, { input }, ctx, info) => runSearch(ctx, { ...input, types: [input.type] }, {}, info),
  autoComplete: (_, { input }, ctx) => {
    const types = input.type ? typesArg([input.type]) : undefined;
    const limit = checked(() => countArg(input.limit, PAGE_RULES.autoComplete, "limit"));
    if (input.query.length > MAX_AUTOCOMPLETE_QUERY) throw badInput(`query must be at most ${MAX_AUTOCOMPLETE_QUERY} characters`);
    const where = filterBranches(input.filters, input.orFilters);
    const rows = checked(() => ctx.store.autocomplete(input.query, { types, limit, where }));
    return { query: input.query, suggestions: rows.map((r) => r.name), entities: rows.map((r) => ({ urn: r.urn })) };
  },
  autoCompleteForMultiple: (_, { input }, ctx) => {
    refuseView(input.viewUrn);
    const types = typesArg(input.types) ?? SEARCHABLE_TYPES;
    const where = filterBranches(input.filters, input.orFilters);
    const limit = checked(() => countArg(input.limit, PAGE_RULES.autoComplete, "limit"));
    if (input.query.length > MAX_AUTOCOMPLETE_QUERY) throw badInput(`query must be at most ${MAX_AUTOCOMPLETE_QUERY} characters`);
    // One lookup per kind, as DataHub does, so a kind with many weak matches cannot crowd out the others.
    const suggestions = types.flatMap((t) => {
      const rows = checked(() => ctx.store.autocomplete(input.query, { types: [t], limit, where }));
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
