/**
 * GraphQL endpoint (graphql-yoga): the DataHub-compatible schema from server/schema, resolvers from
 * this folder, a fresh set of DataLoaders per request.
 */
import type http from "node:http";
import { createSchema, createYoga, maskError, type YogaServerInstance } from "graphql-yoga";
import { graphiqlPage } from "../graphiql";
import { GraphQLError, GraphQLScalarType, Kind, buildSchema, isInterfaceType, isObjectType, type GraphQLSchema } from "graphql";
import { datahubTypeDefs, typeDefs } from "../schema/index";
import type { Store } from "../store/store";
import { isBusy, WriteBudget, WriteLimitError } from "../store/limits";
import type { Principal } from "../auth/roles";
import { createLoaders, type Context } from "./context";
import type { Resolvers } from "./generated/resolvers-types";
import { containerResolvers } from "./containers";
import { datasetResolvers } from "./datasets";
import { mlResolvers } from "./ml";
import { mutationResolvers } from "./mutations";
import { batchMutationResolvers } from "./batch-mutations";
import { queryResolvers } from "./query";
import { referencedResolvers } from "./referenced";
import { runResolvers } from "./runs";
import { catalogQueryResolvers, catalogResolvers, assetCatalogFields } from "./catalog";
import { deploymentQueryResolvers, deploymentResolvers } from "./deployments";
import { jobQueryResolvers, jobResolvers } from "./jobs";
import { GRAPHQL_LIMITS, limitPlugins } from "./limits";
import { RequestBudget, meterResolvers, type RequestLimits } from "./budget";
import { ReadLane, type ResultHook } from "./read-lane";
import { ReadPool, readPoolPlugin } from "./read-pool";
import { datahubErrorsPlugin } from "./errors";
import { answerAbsent } from "./absent";
import { hideUnservedEntities } from "./datahub-flavour";
import { datasetTimeseriesFields } from "./dataset-timeseries";

const Long = new GraphQLScalarType({
  name: "Long",
  description: "A 64-bit integer (epoch milliseconds, sizes), as a JSON number",
  serialize: (v) => (typeof v === "number" ? v : Number(v)),
  parseValue: (v) => {
    if (typeof v !== "number" || !Number.isSafeInteger(v)) throw new GraphQLError("Long must be a safe integer");
    return v;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new GraphQLError("Long must be an integer literal");
    const n = Number(ast.value);
    if (!Number.isSafeInteger(n)) throw new GraphQLError("Long is out of range");
    return n;
  },
});

/** Every resolver of the schema, typed by the types generated from it (./generated/, `npm run codegen`). */
export function buildResolvers(): Resolvers {
  return {
    Long,
    Query: { ...queryResolvers, ...catalogQueryResolvers, ...jobQueryResolvers, ...deploymentQueryResolvers },
    Mutation: { ...mutationResolvers, ...batchMutationResolvers },
    ...mlResolvers,
    ...runResolvers,
    ...datasetResolvers,
    ...containerResolvers,
    ...referencedResolvers,
    ...catalogResolvers,
    ...jobResolvers,
    // Domains and structured properties on every ML kind; deployments and containers on models and groups.
    MLModel: { ...mlResolvers.MLModel, ...deploymentResolvers.MLModel, ...assetCatalogFields },
    MLModelGroup: { ...mlResolvers.MLModelGroup, ...deploymentResolvers.MLModelGroup, ...assetCatalogFields },
    MLFeature: { ...mlResolvers.MLFeature, ...assetCatalogFields },
    MLPrimaryKey: { ...mlResolvers.MLPrimaryKey, ...assetCatalogFields },
    MLFeatureTable: { ...mlResolvers.MLFeatureTable, ...assetCatalogFields },
    Dataset: { ...datasetResolvers.Dataset, ...assetCatalogFields, ...datasetTimeseriesFields },
    DataFlow: { ...jobResolvers.DataFlow, ...assetCatalogFields },
    DataJob: { ...jobResolvers.DataJob, ...assetCatalogFields },
    GlossaryTerm: { ...referencedResolvers.GlossaryTerm, ...catalogResolvers.GlossaryTerm },
    OrreryMlModelDeployment: deploymentResolvers.OrreryMlModelDeployment,
  };
}

/**
 * The resolvers of the types and fields `schema` has: the datahub flavour has none of Orrery's
 * extension types and fields, whose resolvers have nothing to attach to.
 */
