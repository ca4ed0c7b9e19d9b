/** `orrery serve`: the web app and the API, over a catalog file or in front of an upstream catalog. */
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { type Command, InvalidArgumentError, Option } from "commander";
import { startServer } from "../main";
import { parseAllowedHost, parseAllowedOrigin } from "../http-guard";
import { DEFAULT_DB, maxVersionsOption } from "./shared";

/** A repeatable option whose values are checked as they are read. */
const repeatable =
  (parse: (v: string) => string) =>
  (v: string, previous: string[] = []) => {
    try {
      return [...previous, parse(v)];
    } catch (e) {
      throw new InvalidArgumentError((e as Error).message);
    }
  };

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError("must be an integer from 0 to 65535");
  return n;
}

/** --upstream must be an http(s) URL; a bare host gets DataHub's GraphQL path. */
function upstreamUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new InvalidArgumentError(`--upstream '${raw}' is not a URL (e.g. https://datahub.example.com/api/graphql)`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new InvalidArgumentError(`--upstream must be http(s), not ${u.protocol}`);
  if (u.pathname === "/" || u.pathname === "") u.pathname = "/api/graphql";
  return u.toString();
}

/** Builds the SPA when dist/ is missing or older than the newest source file. */
function buildIfNeeded(): void {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");
  const index = path.join(root, "dist", "index.html");
  const newest = (dir: string): number => {
    let t = 0;
    if (!fs.existsSync(dir)) return t;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
    }
    return t;
  };
  const srcTime = Math.max(
    newest(path.join(root, "src")),
    fs.existsSync(path.join(root, "index.html")) ? fs.statSync(path.join(root, "index.html")).mtimeMs : 0,
  );
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= srcTime) return;
  if (!fs.existsSync(path.join(root, "index.html"))) return;
  process.stdout.write("building the web app (npm run build)…\n");
  const r = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error("npm run build failed");
}

export function addServe(program: Command): void {
  program
    .command("serve")
    .description("serve the web app and the API (GraphQL at /api/graphql, DataHub ingestion at /aspects)")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .addOption(new Option("--port <n>", "port to listen on").default(8300).argParser(port))
    .option("--host <host>", "address to bind", "127.0.0.1")
    .option("--no-demo", "do not load the demo catalog into a new, empty database")
    .option("--require-auth", "reads need a token too (by default anyone who can reach the server can read)")
    .option(
      "--allow-origin <origin>",
      "let pages of this origin (https://tools.example.com) read the API, without the sign-in cookie (repeatable; by default only the app's own pages)",
      repeatable(parseAllowedOrigin),
    )
    .option(
      "--allow-host <name>",
      "answer requests for this host name, or name:port (repeatable; always localhost, 127.0.0.1, [::1], and IP addresses when --host is not loopback; '*': any)",
      repeatable(parseAllowedHost),
    )
    .option(
      "--upstream <url>",
      "answer GraphQL from this DataHub-compatible endpoint (e.g. https://datahub.example.com/api/graphql) instead of --db, which then keeps sign-in only",
    )
    .option("--upstream-token <token>", "Bearer token for --upstream (default: $ORRERY_UPSTREAM_TOKEN, which keeps it out of the process list)")
    .addOption(
      new Option("--schema <which>", "orrery: DataHub's schema and Orrery's extensions; datahub: DataHub's alone, to try clients against a plain DataHub")
        .choices(["orrery", "datahub"])
        .default("orrery"),
    )
    .addOption(maxVersionsOption())
    .option("--build-if-needed", "build the web app first when dist/ is missing or older than src/")
    .option("--quiet", "no request log")
    .action(async (opts) => {
      if (opts.buildIfNeeded) buildIfNeeded();
      await startServer({
        db: opts.db,
        maxAspectVersions: opts.maxAspectVersions,
        port: opts.port,
        host: opts.host,
        demo: opts.demo,
        requireAuth: opts.requireAuth === true,
        allowOrigins: opts.allowOrigin,
        allowHosts: opts.allowHost,
        log: opts.quiet ? undefined : (l: string) => process.stdout.write(`${l}\n`),
        upstream: opts.upstream ? { url: upstreamUrl(opts.upstream), token: opts.upstreamToken ?? process.env.ORRERY_UPSTREAM_TOKEN } : undefined,
        schema: opts.schema,
      });
    });
}
