/**
 * A deployment as an entity of its own (Orrery's `orreryMlModelDeployment` and the
 * `OrreryMlModelDeployment` type), read back from DataHub's SageMaker golden file: what it says of
 * the endpoint, the models deployed to it across the ARN-versus-name split of DataHub's SageMaker
 * source, search; and the datahub flavour, which has no deployment type and never answers with one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestProposals } from "../server/ingest/proposals";
import { readProposalFile } from "../server/cli";
import { startTestServer, type TestServer } from "./helpers";

const FILE = "test/fixtures/datahub-golden/sagemaker_mces_golden.json";
const FIRST = "urn:li:mlModelDeployment:(urn:li:dataPlatform:sagemaker,the-first-endpoint,PROD)";
const SECOND = "urn:li:mlModelDeployment:(urn:li:dataPlatform:sagemaker,the-second-endpoint,PROD)";
const CONTAINER = "urn:li:container:endpoints";
const FIRST_MODEL = "urn:li:mlModel:(urn:li:dataPlatform:sagemaker,the-first-model,PROD)";
const SECOND_MODEL = "urn:li:mlModel:(urn:li:dataPlatform:sagemaker,the-second-model,PROD)";

/** The endpoint as the golden file states it (its MLModelDeploymentProperties). */
function endpointInFile(urn: string) {
  const mces = readProposalFile(FILE) as Array<{ proposedSnapshot?: Record<string, { urn: string; aspects: Array<Record<string, Record<string, unknown>>> }> }>;
  for (const m of mces) {
    const snap = m.proposedSnapshot && Object.values(m.proposedSnapshot)[0];
    if (snap?.urn !== urn) continue;
    for (const a of snap.aspects) {
      const props = a["com.linkedin.pegasus2avro.ml.metadata.MLModelDeploymentProperties"];
      if (props) return props;
    }
  }
  throw new Error(`no deployment ${urn} in ${FILE}`);
}

