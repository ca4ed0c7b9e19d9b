/**
 * A corpus of malformed requests, generated from tables, against a real server on a temporary
 * catalog. Every one must get a clear error (a 4xx answer, or a GraphQL `errors` entry whose message
 * matches its category), never a 500, a crash or a masked "Unexpected error."; and a group of bad
 * requests must leave the catalog exactly as it was (`store.dump()` before and after). Batches that
 * mix good and bad items keep the good ones and report the bad ones.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { startTestServer, type TestServer } from "./helpers";
import { ingestProposals } from "../server/ingest/proposals";
import { buildExecutableSchema, buildResolvers } from "../server/graphql/index";
import { rootFamily } from "../server/graphql/absent";
import { GRAPHQL_LIMITS } from "../server/graphql/limits";
import { MAX_BATCH_PROPOSALS, MAX_BODY_BYTES, MAX_GRAPHQL_BODY_BYTES } from "../server/http";

const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,bad_input_model,PROD)";
const GROUP = "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,bad_input_group,PROD)";
const DATASET = "urn:li:dataset:(urn:li:dataPlatform:hive,bad_input.table,PROD)";
const RUN = "urn:li:dataProcessInstance:bad_input_run";
const CONTAINER = "urn:li:container:bad_input_experiment";
const TAG = "urn:li:tag:bad_input_tag";
const TERM = "urn:li:glossaryTerm:bad_input_term";
const USER = "urn:li:corpuser:bad_input_user";
const UNKNOWN_MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,never_ingested,PROD)";

const up = (entityUrn: string, aspectName: string, json: unknown, extra: Record<string, unknown> = {}) => ({
  entityUrn,
  changeType: "UPSERT",
  aspectName,
  aspect: { json },
  ...extra,
});

const SEED = [
  up(GROUP, "mlModelGroupProperties", { name: "Bad input group" }),
  up(RUN, "dataProcessInstanceProperties", { name: "run", created: { time: 1, actor: USER } }),
  up(RUN, "dataProcessInstanceInput", { inputs: [DATASET] }),
  up(MODEL, "mlModelProperties", { name: "Bad input model", groups: [GROUP], trainingJobs: [RUN] }),
  up(MODEL, "globalTags", { tags: [{ tag: TAG }] }),
  up(DATASET, "datasetProperties", { name: "table" }),
  up(CONTAINER, "containerProperties", { name: "experiment" }),
  up(TAG, "tagProperties", { name: "Bad input tag" }),
  up(TERM, "glossaryTermInfo", { name: "Bad input term", definition: "d", termSource: "INTERNAL" }),
  up(USER, "corpUserInfo", { active: true, displayName: "User" }),
];

// ---------- requests and what a clear error looks like ----------

interface Answer {
  status: number;
  body: any;
  text: string;
}

let server: TestServer;
let sent = 0;

async function request(path: string, init: RequestInit = {}): Promise<Answer> {
  sent++;
  const res = await fetch(`${server.url}${path}`, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body, text };
}

/** Stands for an array nested DEPTH deep (JSON.stringify itself cannot write one). */
const DEEP = "\u0001deep\u0001";
const DEPTH = 10_000;
const nestedJson = "[".repeat(DEPTH) + "]".repeat(DEPTH);
const serialize = (v: unknown) => JSON.stringify(v).replaceAll(JSON.stringify(DEEP), nestedJson);

const json = (body: unknown, token?: string, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  body: typeof body === "string" ? body : serialize(body),
});

const gql = (query: string, variables?: Record<string, unknown>, token?: string) => request("/api/graphql", json({ query, variables }, token));

/** Every message an answer carries: GraphQL errors, REST `message`, batch results' errors, or an HTML page's text. */
function messages(a: Answer): string[] {
  const b = a.body;
  if (b && typeof b === "object") {
    const out: string[] = [];
    if (Array.isArray(b.errors)) out.push(...b.errors.map((e: any) => String(e?.message)));
    if (typeof b.message === "string") out.push(b.message);
    const results = Array.isArray(b) ? b : b.value?.results;
    if (Array.isArray(results)) out.push(...results.filter((r: any) => r?.error).map((r: any) => String(r.error)));
    return out;
  }
  return a.text ? [a.text.replace(/<[^>]+>/g, " ")] : [];
}

interface Expect {
  /** the message (at least one of them) must match */
  message: RegExp;
  /** exact HTTP status, when it matters */
  status?: number;
  /** GraphQL error code of the first error */
  code?: string;
}

function assertClearError(a: Answer, want: Expect): void {
  const msgs = messages(a);
  expect(a.status, `status (body: ${a.text.slice(0, 300)})`).toBeLessThan(500);
  if (want.status) expect(a.status, a.text.slice(0, 300)).toBe(want.status);
  if (a.status < 400) expect(a.body?.errors?.length, `expected a GraphQL error, got ${a.text.slice(0, 300)}`).toBeGreaterThan(0);
  expect(msgs.length, `no error message in ${a.text.slice(0, 300)}`).toBeGreaterThan(0);
  for (const m of msgs) expect(m).not.toMatch(/^(Unexpected error\.|internal error)$/);
  expect(
    msgs.some((m) => want.message.test(m)),
    `messages ${JSON.stringify(msgs).slice(0, 600)} do not match ${want.message}`,
  ).toBe(true);
  if (want.code) expect(a.body?.errors?.[0]?.extensions?.code).toBe(want.code);
}

interface Case extends Expect {
  name: string;
  send: () => Promise<Answer>;
}

/**
 * A describe block whose cases are all bad: each gets a clear error, and the catalog is the same
 * before and after the whole group.
 */
function badGroup(title: string, cases: () => Case[]): void {
  describe(title, () => {
    let before: unknown;
    beforeAll(() => {
      before = server.store.dump();
    });
    for (const c of cases()) it(c.name, async () => assertClearError(await c.send(), c));
    it("leaves the catalog unchanged", () => expect(server.store.dump()).toEqual(before));
  });
}

// ---------- the schema, to find every urn-taking field ----------

const schema = buildExecutableSchema();
const ANSWERED = buildResolvers() as unknown as Record<string, Record<string, unknown> | undefined>;

const MALFORMED_URNS: Array<[string, string]> = [
  ["empty", ""],
  ["unbalanced (", "urn:li:mlModel:(urn:li:dataPlatform:mlflow,m,PROD"],
  ["unbalanced )", "urn:li:dataset:(urn:li:dataPlatform:hive,a),b,PROD)"],
  ["unknown entity type", "urn:li:notAType:x"],
  ["not a urn", "mlModel m"],
  ["10 kB", `urn:li:tag:${"x".repeat(10_000)}`],
  ["NUL character", "urn:li:tag:a\u0000b"],
  ["leading space", " urn:li:tag:a"],
  ["unpaired surrogate", "urn:li:tag:a\ud83d"],
  ["bidi override", "urn:li:tag:\u202egnp.exe"],
  ["bad env", "urn:li:mlModel:(urn:li:dataPlatform:mlflow,m,NOPE)"],
];
const URN_ERROR = /invalid urn|urn must be a string/;
const WRONG_KIND = /is an? \w+, expected/;

