/**
 * /browse: the catalog by platform, then by the groups of its browse paths (experiments, projects,
 * folders, pipelines, model groups: DataHub's `browseV2`), one level at a time, with the assets under
 * the level listed below its groups (search with the `platform` and `browsePathV2` filters, as
 * DataHub's browse sidebar does). Every state is in the URL (urls.ts, BrowseSearch).
 */
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData } from "../gql";
import { FacetFields, aggLabel } from "./facets";
import { SearchView, type SearchLink } from "./search-view";
import { EntityListItem, itemName } from "../entities/shared/list-item";
import { EmptyState, ErrorMessage, Skeleton } from "../components/states";
import { KindIcon } from "../components/icons";
import { Pager } from "../components/pager";
import { KINDS, kindOfEntityType } from "../lib/kinds";
import { urnTail } from "../lib/format";
import { urls, type BrowseSearch, type SearchParams } from "../lib/urls";

const GROUPS_PER_PAGE = 24;
/** A crumb is the current page only on its own level (TanStack otherwise counts a shorter search as a match). */
const EXACT = { exact: true } as const;
/** DataHub's browse path delimiter, which leads every entry of a `browsePathV2` filter value. */
const DELIMITER = "\u241f";

const BrowsePlatformsQuery = graphql(`
  query BrowsePlatforms {
    searchAcrossEntities(input: { query: "*", start: 0, count: 0 }) {
      total
      facets { ...FacetFields }
    }
  }
`);

const BrowseLevelQuery = graphql(`
  query BrowseLevel($platform: String!, $path: [String!]!, $start: Int!, $count: Int!, $crumbs: [String!]!) {
    dataPlatform(urn: $platform) { urn name properties { displayName } }
    entities(urns: $crumbs) { urn ...EntityListItem }
    browseV2(input: { path: $path, start: $start, count: $count, orFilters: [{ and: [{ field: "platform", values: [$platform] }] }] }) {
      start
      count
      total
      metadata { path totalNumEntities }
      groups {
        name
        count
        hasSubGroups
        entity { urn type ...EntityListItem }
      }
    }
  }
`);

