/**
 * OpenMetadata ML models → DataHub proposals (`orrery import-openmetadata`).
 *
 * Reads MlModel entities as OpenMetadata's REST API returns them (`GET /v1/mlmodels/name/{fqn}`, the
 * list `GET /v1/mlmodels` as `{data: [...], paging}`, or a folder of such files), checks each against
 * OpenMetadata's JSON schema (entity/data/mlmodel.json: required id, name, algorithm, service;
 * entityName is 1–256 characters without "::"; tag labels, entity references, enums), and maps it to
 * proposals: the model, one mlFeature per feature, and a dataset per table that a feature source
 * names. The mapping is documented in docs/ARCHITECTURE.md ("OpenMetadata import").
 *
 * An entity is converted whole or not at all: every proposal it yields is validated here, with the
 * same aspect schemas ingestion uses, before any is handed to ingestion, so an invalid entity writes
 * nothing. The output depends only on the input, so importing the same file again changes nothing.
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { validateAspect } from "../model/aspects";
import { parseUrn, UrnError } from "../model/urn";

// ---------- OpenMetadata's schema (the parts an import reads; unknown fields are ignored) ----------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = z.string().regex(UUID, { error: "must be a UUID" });
/** basic.json#/definitions/entityName */
const entityName = z
  .string()
  .min(1, { error: "must not be empty" })
  .max(256, { error: "must be at most 256 characters" })
  .refine((s) => !s.includes("::"), { error: 'must not contain "::"' });
/** basic.json#/definitions/fullyQualifiedEntityName */
const fqn = z.string().min(1, { error: "must not be empty" }).max(3072, { error: "must be at most 3072 characters" });
/** basic.json#/definitions/href (format: uri) */
const href = z.string().refine((s) => URL.canParse(s), { error: "must be a URI (with a scheme, e.g. https://…)" });
const markdown = z.string();

const EntityReference = z.looseObject({
  id: uuid,
  type: z.string(),
  name: z.string().optional(),
  fullyQualifiedName: z.string().optional(),
  description: markdown.nullish(),
  displayName: z.string().nullish(),
  deleted: z.boolean().optional(),
  inherited: z.boolean().optional(),
  href: href.optional(),
});
type EntityReference = z.infer<typeof EntityReference>;
/** Owners are users or teams (OpenMetadata refuses other references as owners). */
const OwnerReference = EntityReference.extend({ type: z.enum(["user", "team"]) });
/** The model's service must be named: its FQN is the first part of the model's. */
const ServiceReference = EntityReference.refine((r) => !!(r.fullyQualifiedName || r.name), {
  error: "is required to name the model (service.name or service.fullyQualifiedName)",
  path: ["name"],
});

const TagLabel = z.looseObject({
  tagFQN: z.string().min(1, { error: "must not be empty" }).max(128, { error: "must be at most 128 characters" }),
  name: z.string().optional(),
  displayName: z.string().nullish(),
  description: markdown.nullish(),
  source: z.enum(["Classification", "Glossary"]),
  labelType: z.enum(["Manual", "Propagated", "Automated", "Derived"]),
  state: z.enum(["Suggested", "Confirmed"]),
  href: href.optional(),
});
type TagLabel = z.infer<typeof TagLabel>;
const tags = z.array(TagLabel).nullish();

const FEATURE_SOURCE_TYPES = ["integer", "number", "string", "array", "date", "timestamp", "object", "boolean"] as const;

const MlFeatureSource = z.looseObject({
  name: entityName.optional(),
  dataType: z.enum(FEATURE_SOURCE_TYPES).optional(),
  description: markdown.nullish(),
  fullyQualifiedName: fqn.optional(),
  dataSource: EntityReference.nullish(),
  tags,
});

