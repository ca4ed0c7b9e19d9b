/**
 * Route tables: each route names the methods and the path it answers and the handler that answers
 * them; the first route of a table that matches a request answers it.
 */
import type http from "node:http";
import { HttpError, type ErrorStyle } from "./errors";

export interface Request {
  readonly req: http.IncomingMessage;
  readonly res: http.ServerResponse;
  readonly url: URL;
  /** what routes match: the URL's path, or under a mount (`/api/gms`) the rest of it */
  readonly path: string;
}

export interface Route<R extends Request = Request> {
  /** the methods it answers (default: every method) */
  readonly methods?: readonly string[];
  /** the path it answers: exactly this string, or any that matches this pattern (whose groups are `params`) */
  readonly path: string | RegExp;
  /** a further condition on the query string */
  readonly query?: (params: URLSearchParams) => boolean;
  /** how errors thrown while answering are written (default `rest`) */
  readonly errors?: ErrorStyle;
  /** whether the origins `--allow-origin` names may read it (default true) */
  readonly cors?: boolean;
  readonly handle: (r: R, params: readonly string[]) => void | Promise<void>;
}

/** A pattern for every path that starts with `prefix`; its one group is the rest of the path. */
export function prefixed(prefix: string): RegExp {
  return new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([\\s\\S]*)$`);
}

export function findRoute<R extends Request>(
  routes: readonly Route<R>[],
  method: string,
  r: Pick<Request, "path" | "url">,
): { route: Route<R>; params: string[] } | null {
  for (const route of routes) {
    if (route.methods && !route.methods.includes(method)) continue;
    if (route.query && !route.query(r.url.searchParams)) continue;
    if (typeof route.path === "string") {
      if (route.path === r.path) return { route, params: [] };
      continue;
    }
    const m = route.path.exec(r.path);
    if (m) return { route, params: m.slice(1) };
  }
  return null;
}

/** Answers with the first route that matches, or 404 when none does. */
export async function dispatch<R extends Request>(routes: readonly Route<R>[], r: R): Promise<void> {
  const found = findRoute(routes, r.req.method ?? "", r);
  if (!found) throw new HttpError(404, `no such endpoint: ${r.req.method} ${r.path}`);
  await found.route.handle(r, found.params);
}
