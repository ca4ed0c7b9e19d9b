/**
 * Reading DataHub's JSON as DataHub does, one rule per test, on fragments of DataHub's golden files
 * (test/fixtures/datahub-golden; Avro-encoded forms are those fragments as Avro's JSON encoding
 * writes them).
 */
import { describe, expect, it } from "vitest";
import { Store } from "../store/store";
import { ingestProposals } from "./proposals";
import { aspectNameOfClass, readDataHubAspect, readDataHubEnvelope } from "./datahub-json";
import { DATAHUB_ASPECT_CLASSES, DATAHUB_ENTITY_ASPECTS } from "../model/datahub-model";

const FEATURE = "urn:li:mlFeature:(test_feature_table_all_feature_dtypes,test_BOOL_LIST_feature)";
const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:sagemaker,the-first-model,PROD)";

/** Ingests into a fresh catalog; returns the report and the stored value of each accepted proposal. */
function ingest(items: unknown[]) {
  const store = Store.open(":memory:");
  try {
    const report = ingestProposals(store, items, "urn:li:corpuser:datahub");
    const stored = report.results.map((r) => (r.ok && r.urn && r.aspect ? (store.getAspect(r.urn, r.aspect)?.value ?? null) : null));
    return { report, stored, errors: report.results.filter((r) => !r.ok).map((r) => r.error) };
  } finally {
    store.close();
  }
}

const mce = (urn: string, snapshot: string, aspects: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) => ({
  auditHeader: null,
  proposedSnapshot: { [`com.linkedin.pegasus2avro.metadata.snapshot.${snapshot}`]: { urn, aspects } },
  proposedDelta: null,
  ...extra,
});
const mcp = (entityUrn: string, aspectName: string, json: unknown) => ({
  entityType: entityUrn.split(":")[2],
  entityUrn,
  changeType: "UPSERT",
  aspectName,
  aspect: { json },
});

describe("null is 'not set'", () => {
  it("drops nulls of optional fields, at any depth (feast-legacy: MLFeatureProperties; sagemaker 2022: hyperParams items)", () => {
    const { stored, errors } = ingest([
      mce(
        FEATURE,
        "MLFeatureSnapshot",
        [
          {
            "com.linkedin.pegasus2avro.ml.metadata.MLFeatureProperties": {
              description: null,
              dataType: "SEQUENCE",
              version: null,
              sources: ["urn:li:dataset:(urn:li:dataPlatform:file,feast.*,PROD)"],
            },
          },
        ],
        { systemMetadata: { lastObserved: 1586847600000, runId: "feast-test", properties: null } },
      ),
      mcp(MODEL, "mlModelProperties", {
        description: null,
        hyperParams: [{ name: "parameter-1", description: null, value: "some-value", createdAt: null }],
        hyperParameters: null,
        version: null,
      }),
    ]);
    expect(errors).toEqual([]);
    expect(stored[0]).toEqual({ dataType: "SEQUENCE", sources: ["urn:li:dataset:(urn:li:dataPlatform:file,feast.*,PROD)"] });
    expect(stored[1]).toEqual({ hyperParams: [{ name: "parameter-1", value: "some-value" }] });
  });

  it("drops nulls of fields it does not model (sagemaker 2021: hasOffline, hasOnline)", () => {
    expect(
      readDataHubAspect("mlFeatureProperties", { description: null, dataType: "TEXT", version: null, sources: [], hasOffline: null, hasOnline: null }),
    ).toEqual({
      dataType: "TEXT",
      sources: [],
    });
  });

  it("refuses a null where the field is required, as DataHub does", () => {
    const { errors } = ingest([mcp(FEATURE, "status", { removed: null })]);
    expect(errors).toEqual([expect.stringMatching(/ status\.removed: .*received null/)]);
  });

  it("refuses a null item of an array or value of a map, as DataHub does (neither holds nulls)", () => {
    const { errors } = ingest([
      mcp(FEATURE, "mlFeatureProperties", { dataType: "SEQUENCE", sources: [null] }),
      mcp("urn:li:mlFeatureTable:(urn:li:dataPlatform:sagemaker,test-2)", "mlFeatureTableProperties", { customProperties: { arn: null, status: "Created" } }),
    ]);
    expect(errors).toEqual([
      expect.stringMatching(/mlFeatureProperties\.sources\.0: .*null/),
      expect.stringMatching(/mlFeatureTableProperties\.customProperties\.arn: .*null/),
    ]);
  });
});

