import type { ReactNode } from "react";
import { urnTail } from "../lib/format";

const TONES = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600",
  brand: "bg-indigo-50 text-indigo-800 ring-indigo-300 dark:bg-indigo-950 dark:text-indigo-200 dark:ring-indigo-700",
  good: "bg-emerald-50 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-700",
  bad: "bg-red-50 text-red-800 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-700",
  warn: "bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-700",
  term: "bg-sky-50 text-sky-800 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-700",
} as const;

export function Badge({ children, tone = "neutral", title }: { children: ReactNode; tone?: keyof typeof TONES; title?: string }) {
  return (
    <span title={title} className={`inline-flex max-w-64 items-center truncate rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}>
      {children}
    </span>
  );
}

export function RunResult({ result }: { result: string | null | undefined }) {
  if (!result) return <Badge>unknown</Badge>;
  const tone = result === "SUCCESS" ? "good" : result === "FAILURE" ? "bad" : "warn";
  return <Badge tone={tone}>{result}</Badge>;
}

export function TagList({ tags }: { tags: Array<{ urn: string; name?: string | null }> }) {
  if (tags.length === 0) return <span className="text-sm text-slate-500 dark:text-slate-400">none</span>;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Tags">
      {tags.map((t) => (
        <li key={t.urn}>
          <Badge title={t.urn}>{t.name || urnTail(t.urn)}</Badge>
        </li>
      ))}
    </ul>
  );
}

export function TermList({ terms }: { terms: Array<{ urn: string; name?: string | null }> }) {
  if (terms.length === 0) return <span className="text-sm text-slate-500 dark:text-slate-400">none</span>;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Glossary terms">
      {terms.map((t) => (
        <li key={t.urn}>
          <Badge tone="term" title={t.urn}>
            {t.name || urnTail(t.urn)}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
