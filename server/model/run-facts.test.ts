import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readMlflowStore } from "../import/mlflow";
import { writeRealisticStore } from "../demo/mlflow-sample";
import { datasetName, runFacts, runTimes } from "./run-facts";
import { matchesRun, parseRunFilter } from "../../common/run-filter";

/** The sample MLflow store as the importer turns it into proposals, grouped by run urn. */
function importedRuns() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-run-facts-"));
  try {
    writeRealisticStore(dir);
    const byUrn = new Map<
      string,
      { aspects: Map<string, Record<string, unknown>>; events: Array<{ timestampMillis: number; value: Record<string, unknown> }> }
    >();
    for (const p of readMlflowStore(dir).proposals as Array<{ entityUrn: string; aspectName: string; aspect: { json: Record<string, unknown> } }>) {
      if (!p.entityUrn.startsWith("urn:li:dataProcessInstance:")) continue;
      let r = byUrn.get(p.entityUrn);
      if (!r) byUrn.set(p.entityUrn, (r = { aspects: new Map(), events: [] }));
      if (p.aspectName === "dataProcessInstanceRunEvent") r.events.push({ timestampMillis: p.aspect.json.timestampMillis as number, value: p.aspect.json });
      else r.aspects.set(p.aspectName, p.aspect.json);
    }
    return [...byUrn].map(([urn, r]) => runFacts(urn, r.aspects, r.events));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("a run's facts, read back from what the MLflow importer writes", () => {
  const runs = importedRuns();
  const byName = new Map(runs.map((r) => [r.runName, r]));

  it("has MLflow's run id, name, status, user, times, params, metrics, tags and datasets", () => {
    const tuned = byName.get("xgb-tuned")!;
    expect(tuned.runId).toMatch(/^[0-9a-f]{32}$/);
    expect(tuned.status).toBe("FINISHED");
    expect(tuned.result).toBe("SUCCESS");
    expect(tuned.userId).toBe("bob");
    expect(tuned.endTime! - tuned.startTime!).toBe(1_800_000);
    expect(tuned.params.get("max_depth")).toBe("6");
    expect(tuned.metrics.get("val/auc")).toBe(0.91);
    expect(tuned.metrics.get("lr")).toBe(5e-5);
    expect(tuned.tags.get("mlflow.source.name")).toBe("train.py");
    expect(tuned.artifactUri).toMatch(/^file:\/\/.*\/artifacts$/);
    expect(tuned.datasets).toEqual([
      { name: "churn-train", digest: "8f14e45f", context: "training" },
      { name: "churn-holdout", digest: "c9f0f895", context: "eval" },
    ]);
    expect(byName.get("xgb-oom")!.status).toBe("FAILED");
    expect(byName.get("xgb-long")!.status).toBe("RUNNING");
    expect(byName.get("xgb-long")!.endTime).toBeNull();
    expect(byName.get("typo-run")!.status).toBe("KILLED");
  });

  it("answers MLflow filters as MLflow would on the same store", () => {
    const names = (filter: string) => {
      const p = parseRunFilter(filter);
      if (!p.ok) throw new Error(p.error.message);
      return runs
        .filter((r) => matchesRun(p.clauses, r))
        .map((r) => r.runName)
        .sort();
    };
    expect(names("metrics.`train/loss` < 0.5")).toEqual(["baseline-logreg", "xgb-tuned"]);
    expect(names("params.max_depth = '6'")).toEqual(["xgb-tuned"]);
    expect(names("params.max_depth != '6'")).toEqual(["typo-run", "xgb-long", "xgb-oom"]);
    expect(names("attributes.status = 'FINISHED' and tags.`mlflow.user` = 'alice'")).toEqual(["baseline-logreg", "smoke-test", "sweep-17"]);
    expect(names("datasets.context = 'eval'")).toEqual(["xgb-tuned"]);
    expect(names("xgb")).toEqual(["xgb-long", "xgb-oom", "xgb-tuned"]);
  });
});

describe("run facts from other sources", () => {
  it("takes a person as the user, a resource's name, and events in any order", () => {
    const aspects = new Map<string, Record<string, unknown>>([
      ["dataProcessInstanceProperties", { name: "r", created: { time: 5, actor: "urn:li:corpuser:carol" }, customProperties: { git_commit: "abc" } }],
      [
        "mlTrainingRunProperties",
        {
          trainingMetrics: [
            { name: "loss", value: "nan" },
            { name: "x", value: "n/a" },
            { name: "inf", value: "inf" },
          ],
          hyperParams: [{ name: "k", value: 3 }],
        },
      ],
    ]);
    const f = runFacts("urn:li:dataProcessInstance:abc", aspects, []);
    expect(f.userId).toBe("carol");
    expect(f.runId).toBe("abc");
    expect(f.startTime).toBe(5);
    expect(f.status).toBeNull();
    expect(Number.isNaN(f.metrics.get("loss"))).toBe(true);
    expect(f.metrics.has("x")).toBe(false);
    expect(f.metrics.get("inf")).toBe(Number.POSITIVE_INFINITY);
    expect(f.params.get("k")).toBe("3");
    const resource = "urn:li:platformResource:0123";
    const g = runFacts(
      "urn:li:dataProcessInstance:abc",
      new Map([["dataProcessInstanceProperties", { name: "r", created: { time: 5, actor: resource } }]]),
      [],
      new Map([[resource, "dave"]]),
    );
    expect(g.userId).toBe("dave");
    expect(
      runTimes(
        [
          { timestampMillis: 10, value: { status: "STARTED" } },
          { timestampMillis: 30, value: { status: "COMPLETE", result: { type: "FAILURE", nativeResultType: "Failed" } } },
        ],
        1,
      ),
    ).toEqual({ start: 10, end: 30, result: "FAILURE", status: "FAILED" });
    expect(runTimes([{ timestampMillis: 30, value: { status: "COMPLETE", durationMillis: 20, result: { type: "SUCCESS" } } }], null)).toMatchObject({
      start: 10,
      status: "FINISHED",
    });
  });

  it("names datasets by the name in their urn", () => {
    expect(datasetName("urn:li:dataset:(urn:li:dataPlatform:mlflow,churn-train,PROD)")).toBe("churn-train");
    expect(datasetName("urn:li:dataset:(urn:li:dataPlatform:s3,bucket/a,b.parquet,PROD)")).toBe("bucket/a,b.parquet");
  });
});
