/** A run as the runs table shows it: the fields it asks for (the RunRow fragment), made into a row; the page size and default order. */
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import type { SortState } from "../../components/data-table";
import { urnTail } from "../../lib/format";
import { runState } from "../shared/run-state";
import { runRow, type RunRowData } from "./runs-model";

const RunRow = graphql(`
  fragment RunRow on DataProcessInstance {
    urn
    properties { name created { time actor } customProperties { key value } }
    state(limit: 5) { status attempt timestampMillis durationMillis result { resultType } }
    mlTrainingRunProperties { id outputUrls hyperParams { name value description } trainingMetrics { name value description } }
  }
`);

export const PAGE = 25;
export const DEFAULT_SORT: SortState = { id: "start", dir: "desc" };

export function toRow(entity: FragmentType<typeof RunRow>): RunRowData {
  const e = getFragmentData(RunRow, entity);
  const s = runState(e.state, e.properties?.created.time);
  return runRow({
    urn: e.urn,
    name: e.properties?.name || urnTail(e.urn),
    result: s.result,
    start: s.start,
    end: s.end,
    duration: s.duration,
    runId: e.mlTrainingRunProperties?.id,
    actor: e.properties?.created.actor,
    outputUrls: e.mlTrainingRunProperties?.outputUrls,
    customProperties: e.properties?.customProperties,
    hyperParams: e.mlTrainingRunProperties?.hyperParams,
    trainingMetrics: e.mlTrainingRunProperties?.trainingMetrics,
  });
}
