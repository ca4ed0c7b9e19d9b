/** What is said about a set of runs: their metric and parameter keys, and each run's MLflow status. */
import { collator, type RunFacts } from "./evaluate";

export interface KeySummary {
  kind: "metric" | "param";
  name: string;
  /** runs that have it */
  runs: number;
  /** its value is not the same in every run (a run without it counts as a different value) */
  varies: boolean;
}

/** The metrics and parameters of a set of runs, most common first, then by name; at most `max`. */
export function summarizeKeys(runs: readonly RunFacts[], max = 500): KeySummary[] {
  const seen = new Map<string, { kind: "metric" | "param"; name: string; runs: number; first: string; varies: boolean }>();
  for (const r of runs) {
    for (const [kind, map] of [
      ["metric", r.metrics],
      ["param", r.params],
    ] as const) {
      for (const [name, v] of map) {
        const id = `${kind}\u0000${name}`;
        const text = String(v);
        const s = seen.get(id);
        if (!s) seen.set(id, { kind, name, runs: 1, first: text, varies: false });
        else {
          s.runs++;
          if (!s.varies && s.first !== text) s.varies = true;
        }
      }
    }
  }
  return [...seen.values()]
    .map((s) => ({ kind: s.kind, name: s.name, runs: s.runs, varies: s.varies || s.runs < runs.length }))
    .sort((a, b) => b.runs - a.runs || (a.kind === b.kind ? 0 : a.kind === "metric" ? -1 : 1) || collator.compare(a.name, b.name))
    .slice(0, max);
}

/** MLflow's status from DataHub's run result (`resultType`, `nativeResultType`); null when the run has no events. */
export function mlflowStatus(result: string | null | undefined, native: string | null | undefined): string | null {
  const n = native?.toUpperCase();
  if (n && ["RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED"].includes(n)) return n;
  switch (result) {
    case "SUCCESS":
      return "FINISHED";
    case "FAILURE":
      return "FAILED";
    case "SKIPPED":
      return "KILLED";
    case "RUNNING":
      return "RUNNING";
    case null:
    case undefined:
      return null;
    default:
      return result;
  }
}
