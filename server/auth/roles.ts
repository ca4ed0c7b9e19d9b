import type { Role } from "../store/tokens";

export type Permission = "read" | "edit" | "ingest" | "admin";

const GRANTS: Record<Role, readonly Permission[]> = {
  reader: ["read"],
  editor: ["read", "edit"],
  ingest: ["read", "ingest"],
  admin: ["read", "edit", "ingest", "admin"],
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role ? GRANTS[role].includes(permission) : false;
}

/** The identity a request carries: anonymous, or a token's role and actor. */
export interface Principal {
  role: Role | null;
  actor: string | null;
  tokenId: string | null;
  /** a browser session (cookie) rather than a Bearer token */
  sessionId?: string | null;
}

export const ANONYMOUS: Principal = { role: null, actor: null, tokenId: null };
