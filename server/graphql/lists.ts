/**
 * DataHub's list roots over kinds the catalog stores and searches: `listDomains` (the domains under
 * a parent, or the top-level ones) and `listUsers`. Both are the catalog's search restricted to the
 * kind, as DataHub's resolvers search its index: `query` matches as in search (none or "*": all),
 * ordered by name.
 */
import type { Context } from "./context";
import { checked } from "./context";
import type { QueryResolvers } from "./generated/resolvers-types";
import { urnArg } from "./entities";
import { pageArgs, PAGE_RULES } from "../model/paging";
import { entityTypeOf } from "../model/urn";
import type { FilterBranches } from "../store/search-filters";
import type { ScrollPosition } from "../store/types";

const BY_NAME = { field: "name", order: "ASCENDING" } as const;

/** One kind's search page: `where` narrows it (the domains of a parent). */
function listKind(ctx: Context, type: string, input: { start?: number | null; count?: number | null; query?: string | null }, where: FilterBranches = []) {
  const { start, count } = checked(() => pageArgs(input.start, input.count, PAGE_RULES.search));
  const query = input.query?.trim() ? input.query : "*";
  const r = checked(() => ctx.store.search({ query, filters: { types: [type] }, where, facets: [], sort: BY_NAME, start, count }));
  return { start: r.start, count: r.hits.length, total: r.total, urns: r.hits.map((h) => h.urn) };
}

/** Every stored domain (read by keyset pages; the catalog holds few), for telling top-level ones apart. */
function allDomains(ctx: Context): string[] {
  const out: string[] = [];
  let after: ScrollPosition | null = null;
  for (;;) {
    const page = checked(() => ctx.store.scroll({ query: "*", filters: { types: ["domain"] }, facets: [], count: 1000 }, after));
    out.push(...page.hits.map((h) => h.urn));
    const last = page.hits[page.hits.length - 1];
    if (!last || page.hits.length < 1000) return out;
    after = { id: last.id, key: last.key ?? null };
  }
}

/** The domains whose parent (`domainProperties.parentDomain`, an IsPartOf relationship) is a domain. */
function childDomains(ctx: Context, parents: readonly string[] | null): string[] {
  const edges = parents
    ? ctx.store.getEdges(parents, "INCOMING", ["IsPartOf"]).map((e) => e.src)
    : ctx.store
        .getEdges(allDomains(ctx), "OUTGOING", ["IsPartOf"])
        .filter((e) => entityTypeOf(e.dst) === "domain")
        .map((e) => e.src);
  return [...new Set(edges.filter((u) => entityTypeOf(u) === "domain"))];
}

export const listQueryResolvers = {
  listDomains: (_, { input }, ctx) => {
    const parent = input.parentDomain == null ? null : urnArg(input.parentDomain, "domain");
    // Under a parent: its child domains. Without one: the domains that have no parent domain.
    const where: FilterBranches = parent
      ? [[{ field: "urn", values: childDomains(ctx, [parent]) }]]
      : [[{ field: "urn", values: childDomains(ctx, null), negated: true }]];
    if (parent && where[0]![0]!.values.length === 0) return { start: 0, count: 0, total: 0, domains: [] };
    const values = where[0]![0]!.values;
    const page = listKind(ctx, "domain", input, values.length ? where : []);
    return { start: page.start, count: page.count, total: page.total, domains: page.urns.map((urn) => ({ urn })) };
  },
  listUsers: (_, { input }, ctx) => {
    const page = listKind(ctx, "corpuser", input);
    return { start: page.start, count: page.count, total: page.total, users: page.urns.map((urn) => ({ urn })) };
  },
} satisfies QueryResolvers;
