/**
 * The request limits against the web app's own documents: every query and mutation the app sends
 * must stay well under each limit (at most half of it), so a new UI query that grows too big fails
 * here rather than in production. DataHub's own ML entity pages (its web client's documents) pass
 * the static limits too; their result size is checked against the demo catalog, with real
 * relationship counts, in test/datahub-web-client.test.ts. Also: the limits do fire on what they
 * are meant to stop.
 */
import { describe, expect, it } from "vitest";
import { getIntrospectionQuery, parse, print, validate, type DocumentNode, type GraphQLError } from "graphql";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { MaxTokensParserWLexer } from "@escape.tech/graphql-armor-max-tokens";
import { ARMOR_OPTIONS, GRAPHQL_LIMITS } from "./limits";
import { resultSize } from "./result-size";
import { buildExecutableSchema } from "./index";
import { operations, withFragments } from "../../src/documents.test-util";
import { CLIENT_OPERATIONS, ML_PAGE_OPERATIONS } from "../../test/datahub-web-client";
import { resolvableDocument } from "./resolvable";

const schema = buildExecutableSchema();

/**
 * Page sizes the app passes as variables, where it bounds them below the API's maximum (the value
 * and where the app sets it). Any other variable counts at the API's maximum page size.
 */
const APP_VARIABLES: Record<string, Record<string, unknown>> = {
  Search: { count: 20 }, // PAGE_SIZE, src/search/params.ts
  ExperimentEntities: { count: 200 }, // ALL_AT_ONCE, src/entities/experiment/entities-tab.tsx
  ExperimentGraph: { runs: 50, perRun: 50 }, // EXPERIMENT_RUNS, PER_RUN, src/lineage/use-experiment-graph.ts
  Impact: { input: { urn: "urn:li:dataset:x", direction: "DOWNSTREAM", start: 0, count: 1000 } }, // PAGE_ROWS, src/lineage/use-impact.ts
  ExperimentGraphEntities: { urns: Array.from({ length: 1000 }, (_, i) => `urn:li:dataset:${i}`) }, // MAX_DETAILS
  EntityHistory: { count: 20 }, // PAGE, src/entities/shared/history-tab.tsx
  LineageGraph: { input: { maxNodes: 2000 } }, // MAX_NODES, src/lineage/use-lineage-graph.ts
  FlowRuns: { start: 0, runs: 10 }, // RUNS_PER_FLOW_JOB, src/entities/dataJob/runs-tab.tsx
  JobRuns: { start: 0, count: 25 }, // RUNS_PAGE, src/entities/dataJob/runs-tab.tsx
  PipelineTasks: { start: 0, count: 50 }, // TASKS_PAGE, src/entities/dataFlow/tasks-tab.tsx
  GlossaryNodeChildren: { start: 0, count: 50 }, // CHILDREN_PAGE, src/entities/glossaryNode/page.tsx
};

/**
 * What each limit measures on a document, with the same options the server uses: depth, directives
 * and tokens on the document as sent, aliases, cost and result size on what the server resolves.
 */
function measure(doc: DocumentNode, variables?: Record<string, unknown>) {
  const m = { depth: 0, aliases: 0, directives: 0, cost: 0, tokens: 0, resultSize: 0 };
  const record = (k: keyof typeof m) => [(_: unknown, d: { n: number }) => void (m[k] = d.n)];
  const resolvable = resolvableDocument(schema, doc);
  const errors = [
    ...validate(schema, doc, [
      maxDepthRule({ ...ARMOR_OPTIONS.maxDepth, n: Infinity, onAccept: record("depth") }),
      maxDirectivesRule({ ...ARMOR_OPTIONS.maxDirectives, n: Infinity, onAccept: record("directives") }),
    ]),
    ...validate(schema, resolvable, [
      maxAliasesRule({ ...ARMOR_OPTIONS.maxAliases, n: Infinity, onAccept: record("aliases") }),
      costLimitRule({ ...ARMOR_OPTIONS.costLimit, maxCost: Infinity, onAccept: record("cost") }),
    ]),
  ];
  const parser = new MaxTokensParserWLexer(print(doc), { ...ARMOR_OPTIONS.maxTokens, n: Infinity } as never);
  parser.parseDocument();
  m.tokens = parser.tokenCount;
  m.resultSize = resultSize(schema, resolvable, null, variables);
  return { m, errors: errors.map((e) => e.message) };
}

