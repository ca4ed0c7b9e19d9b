/**
 * Scroll ids: opaque to clients, they carry where the next page starts (a key of the last row
 * given, never an offset, so no server state is kept and `keepAlive` needs none) and a fingerprint
 * of the request, so an id is refused when sent with another query, filter or sort.
 */
import { createHash } from "node:crypto";
import { badInput } from "./context";

/** A fingerprint of what a scroll walks (its query, kinds, filters, sort, flags). */
export function scrollFingerprint(request: unknown): string {
  return createHash("sha256").update(JSON.stringify(request)).digest("base64url").slice(0, 16);
}

export function encodeScrollId(fingerprint: string, position: readonly unknown[]): string {
  return Buffer.from(JSON.stringify({ f: fingerprint, p: position }), "utf8").toString("base64url");
}

/** The position a scroll id carries; null for none (the first page). A bad or foreign id is the client's error. */
export function decodeScrollId(scrollId: string | null | undefined, fingerprint: string): unknown[] | null {
  if (scrollId == null || scrollId === "") return null;
  let parsed: unknown;
  try {
    if (scrollId.length > 4096 || !/^[A-Za-z0-9_-]+$/.test(scrollId)) throw new Error("not base64url");
    parsed = JSON.parse(Buffer.from(scrollId, "base64url").toString("utf8"));
  } catch {
    throw badInput("scrollId is not one this server gave: pass the nextScrollId of the previous page, or none for the first page");
  }
  const o = parsed as { f?: unknown; p?: unknown } | null;
  if (!o || typeof o !== "object" || typeof o.f !== "string" || !Array.isArray(o.p))
    throw badInput("scrollId is not one this server gave: pass the nextScrollId of the previous page, or none for the first page");
  if (o.f !== fingerprint) throw badInput("scrollId belongs to another scroll: send the same query, types, filters and sort with every page of one scroll");
  return o.p;
}

/** `keepAlive` is accepted as DataHub's clients send it ("5m"); a scroll here needs no server state to keep. */
export function checkKeepAlive(keepAlive: string | null | undefined): void {
  if (keepAlive != null && !/^\d{1,9}(?:ms|s|m|h|d)?$/.test(keepAlive))
    throw badInput(`keepAlive must be a duration such as "5m", got ${JSON.stringify(keepAlive)}`);
}
