/**
 * Defences of the HTTP layer that sit below the routes: which Host names and which Origins the server
 * answers (DNS rebinding, cross-origin reads), the answer Node's own parser errors get, and a bound on
 * the memory and time that answers nobody reads may hold.
 */
import http from "node:http";
import net from "node:net";

/** A client must finish sending its request headers within this time (answered 408). */
export const HEADERS_TIMEOUT_MS = 20_000;
/** … and its whole request, body included, within this time (an ingestion body may be 16 MB). */
export const REQUEST_TIMEOUT_MS = 120_000;
/** How often Node checks the two timeouts above. */
export const TIMEOUT_CHECK_INTERVAL_MS = 1_000;
/** A connection whose answer has not moved SEND_PROGRESS_BYTES toward the client for this long is closed. */
export const SEND_TIMEOUT_MS = 20_000;
export const SEND_PROGRESS_BYTES = 64 * 1024;
/** Most bytes of answers waiting to be sent, over all connections together. */
export const MAX_PENDING_SEND_BYTES = 128 * 1024 * 1024;
/** Under pressure, a connection that took nothing of its answer for this long makes room for others. */
export const SEND_STALL_EVICT_MS = 1_000;

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** `name`, `name:port`, `1.2.3.4`, `[v6]` or `[v6]:port`, lower-cased; null when it is none of these. */
function splitHost(value: string): { name: string; port: number | null } | null {
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9_-]+(?:\.[a-z0-9_-]+)*)(?::(\d{1,5}))?$/.exec(value.toLowerCase());
  if (!m) return null;
  const port = m[2] === undefined ? null : Number(m[2]);
  if (port !== null && (port < 1 || port > 65535)) return null;
  if (m[1]!.startsWith("[") && net.isIPv6(m[1]!.slice(1, -1)) === false) return null;
  return { name: m[1]!, port };
}

const isIpLiteral = (name: string) => net.isIPv4(name) || (name.startsWith("[") && net.isIPv6(name.slice(1, -1)));

/** An address the server is bound to that only this machine can reach. */
export function isLoopbackAddress(address: string): boolean {
  const a = address.toLowerCase();
  return a === "::1" || a === "localhost" || /^127\./.test(a) || /^::ffff:127\./.test(a);
}

/** Parses an `--allow-host` value: a host name or address, with or without a port, or `*`. */
export function parseAllowedHost(value: string): string {
  const v = value.trim().toLowerCase();
  if (v === "*") return v;
  if (!splitHost(v))
    throw new Error(`--allow-host '${value}' is not a host name or address (optionally with :port), such as catalog.example.com or 10.0.0.5:8300`);
  return v;
}

/** Parses an `--allow-origin` value: an http(s) origin, scheme://host[:port], nothing after it. */
export function parseAllowedOrigin(value: string): string {
  let u: URL;
  try {
    u = new URL(value.trim());
  } catch {
    throw new Error(`--allow-origin '${value}' is not an origin such as https://tools.example.com`);
  }
  const bare = value.trim().replace(/\/$/, "").toLowerCase();
  if ((u.protocol !== "http:" && u.protocol !== "https:") || u.origin.toLowerCase() !== bare)
    throw new Error(
      `--allow-origin '${value}' must be an http(s) origin, scheme://host[:port] with no path, such as https://tools.example.com ('*' is not accepted)`,
    );
  return u.origin;
}

export interface AccessOptions {
  /** more Host names to answer (`name`: any port, `name:port`: that port); `*` answers every Host */
  allowHosts?: readonly string[];
  /** origins whose pages may read the API (CORS, without credentials) */
  allowOrigins?: readonly string[];
}

/**
 * Which requests the server answers at all (by their Host) and which foreign pages may read its
 * answers (by their Origin).
 *
 * - Host: always `localhost`, `127.0.0.1` and `[::1]` (any port: only this machine's own resolver or
 *   a proxy on it sends them), plus `--allow-host` names. When the server listens on an address other
 *   machines can reach, also IP addresses (any port): a DNS-rebinding page always reaches the server
 *   under a name, and a name must be allowed. Anything else gets 421 before any route runs.
 * - Origin: a page of another origin gets no CORS permission unless `--allow-origin` names its origin;
 *   then it may read as an anonymous client or with its own API token (no credentials: the sign-in
 *   cookie is only ever honoured on requests from this server's own pages).
 */
