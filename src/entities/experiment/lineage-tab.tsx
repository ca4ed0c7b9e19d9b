import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Card } from "../../components/card";
import { EmptyNote, ErrorMessage, Skeleton } from "../../components/states";
import { RelatedItem, RelatedRow } from "../shared/related-list";

/**
 * DataHub gives containers no lineage of their own, so an experiment's lineage is its runs': the
 * datasets they read, and the datasets and models they produced (one hop from each run).
 */
const ExperimentLineageQuery = graphql(`
  query ExperimentLineage($urn: String!, $runs: Int!) {
    container(urn: $urn) {
      urn
      entities(input: { start: 0, count: $runs }) {
        total
        searchResults {
          entity {
            urn
            ... on DataProcessInstance {
              runInputs: lineage(input: { direction: UPSTREAM, start: 0, count: 20 }) {
                relationships { type entity { urn ...RelatedItem } }
              }
              runOutputs: lineage(input: { direction: DOWNSTREAM, start: 0, count: 20 }) {
                relationships { type entity { urn ...RelatedItem } }
              }
            }
          }
        }
      }
    }
  }
`);

const RUNS = 50;

type Rel = { type: string; entity?: FragmentType<typeof RelatedItem> | null };

function collect(lists: ReadonlyArray<ReadonlyArray<Rel> | undefined>) {
  const seen = new Map<string, { entity: NonNullable<Rel["entity"]>; runs: number }>();
  for (const rels of lists) {
    const inThisRun = new Set<string>();
    for (const r of rels ?? []) {
      if (!r.entity) continue;
      const urn = getFragmentData(RelatedItem, r.entity).urn;
      if (inThisRun.has(urn)) continue;
      inThisRun.add(urn);
      const prev = seen.get(urn);
      seen.set(urn, { entity: r.entity, runs: (prev?.runs ?? 0) + 1 });
    }
  }
  return [...seen.values()].sort((a, b) => b.runs - a.runs);
}

export function ExperimentLineageTab({ urn }: { urn: string }) {
  const { data, loading, error } = useQuery(ExperimentLineageQuery, { variables: { urn, runs: RUNS } });
  if (loading && !data) return <Skeleton lines={6} label="Loading lineage" />;
  if (error && !data) return <ErrorMessage error={error} what="The experiment's lineage" />;
  const results = data?.container?.entities;
  const runs = (results?.searchResults ?? []).flatMap((r) => (r.entity.__typename === "DataProcessInstance" ? [r.entity] : []));
  const inputs = collect(runs.map((r) => r.runInputs?.relationships));
  const outputs = collect(runs.map((r) => r.runOutputs?.relationships));
  const total = results?.total ?? 0;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        An experiment's lineage is its runs' lineage: what they read and what they produced
        {total > RUNS ? `, from its ${RUNS} most recent of ${total.toLocaleString("en-US")} runs` : ""}. Open a run for its own inputs and outputs.
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
                  <li key={getFragmentData(RelatedItem, i.entity).urn} className="flex items-start gap-2">
                    <div className="min-w-0 flex-1">
                      <RelatedRow entity={i.entity} />
                    </div>
                    <span className="shrink-0 pt-2 text-xs text-slate-600 dark:text-slate-400">
                      {i.runs} {i.runs === 1 ? "run" : "runs"}
                    </span>
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