export function resolversOf(schema: GraphQLSchema, resolvers: Resolvers): Resolvers {
  const out: Resolvers = { ...resolvers };
  for (const [name, typeResolvers] of Object.entries(out)) {
    const type = schema.getType(name);
    if (!type) Reflect.deleteProperty(out, name);
    else if ((isObjectType(type) || isInterfaceType(type)) && typeResolvers && typeof typeResolvers === "object") {
      const fields = type.getFields();
      const kept = { ...typeResolvers };
      for (const field of Object.keys(kept)) if (!field.startsWith("__") && !Object.hasOwn(fields, field)) Reflect.deleteProperty(kept, field);
      Reflect.set(out, name, kept);
    }
  }
  return out;
}

/** Each mutation writes in one transaction; it waits for the write lock without blocking other requests. */
function writesWhenWritable(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve) continue; // a mutation this catalog does not offer writes nothing (./absent.ts)
    field.resolve = (source, args, ctx: Context, info) => ctx.store.whenWritable(() => resolve(source, args, ctx, info));
  }
  return schema;
}

type ServerContext = { req: http.IncomingMessage; res: http.ServerResponse };

/**
 * `orrery` serves DataHub's subset plus Orrery's extensions; `datahub` leaves the extensions out, so
 * clients (and the web app) can be tried against what a plain DataHub offers.
 */
export type SchemaFlavour = "orrery" | "datahub";

export function buildExecutableSchema(flavour: SchemaFlavour = "orrery") {
  const sdl = flavour === "datahub" ? datahubTypeDefs : typeDefs;
  const resolvers = flavour === "datahub" ? resolversOf(buildSchema(sdl.join("\n")), buildResolvers()) : buildResolvers();
  // Every resolver must name a type and field of the schema (a resolver of nothing is an error), and
  // every field is metered against the request's budget as it resolves (see ./budget.ts).
  // Every field without a resolver is answered as DataHub answers what it does not have (./absent.ts).
  const schema = createSchema<Context & ServerContext>({
    typeDefs: sdl,
    resolvers,
    resolverValidationOptions: { requireResolversToMatchSchema: "error" },
  });
  // Absence is decided before the datahub flavour wraps the fields that return entities (which would
  // give them resolvers).
  const answered = answerAbsent(schema);
  return meterResolvers(writesWhenWritable(flavour === "datahub" ? hideUnservedEntities(answered) : answered));
}

export interface GraphQLOptions {
  store: Store;
  requireAuth: boolean;
  principalOf: (req: http.IncomingMessage) => Principal;
  /** called with the cause of every unexpected (masked) error */
  onError?: (error: Error) => void;
  /** which schema to serve (default `orrery`) */
  schema?: SchemaFlavour;
  /** the per-request limits (default GRAPHQL_LIMITS; tests lower them) */
  limits?: Partial<RequestLimits>;
  /**
   * read workers (see ./read-pool.ts): default READ_WORKERS, or $ORRERY_READ_WORKERS; 0 runs
   * every query on the main thread (an in-memory catalog always does)
   */
  readWorkers?: number;
}

/** Read workers a server runs (started on the first read that needs one). */
export const READ_WORKERS = 2;