const n = (x: number) => x.toLocaleString("en-US");
const plural = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`;

export function BrowsePage({ search, go }: { search: BrowseSearch; go: (target: BrowseSearch) => void }) {
  return search.platform ? <Level search={search} platform={search.platform} go={go} /> : <Platforms />;
}

function Platforms() {
  const { data, loading, error } = useQuery(BrowsePlatformsQuery);
  const facet = (data?.searchAcrossEntities?.facets ?? []).map((f) => getFragmentData(FacetFields, f)).find((f) => f.field === "platform");
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">Browse</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          The catalog by the platform assets come from, then by experiment, project or folder. Tags, glossary terms and people belong to no platform:{" "}
          <Link {...urls.search()} className="text-indigo-700 underline dark:text-indigo-300">
            search
          </Link>{" "}
          finds them.
        </p>
      </div>
      <ErrorMessage error={error} what="The platforms" />
      {loading && !data ? (
        <Skeleton lines={6} label="Loading the platforms" />
      ) : !facet?.aggregations.length ? (
        error ? null : (
          <EmptyState title="No platforms yet">Assets arrive with their platform when a source is ingested.</EmptyState>
        )
      ) : (
        <ul aria-label="Platforms" className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {facet.aggregations.map((a) => (
            <li key={a.value}>
              <Link
                {...urls.browse({ platform: a.value })}
                className="flex items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 hover:border-indigo-400 hover:bg-indigo-50/50 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-indigo-600 dark:hover:bg-indigo-950/40"
              >
                <span className="min-w-0 truncate font-medium text-slate-900 dark:text-slate-100">{aggLabel("platform", a)}</span>
                <span className="shrink-0 text-sm text-slate-600 tabular-nums dark:text-slate-400">{plural(a.count, "asset", "assets")}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Level({ search, platform, go }: { search: BrowseSearch; platform: string; go: (target: BrowseSearch) => void }) {
  const path = search.path ?? [];
  const gpage = search.gpage ?? 1;
  const crumbs = path.filter((p) => p.startsWith("urn:li:"));
  const { data, previousData, loading, error } = useQuery(BrowseLevelQuery, {
    variables: { platform, path, start: (gpage - 1) * GROUPS_PER_PAGE, count: GROUPS_PER_PAGE, crumbs },
  });
  const shown = data ?? previousData;
  const result = shown?.browseV2;
  const names = new Map<string, string>();
  for (const e of shown?.entities ?? []) if (e) names.set(e.urn, itemName(getFragmentData(EntityListItem, e)));
  const p = shown?.dataPlatform;
  const platformName = p?.properties?.displayName || p?.name || urnTail(platform);
  const label = (entry: string) => names.get(entry) ?? (entry.startsWith("urn:li:") ? urnTail(entry) : entry);
  const here = path.length ? label(path[path.length - 1]) : platformName;
  const total = result?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / GROUPS_PER_PAGE));
  // The assets' search: the page's platform, and the path (DataHub's browsePathV2 filter) below the top.
  const params: SearchParams = {
    q: search.q,
    type: search.type,
    tag: search.tag,
    term: search.term,
    owner: search.owner,
    sort: search.sort,
    page: search.page,
  };
  const scope = path.length ? [{ field: "browsePathV2", values: [path.map((e) => DELIMITER + e).join("")] }] : [];
  const keep = { platform, path: path.length ? path : undefined };
  const link: SearchLink = (target, props) => <Link {...urls.browse({ ...target, ...keep, gpage: search.gpage })} resetScroll={false} {...props} />;
  const level = (to: string[]) => urls.browse({ platform, path: to.length ? to : undefined });
  return (
    <div className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex min-w-0 flex-wrap items-center gap-x-1.5 gap-y-1 text-slate-600 dark:text-slate-400">
          <Crumb>
            <Link {...urls.browse()} activeOptions={EXACT} className="text-indigo-700 hover:underline dark:text-indigo-300">
              Browse
            </Link>
          </Crumb>
          {[platformName, ...path.map(label)].map((name, i) => (
            <Crumb key={i} sep>
              {i === path.length ? (
                <span aria-current="page" className="font-medium text-slate-900 dark:text-slate-100">
                  {name}
                </span>
              ) : (
                <Link {...level(path.slice(0, i))} activeOptions={EXACT} className="text-indigo-700 hover:underline dark:text-indigo-300">
                  {name}
                </Link>
              )}
            </Crumb>
          ))}
        </ol>
      </nav>
      <div>
        <h1 className="text-xl font-semibold break-words">{here}</h1>
        {result ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {plural(result.metadata.totalNumEntities, "asset", "assets")}
            {total ? ` · ${plural(total, "group", "groups")} inside` : ""}
          </p>
        ) : null}
      </div>
      <ErrorMessage error={error} what="This level" />
      {loading && !shown ? (
        <Skeleton lines={4} label="Loading the groups" />
      ) : total > 0 && result ? (
        <section aria-label="Groups">
          <h2 className="mb-2 text-base font-semibold">{path.length ? "Inside" : "Experiments, projects and folders"}</h2>
          <ul className={`grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3 ${loading ? "opacity-70" : ""}`}>
            {result.groups.map((g) => {
              const e = g.entity ? getFragmentData(EntityListItem, g.entity) : null;
              const kind = e ? kindOfEntityType(e.type) : null;
              const name = e ? itemName(e) : g.name;
              const sub = e?.__typename === "Container" ? e.subTypes?.typeNames?.[0] : null;
              return (
                <li
                  key={g.name}
                  className="flex min-w-0 items-start gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2.5 dark:border-slate-800 dark:bg-slate-900"
                >
                  {kind ? <KindIcon kind={kind} /> : <FolderIcon />}
                  <div className="min-w-0 flex-1">
                    <Link
                      {...level([...path, g.name])}
                      className="block truncate font-medium text-indigo-700 hover:underline dark:text-indigo-300"
                      title={name}
                    >
                      {name}
                    </Link>
                    <p className="truncate text-xs text-slate-600 dark:text-slate-400">
                      {[sub ?? (kind ? KINDS[kind].label : "Folder"), plural(g.count, "asset", "assets"), g.hasSubGroups ? "has groups inside" : null]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                  </div>
                  {kind && e ? (
                    <Link
                      {...urls.entity(kind, e.urn)}
                      className="shrink-0 text-xs text-slate-600 hover:text-indigo-700 hover:underline dark:text-slate-400 dark:hover:text-indigo-300"
                      aria-label={`Open the page of ${name}`}
                    >
                      Page
                    </Link>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <Pager
            page={gpage}
            pages={pages}
            label="Group pages"
            renderLink={(target, children, className, rel) => (
              <Link {...urls.browse({ ...search, gpage: target > 1 ? target : undefined })} resetScroll={false} className={className} rel={rel}>
                {children}
              </Link>
            )}
          />
        </section>
      ) : null}
      <SearchView
        params={{ ...params, platform: [platform] }}
        fixed="platform"
        scope={scope}
        link={link}
        go={(target) => go({ ...target, ...keep })}
        heading={<h2 className="mb-2 text-base font-semibold">{path.length ? `Assets in ${here}` : `All ${platformName} assets`}</h2>}
        empty={(filtered) =>
          filtered ? (
            <EmptyState title="Nothing here matches these filters">Remove a filter or change the text to see more.</EmptyState>
          ) : (
            <EmptyState title={`Nothing is listed under ${here}`}>Its assets may have been removed or moved since this link was made.</EmptyState>
          )
        }
      />
    </div>
  );
}

function Crumb({ sep, children }: { sep?: boolean; children: ReactNode }) {
  return (
    <li className="flex min-w-0 items-center gap-1.5">
      {sep ? (
        <span aria-hidden className="text-slate-400 dark:text-slate-500">
          /
        </span>
      ) : null}
      <span className="min-w-0 truncate">{children}</span>
    </li>
  );
}

function FolderIcon() {
  return (
    <span
      aria-hidden
      className="inline-flex h-6 w-6 shrink-0 items-center justify-center rounded bg-amber-100 text-amber-800 dark:bg-amber-900/60 dark:text-amber-200"
    >
      <svg width={15} height={15} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
        <path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" />
      </svg>
    </span>
  );
}
