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
 * their own by DataHub's platform-instance rules (see the URNs section below).
 *
 * Problems are per item. An item (an experiment, a run, a registered model, a model version) whose
 * files cannot be read (a corrupt meta.yaml, an unreadable metric line, …) is left out whole and
 * reported with the file and line; everything else is imported. Deleted experiments, runs and model
 * versions are imported soft-deleted (`status.removed`), so a deletion in MLflow reaches the catalog.
 */
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { parseDocument, visit, YAMLError } from "yaml";
import { z } from "zod";
import { validateAspect, MAX_METRIC_POINTS } from "../model/aspects";
import { parseUrn } from "../model/urn";

export const PLATFORM = "urn:li:dataPlatform:mlflow";
const ENV = "PROD";
/** Most points the metric history of one run keeps, all metrics together (keeps the aspect well under 4 MB). */
export const MAX_RUN_METRIC_POINTS = 40_000;
/** Folders inside an experiment that are not runs (MLflow's RESERVED_EXPERIMENT_FOLDERS, plus MLflow 3's logged models). */
const RESERVED_EXPERIMENT_FOLDERS = new Set(["tags", "datasets", "traces", "models"]);
const RUN_STATUS = ["RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED"] as const;
type RunStatus = (typeof RUN_STATUS)[number];
const STAGES = ["Production", "Staging", "Archived", "None"] as const;
const STAGE_DELETED = "Deleted_Internal";
/** DataHub's MLflow source creates one tag per registry stage (names, descriptions and colours are its). */
const STAGE_TAGS: Record<(typeof STAGES)[number], { description: string; colorHex: string }> = {
  Production: { description: "Production Stage for an ML model in MLflow Model Registry", colorHex: "#308613" },
  Staging: { description: "Staging Stage for an ML model in MLflow Model Registry", colorHex: "#FACB66" },
  Archived: { description: "Archived Stage for an ML model in MLflow Model Registry", colorHex: "#5D7283" },
  None: { description: "None Stage for an ML model in MLflow Model Registry", colorHex: "#F2F4F5" },
};

// ---------- public shapes ----------

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

type Options = { metricHistory: boolean; platformInstance?: string };

/** The directory is missing, not a directory, or holds no MLflow store. */
export class NotAnMlflowStoreError extends Error {}

// ---------- URNs (DataHub's conventions) ----------

/** DataHub's `datahub_guid`: md5 of the dict as Python's `json.dumps(sort_keys=True, separators=(",", ":"))` writes it. */
export function datahubGuid(obj: Record<string, string>): string {
  const keys = Object.keys(obj).sort();
  const json = `{${keys.map((k) => `${pyJson(k)}:${pyJson(obj[k])}`).join(",")}}`;
  return crypto.createHash("md5").update(json, "utf8").digest("hex");
}

