/**
 * The sample MLflow store: used by the tests, the e2e suite and the demo catalog. Written with
 * ./mlflow-file-store.ts, file for file as MLflow lays a store out.
 */
import fs from "node:fs";
import path from "node:path";
import { runId, writeExperiment, writeModel, writeRun, type DatasetSpec } from "./mlflow-file-store";

const T0 = 1_717_200_000_000; // 2024-06-01

/** A loss curve as MLflow logs it: one line per step, a minute apart. */
function curve(steps: number, from: number, to: number, t = T0): Array<[number, string, number]> {
  return Array.from({ length: steps }, (_, s) => [t + s * 60_000, String(Number((from + ((to - from) * s) / Math.max(1, steps - 1)).toFixed(4))), s]);
}

/** Python's str(float) for the values above (they are short decimals: add ".0" to integers). */
const py = (lines: Array<[number, string, number]>) => lines.map(([t, v, s]) => [t, /[.e]/.test(v) ? v : `${v}.0`, s] as [number, string, number]);

export const IDS = {
  defaultRun: runId("default"),
  baseline: runId("baseline"),
  tuned: runId("tuned"),
  failed: runId("failed"),
  running: runId("running"),
  killed: runId("killed"),
  trashed: runId("trashed"),
  /** the run of version 3, which is not in the store */
  missing: runId("gone"),
  churnExperiment: "173625461876453215",
  oldExperiment: "598130527740165432",
};

/**
 * The realistic store: the Default experiment (one run), "churn-prediction" (five runs: FINISHED ×2,
 * FAILED, RUNNING, and a KILLED one that was deleted), "old-sweeps" deleted into .trash/ (one run),
 * and the registered model "churn-model" with versions 1 (Archived), 2 (Production, alias champion)
 * and 3 (Staging, alias challenger, whose run is not in the store).
 */
export function writeRealisticStore(root: string): void {
  writeExperiment(root, { id: "0", name: "Default", creationTime: T0 - 86_400_000 });
  writeRun(root, {
    id: IDS.defaultRun,
    experimentId: "0",
    name: "smoke-test",
    status: 3,
    start: T0 - 3_600_000,
    end: T0 - 3_590_000,
    params: { seed: "42" },
    metrics: { accuracy: [[T0 - 3_595_000, "0.5", 0]] },
  });

  const churn = IDS.churnExperiment;
  writeExperiment(root, {
    id: churn,
    name: "churn-prediction",
    tags: { "mlflow.note.content": "Predict which customers cancel in the next 30 days.", team: "growth" },
    creationTime: T0 - 7 * 86_400_000,
  });
  const dataset: DatasetSpec = {
    name: "churn-train",
    digest: "8f14e45f",
    columns: [
      ["tenure", "long"],
      ["monthly_charges", "double"],
      ["contract", "string"],
      ["churned", "boolean"],
    ],
  };
  writeRun(root, {
    id: IDS.baseline,
    experimentId: churn,
    name: "baseline-logreg",
    status: 3,
    start: T0,
    end: T0 + 600_000,
    params: { C: "1.0", penalty: "l2", "model/max_iter": "200" },
    metrics: { "train/loss": py(curve(5, 0.69, 0.41)), "val/auc": py(curve(5, 0.61, 0.78)), accuracy: [[T0 + 590_000, "0.81", 0]] },
    tags: { "mlflow.note.content": "First baseline: plain logistic regression." },
    datasets: [dataset],
  });
  writeRun(root, {
    id: IDS.tuned,
    experimentId: churn,
    name: "xgb-tuned",
    user: "bob",
    status: 3,
    start: T0 + 3_600_000,
    end: T0 + 5_400_000,
    params: { max_depth: "6", learning_rate: "0.05", n_estimators: "400" },
    // What `mlflow run` records of the code: the commit, its branch and repository.
    tags: {
      "mlflow.source.git.commit": "9f2c1e7b4a5d6c8e0f1a2b3c4d5e6f708192a3b4",
      "mlflow.source.git.branch": "tuning",
      "mlflow.source.git.repoURL": "https://git.example.com/acme/churn-models.git",
    },
    // Logged out of order, and step 3 twice: the last value is the latest step's latest point.
    metrics: {
      "train/loss": [
        [T0 + 3_660_000, "0.52", 0],
        [T0 + 3_720_000, "0.37", 1],
        [T0 + 3_900_000, "0.22", 3],
        [T0 + 3_780_000, "0.29", 2],
        [T0 + 3_960_000, "0.21", 3],
      ],
      "val/auc": [
        [T0 + 3_660_000, "0.8", 0],
        [T0 + 3_960_000, "0.91", 3],
      ],
      lr: [[T0 + 3_660_000, "5e-05", 0]],
    },
    datasets: [dataset, { name: "churn-holdout", digest: "c9f0f895", context: "eval", sourceType: "s3", source: '{"uri": "s3://data/churn/holdout.parquet"}' }],
  });
  writeRun(root, {
    id: IDS.failed,
    experimentId: churn,
    name: "xgb-oom",
    status: 4,
    start: T0 + 7_200_000,
    end: T0 + 7_260_000,
    params: { max_depth: "12" },
    metrics: { "train/loss": py(curve(2, 0.7, 0.6)) },
  });
  writeRun(root, {
    id: IDS.running,
    experimentId: churn,
    name: "xgb-long",
    status: 1,
    start: T0 + 9_000_000,
    end: null,
    params: { max_depth: "8" },
    metrics: { "train/loss": py(curve(3, 0.68, 0.5, T0 + 9_000_000)) },
  });
  writeRun(root, {
    id: IDS.killed,
    experimentId: churn,
    name: "typo-run",
    status: 5,
    start: T0 + 10_000_000,
    end: T0 + 10_060_000,
    deleted: true,
    params: { max_depth: "x" },
  });

  writeExperiment(root, { id: IDS.oldExperiment, name: "old-sweeps", deleted: true, creationTime: T0 - 30 * 86_400_000 });
  writeRun(root, {
    id: IDS.trashed,
    experimentId: IDS.oldExperiment,
    name: "sweep-17",
    status: 3,
    start: T0 - 29 * 86_400_000,
    end: T0 - 29 * 86_400_000 + 60_000,
    deleted: true,
    trashed: true,
    params: { alpha: "0.1" },
    metrics: { rmse: [[T0 - 29 * 86_400_000, "3.2", 0]] },
  });

  writeModel(root, {
    name: "churn-model",
    description: "Customer churn classifier served by the retention service; retrained every week from the warehouse snapshot.",
    tags: { owner: "growth", task: "classification" },
    aliases: { champion: 2, challenger: 3 },
    created: T0 + 700_000,
    versions: [
      { version: 1, runId: IDS.baseline, stage: "Archived", user: "alice", created: T0 + 700_000, description: "baseline" },
      { version: 2, runId: IDS.tuned, stage: "Production", user: "bob", created: T0 + 5_500_000, tags: { validated: "true" } },
      { version: 3, runId: IDS.missing, stage: "Staging", created: T0 + 12_000_000 },
    ],
  });
  fs.mkdirSync(path.join(root, ".trash"), { recursive: true });
}
