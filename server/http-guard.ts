/**
 * Defences of the HTTP layer that sit below the routes: which Host names and which Origins the server
 * answers (DNS rebinding, cross-origin reads), and the answer Node's own parser errors get.
 */
import http from "node:http";
import net from "node:net";

/** A client must finish sending its request headers within this time (answered 408). */
export const HEADERS_TIMEOUT_MS = 20_000;
/** … and its whole request, body included, within this time (an ingestion body may be 16 MB). */
export const REQUEST_TIMEOUT_MS = 120_000;
/** How often Node checks the two timeouts above. */
export const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

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
  if (!splitHost(v)) throw new Error(`--allow-host '${value}' is not a host name or address (optionally with :port), such as catalog.example.com or 10.0.0.5:8300`);
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
    throw new Error(`--allow-origin '${value}' must be an http(s) origin, scheme://host[:port] with no path, such as https://tools.example.com ('*' is not accepted)`);
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
    const names = ["localhost", "127.0.0.1", "[::1]", ...(this.publicBind ? ["IP addresses"] : []), ...this.hosts.map((h) => (h.port ? `${h.name}:${h.port}` : h.name))];
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
  ERR_HTTP_REQUEST_TIMEOUT: [408, `the request was not received in time (headers within ${HEADERS_TIMEOUT_MS / 1000} s, the whole request within ${REQUEST_TIMEOUT_MS / 1000} s)`],
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
