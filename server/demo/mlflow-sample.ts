/**
 * The sample MLflow store: used by the tests, the e2e suite and the demo catalog.
 * Writes MLflow file stores for tests, file for file as MLflow's FileStore and FileModelRegistryStore
 * lay them out: `<experiment id>/meta.yaml` (PyYAML's safe_dump: sorted keys, quoted numeric strings),
 * one file per param and tag (no trailing newline), metric files of `<timestamp> <value> <step>` lines
 * (values as Python prints floats), datasets under the experiment and inputs under the run (ids are
 * md5(name + digest) and md5(dataset id + run id)), deleted experiments moved to `.trash/`, and the
 * registry under `models/<name>/` with `version-<n>/`, `tags/` and `aliases/`.
 */
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

type Yaml = string | number | boolean | null | Yaml[] | { [k: string]: Yaml };

const md5 = (s: string) => crypto.createHash("md5").update(s).digest("hex");
/** A run id as MLflow makes them (uuid4 hex), derived from a name so tests are repeatable. */
export const runId = (name: string) => md5(`run:${name}`);

/** A string PyYAML would write without quotes. */
function plain(s: string): boolean {
  if (s === "" || s !== s.trim()) return false;
  if (/^(?:~|null|Null|NULL|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|y|Y|n|N)$/.test(s)) return false;
  if (/^[-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:[eE][-+]?\d+)?$/.test(s) || /^\d{4}-\d\d-\d\d/.test(s)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) || /: |\s#|[\n\t]/.test(s) || s.endsWith(":")) return false;
  return true;
}

/** yaml.safe_dump(data, default_flow_style=False) for the shapes MLflow writes. */
export function pyYaml(data: { [k: string]: Yaml }, indent = ""): string {
  let out = "";
  for (const key of Object.keys(data).sort()) {
    const v = data[key];
    const k = plain(key) ? key : `'${key}'`;
    if (v === null) out += `${indent}${k}: null\n`;
    else if (typeof v === "number" || typeof v === "boolean") out += `${indent}${k}: ${v}\n`;
    else if (typeof v === "string") out += `${indent}${k}: ${plain(v) ? v : `'${v.replace(/'/g, "''")}'`}\n`;
    else if (Array.isArray(v)) out += `${indent}${k}: ${v.length ? `\n${v.map((x) => `${indent}- ${String(x)}\n`).join("")}` : "[]\n"}`;
    else out += Object.keys(v).length ? `${indent}${k}:\n${pyYaml(v, `${indent}  `)}` : `${indent}${k}: {}\n`;
  }
  return out;
}

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** One file per key, `/` in a key making sub-folders (MLflow's params/, tags/, aliases/). */
function writeKeys(dir: string, values: Record<string, string>): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const [k, v] of Object.entries(values)) write(path.join(dir, ...k.split("/")), v);
}

export interface ExperimentSpec {
  id: string;
  name: string;
  tags?: Record<string, string>;
  deleted?: boolean;
  creationTime?: number;
}

export function writeExperiment(root: string, e: ExperimentSpec): string {
  const dir = path.join(root, e.deleted ? ".trash" : "", e.id);
  const t = e.creationTime ?? 1_700_000_000_000;
  write(
    path.join(dir, "meta.yaml"),
    pyYaml({
      artifact_location: `file://${path.resolve(root)}/${e.id}`,
      creation_time: t,
      experiment_id: e.id,
      last_update_time: e.deleted ? t + 86_400_000 : t,
      lifecycle_stage: e.deleted ? "deleted" : "active",
      name: e.name,
    }),
  );
  writeKeys(path.join(dir, "tags"), e.tags ?? {});
  return dir;
}

export interface DatasetSpec {
  name: string;
  digest: string;
  sourceType?: string;
  source?: string;
  /** [name, type] columns, written as MLflow's colspec schema */
  columns?: Array<[string, string]>;
  context?: string;
}

export interface RunSpec {
  id: string;
  experimentId: string;
  name: string;
  user?: string;
  /** 1 RUNNING, 2 SCHEDULED, 3 FINISHED, 4 FAILED, 5 KILLED */
  status: 1 | 2 | 3 | 4 | 5;
  start: number;
  end?: number | null;
  deleted?: boolean;
  /** written under .trash/<experiment id>/ (the experiment was deleted) */
  trashed?: boolean;
  params?: Record<string, string>;
  /** key → lines as [timestamp, value as Python prints it, step] */
  metrics?: Record<string, Array<[number, string, number]>>;
  tags?: Record<string, string>;
  datasets?: DatasetSpec[];
}