describe("a deployment's own page data, from DataHub's SageMaker golden file", () => {
  let server: TestServer;
  let plain: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    plain = await startTestServer({ schema: "datahub" });
    // and the first endpoint in a container of its own, for a container's entities
    const extra = [
      { entityType: "container", entityUrn: CONTAINER, changeType: "UPSERT", aspectName: "containerProperties", aspect: { json: { name: "endpoints" } } },
      { entityType: "mlModelDeployment", entityUrn: FIRST, changeType: "UPSERT", aspectName: "container", aspect: { json: { container: CONTAINER } } },
    ];
    for (const s of [server, plain]) expect(ingestProposals(s.store, [...readProposalFile(FILE), ...extra], "urn:li:corpuser:datahub").rejected).toBe(0);
  });
  afterAll(async () => {
    await server.stop();
    await plain.stop();
  });
  const gql = async (s: TestServer, query: string) => {
    const r = await s.graphql(query);
    expect(r.body.errors).toBeUndefined();
    return r.body.data;
  };

  it("reads one deployment by urn: what the file says, and the model deployed to it by its ARN", async () => {
    const d = await gql(
      server,
      `{ orreryMlModelDeployment(urn: "${FIRST}") { urn type exists name origin platform { urn } status { removed }
        properties { status createdAt description externalUrl version { versionTag } customProperties { key value } }
        models { urn name } } }`,
    );
    const file = endpointInFile(FIRST);
    const dep = d.orreryMlModelDeployment;
    expect(dep).toMatchObject({ urn: FIRST, type: "OTHER", exists: true, name: "the-first-endpoint", origin: "PROD", status: { removed: false } });
    expect(dep.platform).toEqual({ urn: "urn:li:dataPlatform:sagemaker" });
    expect(dep.properties.status).toBe(file.status);
    expect(dep.properties.status).toBe("IN_SERVICE");
    expect(dep.properties.createdAt).toBe(file.createdAt);
    expect(dep.properties.externalUrl).toBe(file.externalUrl);
    const custom = Object.fromEntries(dep.properties.customProperties.map((e: { key: string; value: string }) => [e.key, e.value]));
    expect(custom).toEqual(file.customProperties);
    // the model names the endpoint by its ARN (EndpointArn); the endpoint is stored under its name
    expect(dep.models).toEqual([{ urn: FIRST_MODEL, name: "the-first-model" }]);
    const second = await gql(server, `{ orreryMlModelDeployment(urn: "${SECOND}") { properties { status } models { urn } } }`);
    expect(second.orreryMlModelDeployment).toEqual({ properties: { status: "CREATING" }, models: [{ urn: SECOND_MODEL }] });
  });

  it("null for a deployment the catalog does not hold; a clear error for an urn of another kind", async () => {
    const none = await gql(server, `{ orreryMlModelDeployment(urn: "urn:li:mlModelDeployment:(urn:li:dataPlatform:sagemaker,nowhere,PROD)") { urn } }`);
    expect(none.orreryMlModelDeployment).toBeNull();
    const bad = await server.graphql(`{ orreryMlModelDeployment(urn: "${FIRST_MODEL}") { urn } }`);
    expect(bad.body.errors?.[0]?.message).toMatch(/is a mlModel, expected mlModelDeployment/);
  });

  it("deployments are found by search, as entities whose type is OTHER", async () => {
    const s = await gql(server, `{ searchAcrossEntities(input: { query: "the-first-endpoint" }) { searchResults { entity { urn type __typename } } } }`);
    expect(s.searchAcrossEntities.searchResults).toContainEqual({ entity: { urn: FIRST, type: "OTHER", __typename: "OrreryMlModelDeployment" } });
    const all = await gql(server, `{ searchAcrossEntities(input: { query: "*", types: [OTHER], count: 10 }) { total searchResults { entity { urn } } } }`);
    expect(all.searchAcrossEntities.searchResults.map((r: { entity: { urn: string } }) => r.entity.urn).sort()).toEqual([FIRST, SECOND]);
    const rel = await gql(
      server,
      `{ entities(urns: ["${FIRST}"]) { urn ... on OrreryMlModelDeployment { relationships(input: { types: ["DeployedTo"], direction: INCOMING }) { total } } } }`,
    );
    // DataHub's relationship names the ARN, so the one read by name has none; `models` bridges them
    expect(rel.entities).toEqual([{ urn: FIRST, relationships: { total: 0 } }]);
  });

  it("the datahub flavour has no deployment type: search, a container's entities and entities(urns:) leave deployments out", async () => {
    const s = await gql(plain, `{ searchAcrossEntities(input: { query: "*", count: 100 }) { total searchResults { entity { urn type } } } }`);
    const urns = s.searchAcrossEntities.searchResults.map((r: { entity: { urn: string } }) => r.entity.urn);
    expect(urns).toContain(FIRST_MODEL);
    expect(urns.filter((u: string) => u.startsWith("urn:li:mlModelDeployment:"))).toEqual([]);
    expect(s.searchAcrossEntities.total).toBe(urns.length);
    const e = await gql(plain, `{ entities(urns: ["${FIRST}", "${FIRST_MODEL}"]) { urn } }`);
    expect(e.entities).toEqual([{ urn: FIRST_MODEL }]);
    const inContainer = `{ container(urn: "${CONTAINER}") { entities(input: { start: 0, count: 10 }) { total searchResults { entity { urn } } } } }`;
    expect((await gql(server, inContainer)).container.entities).toEqual({ total: 1, searchResults: [{ entity: { urn: FIRST } }] });
    expect((await gql(plain, inContainer)).container.entities).toEqual({ total: 0, searchResults: [] });
    const missing = await plain.graphql(`{ orreryMlModelDeployment(urn: "${FIRST}") { urn } }`);
    expect(missing.body.errors?.[0]?.message).toMatch(/Cannot query field "orreryMlModelDeployment"/);
  });
});
