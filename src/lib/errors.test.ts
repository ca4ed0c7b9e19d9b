import { describe, expect, it } from "vitest";
import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { requestError, saveFailure } from "./errors";

const graphqlErrors = (message: string, extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ errors: [{ message, extensions }], data: null });
const serverError = (status: number, body: unknown) => {
  const text = JSON.stringify(body);
  return new ServerError(`Response not successful: Received status code ${status}`, { response: new Response(text, { status }), bodyText: text });
};

describe("request errors in both shapes", () => {
  it("reads DataHub's numeric codes (HTTP 200, errors in the body)", () => {
    expect(requestError(graphqlErrors("Unauthorized to perform this action.", { code: 403, type: "UNAUTHORIZED" }))).toMatchObject({ kind: "forbidden" });
    expect(requestError(graphqlErrors("sign in", { code: 401, type: "UNAUTHENTICATED" })).kind).toBe("unauthenticated");
    expect(requestError(graphqlErrors("changed", { code: 409, type: "CONFLICT", current: "x" }))).toMatchObject({
      kind: "conflict",
      extensions: { current: "x" },
    });
    expect(requestError(graphqlErrors("bad", { code: 400, type: "BAD_REQUEST" })).kind).toBe("bad-input");
    expect(requestError(graphqlErrors("oops", { code: 500, type: "SERVER_ERROR" })).kind).toBe("server");
  });

  it("reads Orrery's string codes, in the body of a 2xx or of a 401/403 answer", () => {
    expect(requestError(graphqlErrors("changed", { code: "CONFLICT" })).kind).toBe("conflict");
    const forbidden = requestError(serverError(403, { errors: [{ message: "Forbidden: role 'reader' may not edit.", extensions: { code: "FORBIDDEN" } }] }));
    expect(forbidden).toEqual({ kind: "forbidden", message: "Forbidden: role 'reader' may not edit.", extensions: { code: "FORBIDDEN" } });
    expect(requestError(serverError(401, { errors: [{ message: "Unauthenticated: sign in.", extensions: { code: "UNAUTHENTICATED" } }] })).kind).toBe(
      "unauthenticated",
    );
    // A body that is not GraphQL's: the status says what it was.
    expect(requestError(serverError(503, "busy")).kind).toBe("unavailable");
  });

  it("says what to do about a change that was not saved", () => {
    expect(saveFailure(graphqlErrors("Unauthenticated: sign in.", { code: 401, type: "UNAUTHENTICATED" }))).toMatch(
      /^the catalog accepts changes only from a signed-in person/,
    );
    expect(saveFailure(serverError(403, { errors: [{ message: "Forbidden", extensions: { code: "FORBIDDEN" } }] }))).toMatch(
      /^your role may not make this change/,
    );
    expect(saveFailure(graphqlErrors("description is too long", { code: 400, type: "BAD_REQUEST" }))).toBe("description is too long");
    expect(saveFailure(new TypeError("Failed to fetch"))).toMatch(/could not be reached/);
  });
});