const LIMIT_OF = {
  depth: GRAPHQL_LIMITS.maxDepth,
  aliases: GRAPHQL_LIMITS.maxAliases,
  directives: GRAPHQL_LIMITS.maxDirectives,
  cost: GRAPHQL_LIMITS.maxCost,
  tokens: GRAPHQL_LIMITS.maxTokens,
  resultSize: GRAPHQL_LIMITS.maxResultSize,
} as const;

describe("the web app's documents stay well under the request limits", () => {
  it("finds the app's operations", () => expect(operations.length).toBeGreaterThan(25));

  for (const op of operations) {
    it(`${op.name?.value}: at most half of every limit`, () => {
      const { m, errors } = measure(withFragments(op), APP_VARIABLES[op.name?.value ?? ""]);
      expect(errors).toEqual([]);
      for (const [k, limit] of Object.entries(LIMIT_OF)) expect({ [k]: m[k as keyof typeof m] <= limit / 2 }).toEqual({ [k]: true });
    });
  }
});

describe("DataHub's own ML entity pages pass the static limits", () => {
  for (const name of ML_PAGE_OPERATIONS) {
    it(name, () => {
      const { m, errors } = measure(CLIENT_OPERATIONS.find((o) => o.name === name)!.document);
      expect(errors).toEqual([]);
      const { resultSize: _, ...staticOnes } = m;
      for (const [k, v] of Object.entries(staticOnes)) expect({ [k]: v <= LIMIT_OF[k as keyof typeof LIMIT_OF] }).toEqual({ [k]: true });
    });
  }
});

describe("introspection (DataHub tooling and GraphiQL use it)", () => {
  it("stays under every limit", () => {
    const { m, errors } = measure(
      parse(
        getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }),
      ),
    );
    expect(errors).toEqual([]);
    for (const [k, limit] of Object.entries(LIMIT_OF)) expect({ [k]: m[k as keyof typeof m] <= limit / 2 }).toEqual({ [k]: true });
  });
});

describe("the limits catch what they are for", () => {
  const run = (query: string) => {
    const doc = parse(query);
    return validate(schema, doc, [
      maxDepthRule({ ...ARMOR_OPTIONS.maxDepth, propagateOnRejection: false, onReject: [(c, e: GraphQLError) => c?.reportError(e)] }),
      maxAliasesRule({ ...ARMOR_OPTIONS.maxAliases, propagateOnRejection: false, onReject: [(c, e: GraphQLError) => c?.reportError(e)] }),
    ]).map((e) => e.message);
  };

  it("depth", () => {
    let sel = "urn";
    for (let i = 0; i < 15; i++) sel = `relationships(input: { types: ["MemberOf"], direction: OUTGOING }) { relationships { entity { ${sel} } } }`;
    expect(run(`{ entity(urn: "urn:li:tag:x") { ${sel} } }`).join()).toMatch(/Query depth limit of 24 exceeded, found \d+/);
  });

  it("aliases", () => {
    const over = GRAPHQL_LIMITS.maxAliases + 1;
    const fields = Array.from({ length: over }, (_, i) => `a${i}: __typename`).join(" ");
    expect(run(`{ ${Array.from({ length: over }, (_, i) => `t${i}: tag(urn: "urn:li:tag:x") { urn }`).join(" ")} }`).join()).toMatch(
      new RegExp(`Aliases limit of ${GRAPHQL_LIMITS.maxAliases} exceeded, found ${over}`),
    );
    // __typename aliases are allowed (Apollo adds them).
    expect(run(`{ ${fields} }`)).toEqual([]);
  });

  it("result size multiplies nested page sizes, and reads variables", () => {
    const nested = `query($n: Int) { searchAcrossEntities(input: { query: "*", count: $n }) { searchResults { entity { urn
      relationships(input: { types: ["MemberOf"], direction: OUTGOING, count: 1000 }) { relationships { entity { urn } } } } } } }`;
    expect(resultSize(schema, parse(nested), null, { n: 10 })).toBeLessThan(GRAPHQL_LIMITS.maxEstimatedResultSize);
    expect(resultSize(schema, parse(nested), null, { n: 1000 })).toBeGreaterThan(GRAPHQL_LIMITS.maxEstimatedResultSize);
    // Unknown variables count at the maximum; defaults apply when given.
    expect(resultSize(schema, parse(nested))).toBeGreaterThan(GRAPHQL_LIMITS.maxEstimatedResultSize);
    expect(resultSize(schema, parse(nested.replace("$n: Int", "$n: Int = 5")))).toBeLessThan(GRAPHQL_LIMITS.maxEstimatedResultSize);
  });
});
