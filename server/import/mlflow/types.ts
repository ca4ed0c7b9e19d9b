/** The shapes an MLflow read hands out: proposals grouped into items, the report, the store's identity. */

/** A proposal in the golden-file form (`aspect.json`), as `ingestProposals` and `orrery ingest` read it. */
export interface MlflowProposal {
  entityType: string;
  entityUrn: string;
  changeType: "UPSERT";
  aspectName: string;
  aspect: { json: Record<string, unknown> };
}

export type ItemKind = "experiment" | "run" | "model" | "version" | "stage tags";

/** The proposals of one MLflow item; an item is imported whole or not at all. */
export interface MlflowItem {
  kind: ItemKind;
  /** e.g. `run 5f2c… (my-run)`, `version 3 of churn` */
  label: string;
  proposals: MlflowProposal[];
}

export interface MlflowProblem {
  kind: ItemKind;
  label: string;
  /** the file (with `:line` for a metric line), as reached from the directory given */
  path: string;
  message: string;
}

export interface Counts {
  /** read and turned into proposals (deleted ones included) */
  imported: number;
  /** of those, deleted in MLflow (imported soft-deleted) */
  deleted: number;
  /** left out because of a problem */
  skipped: number;
}

export interface MlflowReport {
  experiments: Counts;
  runs: Counts;
  models: Counts;
  versions: Counts;
  datasets: number;
  /** items left out, each with the file that stopped it */
  problems: MlflowProblem[];
  /** items imported with less than MLflow has (a version whose run is gone, a down-sampled history, …) */
  warnings: MlflowProblem[];
}

export interface MlflowRead {
  proposals: MlflowProposal[];
  items: MlflowItem[];
  report: MlflowReport;
  /** what tells this store's experiments and models from another store's of the same name */
  identity: StoreIdentity;
}

/**
 * MLflow's own identities of what was read (deleted items included): an experiment's id and artifact
 * location and its runs (uuids), a registered model's and each version's creation time. They travel
 * with the store when it is copied, and differ between two stores that happen to share names.
 */
export interface StoreIdentity {
  experiments: Array<{ urn: string; name: string; experimentId: string; artifactLocation?: string; runs: string[] }>;
  models: Array<{ urn: string; name: string; created?: number; versions: Array<{ urn: string; version: number; created?: number }> }>;
}

export interface ReadOptions {
  /** include the orreryMetricHistory extension aspect (default true; DataHub itself does not know it) */
  metricHistory?: boolean;
  /** DataHub's platform_instance: keeps this store's experiments, models and datasets apart from another store's */
  platformInstance?: string;
}

export type Options = { metricHistory: boolean; platformInstance?: string };
