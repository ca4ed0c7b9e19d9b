/** The runs with Orrery's run search: the server filters, orders and pages over all of the experiment's runs. */
import { useMemo } from "react";
import { useQuery } from "@apollo/client/react";
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { graphql } from "../../gql";
import { ErrorMessage, Skeleton } from "../../components/states";
import type { FilterError, KeySummary } from "../../../common/run-filter";
import { orderBy } from "./runs-model";
import { DEFAULT_SORT, PAGE, toRow } from "./runs-data";
import { useRunsView } from "./use-runs-view";
import { NoRuns, RunsView } from "./runs-view";

/** Orrery's run search: a page of the runs matching a filter, in order, and the experiment's metric and parameter names. */
const ExperimentRunsQuery = graphql(`
  query ExperimentRuns($urn: String!, $input: OrreryRunSearchInput!) {
    container(urn: $urn) {
      urn
      orreryRuns(input: $input) {
        start
        count
        total
        runsInExperiment
        keys { kind name runs varies }
        runs { urn ...RunRow }
      }
    }
  }
`);

/** What else the container holds (with the run search, runs come from there). */
const ExperimentOtherAssetsQuery = graphql(`
  query ExperimentOtherAssets($urn: String!) {
    container(urn: $urn) {
      urn
      others: entities(input: { start: 0, count: 50, filters: [{ field: "_entityType", values: ["MLMODEL", "MLMODEL_GROUP", "DATASET", "MLFEATURE", "MLFEATURE_TABLE", "MLPRIMARY_KEY", "CONTAINER"] }] }) {
        total
        searchResults { entity { urn ...RelatedItem } }
      }
    }
  }
`);

/** The filter error the server gave, if the error is that. */
function serverFilterError(error: unknown): FilterError | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const x = error.errors.find((g) => g.extensions?.argument === "filter")?.extensions;
  if (!x) return null;
  return { message: String(x.reason ?? "the server refused it"), at: Number(x.position ?? 0), length: Number(x.length ?? 1) };
}

export function ServerRuns({ urn }: { urn: string }) {
  const { search, update, sort, setSort, filterText, parsed } = useRunsView();
  const page = search.page ?? 1;
  const effectiveSort = sort ?? DEFAULT_SORT;
  const order = sort ? orderBy(sort) : null;
  const input = {
    // A filter that does not parse is not sent: the table shows the runs without it, and says why.
    filter: parsed.ok && filterText?.trim() ? filterText : undefined,
    orderBy: order ? [order] : undefined,
    result: search.result || undefined,
    start: (page - 1) * PAGE,
    count: PAGE,
  };
  const { data, previousData, loading, error } = useQuery(ExperimentRunsQuery, { variables: { urn, input } });
  const shown = data ?? previousData;
  const result = shown?.container?.orreryRuns;
  const rows = useMemo(() => (result?.runs ?? []).map(toRow), [result]);
  const keys: KeySummary[] = useMemo(
    () => (result?.keys ?? []).map((k) => ({ kind: k.kind === "METRIC" ? "metric" : "param", name: k.name, runs: k.runs, varies: k.varies })),
    [result],
  );
  const others = useQuery(ExperimentOtherAssetsQuery, { variables: { urn } });

  const filterError = !parsed.ok ? parsed.error : serverFilterError(error);
  if (loading && !shown) return <Skeleton lines={8} label="Loading runs" />;
  if (error && !shown && !filterError) return <ErrorMessage error={error} what="The experiment's runs" />;
  const total = result?.total ?? 0;
  const inExperiment = result?.runsInExperiment ?? 0;
  const filtered = !!input.filter || !!input.result;
  const otherAssets = others.data?.container?.others?.searchResults ?? [];
  if (inExperiment === 0 && !filtered && !filterError && otherAssets.length === 0) return <NoRuns />;

  return (
    <RunsView
      urn={urn}
      search={search}
      update={update}
      rows={rows}
      keys={keys}
      keysOutOf={inExperiment}
      sort={effectiveSort}
      onSort={setSort}
      filterText={filterText}
      filterError={filterError}
      highlight={parsed.ok && parsed.plain ? filterText : undefined}
      loading={loading}
      count={
        filtered ? (
          <>
            {total.toLocaleString("en-US")} of {inExperiment.toLocaleString("en-US")} {inExperiment === 1 ? "run" : "runs"} match
          </>
        ) : (
          <>
            {inExperiment.toLocaleString("en-US")} {inExperiment === 1 ? "run" : "runs"}
          </>
        )
      }
      title={`Runs (${inExperiment.toLocaleString("en-US")})`}
      page={page}
      pages={Math.max(1, Math.ceil(total / PAGE))}
      note={null}
      others={otherAssets.map((r) => r.entity)}
    />
  );
}
