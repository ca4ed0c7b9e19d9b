/**
 * MLflow file store → DataHub MetadataChangeProposals. Reads the `mlruns/` directory that MLflow's
 * FileStore and FileModelRegistryStore write and nothing else: it opens no database and sends nothing,
 * so the same proposals can go to a local catalog or to a server.
 *
 * URNs follow DataHub's own MLflow source, so one store imported by DataHub and by Orrery names the
 * same entities: experiments are containers keyed by DataHub's ExperimentKey guid, runs are
 * dataProcessInstances keyed by the guid of (orchestrator "mlflow", run id), registered models are
 * `mlModelGroup:(mlflow,<name>,PROD)` and versions `mlModel:(mlflow,<name>_<version>,PROD)`. With a
 * platform instance (`platformInstance`), experiments, models, versions and datasets get urns of
 * their own by DataHub's platform-instance rules (see urns.ts).
 *
 * Problems are per item. An item (an experiment, a run, a registered model, a model version) whose
 * files cannot be read (a corrupt meta.yaml, an unreadable metric line, …) is left out whole and
 * reported with the file and line; everything else is imported. Deleted experiments, runs and model
 * versions are imported soft-deleted (`status.removed`), so a deletion in MLflow reaches the catalog.
 *
 * The parts: read.ts (the store, in three steps: registry.ts, experiments.ts, models.ts, sharing
 * context.ts), files.ts and meta.ts (MLflow's files as it writes them), run-read.ts and
 * run-proposals.ts (a run and what it becomes), urns.ts and python.ts (DataHub's names, Python's
 * text), proposal.ts and types.ts (the shapes handed out).
 */
export type { Counts, ItemKind, MlflowItem, MlflowProblem, MlflowProposal, MlflowRead, MlflowReport, ReadOptions, StoreIdentity } from "./types";
export {
  PLATFORM,
  datahubGuid,
  datasetUrn,
  experimentUrn,
  modelGroupUrn,
  modelVersionUrn,
  platformInstanceProblem,
  platformInstanceUrn,
  runUrn,
  userUrn,
  versionSetUrn,
} from "./urns";
export { pythonFloatRepr } from "./python";
export { MAX_RUN_METRIC_POINTS, evenIndices } from "./run-proposals";
export { NotAnMlflowStoreError, batchItems, readMlflowStore } from "./read";
