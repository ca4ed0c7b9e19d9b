/**
 * The read lane (server/graphql/read-lane.ts) answers a read yoga has passed before exactly as yoga
 * does: each request here is sent twice, the first answered by yoga (which teaches the lane the
 * document), the second by the lane, and the two answers must have the same status, content type and
 * body, for data, for errors a worker raises (bad arguments, bad variables, a budget refused), in
 * both schemas, under every Accept header the web app, curl and DataHub's clients send. What the lane
 * must leave to yoga (other media types, unknown parameters, writes, callers refused, an estimated
 * result over the limit) is left to it, and yoga's answer is the one given.
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Store } from "../server/store/store";
import { ingestProposals } from "../server/ingest/proposals";
import { createGraphQLEndpoint, type SchemaFlavour } from "../server/graphql/index";
import { LANE_DOCUMENTS, LANE_MAX_BODY, LANE_TEXT_BUDGET, ReadLane, regularMediaType } from "../server/graphql/read-lane";
import { parse } from "graphql";
import { principalOf } from "../server/http/identity";
import { MAX_GRAPHQL_BODY_BYTES, readBody } from "../server/http/body";
import { createToken } from "../server/store/tokens";
import { tempDir } from "./helpers";

const DS = "urn:li:dataset:(urn:li:dataPlatform:hive,lane_orders,PROD)";
const PAGE = `query Page($urn: String!) { dataset(urn: $urn) { urn name properties { name description } tags { tags { tag { urn } } } } }`;
const SEARCH = `query Find($q: String!, $n: Int) { searchAcrossEntities(input: { query: $q, count: $n }) { total searchResults { entity { urn } } } }`;

interface Endpoint {
  url: string;
  stats: { answered: number; declined: number };
  close: () => Promise<void>;
}

describe("the read lane", () => {
  let dir: string;
  let store: Store;
  const endpoints: Endpoint[] = [];

  /** The GraphQL route as server/http/graphql.ts runs it: the lane first, then yoga. */
  async function serve(opts: { schema?: SchemaFlavour; requireAuth?: boolean; limits?: { maxResultSize?: number } } = {}): Promise<Endpoint> {
    const { yoga, lane } = createGraphQLEndpoint({
      store,
      requireAuth: opts.requireAuth ?? false,
      principalOf: (req) => principalOf(store, req),
      schema: opts.schema,
      limits: opts.limits,
      readWorkers: 1,
    });
    expect(lane).not.toBeNull();
    const server = http.createServer((req, res) => {
      void (async () => {
        const body = req.method === "POST" ? await readBody(req, MAX_GRAPHQL_BODY_BYTES) : undefined;
        if (body !== undefined && (await lane!.answer(req, res, body))) return;
        (req as { body?: unknown }).body = body;
        await yoga(req, res);
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const endpoint = {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/graphql`,
      stats: lane!.stats,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
    endpoints.push(endpoint);
    return endpoint;
  }

  const post = async (ep: Endpoint, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(ep.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    // Every header but the date and the connection's own (keep-alive timing).
    const answered = Object.fromEntries([...res.headers].filter(([name]) => !["date", "connection", "keep-alive"].includes(name)));
    return { status: res.status, type: res.headers.get("content-type"), headers: answered, body: await res.text() };
  };

  /**
   * Sends a request twice: yoga answers the first, the lane the second; both answers are returned. The
   * query gets a comment of its own, so yoga has not seen its text before.
   */
  let cases = 0;
  const twice = async (ep: Endpoint, body: { query: string; [k: string]: unknown }, headers: Record<string, string> = {}) => {
    const fresh = { ...body, query: `${body.query}\n# case ${++cases}` };
    const before = ep.stats.answered;
    const first = await post(ep, fresh, headers);
    const byYoga = ep.stats.answered - before;
    const second = await post(ep, fresh, headers);
    return { first, second, byLane: ep.stats.answered - before - byYoga, byYoga };
  };

  beforeAll(() => {
    dir = tempDir("orrery-lane-");
    store = Store.open(path.join(dir, "catalog.db"));
    const r = ingestProposals(
      store,
      [
        { entityUrn: DS, changeType: "UPSERT", aspectName: "datasetProperties", aspect: { json: { name: "orders", description: "Orders, daily" } } },
        { entityUrn: DS, changeType: "UPSERT", aspectName: "globalTags", aspect: { json: { tags: [{ tag: "urn:li:tag:lane" }] } } },
      ],
      "urn:li:corpuser:test",
    );
    expect(r.rejected).toBe(0);
  });
  afterAll(async () => {
    for (const ep of endpoints) await ep.close();
    store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("picks the media type yoga picks", () => {
    expect(regularMediaType(undefined)).toBe("application/json");
    expect(regularMediaType("*/*")).toBe("application/json");
    expect(regularMediaType("application/*")).toBe("application/json");
    expect(regularMediaType("application/json")).toBe("application/json");
    expect(regularMediaType("application/graphql-response+json,application/json;q=0.9")).toBe("application/graphql-response+json");
    expect(regularMediaType("application/json, application/graphql-response+json")).toBe("application/json");
    expect(regularMediaType("text/html, application/graphql-response+json; charset=utf-8")).toBe("application/graphql-response+json");
    expect(regularMediaType("application/json; charset=latin1")).toBeNull();
    expect(regularMediaType("text/event-stream")).toBeNull();
    expect(regularMediaType("multipart/mixed")).toBeNull();
  });

  it("keeps a bounded number of documents and characters of their text", () => {
    const lane = new ReadLane({} as ConstructorParameters<typeof ReadLane>[0]);
    const doc = parse("{ __typename }");
    // Many small documents: the most recently used LANE_DOCUMENTS.
    for (let i = 0; i < LANE_DOCUMENTS + 50; i++) lane.learn(`{ __typename } # ${i}`, null, doc);
    expect(lane.size.documents).toBe(LANE_DOCUMENTS);
    // Large ones: no more text than LANE_TEXT_BUDGET, and none longer than a body the lane takes.
    const large = (i: number) => `{ __typename } # ${i} ${"x".repeat(60_000)}`;
    for (let i = 0; i < 100; i++) lane.learn(large(i), null, doc);
    expect(lane.size.characters).toBeLessThanOrEqual(LANE_TEXT_BUDGET);
    expect(lane.size.documents).toBeGreaterThan(20);
    const before = lane.size;
    lane.learn(`{ __typename } # ${"x".repeat(LANE_MAX_BODY)}`, null, doc);
    expect(lane.size).toEqual(before);
  });

  it("answers reads as yoga does, for every Accept header yoga answers with JSON", async () => {
    const ep = await serve();
    for (const accept of [undefined, "*/*", "application/json", "application/graphql-response+json,application/json;q=0.9", "text/html, application/*"]) {
      const headers: Record<string, string> = accept ? { accept } : {};
      const { first, second, byLane } = await twice(ep, { query: PAGE, variables: { urn: DS }, operationName: "Page" }, headers);
      expect(byLane, String(accept)).toBe(1);
      expect(second, String(accept)).toEqual(first);
      expect(first.status).toBe(200);
      expect(JSON.parse(second.body).data.dataset.properties.name).toBe("orders");
    }
    // Another urn, another search: the lane knows the document, whatever the variables.
    const other = await post(ep, { query: PAGE, variables: { urn: DS.replace("lane_orders", "lane_missing") }, operationName: "Page" });
    expect(JSON.parse(other.body)).toEqual({ data: { dataset: null } });
    const search = await twice(ep, { query: SEARCH, variables: { q: "orders", n: 5 } });
    expect(search.second).toEqual(search.first);
    expect(JSON.parse(search.second.body).data.searchAcrossEntities.total).toBe(1);
  });

  it("answers errors as yoga does, with the same status, in both schemas", async () => {
    for (const schema of ["orrery", "datahub"] as const) {
      const ep = await serve({ schema });
      const cases: Array<[string, { query: string; [k: string]: unknown }]> = [
        // an argument only a resolver finds wrong
        ["bad urn", { query: `{ dataset(urn: "urn:li:dataset:(oops") { urn } }` }],
        // a variable of the wrong type, and one missing
        ["bad variable", { query: PAGE, variables: { urn: 42 } }],
        ["missing variable", { query: PAGE, variables: {} }],
      ];
      for (const accept of [undefined, "application/graphql-response+json,application/json;q=0.9"])
        for (const [name, body] of cases) {
          const { first, second, byLane } = await twice(ep, body, accept ? { accept } : {});
          expect(byLane, `${schema} ${name} ${accept}`).toBe(1);
          expect(second, `${schema} ${name} ${accept}`).toEqual(first);
          expect(JSON.parse(second.body).errors.length).toBeGreaterThan(0);
        }
    }
  });

  it("answers a read its worker refuses over a limit as yoga does", async () => {
    const ep = await serve({ limits: { maxResultSize: 3 } });
    const { first, second, byLane } = await twice(ep, { query: PAGE, variables: { urn: DS } }, { accept: "application/graphql-response+json" });
    expect(byLane).toBe(1);
    expect(second).toEqual(first);
    expect(JSON.parse(second.body).errors[0].message).toMatch(/3 values/);
  });

  it("leaves to yoga what it is not sure of", async () => {
    const ep = await serve();
    await post(ep, { query: PAGE, variables: { urn: DS } });
    const declined = () => ep.stats.declined;
    let before = declined();
    // Another media type, parameters it does not handle, a batch.
    const stream = await post(ep, { query: PAGE, variables: { urn: DS } }, { accept: "text/event-stream" });
    expect(stream.type).toMatch(/text\/event-stream/);
    const extensions = await post(ep, { query: PAGE, variables: { urn: DS }, extensions: { persistedQuery: { version: 1 } } });
    await post(ep, { query: PAGE, variables: { urn: DS }, surprise: 1 });
    const batch = await post(ep, [{ query: PAGE, variables: { urn: DS } }]);
    expect(batch.status).toBeGreaterThanOrEqual(400);
    expect(extensions.status).toBe(200);
    // A body past LANE_MAX_BODY (a long list of urns): yoga parses it, once.
    const many = await post(ep, { query: PAGE, variables: { urn: DS, padding: "x".repeat(LANE_MAX_BODY) } });
    expect(JSON.parse(many.body).data.dataset.urn).toBe(DS);
    expect(declined() - before).toBe(5);
    // A write is never taught to the lane: yoga answers it each time.
    const token = createToken(store, { role: "editor" }).token;
    const mutation = { query: `mutation { updateDescription(input: { resourceUrn: "${DS}", description: "Orders, hourly" }) }` };
    before = declined();
    for (let i = 0; i < 2; i++) expect((await post(ep, mutation, { authorization: `Bearer ${token}` })).status).toBe(200);
    expect(declined() - before).toBe(2);
    // The page it knows, asked for a page size past the estimated limit: yoga refuses it.
    await post(ep, { query: SEARCH, variables: { q: "orders", n: 5 } });
    before = declined();
    const huge = `query Many($n: Int) { searchAcrossEntities(input: { query: "*", count: $n }) { searchResults { entity { urn
      ... on Dataset { relationships(input: { types: ["DownstreamOf"], direction: OUTGOING, count: 1000 }) { relationships { entity { urn } } } } } } } }`;
    expect((await post(ep, { query: huge, variables: { n: 1 } })).status).toBe(200);
    const refused = await post(ep, { query: huge, variables: { n: 5000 } });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatch(/result size limit/i);
    expect(declined() - before).toBeGreaterThanOrEqual(1);
  });

  it("leaves a caller it cannot let in to yoga", async () => {
    const ep = await serve({ requireAuth: true });
    const reader = createToken(store, { role: "reader" }).token;
    const asked = { query: PAGE, variables: { urn: DS } };
    const { first, second, byLane } = await twice(ep, asked, { authorization: `Bearer ${reader}` });
    expect(byLane).toBe(1);
    expect(second).toEqual(first);
    const before = ep.stats.declined;
    const anonymous = await post(ep, asked);
    expect(anonymous.status).toBe(401);
    const forged = await post(ep, asked, { authorization: "Bearer not-a-token" });
    expect(forged.status).toBe(401);
    expect(ep.stats.declined - before).toBe(2);
  });
});
