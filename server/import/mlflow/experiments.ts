/** Step 2 of a read: the experiments (active, then deleted ones in .trash/) and their runs. */
import fs from "node:fs";
import path from "node:path";
import type { ReadContext } from "./context";
import { FileProblem, keyValueFolder, readMeta, subdirs } from "./files";
import { ExperimentMeta } from "./meta";
import { compact, proposal, stampOf } from "./proposal";
import { readRun } from "./run-read";
import { runProposals, type RunSummary } from "./run-proposals";
import type { MlflowProposal, StoreIdentity } from "./types";
import { PLATFORM, experimentUrn, platformAspect, platformInstanceUrn } from "./urns";

/** Folders inside an experiment that are not runs (MLflow's RESERVED_EXPERIMENT_FOLDERS, plus MLflow 3's logged models). */
const RESERVED_EXPERIMENT_FOLDERS = new Set(["tags", "datasets", "traces", "models"]);

/** Adds the items of the experiments and runs that could be read; says which runs were read and which could not be. */
export function readExperiments(ctx: ReadContext, outputsOfRun: Map<string, string[]>): { runs: Map<string, RunSummary>; unreadableRuns: Set<string> } {
  const { dir, opts, instance, report, shown, problem, addItem, identity } = ctx;
  const runs = new Map<string, RunSummary>();
  /** run ids whose files exist but could not be read: their versions are left out too */
  const unreadableRuns = new Set<string>();
  const datasetUrns = new Set<string>();
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
  return { runs, unreadableRuns };
}