describe("Avro union wrappers", () => {
  it("unwraps primitive branches and record branches named by their full name", () => {
    // sagemaker's the-first-model, as Avro's JSON encoding writes its optional fields
    const { stored, errors } = ingest([
      mcp(MODEL, "mlModelProperties", {
        externalUrl: { string: "https://us-west-2.console.aws.amazon.com/sagemaker/home?region=us-west-2#/models/the-first-model" },
        date: { long: 1420070400000 },
        created: { "com.linkedin.pegasus2avro.common.TimeStamp": { time: 1420070400000, actor: { string: "urn:li:corpuser:datahub" } } },
        hyperParams: { array: [{ name: "parameter-1", value: { string: "some-value" } }] },
        groups: { array: ["urn:li:mlModelGroup:(urn:li:dataPlatform:sagemaker,a-model-package-group,PROD)"] },
      }),
    ]);
    expect(errors).toEqual([]);
    expect(stored[0]).toEqual({
      externalUrl: "https://us-west-2.console.aws.amazon.com/sagemaker/home?region=us-west-2#/models/the-first-model",
      date: 1420070400000,
      created: { time: 1420070400000, actor: "urn:li:corpuser:datahub" },
      hyperParams: [{ name: "parameter-1", value: "some-value" }],
      groups: ["urn:li:mlModelGroup:(urn:li:dataPlatform:sagemaker,a-model-package-group,PROD)"],
    });
  });

  it("reads an envelope's own nulls and leaves its aspect value to the aspect's schema", () => {
    const value = { description: null, customProperties: { "com.linkedin.x.Y": "kept: a map's key" } };
    const plain = mcp(MODEL, "mlModelProperties", value);
    // Nothing of the envelope itself to read: taken as it is, whatever its aspect value holds.
    expect(readDataHubEnvelope(plain)).toBe(plain);
    const read = readDataHubEnvelope({ ...plain, systemMetadata: { lastObserved: 5, runId: null } }) as Record<string, unknown>;
    expect(read.systemMetadata).toEqual({ lastObserved: 5 });
    expect((read.aspect as { json: unknown }).json).toEqual(value);
    // Then the value is read against its aspect's schema: the null dropped, the map kept.
    const { report, stored } = ingest([plain]);
    expect(report.results[0]).toMatchObject({ ok: true });
    expect(stored[0]).toEqual({ customProperties: { "com.linkedin.x.Y": "kept: a map's key" } });
  });

  it("unwraps the envelope of an Avro-encoded MCP (aspect, systemMetadata, urn)", () => {
    const { report, stored } = ingest([
      {
        auditHeader: null,
        entityType: "mlFeature",
        entityUrn: { string: FEATURE },
        entityKeyAspect: null,
        changeType: "UPSERT",
        aspectName: { string: "status" },
        aspect: { "com.linkedin.pegasus2avro.mxe.GenericAspect": { value: '{"removed": false}', contentType: "application/json" } },
        systemMetadata: {
          "com.linkedin.pegasus2avro.mxe.SystemMetadata": { lastObserved: { long: 1586847600000 }, runId: { string: "feast-test" }, properties: null },
        },
      },
    ]);
    expect(report.results[0]).toMatchObject({ ok: true, urn: FEATURE, aspect: "status" });
    expect(stored[0]).toEqual({ removed: false });
  });

  it("keeps a map whose one key happens to be a branch name (sagemaker's Environment: {'string': 'string'})", () => {
    const table = "urn:li:mlFeatureTable:(urn:li:dataPlatform:sagemaker,test-2)";
    const { stored } = ingest([mcp(table, "mlFeatureTableProperties", { customProperties: { string: "string" } })]);
    expect(stored[0]).toEqual({ customProperties: { string: "string" } });
    expect(readDataHubAspect("mlModelGroupProperties", { customProperties: { map: "x" } })).toEqual({ customProperties: { map: "x" } });
  });

  it("keeps Pegasus unions as DataHub writes them (a schema field's type, a schema's platformSchema)", () => {
    const value = {
      schemaName: "SampleKafkaSchema",
      platform: "urn:li:dataPlatform:kafka",
      version: 0,
      hash: "",
      platformSchema: { "com.linkedin.pegasus2avro.schema.KafkaSchema": { documentSchema: "{}" } },
      fields: [
        {
          fieldPath: "[version=2.0].[type=boolean].field_foo_2",
          nullable: false,
          type: { type: { "com.linkedin.pegasus2avro.schema.BooleanType": {} } },
          nativeDataType: "varchar(100)",
          recursive: false,
          isPartOfKey: false,
        },
      ],
    };
    expect(readDataHubAspect("schemaMetadata", value)).toEqual(value);
  });

  it("keeps values the schema does not describe as they are (hyperParameters' union values)", () => {
    const value = { hyperParameters: { lr: { double: 0.1 }, layers: { int: 3 } } };
    expect(readDataHubAspect("mlModelProperties", value)).toEqual(value);
  });
});