function readWorkerCount(opts: GraphQLOptions): number {
  if (opts.store.path === ":memory:") return 0;
  const n = opts.readWorkers ?? (process.env.ORRERY_READ_WORKERS !== undefined ? Number(process.env.ORRERY_READ_WORKERS) : READ_WORKERS);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

type Yoga = YogaServerInstance<{ req: http.IncomingMessage; res: http.ServerResponse }, Context>;

export function createGraphQL(opts: GraphQLOptions): Yoga {
  return createGraphQLEndpoint(opts).yoga;
}

/** yoga over the store and, with read workers, the read lane in front of it (./read-lane.ts). */
export function createGraphQLEndpoint(opts: GraphQLOptions): { yoga: Yoga; lane: ReadLane | null } {
  const limits: RequestLimits = { ...GRAPHQL_LIMITS, ...opts.limits };
  const workers = readWorkerCount(opts);
  const pool = workers > 0 ? new ReadPool({ db: opts.store.path, schema: opts.schema ?? "orrery", limits, size: workers, onError: opts.onError }) : null;
  if (pool) opts.store.onClose(() => pool.close());
  const schema = buildExecutableSchema(opts.schema);
  const datahubErrors = opts.schema === "datahub" ? datahubErrorsPlugin() : null;
  let lane: ReadLane | null = null;
  const yoga = createYoga<{ req: http.IncomingMessage; res: http.ServerResponse }, Context>({
    schema,
    graphqlEndpoint: "/api/graphql",
    landingPage: false,
    graphiql: { title: "Orrery GraphQL" },
    renderGraphiQL: () => graphiqlPage(),
    // yoga's own failures (outside any resolver) go to the error log too; nothing else is logged.
    logging: {
      debug: () => {},
      info: () => {},
      warn: () => {},
      error: (...args: unknown[]) => opts.onError?.(args.find((a): a is Error => a instanceof Error) ?? new Error(args.map(String).join(" "))),
    },
    // No CORS here: yoga's default reflects any Origin with credentials. server/http.ts answers only
    // the origins an operator allowed (--allow-origin).
    cors: false,
    // Depth, aliases, directives, tokens, cost and result size (./limits.ts), checked before
    // execution; then reads go to the read workers (./read-pool.ts).
    plugins: [
      ...limitPlugins(),
      ...(pool ? [readPoolPlugin(pool, (query, operationName, document) => lane?.learn(query, operationName, document))] : []),
      ...(datahubErrors ? [datahubErrors] : []),
    ],
    maskedErrors: {
      // Unexpected errors reach the client as "Unexpected error." without stack or cause, whatever
      // NODE_ENV says (yoga's dev mode would attach them); the server log keeps the cause: a
      // resolver's error (wrapped in a GraphQLError) and one thrown outside execution, such as an
      // answer that cannot be serialised.
      maskError(error, message) {
        const located = error instanceof GraphQLError ? error : undefined;
        const original = located ? located.originalError : error;
        // A write refused by a limit (server/store/limits.ts) is the request's doing: say which limit.
        if (original instanceof WriteLimitError)
          return new GraphQLError(original.message, {
            nodes: located?.nodes,
            path: located?.path,
            extensions: { code: "BAD_USER_INPUT" },
          });
        if (original && !(original instanceof GraphQLError)) opts.onError?.(original instanceof Error ? original : new Error(String(original)));
        if (isBusy(original))
          return new GraphQLError("The catalog is busy: another process is writing it; try again.", {
            nodes: located?.nodes,
            path: located?.path,
            extensions: { code: "SERVICE_UNAVAILABLE" },
          });
        return maskError(error, message, false);
      },
    },
    context: ({ req }) => {
      let principal: Principal;
      try {
        principal = opts.principalOf(req);
      } catch (e) {
        throw new GraphQLError(e instanceof Error ? e.message : String(e), { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
      }
      if (opts.requireAuth && !principal.role)
        throw new GraphQLError("Unauthenticated: this server requires a token for reads.", {
          extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
        });
      const budget = new RequestBudget(limits);
      return { store: opts.store, principal, loaders: createLoaders(opts.store, budget), budget, writeBudget: new WriteBudget() };
    },
  });
  if (pool)
    lane = new ReadLane({
      pool,
      schema,
      fetchAPI: yoga.fetchAPI,
      principalOf: opts.principalOf,
      requireAuth: opts.requireAuth,
      maxEstimatedResultSize: GRAPHQL_LIMITS.maxEstimatedResultSize,
      resultHooks: datahubErrors ? [datahubErrors.onResultProcess as ResultHook] : [],
    });
  return { yoga: withCheapBody(yoga), lane };
}

/**
 * The HTTP layer reads a GraphQL request's body (with its size limit) and hands it to yoga as a
 * string on `req.body`. @whatwg-node/server checks such a body with `Object.keys`, which lists
 * every character of a string: 70 ms for 100 kB, 2.7 s for a 2 MB body, during which nothing else
 * runs. Handed as an async iterable of its bytes (an object with one key), it costs a copy.
 */
class TextBody {
  constructor(readonly text: string) {}
  async *[Symbol.asyncIterator]() {
    yield Buffer.from(this.text, "utf8");
  }
}

function withCheapBody<T extends (...args: never[]) => unknown>(yoga: T): T {
  return new Proxy(yoga, {
    apply(target, thisArg, args: unknown[]) {
      const req = args[0] as { body?: unknown } | undefined;
      if (req && typeof req.body === "string") req.body = new TextBody(req.body);
      return Reflect.apply(target, thisArg, args);
    },
  });
}