export class AccessPolicy {
  private readonly anyHost: boolean;
  private readonly hosts: Array<{ name: string; port: number | null }>;
  readonly origins: ReadonlySet<string>;
  private publicBind = false;

  constructor(opts: AccessOptions = {}) {
    const hosts = (opts.allowHosts ?? []).map(parseAllowedHost);
    this.anyHost = hosts.includes("*");
    this.hosts = hosts.filter((h) => h !== "*").map((h) => splitHost(h)!);
    this.origins = new Set((opts.allowOrigins ?? []).map(parseAllowedOrigin));
  }

  /** Tells the policy the address the server listens on (IP addresses count as names unless it is loopback). */
  listeningOn(address: string): void {
    this.publicBind = !isLoopbackAddress(address);
  }

  /** A one-line description of the Host names answered, for the start-up message. */
  describeHosts(): string {
    if (this.anyHost) return "any Host name (--allow-host '*')";
    const names = [
      "localhost",
      "127.0.0.1",
      "[::1]",
      ...(this.publicBind ? ["IP addresses"] : []),
      ...this.hosts.map((h) => (h.port ? `${h.name}:${h.port}` : h.name)),
    ];
    return names.join(", ");
  }

  hostAllowed(header: string | undefined): boolean {
    if (this.anyHost) return true;
    if (typeof header !== "string") return false;
    const h = splitHost(header);
    if (!h) return false;
    if (LOOPBACK_NAMES.has(h.name)) return true;
    if (this.publicBind && isIpLiteral(h.name)) return true;
    return this.hosts.some((a) => a.name === h.name && (a.port === null || a.port === (h.port ?? 80)));
  }

  /** The origin to name in Access-Control-Allow-Origin, or null when this Origin may not read. */
  corsOrigin(header: string | undefined): string | null {
    return typeof header === "string" && this.origins.has(header) ? header : null;
  }
}

/** The answer to a Host the server does not serve. */
export function misdirectedMessage(host: string | undefined): string {
  const shown = typeof host === "string" ? `'${host.slice(0, 200).replace(/[^\x20-\x7e]/g, "?")}'` : "a request without a Host header";
  return `this server does not answer for the host name ${shown}; an operator can allow a name with --allow-host NAME`;
}

/** A ServerResponse that carries `headers` from the start, so every answer Node itself writes has them too. */
export function responseClassWith(headers: Readonly<Record<string, string>>): typeof http.ServerResponse {
  // Node passes the response options (highWaterMark, …) as a second argument its types leave out.
  const Base = http.ServerResponse as unknown as new (req: http.IncomingMessage, options?: object) => http.ServerResponse;
  return class extends Base {
    constructor(req: http.IncomingMessage, options?: object) {
      super(req, options);
      for (const [k, v] of Object.entries(headers)) this.setHeader(k, v);
    }
  } as unknown as typeof http.ServerResponse;
}

const CLIENT_ERRORS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, "the request headers are too large (16 kB at most)"],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, "the chunk extensions are too large"],
  ERR_HTTP_REQUEST_TIMEOUT: [
    408,
    `the request was not received in time (headers within ${HEADERS_TIMEOUT_MS / 1000} s, the whole request within ${REQUEST_TIMEOUT_MS / 1000} s)`,
  ],
};

/**
 * Node's parser refused a request (malformed, headers too large, too slow): answer as Node would
 * (400, 431, 413 or 408, then close), but with `headers` and a JSON body saying why.
 */
