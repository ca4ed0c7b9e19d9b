/**
 * DataHub's own web app against this server in DataHub mode (`--schema datahub`): every operation of
 * its documents that touches ML entities, search, lineage or the generic mutations validates as sent
 * (with the fragments it spreads), and the ML entity pages' queries run against the demo catalog,
 * answering without errors in DataHub's shape.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { print, validate } from "graphql";
import { buildExecutableSchema } from "../server/graphql/index";
import { readJson, startTestServer, type TestServer } from "./helpers";
import { CLIENT_OPERATIONS, ML_PAGE_OPERATIONS } from "./datahub-web-client";

const TUTORIAL = {
  getMLModel: "urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)",
  getMLModelGroup: "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,airline_forecast_models_group,PROD)",
  getDataProcessInstance: "urn:li:dataProcessInstance:simple_training_run",
};
/** The tutorial has no features, feature tables or primary keys: the demo catalog's first of each kind. */
const FIRST_OF: Record<string, string> = { getMLFeature: "MLFEATURE", getMLFeatureTable: "MLFEATURE_TABLE", getMLPrimaryKey: "MLPRIMARY_KEY" };
export const ROOT: Record<string, string> = {
  getMLModel: "mlModel",
  getMLModelGroup: "mlModelGroup",
  getMLFeature: "mlFeature",
  getMLFeatureTable: "mlFeatureTable",
  getMLPrimaryKey: "mlPrimaryKey",
  getDataProcessInstance: "dataProcessInstance",
};

describe("DataHub's web-client operations", () => {
  const schema = buildExecutableSchema("datahub");

  it("are found: ML pages, search, lineage and the generic mutations", () => {
    const names = CLIENT_OPERATIONS.map((o) => o.name);
    for (const n of [...ML_PAGE_OPERATIONS, "getSearchResultsForMultiple", "getAutoCompleteMultipleResults", "searchAcrossLineage", "getEntityLineageV2"])
      expect(names).toContain(n);
    for (const n of ["updateDescription", "addTag", "batchRemoveTerms", "addOwners", "batchRemoveOwners"]) expect(names).toContain(n);
    expect(CLIENT_OPERATIONS.length).toBeGreaterThanOrEqual(45);
  });

  for (const op of CLIENT_OPERATIONS)
    it(`${op.kind} ${op.name} (${op.file}) validates as sent`, () => {
      expect(validate(schema, op.document).map((e) => e.message)).toEqual([]);
    });
});

describe("DataHub's ML page queries against the demo catalog", () => {
  let server: TestServer;
  const urns: Record<string, string> = { ...TUTORIAL };
  beforeAll(async () => {
    server = await startTestServer({ demo: true, schema: "datahub" });
    for (const [op, type] of Object.entries(FIRST_OF)) {
      const r = await server.graphql(
        `query($t: [EntityType!]) { searchAcrossEntities(input: { types: $t, query: "*", count: 1 }) { searchResults { entity { urn } } } }`,
        {
          t: [type],
        },
      );
      urns[op] = r.body.data.searchAcrossEntities.searchResults[0].entity.urn;
    }
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
  });

  it("answers DataHub's values: no invented platform instance, DataHub's platform logos, DataHub's matched field names", async () => {
    const model = await server.graphql(print(CLIENT_OPERATIONS.find((o) => o.name === "getMLModel")!.document), { urn: urns.getMLModel });
    // The tutorial's model names its platform, not an instance of it.
    expect(model.body.data.mlModel.platform.urn).toBe("urn:li:dataPlatform:mlflow");
    expect(model.body.data.mlModel.dataPlatformInstance).toBeNull();

    // Every logo DataHub's bootstrap file gives a platform (a copy of DataHub's file, test/fixtures/datahub-golden).
    const logos = new Map<string, string>();
    for (const mce of readJson<Array<{ proposedSnapshot?: Record<string, { urn: string; aspects: Array<Record<string, { logoUrl?: string }>> }> }>>(
      "test/fixtures/datahub-golden/bootstrap_mce.json",
    )) {
      const snap = mce.proposedSnapshot?.["com.linkedin.pegasus2avro.metadata.snapshot.DataPlatformSnapshot"];
      const info = snap?.aspects.find((a) => a["com.linkedin.pegasus2avro.dataplatform.DataPlatformInfo"])?.[
        "com.linkedin.pegasus2avro.dataplatform.DataPlatformInfo"
      ];
      if (snap && info?.logoUrl) logos.set(snap.urn, info.logoUrl);
    }
    expect(logos.size).toBeGreaterThan(20);
    for (const [urn, logoUrl] of logos) {
      const r = await server.graphql(`query($urn: String!) { dataPlatform(urn: $urn) { properties { logoUrl } } }`, { urn });
      expect(r.body.data.dataPlatform.properties.logoUrl, urn).toBe(logoUrl);
    }

    // A hyper-parameter's name matches as DataHub names it.
    const hits = await server.graphql(
      `{ searchAcrossEntities(input: { query: "learning_rate", count: 10 }) { searchResults { matchedFields { name value } } } }`,
    );
    const names = hits.body.data.searchAcrossEntities.searchResults.flatMap((r: { matchedFields: Array<{ name: string }> }) =>
      r.matchedFields.map((m) => m.name),
    );
    expect(names).toContain("hyperParams");
    expect(names).not.toContain("text");
  });

  for (const name of ML_PAGE_OPERATIONS)
    it(`${name} answers without errors`, async () => {
      const op = CLIENT_OPERATIONS.find((o) => o.name === name)!;
      const r = await server.graphql(print(op.document), { urn: urns[name] });
      expect(r.body.errors).toBeUndefined();
      expect(r.status).toBe(200);
      const entity = r.body.data[ROOT[name]];
      expect(entity.urn).toBe(urns[name]);
      expect(entity.type).toBe(
        FIRST_OF[name] ?? { getMLModel: "MLMODEL", getMLModelGroup: "MLMODEL_GROUP", getDataProcessInstance: "DATA_PROCESS_INSTANCE" }[name],
      );
    });
});
