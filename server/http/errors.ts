/**
 * The one error routes throw to answer with an HTTP error status, and the one place that turns
 * whatever a route threw into the answer.
 */
import type http from "node:http";
import { isBusy } from "../store/limits";
import { sendJson } from "./respond";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** set on the answer besides the body's own */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** 413: the connection closes after the answer, so a client still sending the body cannot go on. */
export function tooLarge(message: string): HttpError {
  return new HttpError(413, message, { connection: "close" });
}

/** How a route's errors are written: GraphQL clients read `errors`, DataHub's REST clients `message`. */
export type ErrorStyle = "graphql" | "rest";

const GRAPHQL_CODES: Readonly<Record<number, string>> = { 401: "UNAUTHENTICATED", 503: "SERVICE_UNAVAILABLE" };

/**
 * Answers a request whose route threw `e`: an HttpError with its status, message and headers; a
 * catalog held busy by another process with 503; anything else with 500. Every error that is not an
 * HttpError logs its cause (whether or not requests are logged). An error after the answer began
 * can only close the connection.
 */
export function answerError(res: http.ServerResponse, e: unknown, style: ErrorStyle, where: string, errorLog: (line: string) => void): void {
  if (res.headersSent) {
    errorLog(`error: ${where} failed after its answer began (connection closed): ${(e as Error)?.stack ?? e}`);
    res.destroy();
    return;
  }
  if (!(e instanceof HttpError)) errorLog(`error: ${where}: ${(e as Error)?.stack ?? e}`);
  // Another process (an `orrery ingest --db`) held the catalog's write lock past the busy timeout.
  const error =
    e instanceof HttpError ? e : isBusy(e) ? new HttpError(503, "the catalog is busy: another process is writing it; try again", { "retry-after": "1" }) : null;
  if (!error) {
    // The same body on every route: it tells nothing of the cause.
    sendJson(res, 500, { status: 500, message: "internal error" });
    return;
  }
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  if (style === "graphql")
    sendJson(res, error.status, {
      errors: [{ message: error.message, extensions: { code: GRAPHQL_CODES[error.status] ?? "BAD_REQUEST", http: { status: error.status } } }],
    });
  else sendJson(res, error.status, { status: error.status, message: error.message });
}
