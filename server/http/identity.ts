/** Who a request comes from: a Bearer token or the session cookie, and what that identity may do. */
import type http from "node:http";
import { parseCookie, stringifySetCookie } from "cookie";
import type { Store } from "../store/store";
import { verifyToken } from "../store/tokens";
import { verifySession } from "../store/sessions";
import { ANONYMOUS, can, type Permission, type Principal } from "../auth/roles";
import { HttpError } from "./errors";

export const SESSION_COOKIE = "orrery_session";

/**
 * Whether a request comes from a page of this server (so it may use the session cookie): its Origin
 * names this host, or, without an Origin, the browser says Sec-Fetch-Site: same-origin. SameSite=Strict
 * already keeps the cookie off cross-site requests; this also covers older browsers and other sites
 * on the same registrable domain.
 */
export function sameOrigin(req: http.IncomingMessage): boolean {
  const host = req.headers.host;
  const origin = req.headers.origin;
  if (typeof origin === "string" && origin !== "null") {
    try {
      return !!host && new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  const site = req.headers["sec-fetch-site"];
  if (typeof site === "string") return site === "same-origin" || site === "none";
  // No browser markers at all: a top-level GET typed by a person, or a non-browser client.
  return req.method === "GET" || req.method === "HEAD";
}

/** The identity of a request: a Bearer token, else the session cookie (same-origin requests only), else anonymous. */
export function principalOf(store: Store, req: http.IncomingMessage): Principal {
  const auth = req.headers.authorization;
  if (auth) {
    const m = /^Bearer\s+(.+)$/i.exec(auth);
    if (!m) throw new HttpError(401, "Authorization header must be 'Bearer <token>'");
    const info = verifyToken(store, m[1]);
    if (!info) throw new HttpError(401, "the token is not valid (unknown, malformed or revoked)");
    return { role: info.role, actor: info.actor, tokenId: info.id };
  }
  const cookie = req.headers.cookie ? parseCookie(req.headers.cookie)[SESSION_COOKIE] : undefined;
  if (cookie && sameOrigin(req)) {
    const s = verifySession(store, cookie);
    if (s) return { role: s.role, actor: s.actor, tokenId: s.tokenId, sessionId: s.id };
  }
  return ANONYMOUS;
}

/** 401 without an identity, 403 when its role lacks `permission`. */
export function requirePermission(principal: Principal, permission: Permission): void {
  if (!principal.role) throw new HttpError(401, `this request needs a token with the '${permission}' permission: send 'Authorization: Bearer <token>'`);
  if (!can(principal.role, permission)) throw new HttpError(403, `role '${principal.role}' may not ${permission}`);
}

/** The Set-Cookie value of the session cookie (`maxAgeSeconds` 0 clears it). */
export function sessionCookie(req: http.IncomingMessage, value: string, maxAgeSeconds: number): string {
  const secure = (req.socket as { encrypted?: boolean }).encrypted === true || req.headers["x-forwarded-proto"] === "https";
  return stringifySetCookie({ name: SESSION_COOKIE, value, httpOnly: true, sameSite: "strict", path: "/", maxAge: maxAgeSeconds, secure });
}
