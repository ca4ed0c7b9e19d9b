/**
 * Limits on what one write may store and what one request may make the server write. Every write path
 * (REST ingestion, GraphQL mutations, the importers, `orrery ingest`) ends in Store.applyWrites, which
 * refuses an aspect whose stored value would pass MAX_ASPECT_BYTES; requests from the network also carry
 * a WriteBudget, so that one batch of small proposals (patches of a large aspect, say) cannot make the
 * server read and write gigabytes.
 */

/** Largest stored aspect value, in bytes of its JSON (DataHub's own guard is ~15 MB per request). */
export const MAX_ASPECT_BYTES = 4 * 1024 * 1024;
/** Bytes of aspect values one request may make the server read (to patch or curate) and write. */
export const MAX_REQUEST_WRITE_BYTES = 64 * 1024 * 1024;

const inMB = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** The error of a write refused by a limit: the request's doing, reported to its sender (422, BAD_USER_INPUT). */
export class WriteLimitError extends Error {}

/** The message naming the aspect size limit, for a value of `bytes` bytes. */
export function aspectTooLarge(what: string, bytes: number): string {
  return `${what} is ${bytes} bytes; the limit is ${MAX_ASPECT_BYTES} bytes (${inMB(MAX_ASPECT_BYTES)}) per aspect`;
}

/** What one request has made the server read and write so far, against MAX_REQUEST_WRITE_BYTES. */
export class WriteBudget {
  used = 0;
  constructor(readonly limit = MAX_REQUEST_WRITE_BYTES) {}

  charge(bytes: number): void {
    this.used += bytes;
  }

  /** Throws WriteLimitError once the request has used its budget (the write that crosses it completes). */
  check(): void {
    if (this.used >= this.limit)
      throw new WriteLimitError(
        `this request has made the server read and write ${this.used} bytes of aspect values; the limit is ${this.limit} bytes (${inMB(this.limit)}) per request: send the rest in another request`,
      );
  }
}

/**
 * Previous values kept per aspect, besides the current one: DataHub's default version-based
 * retention (20). History lists the changes those versions hold; older ones are pruned as new ones
 * come (pruneVersions in writes.ts), without renumbering anything.
 */
export const DEFAULT_MAX_ASPECT_VERSIONS = 20;
export const MAX_ASPECT_VERSIONS_ENV = "ORRERY_MAX_ASPECT_VERSIONS";

/** A count of versions to keep, from a command-line option or the environment: a whole number ≥ 1. */
export function parseMaxVersions(raw: string, source: string): number {
  const n = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || !Number.isSafeInteger(n) || n < 1)
    throw new RangeError(`${source} must be a whole number of versions, at least 1 (got ${JSON.stringify(raw)})`);
  return n;
}

/** $ORRERY_MAX_ASPECT_VERSIONS when set, else DEFAULT_MAX_ASPECT_VERSIONS. */
export function maxAspectVersionsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[MAX_ASPECT_VERSIONS_ENV];
  return raw === undefined || raw === "" ? DEFAULT_MAX_ASPECT_VERSIONS : parseMaxVersions(raw, `$${MAX_ASPECT_VERSIONS_ENV}`);
}

/**
 * How long a write waits for another process's write to end (SQLite's busy timeout) before failing
 * with SQLITE_BUSY: 5 s, or $ORRERY_BUSY_TIMEOUT_MS. Write transactions take the lock when they begin,
 * so this wait is the only way two writers meet.
 */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;
export const BUSY_TIMEOUT_ENV = "ORRERY_BUSY_TIMEOUT_MS";

export function busyTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[BUSY_TIMEOUT_ENV];
  if (raw === undefined || raw === "") return DEFAULT_BUSY_TIMEOUT_MS;
  const n = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || !Number.isSafeInteger(n))
    throw new RangeError(`$${BUSY_TIMEOUT_ENV} must be a whole number of milliseconds (got ${JSON.stringify(raw)})`);
  return n;
}

/** Whether an error is SQLite's "database is locked": another process held the write lock past the busy timeout. */
export function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

/** UTF-8 bytes of the JSON texts one stored aspect row holds (value, systemMetadata), exact when it could matter. */
export function storedBytes(...texts: Array<string | null | undefined>): number {
  let units = 0;
  for (const t of texts) if (t) units += t.length;
  // UTF-8 takes at most 3 bytes per UTF-16 unit: below a third of the limit, the length will do.
  if (units * 3 <= MAX_ASPECT_BYTES) return units;
  let bytes = 0;
  for (const t of texts) if (t) bytes += Buffer.byteLength(t);
  return bytes;
}