const MlFeature = z.looseObject({
  // Optional in OpenMetadata's schema, but a feature becomes an entity named after it.
  name: entityName,
  dataType: z.enum(["numerical", "categorical"]).optional(),
  description: markdown.nullish(),
  fullyQualifiedName: fqn.optional(),
  featureSources: z.array(MlFeatureSource).nullish(),
  featureAlgorithm: z.string().nullish(),
  tags,
});
type MlFeature = z.infer<typeof MlFeature>;

const MlHyperParameter = z.looseObject({
  name: z.string().min(1, { error: "must not be empty" }),
  value: z.string().nullish(),
  description: markdown.nullish(),
});

const MlStore = z.looseObject({ storage: z.string().nullish(), imageRepository: z.string().nullish() });

export const SERVICE_TYPES = ["Mlflow", "Sklearn", "CustomMlModel", "SageMaker", "VertexAI"] as const;

export const OpenMetadataMlModel = z.looseObject({
  id: uuid,
  name: entityName,
  fullyQualifiedName: fqn.optional(),
  displayName: z.string().nullish(),
  description: markdown.nullish(),
  algorithm: z.string(),
  mlFeatures: z.array(MlFeature).nullish(),
  mlHyperParameters: z.array(MlHyperParameter).nullish(),
  target: entityName.nullish(),
  dashboard: EntityReference.nullish(),
  mlStore: MlStore.nullish(),
  server: href.nullish(),
  href: href.optional(),
  owners: z.array(OwnerReference).nullish(),
  /** OpenMetadata 1.4 and earlier: one owner */
  owner: OwnerReference.nullish(),
  followers: z.array(EntityReference).nullish(),
  tags,
  version: z.number().min(0.1, { error: "must be at least 0.1" }).optional(),
  updatedAt: z.number().int().nonnegative().optional(),
  updatedBy: z.string().optional(),
  service: ServiceReference,
  serviceType: z.enum(SERVICE_TYPES).optional(),
  deleted: z.boolean().optional(),
  extension: z.record(z.string(), z.unknown()).nullish(),
  sourceUrl: z.string().nullish(),
  sourceHash: z.string().min(1).max(32).optional(),
});
export type OpenMetadataMlModel = z.infer<typeof OpenMetadataMlModel>;

// ---------- results ----------

export interface Issue {
  /** dotted path in the OpenMetadata entity (`mlFeatures.1.featureSources.0.name`), "" for the whole entity */
  path: string;
  message: string;
}

interface Located {
  file: string;
  /** position in the file: in `data` of a list response or in an array; 0 for a single entity */
  index: number;
  /** the entity's `name` when it has a string one */
  name?: string;
}

export interface ConvertedModel extends Located {
  ok: true;
  urn: string;
  features: string[];
  datasets: string[];
  proposals: unknown[];
  /** what was imported with less than the input said (e.g. a feature source whose table has no FQN) */
  warnings: Issue[];
}

export interface InvalidModel extends Located {
  ok: false;
  issues: Issue[];
}

export type ModelResult = ConvertedModel | InvalidModel;

export interface ImportOptions {
  /**
   * OpenMetadata database service → DataHub platform, for the datasets feature sources name
   * (`{"warehouse": "snowflake"}` makes table `warehouse.db.schema.t` the snowflake dataset `db.schema.t`).
   * Tables of other services become datasets of the `openmetadata` platform named by their full FQN.
   */
  datasetPlatforms?: Readonly<Record<string, string>>;
}

// ---------- naming ----------

/** OpenMetadata platform of each ML service type, as DataHub names platforms. */
export const PLATFORM_OF_SERVICE: Record<(typeof SERVICE_TYPES)[number], string> = {
  Mlflow: "mlflow",
  SageMaker: "sagemaker",
  VertexAI: "vertexai",
  Sklearn: "sklearn",
  CustomMlModel: "custom",
};

/** The platform of datasets whose OpenMetadata database service has no mapping. */
export const DEFAULT_DATASET_PLATFORM = "openmetadata";