/** The kind a root field's `urn` argument must name. */
const ROOT_KIND: Record<string, string> = {
  mlModel: "mlModel",
  mlModelGroup: "mlModelGroup",
  mlFeature: "mlFeature",
  mlFeatureTable: "mlFeatureTable",
  mlPrimaryKey: "mlPrimaryKey",
  container: "container",
  dataProcessInstance: "dataProcessInstance",
  dataset: "dataset",
  corpUser: "corpuser",
  corpGroup: "corpGroup",
  tag: "tag",
  glossaryTerm: "glossaryTerm",
  versionSet: "versionSet",
  dataPlatform: "dataPlatform",
};
/** The kind an input field must name, by its name. */
const FIELD_KIND: Record<string, string> = {
  tagUrn: "tag",
  tagUrns: "tag",
  termUrn: "glossaryTerm",
  termUrns: "glossaryTerm",
  ownerUrn: "corpuser",
  ownerUrns: "corpuser",
};
/** A good value for a String input field, by its name. */
const GOOD_STRING: Record<string, string> = {
  resourceUrn: MODEL,
  urn: MODEL,
  tagUrn: TAG,
  tagUrns: TAG,
  termUrn: TERM,
  termUrns: TERM,
  ownerUrn: USER,
  ownerUrns: USER,
};
/** Input fields named like urns that are not parsed as entity urns. */
// viewUrn: any value is refused ("views are not supported"), tested in datahub-inputs.test.ts.
const NOT_ENTITY_URNS = new Set(["ownershipTypeUrn", "viewUrn"]);
const isUrnField = (name: string) => /urns?$/i.test(name) && !NOT_ENTITY_URNS.has(name);

function mentionsUrn(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => (isUrnField(f.name) && isScalarType(getNamedType(f.type))) || mentionsUrn(f.type, seen));
}

/** A valid value of an input type: required fields, and urn fields (also optional ones, so each can be spoiled). */
function build(type: GraphQLInputType, name: string): unknown {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return [build(t.ofType, name)];
  if (isInputObjectType(t)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) {
      const required = isNonNullType(f.type) && f.defaultValue === undefined;
      if (required || (isUrnField(f.name) && isScalarType(getNamedType(f.type))) || mentionsUrn(f.type)) out[f.name] = build(f.type, f.name);
    }
    return out;
  }
  if (isEnumType(t)) return t.getValues()[0]!.name;
  switch ((t as { name: string }).name) {
    case "String":
    case "ID":
      return GOOD_STRING[name] ?? "x";
    case "Boolean":
      return false;
    default:
      return 1;
  }
}

/** Paths (into the args object) of every urn-valued input field. */
function urnPaths(value: unknown, type: GraphQLInputType, path: Array<string | number>, name: string): Array<{ path: Array<string | number>; field: string }> {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return Array.isArray(value) && value.length ? urnPaths(value[0], t.ofType, [...path, 0], name) : [];
  if (isInputObjectType(t)) {
    const out: Array<{ path: Array<string | number>; field: string }> = [];
    for (const f of Object.values(t.getFields()))
      if (value && typeof value === "object" && f.name in value) out.push(...urnPaths((value as any)[f.name], f.type, [...path, f.name], f.name));
    return out;
  }
  return isUrnField(name) ? [{ path, field: name }] : [];
}

function withValue(args: Record<string, unknown>, path: Array<string | number>, v: unknown): Record<string, unknown> {
  const copy = structuredClone(args);
  let node: any = copy;
  for (const p of path.slice(0, -1)) node = node[p];
  node[path[path.length - 1]!] = v;
  return copy;
}

/** An operation calling `field` with every argument passed as a variable of its own type. */
function operation(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a: GraphQLArgument) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const call = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const selection = isCompositeType(getNamedType(field.type)) ? " { __typename }" : "";
  return `${kind}${vars ? `(${vars})` : ""} { ${field.name}${call ? `(${call})` : ""}${selection} }`;
}

interface UrnSite {
  kind: "query" | "mutation";
  field: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
  path: Array<string | number>;
  /** the entity kind this urn must be, when the field checks it */
  expects?: string;
}

function urnSites(kind: "query" | "mutation"): UrnSite[] {
  const root = kind === "query" ? schema.getQueryType()! : schema.getMutationType()!;
  // The fields this catalog answers, and the lookups of kinds it does not store (null for a good urn);
  // the rest of DataHub's schema answers "not supported" whatever it is sent (server/graphql/absent.ts).
  const answered = (field: GraphQLField<unknown, unknown>) =>
    Boolean(ANSWERED[root.name]?.[field.name]) || (kind === "query" && rootFamily(field) === "lookup");
  return Object.values(root.getFields())
    .filter(answered)
    .flatMap((field) => {
      const args = Object.fromEntries(field.args.map((a) => [a.name, build(a.type, a.name)]));
      return field.args.flatMap((a) =>
        urnPaths(args[a.name], a.type, [a.name], a.name).map(({ path, field: f }) => ({
          kind,
          field,
          args,
          path,
          expects: path.length === 1 && f === "urn" && kind === "query" ? ROOT_KIND[field.name] : FIELD_KIND[f],
        })),
      );
    });
}

// ---------- the server ----------

beforeAll(async () => {
  server = await startTestServer();
  const r = ingestProposals(server.store, SEED, "urn:li:corpuser:seed");
  expect(r.results.filter((x) => !x.ok)).toEqual([]);
});
afterAll(async () => {
  await server?.stop();
});

const admin = () => server.token("admin");
const ingestToken = () => server.token("ingest");

describe("the schema walk finds the urn-taking fields", () => {
  it("covers root lookups, inputs and mutations", () => {
    const q = urnSites("query").map((s) => s.field.name);
    const m = urnSites("mutation").map((s) => s.field.name);
    for (const f of ["entity", "entities", "mlModel", "dataset", "tag", "searchAcrossLineage", "lineageGraph", "entityHistory"]) expect(q).toContain(f);
    for (const f of ["updateDescription", "addTag", "batchAddTags", "addOwner", "patchEntity", "patchEntities", "updateName"]) expect(m).toContain(f);
    // lineageGraph's expansions are urn-taking too.
    expect(urnSites("query").some((s) => s.field.name === "lineageGraph" && s.path.includes("expand"))).toBe(true);
  });
});

// ---------- GraphQL: urns ----------

function urnCases(kind: "query" | "mutation"): Case[] {
  return urnSites(kind).flatMap((site) => {
    const where = `${site.field.name}(${site.path.join(".")})`;
    const doc = operation(site.kind, site.field);
    const token = () => (kind === "mutation" ? admin() : undefined);
    const cases: Case[] = MALFORMED_URNS.map(([label, bad]) => ({
      name: `${where}: ${label}`,
      message: URN_ERROR,
      code: "BAD_USER_INPUT",
      send: () => gql(doc, withValue(site.args, site.path, bad), token()),
    }));
    if (site.expects) {
      const wrong = site.expects === "tag" ? TERM : TAG;
      cases.push({
        name: `${where}: a ${wrong.split(":")[2]} urn where a ${site.expects} is expected`,
        message: WRONG_KIND,
        code: "BAD_USER_INPUT",
        send: () => gql(doc, withValue(site.args, site.path, wrong), token()),
      });
    }
    if (kind === "mutation" && site.path.at(-1) === "resourceUrn")
      cases.push({
        name: `${where}: an entity that does not exist`,
        message: /no entity/,
        code: "BAD_USER_INPUT",
        send: () => gql(doc, withValue(site.args, site.path, UNKNOWN_MODEL), token()),
      });
    return cases;
  });
}

badGroup("GraphQL queries: malformed and wrong-kind urns in every urn-taking field", () => urnCases("query"));
badGroup("GraphQL mutations: malformed, wrong-kind and unknown urns in every urn-taking input", () => urnCases("mutation"));

// ---------- GraphQL: arguments, sizes, limits ----------

const SEARCH = (input: string) => `{ searchAcrossEntities(input: { ${input} }) { total } }`;
const REL = (input: string) =>
  `{ entity(urn: "${MODEL}") { ... on MLModel { relationships(input: { types: ["MemberOf"], direction: OUTGOING, ${input} }) { total } } } }`;
const LINEAGE = (input: string) => `{ entity(urn: "${MODEL}") { ... on MLModel { lineage(input: { direction: UPSTREAM, ${input} }) { total } } } }`;
const GRAPH = (input: string) => `{ lineageGraph(input: { urn: "${MODEL}", ${input} }) { focus } }`;
const SAL = (input: string) => `{ searchAcrossLineage(input: { urn: "${MODEL}", direction: UPSTREAM, ${input} }) { total } }`;

