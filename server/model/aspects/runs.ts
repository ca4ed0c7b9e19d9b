/**
 * Schemas of the aspects of training runs (DataHub's data process instances): their properties,
 * relationships, inputs and outputs, run events, and Orrery's metric history and editable description.
 */
import { z } from "zod";
import { CustomProperties, Edge, editable, list, name, obj, Param, Stamp, str, time, urn } from "./fields";

const RUN_RESULTS = ["SUCCESS", "FAILURE", "SKIPPED", "UP_FOR_RETRY"] as const;

/** Most points one metric keeps in `orreryMetricHistory`; importers down-sample evenly beyond it. */
export const MAX_METRIC_POINTS = 10_000;

/** Orrery extension aspect: every logged point of a run's metrics (DataHub keeps only one value each). */
const orreryMetricHistory = obj({
  metrics: list(
    obj({
      name: str(1000),
      points: z
        .array(obj({ step: z.number().int(), timestampMillis: z.number().int(), value: z.number() }))
        .max(MAX_METRIC_POINTS, { error: `must have at most ${MAX_METRIC_POINTS} points (down-sample evenly, keeping the first and the last)` }),
      /** points logged in the source; more than `points.length` when down-sampled */
      totalPoints: z.number().int().nonnegative().optional(),
    }),
  ).superRefine((metrics, ctx) => {
    const seen = new Set<string>();
    metrics.forEach((m, i) => {
      if (seen.has(m.name)) ctx.addIssue({ code: "custom", path: [i, "name"], message: `metric '${m.name}' appears more than once` });
      seen.add(m.name);
    });
  }),
});

export const RUN_ASPECT_SCHEMAS = {
  dataProcessInstanceProperties: obj({
    name,
    created: Stamp,
    type: z.enum(["BATCH_SCHEDULED", "BATCH_AD_HOC", "STREAMING"]).optional(),
    customProperties: CustomProperties.optional(),
    externalUrl: str(4000).optional(),
  }),
  dataProcessInstanceRelationships: obj({
    parentTemplate: urn.optional(),
    parentInstance: urn.optional(),
    upstreamInstances: list(urn).optional(),
  }),
  mlTrainingRunProperties: obj({
    id: str(1000).optional(),
    outputUrls: list(str(4000)).optional(),
    hyperParams: list(Param).optional(),
    trainingMetrics: list(Param).optional(),
    externalUrl: str(4000).optional(),
    customProperties: CustomProperties.optional(),
  }),
  dataProcessInstanceRunEvent: obj({
    timestampMillis: time,
    eventGranularity: z.unknown().optional(),
    partitionSpec: z.unknown().optional(),
    messageId: str().optional(),
    externalUrl: str(4000).optional(),
    status: z.enum(["STARTED", "COMPLETE"]),
    attempt: z.number().int().optional(),
    result: obj({ type: z.enum(RUN_RESULTS), nativeResultType: str(1000) }).optional(),
    durationMillis: time.optional(),
  }),
  orreryMetricHistory,
  dataProcessInstanceInput: obj({ inputs: list(urn), inputEdges: list(Edge).optional() }),
  dataProcessInstanceOutput: obj({ outputs: list(urn), outputEdges: list(Edge).optional() }),
  /** Orrery extension: a person's description of a training run (DataHub has no editable aspect for runs) */
  orreryEditableDataProcessInstanceProperties: editable,
};
