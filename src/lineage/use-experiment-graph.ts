/**
 * Fetching an experiment's lineage graph (experiment-graph.ts): its most recent runs, each with one
 * hop of lineage each way, through DataHub's `container.entities` and `lineage` fields. Lives outside
 * the explorer's lazy chunk, like use-lineage-graph.ts, so the request starts while the graph code
 * downloads.
 */
import { useMemo } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql";
import type { LineageSearch } from "../lib/urls";
import type { LineageGraphState } from "./use-lineage-graph";
import { experimentGraph, type ExperimentGraph, type ExperimentRunLineage } from "./experiment-graph";

/** Runs shown: the most recent ones, as the experiment's Entities tab lists them. */
export const EXPERIMENT_RUNS = 50;
/** Inputs and outputs listed per run (the one-hop lists of every Lineage tab ask for as many at first). */
export const PER_RUN = 50;

/**
 * The runs and their one-hop lineage by urn, then what each asset shows in one more request (asking
 * for every card's fields inside the nested lists would pass the server's cost limit, and would
 * fetch an asset many runs share many times).
 */
export const ExperimentGraphQuery = graphql(`
  query ExperimentGraph($urn: String!, $runs: Int!, $perRun: Int!) {
    container(urn: $urn) {
      urn
      properties { name }
      entities(input: { start: 0, count: $runs }) {
        total
        searchResults {
          entity {
            urn
            type
            ... on DataProcessInstance {
              upstream: lineage(input: { direction: UPSTREAM, start: 0, count: $perRun }) {
                total
                relationships { type entity { urn type } }
              }
              downstream: lineage(input: { direction: DOWNSTREAM, start: 0, count: $perRun }) {
                total
                relationships { type entity { urn type } }
              }
            }
          }
        }
      }
    }
  }
`);

export const ExperimentGraphEntitiesQuery = graphql(`
  query ExperimentGraphEntities($urns: [String!]!) {
    entities(urns: $urns) {
      urn
      type
      ...EntityListItem
    }
  }
`);

/** Most assets whose cards are filled in (the server's page size). */
export const MAX_DETAILS = 1000;

export interface ExperimentGraphState extends LineageGraphState {
  graph: ExperimentGraph | null;
  /** each run's inputs and outputs, with what each shows (null until the second request answers) */
  lineage: ExperimentRunLineage[];
  /** the experiment's name */
  name: string | null;
  /** runs in the experiment, and how many the graph shows */
  runs: { total: number; shown: number };
}

export function useExperimentGraph(urn: string, search: LineageSearch): ExperimentGraphState {
  const { data, previousData, loading, error } = useQuery(ExperimentGraphQuery, { variables: { urn, runs: EXPERIMENT_RUNS, perRun: PER_RUN } });
  const shown = data ?? previousData;
  const c = shown?.container;
  const runs = useMemo(
    () =>
      (c?.entities?.searchResults ?? []).flatMap((r) => {
        const e = r.entity;
        if (e.__typename !== "DataProcessInstance") return [];
        const rels = (l: typeof e.upstream) => (l?.relationships ?? []).flatMap((x) => (x.entity ? [{ type: x.type, urn: x.entity.urn }] : []));
        return [
          { urn: e.urn, inputs: rels(e.upstream), outputs: rels(e.downstream), inputsTotal: e.upstream?.total ?? 0, outputsTotal: e.downstream?.total ?? 0 },
        ];
      }),
    [c],
  );
  const urns = useMemo(
    () => [...new Set(runs.flatMap((r) => [r.urn, ...r.inputs.map((i) => i.urn), ...r.outputs.map((o) => o.urn)]))].slice(0, MAX_DETAILS),
    [runs],
  );
  const details = useQuery(ExperimentGraphEntitiesQuery, { variables: { urns }, skip: urns.length === 0 });
  const typesKey = (search.types ?? []).join();
  const entities = (details.data ?? details.previousData)?.entities;
  const lineage = useMemo(() => {
    const known = new Map(entities?.flatMap((e) => (e ? [[e.urn, e] as const] : [])) ?? []);
    const withEntity = (x: { urn: string; type: string }) => ({ ...x, entity: known.get(x.urn) ?? null });
    return runs.map((r): ExperimentRunLineage => ({
      ...r,
      entity: known.get(r.urn) ?? null,
      inputs: r.inputs.map(withEntity),
      outputs: r.outputs.map(withEntity),
    }));
  }, [runs, entities]);
  const graph = useMemo(() => (c ? experimentGraph(urn, lineage, typesKey ? typesKey.split(",") : undefined) : null), [c, lineage, urn, typesKey]);
  // The cards' fields come in a second request; until they do, the graph waits (names, not urns, on first paint).
  const waiting = urns.length > 0 && !details.data && !details.previousData && !details.error;
  return {
    graph: waiting ? null : graph,
    lineage,
    stale: false,
    loading: loading || details.loading,
    error: (error ?? details.error) as Error | undefined,
    expandNow: async () => {},
    name: c?.properties?.name ?? null,
    runs: { total: c?.entities?.total ?? 0, shown: runs.length },
  };
}
