import crypto from "node:crypto";
import type { Store } from "./store";

export const ROLES = ["reader", "editor", "ingest", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface TokenInfo {
  id: string;
  role: Role;
  actor: string;
  name: string | null;
  createdAt: number;
}

const TOKEN_RE = /^orr_([a-z0-9]{12})_([A-Za-z0-9_-]{32,64})$/;

/** SHA-256 of a secret (tokens, sessions and sign-in codes are stored only as this). */
export function hashSecret(secret: string): Buffer {
  return crypto.createHash("sha256").update(secret, "utf8").digest();
}

/**
 * Creates a token and returns its plaintext once. Only a SHA-256 of the secret part is stored: the
 * secret is 256 random bits, so a slow password hash would add nothing but latency.
 */
export function createToken(store: Store, opts: { role: Role; actor?: string; name?: string }): { token: string; info: TokenInfo } {
  if (!ROLES.includes(opts.role)) throw new Error(`unknown role '${opts.role}' (expected one of ${ROLES.join(", ")})`);
  const id = crypto
    .randomBytes(9)
    .toString("base64url")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .padEnd(12, "0")
    .slice(0, 12);
  const secret = crypto.randomBytes(32).toString("base64url");
  const actor = opts.actor ?? (opts.role === "admin" ? "urn:li:corpuser:admin" : `urn:li:corpuser:token-${id}`);
  const createdAt = Date.now();
  store.run(
    `INSERT INTO tokens (id, secret_hash, role, actor, name, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
    id,
    hashSecret(secret).toString("hex"),
    opts.role,
    actor,
    opts.name ?? null,
    createdAt,
  );
  return { token: `orr_${id}_${secret}`, info: { id, role: opts.role, actor, name: opts.name ?? null, createdAt } };
}

/** Looks a presented token up; compares the secret's hash in constant time. */
export function verifyToken(store: Store, presented: string): TokenInfo | null {
  const m = TOKEN_RE.exec(presented.trim());
  if (!m) return null;
  const row = store.get<{ id: string; secret_hash: string; role: Role; actor: string; name: string | null; created_at: number; revoked_at: number | null }>(
    `SELECT id, secret_hash, role, actor, name, created_at, revoked_at FROM tokens WHERE id = ?`,
    m[1],
  );
  const expected = row ? Buffer.from(row.secret_hash, "hex") : crypto.randomBytes(32);
  const ok = crypto.timingSafeEqual(expected, hashSecret(m[2]));
  if (!row || !ok || row.revoked_at !== null) return null;
  return { id: row.id, role: row.role, actor: row.actor, name: row.name, createdAt: row.created_at };
}

export function revokeToken(store: Store, id: string): boolean {
  return store.run(`UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL`, Date.now(), id).changes > 0;
}

export function listTokens(store: Store): Array<TokenInfo & { revoked: boolean }> {
  return store
    .all<{ id: string; role: Role; actor: string; name: string | null; created_at: number; revoked_at: number | null }>(
      `SELECT id, role, actor, name, created_at, revoked_at FROM tokens ORDER BY created_at`,
    )
    .map((r) => ({ id: r.id, role: r.role, actor: r.actor, name: r.name, createdAt: r.created_at, revoked: r.revoked_at !== null }));
}
