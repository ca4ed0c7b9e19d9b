/**
 * GraphQL endpoint (graphql-yoga): the DataHub-compatible schema from server/schema, resolvers from
 * this folder, a fresh set of DataLoaders per request.
 */
import type http from "node:http";
import crypto from "node:crypto";
import { createSchema, createYoga, maskError, renderGraphiQL, type YogaServerInstance } from "graphql-yoga";
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { datahubTypeDefs, typeDefs } from "../schema/index";
import type { Store } from "../store/store";
import { can, type Principal } from "../auth/roles";
import { createLoaders, type Context } from "./context";
import { entityResolvers } from "./entities";
import { mlExtensionResolvers } from "./ml-extensions";
import { queryResolvers, containerResolvers } from "./query";
import { mutationResolvers } from "./mutations";
import { VERSION_INFO } from "./version";
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
    platformPrivileges: { createTags: edit, manageTags: edit, manageGlossaries: edit, manageTokens: admin, manageIngestion: can(role, "ingest"), manageIdentities: admin },
    orreryRole: role,
  };
}

export function buildResolvers() {
  return {
    Long,
    Query: { ...queryResolvers, orreryInfo: () => VERSION_INFO, me: (_: unknown, __: unknown, ctx: Context) => me(ctx) },
    Mutation: mutationResolvers,
    ...entityResolvers,
    Container: { ...entityResolvers.Container, ...containerResolvers },
    MLModel: { ...entityResolvers.MLModel, ...mlExtensionResolvers.MLModel },
    MLFeature: { ...entityResolvers.MLFeature, ...mlExtensionResolvers.MLFeature },
    OrreryFeatureSourceColumn: mlExtensionResolvers.OrreryFeatureSourceColumn,
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

/**
 * GraphiQL's page (GET /api/graphql from a browser), rendered once so its Content-Security-Policy can
 * allow exactly its inline scripts by hash (no 'unsafe-inline'). The page loads GraphiQL from unpkg.
 */
export const GRAPHIQL_HTML = renderGraphiQL({ title: "Orrery GraphQL" });
const scriptHashes = [...GRAPHIQL_HTML.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
  (m) => `'sha256-${crypto.createHash("sha256").update(m[1]!, "utf8").digest("base64")}'`,
);
export const GRAPHIQL_CSP = [
  "default-src 'none'",
  `script-src ${scriptHashes.join(" ")} https://unpkg.com`,
  "style-src 'unsafe-inline' https://unpkg.com",
  "font-src https://unpkg.com data:",
  "img-src 'self' data: https://raw.githubusercontent.com",
  "connect-src 'self' https://unpkg.com",
  "worker-src blob:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

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
    renderGraphiQL: () => GRAPHIQL_HTML,
    logging: false,
    // Depth, aliases, directives, tokens, cost and result size (./limits.ts), checked before
    // execution; then reads go to the read workers (./read-pool.ts).
    plugins: [...limitPlugins(), ...(pool ? [readPoolPlugin(pool)] : [])],
    maskedErrors: {
      // Unexpected errors reach the client as "Unexpected error." without stack or cause, whatever
      // NODE_ENV says (yoga's dev mode would attach them); the server log keeps the cause: a
      // resolver's error (wrapped in a GraphQLError) and one thrown outside execution, such as an
      // answer that cannot be serialised.
      maskError(error, message) {
        const cause = error instanceof GraphQLError ? error.originalError : error;
        if (cause && !(cause instanceof GraphQLError)) opts.onError?.(cause instanceof Error ? cause : new Error(String(cause)));
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
      return { store: opts.store, principal, loaders: createLoaders(opts.store, budget), budget };
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
