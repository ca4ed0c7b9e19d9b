import { useEffect, useState } from "react";
import { Link, useNavigate } from "@tanstack/react-router";
import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData } from "../gql";
import { FacetFields, FacetGroup, aggLabel, withFacet } from "./facets";
import { FACET_PARAMS, PAGE_SIZE } from "./params";
import { EntityListRow } from "../entities/shared/list-item";
import { EmptyState, ErrorMessage, Skeleton } from "../components/states";
import { Pager } from "../components/pager";
import { Highlight } from "../components/highlight";
import { urnTail } from "../lib/format";
import { SEARCH_SORTS, urls, type SearchParams, type SearchSortParam } from "../lib/urls";
import { SearchHelp } from "./search-help";

/** The sort choices, as the URL's `sort` and as DataHub's sortInput. */
const SORTS: Record<SearchSortParam, { label: string; field: string; sortOrder: "ASCENDING" | "DESCENDING" }> = {
  name: { label: "Name A–Z", field: "name", sortOrder: "ASCENDING" },
  "-name": { label: "Name Z–A", field: "name", sortOrder: "DESCENDING" },
  "-changed": { label: "Last changed", field: "lastModified", sortOrder: "DESCENDING" },
  changed: { label: "Least recently changed", field: "lastModified", sortOrder: "ASCENDING" },
};

const SearchQuery = graphql(`
  query Search($query: String!, $start: Int!, $count: Int!, $filters: [FacetFilterInput!], $sort: SearchSortInput) {
    searchAcrossEntities(input: { query: $query, start: $start, count: $count, orFilters: [{ and: $filters }], sortInput: $sort }) {
      start
      count
      total
      searchResults {
        entity { urn ...EntityListItem }
        matchedFields { name value }
      }
      facets { ...FacetFields }
    }
  }
`);

/** Matches already visible in the row (name, description) or too vague to name. */
const HIDDEN_MATCHES = new Set(["name", "description", "urn", "id"]);
const MATCH_LABEL: Record<string, string> = {
  tags: "tag",
  glossaryTerms: "glossary term",
  owners: "owner",
  customProperties: "custom property",
  platform: "platform",
  fieldPaths: "field",
  text: "properties",
  hyperParams: "hyper-parameter",
  trainingMetrics: "metric",
};

/** The part of a long matched value around the first query word. */
function snippet(value: string, query: string | undefined, radius = 40): string {
  const words = (query ?? "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
  const lower = value.toLowerCase();
  const at = Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0), Number.POSITIVE_INFINITY);
  if (!Number.isFinite(at) || value.length <= radius * 2) return value.length > radius * 2 ? `${value.slice(0, radius * 2)}…` : value;
  const from = Math.max(0, at - radius);
  const to = Math.min(value.length, at + radius);
  return `${from > 0 ? "…" : ""}${value.slice(from, to)}${to < value.length ? "…" : ""}`;
}