/** 20 entities, each with four levels of relationships: within depth, aliases and tokens, over the cost. */
/** Fragments that each spread the next twice: a short document that multiplies into a huge one. */
function costly(): string {
  const levels = 16;
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1 ? `fragment f${i} on MLModel { urn name description }` : `fragment f${i} on MLModel { urn ...f${i + 1} ...f${i + 1} }`,
  );
  return `{ mlModel(urn: "${MODEL}") { ...f0 } } ${fragments.join(" ")}`;
}

function nested(depth: number): string {
  let sel = "urn";
  for (let i = 0; i < depth; i++) sel = `relationships(input: { types: ["MemberOf"], direction: OUTGOING }) { relationships { entity { ${sel} } } }`;
  return `{ entity(urn: "${MODEL}") { ${sel} } }`;
}

const argumentCases = (): Case[] => [
  // wrong types, missing and unknown arguments (GraphQL validation)
  ...[
    ["a number for a String urn", `{ mlModel(urn: 5) { urn } }`, /String cannot represent/],
    ["a string for an Int count", SEARCH(`query: "*", count: "ten"`), /Int cannot represent/],
    ["a count beyond 32 bits", SEARCH(`query: "*", count: 10000000000`), /Int cannot represent non 32-bit/],
    ["a float for an Int", SEARCH(`query: "*", count: 1.5`), /Int cannot represent/],
    ["a Boolean for hops", GRAPH(`upstreamHops: true`), /Int cannot represent/],
    [
      "an unknown enum value",
      `{ entity(urn: "${MODEL}") { ... on MLModel { relationships(input: { types: ["MemberOf"], direction: SIDEWAYS }) { total } } } }`,
      /Value "SIDEWAYS" does not exist|Enum "RelationshipDirection" cannot represent/,
    ],
    ["a float Long", `{ dataProcessInstance(urn: "${RUN}") { state(startTimeMillis: 1.5) { timestampMillis } } }`, /Long must be an integer/],
    ["a Long beyond 2^53", `{ dataProcessInstance(urn: "${RUN}") { state(startTimeMillis: 90071992547409930) { timestampMillis } } }`, /Long is out of range/],
    ["a missing required argument", `{ mlModel { urn } }`, /argument "urn" of type "String!" is required/],
    ["a missing required input", `{ searchAcrossEntities { total } }`, /argument "input" of type "SearchAcrossEntitiesInput!" is required/],
    [
      "a missing required input field",
      `{ lineageGraph(input: { upstreamHops: 1 }) { focus } }`,
      /Field "OrreryLineageGraphInput.urn" of required type "String!" was not provided/,
    ],
    ["an unknown argument", `{ mlModel(urn: "${MODEL}", nope: 1) { urn } }`, /Unknown argument "nope"/],
    ["an unknown field", `{ mlModel(urn: "${MODEL}") { nope } }`, /Cannot query field "nope"/],
    ["an object without a selection", `{ mlModel(urn: "${MODEL}") }`, /must have a selection of subfields/],
    ["a selection on a scalar", `{ entityExists(urn: "${MODEL}") { x } }`, /must not have a selection/],
    ["a syntax error", `{ mlModel(urn: "${MODEL}") { urn `, /Syntax Error/],
    ["an empty document", ` `, /Syntax Error|Must provide query string/],
    ["a subscription (none exist)", `subscription { x }`, /Schema is not configured|subscription|Subscription/i],
  ].map(([name, query, message]) => ({ name: String(name), message: message as RegExp, send: () => gql(String(query)) })),
  // variables
  {
    name: "a variable of the wrong type",
    message: /Variable "\$u" got invalid value 5/,
    send: () => gql(`query($u: String!) { mlModel(urn: $u) { urn } }`, { u: 5 }),
  },
  {
    name: "a required variable not given",
    message: /Variable "\$u" of required type "String!" was not provided/,
    send: () => gql(`query($u: String!) { mlModel(urn: $u) { urn } }`, {}),
  },
  {
    name: "a deeply nested variable value",
    message: /Variable "\$u" got invalid value/,
    send: () => gql(`query($u: String!) { mlModel(urn: $u) { urn } }`, { u: DEEP }),
  },
  {
    name: "an input object with an unknown field",
    message: /Field "nope" is not defined by type "OrreryLineageGraphInput"/,
    send: () => gql(`query($i: OrreryLineageGraphInput!) { lineageGraph(input: $i) { focus } }`, { i: { urn: MODEL, nope: 1 } }),
  },
  // page sizes and lineage caps: out of range is an error, never clamped
  ...[
    ["search count -1", SEARCH(`query: "*", count: -1`), /count must be an integer from 0 to 1000, got -1/],
    ["search count 1001", SEARCH(`query: "*", count: 1001`), /count must be an integer from 0 to 1000, got 1001/],
    ["search start -1", SEARCH(`query: "*", start: -1`), /start must be an integer from 0 to 100000, got -1/],
    ["search start 100001", SEARCH(`query: "*", start: 100001`), /start must be an integer from 0 to 100000, got 100001/],
    ["relationships count 1001", REL(`count: 1001`), /count must be an integer from 0 to 1000/],
    ["relationships count -1", REL(`count: -1`), /count must be an integer from 0 to 1000/],
    ["relationships start -5", REL(`start: -5`), /start must be an integer of at least 0, got -5/],
    ["lineage count 5000", LINEAGE(`count: 5000`), /count must be an integer from 0 to 1000/],
    ["run events limit 51", `{ dataProcessInstance(urn: "${RUN}") { state(limit: 51) { timestampMillis } } }`, /limit must be an integer from 0 to 50/],
    ["run events limit -1", `{ dataProcessInstance(urn: "${RUN}") { state(limit: -1) { timestampMillis } } }`, /limit must be an integer from 0 to 50/],
    ["autocomplete limit 0", `{ autoComplete(input: { query: "a", limit: 0 }) { query } }`, /limit must be an integer from 1 to 50/],
    ["autocomplete limit 51", `{ autoComplete(input: { query: "a", limit: 51 }) { query } }`, /limit must be an integer from 1 to 50/],
    ["multi autocomplete limit 100", `{ autoCompleteForMultiple(input: { query: "a", limit: 100 }) { query } }`, /limit must be an integer from 1 to 50/],
    ["history count 201", `{ entityHistory(urn: "${MODEL}", count: 201) { total } }`, /count must be an integer from 0 to 200, got 201/],
    ["history start -1", `{ entityHistory(urn: "${MODEL}", start: -1) { total } }`, /start must be an integer of at least 0, got -1/],
    ["searchAcrossLineage count 10001", SAL(`count: 10001`), /count must be an integer from 0 to 10000, got 10001/],
    ["searchAcrossLineage degree 'x'", SAL(`orFilters: [{ and: [{ field: "degree", values: ["x"] }] }]`), /degree filter values must be/],
    ["searchAcrossLineage degree 11", SAL(`orFilters: [{ and: [{ field: "degree", values: ["11"] }] }]`), /degree filter values must be/],
    ["lineageGraph upstreamHops 6", GRAPH(`upstreamHops: 6`), /upstreamHops must be an integer from 0 to 5/],
    ["lineageGraph downstreamHops -1", GRAPH(`downstreamHops: -1`), /downstreamHops must be an integer from 0 to 5/],
    ["lineageGraph maxNodes 0", GRAPH(`maxNodes: 0`), /maxNodes must be an integer from 1 to 5000/],
    ["lineageGraph maxNodes 5001", GRAPH(`maxNodes: 5001`), /maxNodes must be an integer from 1 to 5000/],
    [
      "lineageGraph 201 expansions",
      GRAPH(`expand: [${Array.from({ length: 201 }, () => `{ urn: "${MODEL}", direction: UPSTREAM }`).join(",")}]`),
      /expand may list at most 200/,
    ],
    [
      "a hierarchy filter condition",
      SEARCH(`query: "*", orFilters: [{ and: [{ field: "tags", values: ["a"], condition: DESCENDANTS_INCL }] }]`),
      /condition DESCENDANTS_INCL is not supported/,
    ],
    ["a filter on a field search does not keep", SEARCH(`query: "*", filters: [{ field: "colour", values: ["a"] }]`), /filter field "colour" is not supported/],
    [
      "a range on a time with a word",
      SEARCH(`query: "*", orFilters: [{ and: [{ field: "lastModifiedAt", values: ["soon"], condition: GREATER_THAN }] }]`),
      /compares numbers/,
    ],
    [
      "a range with two values",
      SEARCH(`query: "*", orFilters: [{ and: [{ field: "lastModifiedAt", values: ["1", "2"], condition: LESS_THAN }] }]`),
      /takes exactly one value/,
    ],
    ["a view", SEARCH(`query: "*", viewUrn: "urn:li:dataHubView:v"`), /views are not supported/],
    ["maxAggValues out of range", SEARCH(`query: "*", searchFlags: { maxAggValues: 100000 }`), /maxAggValues must be an integer from 0 to 1000/],
    [
      "a scrollId not given by the server",
      `{ scrollAcrossEntities(input: { query: "*", scrollId: "eyJ4IjoxfQ" }) { total } }`,
      /scrollId is not one this server gave/,
    ],
    ["a keepAlive that is not a duration", `{ scrollAcrossEntities(input: { query: "*", keepAlive: "forever" }) { total } }`, /keepAlive must be a duration/],
  ].map(([name, query, message]) => ({ name: String(name), message: message as RegExp, code: "BAD_USER_INPUT", send: () => gql(String(query)) })),
  {
    name: "entities with 1001 urns",
    message: /at most 1000 urns/,
    code: "BAD_USER_INPUT",
    send: () => gql(`query($u: [String!]!) { entities(urns: $u) { urn } }`, { u: Array.from({ length: 1001 }, () => MODEL) }),
  },
  // huge strings
  {
    name: "a 1 MB search query",
    message: /query must be at most 1000 characters/,
    code: "BAD_USER_INPUT",
    send: () => gql(`query($q: String!) { searchAcrossEntities(input: { query: $q }) { total } }`, { q: "a".repeat(1_000_000) }),
  },
  {
    name: "a 100 kB autocomplete query",
    message: /query must be at most 500 characters/,
    code: "BAD_USER_INPUT",
    send: () => gql(`query($q: String!) { autoComplete(input: { query: $q }) { query } }`, { q: "a".repeat(100_000) }),
  },
  {
    name: "a 100 kB multi-autocomplete query",
    message: /query must be at most 500 characters/,
    code: "BAD_USER_INPUT",
    send: () => gql(`query($q: String!) { autoCompleteForMultiple(input: { query: $q }) { query } }`, { q: "a".repeat(100_000) }),
  },
  {
    name: "a 10 kB history field",
    message: /field is longer than 200 characters/,
    code: "BAD_USER_INPUT",
    send: () => gql(`query($f: String) { entityHistory(urn: "${MODEL}", field: $f) { total } }`, { f: "f".repeat(10_000) }),
  },
  // request limits (GraphQL Armor and the result size)
  { name: `depth beyond ${GRAPHQL_LIMITS.maxDepth}`, message: /Query depth limit of 24 exceeded, found \d+/, send: () => gql(nested(12)) },
  {
    name: "a flood of aliases",
    message: new RegExp(`Aliases limit of ${GRAPHQL_LIMITS.maxAliases} exceeded, found ${GRAPHQL_LIMITS.maxAliases + 50}`),
    send: () => gql(`{ ${Array.from({ length: GRAPHQL_LIMITS.maxAliases + 50 }, (_, i) => `a${i}: entityExists(urn: "${MODEL}")`).join(" ")} }`),
  },
  {
    name: "a flood of directives",
    message: /Directives limit of 20 exceeded, found 30/,
    send: () => gql(`{ ${Array.from({ length: 30 }, () => `__typename @include(if: true)`).join(" ")} }`),
  },
  { name: "a flood of tokens", message: /Token limit of 5000 exceeded/, send: () => gql(`{ ${"__typename ".repeat(6000)} }`) },
  { name: "a costly query", message: new RegExp(`Query Cost limit of ${GRAPHQL_LIMITS.maxCost} exceeded, found \\d+`), send: () => gql(costly()) },
  {
    name: "lineage many hops deep × big counts",
    message: new RegExp(`Query result size limit of ${GRAPHQL_LIMITS.maxEstimatedResultSize} exceeded`),
    code: "BAD_USER_INPUT",
    send: () =>
      gql(
        `{ searchAcrossLineage(input: { urn: "${MODEL}", direction: UPSTREAM, count: 1000, orFilters: [{ and: [{ field: "degree", values: ["3+"] }] }] }) { searchResults { entity { urn ... on MLModel { lineage(input: { direction: UPSTREAM, count: 1000 }) { relationships { entity { urn type } } } } } } } }`,
      ),
  },
  {
    name: "nested pages multiplied through variables",
    message: new RegExp(`Query result size limit of ${GRAPHQL_LIMITS.maxEstimatedResultSize} exceeded`),
    send: () =>
      gql(
        `query($n: Int) { searchAcrossEntities(input: { query: "*", count: $n }) { searchResults { entity { urn ... on MLModel { relationships(input: { types: ["MemberOf"], direction: OUTGOING, count: $n }) { relationships { entity { urn } } } } } } } }`,
        { n: 1000 },
      ),
  },
  {
    name: "a fragment cycle",
    message: /Cannot spread fragment "A" within itself/,
    send: () => gql(`query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`),
  },
  {
    name: "a fragment spreading itself",
    message: /Cannot spread fragment "A" within itself/,
    send: () => gql(`query { ...A } fragment A on Query { __typename ...A }`),
  },
  {
    name: "several operations without operationName",
    message: /Could not determine what operation to execute|Must provide operation name/,
    send: () => gql(`query A { __typename } query B { __typename }`),
  },
  {
    name: "an operationName that is not in the document",
    message: /Could not determine what operation to execute/,
    send: () => request("/api/graphql", json({ query: `query A { __typename }`, operationName: "C" })),
  },
];