/** JSON string as Python's json.dumps writes it (ensure_ascii: everything outside space..~ escaped). */
function pyJson(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// A platform instance (`--platform-instance`) is DataHub's way to tell two deployments of one platform
// apart. DataHub's MLflow source itself has no such option, so the urns follow the rules DataHub's
// builders apply to an instance elsewhere: a guid key gets an `instance` field (ContainerKey.guid_dict,
// which leaves it out when there is none, so urns without one are unchanged), and a name-keyed urn
// gets the instance before its name, `<instance>.<name>` (DatasetUrn.create_from_ids, and DataFlow's,
// Chart's and Dashboard's). Model groups and versions take the name rule too: DataHub's SDK MLModel and
// MLModelGroup keep their urns and only record the instance in dataPlatformInstance, which would leave
// two stores' models of one name merged. Version sets take the key rule. Run urns keep DataHub's
// DataProcessInstanceKey, which has no instance (run ids are uuids, unique across stores anyway);
// users and the stage tags are shared.

const prefixed = (name: string, instance?: string) => (instance ? `${instance}.${name}` : name);
const keyed = (key: Record<string, string>, instance?: string) => datahubGuid(instance ? { ...key, instance } : key);

export const experimentUrn = (name: string, instance?: string) => `urn:li:container:${keyed({ platform: PLATFORM, id: name }, instance)}`;
export const runUrn = (runId: string) => `urn:li:dataProcessInstance:${datahubGuid({ orchestrator: "mlflow", id: runId })}`;
export const modelGroupUrn = (name: string, instance?: string) => `urn:li:mlModelGroup:(${PLATFORM},${prefixed(name, instance)},${ENV})`;
export const modelVersionUrn = (name: string, version: number, instance?: string) =>
  `urn:li:mlModel:(${PLATFORM},${prefixed(`${name}_${version}`, instance)},${ENV})`;
export const versionSetUrn = (name: string, instance?: string) => `urn:li:versionSet:(${keyed({ platform: "mlflow", name }, instance)},mlModel)`;
export const userUrn = (user: string) => `urn:li:platformResource:${datahubGuid({ platform: "mlflow", user })}`;
export const datasetUrn = (name: string, instance?: string) => `urn:li:dataset:(${PLATFORM},${prefixed(name, instance)},${ENV})`;
/** DataHub's make_dataplatform_instance_urn. */
export const platformInstanceUrn = (instance: string) => `urn:li:dataPlatformInstance:(${PLATFORM},${instance})`;
/** The dataPlatformInstance aspect: the platform, and the instance's urn when there is one. */
const platformAspect = (instance?: string) => (instance ? { platform: PLATFORM, instance: platformInstanceUrn(instance) } : { platform: PLATFORM });

/** Why `name` cannot be a platform instance (it goes into urns), or null when it can. */
export function platformInstanceProblem(name: string): string | null {
  if (name === "") return "must not be empty";
  if (/[,()]/.test(name)) return "must not contain ',', '(' or ')' (it becomes part of urns)";
  if (/\s/.test(name)) return "must not contain spaces";
  if (name.startsWith("urn:")) return "is a name, not an urn";
  return null;
}
const stageTagUrn = (stage: string) => `urn:li:tag:mlflow_${stage.toLowerCase()}`;

// ---------- numbers as MLflow (Python) writes them ----------

/** Python's `str(float)`: shortest round-trip digits, scientific below 1e-4 and from 1e16. */
export function pythonFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mantissa, expText] = x.toExponential().split("e");
  const exp = Number(expText);
  const sign = mantissa.startsWith("-") ? "-" : "";
  const digits = mantissa.replace("-", "").replace(".", "");
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  const int = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
  const frac = digits.slice(exp + 1) || "0";
  return `${sign}${int}.${frac}`;
}

/** Python's `float(text)` for the forms MLflow writes (a plain number, nan, inf). */
function parsePythonFloat(text: string): number | null {
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) return Number(text);
  const t = text.toLowerCase();
  if (t === "nan" || t === "+nan" || t === "-nan") return NaN;
  if (/^\+?inf(inity)?$/.test(t)) return Infinity;
  if (/^-inf(inity)?$/.test(t)) return -Infinity;
  return null;
}

// ---------- files ----------

class FileProblem extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

function errnoText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ? `${err.code}: ${err.message.replace(/^\w+: /, "")}` : String(err.message ?? e);
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new FileProblem(file, `cannot be read (${errnoText(e)})`);
  }
}

/** Sorted entries of a directory; none when it does not exist. */
function entries(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT" || (e as NodeJS.ErrnoException).code === "ENOTDIR") return [];
    throw new FileProblem(dir, `cannot be listed (${errnoText(e)})`);
  }
}

const subdirs = (dir: string) =>
  entries(dir)
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

/** Files below `dir`, as `/`-separated paths relative to it (MLflow keys may contain `/`). */
function filesBelow(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const e of entries(dir)) {
    if (e.isDirectory()) out.push(...filesBelow(path.join(dir, e.name), `${prefix}${e.name}/`));
    else if (e.isFile()) out.push(`${prefix}${e.name}`);
  }
  return out;
}

/** key → file content for MLflow's one-file-per-key folders (params, tags, aliases). */
function keyValueFolder(dir: string): Array<[string, string]> {
  return filesBelow(dir).map((k) => [k, readText(path.join(dir, ...k.split("/")))]);
}

const PY_INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const PY_FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const PY_BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;

/**
 * Parses a meta.yaml the way MLflow reads it back (PyYAML's YAML 1.1 resolver): the `yaml` package's
 * 1.1 schema also reads `1e5`, `y` and dates as numbers, booleans and timestamps, which PyYAML writes
 * unquoted as strings (an experiment named `1e5` must stay "1e5").
 */
