/**
 * Upstream mode (`orrery serve --upstream URL`): the web app and sign-in are served here, GraphQL goes
 * to a DataHub-compatible endpoint (a DataHub deployment's `/api/graphql`, or another Orrery) instead
 * of the embedded store.
 *
 * - Reads are forwarded with the configured upstream token (a DataHub access token of a service
 *   account), or with the caller's own Bearer token when that is not an Orrery token (API clients
 *   holding a DataHub token talk to DataHub as themselves).
 * - Writes (mutations) need an Orrery session or token with the edit permission here, checked before
 *   anything is sent; DataHub then records them as the service account, and this server logs which
 *   Orrery actor made them.
 * - `query { me }` is answered here (the signed-in Orrery user), since the upstream only knows the
 *   service account; every other operation, `orreryInfo` included, is the upstream's: against a
 *   plain DataHub the app sees no Orrery extensions and hides what needs them.
 */
import type http from "node:http";
import { parse, OperationTypeNode, type OperationDefinitionNode, Kind } from "graphql";
import type { YogaServerInstance } from "graphql-yoga";
import { can, type Principal } from "./auth/roles";
import type { Context } from "./graphql/context";

export interface UpstreamOptions {
  /** the upstream GraphQL endpoint, e.g. https://datahub.example.com/api/graphql */
  url: string;
  /** Bearer token sent upstream for requests made by the app's users */
  token?: string;
  /** reads need an Orrery session or token too */
  requireAuth: boolean;
  /** the caller, or null when the request carries a Bearer token this server does not know */
  principalOf: (req: http.IncomingMessage) => Principal | null;
  /** the embedded GraphQL endpoint (over the local sign-in store), which answers `me` */
  local: YogaServerInstance<{ req: http.IncomingMessage; res: http.ServerResponse }, Context>;
  timeoutMs?: number;
  log?: (line: string) => void;
}

/** Root fields answered here rather than upstream. */
const LOCAL_ROOT_FIELDS = new Set(["me"]);

class ProxyError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

function sendGraphQLError(res: http.ServerResponse, status: number, message: string, code: string): void {
  const text = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

interface GraphQLRequest {
  query: string;
  variables?: unknown;
  operationName?: string | null;
}

/**
 * The request's query, variables and operation name. A POST's body has been read (with its size
 * limit) and its Content-Type checked by the HTTP layer, as for the embedded endpoint.
 */
function readRequest(req: http.IncomingMessage, postBody: string | undefined): GraphQLRequest {
  if (req.method === "GET") {
    const u = new URL(req.url ?? "/", "http://localhost");
    const query = u.searchParams.get("query");
    if (!query) throw new ProxyError(400, "a GET request needs a `query` parameter", "BAD_REQUEST");
    const vars = u.searchParams.get("variables");
    let variables: unknown;
    try {
      variables = vars ? JSON.parse(vars) : undefined;
    } catch {
      throw new ProxyError(400, "`variables` is not valid JSON", "BAD_REQUEST");
    }
    return { query, variables, operationName: u.searchParams.get("operationName") };
  }
  if (req.method !== "POST") throw new ProxyError(405, "GraphQL takes GET or POST", "METHOD_NOT_ALLOWED");
  const text = postBody ?? "";
  if (/^application\/graphql\b/i.test(String(req.headers["content-type"] ?? ""))) return { query: text };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (e) {
    throw new ProxyError(400, `request body is not valid JSON: ${(e as Error).message}`, "BAD_REQUEST");
  }
  if (Array.isArray(body)) throw new ProxyError(400, "batched GraphQL requests are not supported", "BAD_REQUEST");
  const b = body as Partial<GraphQLRequest> | null;
  if (!b || typeof b.query !== "string") throw new ProxyError(400, "the body needs a `query` string", "BAD_REQUEST");
  return { query: b.query, variables: b.variables, operationName: typeof b.operationName === "string" ? b.operationName : null };
}

/** The operation a request runs, as GraphQL picks it (by name, or the only one). */
function operationOf(r: GraphQLRequest): OperationDefinitionNode {
  let doc;
  try {
    doc = parse(r.query, { noLocation: true, maxTokens: 50_000 });
  } catch (e) {
    throw new ProxyError(400, (e as Error).message, "GRAPHQL_PARSE_FAILED");
  }
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const op = r.operationName ? ops.find((o) => o.name?.value === r.operationName) : ops.length === 1 ? ops[0] : undefined;
  if (!op)
    throw new ProxyError(
      400,
      r.operationName ? `no operation named ${r.operationName}` : "the document has several operations; name one in operationName",
      "BAD_REQUEST",
    );
  return op;
}

function rootFields(op: OperationDefinitionNode): string[] {
  return op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : ["<fragment>"])).filter((n) => n !== "__typename");
}

