/**
 * Errors in each schema's shape. `--schema datahub`: a resolver's error is HTTP 200 with DataHub's
 * numeric `extensions.code` and its `type`; a request's own error (sign-in required for reads, a
 * document that does not validate) keeps its HTTP status and message and gets the number and type.
 * `--schema orrery`: string codes, with the HTTP status they imply (401, 403, 400).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { startTestServer, type TestServer } from "./helpers";
import { ingestProposals } from "../server/ingest/proposals";
import { datahubCode, toDataHubError } from "../server/graphql/errors";

const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,error_shape,PROD)";
const SEED = [{ entityUrn: MODEL, changeType: "UPSERT", aspectName: "mlModelProperties", aspect: { json: { name: "error shape" } } }];
const DESCRIBE = `mutation($input: DescriptionUpdateInput!) { updateDescription(input: $input) }`;
const input = { resourceUrn: MODEL, description: "new" };

describe("DataHub's error shape (--schema datahub)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ schema: "datahub" });
    expect(ingestProposals(server.store, SEED, "urn:li:corpuser:datahub").rejected).toBe(0);
  });
  afterAll(() => server.stop());

  it("a write without sign-in: HTTP 200, code 401", async () => {
    const r = await server.graphql(DESCRIBE, { input });
    expect(r.status).toBe(200);
    expect(r.body.errors[0].extensions).toEqual({ code: 401, type: "UNAUTHENTICATED" });
    expect(r.body.errors[0].message).toMatch(/sign in/);
  });

  it("a role that may not: HTTP 200, code 403 UNAUTHORIZED", async () => {
    const r = await server.graphql(DESCRIBE, { input }, server.token("reader"));
    expect(r.status).toBe(200);
    expect(r.body.errors[0].extensions).toEqual({ code: 403, type: "UNAUTHORIZED" });
  });

  it("bad input: HTTP 200, code 400 BAD_REQUEST, with the message", async () => {
    const r = await server.graphql(DESCRIBE, { input: { ...input, resourceUrn: "urn:li:mlModel:nope" } }, server.token("editor"));
    expect(r.status).toBe(200);
    expect(r.body.errors[0].extensions).toMatchObject({ code: 400, type: "BAD_REQUEST" });
    const view = await server.graphql(`{ searchAcrossEntities(input: { query: "*", viewUrn: "urn:li:dataHubView:v" }) { total } }`);
    expect(view.status).toBe(200);
    expect(view.body.errors[0]).toMatchObject({ message: expect.stringMatching(/views are not supported/), extensions: { code: 400, type: "BAD_REQUEST" } });
    // A read refused by the store's rules is written the same way (the read workers map their answers alike).
    const read = await server.graphql(
      `{ searchAcrossEntities(input: { query: "*", orFilters: [{ and: [{ field: "colour", values: ["red"] }] }] }) { total } }`,
    );
    expect(read.status).toBe(200);
    expect(read.body.errors[0].extensions).toMatchObject({ code: 400, type: "BAD_REQUEST" });
  });

  it("the edit succeeds with the permission; a document that does not validate keeps a clear message", async () => {
    const ok = await server.graphql(DESCRIBE, { input }, server.token("editor"));
    expect(ok.body).toEqual({ data: { updateDescription: true } });
    const invalid = await server.graphql(`{ mlModel(urn: "${MODEL}") { noSuchField } }`);
    expect(invalid.body.errors[0].message).toMatch(/Cannot query field "noSuchField"/);
    expect(invalid.body.errors[0].extensions).toMatchObject({ code: 400, type: "BAD_REQUEST" });
  });
});

describe("Orrery's error shape (--schema orrery)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    expect(ingestProposals(server.store, SEED, "urn:li:corpuser:datahub").rejected).toBe(0);
  });
  afterAll(() => server.stop());

  it("string codes with the HTTP status they imply", async () => {
    const anonymous = await server.graphql(DESCRIBE, { input });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const reader = await server.graphql(DESCRIBE, { input }, server.token("reader"));
    expect(reader.status).toBe(403);
    expect(reader.body.errors[0].extensions.code).toBe("FORBIDDEN");
    const bad = await server.graphql(DESCRIBE, { input: { ...input, resourceUrn: "urn:li:mlModel:nope" } }, server.token("editor"));
    expect(bad.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });
});

describe("toDataHubError", () => {
  it("maps every code Orrery uses to DataHub's number and type, keeps the other extensions", () => {
    expect(datahubCode({ code: "CONFLICT" })).toEqual({ code: 409, type: "CONFLICT" });
    expect(datahubCode({ code: "NOT_FOUND" })).toEqual({ code: 404, type: "NOT_FOUND" });
    expect(datahubCode({ code: "INTERNAL_SERVER_ERROR" })).toEqual({ code: 500, type: "SERVER_ERROR" });
    expect(datahubCode({ code: "SERVICE_UNAVAILABLE" })).toEqual({ code: 503, type: "SERVICE_UNAVAILABLE" });
    expect(datahubCode({})).toEqual({ code: 500, type: "SERVER_ERROR" });
    const conflict = toDataHubError(
      new GraphQLError("changed by someone else", { path: ["updateDescription"], extensions: { code: "CONFLICT", current: "theirs", http: { status: 409 } } }),
    );
    expect(conflict.extensions).toEqual({ code: 409, type: "CONFLICT", current: "theirs" });
    // A request's own error (no path) keeps its HTTP status.
    const signIn = toDataHubError(new GraphQLError("sign in", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } }));
    expect(signIn.extensions).toEqual({ code: 401, type: "UNAUTHENTICATED", http: { status: 401 } });
    // Already in DataHub's shape: unchanged.
    expect(toDataHubError(conflict).extensions).toEqual(conflict.extensions);
  });
});