badGroup("GraphQL: wrong arguments, out-of-range pages, huge strings and request limits", argumentCases);

// ---------- GraphQL over HTTP ----------

const streamed = (bytes: number): RequestInit =>
  ({
    method: "POST",
    headers: { "content-type": "application/json" },
    duplex: "half",
    body: new ReadableStream({
      start(c) {
        const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
        for (let n = 0; n < bytes; n += chunk.length) c.enqueue(chunk);
        c.close();
      },
    }),
  }) as RequestInit;

badGroup("GraphQL over HTTP: bodies, content types, methods", () => [
  { name: "invalid JSON", status: 400, message: /POST body sent invalid JSON/, send: () => request("/api/graphql", json("{nope")) },
  { name: "an empty body", status: 400, message: /POST body sent invalid JSON|POST body is expected/, send: () => request("/api/graphql", json("")) },
  {
    name: "a JSON array (batched operations)",
    status: 400,
    message: /Batching is not supported/,
    send: () => request("/api/graphql", json(Array.from({ length: 50 }, () => ({ query: "{ __typename }" })))),
  },
  {
    name: "a JSON string",
    status: 400,
    message: /POST body is expected to be object|Invalid/,
    send: () => request("/api/graphql", json(JSON.stringify("{ __typename }"))),
  },
  { name: "query is a number", status: 400, message: /Expected "query" param to be a string|query/, send: () => request("/api/graphql", json({ query: 5 })) },
  {
    name: "variables is a string",
    status: 400,
    message: /Expected "variables" param to be an object|variables/i,
    send: () => request("/api/graphql", json({ query: "{ __typename }", variables: "x" })),
  },
  { name: "no query at all", message: /Must provide query string/, send: () => request("/api/graphql", json({})) },
  {
    name: "text/plain",
    status: 415,
    message: /Content-Type must be application\/json, not text\/plain/,
    send: () => request("/api/graphql", { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "{ __typename }" }) }),
  },
  {
    name: "a form post",
    status: 415,
    message: /Content-Type must be application\/json, not application\/x-www-form-urlencoded/,
    send: () => request("/api/graphql", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "query=%7B__typename%7D" }),
  },
  {
    name: "multipart",
    status: 415,
    message: /Content-Type must be application\/json, not multipart\/form-data/,
    send: () => {
      const f = new FormData();
      f.set("operations", "{}");
      return request("/api/graphql", { method: "POST", body: f });
    },
  },
  {
    name: "XML",
    status: 415,
    message: /Content-Type must be application\/json, not application\/xml/,
    send: () => request("/api/graphql", { method: "POST", headers: { "content-type": "application/xml" }, body: "<q/>" }),
  },
  {
    name: `a body over ${MAX_GRAPHQL_BODY_BYTES} bytes`,
    status: 413,
    message: /exceeds the limit of 2097152 bytes/,
    send: () => gql(`query($q: String!) { autoComplete(input: { query: $q }) { query } }`, { q: "a".repeat(3 * 1024 * 1024) }),
  },
  {
    name: "an oversized body sent in chunks, without a length",
    status: 413,
    message: /exceeds the limit of 2097152 bytes/,
    send: () => request("/api/graphql", streamed(3 * 1024 * 1024)),
  },
  {
    name: "a mutation over GET",
    status: 405,
    message: /Can only perform a mutation operation from a POST request/,
    send: () =>
      request(`/api/graphql?query=${encodeURIComponent(`mutation { createTag(input: { name: "via-get" }) }`)}`, {
        headers: { authorization: `Bearer ${admin()}` },
      }),
  },
  { name: "GET without a query", message: /Must provide query string/, send: () => request("/api/graphql", { headers: { accept: "application/json" } }) },
  {
    name: "PUT",
    status: 405,
    message: /GraphQL only supports GET and POST requests/,
    send: () => request("/api/graphql", { method: "PUT", headers: { "content-type": "application/json" }, body: "{}" }),
  },
  { name: "DELETE", status: 405, message: /GraphQL only supports GET and POST requests/, send: () => request("/api/graphql", { method: "DELETE" }) },
]);

