/**
 * Errors in DataHub's shape, for `--schema datahub`. DataHub's GraphQL answers a resolver's error
 * with HTTP 200 and `extensions: { code: <number>, type: <DataHubGraphQLErrorCode> }` (BAD_REQUEST
 * 400, UNAUTHORIZED 403, NOT_FOUND 404, CONFLICT 409, SERVICE_UNAVAILABLE 503, SERVER_ERROR 500), and
 * its client reads `extensions.code` as a number. Orrery's own codes (`--schema orrery`) are strings
 * with the HTTP status yoga derives from them; docs/API.md ("Errors") gives both shapes.
 */
import { GraphQLError } from "graphql";

/** Orrery's string codes → DataHub's number and type. */
const DATAHUB_CODE: Readonly<Record<string, { code: number; type: string }>> = {
  BAD_USER_INPUT: { code: 400, type: "BAD_REQUEST" },
  BAD_REQUEST: { code: 400, type: "BAD_REQUEST" },
  GRAPHQL_VALIDATION_FAILED: { code: 400, type: "BAD_REQUEST" },
  GRAPHQL_PARSE_FAILED: { code: 400, type: "BAD_REQUEST" },
  // DataHub never runs a resolver for an unauthenticated caller (its filter answers HTTP 401 first);
  // Orrery lets anyone read, so a write without a sign-in is refused here, with the same number.
  UNAUTHENTICATED: { code: 401, type: "UNAUTHENTICATED" },
  FORBIDDEN: { code: 403, type: "UNAUTHORIZED" },
  NOT_FOUND: { code: 404, type: "NOT_FOUND" },
  CONFLICT: { code: 409, type: "CONFLICT" },
  SERVICE_UNAVAILABLE: { code: 503, type: "SERVICE_UNAVAILABLE" },
  SERVER_BUSY: { code: 503, type: "SERVICE_UNAVAILABLE" },
  INTERNAL_SERVER_ERROR: { code: 500, type: "SERVER_ERROR" },
};

const SERVER_ERROR = { code: 500, type: "SERVER_ERROR" };

/** The number and type DataHub gives an error with these extensions (already numeric: as it is). */
export function datahubCode(extensions: Readonly<Record<string, unknown>> | undefined): { code: number; type: string } {
  const code = extensions?.code;
  if (typeof code === "number") return { code, type: typeof extensions?.type === "string" ? extensions.type : (SERVER_ERROR.type as string) };
  return (typeof code === "string" && DATAHUB_CODE[code]) || SERVER_ERROR;
}

/**
 * The error in DataHub's shape. A resolver's error (it has a path) is answered with HTTP 200, as
 * DataHub does; a request's own error (sign-in required before anything runs, a limit, a document
 * that does not parse or validate) keeps its HTTP status and message, and gets the number and type too.
 */
export function toDataHubError(error: GraphQLError): GraphQLError {
  const { http, code: _code, type: _type, ...rest } = (error.extensions ?? {}) as Record<string, unknown>;
  const mapped = datahubCode(error.extensions);
  const keepStatus = error.path === undefined && http !== undefined;
  const extensions: Record<string, unknown> = { ...rest, code: mapped.code, type: mapped.type, ...(keepStatus ? { http } : {}) };
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, extensions });
}

/** Whether an error is already in DataHub's shape. */
const isDataHubShaped = (e: GraphQLError) => typeof e.extensions?.code === "number";

/**
 * A yoga plugin that writes every error of a result in DataHub's shape (the read workers map their
 * own before answering, so their results pass through unchanged).
 */
export function datahubErrorsPlugin() {
  return {
    onResultProcess({ result, setResult }: { result: unknown; setResult: (r: unknown) => void }) {
      if (!result || typeof result !== "object" || Array.isArray(result) || Symbol.asyncIterator in result) return;
      const errors = (result as { errors?: readonly unknown[] }).errors;
      if (!errors?.length) return;
      const list = errors.map((e) =>
        e instanceof GraphQLError ? e : new GraphQLError(e instanceof Error ? e.message : String(e), { originalError: e as Error }),
      );
      if (list.every(isDataHubShaped)) return;
      setResult({ ...result, errors: list.map((e) => (isDataHubShaped(e) ? e : toDataHubError(e))) });
    },
  };
}