describe("aspect class names", () => {
  it("maps every aspect class of DataHub's model, with or without .pegasus2avro, to its @Aspect name", () => {
    const classes = Object.entries(DATAHUB_ASPECT_CLASSES);
    expect(classes.length).toBeGreaterThan(200);
    for (const [cls, name] of classes) {
      expect(aspectNameOfClass(cls)).toBe(name);
      expect(aspectNameOfClass(cls.replace(/^com\.linkedin\./, "com.linkedin.pegasus2avro."))).toBe(name);
    }
    // Every aspect (and key aspect) of the kinds this catalog knows has a class.
    const named = new Set(Object.values(DATAHUB_ASPECT_CLASSES));
    for (const [kind, e] of Object.entries(DATAHUB_ENTITY_ASPECTS)) for (const a of [e.key, ...e.aspects]) expect(named.has(a), `${kind}.${a}`).toBe(true);
  });

  it("reads the model card, key aspects and dataPlatformInfo of MCE files by their aspect names (bootstrap_mce)", () => {
    const SCIENCE = "urn:li:mlModel:(urn:li:dataPlatform:science,scienceModel,PROD)";
    const { report, errors } = ingest([
      mce(SCIENCE, "MLModelSnapshot", [
        {
          "com.linkedin.pegasus2avro.ml.metadata.TrainingData": {
            trainingData: [
              { dataset: "urn:li:dataset:(urn:li:dataPlatform:hive,pageViewsHive,PROD)", motivation: "For science!", preProcessing: ["Aggregation"] },
            ],
          },
        },
        {
          "com.linkedin.pegasus2avro.ml.metadata.EvaluationData": {
            evaluationData: [{ dataset: "urn:li:dataset:(urn:li:dataPlatform:hive,pageViewsHive,PROD)" }],
          },
        },
        {
          "com.linkedin.pegasus2avro.ml.metadata.IntendedUse": {
            primaryUses: ["Sample Model", "Primary Use"],
            primaryUsers: ["ENTERPRISE"],
            outOfScopeUses: ["Production Deployment"],
          },
        },
        { "com.linkedin.pegasus2avro.ml.metadata.Metrics": { performanceMeasures: ["performanceMeasures"], decisionThreshold: ["decisionThreshold"] } },
        {
          "com.linkedin.pegasus2avro.ml.metadata.EthicalConsiderations": {
            data: ["data"],
            humanLife: ["humanLife"],
            mitigations: ["mitigations"],
            risksAndHarms: ["risksAndHarms"],
            useCases: ["useCases"],
          },
        },
        {
          "com.linkedin.pegasus2avro.ml.metadata.CaveatsAndRecommendations": {
            recommendations: "recommendations",
            idealDatasetCharacteristics: ["idealDatasetCharacteristics"],
          },
        },
        { "com.linkedin.pegasus2avro.common.Cost": { costType: "ORG_COST_TYPE", cost: { costCode: "sampleCostCode", fieldDiscriminator: "costCode" } } },
        { "com.linkedin.metadata.key.MLModelKey": { platform: "urn:li:dataPlatform:science", name: "scienceModel", origin: "PROD" } },
      ]),
      mce("urn:li:dataPlatform:adlsGen1", "DataPlatformSnapshot", [
        {
          "com.linkedin.pegasus2avro.dataplatform.DataPlatformInfo": {
            name: "adlsGen1",
            displayName: "Azure Data Lake (Gen 1)",
            type: "FILE_SYSTEM",
            datasetNameDelimiter: "/",
          },
        },
      ]),
    ]);
    expect(errors).toEqual([]);
    expect(report.results.map((r) => r.aspect)).toEqual([
      "mlModelTrainingData",
      "mlModelEvaluationData",
      "intendedUse",
      "mlModelMetrics",
      "mlModelEthicalConsiderations",
      "mlModelCaveatsAndRecommendations",
      "cost",
      "mlModelKey",
      "dataPlatformInfo",
    ]);
  });
});
