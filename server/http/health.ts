/** `/health`: whether the server answers, its version and its catalog's schema version. */
import type { Store } from "../store/store";
import { VERSION } from "../version";
import { sendJson } from "./respond";
import type { Route } from "./router";

export function healthRoute(store: Store, upstreamUrl?: string): Route {
  return {
    path: "/health",
    handle: ({ res }) =>
      sendJson(res, 200, {
        status: "ok",
        version: VERSION,
        schemaVersion: store.schemaVersion,
        ...(upstreamUrl ? { upstream: new URL(upstreamUrl).origin } : {}),
      }),
  };
}
