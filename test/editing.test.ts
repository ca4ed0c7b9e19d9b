/** Editing through DataHub's mutations: no lost updates for descriptions, edits survive re-ingestion. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers";

const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,editing_model,PROD)";
const UPDATE = `mutation($input: DescriptionUpdateInput!) { updateDescription(input: $input) }`;
const READ = `query($urn: String!) { mlModel(urn: $urn) { properties { description } editableProperties { description } } }`;

describe("descriptions", () => {
  let server: TestServer;
  const ingest = (description: string) =>
    server.post(
      "/aspects?action=ingestProposal",
      {
        proposal: {
          entityType: "mlModel",
          entityUrn: MODEL,
          changeType: "UPSERT",
          aspectName: "mlModelProperties",
          aspect: { json: { name: "Editing model", description } },
        },
      },
      server.token("ingest"),
    );
  beforeAll(async () => {
    server = await startTestServer();
    expect((await ingest("From the pipeline.")).status).toBe(200);
  });
  afterAll(() => server.stop());

  const save = (description: string, expectedDescription?: string, token = server.token("editor")) =>
    server.graphql(UPDATE, { input: { resourceUrn: MODEL, description, ...(expectedDescription !== undefined ? { expectedDescription } : {}) } }, token);

  it("saves when the stored description is the one the person started from", async () => {
    const r = await save("Alice's text.", "From the pipeline.");
    expect(r.body.errors).toBeUndefined();
    expect((await server.graphql(READ, { urn: MODEL })).body.data.mlModel.editableProperties.description).toBe("Alice's text.");
  });

  it("refuses a second save made from the older text, says what is stored now, and writes nothing", async () => {
    const r = await save("Bob's text.", "From the pipeline.");
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", current: "Alice's text." });
    expect(r.body.errors?.[0]?.extensions?.actor).toMatch(/^urn:li:corpuser:/);
    expect((await server.graphql(READ, { urn: MODEL })).body.data.mlModel.editableProperties.description).toBe("Alice's text.");
    // Having seen Alice's text, Bob saves on top of it.
    expect((await save("Bob's text.", "Alice's text.")).body.errors).toBeUndefined();
  });

  it("without expectedDescription overwrites, as DataHub does", async () => {
    expect((await save("Plain overwrite.")).body.errors).toBeUndefined();
    expect((await server.graphql(READ, { urn: MODEL })).body.data.mlModel.editableProperties.description).toBe("Plain overwrite.");
  });

  it("keeps the person's description when the pipeline re-ingests its own", async () => {
    expect((await ingest("From the pipeline, again.")).status).toBe(200);
    const m = (await server.graphql(READ, { urn: MODEL })).body.data.mlModel;
    expect(m.properties.description).toBe("From the pipeline, again.");
    expect(m.editableProperties.description).toBe("Plain overwrite.");
  });

  it("needs the edit permission and a string for expectedDescription", async () => {
    expect((await save("x", undefined, server.token("reader"))).body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await server.graphql(UPDATE, { input: { resourceUrn: MODEL, description: "x" } })).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const wrong = await server.graphql(UPDATE, { input: { resourceUrn: MODEL, description: "x", expectedDescription: 5 } }, server.token("editor"));
    expect(wrong.body.errors?.[0]?.message).toMatch(/String/);
  });
});
