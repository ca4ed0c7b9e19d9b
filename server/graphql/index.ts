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
import { VERSION_INFO } from "./version";
import { limitPlugins } from "./limits";

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
    // Each mutation writes in one transaction; it waits for the write lock without blocking other requests.
    Mutation: Object.fromEntries(
      Object.entries(mutationResolvers).map(([name, resolve]) => [
        name,
        (parent: unknown, args: never, ctx: Context) => ctx.store.whenWritable(() => (resolve as (p: unknown, a: never, c: Context) => unknown)(parent, args, ctx)),
      ]),
    ),
    ...entityResolvers,
    Container: { ...entityResolvers.Container, ...containerResolvers, ...runResolvers.Container },
    DataProcessInstance: { ...entityResolvers.DataProcessInstance, ...runResolvers.DataProcessInstance },
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
  return createSchema<Context & ServerContext>({
    typeDefs: flavour === "datahub" ? datahubTypeDefs : typeDefs,
    resolvers: buildResolvers() as never,
    resolverValidationOptions: { requireResolversToMatchSchema: "ignore" },
  });
}

export interface GraphQLOptions {
  store: Store;
  requireAuth: boolean;
  principalOf: (req: http.IncomingMessage) => Principal;
  /** called with the cause of every unexpected (masked) error */
  onError?: (error: Error) => void;
  /** which schema to serve (default `orrery`) */
  schema?: SchemaFlavour;
}

export function createGraphQL(opts: GraphQLOptions): YogaServerInstance<{ req: http.IncomingMessage; res: http.ServerResponse }, Context> {
  return createYoga<{ req: http.IncomingMessage; res: http.ServerResponse }, Context>({
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
    // Depth, aliases, directives, tokens, cost and result size (./limits.ts), checked before execution.
    plugins: limitPlugins(),
    maskedErrors: {
      // Unexpected errors reach the client as "Unexpected error." without stack or cause, whatever
      // NODE_ENV says (yoga's dev mode would attach them); the server log keeps the cause.
      maskError(error, message) {
        const original = (error as GraphQLError).originalError;
        // A write refused by a limit (server/store/limits.ts) is the request's doing: say which limit.
        if (original instanceof WriteLimitError)
          return new GraphQLError(original.message, { nodes: (error as GraphQLError).nodes, path: (error as GraphQLError).path, extensions: { code: "BAD_USER_INPUT" } });
        if (original && !(original instanceof GraphQLError)) opts.onError?.(original);
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
      return { store: opts.store, principal, loaders: createLoaders(opts.store), budget: new WriteBudget() };
    },
  });
}