function readYaml(file: string): unknown {
  const text = readText(file);
  const doc = parseDocument(text, { version: "1.1", uniqueKeys: false });
  if (doc.errors.length) throw new FileProblem(file, `is not valid YAML: ${doc.errors[0].message.split("\n")[0]}`);
  visit(doc, {
    Scalar(_, node) {
      if (node.type !== "PLAIN" || typeof node.source !== "string") return;
      const src = node.source;
      if (typeof node.value === "number" && !PY_INT.test(src) && !PY_FLOAT.test(src)) node.value = src;
      else if (typeof node.value === "boolean" && !PY_BOOL.test(src)) node.value = src;
      else if (node.value instanceof Date) node.value = src;
    },
  });
  return doc.toJS({ maxAliasCount: 100 });
}

function zodText(e: z.ZodError): string {
  const i = e.issues[0];
  const more = e.issues.length > 1 ? ` (and ${e.issues.length - 1} more)` : "";
  return `${i.path.length ? `${i.path.join(".")}: ` : ""}${i.message}${more}`;
}

function readMeta<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  if (!fs.existsSync(file)) throw new FileProblem(file, "is missing");
  let data: unknown;
  try {
    data = readYaml(file);
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    if (e instanceof YAMLError) throw new FileProblem(file, `is not valid YAML: ${e.message.split("\n")[0]}`);
    throw e;
  }
  if (data === null || data === undefined) throw new FileProblem(file, "is empty");
  if (typeof data !== "object" || Array.isArray(data)) throw new FileProblem(file, "is not a YAML mapping");
  const r = schema.safeParse(data);
  if (!r.success) throw new FileProblem(file, `is not a valid MLflow meta.yaml: ${zodText(r.error)}`);
  return r.data;
}

// ---------- what MLflow writes (validated) ----------

/** Ids were ints in old MLflow versions. */
const Id = z.union([z.string().min(1), z.number().int()]).transform(String);
const Millis = z.number().int().nonnegative();
const Stage = z.enum(["active", "deleted"]);
const optText = z.string().nullish();

const ExperimentMeta = z.looseObject({
  experiment_id: Id,
  name: z.string().min(1, { error: "must not be empty" }),
  artifact_location: optText,
  lifecycle_stage: Stage.nullish(),
  creation_time: Millis.nullish(),
  last_update_time: Millis.nullish(),
});

const RunMeta = z.looseObject({
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

const DatasetMeta = z.looseObject({
  name: z.string().min(1),
  digest: z.string(),
  source_type: z.string(),
  source: optText,
  schema: optText,
  profile: optText,
});

const InputMeta = z.looseObject({
  source_type: z.string(),
  source_id: z.string().min(1),
  tags: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String)).nullish(),
});

const ModelMeta = z.looseObject({
  name: z.string().min(1),
  creation_timestamp: Millis.nullish(),
  last_updated_timestamp: Millis.nullish(),
  description: optText,
});

