/** Sign-in with the one-time link, with a token (a form in the app), and sign-out: the `/auth/` routes. */
import type http from "node:http";
import type { Store } from "../store/store";
import { verifyToken } from "../store/tokens";
import { createSession, redeemSignInCode, revokeSession, SESSION_TTL_MS } from "../store/sessions";
import { parseJson, readBody } from "./body";
import { HttpError } from "./errors";
import { principalOf, sameOrigin, sessionCookie } from "./identity";
import { sendJson } from "./respond";
import type { Route } from "./router";

function signInPage(res: http.ServerResponse, status: number, title: string, text: string): void {
  const esc = (t: string) => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(
    `<!doctype html><meta charset="utf-8"><title>${esc(title)} · Orrery</title><body style="font:16px system-ui;margin:3rem auto;max-width:36rem;padding:0 1rem"><h1>${esc(title)}</h1><p>${esc(text)}</p><p><a href="/">Open Orrery</a></p>`,
  );
}

export function authRoutes(store: Store): Route[] {
  return [
    {
      methods: ["GET"],
      path: "/auth/signin",
      handle: async ({ req, res, url }) => {
        const code = url.searchParams.get("code") ?? "";
        const opened = await store.whenWritable(() => redeemSignInCode(store, code));
        if (!opened) {
          signInPage(
            res,
            400,
            "This sign-in link does not work",
            "It has been used already, has expired, or is incomplete. Ask for a new one: npx orrery signin-link.",
          );
          return;
        }
        res.writeHead(303, {
          location: "/",
          "set-cookie": sessionCookie(req, opened.cookie, SESSION_TTL_MS / 1000),
          "cache-control": "no-store",
          "referrer-policy": "no-referrer",
        });
        res.end();
      },
    },
    {
      methods: ["POST"],
      path: "/auth/session",
      handle: async ({ req, res }) => {
        if (!sameOrigin(req)) throw new HttpError(403, "sign-in must come from this server's own pages");
        const body = parseJson(await readBody(req, 64 * 1024)) as { token?: unknown } | null;
        const info = typeof body?.token === "string" ? verifyToken(store, body.token) : null;
        if (!info) throw new HttpError(401, "the token is not valid (unknown, malformed or revoked)");
        const opened = await store.whenWritable(() => createSession(store, { role: info.role, actor: info.actor, tokenId: info.id }));
        res.setHeader("set-cookie", sessionCookie(req, opened.cookie, SESSION_TTL_MS / 1000));
        sendJson(res, 200, { actor: info.actor, role: info.role });
      },
    },
    {
      methods: ["POST"],
      path: "/auth/signout",
      handle: async ({ req, res }) => {
        if (!sameOrigin(req)) throw new HttpError(403, "sign-out must come from this server's own pages");
        const sessionId = principalOf(store, req).sessionId;
        if (sessionId) await store.whenWritable(() => revokeSession(store, sessionId));
        res.setHeader("set-cookie", sessionCookie(req, "", 0));
        sendJson(res, 200, { signedOut: true });
      },
    },
  ];
}
