/**
 * DataHub's own golden and sample files of its ML sources (test/fixtures/datahub-golden, see its
 * NOTICE.md), each ingested into a fresh catalog. Everything is accepted except what belongs to
 * entity kinds, or aspects, this catalog does not store; those are listed here per file, each
 * refused with one "not stored by this catalog" message, so that work adding a kind flips its lines.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { Store } from "../server/store/store";
import { ingestProposals, type ProposalResult } from "../server/ingest/proposals";
import { readProposalFile } from "../server/cli";
import { startTestServer, type TestServer } from "./helpers";

const DIR = "test/fixtures/datahub-golden";

/** Per file: proposals accepted, and the refused ones by what is not stored ("entity type X" / "aspect A of entity type X"). */
const EXPECTED: Record<string, { accepted: number; notStored: Record<string, number> }> = {
  "bootstrap_mce.json": {
    accepted: 197,
    notStored: {
      "entity type assertion": 3,
      "entity type chart": 5,
      "entity type dashboard": 3,
      "entity type post": 3,
      "entity type query": 2,
    },
  },
  "feast_legacy_mces_golden.json": { accepted: 26, notStored: {} },
  "feast_repository_mces_golden.json": { accepted: 22, notStored: {} },
  "feast_repository_mces_golden_2022.json": { accepted: 20, notStored: {} },
  "feast_repository_mces_golden_2024.json": { accepted: 29, notStored: {} },
  "mlflow_mcps_golden.json": { accepted: 33, notStored: {} },
  "mlflow_mcps_golden_2023.json": { accepted: 13, notStored: {} },
  "sagemaker_mces_golden.json": {
    accepted: 136,
    notStored: {},
  },
  "sagemaker_mces_golden_2022.json": {
    accepted: 78,
    notStored: {},
  },
  "sdk_v2_test_mlmodel_basic_golden.json": { accepted: 4, notStored: {} },
  "sdk_v2_test_mlmodel_complex_golden.json": { accepted: 4, notStored: {} },
  "sdk_v2_test_mlmodel_structured_properties_golden.json": { accepted: 3, notStored: {} },
  "sdk_v2_test_mlmodelgroup_basic_golden.json": { accepted: 2, notStored: {} },
  "sdk_v2_test_mlmodelgroup_complex_golden.json": { accepted: 2, notStored: {} },
  "sdk_v2_test_mlmodelgroup_structured_properties_golden.json": { accepted: 3, notStored: {} },
  "unity_catalog_ml_model_mces_golden.json": { accepted: 88, notStored: {} },
  "vertexai_mcps_golden.json": {
    accepted: 152,
    notStored: {},
  },
};

const NOT_STORED = /: ((?:entity type|aspect \w+ of entity type) \w+) is not stored by this catalog$/;

function ingestFile(store: Store, file: string) {
  return ingestProposals(store, readProposalFile(path.join(DIR, file)), "urn:li:corpuser:datahub");
}

