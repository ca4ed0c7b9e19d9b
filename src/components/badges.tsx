import type { ReactNode } from "react";

const TONES = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600",
  brand: "bg-indigo-50 text-indigo-800 ring-indigo-300 dark:bg-indigo-950 dark:text-indigo-200 dark:ring-indigo-700",
  good: "bg-emerald-50 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-700",
  bad: "bg-red-50 text-red-800 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-700",
  warn: "bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-700",
  term: "bg-sky-50 text-sky-800 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-700",
} as const;
export type Tone = keyof typeof TONES;

export function Badge({ children, tone = "neutral", title }: { children: ReactNode; tone?: Tone; title?: string }) {
  return (
    <span
      title={title}
      className={`inline-flex max-w-64 items-center gap-1 truncate rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}

/** DataHub's `deprecation` aspect on a page header: a warning badge, with the note as its tooltip. */
export function DeprecatedBadge({ deprecation }: { deprecation: { deprecated: boolean; note?: string | null } | null | undefined }) {
  if (!deprecation?.deprecated) return null;
  return (
    <Badge tone="warn" title={deprecation.note ?? undefined}>
      deprecated
    </Badge>
  );
}

/** A version alias (champion, challenger, …): the production one stands out. */
export function AliasBadge({ alias }: { alias: string }) {
  const tone: Tone = /^(champion|production|prod|live)$/i.test(alias) ? "good" : /^(challenger|staging|candidate)$/i.test(alias) ? "warn" : "brand";
  return (
    <Badge tone={tone} title={`Alias: ${alias}`}>
      {alias}
    </Badge>
  );
}

const RESULT_TONE: Record<string, Tone> = { SUCCESS: "good", FAILURE: "bad", SKIPPED: "neutral", UP_FOR_RETRY: "warn", RUNNING: "brand" };
const RESULT_LABEL: Record<string, string> = { SUCCESS: "Success", FAILURE: "Failure", SKIPPED: "Skipped", UP_FOR_RETRY: "Up for retry", RUNNING: "Running" };

/** A run's result with its status colour (and a glyph, so colour is not the only signal). */
export function RunResult({ result }: { result: string | null | undefined }) {
  if (!result) return <Badge title="No run events recorded">unknown</Badge>;
  const glyph = result === "SUCCESS" ? "✓" : result === "FAILURE" ? "✕" : result === "RUNNING" ? "…" : "";
  return (
    <Badge tone={RESULT_TONE[result] ?? "warn"} title={`Result: ${result}`}>
      {glyph ? <span aria-hidden>{glyph}</span> : null}
      {RESULT_LABEL[result] ?? result}
    </Badge>
  );
}

export const RUN_RESULTS = ["SUCCESS", "FAILURE", "SKIPPED", "UP_FOR_RETRY", "RUNNING"] as const;
export function runResultLabel(r: string): string {
  return RESULT_LABEL[r] ?? r;
}
