/**
 * The Assets tab of a tag, glossary term, person or group: the search page's results, filters and
 * paging with the page's own tag, term or owner as a fixed filter (DataHub's `searchAcrossEntities`
 * with facet `tags`, `glossaryTerms` or `owners`), its state in the tab's URL, and a link to the
 * same search on the search page.
 */
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql";
import { EmptyState } from "../components/states";
import { SearchIcon } from "../components/icons";
import { useFilterText, useTabSearch } from "../entities/shared/tab-search";
import { urls } from "../lib/urls";
import { SearchView, type SearchLink } from "./search-view";
import { assetsSearch, assetsTabSearch, FACET_PARAMS, type FacetParam } from "./params";

/** The kinds whose page lists assets, and the search filter each one is. */
export const ASSET_FILTER = { tag: "tag", glossaryTerm: "term", user: "owner", group: "owner" } as const satisfies Record<string, FacetParam>;
export type LabelKind = keyof typeof ASSET_FILTER;

const AssetCountQuery = graphql(`
  query AssetCount($filters: [FacetFilterInput!]) {
    searchAcrossEntities(input: { query: "*", start: 0, count: 0, orFilters: [{ and: $filters }] }) {
      total
    }
  }
`);

/**
 * How many assets name this tag, term or owner, asked only when `ask` (a page whose entity the
 * server does not know still has a page when assets name it, as a tag applied but never described).
 */
export function useAssetCount(kind: LabelKind, urn: string, ask: boolean): { count: number | null; loading: boolean } {
  const field = FACET_PARAMS.find((f) => f.param === ASSET_FILTER[kind])!.field;
  const { data, loading } = useQuery(AssetCountQuery, { variables: { filters: [{ field, values: [urn] }] }, skip: !ask });
  return { count: data?.searchAcrossEntities?.total ?? null, loading: ask && loading };
}

function heading(kind: LabelKind, name: string): string {
  switch (kind) {
    case "tag":
      return `Assets tagged ${name}`;
    case "glossaryTerm":
      return `Assets with the term ${name}`;
    case "user":
      return `Assets ${name} owns`;
    case "group":
      return `Assets the group ${name} owns`;
  }
}

function emptyText(kind: LabelKind, name: string): { title: string; body: ReactNode } {
  switch (kind) {
    case "tag":
      return {
        title: `Nothing is tagged ${name} yet`,
        body: "A tag reaches an asset with the metadata its source sends, or when someone who may edit adds it on the asset's Summary.",
      };
    case "glossaryTerm":
      return {
        title: `No asset has the term ${name} yet`,
        body: "A glossary term reaches an asset with the metadata its source sends, or when someone who may edit adds it on the asset's Summary.",
      };
    case "user":
    case "group":
      return {
        title: `${name} owns no assets yet`,
        body: "Owners arrive with the metadata a source sends, or when someone who may edit adds them on an asset's Summary.",
      };
  }
}

export function AssetsTab({ kind, urn, name }: { kind: LabelKind; urn: string; name: string }) {
  const { search, update } = useTabSearch();
  const fixed = ASSET_FILTER[kind];
  const params = assetsSearch(search, fixed, urn);
  const [text, setText] = useFilterText(search.q, (q) => update({ q, page: undefined }, true));
  const link: SearchLink = (target, props) => <Link {...urls.entity(kind, urn, "assets", assetsTabSearch(target, fixed))} resetScroll={false} {...props} />;
  const empty = emptyText(kind, name);
  return (
    <SearchView
      params={params}
      fixed={fixed}
      link={link}
      heading={
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <h2 className="min-w-0 truncate text-base font-semibold" title={heading(kind, name)}>
            {heading(kind, name)}
          </h2>
          <label className="relative w-full sm:w-64">
            <span className="sr-only">Filter these assets by text</span>
            <span className="pointer-events-none absolute top-1/2 left-2 -translate-y-1/2 text-slate-500 dark:text-slate-400">
              <SearchIcon size={14} />
            </span>
            <input
              type="search"
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder="Filter by text…"
              className="w-full rounded-md border border-slate-300 bg-white py-1 pr-2 pl-7 text-sm placeholder:text-slate-500 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/40 focus:outline-none dark:border-slate-700 dark:bg-slate-900 dark:placeholder:text-slate-400"
            />
          </label>
        </div>
      }
      actions={
        <Link {...urls.search(params)} className="ml-auto text-xs text-indigo-700 hover:underline dark:text-indigo-300">
          Open in search →
        </Link>
      }
      empty={(filtered) =>
        filtered ? (
          <EmptyState title="Nothing matches these filters">Remove a filter or change the text to see more of them.</EmptyState>
        ) : (
          <EmptyState title={empty.title}>{empty.body}</EmptyState>
        )
      }
    />
  );
}
