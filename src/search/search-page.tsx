import { Link } from "@tanstack/react-router";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql";
import { FACET_PARAMS, PAGE_SIZE, type SearchParams } from "./params";
import { EntityListRow } from "../entities/list-item";
import { EmptyState, ErrorMessage, Skeleton } from "../components/states";
import { KINDS, kindOfEntityType } from "../lib/kinds";
import { urnTail } from "../lib/format";

const SearchQuery = graphql(`
  query Search($query: String!, $start: Int!, $count: Int!, $filters: [FacetFilterInput!]) {
    searchAcrossEntities(input: { query: $query, start: $start, count: $count, orFilters: [{ and: $filters }] }) {
      start
      count
      total
      searchResults {
        entity { urn ...EntityListItem }
        matchedFields { name value }
      }
      facets {
        field
        displayName
        aggregations {
          value
          count
          entity {
            urn
            ... on Tag { name }
            ... on GlossaryTerm { name }
            ... on CorpUser { username properties { displayName } }
            ... on DataPlatform { name properties { displayName } }
          }
        }
      }
    }
  }
`);

/** Matches already visible in the row (name, description) or not worth naming (other text). */
const HIDDEN_MATCHES = new Set(["name", "description", "text"]);

type Agg = { value: string; count: number; entity?: { urn: string; name?: string | null; username?: string; properties?: { displayName?: string | null } | null } | null };

function aggLabel(field: string, a: Agg): string {
  if (field === "_entityType") {
    const k = kindOfEntityType(a.value);
    return k ? KINDS[k].plural : a.value;
  }
  const e = a.entity;
  return e?.properties?.displayName || e?.name || e?.username || urnTail(a.value);
}

export function SearchPage({ params }: { params: SearchParams }) {
  const page = params.page ?? 1;
  const filters = FACET_PARAMS.flatMap(({ field, param }) => {
    const values = params[param];
    return values?.length ? [{ field, values }] : [];
  });
  const q = params.q?.trim() || "*";
  const { data, loading, error } = useQuery(SearchQuery, {
    variables: { query: q, start: (page - 1) * PAGE_SIZE, count: PAGE_SIZE, filters },
  });
  const result = data?.searchAcrossEntities;
  const total = result?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <div className="grid grid-cols-[15rem_1fr] gap-6">
      <aside aria-label="Filters" className="space-y-5">
        {FACET_PARAMS.map(({ field, param, label }) => {
          const facet = result?.facets?.find((f) => f.field === field);
          const selected = new Set(params[param] ?? []);
          const aggs = (facet?.aggregations ?? []).slice(0, 12);
          return (
            <fieldset key={field}>
              <legend className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{label}</legend>
              {aggs.length === 0 ? (
                <p className="text-xs text-slate-500 dark:text-slate-400">{loading ? "…" : "none in these results"}</p>
              ) : (
                <ul className="space-y-0.5">
                  {aggs.map((a) => {
                    const on = selected.has(a.value);
                    const next = on ? [...selected].filter((v) => v !== a.value) : [...selected, a.value];
                    return (
                      <li key={a.value}>
                        <Link
                          to="/search"
                          search={{ ...params, [param]: next.length ? next : undefined, page: undefined }}
                          aria-current={on ? "true" : undefined}
                          className={`flex items-center justify-between gap-2 rounded px-2 py-0.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800 ${on ? "bg-indigo-50 font-medium text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200" : ""}`}
                        >
                          <span className="truncate" title={a.value}>
                            {on ? "✓ " : ""}
                            {aggLabel(field, a as Agg)}
                          </span>
                          <span className="text-xs tabular-nums text-slate-600 dark:text-slate-400">{a.count.toLocaleString("en-US")}</span>
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              )}
            </fieldset>
          );
        })}
      </aside>
      <section aria-label="Results" className="min-w-0">
        <h1 className="mb-1 text-xl font-semibold">{params.q ? <>Results for “{params.q}”</> : "All assets"}</h1>
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
          {loading && !result ? "Searching…" : `${total.toLocaleString("en-US")} ${total === 1 ? "asset" : "assets"}`}
        </p>
        <ErrorMessage error={error} what="Search results" />
        {loading && !result ? (
          <Skeleton lines={8} label="Searching" />
        ) : total === 0 && !error ? (
          <EmptyState title="Nothing matches">
            Try fewer words, or remove a filter. Names, descriptions, tags, glossary terms, owners and custom properties are searched.
          </EmptyState>
        ) : (
          <ol className="divide-y divide-slate-100 dark:divide-slate-800">
            {result?.searchResults.map((r) => (
              <li key={r.entity.urn}>
                <EntityListRow entity={r.entity} query={params.q} />
                {r.matchedFields.filter((m) => !HIDDEN_MATCHES.has(m.name)).length ? (
                  <p className="-mt-2 mb-2 ml-9 truncate text-xs text-slate-600 dark:text-slate-400">
                    matched {r.matchedFields.filter((m) => !HIDDEN_MATCHES.has(m.name)).map((m) => m.name).join(", ")}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {pages > 1 ? (
          <nav aria-label="Pages" className="mt-4 flex items-center gap-3 text-sm">
            {page > 1 ? (
              <Link to="/search" search={{ ...params, page: page - 1 }} className="rounded border border-slate-300 px-3 py-1 dark:border-slate-700">
                ← Previous
              </Link>
            ) : null}
            <span>
              Page {page} of {pages.toLocaleString("en-US")}
            </span>
            {page < pages ? (
              <Link to="/search" search={{ ...params, page: page + 1 }} className="rounded border border-slate-300 px-3 py-1 dark:border-slate-700">
                Next →
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
