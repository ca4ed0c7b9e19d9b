/**
 * Limits on what one GraphQL request may ask for and cost.
 *
 * Before anything runs: depth, aliases, directives, tokens and a static cost come from Escape's
 * GraphQL Armor plugins. Their cost only multiplies by `first`/`last` arguments, while DataHub's API
 * pages with `count`/`limit` (mostly inside an `input` object), so `resultSizePlugin` adds one more
 * estimate: the most values a query could return, multiplying each field by the page sizes of the
 * paged fields above it.
 *
 * While it runs: a document says nothing of how long the lists inside an aspect are (a dataset's
 * schema fields, a model's hyper-parameters, custom properties) or how long its strings are, nor how
 * many relationships an entity has. So every field is metered as it is resolved (`meterResolvers`,
 * `RequestBudget`): the values and the bytes of JSON the answer has so far, and the lineage
 * relationships read. Past a limit the request stops and its answer is one error naming the limit,
 * before the rest is built. A request also gives way to others every few milliseconds (`pause`), so
 * a costly one slows down, rather than freezes, everyone else.
 *
 * The web app's own queries stay well under every limit (server/graphql/limits.test.ts checks each
 * of them). Here: the limits, and the plugins that apply them; the estimate is ./result-size.ts, the
 * metering ./budget.ts.
 */
import { GraphQLError, type ValidationContext } from "graphql";
import type { Plugin } from "graphql-yoga";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { MAX_RELATIONSHIPS_READ } from "../lineage/paging";
import { budgetPlugin } from "./budget";
import { resultSizePlugin } from "./result-size";
import { onResolvable } from "./resolvable";

export const GRAPHQL_LIMITS = {
  /** nesting of fields (fragments do not count as a level); the web app's deepest query has 12 */
  maxDepth: 24,
  /**
   * aliased fields in the part of an operation the server resolves (server/graphql/resolvable.ts:
   * fragments on entity kinds it never returns, and what is asked below fields it answers as
   * missing, do not count). DataHub's own ML entity pages use up to 104 (getMLModelGroup), the web
   * app's largest 26; what aliases could amplify is bounded by the result size and the read meter.
   */
  maxAliases: 150,
  /** directives (`@include`, `@skip`, …) in one operation; the web app uses none, DataHub's up to 8 */
  maxDirectives: 20,
  /** lexical tokens in the document as sent; the web app's largest has about 450, DataHub's ML pages up to 3,430 */
  maxTokens: 5000,
  /**
   * GraphQL Armor's static cost of the part the server resolves, every field counted each place it
   * appears with fragments inlined (objects 2, scalars 1, no factor per level: depth has its own
   * limit). DataHub's ML entity pages cost up to 35,898 (getMLModelGroup), the web app's costliest
   * about 400; a document that multiplies fragments (each spreading the next twice) passes it fast.
   */
  maxCost: 60_000,
  /**
   * values a query could return given its page sizes (see resultSizePlugin), and values (fields and
   * list items) its answer really holds (see RequestBudget); the web app's largest is a 2,000-node
   * lineage graph, estimated at about 180,000 and really about 61,000
   */
  maxResultSize: 500_000,
  /**
   * values a query could return given its page sizes, checked before execution (resultSizePlugin):
   * a first gate against shapes that could only be enormous. It is four times the real limit
   * because it counts every nested page full (each search result's relationship pages at their
   * `count`): DataHub's own search page asks about 11,000 values a result that way, so its 50 and
   * 100 results a page (550,000 and 1.1 million) pass, while their real answers are a few thousand
   * values, metered against maxResultSize as they are built.
   */
  maxEstimatedResultSize: 2_000_000,
  /** bytes of JSON an answer may have (see RequestBudget); the web app's largest, that graph, has about 2 MB */
  maxResponseBytes: 8 * 1024 * 1024,
  /**
   * relationships one request may read (lineageGraph, searchAcrossLineage, relationships, lineage):
   * a 2,000-node graph of the lineage benchmark reads about 4,700
   */
  maxRelationshipsRead: MAX_RELATIONSHIPS_READ,
} as const;

/** Armor reports a limit as "Syntax Error: …" (it shares its parser's error path); report validation limits plainly. */
function plainReject(ctx: ValidationContext | null, error: GraphQLError): void {
  ctx?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }));
}
const validationOpts = { propagateOnRejection: false, onReject: [plainReject] };

/** How each Armor limit counts (shared with the test that measures the web app's documents). */
export const ARMOR_OPTIONS = {
  maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true },
  maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
  maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
  maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
  costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, flattenFragments: true, depthCostFactor: 1 },
} as const;

export function limitPlugins(): Plugin[] {
  return [
    maxTokensPlugin(ARMOR_OPTIONS.maxTokens),
    maxDepthPlugin({ ...ARMOR_OPTIONS.maxDepth, ...validationOpts }),
    maxDirectivesPlugin({ ...ARMOR_OPTIONS.maxDirectives, ...validationOpts }),
    // Aliases and cost count what the server will resolve (./resolvable.ts), not fragments on kinds it never returns.
    {
      onValidate({ addValidationRule }) {
        addValidationRule(
          onResolvable([maxAliasesRule({ ...ARMOR_OPTIONS.maxAliases, ...validationOpts }), costLimitRule({ ...ARMOR_OPTIONS.costLimit, ...validationOpts })]),
        );
      },
    },
    resultSizePlugin(GRAPHQL_LIMITS.maxEstimatedResultSize),
    budgetPlugin(),
  ];
}