const VersionMeta = z.looseObject({
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

// ---------- reading runs ----------

interface Point {
  step: number;
  timestampMillis: number;
  value: number;
}

interface RunInput {
  dataset: z.infer<typeof DatasetMeta>;
  tags: Record<string, string>;
}

interface RunRead {
  id: string;
  dir: string;
  meta: z.infer<typeof RunMeta>;
  params: Array<[string, string]>;
  tags: Record<string, string>;
  metrics: Array<{ key: string; points: Point[] }>;
  inputs: RunInput[];
}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** One metric file: a line per logged point, `<timestamp> <value> [<step>]` (a hot loop: no closures per line). */
function readMetricFile(file: string, key: string): Point[] {
  const text = readText(file);
  const points: Point[] = [];
  let lineNo = 0;
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    lineNo++;
    const line = text.slice(from, to).trim();
    from = to + 1;
    if (!line) continue;
    const parts = line.split(" ");
    let why: string | null = null;
    let ts = 0;
    let value = 0;
    let step = 0;
    if (parts.length !== 2 && parts.length !== 3) why = `expected "<timestamp> <value> [<step>]", found ${parts.length} fields`;
    else if (!INTEGER.test(parts[0]) || !Number.isSafeInteger((ts = Number(parts[0])))) why = `timestamp '${parts[0]}' is not an integer`;
    else if (DECIMAL.test(parts[1])) value = Number(parts[1]);
    else {
      const v = parsePythonFloat(parts[1]);
      if (v === null) why = `value '${parts[1]}' is not a number`;
      else value = v;
    }
    if (!why && parts.length === 3 && (!INTEGER.test(parts[2]) || !Number.isSafeInteger((step = Number(parts[2])))))
      why = `step '${parts[2]}' is not an integer`;
    if (why) throw new FileProblem(`${file}:${lineNo}`, `metric '${key}': ${why} in ${JSON.stringify(line.length > 80 ? `${line.slice(0, 80)}…` : line)}`);
    points.push({ step, timestampMillis: ts, value });
  }
  if (points.length === 0) throw new FileProblem(file, `metric '${key}' has no data`);
  return points;
}

function readRun(runDir: string, runId: string, experimentId: string, datasetsDir: string): RunRead {
  const meta = readMeta(path.join(runDir, "meta.yaml"), RunMeta);
  const metaFile = path.join(runDir, "meta.yaml");
  const recorded = meta.run_id ?? meta.run_uuid;
  if (recorded && recorded !== runId) throw new FileProblem(metaFile, `run_id '${recorded}' does not match the run's folder '${runId}'`);
  if (meta.experiment_id !== experimentId)
    throw new FileProblem(metaFile, `experiment_id '${meta.experiment_id}' does not match the experiment folder '${experimentId}'`);
  const params = keyValueFolder(path.join(runDir, "params"));
  const tags = Object.fromEntries(keyValueFolder(path.join(runDir, "tags")));
  const metricsDir = path.join(runDir, "metrics");
  const metrics = filesBelow(metricsDir).map((key) => ({ key, points: readMetricFile(path.join(metricsDir, ...key.split("/")), key) }));
  const inputs: RunInput[] = [];
  for (const inputId of subdirs(path.join(runDir, "inputs"))) {
    const input = readMeta(path.join(runDir, "inputs", inputId, "meta.yaml"), InputMeta);
    if (input.source_type !== "DATASET") continue; // MLflow skips other input kinds too
    const dsFile = path.join(datasetsDir, input.source_id, "meta.yaml");
    if (!fs.existsSync(dsFile)) throw new FileProblem(dsFile, `is missing (dataset ${input.source_id}, an input of run ${runId})`);
    inputs.push({ dataset: readMeta(dsFile, DatasetMeta), tags: input.tags ?? {} });
  }
  return { id: runId, dir: runDir, meta, params, tags, metrics, inputs };
}

// ---------- building proposals ----------

function proposal(urn: string, aspectName: string, json: Record<string, unknown>): MlflowProposal {
  return { entityType: urn.slice("urn:li:".length, urn.indexOf(":", "urn:li:".length)), entityUrn: urn, changeType: "UPSERT", aspectName, aspect: { json } };
}

/** Drops undefined fields so that the stored JSON (and so "unchanged") depends only on what was read. */
function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const stampOf = (time: number | null | undefined) => (time == null ? undefined : { time });

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

interface RunSummary {
  urn: string;
  hyperParams: Array<{ name: string; value: string }>;
  trainingMetrics: Array<{ name: string; value: string }>;
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function runProposals(
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

// ---------- the store ----------

function checkStore(dir: string): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch {
    throw new NotAnMlflowStoreError(`${dir}: no such directory`);
  }
  if (!st.isDirectory()) throw new NotAnMlflowStoreError(`${dir}: not a directory`);
  const top = subdirs(dir);
  const experiments = top.filter((d) => d !== ".trash" && d !== "models" && fs.existsSync(path.join(dir, d, "meta.yaml")));
  const trashed = subdirs(path.join(dir, ".trash")).filter((d) => fs.existsSync(path.join(dir, ".trash", d, "meta.yaml")));
  const models = subdirs(path.join(dir, "models"));
  if (experiments.length || trashed.length || models.length || top.includes(".trash")) return;
  const hint = top.includes("mlruns") ? ` (it has an mlruns/ folder: try ${path.join(dir, "mlruns")})` : "";
  throw new NotAnMlflowStoreError(
    `${dir} is not an MLflow file store: it has no experiment folders (<id>/meta.yaml), no .trash/ and no model registry (models/)${hint}`,
  );
}

/**
 * Reads an MLflow file store. Deterministic: the same files give the same proposals in the same order,
 * so importing twice changes nothing the second time. Throws NotAnMlflowStoreError when `dir` is not one.
 */
export function readMlflowStore(dir: string, options: ReadOptions = {}): MlflowRead {
  const opts: Options = { metricHistory: options.metricHistory !== false, platformInstance: options.platformInstance };
  if (opts.platformInstance !== undefined) {
    const why = platformInstanceProblem(opts.platformInstance);
    if (why) throw new Error(`platform instance '${opts.platformInstance}' ${why}`);
  }
  const instance = opts.platformInstance;
  checkStore(dir);
  const root = path.resolve(dir);
  const shown = (abs: string) => {
    const [file, line] = abs.split(/:(?=\d+$)/);
    const rel = path.relative(root, file);
    return `${rel ? path.join(dir, rel) : dir}${line ? `:${line}` : ""}`;
  };
  const counts = (): Counts => ({ imported: 0, deleted: 0, skipped: 0 });
  const report: MlflowReport = { experiments: counts(), runs: counts(), models: counts(), versions: counts(), datasets: 0, problems: [], warnings: [] };
  const problem = (kind: ItemKind, label: string, e: unknown, counter: Counts) => {
    if (!(e instanceof FileProblem)) throw e;
    report.problems.push({ kind, label, path: shown(e.file), message: e.message });
    counter.skipped++;
  };
  const items: MlflowItem[] = [];
  /** keeps an item only when every proposal passes the same validation ingestion applies */
  const addItem = (kind: ItemKind, label: string, file: string, proposals: MlflowProposal[], counter: Counts, deleted: boolean): boolean => {
    for (const p of proposals) {
      const v = validateAspect(p.entityUrn, p.aspectName, p.aspect.json);
      if (!v.ok) {
        report.problems.push({ kind, label, path: shown(file), message: `would be rejected: ${v.error}` });
        counter.skipped++;
        return false;
      }
    }
    items.push({ kind, label, proposals });
    counter.imported++;
    if (deleted) counter.deleted++;
    return true;
  };
  const urnOk = (urn: string): string | null => {
    try {
      parseUrn(urn);
      return null;
    } catch (e) {
      return `its name cannot be part of a DataHub urn: ${(e as Error).message}`;
    }
  };

  // 1. The registry first, lightly: which versions each run produced (the run's output edges).
  interface VersionRead {
    meta: z.infer<typeof VersionMeta>;
    dir: string;
    aliases: string[];
    tags: Array<[string, string]>;
  }
  interface ModelRead {
    name: string;
    dir: string;
    meta: z.infer<typeof ModelMeta>;
    tags: Array<[string, string]>;
    versions: VersionRead[];
  }
  const models: ModelRead[] = [];
  const outputsOfRun = new Map<string, string[]>();
  const modelsDir = path.join(dir, "models");
  for (const name of subdirs(modelsDir)) {
    const mdir = path.join(modelsDir, name);
    const label = `registered model ${name}`;
    try {
      const meta = readMeta(path.join(mdir, "meta.yaml"), ModelMeta);
      if (meta.name !== name) throw new FileProblem(path.join(mdir, "meta.yaml"), `name '${meta.name}' does not match the folder '${name}'`);
      const bad = urnOk(modelGroupUrn(name, instance));
      if (bad) throw new FileProblem(path.join(mdir, "meta.yaml"), bad);
      const tags = keyValueFolder(path.join(mdir, "tags"));
      const aliasByVersion = new Map<string, string[]>();
      for (const [alias, content] of keyValueFolder(path.join(mdir, "aliases"))) {
        const v = content.trim();
        if (!/^\d+$/.test(v)) {
          report.warnings.push({
            kind: "model",
            label,
            path: shown(path.join(mdir, "aliases", alias)),
            message: `alias '${alias}' names version '${v}', not a version number; left out`,
          });
          continue;
        }
        aliasByVersion.set(String(Number(v)), [...(aliasByVersion.get(String(Number(v))) ?? []), alias]);
      }
      const versions: VersionRead[] = [];
      for (const vdir of subdirs(mdir).filter((d) => /^version-\d+$/.test(d))) {
        const vpath = path.join(mdir, vdir);
        const vlabel = `version ${vdir.slice("version-".length)} of ${name}`;
        try {
          const vmeta = readMeta(path.join(vpath, "meta.yaml"), VersionMeta);
          if (vmeta.version !== Number(vdir.slice("version-".length)))
            throw new FileProblem(path.join(vpath, "meta.yaml"), `version ${vmeta.version} does not match the folder '${vdir}'`);
          versions.push({
            meta: vmeta,
            dir: vpath,
            aliases: (aliasByVersion.get(String(vmeta.version)) ?? []).sort(),
            tags: keyValueFolder(path.join(vpath, "tags")),
          });
        } catch (e) {
          problem("version", vlabel, e, report.versions);
        }
      }
      versions.sort((a, b) => a.meta.version - b.meta.version);
      const folders = new Set(
        subdirs(mdir)
          .filter((d) => /^version-\d+$/.test(d))
          .map((d) => String(Number(d.slice("version-".length)))),
      );
      for (const [v, names] of aliasByVersion)
        if (!folders.has(v))
          report.warnings.push({
            kind: "model",
            label,
            path: shown(path.join(mdir, "aliases")),
            message: `alias${names.length > 1 ? "es" : ""} ${names.join(", ")} name${names.length > 1 ? "" : "s"} version ${v}, which is not in the registry; left out`,
          });
      for (const v of versions)
        if (v.meta.run_id && v.meta.current_stage !== STAGE_DELETED)
          outputsOfRun.set(v.meta.run_id, [...(outputsOfRun.get(v.meta.run_id) ?? []), modelVersionUrn(name, v.meta.version, instance)]);
      models.push({ name, dir: mdir, meta, tags, versions });
    } catch (e) {
      problem("model", label, e, report.models);
    }
  }

  // 2. Experiments (active, then deleted ones in .trash/) and their runs.
  const runs = new Map<string, RunSummary>();
  /** run ids whose files exist but could not be read: their versions are left out too */
  const unreadableRuns = new Set<string>();
  const datasetUrns = new Set<string>();
  const identity: StoreIdentity = { experiments: [], models: [] };
  type ExperimentIdentity = StoreIdentity["experiments"][number];
  /** The experiment's item, added when its files are good; null (and a problem) otherwise. */
  const readExperiment = (
    exp: { id: string; dir: string; trashed: boolean },
    metaFile: string,
  ): { urn: string; deleted: boolean; ident: ExperimentIdentity } | null => {
    let proposals: MlflowProposal[];
    let label = `experiment ${exp.id}`;
    let urn: string;
    let deleted: boolean;
    let ident: ExperimentIdentity;
    try {
      const meta = readMeta(metaFile, ExperimentMeta);
      if (meta.experiment_id !== exp.id) throw new FileProblem(metaFile, `experiment_id '${meta.experiment_id}' does not match the folder '${exp.id}'`);
      label = `experiment ${exp.id} (${meta.name})`;
      urn = experimentUrn(meta.name, instance);
      ident = { urn, name: meta.name, experimentId: meta.experiment_id, artifactLocation: meta.artifact_location ?? undefined, runs: [] };
      const tags = Object.fromEntries(keyValueFolder(path.join(exp.dir, "tags")));
      deleted = exp.trashed || meta.lifecycle_stage === "deleted";
      const { "mlflow.note.content": note, ...otherTags } = tags;
      proposals = [
        proposal(
          urn,
          "containerProperties",
          compact({
            name: meta.name,
            description: note || undefined,
            // As DataHub's Container: the key's fields, then the experiment's tags and artifact location.
            customProperties: compact({
              platform: PLATFORM,
              instance,
              id: meta.name,
              ...Object.fromEntries(Object.entries(otherTags).sort(([a], [b]) => (a < b ? -1 : 1))),
              artifacts_location: meta.artifact_location ?? undefined,
              experiment_id: meta.experiment_id,
            }),
            created: stampOf(meta.creation_time),
            lastModified: stampOf(meta.last_update_time),
          }),
        ),
        proposal(urn, "subTypes", { typeNames: ["ML Experiment"] }),
        proposal(urn, "dataPlatformInstance", platformAspect(instance)),
        // DataHub's auto_browse_path_v2: a top-level container's path is its platform instance, if any.
        proposal(urn, "browsePathsV2", { path: instance ? [{ id: platformInstanceUrn(instance), urn: platformInstanceUrn(instance) }] : [] }),
        proposal(urn, "status", { removed: deleted }),
      ];
    } catch (e) {
      problem("experiment", label, e, report.experiments);
      return null;
    }
    if (!addItem("experiment", label, metaFile, proposals, report.experiments, deleted)) return null;
    identity.experiments.push(ident);
    return { urn, deleted, ident };
  };
  const experimentDirs = [
    ...subdirs(dir)
      .filter((d) => d !== ".trash" && d !== "models" && fs.existsSync(path.join(dir, d, "meta.yaml")))
      .map((d) => ({ id: d, dir: path.join(dir, d), trashed: false })),
    ...subdirs(path.join(dir, ".trash"))
      .filter((d) => fs.existsSync(path.join(dir, ".trash", d, "meta.yaml")))
      .map((d) => ({ id: d, dir: path.join(dir, ".trash", d), trashed: true })),
  ];
  for (const exp of experimentDirs) {
    const runIds = subdirs(exp.dir).filter((d) => !RESERVED_EXPERIMENT_FOLDERS.has(d) && fs.existsSync(path.join(exp.dir, d, "meta.yaml")));
    const metaFile = path.join(exp.dir, "meta.yaml");
    const experiment = readExperiment(exp, metaFile);
    if (!experiment) {
      // Without the experiment (its name is in its urn) the runs have no container: left out too.
      const last = report.problems[report.problems.length - 1];
      if (runIds.length) last.message += `; its ${runIds.length} run(s) were not read`;
      report.runs.skipped += runIds.length;
      for (const r of runIds) unreadableRuns.add(r);
      continue;
    }
    const datasetsDir = path.join(exp.dir, "datasets");
    for (const runId of runIds) {
      const runDir = path.join(exp.dir, runId);
      let label = `run ${runId}`;
      try {
        const run = readRun(runDir, runId, exp.id, datasetsDir);
        label = `run ${runId} (${run.meta.run_name || run.tags["mlflow.runName"] || runId})`;
        const warnings: string[] = [];
        const built = runProposals(run, experiment, outputsOfRun.get(runId) ?? [], opts, (m) => warnings.push(m));
        const deleted = experiment.deleted || run.meta.lifecycle_stage === "deleted";
        if (addItem("run", label, path.join(runDir, "meta.yaml"), built.proposals, report.runs, deleted)) {
          runs.set(runId, built.summary);
          experiment.ident.runs.push(built.summary.urn);
          for (const d of built.datasets) datasetUrns.add(d);
          for (const m of warnings) report.warnings.push({ kind: "run", label, path: shown(runDir), message: m });
        } else unreadableRuns.add(runId);
      } catch (e) {
        problem("run", label, e, report.runs);
        unreadableRuns.add(runId);
      }
    }
  }
  report.datasets = datasetUrns.size;

  // 3. Registered models and their versions.
  if (models.length) {
    const tagProposals = STAGES.flatMap((s) => [
      proposal(stageTagUrn(s), "tagProperties", {
        name: `mlflow_${s.toLowerCase()}`,
        description: STAGE_TAGS[s].description,
        colorHex: STAGE_TAGS[s].colorHex,
      }),
      proposal(stageTagUrn(s), "status", { removed: false }),
    ]);
    items.unshift({ kind: "stage tags", label: "MLflow stage tags", proposals: tagProposals });
  }
  for (const m of models) {
    const group = modelGroupUrn(m.name, instance);
    const live = m.versions.filter((v) => v.meta.current_stage !== STAGE_DELETED);
    const latestVersion = live.length ? live[live.length - 1].meta.version : undefined;
    const groupProposals = [
      proposal(
        group,
        "mlModelGroupProperties",
        compact({
          customProperties: Object.fromEntries(m.tags),
          description: m.meta.description || undefined,
          created: stampOf(m.meta.creation_timestamp),
          lastModified: stampOf(m.meta.last_updated_timestamp),
          version: latestVersion === undefined ? undefined : { versionTag: String(latestVersion) },
        }),
      ),
      proposal(group, "dataPlatformInstance", platformAspect(instance)),
      proposal(group, "status", { removed: false }),
    ];
    if (!addItem("model", `registered model ${m.name}`, path.join(m.dir, "meta.yaml"), groupProposals, report.models, false)) {
      report.versions.skipped += m.versions.length;
      continue;
    }
    const modelIdentity: StoreIdentity["models"][number] = { urn: group, name: m.name, created: m.meta.creation_timestamp ?? undefined, versions: [] };
    identity.models.push(modelIdentity);
    for (const v of m.versions) {
      const label = `version ${v.meta.version} of ${m.name}`;
      const file = path.join(v.dir, "meta.yaml");
      const urn = modelVersionUrn(m.name, v.meta.version, instance);
      const bad = urnOk(urn);
      if (bad) {
        problem("version", label, new FileProblem(file, bad), report.versions);
        continue;
      }
      const runId = v.meta.run_id || undefined;
      if (runId && unreadableRuns.has(runId)) {
        problem(
          "version",
          label,
          new FileProblem(file, `its run ${runId} could not be read (see above); left out so that it is not imported without its training run`),
          report.versions,
        );
        continue;
      }
      const run = runId ? runs.get(runId) : undefined;
      if (runId && !run)
        report.warnings.push({
          kind: "version",
          label,
          path: shown(file),
          message: `its run ${runId} is not in this store; imported without a training run, parameters or metrics`,
        });
      const stage = canonicalStage(v.meta.current_stage);
      const deleted = stage === STAGE_DELETED;
      const user = v.meta.user_id ? userUrn(v.meta.user_id) : undefined;
      const proposals: MlflowProposal[] = [];
      if (v.meta.user_id && user)
        proposals.push(
          proposal(user, "platformResourceInfo", { resourceType: "user", primaryKey: v.meta.user_id }),
          proposal(user, "status", { removed: false }),
        );
      proposals.push(
        proposal(
          urn,
          "mlModelProperties",
          compact({
            customProperties: compact({
              ...Object.fromEntries(v.tags),
              "mlflow.source": v.meta.source ?? undefined,
              "mlflow.run_id": runId,
              "mlflow.stage": stage,
            }),
            description: v.meta.description || undefined,
            created: v.meta.creation_timestamp == null ? undefined : compact({ time: v.meta.creation_timestamp, actor: user }),
            lastModified: stampOf(v.meta.last_updated_timestamp),
            version: { versionTag: String(v.meta.version) },
            hyperParams: run?.hyperParams,
            trainingMetrics: run?.trainingMetrics,
            tags: v.tags.map(([k, val]) => `${k}:${val}`),
            groups: [group],
            trainingJobs: run ? [run.urn] : undefined,
          }),
        ),
        proposal(
          urn,
          "versionProperties",
          compact({
            versionSet: versionSetUrn(m.name, instance),
            version: { versionTag: String(v.meta.version) },
            aliases: v.aliases.map((a) => ({ versionTag: a })),
            sortId: String(v.meta.version).padStart(10, "0"),
            versioningScheme: "LEXICOGRAPHIC_STRING",
            sourceCreatedTimestamp: v.meta.creation_timestamp == null ? undefined : compact({ time: v.meta.creation_timestamp, actor: user }),
          }),
        ),
        proposal(urn, "dataPlatformInstance", platformAspect(instance)),
      );
      if (!deleted) proposals.push(proposal(urn, "globalTags", { tags: [{ tag: stageTagUrn(stage) }] }));
      proposals.push(proposal(urn, "status", { removed: deleted }));
      if (addItem("version", label, file, proposals, report.versions, deleted))
        modelIdentity.versions.push({ urn, version: v.meta.version, created: v.meta.creation_timestamp ?? undefined });
    }
  }

  // An entity several items share (a user, a dataset two runs read) is written once: by the first.
  const seen = new Map<string, MlflowProposal>();
  for (const item of items) {
    item.proposals = item.proposals.filter((p) => {
      const ts = p.aspectName === "dataProcessInstanceRunEvent" ? `@${p.aspect.json.timestampMillis}` : "";
      const key = `${p.entityUrn}\u0000${p.aspectName}${ts}`;
      const before = seen.get(key);
      if (before === undefined) {
        seen.set(key, p);
        return true;
      }
      if (JSON.stringify(before.aspect.json) !== JSON.stringify(p.aspect.json))
        report.warnings.push({
          kind: item.kind,
          label: item.label,
          path: shown(dir),
          message: `${p.entityUrn} ${p.aspectName} differs from an earlier item's; the first is kept`,
        });
      return false;
    });
  }
  return { proposals: items.flatMap((i) => i.proposals), items, report, identity };
}

function canonicalStage(stage: string | null | undefined): string {
  if (!stage) return "None";
  const s = stage.toLowerCase();
  if (s === STAGE_DELETED.toLowerCase()) return STAGE_DELETED;
  return STAGES.find((x) => x.toLowerCase() === s) ?? "None";
}

/**
 * Groups items into batches for ingestion: whole items only (so an item is written in one
 * transaction), at most `maxProposals` proposals and about `maxBytes` of JSON each.
 */
export function batchItems(items: readonly MlflowItem[], maxProposals = 1000, maxBytes = 8 * 1024 * 1024): MlflowProposal[][] {
  const out: MlflowProposal[][] = [];
  let cur: MlflowProposal[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = item.proposals.reduce((n, p) => n + JSON.stringify(p).length, 0);
    if (cur.length && (cur.length + item.proposals.length > maxProposals || bytes + size > maxBytes)) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(...item.proposals);
    bytes += size;
  }
  if (cur.length) out.push(cur);
  return out;
}
