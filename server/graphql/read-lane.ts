/**
 * The read lane: a query yoga has already sent to the read workers once (so its text parsed, passed
 * validation and the static limits, and asks for more than the main thread answers) is sent straight
 * to the pool the next time it comes with the same text and operation name, without yoga's request
 * pipeline. That pipeline (a fetch Request and Response per request, the plugin hooks, the parse and
 * validation caches) cost the main thread about 0.6 ms a read; the lane costs a JSON parse of the body
 * and a map look-up.
 *
 * It answers exactly as yoga would: the same checks run (the caller, reads needing a token, the
 * result-size estimate for these variables), the status and headers come from yoga's own result
 * processor (`processRegularResult`) given the media type yoga would pick from the Accept header, and
 * DataHub's error shape is applied by the same hook. Whatever it is not sure of it leaves to yoga:
 * another media type, parameters it does not know, a document yoga has not passed, an estimate over
 * the limit (yoga then counts the real relationships), a caller that is refused, a pool that is busy
 * or lost a worker. See "Read workers" in docs/ARCHITECTURE.md.
 */
import type http from "node:http";
import type { DocumentNode, GraphQLSchema } from "graphql";
import { processRegularResult, type YogaServerInstance } from "graphql-yoga";
import type { Principal } from "../auth/roles";
import { toResult, type ReadPool } from "./read-pool";
import { estimatedResultSize } from "./result-size";

/** Documents the lane remembers (the most recently used); the web app sends a few dozen. */
export const LANE_DOCUMENTS = 500;
/**
 * Characters of document text the lane keeps at most, over all its documents: their syntax trees
 * grow with their text, so many large documents cannot make it hold much memory.
 */
export const LANE_TEXT_BUDGET = 2 * 1024 * 1024;
/**
 * Larger bodies go to yoga without a look: the lane would parse a body yoga then parses again when
 * the lane declines it, and the web app's reads are a few kilobytes.
 */
export const LANE_MAX_BODY = 64 * 1024;

export type ResultHook = (payload: { result: unknown; setResult: (r: unknown) => void }) => void;

/**
 * The media type yoga answers a regular (non-streamed) result with, given the Accept header, or null
 * when yoga would pick another processor (event stream, multipart) or none. Yoga reads the asked types
 * without spaces, lower-cased, skips any with a charset other than utf-8, and of the first asked type
 * that covers one of its two JSON types, prefers application/json when both are covered.
 */
export function regularMediaType(accept: string | undefined): string | null {
  for (const entry of (accept || "*/*").replace(/\s/g, "").toLowerCase().split(",")) {
    const [type = "", ...params] = entry.split(";");
    const charset = params.find((p) => p.includes("charset=")) ?? "charset=utf-8";
    if (charset !== "charset=utf-8") continue;
    if (covers(type, "application/json")) return "application/json";
    if (covers(type, "application/graphql-response+json")) return "application/graphql-response+json";
  }
  return null;
}

function covers(asked: string, type: string): boolean {
  const [pre, suf] = asked.split("/");
  const [tPre, tSuf] = type.split("/");
  return (pre === "*" || pre === tPre) && (suf === "*" || suf === tSuf);
}

/** A POST body with exactly the parameters the lane handles, or null. */
function plainParams(body: string): { query: string; variables: Record<string, unknown> | null; operationName: string | null } | null {
  let params: unknown;
  try {
    params = JSON.parse(body);
  } catch {
    return null;
  }
  if (!params || typeof params !== "object" || Array.isArray(params)) return null;
  const { query, variables, operationName, ...rest } = params as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || typeof query !== "string") return null;
  if (variables !== undefined && variables !== null && (typeof variables !== "object" || Array.isArray(variables))) return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== "string") return null;
  return { query, variables: (variables as Record<string, unknown> | null | undefined) ?? null, operationName: operationName ?? null };
}

/** The lane's key of a document: its text and the operation asked for. */
function keyOf(query: string, operationName: string | null | undefined): string {
  return `${operationName ?? ""}\u0000${query}`;
}

export class ReadLane {
  private readonly documents = new Map<string, DocumentNode>();
  private textLength = 0;
  /** requests answered here, and declined (left to yoga) */
  readonly stats = { answered: 0, declined: 0 };

  constructor(
    private readonly opts: {
      pool: ReadPool;
      schema: GraphQLSchema;
      fetchAPI: YogaServerInstance<object, object>["fetchAPI"];
      principalOf: (req: http.IncomingMessage) => Principal;
      requireAuth: boolean;
      /** the result-size limit checked before execution (resultSizePlugin's) */
      maxEstimatedResultSize: number;
      /** onResultProcess hooks of the plugins that reshape answers (DataHub's errors) */
      resultHooks: readonly ResultHook[];
    },
  ) {}

  /** yoga sent this operation to the pool: it passed parsing, validation and the static limits. */
  learn(query: string, operationName: string | null | undefined, document: DocumentNode): void {
    // A body this long never comes through the lane.
    if (query.length > LANE_MAX_BODY) return;
    const key = keyOf(query, operationName);
    if (this.documents.has(key)) this.forget(key);
    this.documents.set(key, document);
    this.textLength += key.length;
    while (this.documents.size > LANE_DOCUMENTS || this.textLength > LANE_TEXT_BUDGET) this.forget(this.documents.keys().next().value!);
  }

  /** Documents kept, and the characters of their text. */
  get size(): { documents: number; characters: number } {
    return { documents: this.documents.size, characters: this.textLength };
  }

  private forget(key: string): void {
    if (this.documents.delete(key)) this.textLength -= key.length;
  }

  /** Answers a POSTed JSON read, or returns false (nothing written) for yoga to answer. */
  async answer(req: http.IncomingMessage, res: http.ServerResponse, body: string): Promise<boolean> {
    const answered = await this.tryAnswer(req, res, body);
    if (answered) this.stats.answered++;
    else this.stats.declined++;
    return answered;
  }

  private async tryAnswer(req: http.IncomingMessage, res: http.ServerResponse, body: string): Promise<boolean> {
    if (body.length > LANE_MAX_BODY) return false;
    const mediaType = regularMediaType(req.headers.accept);
    if (!mediaType) return false;
    const params = plainParams(body);
    if (!params) return false;
    const key = keyOf(params.query, params.operationName);
    const document = this.documents.get(key);
    if (!document) return false;
    this.documents.delete(key);
    this.documents.set(key, document);
    let principal: Principal;
    try {
      principal = this.opts.principalOf(req);
    } catch {
      return false;
    }
    if (this.opts.requireAuth && !principal.role) return false;
    if (estimatedResultSize(this.opts.schema, document, params.operationName, params.variables) > this.opts.maxEstimatedResultSize) return false;
    let answer;
    try {
      answer = await this.opts.pool.run({ ...params, principal });
    } catch {
      return false;
    }
    let result: unknown = toResult(answer);
    for (const hook of this.opts.resultHooks) hook({ result, setResult: (r) => (result = r) });
    const response = await processRegularResult(result as Parameters<typeof processRegularResult>[0], this.opts.fetchAPI, mediaType);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    headers["content-length"] = String(Buffer.byteLength(answer.json));
    res.writeHead(response.status, headers);
    res.end(answer.json);
    return true;
  }
}
