/**
 * An experiment's lineage graph, on its Lineage tab and full screen: its runs (marked as the focus)
 * with what each read and produced (experiment-graph.ts), in the same explorer as every other kind.
 */
import { lazy, Suspense } from "react";
import type { LineageSearch } from "../lib/urls";
import { Skeleton } from "../components/states";
import { useExperimentGraph, PER_RUN } from "./use-experiment-graph";

const loadExplorer = () => import("./explorer");
const LineageExplorer = lazy(() => loadExplorer().then((m) => ({ default: m.LineageExplorer })));

export function ExperimentLineageGraph({
  urn,
  search,
  update,
  variant,
}: {
  urn: string;
  search: LineageSearch;
  update: (patch: Partial<LineageSearch>, replace?: boolean) => void;
  variant: "tab" | "fullscreen";
}) {
  // The graph request and the graph code download in parallel.
  void loadExplorer();
  const state = useExperimentGraph(urn, search);
  const { total, shown } = state.runs;
  const cut = state.graph?.cutShort ?? 0;
  const note = (
    <p className="text-sm text-slate-600 dark:text-slate-400">
      An experiment's lineage is its runs': each run (marked “Focus”) with the datasets it read and what it produced
      {total > shown ? `, for its ${shown.toLocaleString("en-US")} most recent of ${total.toLocaleString("en-US")} runs` : ""}
      {cut ? `; ${cut.toLocaleString("en-US")} ${cut === 1 ? "run lists" : "runs list"} only its first ${PER_RUN} inputs or outputs` : ""}. Open an asset or
      focus the graph on it to follow its lineage further.
    </p>
  );
  return (
    <Suspense fallback={<Skeleton lines={8} label="Loading the lineage graph" />}>
      <LineageExplorer urn={urn} state={state} search={search} update={update} variant={variant} hops={false} focusName={state.name} note={note} />
    </Suspense>
  );
}
