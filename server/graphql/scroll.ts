/**
 * `scrollAcrossEntities` (what DataHub's Python SDK lists and walks the catalog with) and
 * `aggregateAcrossEntities` (facet counts alone). A scroll takes the search's input (./search.ts) and
 * pages by the key of the last entity given (the store's Search.scroll): stable under writes between
 * pages as far as an entity keeps its sort key; `nextScrollId` is null on the last page.
 */
import { badInput, checked } from "./context";
import type { QueryResolvers } from "./generated/resolvers-types";
import { DEFAULT_FACETS, facetsOut, primeAspects, searchQueryOf, searchResultOf } from "./search";
import { checkKeepAlive, decodeScrollId, encodeScrollId, scrollFingerprint } from "./scroll-id";
import { pageArgs, PAGE_RULES } from "../model/paging";

/** The facets aggregateAcrossEntities may be asked for: the kind and every facet field search filters on. */
const AGGREGATABLE = new Set(["_entityType", "platform", "typeNames", "tags", "glossaryTerms", "owners", "container", "domains"]);

export const scrollQueryResolvers = {
  scrollAcrossEntities: (_, { input }, ctx) => {
    checkKeepAlive(input.keepAlive);
    const { count } = checked(() => pageArgs(0, input.count, PAGE_RULES.search));
    const { query, flags } = searchQueryOf(input);
    const { scrollId: _scrollId, keepAlive: _keepAlive, count: _count, ...walked } = input;
    const fingerprint = scrollFingerprint(["entities", walked]);
    const position = decodeScrollId(input.scrollId, fingerprint);
    const [id, key] = position ?? [];
    if (position && (typeof id !== "number" || !Number.isSafeInteger(id) || (key != null && typeof key !== "string" && typeof key !== "number")))
      throw badInput("scrollId is not one this server gave");
    const after = position ? { id: id as number, key: (key ?? null) as string | number | null } : null;
    // One more than the page tells whether there is a next one.
    const page = checked(() => ctx.store.scroll({ ...query, count: count + 1 }, after));
    const hits = page.hits.slice(0, count);
    primeAspects(ctx, hits);
    const last = hits[hits.length - 1];
    // Facets, when asked for, are the whole search's (as DataHub answers them on every page).
    const facets = query.facets?.length ? facetsOut(checked(() => ctx.store.search({ ...query, start: 0, count: 0 }))) : [];
    return {
      nextScrollId: last && page.hits.length > count ? encodeScrollId(fingerprint, [last.id, last.key ?? null]) : null,
      count: hits.length,
      total: page.total,
      searchResults: hits.map((h) => searchResultOf(h, flags)),
      facets,
    };
  },
  aggregateAcrossEntities: (_, { input }, ctx) => {
    const asked = input.facets == null ? DEFAULT_FACETS : input.facets.filter((f): f is string => typeof f === "string");
    for (const f of asked) {
      if (f.includes("\u241e")) throw badInput(`nested facets (${JSON.stringify(f)}) are not supported; ask for each field on its own`);
      if (!AGGREGATABLE.has(f)) throw badInput(`facet ${JSON.stringify(f)} is not one this catalog counts; ask for ${[...AGGREGATABLE].join(", ")}`);
    }
    const { query } = searchQueryOf(input, {}, asked);
    if (query.facets?.length === 0) return { facets: [] };
    return { facets: facetsOut(checked(() => ctx.store.search({ ...query, start: 0, count: 0 }))) };
  },
} satisfies QueryResolvers;
