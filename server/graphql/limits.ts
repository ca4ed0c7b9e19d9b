/**
 * Limits on what one GraphQL request may ask for, checked before anything runs.
 *
 * Depth, aliases, directives, tokens and a static cost come from Escape's GraphQL Armor plugins. Their
 * cost only multiplies by `first`/`last` arguments, while DataHub's API pages with `count`/`limit`
 * (mostly inside an `input` object), so `resultSizePlugin` adds one more estimate: the most values a
 * query could return, multiplying each field by the page sizes of the paged fields above it. The web
 * app's own queries stay well under every limit (server/graphql/limits.test.ts checks each of them).
 */
import {
  GraphQLError,
  Kind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { costLimitPlugin } from "@escape.tech/graphql-armor-cost-limit";
import type { ValidationContext } from "graphql";

export const GRAPHQL_LIMITS = {
  /** nesting of fields (fragments do not count as a level); the web app's deepest query has 12 */
  maxDepth: 24,
  /** aliased fields in one operation; the web app uses at most 10 */
  maxAliases: 40,
  /** directives (`@include`, `@skip`, …) in one operation; the web app uses none */
  maxDirectives: 20,
  /** lexical tokens in the document; the web app's largest has about 420 */
  maxTokens: 5000,
  /** GraphQL Armor's static cost (objects 2, scalars 1, ×1.5 per level); the web app's costliest is about 3,100 */
  maxCost: 10_000,
  /**
   * values a query could return given its page sizes (see resultSizePlugin); the web app's largest
   * is a 2,000-node lineage graph, about 180,000
   */
  maxResultSize: 500_000,
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
  costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, flattenFragments: true },
} as const;

export function limitPlugins(): Plugin[] {
  return [
    maxTokensPlugin(ARMOR_OPTIONS.maxTokens),
    maxDepthPlugin({ ...ARMOR_OPTIONS.maxDepth, ...validationOpts }),
    maxAliasesPlugin({ ...ARMOR_OPTIONS.maxAliases, ...validationOpts }),
    maxDirectivesPlugin({ ...ARMOR_OPTIONS.maxDirectives, ...validationOpts }),
    costLimitPlugin({ ...ARMOR_OPTIONS.costLimit, ...validationOpts }),
    resultSizePlugin(GRAPHQL_LIMITS.maxResultSize),
  ] as Plugin[];
}

// ---------- result size ----------

/**
 * The page size of each paged field when the query does not give one (the resolvers' defaults), and
 * the largest each accepts (used for variables whose value is not known, as in the web app's
 * documents). Keyed by field name; `arg` is where the size is read: `input.count`, `count`, `limit`, ….
 */
export const PAGED_FIELDS: Record<string, { arg: string; default: number; max: number }> = {
  searchAcrossEntities: { arg: "input.count", default: 10, max: 1000 },
  searchAcrossLineage: { arg: "input.count", default: 10, max: 1000 },
  entities: { arg: "input.count", default: 10, max: 1000 }, // Container.entities; Query.entities counts its urns
  relationships: { arg: "input.count", default: 100, max: 1000 },
  lineage: { arg: "input.count", default: 100, max: 1000 },
  autoComplete: { arg: "input.limit", default: 10, max: 50 },
  autoCompleteForMultiple: { arg: "input.limit", default: 10, max: 50 },
  state: { arg: "limit", default: 20, max: 50 },
  entityHistory: { arg: "count", default: 50, max: 200 },
  lineageGraph: { arg: "input.maxNodes", default: 2000, max: 5000 },
};

type Variables = Record<string, unknown> | null | undefined;
/** `unknown` variables (no value, no default) count at the field's maximum. */
type VarLookup = (name: string) => unknown;

function literal(node: ValueNode, vars: VarLookup): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return vars(node.name.value);
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.LIST:
      return node.values.map((v) => literal(v, vars));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value, vars)]));
    case Kind.NULL:
      return null;
    default:
      return "value" in node ? node.value : undefined;
  }
}

const UNKNOWN = Symbol("unknown variable");

/** The page size a field asks for: 1 for fields that are not paged (or do not take the size argument). */
function multiplier(field: GraphQLField<unknown, unknown> | undefined, args: Record<string, unknown>): number {
  if (!field) return 1;
  const takes = (name: string) => field.args.some((a) => a.name === name);
  // Duplicate urns are answered once.
  if (field.name === "entities" && takes("urns")) return Array.isArray(args.urns) ? Math.max(1, new Set(args.urns).size) : PAGED_FIELDS.entities!.max;
  const paged = PAGED_FIELDS[field.name];
  if (!paged || !takes(paged.arg.split(".")[0]!)) return 1;
  let v: unknown = args;
  for (const part of paged.arg.split(".")) {
    if (v === UNKNOWN) break;
    v = v && typeof v === "object" ? (v as Record<string, unknown>)[part] : undefined;
  }
  if (v === UNKNOWN) return paged.max;
  // Out-of-range sizes are refused by the resolvers with a clear error; here they only must not slip under.
  return typeof v === "number" && Number.isFinite(v) ? Math.max(1, Math.min(v, paged.max)) : paged.default;
}

/**
 * The most values (fields of objects, list items included) the operation could return: each field
 * counts once per item of every paged field above it. Variables without a value count at the
 * maximum page size. Fragments are inlined; a spread already on the path counts nothing (cycles are
 * refused by validation anyway).
 */
export function resultSize(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null, variables?: Variables): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const ops: OperationDefinitionNode[] = [];
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind === Kind.OPERATION_DEFINITION) ops.push(d);
  }
  const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops[0];
  if (!op) return 0;
  const defaults = new Map(op.variableDefinitions?.map((v) => [v.variable.name.value, v.defaultValue]) ?? []);
  const vars: VarLookup = (name) => {
    if (variables && name in variables) return variables[name];
    const d = defaults.get(name);
    return d ? literal(d, () => UNKNOWN) : UNKNOWN;
  };
  const typeNamed = (name: string | undefined, fallback: GraphQLNamedType | undefined) => (name ? schema.getType(name) : fallback);
  const walk = (set: SelectionSetNode, parent: GraphQLNamedType | undefined | null, factor: number, path: Set<string>): number => {
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[s.name.value] : undefined;
        total += factor;
        if (s.selectionSet) {
          const args = Object.fromEntries((s.arguments ?? []).map((a) => [a.name.value, literal(a.value, vars)]));
          total += walk(s.selectionSet, def && getNamedType(def.type), factor * multiplier(def, args), path);
        }
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        total += walk(s.selectionSet, typeNamed(s.typeCondition?.name.value, parent ?? undefined), factor, path);
      } else {
        const f = fragments.get(s.name.value);
        if (!f || path.has(f.name.value)) continue;
        total += walk(f.selectionSet, schema.getType(f.typeCondition.name.value), factor, new Set(path).add(f.name.value));
      }
      if (total > Number.MAX_SAFE_INTEGER) return total;
    }
    return total;
  };
  return walk(op.selectionSet, schema.getRootType(op.operation), 1, new Set());
}

/** Refuses, before execution, an operation whose page sizes multiply past `max` values. */
export function resultSizePlugin(max: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const n = resultSize(args.schema, args.document, args.operationName, args.variableValues as Variables);
      if (n > max)
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `Query result size limit of ${max} exceeded: with the page sizes asked for (count, limit, maxNodes) it could return ${Math.round(n)} values. Ask for smaller pages or fewer nested lists.`,
              { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } },
            ),
          ],
        });
    },
  };
}
