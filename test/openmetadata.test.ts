/**
 * `orrery import-openmetadata`: OpenMetadata MlModels (as its REST API returns them) → models,
 * features with their source columns, datasets and lineage; per-entity errors that write nothing;
 * idempotent re-import; OpenMetadata's version numbers on re-import; the CLI contract.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { Store } from "../server/store/store";
import { ingestProposals } from "../server/ingest/proposals";
import { importOpenMetadata } from "../server/cli";
import { buildHistory } from "../server/model/history";
import { convertMlModel, datasetUrnOf, encodeUrnPart, readOpenMetadataPath, splitFqn } from "../server/import/openmetadata";
import { startTestServer, tempDir, type TestServer } from "./helpers";

const FIXTURES = "server/demo/openmetadata";
const ETA = `${FIXTURES}/eta_predictions.json`;
const LIST = `${FIXTURES}/mlmodels.json`;
const fixture = (f: string) => JSON.parse(fs.readFileSync(f, "utf8"));

const ETA_URN = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,mlflow_prod.eta_predictions,PROD)";
const CHURN_URN = "urn:li:mlModel:(urn:li:dataPlatform:sagemaker,sagemaker_eu.churn-classifier,PROD)";
const FORECAST_URN = 'urn:li:mlModel:(urn:li:dataPlatform:vertexai,vertex_prod."demand.forecast",PROD)';
const PERSONA = "urn:li:mlFeature:(mlflow_prod.eta_predictions,persona)";
const SALES = "urn:li:mlFeature:(mlflow_prod.eta_predictions,sales)";
const PLAN = "urn:li:mlFeature:(sagemaker_eu.churn-classifier,plan_and_country)";
const ds = (name: string, platform = "openmetadata") => `urn:li:dataset:(urn:li:dataPlatform:${platform},${name},PROD)`;
const DIM_CUSTOMER = ds("warehouse.ecommerce_db.shopify.dim_customer");
const FACT_SALE = ds("warehouse.ecommerce_db.shopify.fact_sale");
const SUBSCRIPTIONS = ds("warehouse.crm_db.public.subscriptions");

const mcp = (urn: string, aspectName: string, json: Record<string, unknown>) => ({ entityUrn: urn, changeType: "UPSERT", aspectName, aspect: { json } });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs the import into `store`, collecting what it prints. */
async function run(store: Store, paths: string[], datasetPlatforms?: Record<string, string>) {
  const lines: string[] = [];
  const code = await importOpenMetadata(paths, { store, quiet: true, datasetPlatforms }, (l) => lines.push(l));
  return { code, out: lines.join("\n") };
}

