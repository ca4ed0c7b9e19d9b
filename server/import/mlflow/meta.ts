/** What MLflow writes in its meta.yaml files (validated), and the words it uses for run statuses and registry stages. */
import { z } from "zod";

export const RUN_STATUS = ["RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED"] as const;
export type RunStatus = (typeof RUN_STATUS)[number];
export const STAGES = ["Production", "Staging", "Archived", "None"] as const;
export const STAGE_DELETED = "Deleted_Internal";

/** Ids were ints in old MLflow versions. */
const Id = z.union([z.string().min(1), z.number().int()]).transform(String);
const Millis = z.number().int().nonnegative();
const Stage = z.enum(["active", "deleted"]);
const optText = z.string().nullish();

export const ExperimentMeta = z.looseObject({
  experiment_id: Id,
  name: z.string().min(1, { error: "must not be empty" }),
  artifact_location: optText,
  lifecycle_stage: Stage.nullish(),
  creation_time: Millis.nullish(),
  last_update_time: Millis.nullish(),
});

export const RunMeta = z.looseObject({
  run_id: z.string().nullish(),
  run_uuid: z.string().nullish(),
  run_name: optText,
  experiment_id: Id,
  user_id: optText,
  status: z
    .union([
      z
        .number()
        .int()
        .min(1)
        .max(5)
        .transform((n) => RUN_STATUS[n - 1]),
      z.enum(RUN_STATUS),
    ])
    .nullish(),
  start_time: Millis.nullish(),
  end_time: Millis.nullish(),
  lifecycle_stage: Stage.nullish(),
  artifact_uri: optText,
});

export const DatasetMeta = z.looseObject({
  name: z.string().min(1),
  digest: z.string(),
  source_type: z.string(),
  source: optText,
  schema: optText,
  profile: optText,
});

export const InputMeta = z.looseObject({
  source_type: z.string(),
  source_id: z.string().min(1),
  tags: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String)).nullish(),
});

export const ModelMeta = z.looseObject({
  name: z.string().min(1),
  creation_timestamp: Millis.nullish(),
  last_updated_timestamp: Millis.nullish(),
  description: optText,
});

export const VersionMeta = z.looseObject({
  name: z.string().min(1),
  version: z.union([z.number().int().positive(), z.string().regex(/^\d+$/).transform(Number)]),
  creation_timestamp: Millis.nullish(),
  last_updated_timestamp: Millis.nullish(),
  description: optText,
  user_id: optText,
  current_stage: optText,
  source: optText,
  run_id: optText,
  status: optText,
});
