/**
 * GraphQL endpoint (graphql-yoga): the DataHub-compatible schema from server/schema, resolvers from
 * this folder, a fresh set of DataLoaders per request.
 */
import type http from "node:http";
import { createSchema, createYoga, maskError, type YogaServerInstance } from "graphql-yoga";
import { graphiqlPage } from "../graphiql";
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { datahubTypeDefs, typeDefs } from "../schema/index";
import type { Store } from "../store/store";
import { isBusy, WriteBudget, WriteLimitError } from "../store/limits";
import { can, type Principal } from "../auth/roles";
import { createLoaders, type Context } from "./context";
import { entityResolvers } from "./entities";
import { mlExtensionResolvers } from "./ml-extensions";
import { queryResolvers, containerResolvers } from "./query";
import { mutationResolvers } from "./mutations";
import { runResolvers } from "./runs";
import { jobQueryResolvers, jobResolvers } from "./jobs";
import { VERSION_INFO } from "./version";
import { assetCatalogFields, catalogQueryResolvers, catalogResolvers } from "./catalog";
import { deploymentResolvers } from "./deployments";
import { GRAPHQL_LIMITS, RequestBudget, limitPlugins, meterResolvers, type RequestLimits } from "./limits";
import { ReadPool, readPoolPlugin } from "./read-pool";

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

/** DataHub's `me`: null when anonymous; privileges follow the role (see server/auth/roles.ts). */
function me(ctx: Context) {
  const { role, actor } = ctx.principal;
  if (!role || !actor) return null;
  const edit = can(role, "edit");
  const admin = can(role, "admin");
  return {
    corpUser: { urn: actor },
    platformPrivileges: {
      createTags: edit,
      manageTags: edit,
      manageGlossaries: edit,
      manageTokens: admin,
      manageIngestion: can(role, "ingest"),
      manageIdentities: admin,
    },
    orreryRole: role,
  };
}

export function buildResolvers() {
  return {
    Long,
    Query: {
      ...queryResolvers,
      ...catalogQueryResolvers,
      ...jobQueryResolvers,
      orreryInfo: () => VERSION_INFO,
      me: (_: unknown, __: unknown, ctx: Context) => me(ctx),
    },
    // Each mutation writes in one transaction; it waits for the write lock without blocking other requests.
    Mutation: Object.fromEntries(
      Object.entries(mutationResolvers).map(([name, resolve]) => [
        name,
        (parent: unknown, args: never, ctx: Context) =>
          ctx.store.whenWritable(() => (resolve as (p: unknown, a: never, c: Context) => unknown)(parent, args, ctx)),
      ]),
    ),
    ...entityResolvers,
    Container: { ...entityResolvers.Container, ...containerResolvers, ...runResolvers.Container },
    DataProcessInstance: { ...entityResolvers.DataProcessInstance, ...runResolvers.DataProcessInstance },
    MLModel: { ...entityResolvers.MLModel, ...mlExtensionResolvers.MLModel, ...deploymentResolvers.MLModel, ...assetCatalogFields },
    MLModelGroup: { ...entityResolvers.MLModelGroup, ...deploymentResolvers.MLModelGroup, ...assetCatalogFields },
    MLFeature: { ...entityResolvers.MLFeature, ...mlExtensionResolvers.MLFeature, ...assetCatalogFields },
    MLPrimaryKey: { ...entityResolvers.MLPrimaryKey, ...assetCatalogFields },
    MLFeatureTable: { ...entityResolvers.MLFeatureTable, ...assetCatalogFields },
    Dataset: { ...entityResolvers.Dataset, ...assetCatalogFields },
    ...catalogResolvers,
    GlossaryTerm: { ...entityResolvers.GlossaryTerm, ...catalogResolvers.GlossaryTerm },
    OrreryMlModelDeployment: deploymentResolvers.OrreryMlModelDeployment,
    OrreryFeatureSourceColumn: mlExtensionResolvers.OrreryFeatureSourceColumn,
    ...jobResolvers,
  };
}

type ServerContext = { req: http.IncomingMessage; res: http.ServerResponse };

/**
 * `orrery` serves DataHub's subset plus Orrery's extensions; `datahub` leaves the extensions out, so
 * clients (and the web app) can be tried against what a plain DataHub offers.
 */
export type SchemaFlavour = "orrery" | "datahub";

export function buildExecutableSchema(flavour: SchemaFlavour = "orrery") {
  // Every field is metered against the request's budget as it resolves (see ./limits.ts).
  return meterResolvers(
    createSchema<Context & ServerContext>({
      typeDefs: flavour === "datahub" ? datahubTypeDefs : typeDefs,
      resolvers: buildResolvers() as never,
      resolverValidationOptions: { requireResolversToMatchSchema: "ignore" },
    }),
  );
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

export function createGraphQL(opts: GraphQLOptions): YogaServerInstance<{ req: http.IncomingMessage; res: http.ServerResponse }, Context> {
  const limits: RequestLimits = { ...GRAPHQL_LIMITS, ...opts.limits };
  const workers = readWorkerCount(opts);
  const pool = workers > 0 ? new ReadPool({ db: opts.store.path, schema: opts.schema ?? "orrery", limits, size: workers, onError: opts.onError }) : null;
  if (pool) opts.store.onClose(() => pool.close());
  const yoga = createYoga<{ req: http.IncomingMessage; res: http.ServerResponse }, Context>({
    schema: buildExecutableSchema(opts.schema),
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
    plugins: [...limitPlugins(), ...(pool ? [readPoolPlugin(pool)] : [])],
    maskedErrors: {
      // Unexpected errors reach the client as "Unexpected error." without stack or cause, whatever
      // NODE_ENV says (yoga's dev mode would attach them); the server log keeps the cause: a
      // resolver's error (wrapped in a GraphQLError) and one thrown outside execution, such as an
      // answer that cannot be serialised.
      maskError(error, message) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        // A write refused by a limit (server/store/limits.ts) is the request's doing: say which limit.
        if (original instanceof WriteLimitError)
          return new GraphQLError(original.message, {
            nodes: (error as GraphQLError).nodes,
            path: (error as GraphQLError).path,
            extensions: { code: "BAD_USER_INPUT" },
          });
        if (original && !(original instanceof GraphQLError)) opts.onError?.(original instanceof Error ? original : new Error(String(original)));
        if (isBusy(original))
          return new GraphQLError("The catalog is busy: another process is writing it; try again.", {
            nodes: (error as GraphQLError).nodes,
            path: (error as GraphQLError).path,
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
        throw new GraphQLError((e as Error).message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
      }
      if (opts.requireAuth && !principal.role)
        throw new GraphQLError("Unauthenticated: this server requires a token for reads.", {
          extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
        });
      const budget = new RequestBudget(limits);
      return { store: opts.store, principal, loaders: createLoaders(opts.store, budget), budget, writeBudget: new WriteBudget() };
    },
  });
  return withCheapBody(yoga);
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
