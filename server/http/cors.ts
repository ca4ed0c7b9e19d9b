/**
 * CORS, for the origins `--allow-origin` names (none by default): their requests get
 * Access-Control-Allow-Origin (never credentials), their preflights an answer. A preflight from any
 * other origin is refused with no Access-Control header. Routes marked `cors: false` (sign-in) stay
 * same-origin only.
 */
import type http from "node:http";
import type { AccessPolicy } from "../http-guard";
import { HttpError } from "./errors";

/** Sets the CORS headers of a request to a route (`cors`: whether it may be read cross-origin); true when the request (an OPTIONS) has been answered. */
export function crossOrigin(access: AccessPolicy, req: http.IncomingMessage, res: http.ServerResponse, cors: boolean): boolean {
  const allowed = cors ? access.corsOrigin(req.headers.origin) : null;
  if (access.origins.size) res.setHeader("vary", "Origin");
  if (allowed) res.setHeader("access-control-allow-origin", allowed);
  if (req.method !== "OPTIONS") return false;
  const method = req.headers["access-control-request-method"];
  if (typeof req.headers.origin === "string" && typeof method === "string") {
    if (!allowed)
      throw new HttpError(403, "this server does not let pages of other origins read it; an operator can allow an origin with --allow-origin ORIGIN");
    res.writeHead(204, {
      "access-control-allow-methods": "GET, POST",
      "access-control-allow-headers": "authorization, content-type, accept, x-restli-protocol-version",
      "access-control-max-age": "600",
      "content-length": "0",
    });
    res.end();
    return true;
  }
  res.writeHead(204, { allow: "GET, HEAD, POST, OPTIONS", "content-length": "0" });
  res.end();
  return true;
}