// ---------- writes without the right to write ----------

/** Arguments that pass a mutation's own checks, where the generic ones do not (names are edited on datasets only). */
const VALID_ARGS: Record<string, Record<string, unknown>> = { updateName: { input: { urn: DATASET, name: "x" } } };

/** The mutations this catalog offers (the rest of DataHub's answer "not supported", below). */
function mutationFields() {
  return Object.values(schema.getMutationType()!.getFields())
    .filter((field) => ANSWERED.Mutation?.[field.name])
    .map((field) => ({
      field,
      doc: operation("mutation", field),
      args: VALID_ARGS[field.name] ?? Object.fromEntries(field.args.map((a) => [a.name, build(a.type, a.name)])),
    }));
}

badGroup("DataHub's operations this catalog does not offer", () => [
  ...Object.values(schema.getMutationType()!.getFields())
    .filter((field) => !ANSWERED.Mutation?.[field.name])
    .slice(0, 5)
    .map((field) => ({
      name: `mutation ${field.name}`,
      message: new RegExp(`^Mutation\\.${field.name} is not supported by this catalog$`),
      code: "BAD_USER_INPUT",
      send: () => gql(operation("mutation", field), Object.fromEntries(field.args.map((a) => [a.name, build(a.type, a.name)])), admin()),
    })),
  ...["listGroups", "getTimeline", "getAccessTokenMetadata"].map((name) => {
    const field = schema.getQueryType()!.getFields()[name]!;
    return {
      name: `query ${name}`,
      message: new RegExp(`^Query\\.${name} is not supported by this catalog$`),
      code: "BAD_USER_INPUT",
      send: () => gql(operation("query", field), Object.fromEntries(field.args.map((a) => [a.name, build(a.type, a.name)]))),
    };
  }),
]);

badGroup("GraphQL writes without a token, with a reader's or an ingestion token, with a bad token", () => [
  ...mutationFields().flatMap(({ field, doc, args }) => [
    {
      name: `${field.name}: no token`,
      message: /Unauthenticated: sign in or send a Bearer token with the 'edit' permission/,
      code: "UNAUTHENTICATED",
      status: 401,
      send: () => gql(doc, args),
    },
    {
      name: `${field.name}: reader`,
      message: /Forbidden: role 'reader' may not edit/,
      code: "FORBIDDEN",
      status: 403,
      send: () => gql(doc, args, server.token("reader")),
    },
    // patchEntity(ies) take the ingest role too (any aspect, as over REST; test/patch-scope.test.ts).
    ...(field.name === "patchEntity" || field.name === "patchEntities"
      ? []
      : [
          {
            name: `${field.name}: ingest role`,
            message: /Forbidden: role 'ingest' may not edit/,
            code: "FORBIDDEN",
            status: 403,
            send: () => gql(doc, args, server.token("ingest")),
          },
        ]),
  ]),
  {
    name: "a Basic authorization header",
    status: 401,
    message: /Authorization header must be 'Bearer <token>'/,
    code: "UNAUTHENTICATED",
    send: () => request("/api/graphql", json({ query: "{ __typename }" }, undefined, { authorization: "Basic YTpi" })),
  },
  {
    name: "an unknown token",
    status: 401,
    message: /the token is not valid/,
    code: "UNAUTHENTICATED",
    send: () => gql("{ __typename }", undefined, `orr_aaaaaaaaaaaa_${"b".repeat(43)}`),
  },
  { name: "a 10 kB token", status: 401, message: /the token is not valid/, send: () => gql("{ __typename }", undefined, "x".repeat(10_000)) },
  {
    name: "a write over the session cookie from another site",
    status: 401,
    message: /Unauthenticated/,
    send: () =>
      request(
        "/api/graphql",
        json({ query: `mutation { createTag(input: { name: "cross-site" }) }` }, undefined, {
          origin: "https://evil.example",
          cookie: "orrery_session=abc.def",
        }),
      ),
  },
]);

// ---------- ingestion ----------

const proposal = (over: Record<string, unknown> = {}) => ({
  entityType: "mlModel",
  entityUrn: MODEL,
  changeType: "UPSERT",
  aspectName: "mlModelProperties",
  aspect: { json: { name: "changed" } },
  ...over,
});
const ingestOne = (p: unknown, token = ingestToken()) => request("/aspects?action=ingestProposal", json({ proposal: p }, token));

