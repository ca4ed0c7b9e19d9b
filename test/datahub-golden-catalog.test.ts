/**
 * What DataHub's golden files say of deployments, containers of models, glossary nodes, structured
 * properties and dataset timeseries, read back over GraphQL field by field; and domains, which no
 * golden file uses, from a small file in the same form.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { ingestProposals } from "../server/ingest/proposals";
import { readProposalFile } from "../server/cli";
import { startTestServer, type TestServer } from "./helpers";

const DIR = "test/fixtures/datahub-golden";
const SAGEMAKER_MODEL = "urn:li:mlModel:(urn:li:dataPlatform:sagemaker,the-first-model,PROD)";
const SDK_MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,test_model,PROD)";
const SDK_GROUP = "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,test_group,PROD)";
const UC_MODEL = "urn:li:mlModel:(urn:li:dataPlatform:databricks,quickstart_catalog.quickstart_schema.test_model_1,PROD)";
const UC_GROUP = "urn:li:mlModelGroup:(urn:li:dataPlatform:databricks,quickstart_catalog.quickstart_schema.test_model,PROD)";
const VERTEX_FLOW = "urn:li:dataFlow:(vertexai,Mock Pipeline,PROD)";
const VERTEX_JOB = "urn:li:dataJob:(urn:li:dataFlow:(vertexai,Mock Pipeline,PROD),reverse)";
const DOMAIN = "urn:li:domain:marketing";
const SUB_DOMAIN = "urn:li:domain:campaigns";

const mcp = (entityUrn: string, aspectName: string, json: unknown) => ({
  entityType: entityUrn.split(":")[2],
  entityUrn,
  changeType: "UPSERT",
  aspectName,
  aspect: { json },
});

describe("DataHub's golden files, the catalog's organising kinds, read back over GraphQL", () => {
  let server: TestServer;
  const gql = async (query: string) => {
    const r = await server.graphql(query);
    expect(r.body.errors).toBeUndefined();
    return r.body.data;
  };
  beforeAll(async () => {
    server = await startTestServer();
    for (const f of [
      "sagemaker_mces_golden.json",
      "sdk_v2_test_mlmodel_structured_properties_golden.json",
      "sdk_v2_test_mlmodelgroup_structured_properties_golden.json",
      "unity_catalog_ml_model_mces_golden.json",
      "bootstrap_mce.json",
      "vertexai_mcps_golden.json",
    ])
      ingestProposals(server.store, readProposalFile(path.join(DIR, f)), "urn:li:corpuser:datahub");
    const report = ingestProposals(
      server.store,
      [
        mcp(DOMAIN, "domainProperties", { name: "Marketing", description: "Campaigns and their audiences" }),
        mcp(SUB_DOMAIN, "domainProperties", { name: "Campaigns", parentDomain: DOMAIN }),
        mcp(SDK_MODEL, "domains", { domains: [SUB_DOMAIN] }),
        mcp(SDK_GROUP, "domains", { domains: [DOMAIN] }),
        mcp(VERTEX_FLOW, "structuredProperties", { properties: [{ propertyUrn: "urn:li:structuredProperty:sp1", values: [{ string: "gold" }] }] }),
        mcp(VERTEX_JOB, "structuredProperties", { properties: [{ propertyUrn: "urn:li:structuredProperty:sp1", values: [{ double: 2 }] }] }),
        mcp("urn:li:structuredProperty:sp1", "propertyDefinition", {
          qualifiedName: "sp1",
          displayName: "Retention tier",
          valueType: "urn:li:dataType:datahub.string",
          cardinality: "SINGLE",
          entityTypes: ["urn:li:entityType:datahub.mlModel", "urn:li:entityType:datahub.mlModelGroup"],
        }),
      ],
      "urn:li:corpuser:datahub",
    );
    expect(report.rejected).toBe(0);
  });
  afterAll(() => server.stop());

  it("a SageMaker model's deployment: status, creation and link from the file, found by the endpoint's ARN", async () => {
    const d = await gql(`{ mlModel(urn: "${SAGEMAKER_MODEL}") { orreryDeployments { urn exists name origin platform { urn }
      properties { status createdAt version { versionTag } externalUrl description customProperties { key value } } } } }`);
    const [dep] = d.mlModel.orreryDeployments;
    expect(d.mlModel.orreryDeployments).toHaveLength(1);
    // The model names the endpoint by its ARN; the file stores the endpoint under its name.
    expect(dep).toMatchObject({
      urn: "urn:li:mlModelDeployment:(urn:li:dataPlatform:sagemaker,the-first-endpoint,PROD)",
      exists: true,
      name: "the-first-endpoint",
      origin: "PROD",
      platform: { urn: "urn:li:dataPlatform:sagemaker" },
    });
    expect(dep.properties).toMatchObject({
      status: "IN_SERVICE",
      createdAt: 1420070400000,
      version: null,
      description: null,
      externalUrl: "https://us-west-2.console.aws.amazon.com/sagemaker/home?region=us-west-2#/endpoints/the-first-endpoint",
    });
    expect(dep.properties.customProperties).toContainEqual({ key: "EndpointStatus", value: "InService" });
    const second = await gql(
      `{ mlModel(urn: "urn:li:mlModel:(urn:li:dataPlatform:sagemaker,the-second-model,PROD)") { orreryDeployments { name properties { status } } } }`,
    );
    expect(second.mlModel.orreryDeployments).toEqual([{ name: "the-second-endpoint", properties: { status: "CREATING" } }]);
  });

  it("the DeployedTo edge, as DataHub names it", async () => {
    const d = await gql(`{ mlModel(urn: "${SAGEMAKER_MODEL}") { relationships(input: { types: ["DeployedTo"], direction: OUTGOING }) { total } } }`);
    // The edge points at the urn the model gives (the ARN form), which the file does not store.
    expect(d.mlModel.relationships.total).toBe(0);
    expect(
      server.store.isReferenced(
        "urn:li:mlModelDeployment:(urn:li:dataPlatform:sagemaker,arn:aws:sagemaker:us-west-2:123412341234:endpoint/the-first-endpoint,PROD)",
        "DeployedTo",
      ),
    ).toBe(true);
  });

  it("a structured property's value on a model and a group, and its display name", async () => {
    const q = (kind: string, urn: string) =>
      gql(`{ ${kind}(urn: "${urn}") { structuredProperties { properties { associatedUrn structuredProperty { urn exists definition { displayName qualifiedName valueType { urn info { type } } cardinality entityTypes { info { type } } } }
        values { __typename ... on StringValue { stringValue } ... on NumberValue { numberValue } } } } } }`);
    const model = (await q("mlModel", SDK_MODEL)).mlModel.structuredProperties.properties;
    expect(model.map((p: { values: unknown[] }) => p.values)).toEqual([
      [{ __typename: "StringValue", stringValue: "updated_value" }],
      [{ __typename: "StringValue", stringValue: "value2" }],
      [{ __typename: "StringValue", stringValue: "new_value" }],
    ]);
    expect(model[0].associatedUrn).toBe(SDK_MODEL);
    expect(model[0].structuredProperty).toEqual({
      urn: "urn:li:structuredProperty:sp1",
      exists: true,
      definition: {
        displayName: "Retention tier",
        qualifiedName: "sp1",
        valueType: { urn: "urn:li:dataType:datahub.string", info: { type: "STRING" } },
        cardinality: "SINGLE",
        entityTypes: [{ info: { type: "MLMODEL" } }, { info: { type: "MLMODEL_GROUP" } }],
      },
    });
    // A property the catalog has no definition of: its qualified name is its urn's id.
    expect(model[1].structuredProperty).toMatchObject({
      urn: "urn:li:structuredProperty:sp2",
      exists: false,
      definition: { displayName: null, qualifiedName: "sp2" },
    });
    const group = (await q("mlModelGroup", SDK_GROUP)).mlModelGroup.structuredProperties.properties;
    expect(group[2].values).toEqual([{ __typename: "StringValue", stringValue: "new_value" }]);
    const sp = await gql(`{ structuredProperty(urn: "urn:li:structuredProperty:sp1") { type definition { displayName } } }`);
    expect(sp.structuredProperty).toEqual({ type: "STRUCTURED_PROPERTY", definition: { displayName: "Retention tier" } });
  });

  it("a pipeline's and a job's structured properties (DataHub's dataFlow and dataJob carry them)", async () => {
    const d =
      await gql(`{ dataFlow(urn: "${VERTEX_FLOW}") { structuredProperties { properties { structuredProperty { urn } values { ... on StringValue { stringValue } } } } }
      dataJob(urn: "${VERTEX_JOB}") { structuredProperties { properties { values { ... on NumberValue { numberValue } } } } } }`);
    expect(d.dataFlow.structuredProperties.properties).toEqual([
      { structuredProperty: { urn: "urn:li:structuredProperty:sp1" }, values: [{ stringValue: "gold" }] },
    ]);
    expect(d.dataJob.structuredProperties.properties).toEqual([{ values: [{ numberValue: 2 }] }]);
  });

  it("a Unity Catalog model's and group's container", async () => {
    const d = await gql(`{ mlModel(urn: "${UC_MODEL}") { container { urn properties { name } } }
      mlModelGroup(urn: "${UC_GROUP}") { container { urn properties { name } parentContainers { containers { properties { name } } } } } }`);
    expect(d.mlModel.container).toEqual({ urn: "urn:li:container:934b6043df189ef6dc63ac3519be34ac", properties: { name: "quickstart_schema" } });
    expect(d.mlModelGroup.container.properties.name).toBe("quickstart_schema");
    expect(d.mlModelGroup.container.parentContainers.containers).toEqual([{ properties: { name: "quickstart_catalog" } }]);
  });

  it("a glossary node, and a term's parent node", async () => {
    const d =
      await gql(`{ glossaryNode(urn: "urn:li:glossaryNode:ClientsAndAccounts") { urn type exists properties { name description } ownership { owners { owner { ... on CorpUser { urn } } type } } parentNodes { count } }
      glossaryTerm(urn: "urn:li:glossaryTerm:AccountBalance") { parentNodes { count nodes { urn properties { name } } } } }`);
    expect(d.glossaryNode).toEqual({
      urn: "urn:li:glossaryNode:ClientsAndAccounts",
      type: "GLOSSARY_NODE",
      exists: true,
      properties: { name: "ClientsAndAccounts", description: expect.stringMatching(/^Provides basic concepts such as account/) },
      ownership: { owners: [{ owner: { urn: "urn:li:corpuser:jdoe" }, type: "DATAOWNER" }] },
      parentNodes: { count: 0 },
    });
    expect(d.glossaryTerm.parentNodes).toEqual({
      count: 1,
      nodes: [{ urn: "urn:li:glossaryNode:ClientsAndAccounts", properties: { name: "ClientsAndAccounts" } }],
    });
    const s = await gql(`{ searchAcrossEntities(input: { types: [GLOSSARY_NODE], query: "counterparty" }) { total searchResults { entity { urn } } } }`);
    expect(s.searchAcrossEntities.searchResults).toEqual([{ entity: { urn: "urn:li:glossaryNode:ClientsAndAccounts" } }]);
  });

  it("a dataset's profiles, usage statistics and operations are kept as timeseries points", () => {
    const DS = "urn:li:dataset:(urn:li:dataPlatform:hive,SampleHiveDataset,PROD)";
    const points = (aspect: string) =>
      server.store.dump().timeseries.filter((t) => (t as { urn: string; aspect: string }).urn === DS && (t as { aspect: string }).aspect === aspect);
    expect(
      points("datasetProfile")
        .map((t) => JSON.parse((t as { value: string }).value).rowCount)
        .sort(),
    ).toEqual([3500, 4500]);
    expect(
      points("operation")
        .map((t) => JSON.parse((t as { value: string }).value).operationType)
        .sort(),
    ).toEqual(["INSERT", "UPDATE"]);
    expect(JSON.parse((points("datasetUsageStatistics")[0] as { value: string }).value).totalSqlQueries).toBe(2);
  });

  it("a domain: its properties, parents, assets, and an asset's domain; a domains facet and filter", async () => {
    const d = await gql(`{ domain(urn: "${SUB_DOMAIN}") { urn type id properties { name description } parentDomains { count domains { urn } }
      entities(input: { start: 0, count: 10 }) { total searchResults { entity { urn } } } }
      mlModel(urn: "${SDK_MODEL}") { domain { associatedUrn domain { urn properties { name } } } } }`);
    expect(d.domain).toEqual({
      urn: SUB_DOMAIN,
      type: "DOMAIN",
      id: "campaigns",
      properties: { name: "Campaigns", description: null },
      parentDomains: { count: 1, domains: [{ urn: DOMAIN }] },
      entities: { total: 1, searchResults: [{ entity: { urn: SDK_MODEL } }] },
    });
    expect(d.mlModel.domain).toEqual({ associatedUrn: SDK_MODEL, domain: { urn: SUB_DOMAIN, properties: { name: "Campaigns" } } });
    const s = await gql(
      `{ searchAcrossEntities(input: { query: "*", filters: [{ field: "domains", values: ["${DOMAIN}"] }] }) { total searchResults { entity { urn } } facets { field displayName aggregations { value count } } } }`,
    );
    expect(s.searchAcrossEntities.searchResults).toEqual([{ entity: { urn: SDK_GROUP } }]);
    const facet = s.searchAcrossEntities.facets.find((f: { field: string }) => f.field === "domains");
    expect(facet).toEqual({ field: "domains", displayName: "Domain", aggregations: [{ value: DOMAIN, count: 1 }] });
    const rel = await gql(
      `{ mlModelGroup(urn: "${SDK_GROUP}") { relationships(input: { types: ["AssociatedWith"], direction: OUTGOING }) { relationships { entity { urn } } } } }`,
    );
    expect(rel.mlModelGroup.relationships.relationships).toEqual([{ entity: { urn: DOMAIN } }]);
  });
});
