/**
 * What a failed request says, in both error shapes a server may answer with: Orrery's (string
 * `extensions.code`, and an HTTP status such as 401 or 403 that Apollo reports as a ServerError) and
 * DataHub's (HTTP 200, `extensions.code` a number: 400, 401, 403, 404, 409, 500…). See docs/API.md ("Errors").
 */
import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";

export type ErrorKind = "unauthenticated" | "forbidden" | "conflict" | "bad-input" | "not-found" | "unavailable" | "server" | "network";

const KIND_OF_CODE: Readonly<Record<string, ErrorKind>> = {
  UNAUTHENTICATED: "unauthenticated",
  "401": "unauthenticated",
  FORBIDDEN: "forbidden",
  UNAUTHORIZED: "forbidden",
  "403": "forbidden",
  CONFLICT: "conflict",
  "409": "conflict",
  BAD_USER_INPUT: "bad-input",
  BAD_REQUEST: "bad-input",
  GRAPHQL_VALIDATION_FAILED: "bad-input",
  "400": "bad-input",
  NOT_FOUND: "not-found",
  "404": "not-found",
  SERVICE_UNAVAILABLE: "unavailable",
  SERVER_BUSY: "unavailable",
  "503": "unavailable",
  INTERNAL_SERVER_ERROR: "server",
  SERVER_ERROR: "server",
  "500": "server",
};

export interface RequestError {
  kind: ErrorKind;
  /** the server's message (or the transport's, when nothing came back) */
  message: string;
  /** the first error's extensions, as sent */
  extensions: Readonly<Record<string, unknown>>;
}

function kindOf(code: unknown, status?: number): ErrorKind {
  const byCode = code === undefined || code === null ? undefined : KIND_OF_CODE[String(code)];
  return byCode ?? (status ? (KIND_OF_CODE[String(status)] ?? (status >= 500 ? "server" : "bad-input")) : "server");
}

/** The first GraphQL error of a ServerError's body, when the body is GraphQL's JSON. */
function bodyError(text: string): { message?: unknown; extensions?: Record<string, unknown> } | null {
  try {
    const body = JSON.parse(text) as { errors?: Array<{ message?: unknown; extensions?: Record<string, unknown> }> };
    return body.errors?.[0] ?? null;
  } catch {
    return null;
  }
}

/** What went wrong, whichever shape the server answered in. */
export function requestError(e: unknown): RequestError {
  if (CombinedGraphQLErrors.is(e)) {
    const first = e.errors[0];
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    return { kind: kindOf(extensions.code), message: first?.message ?? e.message, extensions };
  }
  if (ServerError.is(e)) {
    const first = bodyError(e.bodyText);
    const extensions = first?.extensions ?? {};
    return { kind: kindOf(extensions.code, e.statusCode), message: typeof first?.message === "string" ? first.message : e.message, extensions };
  }
  return { kind: "network", message: e instanceof Error ? e.message : String(e), extensions: {} };
}

/** A sentence for a change that was not saved, saying what the person can do about it. */
export function saveFailure(e: unknown): string {
  const r = requestError(e);
  // Said so that it reads right when the catalog behind this server (upstream mode) refuses a person signed in here.
  if (r.kind === "unauthenticated") return `the catalog accepts changes only from a signed-in person or a token it knows (${r.message})`;
  if (r.kind === "forbidden") return `your role may not make this change (${r.message})`;
  if (r.kind === "network") return `the server could not be reached (${r.message})`;
  return r.message;
}