/** /search: full-text results with facets (type, platform, tag, glossary term, owner) and paging, all in the URL. */
export function SearchPage({ params }: { params: SearchParams }) {
  const page = params.page ?? 1;
  const filters = FACET_PARAMS.flatMap(({ field, param }) => {
    const values = params[param];
    return values?.length ? [{ field, values }] : [];
  });
  const q = params.q?.trim() || "*";
  const { data, previousData, loading, error } = useQuery(SearchQuery, {
    variables: {
      query: q,
      start: (page - 1) * PAGE_SIZE,
      count: PAGE_SIZE,
      filters,
      sort: params.sort ? { sortCriteria: [{ field: SORTS[params.sort].field, sortOrder: SORTS[params.sort].sortOrder }] } : null,
    },
  });
  const navigate = useNavigate();
  const result = (data ?? previousData)?.searchAcrossEntities;
  const total = result?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const labels = new Map<string, string>();
  for (const f of (result?.facets ?? []).map((x) => getFragmentData(FacetFields, x)))
    for (const a of f.aggregations) labels.set(`${f.field}\u0000${a.value}`, aggLabel(f.field, a));
  // Facet counts are exact up to 200,000 matches; beyond, the server counts the newest ones (docs/API.md, "Search scale"): say so.
  const typeFacet = (result?.facets ?? []).map((f) => getFragmentData(FacetFields, f)).find((f) => f.field === "_entityType");
  const counted = typeFacet?.aggregations.reduce((n, a) => n + a.count, 0) ?? 0;
  const sampled = typeFacet && counted > 0 && counted < total ? counted : 0;
  const active = FACET_PARAMS.flatMap(({ field, param, label }) => (params[param] ?? []).map((value) => ({ field, param, label, value })));
  const [filtersOpen, setFiltersOpen] = useState(false);
  useEffect(() => {
    document.title = params.q ? `“${params.q}” · Search · Orrery` : "Search · Orrery";
  }, [params.q]);

  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-[15rem_minmax(0,1fr)] md:gap-6">
      {/* Below md the filters fold away behind a button above the results. */}
      <button
        type="button"
        aria-expanded={filtersOpen}
        aria-controls="search-filters"
        onClick={() => setFiltersOpen((o) => !o)}
        className="justify-self-start rounded-md border border-slate-300 px-3 py-1 text-sm text-slate-700 md:hidden dark:border-slate-700 dark:text-slate-200"
      >
        {filtersOpen ? "Hide filters" : active.length ? `Filters (${active.length})` : "Filters"}
      </button>
      <aside id="search-filters" aria-label="Filters" className={`space-y-5 ${filtersOpen ? "" : "hidden md:block"}`}>
        {sampled ? (
          <p className="rounded-md bg-amber-50 px-2 py-1.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200">
            Counts are estimates: they cover the {sampled.toLocaleString("en-US")} most recently changed of {total.toLocaleString("en-US")} matches. Add a word
            or a filter for exact counts.
          </p>
        ) : null}
        {FACET_PARAMS.map(({ field, param, label }) => (
          <FacetGroup
            key={field}
            field={field}
            param={param}
            label={label}
            params={params}
            query={q}
            filters={filters}
            facet={result?.facets?.find((f) => getFragmentData(FacetFields, f).field === field)}
            loading={loading && !result}
          />
        ))}
      </aside>
      <section aria-label="Results" className="min-w-0">
        <h1 className="mb-1 truncate text-xl font-semibold" title={params.q}>
          {params.q ? <>Results for “{params.q}”</> : "All assets"}
        </h1>
        <div className="mb-3 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
          <span aria-live="polite">{loading && !result ? "Searching…" : `${total.toLocaleString("en-US")} ${total === 1 ? "asset" : "assets"}`}</span>
          <label className="ml-auto flex items-center gap-1 text-xs">
            Sort
            <select
              value={params.sort ?? ""}
              onChange={(e) => void navigate(urls.search({ ...params, sort: (e.target.value || undefined) as SearchSortParam | undefined, page: undefined }))}
              className="rounded-md border border-slate-300 bg-white px-1.5 py-0.5 text-xs dark:border-slate-700 dark:bg-slate-900"
            >
              <option value="">{params.q?.trim() && params.q.trim() !== "*" ? "Relevance" : "Recently changed"}</option>
              {SEARCH_SORTS.map((s) => (
                <option key={s} value={s}>
                  {SORTS[s].label}
                </option>
              ))}
            </select>
          </label>
          <SearchHelp />
          {active.map((f) => (
            <Link
              key={`${f.param}:${f.value}`}
              {...urls.search(
                withFacet(
                  params,
                  f.param,
                  (params[f.param] ?? []).filter((v) => v !== f.value),
                ),
              )}
              className="inline-flex items-center gap-1 rounded-full bg-indigo-50 px-2 py-0.5 text-xs text-indigo-800 ring-1 ring-indigo-300 ring-inset hover:bg-indigo-100 dark:bg-indigo-950 dark:text-indigo-200 dark:ring-indigo-700"
              aria-label={`Remove filter ${f.label.toLowerCase()} ${labels.get(`${f.field}\u0000${f.value}`) ?? urnTail(f.value)}`}
            >
              {f.label}: {labels.get(`${f.field}\u0000${f.value}`) ?? urnTail(f.value)} <span aria-hidden>×</span>
            </Link>
          ))}
          {active.length > 1 ? (
            <Link {...urls.search(params.q ? { q: params.q } : {})} className="text-xs text-indigo-700 hover:underline dark:text-indigo-300">
              Clear all filters
            </Link>
          ) : null}
        </div>
        <ErrorMessage error={error} what="Search results" />
        {loading && !result ? (
          <Skeleton lines={8} label="Searching" />
        ) : total === 0 && !error ? (
          <EmptyState title={params.q ? `Nothing matches “${params.q}”` : "Nothing matches these filters"}>
            {params.q && !/[\p{L}\p{N}]/u.test(params.q) ? "This search has no word in it, only punctuation, so it finds nothing. " : null}Try fewer or shorter
            words, or remove a filter. Names, descriptions, tags, glossary terms, owners, platforms and custom properties are searched; a word matches words
            that start with it.
          </EmptyState>
        ) : !result?.searchResults.length ? null : (
          <ol
            className={`divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white px-4 dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900 ${loading ? "opacity-70" : ""}`}
          >
            {result?.searchResults.map((r) => {
              // Other text (custom properties, parameters, fields) is worth a snippet only when the name and description did not match.
              const visible = r.matchedFields.some((m) => m.name === "name" || m.name === "description");
              const extra = r.matchedFields.filter((m) => !HIDDEN_MATCHES.has(m.name) && !(m.name === "text" && visible));
              return (
                <li key={r.entity.urn}>
                  <EntityListRow entity={r.entity} query={params.q}>
                    {extra.length ? (
                      <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-slate-600 dark:text-slate-400">
                        {extra.slice(0, 4).map((m, i) => (
                          <span key={i} className="max-w-80 truncate" title={`${m.name}: ${m.value}`}>
                            matched {MATCH_LABEL[m.name] ?? m.name}: <Highlight text={snippet(m.value, params.q)} query={params.q} />
                          </span>
                        ))}
                      </p>
                    ) : null}
                  </EntityListRow>
                </li>
              );
            })}
          </ol>
        )}
        <Pager
          page={page}
          pages={pages}
          label="Result pages"
          renderLink={(target, children, className, rel) => (
            <Link {...urls.search({ ...params, page: target })} rel={rel} className={className}>
              {children}
            </Link>
          )}
        />
      </section>
    </div>
  );
}
