/**
 * DataHub's list roots over kinds the catalog stores, in DataHub mode: `listDomains` (the top-level
 * domains, or a parent's children) and `listUsers`, answered from the catalog's search restricted to
 * the kind; `listGroups` stays refused by name (groups are not in the search index).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers";
import { ingestProposals } from "../server/ingest/proposals";

const DOMAIN = (n: string) => `urn:li:domain:${n}`;
const up = (entityUrn: string, aspectName: string, json: unknown) => ({ entityUrn, changeType: "UPSERT", aspectName, aspect: { json } });
const SEED = [
  up(DOMAIN("forecasting"), "domainProperties", { name: "Forecasting" }),
  up(DOMAIN("ranking"), "domainProperties", { name: "Ranking" }),
  up(DOMAIN("demand"), "domainProperties", { name: "Demand", parentDomain: DOMAIN("forecasting") }),
  up(DOMAIN("airline"), "domainProperties", { name: "Airline", parentDomain: DOMAIN("forecasting") }),
  up(DOMAIN("hourly"), "domainProperties", { name: "Hourly demand", parentDomain: DOMAIN("demand") }),
  up("urn:li:corpuser:ada", "corpUserInfo", { active: true, displayName: "Ada Lovelace", email: "ada@example.com" }),
  up("urn:li:corpuser:alan", "corpUserInfo", { active: true, displayName: "Alan Turing" }),
  up("urn:li:corpGroup:ml", "corpGroupInfo", { displayName: "ML", admins: [], members: [], groups: [] }),
];

const DOMAINS = `query($input: ListDomainsInput!) { listDomains(input: $input) { start count total domains { urn properties { name } } } }`;
const USERS = `query($input: ListUsersInput!) { listUsers(input: $input) { start count total users { urn username properties { displayName } } } }`;

describe("DataHub's list roots", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ schema: "datahub" });
    const r = ingestProposals(server.store, SEED, "urn:li:corpuser:datahub");
    expect(r.results.filter((x) => !x.ok)).toEqual([]);
  });
  afterAll(() => server.stop());

  const list = async (query: string, input: Record<string, unknown>) => {
    const r = await server.graphql(query, { input });
    expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
    return Object.values(r.body.data as Record<string, any>)[0];
  };

  it("listDomains gives the top-level domains without a parent, and a parent's children with one, by name", async () => {
    const top = await list(DOMAINS, { start: 0, count: 10 });
    expect(top.domains.map((d: { urn: string }) => d.urn)).toEqual([DOMAIN("forecasting"), DOMAIN("ranking")]);
    expect(top.total).toBe(2);
    const children = await list(DOMAINS, { parentDomain: DOMAIN("forecasting") });
    expect(children.domains.map((d: { properties: { name: string } }) => d.properties.name)).toEqual(["Airline", "Demand"]);
    expect((await list(DOMAINS, { parentDomain: DOMAIN("demand") })).domains.map((d: { urn: string }) => d.urn)).toEqual([DOMAIN("hourly")]);
    expect(await list(DOMAINS, { parentDomain: DOMAIN("ranking") })).toEqual({ start: 0, count: 0, total: 0, domains: [] });
    // Paged and searched like any search.
    const second = await list(DOMAINS, { start: 1, count: 1 });
    expect(second).toMatchObject({ start: 1, count: 1, total: 2, domains: [{ urn: DOMAIN("ranking") }] });
    expect((await list(DOMAINS, { query: "ranking" })).domains.map((d: { urn: string }) => d.urn)).toEqual([DOMAIN("ranking")]);
  });

  it("listDomains refuses a parent that is not a domain urn", async () => {
    const r = await server.graphql(DOMAINS, { input: { parentDomain: "urn:li:corpuser:ada" } });
    expect(r.body.errors[0]).toMatchObject({ extensions: { code: 400, type: "BAD_REQUEST" } });
    expect(r.body.errors[0].message).toMatch(/expected domain/);
  });

  it("listUsers gives the people the catalog stores, searched by name", async () => {
    const all = await list(USERS, { start: 0, count: 20 });
    expect(all.users.map((u: { urn: string }) => u.urn)).toEqual(expect.arrayContaining(["urn:li:corpuser:ada", "urn:li:corpuser:alan"]));
    const ada = await list(USERS, { query: "Lovelace" });
    expect(ada.users).toEqual([{ urn: "urn:li:corpuser:ada", username: "ada", properties: { displayName: "Ada Lovelace" } }]);
  });

  it("listGroups is refused by name, as the catalog cannot list its groups", async () => {
    const r = await server.graphql(`{ listGroups(input: { start: 0, count: 10 }) { total } }`);
    expect(r.body.errors[0].message).toBe("Query.listGroups is not supported by this catalog");
  });
});