export function writeRun(root: string, r: RunSpec): string {
  const expDir = path.join(root, r.trashed ? ".trash" : "", r.experimentId);
  const dir = path.join(expDir, r.id);
  write(
    path.join(dir, "meta.yaml"),
    pyYaml({
      artifact_uri: `file://${path.resolve(expDir)}/${r.id}/artifacts`,
      deleted_time: r.deleted ? r.start + 3_600_000 : null,
      end_time: r.end ?? null,
      entry_point_name: "",
      experiment_id: r.experimentId,
      lifecycle_stage: r.deleted ? "deleted" : "active",
      run_id: r.id,
      run_name: r.name,
      run_uuid: r.id,
      source_name: "",
      source_type: 4,
      source_version: "",
      start_time: r.start,
      status: r.status,
      tags: [],
      user_id: r.user ?? "alice",
    }),
  );
  writeKeys(path.join(dir, "params"), r.params ?? {});
  writeKeys(path.join(dir, "tags"), {
    "mlflow.runName": r.name,
    "mlflow.user": r.user ?? "alice",
    "mlflow.source.name": "train.py",
    "mlflow.source.type": "LOCAL",
    ...r.tags,
  });
  fs.mkdirSync(path.join(dir, "metrics"), { recursive: true });
  fs.mkdirSync(path.join(dir, "artifacts"), { recursive: true });
  for (const [key, lines] of Object.entries(r.metrics ?? {}))
    write(path.join(dir, "metrics", ...key.split("/")), lines.map(([ts, v, step]) => `${ts} ${v} ${step}\n`).join(""));
  for (const d of r.datasets ?? []) {
    const datasetId = md5(d.name + d.digest);
    write(
      path.join(expDir, "datasets", datasetId, "meta.yaml"),
      pyYaml({
        digest: d.digest,
        name: d.name,
        profile: '{"num_rows": 7043, "num_elements": 140860}',
        schema: d.columns ? JSON.stringify({ mlflow_colspec: d.columns.map(([name, type]) => ({ type, name, required: true })) }) : null,
        source: d.source ?? '{"uri": "/data/churn/train.parquet"}',
        source_type: d.sourceType ?? "local",
      }),
    );
    const inputId = md5(datasetId + r.id);
    // MLflow writes the dataset id as destination_id too (sic).
    write(
      path.join(dir, "inputs", inputId, "meta.yaml"),
      pyYaml({
        destination_id: datasetId,
        destination_type: "RUN",
        source_id: datasetId,
        source_type: "DATASET",
        tags: { "mlflow.data.context": d.context ?? "training" },
      }),
    );
  }
  return dir;
}

/** Appends metric lines to a run, as further `log_metric` calls do. */
export function appendMetric(runDir: string, key: string, lines: Array<[number, string, number]>): void {
  fs.appendFileSync(path.join(runDir, "metrics", ...key.split("/")), lines.map(([ts, v, step]) => `${ts} ${v} ${step}\n`).join(""));
}

export interface VersionSpec {
  version: number;
  runId?: string | null;
  stage: "None" | "Staging" | "Production" | "Archived" | "Deleted_Internal";
  description?: string;
  user?: string | null;
  tags?: Record<string, string>;
  created: number;
}

export interface ModelSpec {
  name: string;
  description?: string;
  tags?: Record<string, string>;
  aliases?: Record<string, number>;
  versions: VersionSpec[];
  created: number;
}

export function writeModel(root: string, m: ModelSpec): string {
  const dir = path.join(root, "models", m.name);
  const updated = Math.max(m.created, ...m.versions.map((v) => v.created));
  // A long description, folded the way PyYAML folds plain scalars at 80 columns.
  const description = m.description ?? null;
  let meta = pyYaml({ creation_timestamp: m.created, description, last_updated_timestamp: updated, name: m.name });
  if (description && description.length > 60) {
    const cut = description.lastIndexOf(" ", 60);
    meta = meta.replace(`description: ${description}`, `description: ${description.slice(0, cut)}\n  ${description.slice(cut + 1)}`);
  }
  write(path.join(dir, "meta.yaml"), meta);
  writeKeys(path.join(dir, "tags"), m.tags ?? {});
  writeKeys(path.join(dir, "aliases"), Object.fromEntries(Object.entries(m.aliases ?? {}).map(([a, v]) => [a, String(v)])));
  for (const v of m.versions) writeVersion(root, m.name, v);
  return dir;
}

export function writeVersion(root: string, model: string, v: VersionSpec): string {
  const dir = path.join(root, "models", model, `version-${v.version}`);
  write(
    path.join(dir, "meta.yaml"),
    pyYaml({
      aliases: [],
      creation_timestamp: v.created,
      current_stage: v.stage,
      description: v.description ?? "",
      last_updated_timestamp: v.created + 60_000,
      name: model,
      run_id: v.runId ?? "",
      run_link: "",
      source: v.runId ? `mlflow-artifacts:/${v.runId}/artifacts/model` : `s3://models/${model}/${v.version}`,
      status: "READY",
      status_message: "",
      storage_location: v.runId ? `mlflow-artifacts:/${v.runId}/artifacts/model` : `s3://models/${model}/${v.version}`,
      user_id: v.user ?? null,
      version: v.version,
    }),
  );
  writeKeys(path.join(dir, "tags"), v.tags ?? {});
  return dir;
}

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
