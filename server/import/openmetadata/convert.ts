/** Converting: an OpenMetadata MlModel → its proposals, each checked before any is handed on. */
import type { z } from "zod";
import { validateAspect } from "../../model/aspects";
import { OpenMetadataMlModel } from "./schema";
import type { Issue, ImportOptions, ModelResult } from "./results";
import { PLATFORM_OF_SERVICE, dashboardUrl, datasetUrnOf, encodeUrnPart, quoteFqnPart } from "./naming";
import type { OpenMetadataFile } from "./read";
import {
  FEATURE_TYPE,
  OM_FQN_PROPERTY,
  checkedUrn,
  customProperties,
  dedupe,
  defined,
  fqnPatch,
  mcp,
  pushLabels,
  urnIssue,
  type PatchProposal,
} from "./mapping";

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