/** Characters DataHub percent-encodes inside urn keys (they delimit tuple keys). */
export const encodeUrnPart = (s: string) => s.replace(/,/g, "%2C").replace(/\(/g, "%28").replace(/\)/g, "%29");

/** One FQN part, quoted the way OpenMetadata quotes names that contain a dot. */
export const quoteFqnPart = (s: string) => (s.includes(".") ? `"${s}"` : s);

/** Splits an OpenMetadata FQN at the dots outside double quotes, unquoting the parts. */
export function splitFqn(s: string): string[] {
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (const c of s) {
    if (c === '"') quoted = !quoted;
    else if (c === "." && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}

/** The dataset urn of an OpenMetadata table (or other data asset) FQN `service.database.schema.table`. */
export function datasetUrnOf(tableFqn: string, opts: ImportOptions = {}): string {
  const parts = splitFqn(tableFqn);
  const mapped = parts.length > 1 ? opts.datasetPlatforms?.[parts[0]] : undefined;
  const [platform, name] = mapped ? [mapped, parts.slice(1).join(".")] : [DEFAULT_DATASET_PLATFORM, tableFqn];
  return `urn:li:dataset:(urn:li:dataPlatform:${platform},${encodeUrnPart(name)},PROD)`;
}

/** OpenMetadata's own page of a dashboard, derived from the API link of its reference when it has one. */
function dashboardUrl(ref: EntityReference): string | undefined {
  const m = ref.href ? /^(https?:\/\/.+?)\/api\/v1\/dashboards\/[^/]+$/i.exec(ref.href) : null;
  if (m && ref.fullyQualifiedName) return `${m[1]}/dashboard/${encodeURIComponent(ref.fullyQualifiedName)}`;
  return ref.href;
}

const FEATURE_TYPE: Record<string, string> = { numerical: "CONTINUOUS", categorical: "NOMINAL" };

const OM_FQN_PROPERTY = "openmetadata.fqn";

// ---------- reading ----------

export interface OpenMetadataFile {
  file: string;
  entities: unknown[];
}

/**
 * Reads one file or every `.json` file under a folder (sorted, recursively). Each file holds one
 * MlModel, a list response `{data: [...], paging}` or an array of MlModels. Throws, naming the file,
 * when a file is not JSON or none of these.
 */
export function readOpenMetadataPath(p: string): OpenMetadataFile[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    throw new Error(`${p}: no such file or folder`);
  }
  if (stat.isDirectory()) {
    const files = listJson(p);
    if (files.length === 0) throw new Error(`${p}: the folder holds no .json files`);
    return files.map(readFile);
  }
  return [readFile(p)];
}

function listJson(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return listJson(full);
      return e.isFile() && e.name.toLowerCase().endsWith(".json") ? [full] : [];
    });
}

function readFile(file: string): OpenMetadataFile {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  if (Array.isArray(data)) return { file, entities: data };
  if (data && typeof data === "object") {
    const list = (data as { data?: unknown }).data;
    if (Array.isArray(list)) return { file, entities: list };
    if ("data" in data) throw new Error(`${file}: "data" of a list response must be an array`);
    return { file, entities: [data] };
  }
  throw new Error(`${file}: expected an MlModel entity, a list response {"data": [...]} or an array of MlModels`);
}

// ---------- converting ----------