/** Refusals grouped by what is not stored; any other refusal is kept whole, so a failure shows it. */
function grouped(results: readonly ProposalResult[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of results.filter((x) => !x.ok)) {
    const key = NOT_STORED.exec(r.error ?? "")?.[1] ?? `#${r.index}: ${r.error}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

describe("DataHub's golden files", () => {
  const summary: string[] = [];
  afterAll(() => {
    if (summary.length) console.log(`accepted / refused (not stored by this catalog) per file:\n${summary.join("\n")}`);
  });

  it("are each listed here and in NOTICE.md", () => {
    const files = fs
      .readdirSync(DIR)
      .filter((f) => f.endsWith(".json"))
      .sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    const notice = fs.readFileSync(path.join(DIR, "NOTICE.md"), "utf8");
    for (const f of files) expect(notice, f).toContain(`\`${f}\``);
  });

  for (const [file, want] of Object.entries(EXPECTED)) {
    it(`${file}: accepted except what this catalog does not store`, () => {
      const store = Store.open(":memory:");
      try {
        const report = ingestFile(store, file);
        const refused = grouped(report.results);
        summary.push(
          `  ${file}: ${report.accepted} / ${report.rejected}${
            report.rejected
              ? ` (${Object.entries(refused)
                  .map(([k, n]) => `${k} ×${n}`)
                  .join(", ")})`
              : ""
          }`,
        );
        expect(refused).toEqual(want.notStored);
        expect(report.accepted).toBe(want.accepted);
        // Every proposal gets one result, and the stored catalog is consistent.
        expect(report.results).toHaveLength(want.accepted + Object.values(want.notStored).reduce((a, b) => a + b, 0));
        expect(store.consistencyCheck().problems).toEqual([]);
      } finally {
        store.close();
      }
    });
  }

  it("store what the files say: an old and a new SageMaker file give one model, nulls left out", () => {
    const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:sagemaker,the-first-model,PROD)";
    const stored = (file: string) => {
      const store = Store.open(":memory:");
      try {
        ingestFile(store, file);
        return store.getAspect(MODEL, "mlModelProperties")!.value;
      } finally {
        store.close();
      }
    };
    const old = stored("sagemaker_mces_golden_2022.json");
    // Field by field, as sagemaker_mces_golden_2022.json says (its nulls are "not set").
    expect(old.hyperParams).toEqual([
      { name: "parameter-1", value: "some-value" },
      { name: "parameter-2", value: "another-value" },
    ]);
    expect(old.trainingMetrics).toEqual([
      { name: "another-metric", value: "1.0" },
      { name: "some-metric", value: "1.0" },
    ]);
    expect(old.date).toBe(1420070400000);
    expect(old.externalUrl).toBe("https://us-west-2.console.aws.amazon.com/sagemaker/home?region=us-west-2#/models/the-first-model");
    expect(old.groups).toEqual(["urn:li:mlModelGroup:(urn:li:dataPlatform:sagemaker,a-model-package-group,PROD)"]);
    expect(old.deployments).toEqual([
      "urn:li:mlModelDeployment:(urn:li:dataPlatform:sagemaker,arn:aws:sagemaker:us-west-2:123412341234:endpoint/the-first-endpoint,PROD)",
    ]);
    expect(old.trainingJobs).toEqual([
      "urn:li:dataJob:(urn:li:dataFlow:(sagemaker,training:a-training-job,PROD),arn:aws:sagemaker:us-west-2:123412341234:training-job/a-training-job)",
    ]);
    expect(old.customProperties).toMatchObject({ ModelArn: "arn:aws:sagemaker:us-west-2:123412341234:model/the-first-model", EnableNetworkIsolation: "True" });
    for (const k of ["description", "version", "type", "hyperParameters", "onlineMetrics", "mlFeatures"]) expect(old, k).not.toHaveProperty(k);
    // The same model from the source's 2025 output, which writes no nulls: the same value.
    expect(stored("sagemaker_mces_golden.json")).toEqual(old);
  });

  describe("read back over GraphQL", () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer();
      for (const f of ["sagemaker_mces_golden_2022.json", "feast_repository_mces_golden_2022.json", "feast_legacy_mces_golden.json", "bootstrap_mce.json"])
        ingestFile(server.store, f);
    });
    afterAll(() => server.stop());

    it("a SageMaker model's hyper-parameters, training metrics and group", async () => {
      const r = await server.graphql(`{ mlModel(urn: "urn:li:mlModel:(urn:li:dataPlatform:sagemaker,the-second-model,PROD)") {
        name properties { description date hyperParams { name value description } trainingMetrics { name value } groups { urn } } } }`);
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data.mlModel).toEqual({
        name: "the-second-model",
        properties: {
          description: null,
          date: 1420070400000,
          hyperParams: [
            { name: "parameter-1", value: "some-value", description: null },
            { name: "parameter-2", value: "another-value", description: null },
          ],
          trainingMetrics: [
            { name: "another-metric", value: "1.0" },
            { name: "some-metric", value: "1.0" },
          ],
          groups: [{ urn: "urn:li:mlModelGroup:(urn:li:dataPlatform:sagemaker,a-model-package-group,PROD)" }],
        },
      });
    });

    it("a Feast feature's description, type and sources", async () => {
      const q = (urn: string) => server.graphql(`{ mlFeature(urn: "${urn}") { name featureNamespace properties { description dataType sources { urn } } } }`);
      const conv = await q("urn:li:mlFeature:(feature_store.driver_hourly_stats,conv_rate)");
      expect(conv.body.data.mlFeature).toEqual({
        name: "conv_rate",
        featureNamespace: "feature_store.driver_hourly_stats",
        properties: {
          description: "Conv rate",
          dataType: "CONTINUOUS",
          sources: [{ urn: "urn:li:dataset:(urn:li:dataPlatform:file,data.driver_stats_with_string.parquet,PROD)" }],
        },
      });
      const plus = await q("urn:li:mlFeature:(feature_store.transformed_conv_rate,conv_rate_plus_val1)");
      expect(plus.body.data.mlFeature.properties).toEqual({
        description: null, // "description": null in the file
        dataType: "CONTINUOUS",
        sources: [
          { urn: "urn:li:dataset:(urn:li:dataPlatform:request,vals_to_add,PROD)" },
          { urn: "urn:li:dataset:(urn:li:dataPlatform:file,data.driver_stats_with_string.parquet,PROD)" },
        ],
      });
      const legacy = await q("urn:li:mlFeature:(test_feature_table_all_feature_dtypes,test_BOOL_LIST_feature)");
      expect(legacy.body.data.mlFeature.properties).toEqual({
        description: null,
        dataType: "SEQUENCE",
        sources: [{ urn: "urn:li:dataset:(urn:li:dataPlatform:file,feast.*,PROD)" }],
      });
    });

    it("the sample model's card and a data platform, from the MCE file's class names", () => {
      const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:science,scienceModel,PROD)";
      const get = (aspect: string) => server.store.getAspect(MODEL, aspect)?.value;
      expect(get("mlModelTrainingData")).toEqual({
        trainingData: [{ dataset: "urn:li:dataset:(urn:li:dataPlatform:hive,pageViewsHive,PROD)", motivation: "For science!", preProcessing: ["Aggregation"] }],
      });
      expect(get("intendedUse")).toEqual({
        primaryUses: ["Sample Model", "Primary Use"],
        primaryUsers: ["ENTERPRISE"],
        outOfScopeUses: ["Production Deployment"],
      });
      expect(get("mlModelMetrics")).toEqual({ performanceMeasures: ["performanceMeasures"], decisionThreshold: ["decisionThreshold"] });
      expect(get("cost")).toEqual({ costType: "ORG_COST_TYPE", cost: { costCode: "sampleCostCode", fieldDiscriminator: "costCode" } });
      expect(server.store.getAspect("urn:li:dataPlatform:kafka", "dataPlatformInfo")?.value).toMatchObject({ name: "kafka", type: "MESSAGE_BROKER" });
    });
  });
});
