/**
 * Browser sessions and one-time sign-in codes. Like tokens, only a SHA-256 of each 256-bit secret is
 * stored, and secrets are compared in constant time. A sign-in code (the link `orrery serve` prints)
 * works once and for a limited time; redeeming it, or presenting a token, opens a session whose
 * secret lives only in the person's HttpOnly cookie.
 */
import crypto from "node:crypto";
import type { Store } from "./store";
import { hashSecret, ROLES, type Role } from "./tokens";

export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;
export const SIGNIN_CODE_TTL_MS = 24 * 3600 * 1000;

export interface SessionInfo {
  id: string;
  role: Role;
  actor: string;
  tokenId: string | null;
  expiresAt: number;
}

const SESSION_RE = /^([a-z0-9]{16})\.([A-Za-z0-9_-]{43})$/;
const CODE_RE = /^[A-Za-z0-9_-]{43}$/;

const hash = (secret: string) => hashSecret(secret).toString("hex");
const randomId = () =>
  crypto
    .randomBytes(12)
    .toString("base64url")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .padEnd(16, "0")
    .slice(0, 16);

/** A one-time code that opens a session with `role` as `actor`; the code is returned once. */
export function createSignInCode(store: Store, opts: { role: Role; actor: string; ttlMs?: number }): string {
  if (!ROLES.includes(opts.role)) throw new Error(`unknown role '${opts.role}'`);
  const code = crypto.randomBytes(32).toString("base64url");
  const now = Date.now();
  store.run(
    `INSERT INTO signin_codes (code_hash, role, actor, created_at, expires_at) VALUES (?, ?, ?, ?, ?)`,
    hash(code),
    opts.role,
    opts.actor,
    now,
    now + (opts.ttlMs ?? SIGNIN_CODE_TTL_MS),
  );
  return code;
}

/** Uses a sign-in code up: the session it opens (its cookie value), or null when unknown, used or expired. */
export function redeemSignInCode(store: Store, code: string): { cookie: string; session: SessionInfo } | null {
  if (!CODE_RE.test(code)) return null;
  return store.transaction(() => {
    const row = store.get<{ role: Role; actor: string; expires_at: number; used_at: number | null }>(
      `SELECT role, actor, expires_at, used_at FROM signin_codes WHERE code_hash = ?`,
      hash(code),
    );
    if (!row || row.used_at !== null || row.expires_at < Date.now()) return null;
    store.run(`UPDATE signin_codes SET used_at = ? WHERE code_hash = ?`, Date.now(), hash(code));
    return createSession(store, { role: row.role, actor: row.actor, tokenId: null });
  });
}

export function createSession(store: Store, opts: { role: Role; actor: string; tokenId: string | null }): { cookie: string; session: SessionInfo } {
  const id = randomId();
  const secret = crypto.randomBytes(32).toString("base64url");
  const now = Date.now();
  const expiresAt = now + SESSION_TTL_MS;
  store.run(
    `INSERT INTO sessions (id, secret_hash, role, actor, token_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    id,
    hash(secret),
    opts.role,
    opts.actor,
    opts.tokenId,
    now,
    expiresAt,
  );
  return { cookie: `${id}.${secret}`, session: { id, role: opts.role, actor: opts.actor, tokenId: opts.tokenId, expiresAt } };
}

/** The session a cookie value names, or null (unknown, malformed, revoked, expired, or its token revoked). */
export function verifySession(store: Store, cookie: string): SessionInfo | null {
  const m = SESSION_RE.exec(cookie);
  if (!m) return null;
  const row = store.get<{
    id: string;
    secret_hash: string;
    role: Role;
    actor: string;
    token_id: string | null;
    expires_at: number;
    revoked_at: number | null;
    token_revoked: number | null;
  }>(
    `SELECT s.id, s.secret_hash, s.role, s.actor, s.token_id, s.expires_at, s.revoked_at, t.revoked_at AS token_revoked
       FROM sessions s LEFT JOIN tokens t ON t.id = s.token_id WHERE s.id = ?`,
    m[1],
  );
  const expected = Buffer.from(row ? row.secret_hash : hash(crypto.randomBytes(16).toString("hex")), "hex");
  const ok = crypto.timingSafeEqual(expected, Buffer.from(hash(m[2]!), "hex"));
  if (!row || !ok || row.revoked_at !== null || row.token_revoked != null || row.expires_at < Date.now()) return null;
  return { id: row.id, role: row.role, actor: row.actor, tokenId: row.token_id, expiresAt: row.expires_at };
}

/** Ends a session at once (the next request with its cookie is anonymous); false when it was not active. */
export function revokeSession(store: Store, id: string): boolean {
  return store.run(`UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL AND expires_at >= ?`, Date.now(), id, Date.now()).changes > 0;
}

export interface SessionRow {
  id: string;
  role: Role;
  actor: string;
  /** the API token a session was opened with (null: a sign-in link) */
  tokenId: string | null;
  createdAt: number;
  expiresAt: number;
  revokedAt: number | null;
  state: "active" | "revoked" | "expired";
}

/** Sessions, oldest first: the active ones, or all of them. Never their secrets or hashes. */
export function listSessions(store: Store, opts: { all?: boolean } = {}): SessionRow[] {
  const now = Date.now();
  return store
    .all<{ id: string; role: Role; actor: string; token_id: string | null; created_at: number; expires_at: number; revoked_at: number | null }>(
      `SELECT id, role, actor, token_id, created_at, expires_at, revoked_at FROM sessions
        ${opts.all ? "" : "WHERE revoked_at IS NULL AND expires_at >= ?"} ORDER BY created_at, id`,
      ...(opts.all ? [] : [now]),
    )
    .map((r) => ({
      id: r.id,
      role: r.role,
      actor: r.actor,
      tokenId: r.token_id,
      createdAt: r.created_at,
      expiresAt: r.expires_at,
      revokedAt: r.revoked_at,
      state: r.revoked_at !== null ? "revoked" : r.expires_at < now ? "expired" : "active",
    }));
}

/** Ends every active session and voids every unused sign-in link. */
export function revokeAllSessions(store: Store): { sessions: number; signInCodes: number } {
  return store.transaction(() => {
    const now = Date.now();
    const sessions = store.run(`UPDATE sessions SET revoked_at = ? WHERE revoked_at IS NULL AND expires_at >= ?`, now, now).changes;
    const signInCodes = store.run(`UPDATE signin_codes SET used_at = ? WHERE used_at IS NULL AND expires_at >= ?`, now, now).changes;
    return { sessions, signInCodes };
  });
}