function zodIssues(e: z.ZodError): Issue[] {
  return e.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

/** Messages that say what is wrong with the value given (zod's defaults otherwise). */
function errorMap(iss: { code: string; input?: unknown; values?: readonly unknown[] }): string | undefined {
  if (iss.code === "invalid_type" && iss.input === undefined) return "is required";
  if (iss.code === "invalid_value" && iss.values)
    return `must be one of ${iss.values.map((v) => JSON.stringify(v)).join(", ")}, not ${JSON.stringify(iss.input)}`;
  return undefined;
}

const mcp = (entityUrn: string, aspectName: string, json: Record<string, unknown>) => ({
  entityType: entityUrn.split(":")[2],
  entityUrn,
  changeType: "UPSERT",
  aspectName,
  aspect: { json },
});

const defined = <T extends Record<string, unknown>>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;

/** Converts every entity of every file; the results keep the input order. */
export function convertOpenMetadata(files: readonly OpenMetadataFile[], opts: ImportOptions = {}): ModelResult[] {
  const out: ModelResult[] = [];
  const seen = new Map<string, string>();
  for (const { file, entities } of files)
    entities.forEach((raw, index) => {
      const r = convertMlModel(raw, opts);
      const name = raw && typeof raw === "object" && typeof (raw as { name?: unknown }).name === "string" ? (raw as { name: string }).name : undefined;
      if (!r.ok) {
        out.push({ ok: false, file, index, name, issues: r.issues });
        return;
      }
      const where = `${file}#${index}`;
      const twice = seen.get(r.urn);
      if (twice) {
        out.push({ ok: false, file, index, name, issues: [{ path: "name", message: `names the same model as ${twice} (${r.urn})` }] });
        return;
      }
      seen.set(r.urn, where);
      out.push({ ...r, file, index, name });
    });
  return out;
}

type Converted = { ok: true; urn: string; features: string[]; datasets: string[]; proposals: unknown[]; warnings: Issue[] } | { ok: false; issues: Issue[] };

/** One OpenMetadata MlModel → its proposals, or the problems that stop it (all of them, not just the first). */
export function convertMlModel(raw: unknown, opts: ImportOptions = {}): Converted {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return { ok: false, issues: [{ path: "", message: "an MlModel must be a JSON object" }] };
  const parsed = OpenMetadataMlModel.safeParse(raw, { error: errorMap });
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const m = parsed.data;
  const issues: Issue[] = [];

  // Names and urns.
  const serviceName = m.service.fullyQualifiedName || quoteFqnPart(m.service.name ?? "");
  const platform = m.serviceType ? PLATFORM_OF_SERVICE[m.serviceType] : "custom";
  const modelFqn = `${serviceName}.${quoteFqnPart(m.name)}`;
  const modelUrn = `urn:li:mlModel:(urn:li:dataPlatform:${platform},${encodeUrnPart(modelFqn)},PROD)`;
  const badName = urnIssue(modelUrn);
  if (badName) return { ok: false, issues: [{ path: "name", message: `gives the invalid urn ${modelUrn}: ${badName}` }] };
  const actor = m.updatedBy ? checkedUrn(`urn:li:corpuser:${encodeUrnPart(m.updatedBy)}`) : undefined;
  const stamp = { time: m.updatedAt ?? 0, ...(actor ? { actor } : {}) };

  const features = m.mlFeatures ?? [];
  const featureUrns: string[] = [];
  const byName = new Map<string, number>();
  features.forEach((f, i) => {
    const first = byName.get(f.name);
    if (first !== undefined) issues.push({ path: `mlFeatures.${i}.name`, message: `feature "${f.name}" is listed twice (also mlFeatures.${first})` });
    else byName.set(f.name, i);
    const urn = `urn:li:mlFeature:(${encodeUrnPart(modelFqn)},${encodeUrnPart(f.name)})`;
    const bad = urnIssue(urn);
    if (bad) issues.push({ path: `mlFeatures.${i}.name`, message: `gives the invalid urn ${urn}: ${bad}` });
    featureUrns.push(urn);
  });

  const owners: Array<{ owner: string; type: string }> = [];
  const ownerRefs = m.owners ?? (m.owner ? [m.owner] : []);
  const ownerPath = m.owners ? "owners" : "owner";
  ownerRefs.forEach((o, i) => {
    const at = m.owners ? `${ownerPath}.${i}` : ownerPath;
    const n = o.name ?? o.fullyQualifiedName;
    if (!n) issues.push({ path: `${at}.name`, message: "is required to name the owner" });
    else owners.push({ owner: `urn:li:${o.type === "user" ? "corpuser" : "corpGroup"}:${encodeUrnPart(n)}`, type: "TECHNICAL_OWNER" });
  });

  if (issues.length) return { ok: false, issues };

  // Proposals, each with where in the OpenMetadata entity its content came from (for error reports).
  const proposals: Array<{ p: ReturnType<typeof mcp> | PatchProposal; from: string }> = [];
  const datasets = new Map<string, { fqn: string; from: string }>();
  const warnings: Issue[] = [];
  const removed = m.deleted === true;

  features.forEach((f, i) => {
    const urn = featureUrns[i]!;
    const columns: Array<Record<string, unknown>> = [];
    const sources: string[] = [];
    (f.featureSources ?? []).forEach((s, j) => {
      const from = `mlFeatures.${i}.featureSources.${j}`;
      const ref = s.dataSource ?? undefined;
      const tableFqn = ref?.fullyQualifiedName;
      const dataset = tableFqn ? datasetUrnOf(tableFqn, opts) : undefined;
      if (ref && !tableFqn)
        warnings.push({
          path: `${from}.dataSource`,
          message: `has no fullyQualifiedName, so the source is kept without its ${ref.type} (export with the references' FQNs)`,
        });
      if (dataset) {
        if (!datasets.has(dataset)) datasets.set(dataset, { fqn: tableFqn!, from: `${from}.dataSource` });
        if (!sources.includes(dataset)) sources.push(dataset);
      }
      if (!s.name && !dataset) return; // nothing to record
      columns.push(defined({ dataset, column: s.name, dataType: s.dataType, description: s.description || undefined }));
    });
    const at = `mlFeatures.${i}`;
    proposals.push({
      p: mcp(
        urn,
        "mlFeatureProperties",
        defined({ description: f.description || undefined, dataType: f.dataType ? FEATURE_TYPE[f.dataType] : undefined, sources }),
      ),
      from: at,
    });
    proposals.push({
      p: mcp(urn, "orreryMlFeatureDetails", defined({ featureAlgorithm: f.featureAlgorithm || undefined, sourceColumns: columns })),
      from: `${at}.featureSources`,
    });
    pushLabels(proposals, urn, f.tags, stamp, `${at}.tags`);
    proposals.push({ p: mcp(urn, "status", { removed }), from: at });
  });

  proposals.push({
    p: mcp(
      modelUrn,
      "mlModelProperties",
      defined({
        name: m.displayName || m.name,
        description: m.description || undefined,
        type: m.algorithm,
        hyperParams: (m.mlHyperParameters ?? []).map((h) => defined({ name: h.name, value: h.value ?? undefined, description: h.description || undefined })),
        mlFeatures: featureUrns,
        customProperties: customProperties(m.extension),
        externalUrl: m.sourceUrl || undefined,
        lastModified: m.updatedAt !== undefined ? stamp : undefined,
      }),
    ),
    from: "",
  });
  const store = m.mlStore ? defined({ storage: m.mlStore.storage || undefined, imageRepository: m.mlStore.imageRepository || undefined }) : undefined;
  proposals.push({
    p: mcp(
      modelUrn,
      "orreryMlModelServing",
      defined({
        servingEndpoint: m.server || undefined,
        target: m.target || undefined,
        store: store && Object.keys(store).length ? store : undefined,
        dashboard: m.dashboard
          ? defined({
              name: m.dashboard.displayName || m.dashboard.name || m.dashboard.fullyQualifiedName,
              qualifiedName: m.dashboard.fullyQualifiedName,
              url: dashboardUrl(m.dashboard),
            })
          : undefined,
      }),
    ),
    from: "",
  });
  pushLabels(proposals, modelUrn, m.tags, stamp, "tags");
  // OpenMetadata answers null for fields not asked for (`fields=owners,tags,…`): those write nothing.
  if (Array.isArray(m.owners) || m.owner) proposals.push({ p: mcp(modelUrn, "ownership", { owners }), from: ownerPath });
  proposals.push({ p: mcp(modelUrn, "status", { removed }), from: "deleted" });

  // Datasets named by feature sources: created if missing, never overwritten (a patch adds one key).
  const datasetProposals = [...datasets].map(([urn, d]) => ({ p: fqnPatch(urn, d.fqn), from: d.from }));
  const all = [...datasetProposals, ...proposals];

  // Everything is checked before anything is written.
  for (const { p, from } of all) {
    const urnProblem = urnIssue(p.entityUrn);
    if (urnProblem) {
      issues.push({ path: from || "name", message: `gives the invalid urn ${p.entityUrn}: ${urnProblem}` });
      continue;
    }
    const value = "json" in p.aspect ? p.aspect.json : { customProperties: { [OM_FQN_PROPERTY]: datasets.get(p.entityUrn)?.fqn } };
    const v = validateAspect(p.entityUrn, p.aspectName, value);
    if (!v.ok) issues.push({ path: from, message: v.error });
  }
  if (issues.length) return { ok: false, issues: dedupe(issues) };
  return { ok: true, urn: modelUrn, features: featureUrns, datasets: [...datasets.keys()], proposals: all.map((x) => x.p), warnings };
}

type PatchProposal = { entityType: string; entityUrn: string; changeType: "PATCH"; aspectName: string; aspect: { value: string; contentType: string } };

/** Adds the table's OpenMetadata FQN as a custom property: creates the dataset when missing, touches nothing else. */
function fqnPatch(urn: string, tableFqn: string): PatchProposal {
  return {
    entityType: "dataset",
    entityUrn: urn,
    changeType: "PATCH",
    aspectName: "datasetProperties",
    aspect: {
      value: JSON.stringify([{ op: "add", path: `/customProperties/${OM_FQN_PROPERTY}`, value: tableFqn }]),
      contentType: "application/json-patch+json",
    },
  };
}

/** Classification tags → globalTags, Glossary labels → glossaryTerms; suggested (unconfirmed) labels are left out. Absent labels write nothing. */
function pushLabels(
  out: Array<{ p: ReturnType<typeof mcp> | PatchProposal; from: string }>,
  urn: string,
  labels: readonly TagLabel[] | null | undefined,
  stamp: { time: number; actor?: string },
  from: string,
): void {
  if (labels === undefined || labels === null) return;
  const confirmed = labels.filter((l) => l.state === "Confirmed");
  const tagUrns = unique(confirmed.filter((l) => l.source === "Classification").map((l) => `urn:li:tag:${encodeUrnPart(l.tagFQN)}`));
  const termUrns = unique(confirmed.filter((l) => l.source === "Glossary").map((l) => `urn:li:glossaryTerm:${encodeUrnPart(l.tagFQN)}`));
  out.push({ p: mcp(urn, "globalTags", { tags: tagUrns.map((tag) => ({ tag })) }), from });
  out.push({ p: mcp(urn, "glossaryTerms", { terms: termUrns.map((u) => ({ urn: u })), auditStamp: stamp }), from });
}

/** OpenMetadata custom properties (any JSON) → DataHub's string map: strings as they are, anything else as JSON. */
function customProperties(ext: Record<string, unknown> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(ext ?? {})) {
    if (v === null || v === undefined) continue;
    out[k] = typeof v === "string" ? v : JSON.stringify(v);
  }
  return out;
}

function checkedUrn(u: string): string | undefined {
  return urnIssue(u) ? undefined : u;
}

function urnIssue(u: string): string | null {
  try {
    parseUrn(u);
    return null;
  } catch (e) {
    return e instanceof UrnError ? e.message : String(e);
  }
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}\u0000${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
