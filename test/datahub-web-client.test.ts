/**
 * DataHub's own web app against this server in DataHub mode (`--schema datahub`): every operation of
 * its documents that touches ML entities, search, lineage or the generic mutations validates as sent
 * (with the fragments it spreads), and the ML entity pages' queries run against the demo catalog,
 * answering without errors in DataHub's shape.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { print, validate } from "graphql";
import { buildExecutableSchema } from "../server/graphql/index";
import { startTestServer, type TestServer } from "./helpers";
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
