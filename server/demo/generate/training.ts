/** A project's training: its experiment and runs, then its model groups and versions, each version trained by a successful run. */
import { ADJECTIVES, ANIMALS, FAMILIES, TASK_FAMILIES, TASK_METRICS } from "./families";
import type { Plan } from "./plan";
import { DAY, globalTags, glossaryTerms, HOUR, ownership, proposal, type Ctx } from "./proposal";
import { TAG_URNS } from "./pools";
import { hex32 } from "./rng";
import type { MlPlatform, Theme } from "./themes";
import type { Proposal } from "./types";

interface RunInfo {
  urn: string;
  success: boolean;
  hyperParams: Array<{ name: string; value: string }>;
  metrics: Array<{ name: string; value: string }>;
  end: number;
}

/** What the project's data part decided, for its training part. */
export interface ProjectSetting {
  mlPlatform: MlPlatform;
  team: string[];
  teamActor: string;
  start: number;
  teamTag: string[];
  inputDatasets: string[];
  outputDataset: string | undefined;
  featureUrns: string[];
}

export function* trainingProposals(ctx: Ctx, n: number, theme: Theme, plan: Plan, setting: ProjectSetting): Generator<Proposal> {
  const { rng } = ctx;
  const { mlPlatform, team, teamActor, start, teamTag, inputDatasets, outputDataset, featureUrns } = setting;
  const task = theme.task;

  // ---- experiment and runs --------------------------------------------------------------------
  const expName = `${theme.key}_${rng.pick(["experiments", "training", "tuning", "baseline", "retrain"])}_${n}`;
  const project = `acme-ml-${theme.team}`;
  const expUrn =
    mlPlatform === "mlflow"
      ? `urn:li:container:${hex32(`mlflow:${expName}`)}`
      : mlPlatform === "sagemaker"
        ? `urn:li:container:sagemaker.experiment.${expName}`
        : `urn:li:container:${project}.experiment.${expName}`;
  yield proposal(ctx, "container", expUrn, "containerProperties", {
    customProperties:
      mlPlatform === "mlflow"
        ? { platform: "urn:li:dataPlatform:mlflow", id: String(100000 + n), artifacts_location: `s3://acme-mlflow/${n}` }
        : { platform: `urn:li:dataPlatform:${mlPlatform}`, project },
    name: expName,
    description: `${theme.title}: ${rng.pick(["hyper-parameter search", "feature ablations", "weekly retraining", "baseline comparison", "architecture exploration"])} for the ${theme.groups[0].replace(/_/g, " ")} models.`,
    created: { time: start },
    lastModified: { time: start + rng.int(10, 100) * DAY },
  });
  yield proposal(ctx, "container", expUrn, "subTypes", { typeNames: ["ML Experiment"] });
  yield proposal(ctx, "container", expUrn, "dataPlatformInstance", { platform: `urn:li:dataPlatform:${mlPlatform}` });
  yield proposal(ctx, "container", expUrn, "browsePathsV2", { path: [] });
  yield proposal(ctx, "container", expUrn, "status", { removed: false });
  yield proposal(ctx, "container", expUrn, "ownership", ownership(ctx, team, start));
  if (teamTag.length) yield proposal(ctx, "container", expUrn, "globalTags", globalTags(teamTag));

  const families = TASK_FAMILIES[task];
  const metricsPool = TASK_METRICS[task];
  const runs: RunInfo[] = [];
  let t = start;
  for (let k = 1; k <= plan.runs; k++) {
    const family = FAMILIES[rng.pick(families)];
    const runName = `${rng.pick(ADJECTIVES)}-${rng.pick(ANIMALS)}-${rng.int(100, 999)}`;
    const runUrn =
      mlPlatform === "mlflow"
        ? `urn:li:dataProcessInstance:${hex32(`mlflow:${expName}:${k}`)}`
        : mlPlatform === "sagemaker"
          ? `urn:li:dataProcessInstance:sagemaker.training_job.${theme.key}-${n}-${k}`
          : `urn:li:dataProcessInstance:${project}.experiment_run.${expName}-run-${k}`;
    t += rng.int(1, 48) * HOUR + rng.int(0, 59) * 60_000;
    const runStart = t;
    const durationMs = rng.int(family.duration[0], family.duration[1]) * 60_000 + rng.int(0, 59_999);
    const forceSuccess = k === plan.runs && !runs.some((r) => r.success);
    const success = forceSuccess || rng.chance(0.85);
    const quality = Math.min(1, Math.max(0, (k / plan.runs) * 0.5 + rng.float() * 0.5));
    const user = rng.pick(team);
    const hyperParams = rng
      .sample(family.params, rng.int(Math.min(4, family.params.length), Math.min(12, family.params.length)))
      .map(([name, gen]) => ({ name, value: gen(rng) }));
    const metrics = rng.sample(metricsPool, rng.int(3, Math.min(10, metricsPool.length))).map(([name, gen]) => ({ name, value: gen(rng, quality) }));
    const runId = mlPlatform === "mlflow" ? hex32(`mlflow-run:${expName}:${k}`) : runUrn.slice("urn:li:dataProcessInstance:".length);

    yield proposal(ctx, "dataProcessInstance", runUrn, "dataProcessInstanceProperties", {
      customProperties: {
        framework: family.framework,
        framework_version: family.frameworkVersion,
        git_commit: hex32(`${runUrn}:git`).slice(0, 12),
        entry_point: rng.pick(["train.py", "pipelines/train.py", "notebooks/train.ipynb", "src/models/fit.py"]),
        ...(mlPlatform === "sagemaker" ? { instance_type: rng.pick(["ml.m5.2xlarge", "ml.c5.4xlarge", "ml.g5.xlarge", "ml.p3.2xlarge"]) } : {}),
      },
      name: mlPlatform === "mlflow" ? runName : runId.split(".").pop(),
      created: { time: runStart, actor: user },
    });
    yield proposal(ctx, "dataProcessInstance", runUrn, "subTypes", { typeNames: ["ML Training Run"] });
    yield proposal(ctx, "dataProcessInstance", runUrn, "dataPlatformInstance", { platform: `urn:li:dataPlatform:${mlPlatform}` });
    yield proposal(ctx, "dataProcessInstance", runUrn, "mlTrainingRunProperties", {
      customProperties: {},
      externalUrl:
        mlPlatform === "mlflow"
          ? `https://mlflow.example.com/#/experiments/${100000 + n}/runs/${runId}`
          : mlPlatform === "sagemaker"
            ? `https://console.aws.amazon.com/sagemaker/home#/jobs/${runId.split(".").pop()}`
            : `https://console.cloud.google.com/vertex-ai/experiments/${expName}/runs/${runId.split(".").pop()}?project=${project}`,
      id: runId,
      outputUrls: [mlPlatform === "vertexai" ? `gs://acme-vertex/${expName}/${k}/model` : `s3://acme-ml-artifacts/${expName}/${k}/model`],
      hyperParams,
      trainingMetrics: metrics,
    });
    yield proposal(ctx, "dataProcessInstance", runUrn, "container", { container: expUrn });
    const inputs = rng.sample(inputDatasets, rng.int(1, Math.min(3, inputDatasets.length)));
    yield proposal(ctx, "dataProcessInstance", runUrn, "dataProcessInstanceInput", {
      inputs: [],
      inputEdges: inputs.map((destinationUrn) => ({ destinationUrn })),
    });
    if (outputDataset && rng.chance(0.3))
      yield proposal(ctx, "dataProcessInstance", runUrn, "dataProcessInstanceOutput", {
        outputs: [],
        outputEdges: [{ destinationUrn: outputDataset }],
      });
    yield proposal(ctx, "dataProcessInstance", runUrn, "dataProcessInstanceRunEvent", {
      timestampMillis: runStart,
      partitionSpec: { partition: "FULL_TABLE_SNAPSHOT", type: "FULL_TABLE" },
      status: "STARTED",
      attempt: 1,
    });
    const native =
      mlPlatform === "mlflow"
        ? success
          ? "FINISHED"
          : "FAILED"
        : mlPlatform === "sagemaker"
          ? success
            ? "Completed"
            : "Failed"
          : success
            ? "COMPLETE"
            : "FAILED";
    yield proposal(ctx, "dataProcessInstance", runUrn, "dataProcessInstanceRunEvent", {
      timestampMillis: runStart + durationMs,
      partitionSpec: { partition: "FULL_TABLE_SNAPSHOT", type: "FULL_TABLE" },
      status: "COMPLETE",
      attempt: 1,
      result: { type: success ? "SUCCESS" : "FAILURE", nativeResultType: native },
      durationMillis: durationMs,
    });
    runs.push({ urn: runUrn, success, hyperParams, metrics, end: runStart + durationMs });
  }
  const successful = runs.filter((r) => r.success);

  // ---- model groups and versions ------------------------------------------------------------------
  const groupBases = rng.sample(theme.groups, plan.versions.length);
  for (let g = 0; g < plan.versions.length; g++) {
    const groupName = `${groupBases[g]}_${n}`;
    const groupUrn = `urn:li:mlModelGroup:(urn:li:dataPlatform:${mlPlatform},${groupName},PROD)`;
    const versions = plan.versions[g];
    // versions are trained by successful runs, in time order
    const trainedBy = Array.from({ length: versions }, () => rng.pick(successful)).sort((a, b) => a.end - b.end);
    const groupCreated = trainedBy[0].end + rng.int(1, 12) * HOUR;
    const family = FAMILIES[rng.pick(families)];
    yield proposal(ctx, "mlModelGroup", groupUrn, "mlModelGroupProperties", {
      customProperties: { team: theme.team, use_case: theme.key, framework: family.framework },
      ...(rng.chance(0.4) ? { trainingJobs: [...new Set(trainedBy.map((r) => r.urn))] } : {}),
      name: groupName,
      description: `${theme.title} — ${family.type} models registered by ${theme.team}. ${rng.pick(["Scores are refreshed daily.", "Served online behind the prediction API.", "Used by the weekly planning job.", "Candidate for the next quarterly launch."])}`,
      created: { time: groupCreated },
      lastModified: { time: trainedBy[trainedBy.length - 1].end + HOUR },
    });
    yield proposal(ctx, "mlModelGroup", groupUrn, "dataPlatformInstance", { platform: `urn:li:dataPlatform:${mlPlatform}` });
    yield proposal(ctx, "mlModelGroup", groupUrn, "ownership", ownership(ctx, team, groupCreated));
    yield proposal(ctx, "mlModelGroup", groupUrn, "status", { removed: false });
    if (teamTag.length || rng.chance(0.5))
      yield proposal(ctx, "mlModelGroup", groupUrn, "globalTags", globalTags([...new Set([...teamTag, rng.pick(TAG_URNS.slice(0, 4))])]));
    if (rng.chance(0.5))
      yield proposal(ctx, "mlModelGroup", groupUrn, "glossaryTerms", glossaryTerms([`urn:li:glossaryTerm:${rng.pick(theme.terms)}`], groupCreated, teamActor));

    const hasAliases = rng.chance(0.8);
    const champion = hasAliases ? Math.max(1, versions - rng.int(0, Math.min(2, versions - 1))) : 0;
    const challenger = hasAliases && versions >= 2 ? (champion === versions ? versions - 1 : versions) : 0;
    for (let v = 1; v <= versions; v++) {
      const run = trainedBy[v - 1];
      const modelName = `${groupName}_v${v}`;
      const modelUrn = `urn:li:mlModel:(urn:li:dataPlatform:${mlPlatform},${modelName},PROD)`;
      const created = run.end + rng.int(5, 600) * 60_000;
      const stage = v === champion ? "Production" : v === challenger ? "Staging" : v < versions ? "Archived" : "None";
      yield proposal(ctx, "mlModel", modelUrn, "mlModelProperties", {
        customProperties: { framework: family.framework, framework_version: family.frameworkVersion, stage, model_version_id: String(v) },
        externalUrl:
          mlPlatform === "mlflow"
            ? `https://mlflow.example.com/#/models/${groupName}/versions/${v}`
            : mlPlatform === "sagemaker"
              ? `https://console.aws.amazon.com/sagemaker/home#/model-packages/${groupName}/${v}`
              : `https://console.cloud.google.com/vertex-ai/models/${groupName}/versions/${v}?project=${project}`,
        trainingJobs: [run.urn],
        name: modelName,
        description: `Version ${v} of ${groupName}, trained by ${run.urn.slice("urn:li:dataProcessInstance:".length)}.`,
        created: { time: created },
        lastModified: { time: created + rng.int(0, 20) * DAY },
        version: { versionTag: String(v) },
        type: family.type,
        hyperParams: run.hyperParams,
        trainingMetrics: run.metrics,
        ...(featureUrns.length ? { mlFeatures: rng.sample(featureUrns, rng.int(Math.min(3, featureUrns.length), Math.min(8, featureUrns.length))) } : {}),
        tags: [],
        groups: [groupUrn],
      });
      yield proposal(ctx, "mlModel", modelUrn, "versionProperties", {
        versionSet: `urn:li:versionSet:(mlmodel_${groupName}_versions,mlModel)`,
        version: { versionTag: String(v) },
        aliases: [...(v === champion ? [{ versionTag: "champion" }] : []), ...(v === challenger ? [{ versionTag: "challenger" }] : [])],
        sortId: String(v).padStart(10, "0"),
        versioningScheme: "LEXICOGRAPHIC_STRING",
      });
      yield proposal(ctx, "mlModel", modelUrn, "dataPlatformInstance", { platform: `urn:li:dataPlatform:${mlPlatform}` });
      yield proposal(ctx, "mlModel", modelUrn, "ownership", ownership(ctx, team, created));
      yield proposal(ctx, "mlModel", modelUrn, "status", { removed: false });
      const stageTag =
        stage === "Production"
          ? "urn:li:tag:production"
          : stage === "Staging"
            ? "urn:li:tag:staging"
            : stage === "Archived"
              ? "urn:li:tag:deprecated"
              : undefined;
      const tags = [...(stageTag ? [stageTag] : []), ...teamTag.filter(() => rng.chance(0.5))];
      if (tags.length) yield proposal(ctx, "mlModel", modelUrn, "globalTags", globalTags([...new Set(tags)]));
      if (rng.chance(0.3)) yield proposal(ctx, "mlModel", modelUrn, "glossaryTerms", glossaryTerms(["urn:li:glossaryTerm:model_output"], created, teamActor));
    }
  }
}
