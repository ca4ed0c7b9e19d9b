import type { SearchParams } from "../lib/urls";

/** Facet field on the server ↔ URL parameter here. */
export const FACET_PARAMS = [
  { field: "_entityType", param: "type", label: "Type" },
  { field: "platform", param: "platform", label: "Platform" },
  { field: "tags", param: "tag", label: "Tag" },
  { field: "glossaryTerms", param: "term", label: "Glossary term" },
  { field: "owners", param: "owner", label: "Owner" },
] as const;

export type FacetParam = (typeof FACET_PARAMS)[number]["param"];

export const PAGE_SIZE = 20;

/** The search parameters an entity tab's URL may carry (the Assets tab of a tag, term, person or group). */
export type TabSearchParams = Pick<SearchParams, "q" | "type" | "platform" | "tag" | "term" | "owner" | "page">;

/**
 * The search an Assets tab shows: its URL's filters, plus the page's own tag, term or owner as the
 * one value of `fixed` (whatever the URL says of that parameter).
 */
export function assetsSearch(tab: TabSearchParams, fixed: FacetParam, urn: string): SearchParams {
  const out: SearchParams = {};
  if (tab.q?.trim()) out.q = tab.q;
  for (const { param } of FACET_PARAMS) {
    const values = param === fixed ? [urn] : tab[param];
    if (values?.length) out[param] = values;
  }
  if (tab.page && tab.page > 1) out.page = tab.page;
  return out;
}

/** The Assets tab's URL parameters for a search: the fixed filter is the page itself, so it is left out. */
export function assetsTabSearch(params: SearchParams, fixed: FacetParam): TabSearchParams {
  const out: TabSearchParams = {};
  if (params.q?.trim()) out.q = params.q;
  for (const { param } of FACET_PARAMS) {
    const values = params[param];
    if (param !== fixed && values?.length) out[param] = values;
  }
  if (params.page && params.page > 1) out.page = params.page;
  return out;
}
