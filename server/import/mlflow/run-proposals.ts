/** What a run becomes: the run's aspects, its metric history (within a budget), and the datasets it read. */
import type { z } from "zod";
import { MAX_METRIC_POINTS } from "../../model/aspects";
import { parseUrn } from "../../model/urn";
import type { DatasetMeta, RunStatus } from "./meta";
import { pythonFloatRepr } from "./python";
import { compact, proposal } from "./proposal";
import type { Point, RunRead } from "./run-read";
import type { MlflowProposal, Options } from "./types";
import { PLATFORM, datasetUrn, platformAspect, runUrn, userUrn } from "./urns";

/** Most points the metric history of one run keeps, all metrics together (keeps the aspect well under 4 MB). */
export const MAX_RUN_METRIC_POINTS = 40_000;

/** The value MLflow reports for a metric: the point with the largest (step, timestamp, value). */
function latest(points: Point[]): Point {
  let best = points[0];
  for (const p of points) {
    const c = p.step - best.step || p.timestampMillis - best.timestampMillis || (p.value > best.value || Number.isNaN(best.value) ? 1 : 0);
    if (c > 0) best = p;
  }
  return best;
}

/** `count` indices spread evenly over 0..n-1, the first and the last included. */
export function evenIndices(n: number, count: number): number[] {
  if (count >= n) return Array.from({ length: n }, (_, i) => i);
  if (count <= 1) return [n - 1];
  return Array.from({ length: count }, (_, i) => Math.round((i * (n - 1)) / (count - 1)));
}

/**
 * Budget per metric: at most MAX_METRIC_POINTS each and MAX_RUN_METRIC_POINTS for the run, shared so
 * that short series keep every point and the long ones split what is left evenly.
 */
function budgets(sizes: number[], total = MAX_RUN_METRIC_POINTS): number[] {
  const order = sizes.map((n, i) => ({ n, i })).sort((a, b) => a.n - b.n);
  const out = new Array<number>(sizes.length);
  let left = total;
  order.forEach(({ n, i }, k) => {
    const share = Math.max(2, Math.floor(left / (order.length - k)));
    out[i] = Math.min(n, MAX_METRIC_POINTS, share);
    left = Math.max(0, left - out[i]);
  });
  return out;
}

