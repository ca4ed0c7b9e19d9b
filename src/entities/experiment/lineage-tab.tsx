import { Card } from "../../components/card";
import { EmptyNote, ErrorMessage, Skeleton } from "../../components/states";
import { EntityListRow } from "../shared/list-item";
import { useTabSearch } from "../shared/tab-search";
import { ExperimentLineageGraph } from "../../lineage/experiment-lineage";
import { useExperimentGraph, EXPERIMENT_RUNS } from "../../lineage/use-experiment-graph";
import type { ExperimentRunLineage } from "../../lineage/experiment-graph";

/**
 * DataHub gives containers no lineage of their own, so an experiment's lineage is its runs': the
 * graph of its runs with what they read and produced (with Full screen, like every kind's), above
 * the lists of the datasets they read and what they produced (one hop from each run).
 */
export function ExperimentLineageTab({ urn }: { urn: string }) {
  const { search, update } = useTabSearch();
  return (
    <div className="space-y-6">
      <section aria-label="Lineage graph">
        <ExperimentLineageGraph urn={urn} search={search} update={update} variant="tab" />
      </section>
      <ExperimentLineageLists urn={urn} />
    </div>
  );
}

type Item = ExperimentRunLineage["inputs"][number];

/** The assets in `lists` (one list per run), each once, with the number of runs that name it, most first. */
function collect(lists: ReadonlyArray<ReadonlyArray<Item>>) {
  const seen = new Map<string, { item: Item; runs: number }>();
  for (const items of lists) {
    const inThisRun = new Set<string>();
    for (const i of items) {
      if (!i.entity || inThisRun.has(i.urn)) continue;
      inThisRun.add(i.urn);
      seen.set(i.urn, { item: i, runs: (seen.get(i.urn)?.runs ?? 0) + 1 });
    }
  }
  return [...seen.values()].sort((a, b) => b.runs - a.runs);
}

function ExperimentLineageLists({ urn }: { urn: string }) {
  // The graph's own query (answered from the cache once the graph has asked).
  const state = useExperimentGraph(urn, {});
  if (state.loading && !state.graph) return <Skeleton lines={6} label="Loading lineage" />;
  if (state.error && !state.graph) return <ErrorMessage error={state.error} what="The experiment's lineage" />;
  const inputs = collect(state.lineage.map((r) => r.inputs));
  const outputs = collect(state.lineage.map((r) => r.outputs));
  const { total } = state.runs;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        What its runs read and what they produced
        {total > EXPERIMENT_RUNS ? `, from its ${EXPERIMENT_RUNS} most recent of ${total.toLocaleString("en-US")} runs` : ""}. Open a run for its own inputs and
        outputs.
      </p>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {(
          [
            ["Read by its runs", inputs, "No run of this experiment records an input dataset (dataProcessInstanceInput)."],
            ["Produced by its runs", outputs, "No run of this experiment records outputs or trained models yet."],
          ] as const
        ).map(([title, items, empty]) => (
          <Card key={title} title={`${title} (${items.length})`}>
            {items.length === 0 ? (
              <EmptyNote>{empty}</EmptyNote>
            ) : (
              <ul className="divide-y divide-slate-100 dark:divide-slate-800">
                {items.map((i) => (
                  <li key={i.item.urn}>
                    <EntityListRow entity={i.item.entity!} aside={`${i.runs} ${i.runs === 1 ? "run" : "runs"}`} />
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ))}
      </div>
    </div>
  );
}