/** Handles one request to /api/graphql in upstream mode. */
export async function proxyGraphQL(req: http.IncomingMessage, res: http.ServerResponse, postBody: string | undefined, opts: UpstreamOptions): Promise<void> {
  try {
    const body = readRequest(req, postBody);
    const op = operationOf(body);
    const principal = opts.principalOf(req); // null: a Bearer token for the upstream itself
    const fields = rootFields(op);
    if (op.operation === OperationTypeNode.QUERY && fields.length > 0 && fields.every((f) => LOCAL_ROOT_FIELDS.has(f))) {
      await answerLocally(req, res, body, opts);
      return;
    }
    if (op.operation === OperationTypeNode.SUBSCRIPTION) throw new ProxyError(400, "subscriptions are not supported", "BAD_REQUEST");
    if (principal && op.operation === OperationTypeNode.MUTATION) {
      if (req.method === "GET") throw new ProxyError(405, "mutations must be sent with POST", "METHOD_NOT_ALLOWED");
      if (!principal.role) throw new ProxyError(200, "Unauthenticated: sign in to make changes.", "UNAUTHENTICATED");
      if (!can(principal.role, "edit")) throw new ProxyError(200, `Forbidden: role '${principal.role}' may not edit.`, "FORBIDDEN");
      opts.log?.(`upstream write by ${principal.actor}: ${fields.join(", ")}`);
    } else if (principal && opts.requireAuth && !principal.role) {
      throw new ProxyError(401, "Unauthenticated: this server requires a token for reads.", "UNAUTHENTICATED");
    }
    await forward(req, res, body, principal === null, opts);
  } catch (e) {
    if (e instanceof ProxyError) {
      sendGraphQLError(res, e.status, e.message, e.code);
      return;
    }
    throw e;
  }
}

async function answerLocally(req: http.IncomingMessage, res: http.ServerResponse, body: GraphQLRequest, opts: UpstreamOptions): Promise<void> {
  const headers = new Headers({ "content-type": "application/json", accept: "application/json" });
  for (const h of ["authorization", "cookie", "origin", "sec-fetch-site", "host"] as const) {
    const v = req.headers[h];
    if (typeof v === "string") headers.set(h, v);
  }
  const answer = await opts.local.fetch("http://localhost/api/graphql", { method: "POST", headers, body: JSON.stringify(body) }, { req, res });
  const text = await answer.text();
  res.writeHead(answer.status, {
    "content-type": answer.headers.get("content-type") ?? "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function forward(req: http.IncomingMessage, res: http.ServerResponse, body: GraphQLRequest, passThrough: boolean, opts: UpstreamOptions): Promise<void> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (passThrough && req.headers.authorization) headers.authorization = req.headers.authorization;
  else if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const target = new URL(opts.url);
  let answer: Response;
  try {
    answer = await fetch(target, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
      redirect: "error",
    });
  } catch (e) {
    const timedOut = (e as Error).name === "TimeoutError";
    throw new ProxyError(
      timedOut ? 504 : 502,
      timedOut
        ? `The upstream catalog at ${target.host} did not answer within ${(opts.timeoutMs ?? 30_000) / 1000} s.`
        : `The upstream catalog at ${target.host} could not be reached.`,
      "UPSTREAM_UNAVAILABLE",
    );
  }
  const text = await answer.text();
  const type = answer.headers.get("content-type") ?? "";
  if (!/json/i.test(type)) {
    // DataHub answers a bad token with a 401 page, an outage with a proxy's HTML: say so in GraphQL's shape.
    const refused = answer.status === 401 || answer.status === 403;
    throw new ProxyError(
      refused ? answer.status : 502,
      refused
        ? `The upstream catalog refused the request (HTTP ${answer.status}): ${passThrough ? "your token is not valid there" : "check --upstream-token"}.`
        : `The upstream catalog answered HTTP ${answer.status} without a GraphQL response.`,
      refused ? "UPSTREAM_UNAUTHORIZED" : "UPSTREAM_ERROR",
    );
  }
  const status = answer.status >= 500 ? 502 : answer.status;
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(text), "cache-control": "no-store" });
  res.end(text);
}