/** [name, proposal, message]: each is rejected alone with 422. */
const BAD_PROPOSALS: Array<[string, unknown, RegExp]> = [
  ["no entityUrn", proposal({ entityUrn: undefined }), /entityUrn is required/],
  ["entityUrn a number", proposal({ entityUrn: 5 }), /entityUrn/],
  ["a malformed urn", proposal({ entityUrn: "urn:li:mlModel:(broken" }), /invalid entityUrn: expected a tuple key|unbalanced/],
  [
    "a 10 kB urn",
    proposal({ entityUrn: `urn:li:tag:${"t".repeat(10_000)}`, entityType: "tag" }),
    /invalid entityUrn: urn is 10011 characters; the limit is 2000/,
  ],
  ["a urn with a control character", proposal({ entityUrn: "urn:li:tag:a\u0007b", entityType: "tag" }), /control character/],
  ["an unknown entity type", proposal({ entityUrn: "urn:li:spaceship:x", entityType: "spaceship" }), /unknown entity type 'spaceship'/],
  [
    "an entity type that cannot be ingested",
    proposal({ entityUrn: "urn:li:dashboard:(looker,d1)", entityType: "dashboard", aspectName: "dashboardInfo" }),
    /entity type dashboard is not stored by this catalog/,
  ],
  [
    "an aspect of DataHub's this catalog does not store",
    proposal({ aspectName: "forms", aspect: { json: { incompleteForms: [], completedForms: [] } } }),
    /aspect forms of entity type mlModel is not stored by this catalog/,
  ],
  [
    "a key aspect naming another entity",
    proposal({ aspectName: "mlModelKey", aspect: { json: { platform: "urn:li:dataPlatform:mlflow", name: "another", origin: "PROD" } } }),
    /mlModelKey: the key names urn:li:mlModel:\(urn:li:dataPlatform:mlflow,another,PROD\), not the urn it was sent for/,
  ],
  ["entityType not matching the urn", proposal({ entityType: "dataset" }), /entityType 'dataset' does not match the urn's type 'mlModel'/],
  ["no aspectName", proposal({ aspectName: undefined }), /aspectName is required/],
  ["an unknown aspect", proposal({ aspectName: "fluxCapacitor" }), /aspect 'fluxCapacitor' is not supported for entity type 'mlModel'/],
  [
    "an aspect not allowed on the type",
    proposal({ aspectName: "datasetProperties", aspect: { json: { name: "x" } } }),
    /aspect 'datasetProperties' is not supported for entity type 'mlModel'/,
  ],
  ["a wrong field type", proposal({ aspect: { json: { name: 5 } } }), /mlModelProperties\.name: /],
  ["a wrong nested shape", proposal({ aspect: { json: { hyperParams: [{ name: 5 }] } } }), /mlModelProperties\.hyperParams\.0\.name: /],
  ["tags not a list", proposal({ aspectName: "globalTags", aspect: { json: { tags: "x" } } }), /globalTags\.tags: /],
  [
    "a tag that is not a tag urn",
    proposal({ aspectName: "globalTags", aspect: { json: { tags: [{ tag: "urn:li:corpuser:x" }] } } }),
    /globalTags\.tags\.0\.tag/,
  ],
  ["an array as the value", proposal({ aspect: { json: [1, 2] } }), /the aspect value must be a JSON object/],
  ["null as the value", proposal({ aspect: { json: null } }), /the aspect value must be a JSON object/],
  ["no aspect", proposal({ aspect: undefined }), /aspect is required/],
  ["aspect.value not JSON", proposal({ aspect: { value: "{nope", contentType: "application/json" } }), /aspect\.value is not valid JSON/],
  ["an unsupported contentType", proposal({ aspect: { value: "<x/>", contentType: "application/xml" } }), /contentType 'application\/xml' is not supported/],
  [
    "an aspect value over 4 MB",
    proposal({ aspect: { value: JSON.stringify({ name: "x".repeat(4 * 1024 * 1024) }), contentType: "application/json" } }),
    /aspect value is \d+ bytes; the limit is 4194304/,
  ],
  [
    "a value nested 10,000 deep",
    proposal({ aspect: { json: { name: "x", hyperParams: DEEP } } }),
    /mlModelProperties: the aspect value is nested more than 64 levels deep/,
  ],
  [
    "a value nested 10,000 deep where anything goes",
    proposal({
      entityType: "dataset",
      entityUrn: DATASET,
      aspectName: "schemaMetadata",
      aspect: {
        json: {
          schemaName: "s",
          platform: "urn:li:dataPlatform:hive",
          version: 0,
          hash: "",
          platformSchema: { "com.linkedin.schema.OtherSchema": { rawSchema: "" } },
          fields: [],
          extra: DEEP,
        },
      },
    }),
    /schemaMetadata: the aspect value is nested more than 64 levels deep/,
  ],
  ["systemMetadata nested 10,000 deep", proposal({ systemMetadata: { runId: "r", properties: DEEP } }), /systemMetadata is nested more than 64 levels deep/],
  [
    "a deep JSON string value",
    proposal({ aspect: { value: `{"name":"x","customProperties":${nestedJson}}`, contentType: "application/json" } }),
    /the aspect value is nested more than 64 levels deep/,
  ],
  ["changeType MERGE", proposal({ changeType: "MERGE" }), /changeType "MERGE" is not one of/],
  [
    "DELETE of an aspect the type does not have",
    proposal({ changeType: "DELETE", aspectName: "fluxCapacitor", aspect: undefined }),
    /aspect 'fluxCapacitor' is not supported for entity type 'mlModel'/,
  ],
  [
    "DELETE of a timeseries aspect",
    proposal({ entityType: "dataProcessInstance", entityUrn: RUN, aspectName: "dataProcessInstanceRunEvent", changeType: "DELETE", aspect: undefined }),
    /timeseries aspects cannot be deleted by a proposal/,
  ],
  [
    "CREATE_ENTITY of an entity that exists",
    proposal({ changeType: "CREATE_ENTITY", aspectName: "status", aspect: { json: { removed: false } } }),
    /entity already exists \(changeType CREATE_ENTITY\)/,
  ],
  ["a required field null", proposal({ aspectName: "status", aspect: { json: { removed: null } } }), /status\.removed: /],
  ["changeType lower case", proposal({ changeType: "upsert" }), /changeType "upsert" is not one of/],
  ["CREATE on an existing aspect", proposal({ changeType: "CREATE" }), /aspect already exists \(changeType CREATE\)/],
  [
    "PATCH that is not a list",
    proposal({ changeType: "PATCH", aspect: { json: { op: "add", path: "/name", value: "x" } } }),
    /a PATCH aspect must be a JSON-Patch array/,
  ],
  ["PATCH with an unknown op", proposal({ changeType: "PATCH", aspect: { json: [{ op: "frobnicate", path: "/name", value: "x" }] } }), /invalid JSON-Patch/],
  ["PATCH with a path that is not a string", proposal({ changeType: "PATCH", aspect: { json: [{ op: "add", path: 5, value: "x" }] } }), /invalid JSON-Patch/],
  ["PATCH with a path without a slash", proposal({ changeType: "PATCH", aspect: { json: [{ op: "add", path: "name", value: "x" }] } }), /invalid JSON-Patch/],
  [
    "PATCH removing what is not there",
    proposal({ changeType: "PATCH", aspect: { json: [{ op: "remove", path: "/description" }] } }),
    /invalid JSON-Patch|could not be applied/,
  ],
  [
    "PATCH with a failing test",
    proposal({ changeType: "PATCH", aspect: { json: [{ op: "test", path: "/name", value: "not the name" }] } }),
    /invalid JSON-Patch|could not be applied/,
  ],
  ["PATCH with an op that is null", proposal({ changeType: "PATCH", aspect: { json: [null] } }), /invalid JSON-Patch/],
  [
    "PATCH with a deep value",
    proposal({ changeType: "PATCH", aspect: { json: [{ op: "add", path: "/hyperParams", value: DEEP }] } }),
    /the aspect value is nested more than 64 levels deep/,
  ],
  [
    "PATCH with a 5,000-segment path",
    proposal({ changeType: "PATCH", aspect: { json: [{ op: "add", path: `/customProperties${"/a".repeat(5000)}`, value: "x" }] } }),
    /invalid JSON-Patch: a path has more than 64 segments/,
  ],
  [
    "PATCH making the aspect invalid",
    proposal({ changeType: "PATCH", aspect: { json: [{ op: "replace", path: "/name", value: 5 }] } }),
    /mlModelProperties\.name: /,
  ],
  [
    "PATCH JSON text that is not JSON",
    proposal({ changeType: "PATCH", aspect: { value: "[{op", contentType: "application/json-patch+json" } }),
    /aspect\.value is not valid JSON/,
  ],
  [
    "PATCH of a timeseries aspect",
    proposal({ entityType: "dataProcessInstance", entityUrn: RUN, aspectName: "dataProcessInstanceRunEvent", changeType: "PATCH", aspect: { json: [] } }),
    /timeseries aspects cannot be patched/,
  ],
  [
    "a timeseries aspect without a time",
    proposal({ entityType: "dataProcessInstance", entityUrn: RUN, aspectName: "dataProcessInstanceRunEvent", aspect: { json: { status: "COMPLETE" } } }),
    /timestampMillis/,
  ],
  ["systemMetadata a string", proposal({ systemMetadata: "yesterday" }), /invalid proposal: systemMetadata/],
];

badGroup("ingestion: malformed requests and proposals", () => [
  ...BAD_PROPOSALS.map(([name, p, message]) => ({ name: `ingestProposal: ${name}`, status: 422, message, send: () => ingestOne(p) })),
  ...BAD_PROPOSALS.map(([name, p, message]) => ({
    name: `ingestProposalBatch: ${name}`,
    status: 422,
    message,
    send: () => request("/aspects?action=ingestProposalBatch", json({ proposals: [p] }, ingestToken())),
  })),
  {
    name: "invalid JSON",
    status: 400,
    message: /request body is not valid JSON/,
    send: () => request("/aspects?action=ingestProposal", json("{nope", ingestToken())),
  },
  {
    name: "an empty body",
    status: 400,
    message: /request body is not valid JSON/,
    send: () => request("/aspects?action=ingestProposal", json("", ingestToken())),
  },
  {
    name: "a JSON array body",
    status: 400,
    message: /body\.proposal is required/,
    send: () => request("/aspects?action=ingestProposal", json([], ingestToken())),
  },
  {
    name: "a JSON number body",
    status: 400,
    message: /request body must be a JSON object/,
    send: () => request("/aspects?action=ingestProposal", json("5", ingestToken())),
  },
  {
    name: "null body",
    status: 400,
    message: /request body must be a JSON object/,
    send: () => request("/aspects?action=ingestProposal", json("null", ingestToken())),
  },
  {
    name: "no proposal",
    status: 400,
    message: /body\.proposal is required/,
    send: () => request("/aspects?action=ingestProposal", json({ proposals: [] }, ingestToken())),
  },
  {
    name: "proposals not a list",
    status: 400,
    message: /body\.proposals must be an array/,
    send: () => request("/aspects?action=ingestProposalBatch", json({ proposals: {} }, ingestToken())),
  },
  {
    name: "a batch of null items",
    status: 422,
    message: /invalid proposal/,
    send: () => request("/aspects?action=ingestProposalBatch", json({ proposals: [null, 5, "x"] }, ingestToken())),
  },
  {
    name: `a batch over ${MAX_BATCH_PROPOSALS} proposals`,
    status: 413,
    message: /a batch may hold at most 5000 proposals, got 5001/,
    send: () =>
      request("/aspects?action=ingestProposalBatch", json({ proposals: Array.from({ length: MAX_BATCH_PROPOSALS + 1 }, () => proposal()) }, ingestToken())),
  },
  {
    name: `a body over ${MAX_BODY_BYTES} bytes`,
    status: 413,
    message: /exceeds the limit of 16777216 bytes/,
    send: () =>
      request("/aspects?action=ingestProposal", json({ proposal: proposal({ aspect: { json: { name: "x".repeat(17 * 1024 * 1024) } } }) }, ingestToken())),
  },
  {
    name: "an oversized body sent in chunks",
    status: 413,
    message: /exceeds the limit of 16777216 bytes/,
    send: () =>
      request("/aspects?action=ingestProposalBatch", {
        ...streamed(17 * 1024 * 1024),
        headers: { "content-type": "application/json", authorization: `Bearer ${ingestToken()}` },
      }),
  },
  {
    name: "an unknown action",
    status: 400,
    message: /unknown action 'ingest'/,
    send: () => request("/aspects?action=ingest", json({ proposal: proposal() }, ingestToken())),
  },
  {
    name: "no token",
    status: 401,
    message: /needs a token with the 'ingest' permission/,
    send: () => request("/aspects?action=ingestProposal", json({ proposal: proposal() })),
  },
  {
    name: "a reader token",
    status: 403,
    message: /role 'reader' may not ingest/,
    send: () => request("/aspects?action=ingestProposal", json({ proposal: proposal() }, server.token("reader"))),
  },
  {
    name: "an editor token",
    status: 403,
    message: /role 'editor' may not ingest/,
    send: () => request("/aspects?action=ingestProposalBatch", json({ proposals: [proposal()] }, server.token("editor"))),
  },
  {
    name: "a revoked-looking token",
    status: 401,
    message: /the token is not valid/,
    send: () => request("/aspects?action=ingestProposal", json({ proposal: proposal() }, `orr_zzzzzzzzzzzz_${"q".repeat(43)}`)),
  },
  // legacy MCEs
  {
    name: "MCE: no entity",
    status: 400,
    message: /body\.entity\.value must be a snapshot object/,
    send: () => request("/entities?action=ingest", json({}, ingestToken())),
  },
  {
    name: "MCE: a bad urn",
    status: 422,
    message: /invalid entityUrn/,
    send: () =>
      request(
        "/entities?action=ingest",
        json(
          {
            entity: {
              value: {
                "com.linkedin.metadata.snapshot.MLModelSnapshot": {
                  urn: "urn:li:mlModel:(",
                  aspects: [{ "com.linkedin.ml.metadata.MLModelProperties": { name: "x" } }],
                },
              },
            },
          },
          ingestToken(),
        ),
      ),
  },
  {
    name: "MCE: an unknown aspect class",
    status: 422,
    message: /com\.example\.Nope/,
    send: () =>
      request(
        "/entities?action=ingest",
        json(
          { entity: { value: { "com.linkedin.metadata.snapshot.MLModelSnapshot": { urn: MODEL, aspects: [{ "com.example.Nope": { x: 1 } }] } } } },
          ingestToken(),
        ),
      ),
  },
  {
    name: "MCE: aspects not a list",
    status: 422,
    message: /invalid proposal/,
    send: () =>
      request(
        "/entities?action=ingest",
        json({ entity: { value: { "com.linkedin.metadata.snapshot.MLModelSnapshot": { urn: MODEL, aspects: "x" } } } }, ingestToken()),
      ),
  },
  {
    name: "MCE: two snapshots in one",
    status: 422,
    message: /invalid proposal/,
    send: () =>
      request("/entities?action=ingest", json({ entity: { value: { a: { urn: MODEL, aspects: [] }, b: { urn: MODEL, aspects: [] } } } }, ingestToken())),
  },
  // OpenAPI
  {
    name: "OpenAPI: not a list",
    status: 400,
    message: /body must be a JSON array/,
    send: () => request("/openapi/v3/entity/mlModel", json({ urn: MODEL }, ingestToken())),
  },
  {
    name: "OpenAPI: a bad urn",
    status: 422,
    message: /invalid entityUrn/,
    send: () => request("/openapi/v3/entity/mlModel", json([{ urn: "nope", mlModelProperties: { value: { name: "x" } } }], ingestToken())),
  },
  {
    name: "OpenAPI: an unknown entity type in the path",
    status: 422,
    message: /entityType 'starship' does not match/,
    send: () => request("/openapi/v3/entity/starship", json([{ urn: MODEL, mlModelProperties: { value: { name: "x" } } }], ingestToken())),
  },
  {
    name: "OpenAPI: an aspect without value",
    status: 422,
    message: /the aspect value must be a JSON object/,
    send: () => request("/openapi/v3/entity/mlModel", json([{ urn: MODEL, mlModelProperties: {} }], ingestToken())),
  },
  { name: "OpenAPI: null items", status: 422, message: /invalid proposal/, send: () => request("/openapi/v3/entity/mlModel", json([null], ingestToken())) },
  {
    name: `OpenAPI: over ${MAX_BATCH_PROPOSALS} items`,
    status: 413,
    message: /at most 5000 entities/,
    send: () =>
      request(
        "/openapi/v3/entity/mlModel",
        json(
          Array.from({ length: MAX_BATCH_PROPOSALS + 1 }, () => ({ urn: MODEL })),
          ingestToken(),
        ),
      ),
  },
  // reads of stored aspects
  {
    name: "aspect read: a malformed urn",
    status: 400,
    message: /invalid urn/,
    send: () => request(`/aspects/${encodeURIComponent("urn:li:mlModel:(")}?aspect=mlModelProperties`),
  },
  { name: "aspect read: bad percent-encoding", status: 400, message: /invalid urn/, send: () => request(`/aspects/%E0%A4%A?aspect=mlModelProperties`) },
  {
    name: "aspect read: no aspect named",
    status: 400,
    message: /query parameter 'aspect' is required/,
    send: () => request(`/aspects/${encodeURIComponent(MODEL)}`),
  },
  {
    name: "aspect read: a negative version",
    status: 400,
    message: /version must be a non-negative integer/,
    send: () => request(`/aspects/${encodeURIComponent(MODEL)}?aspect=mlModelProperties&version=-1`),
  },
  {
    name: "aspect read: a timeseries aspect",
    status: 400,
    message: /is a timeseries aspect/,
    send: () => request(`/aspects/${encodeURIComponent(RUN)}?aspect=dataProcessInstanceRunEvent`),
  },
  {
    name: "aspect read: absent",
    status: 404,
    message: /no aspect 'mlModelProperties' version 7/,
    send: () => request(`/aspects/${encodeURIComponent(MODEL)}?aspect=mlModelProperties&version=7`),
  },
  {
    name: "an unknown GMS endpoint",
    status: 404,
    message: /no such endpoint: POST \/entities/,
    send: () => request("/entities?action=delete", json({}, ingestToken())),
  },
]);

// ---------- sign-in and other routes ----------

badGroup("sign-in and other routes", () => [
  {
    name: "a sign-in code that was never issued",
    status: 400,
    message: /This sign-in link does not work/,
    send: () => request(`/auth/signin?code=${"A".repeat(43)}`, { redirect: "manual" }),
  },
  {
    name: "a 10 kB sign-in code",
    status: 400,
    message: /This sign-in link does not work/,
    send: () => request(`/auth/signin?code=${"A".repeat(10_000)}`, { redirect: "manual" }),
  },
  {
    name: "token sign-in: invalid JSON",
    status: 400,
    message: /request body is not valid JSON/,
    send: () => request("/auth/session", json("{", undefined, { origin: server.url })),
  },
  {
    name: "token sign-in: no token",
    status: 401,
    message: /the token is not valid/,
    send: () => request("/auth/session", json({}, undefined, { origin: server.url })),
  },
  {
    name: "token sign-in: a body over 64 kB",
    status: 413,
    message: /exceeds the limit of 65536 bytes/,
    send: () => request("/auth/session", json({ token: "x".repeat(100_000) }, undefined, { origin: server.url })),
  },
  {
    name: "token sign-in from another site",
    status: 403,
    message: /sign-in must come from this server's own pages/,
    send: () => request("/auth/session", json({ token: server.token("reader") }, undefined, { origin: "https://evil.example" })),
  },
  {
    name: "sign-out from another site",
    status: 403,
    message: /sign-out must come from this server's own pages/,
    send: () => request("/auth/signout", { method: "POST", headers: { origin: "https://evil.example" } }),
  },
  { name: "an unknown auth endpoint", status: 404, message: /no such endpoint/, send: () => request("/auth/nope") },
  { name: "a path that is not valid percent-encoding", status: 400, message: /not valid percent-encoding/, send: () => request("/%E0%A4%A") },
  { name: "POST to the app", status: 405, message: /method not allowed/, send: () => request("/", { method: "POST" }) },
  { name: "a missing asset", status: 404, message: /not found/, send: () => request("/assets/nope.js") },
]);

// ---------- mixed batches: the good land, the bad are reported ----------

describe("batches mixing good and bad items", () => {
  it("ingestProposalBatch keeps the good proposals and reports each bad one", async () => {
    const good1 = up("urn:li:tag:mixed_one", "tagProperties", { name: "Mixed one" });
    const good2 = up("urn:li:tag:mixed_two", "tagProperties", { name: "Mixed two" });
    const bads = BAD_PROPOSALS.slice(0, 12).map(([, p]) => p);
    const a = await request("/aspects?action=ingestProposalBatch", json({ proposals: [good1, ...bads, good2] }, ingestToken()));
    expect(a.status).toBe(422);
    expect(a.body.value).toMatchObject({ accepted: 2, rejected: bads.length });
    const results = a.body.value.results as Array<{ index: number; ok: boolean; error?: string }>;
    expect(results.filter((r) => r.ok).map((r) => r.index)).toEqual([0, bads.length + 1]);
    BAD_PROPOSALS.slice(0, 12).forEach(([, , message], i) => expect(results[i + 1]!.error).toMatch(message));
    expect(server.store.getAspect("urn:li:tag:mixed_one", "tagProperties")?.value).toMatchObject({ name: "Mixed one" });
    expect(server.store.getAspect("urn:li:tag:mixed_two", "tagProperties")?.value).toMatchObject({ name: "Mixed two" });
  });

  it("the OpenAPI upsert keeps good items next to bad ones", async () => {
    const a = await request(
      "/openapi/v3/entity/tag",
      json(
        [
          { urn: "urn:li:tag:mixed_openapi", tagProperties: { value: { name: "OpenAPI" } } },
          { urn: "urn:li:tag:(", tagProperties: { value: { name: "x" } } },
        ],
        ingestToken(),
      ),
    );
    expect(a.status).toBe(422);
    expect(a.body[0]).toEqual({ urn: "urn:li:tag:mixed_openapi", aspect: "tagProperties" });
    expect(a.body[1].error).toMatch(/invalid entityUrn/);
    expect(server.store.getAspect("urn:li:tag:mixed_openapi", "tagProperties")?.value).toMatchObject({ name: "OpenAPI" });
  });

  it("patchEntities applies the good patches and reports the rejected one", async () => {
    const PATCH = `mutation($input: [PatchEntityInput!]!) { patchEntities(input: $input) { urn success error } }`;
    const a = await gql(
      PATCH,
      {
        input: [
          { urn: MODEL, aspectName: "mlModelProperties", patch: [{ op: "ADD", path: "/customProperties/mixed", value: '"yes"' }] },
          { urn: MODEL, aspectName: "mlModelProperties", patch: [{ op: "REMOVE", path: "/nothing/here" }] },
        ],
      },
      admin(),
    );
    expect(a.body.errors).toBeUndefined();
    expect(a.body.data.patchEntities.map((r: any) => r.success)).toEqual([true, false]);
    expect(a.body.data.patchEntities[1].error).toMatch(/JSON-Patch/);
    expect(server.store.getAspect(MODEL, "mlModelProperties")?.value).toMatchObject({ customProperties: { mixed: "yes" } });
  });

  it("a batch mutation with one malformed or unknown resource writes nothing at all", async () => {
    const before = server.store.dump();
    const BATCH = `mutation($input: BatchAddTagsInput!) { batchAddTags(input: $input) }`;
    for (const bad of ["urn:li:mlModel:(", UNKNOWN_MODEL]) {
      const a = await gql(BATCH, { input: { tagUrns: ["urn:li:tag:batch_new"], resources: [{ resourceUrn: DATASET }, { resourceUrn: bad }] } }, admin());
      assertClearError(a, { message: /invalid urn|no entity/, code: "BAD_USER_INPUT" });
    }
    const PATCH = `mutation($input: [PatchEntityInput!]!) { patchEntities(input: $input) { success } }`;
    const p = await gql(
      PATCH,
      {
        input: [
          { urn: DATASET, aspectName: "datasetProperties", patch: [{ op: "ADD", path: "/description", value: '"x"' }] },
          { urn: "nope", aspectName: "datasetProperties", patch: [] },
        ],
      },
      admin(),
    );
    assertClearError(p, { message: /invalid urn/, code: "BAD_USER_INPUT" });
    expect(server.store.dump()).toEqual(before);
  });
});

describe("the corpus", () => {
  it("sent at least 200 bad requests, and the server is still up", async () => {
    expect(sent).toBeGreaterThanOrEqual(200);
    expect((await request("/health")).body).toMatchObject({ status: "ok" });
  });
});