export function clientErrorHandler(headers: Readonly<Record<string, string>>): (err: Error & { code?: string }, socket: net.Socket) => void {
  return (err, socket) => {
    const inFlight = (socket as { _httpMessage?: http.ServerResponse | null })._httpMessage;
    if (err.code === "ECONNRESET" || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const [status, message] = CLIENT_ERRORS[err.code ?? ""] ?? [400, "the request is not valid HTTP"];
    const body = JSON.stringify({ status, message });
    const lines = [
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}`,
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      "content-type: application/json; charset=utf-8",
      `content-length: ${Buffer.byteLength(body)}`,
      "connection: close",
    ];
    socket.end(`${lines.join("\r\n")}\r\n\r\n${body}`, () => socket.destroy());
    setTimeout(() => socket.destroy(), 1_000).unref();
  };
}

export interface SendGuardOptions {
  timeoutMs?: number;
  maxPendingBytes?: number;
  log?: (line: string) => void;
}

/** How often connections with bytes waiting are looked at. */
const SWEEP_MS = 250;
/**
 * Sweeps without progress before a connection counts as stalled. A sweep runs at most once per turn
 * of the event loop, and each turn lets libuv write, so two of them are two chances the client had.
 */
const STALLED_SWEEPS = 2;
/** Under pressure, a connection that has been sending for 2 s at less than 512 KiB/s makes room too. */
const SLOW_WINDOW_SWEEPS = 8;
const SLOW_WINDOW_BYTES = 1024 * 1024;
/** Writes this small are always let through: such an answer fits in the kernel's socket buffer and holds nothing here for long. */
const SMALL_WRITE_BYTES = 256 * 1024;

interface Tracked {
  socket: net.Socket;
  /** writableLength and the handle's write queue when progress was last seen */
  markLength: number;
  markQueue: number;
  /** when the answer last moved SEND_PROGRESS_BYTES toward the client (or began) */
  since: number;
  /** bytes the client took since the last sweep, and per sweep over the last SLOW_WINDOW_SWEEPS */
  moved: number;
  window: number[];
  /** consecutive sweeps without progress; sweeps seen while busy */
  quiet: number;
  age: number;
}

/**
 * Bytes written to a connection and not yet taken by the kernel. A large answer is one write, which
 * stays whole in writableLength until the kernel has it all; libuv's write queue shrinks as the
 * kernel takes bytes, so both are watched.
 */
function lengths(socket: net.Socket): { length: number; queue: number } {
  const q = (socket as { _handle?: { writeQueueSize?: number } | null })._handle?.writeQueueSize;
  return { length: socket.writableLength, queue: typeof q === "number" ? q : socket.writableLength };
}
const pending = (socket: net.Socket) => {
  const { length, queue } = lengths(socket);
  return Math.max(length, queue);
};

function chunkBytes(chunk: unknown, encoding: unknown): number {
  if (typeof chunk === "string")
    return chunk.length < 65_536 ? chunk.length : Buffer.byteLength(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  if (chunk instanceof Uint8Array) return chunk.byteLength;
  return 0;
}

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MiB`;

/**
 * Bounds what answers that are not being read may hold. Every write to a connection passes through
 * here (http's own included), so whole and streamed answers are counted alike.
 *
 * - Send timeout: a connection whose pending answer has not moved SEND_PROGRESS_BYTES toward the
 *   client for `timeoutMs` is reset, whatever the answer's size.
 * - Send budget: the bytes waiting to be sent over all connections stay under `maxPendingBytes`. A
 *   write that would pass it first resets the connections that are not reading: those that took
 *   nothing for SEND_STALL_EVICT_MS, the longest-stalled first, then those sending slower than
 *   512 KiB/s for 2 s. When that is not enough, its own connection is reset instead of queueing (a
 *   write under 256 KiB always passes).
 *
 * Progress is judged only over time the server was free to write: a sweep every 250 ms counts, so a
 * server busy building answers never mistakes its own delay for a client that does not read.
 */
export function guardSends(server: http.Server, opts: SendGuardOptions = {}): { pendingBytes(): number; stop(): void } {
  const timeoutMs = opts.timeoutMs ?? SEND_TIMEOUT_MS;
  const maxPending = opts.maxPendingBytes ?? MAX_PENDING_SEND_BYTES;
  /** connections with bytes waiting (the others cost nothing to skip) */
  const busy = new Map<net.Socket, Tracked>();

  /** Updates `t` from its socket; its pending bytes (0: drained, and no longer tracked). */
  const sample = (t: Tracked, now: number): number => {
    const { length, queue } = lengths(t.socket);
    const moved = Math.max(t.markLength - length, t.markQueue - queue);
    if (length === 0 && queue === 0) {
      busy.delete(t.socket);
      return 0;
    }
    if (moved >= SEND_PROGRESS_BYTES) {
      t.moved += moved;
      t.markLength = length;
      t.markQueue = queue;
      t.since = now;
    }
    return Math.max(length, queue);
  };

  const kill = (t: Tracked, why: string) => {
    busy.delete(t.socket);
    opts.log?.(`closed a connection from ${t.socket.remoteAddress ?? "?"}: ${why}`);
    if (t.socket.destroyed) return;
    if (typeof t.socket.resetAndDestroy === "function") t.socket.resetAndDestroy();
    else t.socket.destroy();
  };

  const stalled = (t: Tracked, now: number) => t.quiet >= STALLED_SWEEPS && now - t.since >= SEND_STALL_EVICT_MS;
  const slow = (t: Tracked) => t.age >= SLOW_WINDOW_SWEEPS && t.window.reduce((a, b) => a + b, 0) < SLOW_WINDOW_BYTES;

  const admit = (socket: net.Socket, size: number): boolean => {
    const now = Date.now();
    let total = 0;
    for (const t of [...busy.values()]) total += sample(t, now);
    if (total + size <= maxPending) return true;
    const candidates = [...busy.values()]
      .filter((t) => t.socket !== socket && (stalled(t, now) || slow(t)))
      .sort((a, b) => Number(stalled(b, now)) - Number(stalled(a, now)) || a.since - b.since);
    for (const t of candidates) {
      const held = pending(t.socket);
      kill(
        t,
        stalled(t, now)
          ? `its client took nothing of its answer for ${((now - t.since) / 1000).toFixed(1)} s (${mb(held)} unsent), and answers waiting to be sent passed ${mb(maxPending)}`
          : `its client reads too slowly (${mb(held)} unsent), and answers waiting to be sent passed ${mb(maxPending)}`,
      );
      total -= held;
      if (total + size <= maxPending) return true;
    }
    return false;
  };

  const onConnection = (socket: net.Socket) => {
    const write = socket.write as (...a: unknown[]) => boolean;
    socket.write = function guardedWrite(this: net.Socket, chunk: unknown, ...rest: unknown[]): boolean {
      // Node copies the part of a string the kernel does not take at once into a buffer sized for the
      // worst case (3 bytes a character): a large answer is made a buffer of its exact size instead.
      if (typeof chunk === "string" && chunk.length >= 65_536) {
        chunk = Buffer.from(chunk, typeof rest[0] === "string" ? (rest[0] as BufferEncoding) : "utf8");
        if (typeof rest[0] === "string") rest = rest.slice(1);
      }
      const size = chunkBytes(chunk, rest[0]);
      if (size === 0 || this.destroyed) return write.call(this, chunk, ...rest);
      if (size > SMALL_WRITE_BYTES && !admit(this, size)) {
        kill(
          busy.get(this) ?? ({ socket: this } as Tracked),
          `an answer of ${mb(size)} does not fit: ${mb(maxPending)} of answers are waiting to be sent to clients that read them`,
        );
        return false;
      }
      const wasIdle = !busy.has(this);
      const ok = write.call(this, chunk, ...rest);
      const { length, queue } = lengths(this);
      if (length > 0 || queue > 0) {
        const t = busy.get(this);
        if (!t || wasIdle) busy.set(this, { socket: this, markLength: length, markQueue: queue, since: Date.now(), moved: 0, window: [], quiet: 0, age: 0 });
        else {
          t.markLength = Math.max(t.markLength, length);
          t.markQueue = Math.max(t.markQueue, queue);
        }
      }
      return ok;
    } as typeof socket.write;
    socket.once("close", () => busy.delete(socket));
  };
  server.on("connection", onConnection);

  const sweep = setInterval(() => {
    const now = Date.now();
    for (const t of [...busy.values()]) {
      if (sample(t, now) === 0) continue;
      t.quiet = t.moved > 0 ? 0 : t.quiet + 1;
      t.window.push(t.moved);
      if (t.window.length > SLOW_WINDOW_SWEEPS) t.window.shift();
      t.moved = 0;
      t.age++;
      if (t.quiet >= STALLED_SWEEPS && now - t.since >= timeoutMs)
        kill(t, `its client took nothing of its answer for ${Math.round((now - t.since) / 1000)} s (${mb(pending(t.socket))} unsent)`);
    }
  }, SWEEP_MS);
  sweep.unref();

  return {
    pendingBytes: () => [...busy.values()].reduce((n, t) => n + pending(t.socket), 0),
    stop() {
      clearInterval(sweep);
      server.off("connection", onConnection);
    },
  };
}
