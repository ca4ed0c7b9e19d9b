import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { KINDS, TABS, type Kind } from "../../lib/kinds";
import { KindIcon } from "../../components/entity-link";
import { EmptyState, ErrorMessage, Skeleton } from "../../components/states";
import { CopyButton } from "../../components/copy-button";

export interface ShellProps {
  kind: Kind;
  urn: string;
  tab: string;
  loading: boolean;
  error?: { message: string } | null;
  found: boolean;
  name?: string | null;
  platform?: string | null;
  externalUrl?: string | null;
  /** platform › experiment › run, as links or text */
  breadcrumb?: ReactNode[];
  /** badges under the title (tags, owners, aliases, run result) */
  meta?: ReactNode;
  children: ReactNode;
}

/** One shell for every kind: header, tabs, and the loading / error / not-found states, once. */
export function EntityShell(p: ShellProps) {
  const def = KINDS[p.kind];
  if (p.loading && !p.found) {
    return (
      <div className="space-y-4">
        <Skeleton lines={2} label={`Loading ${def.label.toLowerCase()}`} />
        <Skeleton lines={6} />
      </div>
    );
  }
  if (!p.found) {
    return (
      <div className="space-y-4">
        {p.error ? <h1 className="text-xl font-semibold">{def.label} not available</h1> : null}
        <ErrorMessage error={p.error} what={`This ${def.label.toLowerCase()}`} />
        {!p.error ? (
          <EmptyState heading="h1" title={`No ${def.label.toLowerCase()} with this URN`}>
            <p className="break-all font-mono text-xs">{p.urn}</p>
            <p className="mt-2">It may not have been ingested yet, or it was removed. Search for it by name instead.</p>
          </EmptyState>
        ) : null}
      </div>
    );
  }
  return (
    <article className="space-y-4">
      <header className="space-y-2">
        {p.breadcrumb?.length ? (
          <nav aria-label="Breadcrumb" className="flex flex-wrap items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
            {p.breadcrumb.map((b, i) => (
              <span key={i} className="flex items-center gap-1">
                {i > 0 ? <span aria-hidden>›</span> : null}
                {b}
              </span>
            ))}
          </nav>
        ) : null}
        <div className="flex min-w-0 items-start gap-3">
          <KindIcon kind={p.kind} />
          <div className="min-w-0 flex-1">
            <h1 className="truncate text-2xl font-semibold" title={p.name ?? p.urn}>
              {p.name ?? p.urn}
            </h1>
            <p className="flex flex-wrap items-center gap-x-2 text-sm text-slate-600 dark:text-slate-400">
              <span>{def.label}</span>
              {p.platform ? <span>· {p.platform}</span> : null}
              <span className="truncate font-mono text-xs" title={p.urn}>
                · {p.urn}
              </span>
              <CopyButton text={p.urn} label="Copy URN" />
              {p.externalUrl ? (
                <a href={p.externalUrl} target="_blank" rel="noopener noreferrer" className="text-indigo-700 hover:underline dark:text-indigo-300">
                  Open in source ↗
                </a>
              ) : null}
            </p>
          </div>
        </div>
        {p.meta ? <div className="flex flex-wrap items-center gap-2">{p.meta}</div> : null}
      </header>
      <nav aria-label={`${def.label} sections`} className="flex gap-1 border-b border-slate-200 dark:border-slate-800">
        {TABS[p.kind].map((t) => (
          <Link
            key={t.id}
            to="/$kind/$urn/$tab"
            params={{ kind: p.kind, urn: p.urn, tab: t.id }}
            aria-current={t.id === p.tab ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm ${
              t.id === p.tab
                ? "border-indigo-600 font-medium text-indigo-700 dark:border-indigo-400 dark:text-indigo-300"
                : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white"
            }`}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      <div>{p.children}</div>
    </article>
  );
}
