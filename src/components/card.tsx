import type { ReactNode } from "react";
import { ErrorBoundary } from "./error-boundary";

/** A titled card. It is its own error boundary: a failing card never blanks the page. */
export function Card({ title, children, actions, className = "" }: { title: string; children: ReactNode; actions?: ReactNode; className?: string }) {
  return (
    <section className={`min-w-0 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900 ${className}`} aria-label={title}>
      <div className="mb-3 flex min-h-6 items-center justify-between gap-2">
        <h2 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">{title}</h2>
        {actions}
      </div>
      <ErrorBoundary what={title}>{children}</ErrorBoundary>
    </section>
  );
}

/** A definition list of label → value rows. */
export function Facts({ rows }: { rows: Array<[string, ReactNode]> }) {
  return (
    <dl className="grid grid-cols-[minmax(6rem,max-content)_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-slate-600 dark:text-slate-400">{k}</dt>
          <dd className="min-w-0 break-words">{v ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Name → value pairs (hyper-parameters, metrics, custom properties). */
export function KeyValueTable({
  rows,
  empty,
  caption,
  keyLabel = "Name",
  valueLabel = "Value",
  showHints = false,
}: {
  rows: Array<{ key: string; value: string | null | undefined; hint?: string | null }>;
  empty: ReactNode;
  caption: string;
  keyLabel?: string;
  valueLabel?: string;
  /** show each row's hint under its key (else as the key's tooltip) */
  showHints?: boolean;
}) {
  if (rows.length === 0) return <>{empty}</>;
  return (
    <table className="w-full table-fixed text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-xs text-slate-600 dark:text-slate-400">
        <tr>
          <th scope="col" className="w-1/2 py-1 pr-4 font-medium">
            {keyLabel}
          </th>
          <th scope="col" className="py-1 font-medium">
            {valueLabel}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-t border-slate-100 align-top dark:border-slate-800">
            {showHints ? (
              <td className="py-1.5 pr-4">
                <div className="truncate font-mono text-xs" title={r.key}>
                  {r.key}
                </div>
                {r.hint ? <div className="mt-0.5 text-xs break-words text-slate-600 dark:text-slate-400">{r.hint}</div> : null}
              </td>
            ) : (
              <td className="truncate py-1.5 pr-4 font-mono text-xs" title={r.hint ? `${r.key}: ${r.hint}` : r.key}>
                {r.key}
              </td>
            )}
            <td className="py-1.5 font-mono text-xs break-all tabular-nums">{r.value ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
