/**
 * What a tag, glossary term, person or group is, under its page's title: a description and a few
 * facts. The assets they label or own are the page's Assets tab.
 */
import type { ReactNode } from "react";
import { MarkdownView } from "../../components/markdown";

export function ProfileAbout({ description, facts, children }: { description?: string | null; facts: Array<[string, ReactNode]>; children?: ReactNode }) {
  const shown = facts.filter(([, v]) => v !== null && v !== undefined && v !== false && v !== "");
  if (!description && shown.length === 0 && !children) return null;
  return (
    <section aria-label="About" className="space-y-2 rounded-lg border border-slate-200 bg-white px-4 py-3 dark:border-slate-800 dark:bg-slate-900">
      {description ? <MarkdownView text={description} /> : null}
      {shown.length ? (
        <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          {shown.map(([k, v]) => (
            <div key={k} className="flex min-w-0 max-w-full items-baseline gap-2">
              <dt className="shrink-0 text-slate-600 dark:text-slate-400">{k}</dt>
              <dd className="min-w-0 break-words">{v}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {children}
    </section>
  );
}

/** The note on a page whose entity the catalog has no record of, though assets name it. */
export function KnownOnlyFromAssets({ what }: { what: string }) {
  return (
    <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
      The catalog has no details of this {what}: it is known only from the assets that name it.
    </p>
  );
}