export interface RunSummary {
  urn: string;
  hyperParams: Array<{ name: string; value: string }>;
  trainingMetrics: Array<{ name: string; value: string }>;
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function runProposals(
  run: RunRead,
  experiment: { urn: string; deleted: boolean },
  outputs: string[],
  opts: Options,
  warn: (message: string) => void,
): { proposals: MlflowProposal[]; summary: RunSummary; datasets: string[] } {
  const urn = runUrn(run.id);
  const { meta } = run;
  const status: RunStatus = meta.status ?? "RUNNING";
  const removed = experiment.deleted || meta.lifecycle_stage === "deleted";
  const user = meta.user_id || "mlflow";
  const out: MlflowProposal[] = [
    proposal(userUrn(user), "platformResourceInfo", { resourceType: "user", primaryKey: user }),
    proposal(userUrn(user), "status", { removed: false }),
  ];

  const hyperParams = run.params.map(([name, value]) => ({ name, value })).sort(byName);
  const trainingMetrics = run.metrics.map((m) => ({ name: m.key, value: pythonFloatRepr(latest(m.points).value) })).sort(byName);
  out.push(
    proposal(
      urn,
      "dataProcessInstanceProperties",
      compact({
        name: meta.run_name || run.tags["mlflow.runName"] || run.id,
        created: { time: meta.start_time ?? 0, actor: userUrn(user) },
        customProperties: Object.fromEntries(Object.entries(run.tags).sort(([a], [b]) => (a < b ? -1 : 1))),
      }),
    ),
    proposal(urn, "subTypes", { typeNames: ["ML Training Run"] }),
    proposal(urn, "dataPlatformInstance", platformAspect(opts.platformInstance)),
    proposal(urn, "container", { container: experiment.urn }),
    proposal(
      urn,
      "mlTrainingRunProperties",
      compact({
        id: run.id,
        outputUrls: meta.artifact_uri ? [meta.artifact_uri] : undefined,
        hyperParams,
        trainingMetrics,
      }),
    ),
  );

  const datasets: string[] = [];
  if (run.inputs.length) {
    const edges = new Map<string, Record<string, unknown>>();
    for (const { dataset, tags } of run.inputs) {
      const ds = datasetUrn(dataset.name, opts.platformInstance);
      try {
        parseUrn(ds);
      } catch {
        warn(`dataset '${dataset.name}' has a name DataHub urns cannot hold (',' or unbalanced parentheses); input left out`);
        continue;
      }
      datasets.push(ds);
      edges.set(ds, { destinationUrn: ds, properties: { ...Object.fromEntries(Object.entries(tags).sort()), "mlflow.data.digest": dataset.digest } });
      out.push(...datasetProposals(ds, dataset, opts.platformInstance));
    }
    if (edges.size) out.push(proposal(urn, "dataProcessInstanceInput", { inputs: [], inputEdges: [...edges.values()] }));
  }
  if (outputs.length) out.push(proposal(urn, "dataProcessInstanceOutput", { outputs: [], outputEdges: outputs.map((u) => ({ destinationUrn: u })) }));

  if (opts.metricHistory && run.metrics.length) {
    const series = run.metrics.map((m) => {
      const finite = m.points.filter((p) => Number.isFinite(p.value));
      if (finite.length < m.points.length)
        warn(`metric '${m.key}': ${m.points.length - finite.length} NaN or infinite point(s) left out of the history (JSON has no such numbers)`);
      // Stable: points logged at the same step keep their logged order. Usually in order already.
      let ordered = true;
      for (let i = 1; i < finite.length && ordered; i++)
        ordered = finite[i - 1].step < finite[i].step || (finite[i - 1].step === finite[i].step && finite[i - 1].timestampMillis <= finite[i].timestampMillis);
      if (!ordered) finite.sort((a, b) => a.step - b.step || a.timestampMillis - b.timestampMillis);
      return { name: m.key, all: finite };
    });
    const caps = budgets(series.map((s) => s.all.length));
    const metrics = series
      .map((s, i) => {
        if (caps[i] < s.all.length) warn(`metric '${s.name}': ${s.all.length} points down-sampled evenly to ${caps[i]} (first and last kept)`);
        const points = caps[i] < s.all.length ? evenIndices(s.all.length, caps[i]).map((k) => s.all[k]) : s.all;
        return { name: s.name, points, totalPoints: s.all.length };
      })
      .sort(byName);
    out.push(proposal(urn, "orreryMetricHistory", { metrics }));
  }

  out.push(proposal(urn, "status", { removed }));
  // Run events last: DataHub emits COMPLETE at the end time; a STARTED event at the start time lets a
  // run that is still going show its state too.
  if (meta.start_time != null && meta.start_time !== meta.end_time)
    out.push(proposal(urn, "dataProcessInstanceRunEvent", { timestampMillis: meta.start_time, status: "STARTED" }));
  if (meta.end_time != null && (status === "FINISHED" || status === "FAILED" || status === "KILLED"))
    out.push(
      proposal(
        urn,
        "dataProcessInstanceRunEvent",
        compact({
          timestampMillis: meta.end_time,
          status: "COMPLETE",
          result: { type: status === "FINISHED" ? "SUCCESS" : status === "FAILED" ? "FAILURE" : "SKIPPED", nativeResultType: status },
          durationMillis: meta.start_time != null && meta.end_time >= meta.start_time ? meta.end_time - meta.start_time : undefined,
        }),
      ),
    );
  return { proposals: out, summary: { urn, hyperParams, trainingMetrics }, datasets };
}

const SCHEMA_TYPES: Record<string, string> = {
  double: "NumberType",
  float: "NumberType",
  long: "NumberType",
  integer: "NumberType",
  number: "NumberType",
  string: "StringType",
  boolean: "BooleanType",
  binary: "BytesType",
  datetime: "DateType",
};

function datasetProposals(urn: string, d: z.infer<typeof DatasetMeta>, instance: string | undefined): MlflowProposal[] {
  let columns: Array<{ name: string; type: string; required?: boolean }> | null = null;
  if (d.schema) {
    try {
      const spec = JSON.parse(d.schema)?.mlflow_colspec;
      if (Array.isArray(spec) && spec.every((c) => c && typeof c.name === "string" && typeof c.type === "string")) columns = spec;
    } catch {
      /* kept as text below, as DataHub does */
    }
  }
  const out = [
    proposal(urn, "datasetProperties", {
      name: d.name,
      customProperties: compact({
        source_type: d.source_type,
        source: d.source ?? undefined,
        profile: d.profile ?? undefined,
        schema: columns ? undefined : (d.schema ?? undefined),
      }),
    }),
    proposal(urn, "dataPlatformInstance", platformAspect(instance)),
  ];
  if (columns)
    out.push(
      proposal(urn, "schemaMetadata", {
        schemaName: d.name,
        platform: PLATFORM,
        version: 0,
        hash: "",
        platformSchema: { "com.linkedin.schema.Schemaless": {} },
        fields: columns.map((c) => ({
          fieldPath: c.name,
          nullable: c.required === false,
          type: { type: { [`com.linkedin.schema.${SCHEMA_TYPES[c.type.toLowerCase()] ?? "NullType"}`]: {} } },
          nativeDataType: c.type,
        })),
      }),
    );
  out.push(proposal(urn, "status", { removed: false }));
  return out;
}
