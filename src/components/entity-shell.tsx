import { useQuery } from "@apollo/client/react";
import { useExtensions } from "../lib/extensions";
import { graphql } from "../gql";
import { useEffect, type ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { KINDS, type Kind, type TabId } from "../lib/kinds";
import { urls } from "../lib/urls";
import { KindIcon, ExternalIcon } from "./icons";
import { EmptyState, ErrorMessage, Skeleton } from "./states";
import { CopyButton } from "./copy-button";
import { TabNav } from "./tabs";
import { ErrorBoundary } from "./error-boundary";
import { WebLink } from "./external-link";

/** What the header shows; each kind's page builds it from its header fragment. */
export interface EntityHeader {
  name: string;
  platform?: string | null;
  /** platform › experiment › run, as links or text (the entity itself is not repeated) */
  breadcrumb?: ReactNode[];
  externalUrl?: string | null;
  /** badges beside the kind (version, aliases, run result, deprecated) */
  status?: ReactNode;
  /** owners and tags */
  meta?: ReactNode;
  /** what the entity is, in place of the kind's label (a container's subtype: "Schema", "Project") */
  kindLabel?: string;
  /** in place of the kind's icon (a person's initials) */
  icon?: ReactNode;
  /** under the title, above the tabs, on every tab (what a tag, term, person or group is) */
  about?: ReactNode;
}

/** What the route hands every kind's page. */
export interface EntityPageProps<K extends Kind> {
  urn: string;
  tab: TabId<K>;
}

export interface EntityShellProps<K extends Kind> {
  kind: K;
  urn: string;
  tab: TabId<K>;
  loading: boolean;
  error?: { message: string } | null;
  /** null until loaded, and when the server has no such entity */
  header: EntityHeader | null;
  /** One renderer per tab of this kind (tabs are declared in lib/kinds.ts). Called only once loaded. */
  tabs: Record<TabId<K>, () => ReactNode>;
}

/**
 * One shell for every kind: header, tab bar, and the loading, error and not-found states, once.
 * Each tab renders inside its own error boundary.
 */
export function EntityShell<K extends Kind>({ kind, urn, tab, loading, error, header, tabs }: EntityShellProps<K>) {
  const def = KINDS[kind];
  const name = header?.name;
  const label = header?.kindLabel ?? def.label;
  useEffect(() => {
    document.title = name !== undefined ? `${name} · ${label} · Orrery` : `${label} · Orrery`;
  }, [name, label]);

  if (!header) {
    if (loading) {
      return (
        <div className="space-y-5" aria-busy="true">
          <div className="flex items-start gap-3">
            <KindIcon kind={kind} size="lg" />
            <div className="flex-1">
              <Skeleton lines={2} label={`Loading ${def.label.toLowerCase()}`} />
            </div>
          </div>
          <div className="h-9 border-b border-slate-200 dark:border-slate-800" />
          <Skeleton lines={6} />
        </div>
      );
    }
    if (error) {
      return (
        <div className="space-y-4">
          <h1 className="text-xl font-semibold">{def.label} not available</h1>
          <ErrorMessage error={error} what={`This ${def.label.toLowerCase()}`} />
          <p className="text-sm text-slate-600 dark:text-slate-400">
            The address asked for <span className="font-mono text-xs break-all">{urn}</span>.{" "}
            <Link {...urls.home()} className="text-indigo-700 underline dark:text-indigo-300">
              Go to the home page
            </Link>{" "}
            or search for the asset by name.
          </p>
        </div>
      );
    }
    return (
      <EmptyState heading="h1" title={`No ${def.label.toLowerCase()} with this URN`} icon={<KindIcon kind={kind} size="lg" />}>
        <p className="font-mono text-xs break-all">{urn}</p>
        <p className="mt-2">
          It may not have been ingested yet, or it was removed. Search for it by name in the box above, or{" "}
          <Link {...urls.search({ type: [def.entityType] })} className="text-indigo-700 underline dark:text-indigo-300">
            browse all {def.plural.toLowerCase()}
          </Link>
          .
        </p>
      </EmptyState>
    );
  }

  const render = tabs[tab];
  return (
    <article className="space-y-4">
      <header className="space-y-2">
        {header.breadcrumb?.length ? (
          <nav aria-label="Breadcrumb" className="min-w-0">
            <ol className="flex min-w-0 flex-wrap items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
              {header.breadcrumb.map((b, i) => (
                <li key={i} className="flex min-w-0 items-center gap-1">
                  {i > 0 ? <span aria-hidden>›</span> : null}
                  <span className="max-w-80 truncate">{b}</span>
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        <div className="flex min-w-0 items-start gap-3">
          {header.icon ?? <KindIcon kind={kind} size="lg" />}
          <div className="min-w-0 flex-1">
            <h1 className="truncate text-2xl leading-tight font-semibold" title={header.name}>
              {header.name}
            </h1>
            <div className="mt-1 flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
              <span className="font-medium text-slate-700 dark:text-slate-300">{label}</span>
              {header.platform ? (
                <>
                  <span aria-hidden>·</span>
                  <span>{header.platform}</span>
                </>
              ) : null}
              {header.status}
              <EntityVersion urn={urn} />
            </div>
            <div className="mt-1 flex min-w-0 items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
              <span className="min-w-0 truncate font-mono" title={urn}>
                {urn}
              </span>
              <CopyButton text={urn} label="Copy URN" />
              {header.externalUrl ? (
                <WebLink
                  value={header.externalUrl}
                  text="min-w-0 max-w-[40%] shrink truncate font-mono"
                  className="inline-flex shrink-0 items-center gap-1 text-indigo-700 hover:underline dark:text-indigo-300"
                >
                  Open in source <ExternalIcon />
                </WebLink>
              ) : null}
            </div>
          </div>
        </div>
        {header.meta ? <div className="flex flex-wrap items-center gap-1.5">{header.meta}</div> : null}
        {header.about}
      </header>
      {error ? <ErrorMessage error={error} what={`Part of this ${def.label.toLowerCase()}`} /> : null}
      <TabNav kind={kind} urn={urn} tab={tab} label={`${label} sections`} />
      <ErrorBoundary what={`The ${tab} tab`} resetKey={`${urn}/${tab}`}>
        {render()}
      </ErrorBoundary>
    </article>
  );
}

const EntityVersionDoc = graphql(`
  query EntityVersion($urn: String!) {
    entityHistory(urn: $urn, count: 0) {
      urn
      version
      total
    }
  }
`);

/** The asset's version (OpenMetadata's numbering, from its change history), where the server keeps one. */
function EntityVersion({ urn }: { urn: string }) {
  const ext = useExtensions();
  const on = !ext.loading && ext.has("entityHistory");
  const { data } = useQuery(EntityVersionDoc, { variables: { urn }, skip: !on });
  const h = data?.entityHistory;
  if (!on || !h) return null;
  return (
    <>
      <span aria-hidden>·</span>
      <span
        title={`The version of this page's metadata: ${h.total.toLocaleString("en-US")} recorded ${h.total === 1 ? "change" : "changes"}; see the History tab`}
      >
        metadata v{h.version}
      </span>
    </>
  );
}
