/**
 * A training run as MLflow's search sees it (common/run-filter's RunFacts), read from the DataHub aspects
 * a run is stored as — the mapping of server/import/mlflow/ and DataHub's MLflow source, read
 * back:
 *
 * | MLflow          | DataHub / Orrery                                                              |
 * |-----------------|-------------------------------------------------------------------------------|
 * | run_id          | mlTrainingRunProperties.id (else the urn's id)                                |
 * | run_name        | dataProcessInstanceProperties.name                                            |
 * | params          | mlTrainingRunProperties.hyperParams                                           |
 * | metrics         | mlTrainingRunProperties.trainingMetrics (the last value; `nan` is NaN)         |
 * | tags            | dataProcessInstanceProperties.customProperties (MLflow's tags, all of them)    |
 * | status          | the run events: the COMPLETE event's nativeResultType, else its result; RUNNING when only STARTED |
 * | start/end_time  | the STARTED and COMPLETE events (else created.time)                           |
 * | user_id         | tag `mlflow.user`, else the creator (a corpuser's name, an MLflow user resource's key) |
 * | artifact_uri    | mlTrainingRunProperties.outputUrls[0]                                          |
 * | datasets        | dataProcessInstanceInput edges: the dataset's name, `mlflow.data.digest`, `mlflow.data.context` |
 */
import { mlflowStatus, type RunFacts } from "../../common/run-filter";
import { asAspectValue, aspectValue } from "./aspects/index";
import type { AspectValue } from "./records";

/** The aspects a run's facts are read from. */
export const RUN_FACT_ASPECTS = ["dataProcessInstanceProperties", "mlTrainingRunProperties", "dataProcessInstanceInput"] as const;

export interface RunEventValue {
  status?: string;
  result?: { type?: string; nativeResultType?: string };
  durationMillis?: number;
}

/** Start, end, DataHub result and MLflow status from a run's events (any order). */
export function runTimes(events: ReadonlyArray<{ timestampMillis: number; value: RunEventValue }>, createdTime: number | null) {
  const sorted = [...events].sort((a, b) => b.timestampMillis - a.timestampMillis);
  const complete = sorted.find((e) => e.value?.status === "COMPLETE");
  const started = sorted.find((e) => e.value?.status === "STARTED");
  const c = complete?.value;
  const start =
    started?.timestampMillis ?? (complete && typeof c?.durationMillis === "number" ? complete.timestampMillis - c.durationMillis : null) ?? createdTime ?? null;
  const result = c?.result?.type ?? (started ? "RUNNING" : null);
  return { start, end: complete?.timestampMillis ?? null, result, status: mlflowStatus(result, c?.result?.nativeResultType) };
}

/** The name part of a dataset urn: `urn:li:dataset:(urn:li:dataPlatform:mlflow,churn-train,PROD)` → `churn-train`. */
export function datasetName(urn: string): string {
  const m = /^urn:li:dataset:\(urn:li:dataPlatform:[^,]*,(.*),[^,]*\)$/.exec(urn);
  return m ? m[1] : urn;
}

const metricNumber = (v: unknown): number | null => {
  if (typeof v === "number") return v;
  if (typeof v !== "string") return null;
  const t = v.trim().toLowerCase();
  if (t === "nan" || t === "-nan") return Number.NaN;
  if (t === "inf" || t === "+inf" || t === "infinity") return Number.POSITIVE_INFINITY;
  if (t === "-inf" || t === "-infinity") return Number.NEGATIVE_INFINITY;
  if (t === "") return null;
  const n = Number(t);
  return Number.isNaN(n) ? null : n;
};

/**
 * One run's facts. `userNames` maps creator urns that are not people (DataHub's MLflow source
 * records an MLflow user as a platform resource) to the user's name.
 */
export function runFacts(
  urn: string,
  aspects: ReadonlyMap<string, AspectValue>,
  events: ReadonlyArray<{ timestampMillis: number; value: AspectValue }>,
  userNames: ReadonlyMap<string, string> = new Map(),
): RunFacts & { result: string | null } {
  const props = aspectValue(aspects, "dataProcessInstanceProperties");
  const training = aspectValue(aspects, "mlTrainingRunProperties");
  const input = aspectValue(aspects, "dataProcessInstanceInput");
  const tags = new Map<string, string>();
  if (props?.customProperties && typeof props.customProperties === "object")
    for (const [k, v] of Object.entries(props.customProperties)) if (v != null) tags.set(k, String(v));
  const params = new Map<string, string>();
  for (const p of Array.isArray(training?.hyperParams) ? training.hyperParams : [])
    if (typeof p?.name === "string" && p.value != null) params.set(p.name, String(p.value));
  const metrics = new Map<string, number>();
  for (const m of Array.isArray(training?.trainingMetrics) ? training.trainingMetrics : []) {
    const n = typeof m?.name === "string" ? metricNumber(m.value) : null;
    if (n !== null) metrics.set(m.name, n);
  }
  const actor = typeof props?.created?.actor === "string" ? props.created.actor : null;
  const userId =
    tags.get("mlflow.user") ??
    (actor ? (userNames.get(actor) ?? (actor.startsWith("urn:li:corpuser:") ? actor.slice("urn:li:corpuser:".length) : null)) : null);
  const times = runTimes(
    events.map((e) => ({ timestampMillis: e.timestampMillis, value: asAspectValue("dataProcessInstanceRunEvent", e.value) })),
    typeof props?.created?.time === "number" ? props.created.time : null,
  );
  const datasets: Array<RunFacts["datasets"][number]> = [];
  const edges = Array.isArray(input?.inputEdges) ? input.inputEdges : [];
  const seen = new Set<string>();
  for (const e of edges) {
    if (typeof e?.destinationUrn !== "string" || !e.destinationUrn.startsWith("urn:li:dataset:")) continue;
    seen.add(e.destinationUrn);
    const p: Record<string, unknown> = e.properties ?? {};
    datasets.push({
      name: datasetName(e.destinationUrn),
      digest: typeof p["mlflow.data.digest"] === "string" ? p["mlflow.data.digest"] : null,
      context: typeof p["mlflow.data.context"] === "string" ? p["mlflow.data.context"] : null,
    });
  }
  for (const u of Array.isArray(input?.inputs) ? input.inputs : [])
    if (typeof u === "string" && u.startsWith("urn:li:dataset:") && !seen.has(u)) datasets.push({ name: datasetName(u), digest: null, context: null });
  const outputs: unknown[] = Array.isArray(training?.outputUrls) ? training.outputUrls : [];
  return {
    runId: typeof training?.id === "string" && training.id ? training.id : urn.slice("urn:li:dataProcessInstance:".length),
    runName: typeof props?.name === "string" && props.name ? props.name : urn.slice("urn:li:dataProcessInstance:".length),
    status: times.status,
    result: times.result,
    userId,
    artifactUri: typeof outputs[0] === "string" ? outputs[0] : null,
    startTime: times.start,
    endTime: times.end,
    metrics,
    params,
    tags,
    datasets,
  };
}
