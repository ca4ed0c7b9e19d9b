/**
 * GraphQL endpoint (graphql-yoga): the DataHub-compatible schema from server/schema, resolvers from
 * this folder, a fresh set of DataLoaders per request.
 */
import type http from "node:http";
import { createSchema, createYoga, maskError, type YogaServerInstance } from "graphql-yoga";
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { typeDefs } from "../schema/index";
import type { Store } from "../store/store";
import { can, type Principal } from "../auth/roles";
import { createLoaders, type Context } from "./context";
import { entityResolvers } from "./entities";
import { queryResolvers, containerResolvers } from "./query";
import { mutationResolvers } from "./mutations";
import { VERSION_INFO } from "./version";

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
  };
}

type ServerContext = { req: http.IncomingMessage; res: http.ServerResponse };

export function buildExecutableSchema() {
  return createSchema<Context & ServerContext>({
    typeDefs,
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
}

export function createGraphQL(opts: GraphQLOptions): YogaServerInstance<{ req: http.IncomingMessage; res: http.ServerResponse }, Context> {
  return createYoga<{ req: http.IncomingMessage; res: http.ServerResponse }, Context>({
    schema: buildExecutableSchema(),
    graphqlEndpoint: "/api/graphql",
    landingPage: false,
    graphiql: { title: "Orrery GraphQL" },
    logging: false,
    maskedErrors: {
      // Unexpected errors reach the client as "Unexpected error."; the server log keeps the cause.
      maskError(error, message, isDev) {
        const original = (error as GraphQLError).originalError;
        if (original && !(original instanceof GraphQLError)) opts.onError?.(original);
        return maskError(error, message, isDev);
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
      return { store: opts.store, principal, loaders: createLoaders(opts.store) };
    },
  });
}
