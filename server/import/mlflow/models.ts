/** Step 3 of a read: the registered models and their versions, with DataHub's MLflow stage tags. */
import path from "node:path";
import type { ReadContext } from "./context";
import { FileProblem } from "./files";
import { STAGES, STAGE_DELETED } from "./meta";
import { compact, proposal, stampOf } from "./proposal";
import type { ModelRead } from "./registry";
import type { RunSummary } from "./run-proposals";
import type { MlflowProposal, StoreIdentity } from "./types";
import { modelGroupUrn, modelVersionUrn, platformAspect, stageTagUrn, userUrn, versionSetUrn } from "./urns";

/** DataHub's MLflow source creates one tag per registry stage (names, descriptions and colours are its). */
const STAGE_TAGS: Record<(typeof STAGES)[number], { description: string; colorHex: string }> = {
  Production: { description: "Production Stage for an ML model in MLflow Model Registry", colorHex: "#308613" },
  Staging: { description: "Staging Stage for an ML model in MLflow Model Registry", colorHex: "#FACB66" },
  Archived: { description: "Archived Stage for an ML model in MLflow Model Registry", colorHex: "#5D7283" },
  None: { description: "None Stage for an ML model in MLflow Model Registry", colorHex: "#F2F4F5" },
};

/** Adds the items of the models and versions; a version whose run could not be read is left out. */
export function addModelItems(ctx: ReadContext, models: ModelRead[], runs: Map<string, RunSummary>, unreadableRuns: Set<string>): void {
  const { instance, report, items, shown, problem, addItem, urnOk, identity } = ctx;
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
}

function canonicalStage(stage: string | null | undefined): string {
  if (!stage) return "None";
  const s = stage.toLowerCase();
  if (s === STAGE_DELETED.toLowerCase()) return STAGE_DELETED;
  return STAGES.find((x) => x.toLowerCase() === s) ?? "None";
}
