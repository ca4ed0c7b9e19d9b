/**
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