describe("naming: FQNs, urns, platforms", () => {
  it("splits OpenMetadata FQNs at unquoted dots and names datasets after them", () => {
    expect(splitFqn('warehouse."sales.db".public.orders')).toEqual(["warehouse", "sales.db", "public", "orders"]);
    expect(datasetUrnOf("warehouse.crm_db.public.subscriptions")).toBe(SUBSCRIPTIONS);
    // A mapped database service: the platform from the mapping, the name without the service.
    expect(datasetUrnOf("warehouse.crm_db.public.subscriptions", { datasetPlatforms: { warehouse: "snowflake" } })).toBe(
      ds("crm_db.public.subscriptions", "snowflake"),
    );
    expect(datasetUrnOf('warehouse."sales.db".public.orders', { datasetPlatforms: { other: "postgres" } })).toBe(ds('warehouse."sales.db".public.orders'));
    expect(encodeUrnPart("a,b(c)")).toBe("a%2Cb%28c%29");
  });

  it("takes the model's platform from its service type (custom when there is none)", () => {
    const base = fixture(ETA);
    const urnFor = (serviceType: string | undefined) => {
      const r = convertMlModel({ ...base, serviceType });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      return r.urn;
    };
    expect(urnFor("Mlflow")).toBe(ETA_URN);
    expect(urnFor("SageMaker")).toContain("urn:li:dataPlatform:sagemaker,");
    expect(urnFor("VertexAI")).toContain("urn:li:dataPlatform:vertexai,");
    expect(urnFor("Sklearn")).toContain("urn:li:dataPlatform:sklearn,");
    expect(urnFor("CustomMlModel")).toContain("urn:li:dataPlatform:custom,");
    expect(urnFor(undefined)).toContain("urn:li:dataPlatform:custom,");
    // A name with a comma or parentheses is percent-encoded as DataHub does.
    const odd = convertMlModel({ ...base, name: "eta (v2), tuned" });
    expect(odd.ok && odd.urn).toBe("urn:li:mlModel:(urn:li:dataPlatform:mlflow,mlflow_prod.eta %28v2%29%2C tuned,PROD)");
  });

  it("reads a single entity, a list response and a folder, and refuses files that are none of them", () => {
    const dir = tempDir("orrery-om-read-");
    try {
      expect(readOpenMetadataPath(ETA).map((f) => f.entities.length)).toEqual([1]);
      expect(readOpenMetadataPath(LIST).map((f) => f.entities.length)).toEqual([4]);
      expect(readOpenMetadataPath(FIXTURES).map((f) => [path.basename(f.file), f.entities.length])).toEqual([
        ["eta_predictions.json", 1],
        ["mlmodels.json", 4],
      ]);
      fs.writeFileSync(path.join(dir, "broken.json"), "{ not json");
      expect(() => readOpenMetadataPath(path.join(dir, "broken.json"))).toThrow(/broken\.json: not valid JSON/);
      fs.writeFileSync(path.join(dir, "page.json"), JSON.stringify({ data: { id: 1 }, paging: {} }));
      expect(() => readOpenMetadataPath(path.join(dir, "page.json"))).toThrow(/"data" of a list response must be an array/);
      fs.writeFileSync(path.join(dir, "number.json"), "42");
      expect(() => readOpenMetadataPath(path.join(dir, "number.json"))).toThrow(/expected an MlModel entity/);
      const empty = path.join(dir, "empty");
      fs.mkdirSync(empty);
      expect(() => readOpenMetadataPath(empty)).toThrow(/holds no \.json files/);
      expect(() => readOpenMetadataPath(path.join(dir, "missing.json"))).toThrow(/no such file or folder/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("importing OpenMetadata models into a catalog", () => {
  let server: TestServer;
  let first: { code: number; out: string };
  const gql = async (query: string, variables?: Record<string, unknown>) => {
    const r = await server.graphql(query, variables);
    expect(r.body.errors).toBeUndefined();
    return r.body.data;
  };

  beforeAll(async () => {
    server = await startTestServer();
    // dim_customer's schema, as DataHub ingestion writes it (one v1 and one v2 field path).
    const field = (fieldPath: string, native: string) => ({ fieldPath, nativeDataType: native, type: { type: { "com.linkedin.schema.StringType": {} } } });
    const r = ingestProposals(
      server.store,
      [
        mcp(DIM_CUSTOMER, "schemaMetadata", {
          schemaName: "dim_customer",
          platform: "urn:li:dataPlatform:openmetadata",
          version: 0,
          hash: "",
          platformSchema: { "com.linkedin.schema.MySqlDDL": { tableSchema: "" } },
          fields: [
            field("customer_id", "VARCHAR"),
            field("Age", "INT"),
            field("[version=2.0].[type=string].education", "VARCHAR"),
            field("country", "VARCHAR"),
          ],
        }),
      ],
      "urn:li:corpuser:datahub",
    );
    expect(r.rejected).toBe(0);
    first = await run(server.store, [FIXTURES]);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("imports the valid models and reports each invalid one by file, index, field path and message", () => {
    expect(first.code).toBe(1);
    expect(first.out).toContain("3 of 5 models imported (5 features, 4 datasets; ");
    expect(first.out).toContain("2 invalid");
    expect(first.out).toContain(`invalid ${LIST}#2 ("broken::name"): nothing imported`);
    for (const line of ["id: must be a UUID", 'name: must not contain "::"', "algorithm: is required", "service.name: is required to name the model"])
      expect(first.out).toContain(line);
    expect(first.out).toContain(`invalid ${LIST}#3 ("fraud_detector"): nothing imported`);
    expect(first.out).toContain(
      'mlFeatures.0.featureSources.1.dataType: must be one of "integer", "number", "string", "array", "date", "timestamp", "object", "boolean", not "float"',
    );
    expect(first.out).toContain('owners.0.type: must be one of "user", "team", not "bot"');
    expect(first.out).toContain('tags.0.source: must be one of "Classification", "Glossary", not "Tier"');
    // A source whose table reference has no FQN is kept without its dataset, and said so.
    expect(first.out).toContain(`note ${LIST}#1 ("demand.forecast") mlFeatures.0.featureSources.1.dataSource: has no fullyQualifiedName`);
    // The invalid models left nothing behind: not their models, features or datasets.
    const urns = (server.store.dump().aspects as Array<{ urn: string }>).map((a) => a.urn);
    expect(urns.some((u) => /fraud_detector|sklearn_batch|payments_db|broken/.test(u))).toBe(false);
    expect(new Set(urns.filter((u) => u.startsWith("urn:li:mlModel:")))).toEqual(new Set([ETA_URN, CHURN_URN, FORECAST_URN]));
  });

  it("serves the model: algorithm, hyper-parameters with descriptions, store, server, dashboard, target, tags, terms, owners", async () => {
    const d = await gql(
      `query($urn: String!) { mlModel(urn: $urn) {
        name platform { name }
        properties { name description type externalUrl mlFeatures hyperParams { name value description } customProperties { key value } }
        orreryServing { servingEndpoint target store { storage imageRepository } dashboard { name qualifiedName url } }
        tags { tags { tag { urn } } }
        glossaryTerms { terms { term { urn } } }
        ownership { owners { type owner { ... on CorpUser { urn } ... on CorpGroup { urn } } } }
        status { removed }
      } }`,
      { urn: ETA_URN },
    );
    const m = d.mlModel;
    expect(m.name).toBe("ETA Predictions");
    expect(m.platform.name).toBe("mlflow");
    expect(m.properties).toMatchObject({
      description: expect.stringContaining("**estimated time of arrival**"),
      type: "Neural Network",
      externalUrl: "https://mlflow.example.com/#/models/eta_predictions",
      mlFeatures: [SALES, PERSONA],
    });
    expect(m.properties.hyperParams).toEqual([
      { name: "regularisation", value: "0.5", description: "L2 penalty on the weights" },
      { name: "hidden_layers", value: "3", description: "Number of hidden layers" },
      { name: "random_seed", value: "42", description: null },
    ]);
    expect(m.properties.customProperties).toEqual([
      { key: "modelCard", value: "https://wiki.example.com/ml/eta-predictions" },
      { key: "retrainEveryDays", value: "30" },
      { key: "approvedRegions", value: '["eu-west-1","us-east-1"]' },
    ]);
    expect(m.orreryServing).toEqual({
      servingEndpoint: "https://eta.ml.example.com/v1/predict",
      target: "ETA_time",
      store: { storage: "s3://ml-models/eta_predictions/model.pkl", imageRepository: "https://hub.docker.com/r/acme/eta-predictions" },
      dashboard: {
        name: "ETA Predictions Performance",
        qualifiedName: "superset_prod.eta_predictions_performance",
        // OpenMetadata's page of the dashboard, not the API link of its reference.
        url: "http://openmetadata.example.com:8585/dashboard/superset_prod.eta_predictions_performance",
      },
    });
    // Classification tags (Tier included) → tags; Glossary labels → glossary terms.
    expect(m.tags.tags.map((t: any) => t.tag.urn)).toEqual(["urn:li:tag:Tier.Tier1", "urn:li:tag:PII.Sensitive"]);
    expect(m.glossaryTerms.terms.map((t: any) => t.term.urn)).toEqual(["urn:li:glossaryTerm:Logistics.Delivery Time"]);
    expect(m.ownership.owners).toEqual([
      { type: "TECHNICAL_OWNER", owner: { urn: "urn:li:corpuser:aaron_johnson0" } },
      { type: "TECHNICAL_OWNER", owner: { urn: "urn:li:corpGroup:Logistics" } },
    ]);
    expect(m.status.removed).toBe(false);

    // Fields OpenMetadata did not send write nothing; an explicit empty list writes an empty one.
    const f = await gql(
      `query($urn: String!) { mlModel(urn: $urn) { name tags { tags { tag { urn } } } ownership { owners { type } } orreryServing { servingEndpoint target store { storage imageRepository } dashboard { name } } } }`,
      {
        urn: FORECAST_URN,
      },
    );
    expect(f.mlModel).toEqual({
      name: "demand.forecast",
      tags: null,
      ownership: { owners: [] },
      orreryServing: {
        servingEndpoint: null,
        target: null,
        store: { storage: null, imageRepository: "europe-docker.pkg.dev/acme/forecast/prophet:1.3" },
        dashboard: null,
      },
    });
    const info = await gql(`{ orreryInfo { extensions } }`);
    expect(info.orreryInfo.extensions).toEqual(expect.arrayContaining(["mlModelServing", "mlFeatureDetails"]));
  });

  it("serves features: data type, algorithm, description, and sources as datasets and columns", async () => {
    const Q = `query($urn: String!) { mlFeature(urn: $urn) {
      name featureNamespace dataType
      properties { description dataType sources { urn } }
      orreryDetails { featureAlgorithm sourceColumns { column dataType description datasetUrn dataset { urn } fieldPath } }
      tags { tags { tag { urn } } }
      glossaryTerms { terms { term { urn } } }
    } }`;
    const persona = (await gql(Q, { urn: PERSONA })).mlFeature;
    expect(persona).toMatchObject({
      name: "persona",
      featureNamespace: "mlflow_prod.eta_predictions",
      dataType: "NOMINAL",
      properties: { description: "Customer persona from age and education.", dataType: "NOMINAL", sources: [{ urn: DIM_CUSTOMER }] },
      tags: { tags: [] },
      glossaryTerms: { terms: [{ term: { urn: "urn:li:glossaryTerm:Customer.Persona" } }] },
    });
    expect(persona.orreryDetails).toEqual({
      featureAlgorithm: "PCA",
      sourceColumns: [
        // The dataset's schema has the column (names compared without case) …
        { column: "age", dataType: "integer", description: null, datasetUrn: DIM_CUSTOMER, dataset: { urn: DIM_CUSTOMER }, fieldPath: "Age" },
        // … also under a v2 field path …
        {
          column: "education",
          dataType: "string",
          description: null,
          datasetUrn: DIM_CUSTOMER,
          dataset: { urn: DIM_CUSTOMER },
          fieldPath: "[version=2.0].[type=string].education",
        },
        // … and a source without a data source has no dataset.
        { column: "city", dataType: "string", description: null, datasetUrn: null, dataset: null, fieldPath: null },
      ],
    });
    const sales = (await gql(Q, { urn: SALES })).mlFeature;
    expect(sales.dataType).toBe("CONTINUOUS");
    expect(sales.tags.tags).toEqual([{ tag: { urn: "urn:li:tag:PII.None" } }]);
    // fact_sale is in the catalog (created by the import) but has no schema: no field to link.
    expect(sales.orreryDetails.sourceColumns).toEqual([
      { column: "gross_sales", dataType: "integer", description: "Gross sales in cents", datasetUrn: FACT_SALE, dataset: { urn: FACT_SALE }, fieldPath: null },
    ]);
    // The datasets the sources name exist, with the table's FQN, and nothing else was overwritten.
    const dim = await gql(
      `query($urn: String!) { dataset(urn: $urn) { name properties { customProperties { key value } } schemaMetadata { fields { fieldPath } } } }`,
      { urn: DIM_CUSTOMER },
    );
    expect(dim.dataset.properties.customProperties).toEqual([{ key: "openmetadata.fqn", value: "warehouse.ecommerce_db.shopify.dim_customer" }]);
    expect(dim.dataset.schemaMetadata.fields).toHaveLength(4);
  });

  it("derives dataset → feature → model lineage from the feature sources", async () => {
    const up = await gql(
      `query($urn: String!) { searchAcrossLineage(input: { urn: $urn, direction: UPSTREAM, query: "*", count: 100 }) { total searchResults { degree entity { urn } } } }`,
      {
        urn: ETA_URN,
      },
    );
    const byUrn = Object.fromEntries(up.searchAcrossLineage.searchResults.map((r: any) => [r.entity.urn, r.degree]));
    expect(byUrn).toEqual({ [SALES]: 1, [PERSONA]: 1, [FACT_SALE]: 2, [DIM_CUSTOMER]: 2 });
    // Downstream of a shared table: the features of both models, then both models.
    const down = await gql(
      `query($urn: String!) { searchAcrossLineage(input: { urn: $urn, direction: DOWNSTREAM, query: "*", count: 100 }) { searchResults { degree entity { urn } } } }`,
      {
        urn: DIM_CUSTOMER,
      },
    );
    expect(Object.fromEntries(down.searchAcrossLineage.searchResults.map((r: any) => [r.entity.urn, r.degree]))).toEqual({
      [PERSONA]: 1,
      [PLAN]: 1,
      [ETA_URN]: 2,
      [CHURN_URN]: 2,
    });
    const g = await gql(`query($input: OrreryLineageGraphInput!) { lineageGraph(input: $input) { edges { source target type } } }`, {
      input: { urn: PERSONA, upstreamHops: 1, downstreamHops: 1 },
    });
    expect(g.lineageGraph.edges).toEqual(
      expect.arrayContaining([
        { source: DIM_CUSTOMER, target: PERSONA, type: "DerivedFrom" },
        { source: PERSONA, target: ETA_URN, type: "Consumes" },
      ]),
    );
  });

  it("derives feature table lineage too: a table's features and keys are upstream of it", async () => {
    const table = "urn:li:mlFeatureTable:(urn:li:dataPlatform:feast,customer_features)";
    const key = "urn:li:mlPrimaryKey:(customer_features,customer_id)";
    const r = ingestProposals(
      server.store,
      [
        mcp(key, "mlPrimaryKeyProperties", { sources: [DIM_CUSTOMER] }),
        mcp(table, "mlFeatureTableProperties", { mlFeatures: [PERSONA], mlPrimaryKeys: [key] }),
      ],
      "urn:li:corpuser:datahub",
    );
    expect(r.rejected).toBe(0);
    const up = await gql(
      `query($urn: String!) { searchAcrossLineage(input: { urn: $urn, direction: UPSTREAM, query: "*", count: 100 }) { searchResults { degree entity { urn } } } }`,
      {
        urn: table,
      },
    );
    expect(Object.fromEntries(up.searchAcrossLineage.searchResults.map((x: any) => [x.entity.urn, x.degree]))).toEqual({
      [PERSONA]: 1,
      [key]: 1,
      [DIM_CUSTOMER]: 2,
    });
    const down = await gql(
      `query($urn: String!) { mlFeature(urn: $urn) { lineage(input: { direction: DOWNSTREAM }) { relationships { type entity { urn } } } } }`,
      { urn: PERSONA },
    );
    expect(down.mlFeature.lineage.relationships).toEqual(
      expect.arrayContaining([
        { type: "Consumes", entity: { urn: ETA_URN } },
        { type: "Contains", entity: { urn: table } },
      ]),
    );
  });

  it("is idempotent: importing the same files again changes nothing", async () => {
    const before = server.store.dump();
    const again = await run(server.store, [FIXTURES]);
    expect(again.code).toBe(1); // the same two invalid models
    expect(again.out).toMatch(/3 of 5 models imported \(5 features, 4 datasets; (\d+) proposals, \1 unchanged\)/);
    expect(server.store.dump()).toEqual(before);
    const h = await gql(`query($urn: String!) { entityHistory(urn: $urn) { version total } }`, { urn: ETA_URN });
    expect(h.entityHistory).toEqual({ version: "0.1", total: 1 });
  });

  it("numbers versions as OpenMetadata does: a description is minor; the algorithm, the server and the target are major", async () => {
    const dir = tempDir("orrery-om-versions-");
    try {
      const version = async (urn: string) =>
        (await gql(`query($urn: String!) { entityHistory(urn: $urn) { version changes { version major } } }`, { urn })).entityHistory;
      const step = async (edit: (m: any) => void, file = "eta.json", src = ETA) => {
        const m = fixture(src);
        const target = m.data ? m.data : [m];
        for (const e of target) edit(e);
        fs.writeFileSync(path.join(dir, file), JSON.stringify(m));
        await sleep(5); // each import is its own moment
        const r = await run(server.store, [path.join(dir, file)]);
        return r;
      };
      expect((await step((m) => (m.description = "Predicts when an order arrives."))).code).toBe(0);
      expect((await version(ETA_URN)).version).toBe("0.2");
      await step((m) => {
        m.description = "Predicts when an order arrives.";
        m.algorithm = "Gradient Boosting";
      });
      expect((await version(ETA_URN)).version).toBe("1.2");
      await step((m) => {
        m.description = "Predicts when an order arrives.";
        m.algorithm = "Gradient Boosting";
        m.mlHyperParameters.push({ name: "learning_rate", value: "0.1" }); // minor
        m.tags = []; // minor
      });
      expect((await version(ETA_URN)).version).toBe("1.3");
      await step((m) => {
        m.description = "Predicts when an order arrives.";
        m.algorithm = "Gradient Boosting";
        m.mlHyperParameters.push({ name: "learning_rate", value: "0.1" });
        m.tags = [];
        m.server = "https://eta.ml.example.com/v2/predict";
      });
      const eta = await version(ETA_URN);
      expect(eta.version).toBe("2.3");
      expect(eta.changes.map((c: any) => [c.version, c.major])).toEqual([
        ["2.3", true],
        ["1.3", false],
        ["1.2", true],
        ["0.2", false],
        ["0.1", false],
      ]);
      // Adding a target where there was none is major too (OpenMetadata's put_MlModelAddTarget).
      await step(
        (m) => {
          if (m.name === "demand.forecast") m.target = "weekly_demand";
        },
        "list.json",
        LIST,
      );
      expect((await version(FORECAST_URN)).version).toBe("1.1");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes nothing for an invalid entity, even when the other entities of its file are imported", async () => {
    const dir = tempDir("orrery-om-invalid-");
    try {
      const base = fixture(ETA);
      const named = (name: string, extra: Record<string, unknown> = {}) => ({ ...base, name, ...extra });
      const invalid = [
        named("twice", { mlFeatures: [base.mlFeatures[0], { ...base.mlFeatures[1], name: "sales" }] }),
        named("no_param_name", { mlHyperParameters: [{ value: "1" }] }),
        named("bad_server", { server: "not a url" }),
        named("x".repeat(257)),
        named("bad_source", { mlFeatures: [{ ...base.mlFeatures[0], featureSources: [{ ...base.mlFeatures[0].featureSources[0], name: "a::b" }] }] }),
        named("control\u0001char"),
        named("huge_description", { description: "d".repeat(1_000_001) }),
        named("bad_owner", { owners: [{ id: base.owners[0].id, type: "user" }] }),
        "not an object",
      ];
      const onlyBad = path.join(dir, "bad.json");
      fs.writeFileSync(onlyBad, JSON.stringify({ data: invalid, paging: { total: invalid.length } }));
      const before = server.store.dump();
      const r = await run(server.store, [onlyBad]);
      expect(r.code).toBe(1);
      expect(server.store.dump()).toEqual(before);
      expect(r.out).toContain(`0 of ${invalid.length} models imported`);
      const report = (i: number) => r.out.split("\n").findIndex((l) => l.includes(`invalid ${onlyBad}#${i} `) || l.includes(`invalid ${onlyBad}#${i}:`));
      const expected: Array<[number, RegExp]> = [
        [0, /mlFeatures\.1\.name: feature "sales" is listed twice \(also mlFeatures\.0\)/],
        [1, /mlHyperParameters\.0\.name: is required/],
        [2, /server: must be a URI/],
        [3, /name: must be at most 256 characters/],
        [4, /mlFeatures\.0\.featureSources\.0\.name: must not contain "::"/],
        [5, /name: gives the invalid urn .*control character/],
        [6, /urn:li:mlModel:\(.*huge_description,PROD\) mlModelProperties\.description: must be at most 1000000 characters/],
        [7, /owners\.0\.name: is required to name the owner/],
        [8, /\(entity\): an MlModel must be a JSON object/],
      ];
      for (const [i, re] of expected) {
        expect(report(i), `entity ${i}`).toBeGreaterThanOrEqual(0);
        expect(r.out.split("\n")[report(i) + 1], `entity ${i}`).toMatch(re);
      }

      // The same invalid entity beside a valid one: the valid one is imported, the invalid one is not.
      const mixed = path.join(dir, "mixed.json");
      fs.writeFileSync(mixed, JSON.stringify({ data: [named("route_optimizer"), invalid[0]] }));
      const m = await run(server.store, [mixed]);
      expect(m.out).toContain("1 of 2 models imported");
      const urns = new Set((server.store.dump().aspects as Array<{ urn: string }>).map((a) => a.urn));
      expect(urns.has("urn:li:mlModel:(urn:li:dataPlatform:mlflow,mlflow_prod.route_optimizer,PROD)")).toBe(true);
      expect(urns.has("urn:li:mlFeature:(mlflow_prod.route_optimizer,persona)")).toBe(true);
      expect([...urns].some((u) => u.includes("mlflow_prod.twice"))).toBe(false);

      // The same model twice in one import: the second is refused.
      const dup = path.join(dir, "dup.json");
      fs.writeFileSync(dup, JSON.stringify([named("route_optimizer"), named("route_optimizer")]));
      const d = await run(server.store, [dup]);
      expect(d.out).toContain(`name: names the same model as ${dup}#0`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("one import is one change per model", () => {
  it("gives a model one version even when the clock moves while its aspects are written", async () => {
    const dir = tempDir("orrery-om-clock-");
    let tick = 1_700_000_000_000;
    const store = Store.open(path.join(dir, "c.db"), { now: () => tick++ }); // every reading of the clock moves it
    try {
      const r = await run(store, [ETA]);
      expect(r.code).toBe(0);
      const changes = buildHistory("mlModel", store.getAspectHistory(ETA_URN));
      expect(changes.map((c) => c.version)).toEqual(["0.1"]);
      expect(changes[0]!.aspects.map((a) => a.aspect).sort()).toEqual([
        "globalTags",
        "glossaryTerms",
        "mlModelProperties",
        "orreryMlModelServing",
        "ownership",
        "status",
      ]);
    } finally {
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("orrery import-openmetadata (the command)", () => {
  let dir: string;
  let server: TestServer;
  const cli = (args: string[]) => spawnSync("node", ["bin/orrery.js", "import-openmetadata", ...args], { encoding: "utf8" });
  /** The same, without blocking this process (which serves the test server). */
  const cliAsync = (args: string[]) =>
    new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      const child = spawn("node", ["bin/orrery.js", "import-openmetadata", ...args]);
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", (status) => resolve({ status: status ?? -1, stdout, stderr }));
    });
  beforeAll(async () => {
    dir = tempDir("orrery-om-cli-");
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("documents its options", () => {
    const help = cli(["--help"]).stdout;
    for (const o of ["--db", "--server", "--token", "--quiet", "--dataset-platform"]) expect(help).toContain(o);
  });

  it("writes to --db, maps database services with --dataset-platform, and exits 0 when every model is imported", () => {
    const db = path.join(dir, "mapped.db");
    const r = cli([ETA, "--db", db, "--dataset-platform", "warehouse=snowflake", "--quiet"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("1 of 1 model imported (2 features, 2 datasets;");
    const store = Store.open(db);
    try {
      expect(store.getAspect(ds("ecommerce_db.shopify.dim_customer", "snowflake"), "datasetProperties")?.value).toEqual({
        customProperties: { "openmetadata.fqn": "warehouse.ecommerce_db.shopify.dim_customer" },
      });
      expect(store.getAspect(PERSONA, "mlFeatureProperties")?.value.sources).toEqual([ds("ecommerce_db.shopify.dim_customer", "snowflake")]);
    } finally {
      store.close();
    }
    expect(cli([ETA, "--db", db, "--dataset-platform", "warehouse", "--quiet"]).stderr).toContain("expected SERVICE=PLATFORM");
  });

  it("exits 2 and writes nothing when a file cannot be read", () => {
    const db = path.join(dir, "broken.db");
    const broken = path.join(dir, "broken.json");
    fs.writeFileSync(broken, "{ not json");
    const r = cli([ETA, broken, "--db", db, "--quiet"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("broken.json: not valid JSON");
    expect(r.stderr).toContain("nothing was imported");
    expect(fs.existsSync(db)).toBe(false);
  });

  it("sends to a running server with --server and --token, one batch per model", async () => {
    const r = await cliAsync([FIXTURES, "--server", server.url, "--token", server.token("ingest"), "--quiet"]);
    expect(r.status).toBe(1); // the two invalid models of the fixtures
    expect(r.stdout).toContain("3 of 5 models imported");
    expect(server.store.getAspect(ETA_URN, "orreryMlModelServing")?.value).toMatchObject({ target: "ETA_time" });
    const none = cli([ETA, "--server", "http://127.0.0.1:9", "--quiet"]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/could not ask http:\/\/127\.0\.0\.1:9\/api\/graphql which extensions it offers.*nothing was sent/);
  });
});
