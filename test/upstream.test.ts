/**
 * Upstream mode: an Orrery serving the app and sign-in while GraphQL goes to another catalog — here a
 * second, real Orrery (with and without its extensions, the latter standing in for a plain DataHub).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readJson, startTestServer, type TestServer } from "./helpers";

const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)";
const READ = `query($urn: String!) { mlModel(urn: $urn) { urn name properties { name } tags { tags { tag { urn } } } } }`;
const ADD_TAG = `mutation($i: TagAssociationInput!) { addTag(input: $i) }`;
const INFO = `query { orreryInfo { extensions } }`;
const ME = `query Me { me { corpUser { urn } platformPrivileges { manageTags } } }`;

async function seed(server: TestServer) {
  const r = await server.post(
    "/aspects?action=ingestProposalBatch",
    { proposals: readJson<unknown[]>("server/demo/tutorial/proposals.json") },
    server.token("ingest"),
  );
  expect(r.status).toBe(200);
}

describe("in front of another Orrery", () => {
  let upstream: TestServer;
  let front: TestServer;
  let upstreamToken: string;
  beforeAll(async () => {
    upstream = await startTestServer();
    await seed(upstream);
    upstreamToken = upstream.token("editor");
    front = await startTestServer({ upstream: { url: `${upstream.url}/api/graphql`, token: upstreamToken } });
  });
  afterAll(async () => {
    await front.stop();
    await upstream.stop();
  });

  it("answers reads from the upstream, identical to asking it directly", async () => {
    const direct = await upstream.graphql(READ, { urn: MODEL });
    const proxied = await front.graphql(READ, { urn: MODEL });
    expect(proxied.status).toBe(200);
    expect(proxied.body).toEqual(direct.body);
    expect(proxied.body.data.mlModel.properties.name).toBe("ARIMA Model");
    expect((await front.graphql(INFO)).body.data.orreryInfo.extensions).toContain("lineageGraph");
  });

  it("keeps the embedded store out of it: the front's own catalog stays empty", async () => {
    expect(front.store.countByType().size).toBe(0);
  });

  it("refuses writes from visitors without an Orrery sign-in, before anything reaches the upstream", async () => {
    const before = upstream.store.dump();
    const anon = await front.graphql(ADD_TAG, { i: { resourceUrn: MODEL, tagUrn: "urn:li:tag:via_proxy" } });
    expect(anon.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const reader = await front.graphql(ADD_TAG, { i: { resourceUrn: MODEL, tagUrn: "urn:li:tag:via_proxy" } }, front.token("reader"));
    expect(reader.body.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(upstream.store.dump()).toEqual(before);
  });

  it("sends an Orrery editor's write upstream with the upstream token", async () => {
    const r = await front.graphql(ADD_TAG, { i: { resourceUrn: MODEL, tagUrn: "urn:li:tag:via_proxy" } }, front.token("editor"));
    expect(r.body).toEqual({ data: { addTag: true } });
    const tags = (await upstream.graphql(READ, { urn: MODEL })).body.data.mlModel.tags.tags.map((t: any) => t.tag.urn);
    expect(tags).toContain("urn:li:tag:via_proxy");
    // The upstream records the service account it was given.
    const rec = upstream.store.getAspect(MODEL, "globalTags");
    expect(rec?.createdBy).toMatch(/^urn:li:corpuser:/);
  });

  it("answers `me` itself: the person signed in here, not the upstream's service account", async () => {
    expect((await front.graphql(ME)).body).toEqual({ data: { me: null } });
    const editor = (await front.graphql(ME, {}, front.token("editor"))).body.data.me;
    expect(editor.platformPrivileges.manageTags).toBe(true);
    const reader = (await front.graphql(ME, {}, front.token("reader"))).body.data.me;
    expect(reader.platformPrivileges.manageTags).toBe(false);
  });

  it("passes a caller's own upstream token through", async () => {
    const own = upstream.token("reader");
    const r = await front.graphql(ADD_TAG, { i: { resourceUrn: MODEL, tagUrn: "urn:li:tag:as_reader" } }, own);
    // The upstream, not the front, refuses it: the caller is a reader there.
    expect(r.body.errors[0].extensions.code).toBe("FORBIDDEN");
    expect((await front.graphql(READ, { urn: MODEL }, own)).body.data.mlModel.urn).toBe(MODEL);
  });

  it("turns malformed requests into clear errors without asking the upstream", async () => {
    const bad = await front.post("/api/graphql", "{not json", undefined, true);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].message).toMatch(/not valid JSON/);
    const syntax = await front.post("/api/graphql", { query: "query {" });
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
    const batch = await front.post("/api/graphql", [{ query: "{ __typename }" }]);
    expect(batch.status).toBe(400);
  });
});

describe("in front of a catalog without Orrery's extensions", () => {
  let upstream: TestServer;
  let front: TestServer;
  beforeAll(async () => {
    upstream = await startTestServer({ schema: "datahub" });
    await seed(upstream);
    front = await startTestServer({ upstream: { url: `${upstream.url}/api/graphql`, token: upstream.token("editor") } });
  });
  afterAll(async () => {
    await front.stop();
    await upstream.stop();
  });

  it("serves DataHub's fields and reports the missing extensions as GraphQL validation errors", async () => {
    expect((await front.graphql(READ, { urn: MODEL })).body.data.mlModel.properties.name).toBe("ARIMA Model");
    const info = await front.graphql(INFO);
    expect(info.body.errors[0].message).toMatch(/orreryInfo/);
    const graph = await front.graphql(`query { lineageGraph(input: { urn: "${MODEL}" }) { nodes { urn } } }`);
    expect(graph.body.errors[0].message).toMatch(/lineageGraph/);
  });
});

describe("when the upstream is down or not GraphQL", () => {
  let front: TestServer;
  let htmlServer: http.Server;
  let htmlUrl: string;
  beforeAll(async () => {
    htmlServer = http.createServer((_, res) => {
      res.writeHead(401, { "content-type": "text/html" });
      res.end("<html>login</html>");
    });
    await new Promise<void>((r) => htmlServer.listen(0, "127.0.0.1", () => r()));
    htmlUrl = `http://127.0.0.1:${(htmlServer.address() as AddressInfo).port}/api/graphql`;
  });
  afterAll(async () => {
    await front?.stop();
    htmlServer.close();
  });

  it("says 502 with a GraphQL-shaped error when nothing listens", async () => {
    front = await startTestServer({ upstream: { url: "http://127.0.0.1:9/api/graphql" } });
    const r = await front.graphql(READ, { urn: MODEL });
    expect(r.status).toBe(502);
    expect(r.body.errors[0]).toMatchObject({ extensions: { code: "UPSTREAM_UNAVAILABLE" } });
    expect(r.body.errors[0].message).toMatch(/could not be reached/);
    await front.stop();
  });

  it("names a refused upstream token", async () => {
    front = await startTestServer({ upstream: { url: htmlUrl, token: "wrong" } });
    const r = await front.graphql(READ, { urn: MODEL });
    expect(r.status).toBe(401);
    expect(r.body.errors[0].message).toMatch(/--upstream-token/);
  });
});
