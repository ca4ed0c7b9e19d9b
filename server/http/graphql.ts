/** GraphQL at `/api/graphql` (graphql-yoga over the store, or a proxy to an upstream catalog) and GraphiQL's files. */
import type http from "node:http";
import type { Store } from "../store/store";
import type { Principal } from "../auth/roles";
import { createGraphQLEndpoint, type SchemaFlavour } from "../graphql/index";
import { GRAPHIQL_ASSET_PREFIX, GRAPHIQL_CSP, graphiqlAsset } from "../graphiql";
import { proxyGraphQL } from "../upstream";
import { MAX_GRAPHQL_BODY_BYTES, readBody } from "./body";
import { HttpError } from "./errors";
import { principalOf } from "./identity";
import { prefixed, type Route } from "./router";

export interface GraphQLRouteOptions {
  store: Store;
  requireAuth: boolean;
  schema?: SchemaFlavour;
  /** GraphQL is answered by this upstream instead of the store (which then only holds sign-in) */
  upstream?: { url: string; token?: string; timeoutMs?: number };
  log?: (line: string) => void;
  errorLog: (line: string) => void;
}

/** The GraphQL endpoint and GraphiQL's files, in this order. */
export function graphqlRoutes(opts: GraphQLRouteOptions): Route[] {
  const { store, upstream } = opts;
  const { yoga, lane } = createGraphQLEndpoint({
    store,
    requireAuth: opts.requireAuth,
    principalOf: (req) => principalOf(store, req),
    onError: (e) => opts.errorLog(`graphql: unexpected error: ${e.stack ?? e.message}`),
    schema: opts.schema,
  });
  /** In upstream mode a Bearer token this server does not know is the caller's own token for the upstream. */
  const upstreamPrincipal = (req: http.IncomingMessage): Principal | null => {
    try {
      return principalOf(store, req);
    } catch (e) {
      if (e instanceof HttpError && e.status === 401 && req.headers.authorization) return null;
      throw e;
    }
  };

  const endpoint: Route = {
    path: /^\/api\/graphql(?:\/|$)/,
    errors: "graphql",
    handle: async ({ req, res }) => {
      if (req.method === "GET" && /text\/html/.test(String(req.headers.accept ?? ""))) res.setHeader("content-security-policy", GRAPHIQL_CSP);
      if (req.method === "POST") {
        const type = String(req.headers["content-type"] ?? "")
          .split(";")[0]!
          .trim()
          .toLowerCase();
        if (type !== "application/json" && type !== "application/graphql")
          throw new HttpError(415, `Content-Type must be application/json${type ? `, not ${type}` : " (none was sent)"}`);
        // Read here, with a limit; yoga takes a body already read from `req.body`.
        const body = await readBody(req, MAX_GRAPHQL_BODY_BYTES);
        // A read yoga has passed before goes straight to the read workers (server/graphql/read-lane.ts).
        if (!upstream && lane && type === "application/json" && (await lane.answer(req, res, body))) return;
        (req as { body?: unknown }).body = body;
      }
      if (upstream) {
        await proxyGraphQL(req, res, (req as { body?: string }).body, {
          url: upstream.url,
          token: upstream.token,
          timeoutMs: upstream.timeoutMs,
          requireAuth: opts.requireAuth,
          principalOf: upstreamPrincipal,
          local: yoga,
          log: opts.log,
        });
        return;
      }
      await yoga(req, res);
    },
  };

  const graphiqlFiles: Route = {
    methods: ["GET", "HEAD"],
    path: prefixed(GRAPHIQL_ASSET_PREFIX),
    handle: async ({ req, res }, [name]) => {
      const file = await graphiqlAsset(name!);
      if (!file) throw new HttpError(404, "not found");
      const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
      const body = gzip ? file.gzipped : file.body;
      res.writeHead(200, {
        "content-type": file.contentType,
        "content-length": String(body.length),
        "cache-control": "public, max-age=31536000, immutable", // the name is the content's hash
        vary: "accept-encoding",
        ...(gzip ? { "content-encoding": "gzip" } : {}),
      });
      res.end(req.method === "HEAD" ? undefined : body);
    },
  };

  return [endpoint, graphiqlFiles];
}
