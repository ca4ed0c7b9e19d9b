/**
 * `orrery` command line. The forms below are a contract other tooling depends on:
 *   orrery serve [--db PATH] [--port N] [--host H] [--no-demo]
 *   orrery ingest FILE... [--db PATH | --server URL --token T]
 *   orrery token create --role reader|editor|ingest|admin [--db PATH]
 */
import { Command, Option, InvalidArgumentError } from "commander";
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import cliProgress from "cli-progress";
import { Store } from "./store/store";
import { createSignInCode } from "./store/sessions";
import { createToken, listTokens, revokeToken, ROLES, type Role } from "./store/tokens";
import { ingestProposals, expandMce, type ProposalResult } from "./ingest/proposals";
import { ADMIN_ACTOR, startServer } from "./main";
import { VERSION } from "./http";

export const DEFAULT_DB = path.join(".orrery", "catalog.db");

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError("must be an integer from 0 to 65535");
  return n;
}

/** Reads a file of proposals: a JSON array (DataHub golden files), one JSON object, or JSON lines. */
export function readProposalFile(file: string): unknown[] {
  const text = fs.readFileSync(file, "utf8");
  const trimmed = text.trim();
  if (trimmed === "") return [];
  try {
    const data = JSON.parse(trimmed);
    return Array.isArray(data) ? data : [data];
  } catch (e) {
    const lines = trimmed.split(/\r?\n/).filter((l) => l.trim());
    if (lines.length > 1) {
      return lines.map((l, i) => {
        try {
          return JSON.parse(l);
        } catch (le) {
          throw new Error(`${file}:${i + 1}: not valid JSON: ${(le as Error).message}`);
        }
      });
    }
    throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
  }
}

/** The REST emitter's wire form: aspect.value as a JSON string. */
function toRestProposal(p: unknown): unknown {
  if (!p || typeof p !== "object") return p;
  const a = (p as { aspect?: { json?: unknown } }).aspect;
  if (a && typeof a === "object" && "json" in a)
    return { ...(p as object), aspect: { value: JSON.stringify(a.json), contentType: "application/json" } };
  return p;
}

interface Summary {
  accepted: number;
  rejected: Array<{ file: string; result: ProposalResult }>;
}

function progressBar(quiet: boolean): cliProgress.SingleBar | null {
  if (quiet) return null;
  return new cliProgress.SingleBar(
    {
      format: " {bar} {percentage}% | {value}/{total} proposals | {file}",
      hideCursor: true,
      clearOnComplete: false,
      noTTYOutput: true,
      notTTYSchedule: 5000,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
}

const CHUNK = 1000;

/** Feeds every file's proposals, CHUNK at a time, to `send`, with a progress bar and a summary. */
async function ingestInChunks(
  files: Map<string, unknown[]>,
  quiet: boolean,
  send: (chunk: unknown[]) => Promise<{ accepted: number; rejected: ProposalResult[] }>,
): Promise<Summary> {
  const summary: Summary = { accepted: 0, rejected: [] };
  const total = [...files.values()].reduce((n, l) => n + l.length, 0);
  const bar = progressBar(quiet);
  bar?.start(total, 0, { file: "" });
  let done = 0;
  for (const [file, items] of files) {
    for (let i = 0; i < items.length; i += CHUNK) {
      const chunk = items.slice(i, i + CHUNK);
      const r = await send(chunk);
      summary.accepted += r.accepted;
      for (const bad of r.rejected) summary.rejected.push({ file, result: { ...bad, index: bad.index + i } });
      done += chunk.length;
      bar?.update(done, { file: path.basename(file) });
    }
  }
  bar?.stop();
  return summary;
}

function ingestLocal(store: Store, files: Map<string, unknown[]>, actor: string, quiet: boolean): Promise<Summary> {
  return ingestInChunks(files, quiet, async (chunk) => {
    const report = ingestProposals(store, chunk, actor);
    await new Promise((r) => setImmediate(r)); // let the progress bar draw
    return { accepted: report.accepted, rejected: report.results.filter((r) => !r.ok) };
  });
}

function ingestRemote(server: string, token: string | undefined, files: Map<string, unknown[]>, quiet: boolean): Promise<Summary> {
  const base = server.replace(/\/+$/, "");
  return ingestInChunks(files, quiet, async (chunk) => {
    const res = await fetch(`${base}/aspects?action=ingestProposalBatch`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "X-RestLi-Protocol-Version": "2.0.0",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ proposals: chunk.map(toRestProposal), async: "false" }),
    });
    const text = await res.text();
    let body: { value?: { results?: ProposalResult[] }; message?: string } = {};
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON: reported below */
    }
    const results = body.value?.results;
    if (Array.isArray(results)) return { accepted: results.filter((r) => r.ok).length, rejected: results.filter((r) => !r.ok) };
    // A plain DataHub GMS answers {} for an accepted batch.
    if (res.ok) return { accepted: chunk.length, rejected: [] };
    throw new Error(`${base} answered ${res.status}: ${body.message ?? text.slice(0, 300)}`);
  });
}

export function buildCli(): Command {
  const program = new Command();
  program
    .name("orrery")
    .description("Orrery: an ML asset catalog with lineage, speaking DataHub's GraphQL and ingestion APIs.")
    .version(VERSION)
    .showHelpAfterError();

  program
    .command("serve")
    .description("serve the web app and the API (GraphQL at /api/graphql, DataHub ingestion at /aspects)")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .addOption(new Option("--port <n>", "port to listen on").default(8300).argParser(port))
    .option("--host <host>", "address to bind", "127.0.0.1")
    .option("--no-demo", "do not load the demo catalog into a new, empty database")
    .option("--require-auth", "reads need a token too (by default anyone who can reach the server can read)")
    .option("--build-if-needed", "build the web app first when dist/ is missing or older than src/")
    .option("--quiet", "no request log")
    .action(async (opts) => {
      if (opts.buildIfNeeded) buildIfNeeded();
      await startServer({
        db: opts.db,
        port: opts.port,
        host: opts.host,
        demo: opts.demo,
        requireAuth: opts.requireAuth === true,
        log: opts.quiet ? undefined : (l: string) => process.stdout.write(`${l}\n`),
      });
    });

  program
    .command("ingest")
    .description("ingest DataHub metadata files (JSON arrays of MCPs/MCEs, as DataHub's golden files are)")
    .argument("<file...>", "files to ingest")
    .option("--db <path>", "SQLite catalog file to write directly", DEFAULT_DB)
    .option("--server <url>", "send to a running server's ingestion endpoint instead of a file")
    .option("--token <token>", "Bearer token for --server (role ingest or admin)")
    .option("--quiet", "no progress bar")
    .action(async (files: string[], opts) => {
      const loaded = new Map<string, unknown[]>();
      for (const f of files) {
        try {
          loaded.set(f, readProposalFile(f).flatMap(expandMce));
        } catch (e) {
          process.stderr.write(`error: ${(e as Error).message}\n`);
          process.exitCode = 2;
          return;
        }
      }
      let summary: Summary;
      if (opts.server) {
        summary = await ingestRemote(opts.server, opts.token, loaded, opts.quiet === true);
      } else {
        const store = Store.open(opts.db);
        try {
          summary = await ingestLocal(store, loaded, "urn:li:corpuser:ingestion", opts.quiet === true);
        } finally {
          store.close();
        }
      }
      const total = summary.accepted + summary.rejected.length;
      process.stdout.write(`${summary.accepted} of ${total} proposals accepted, ${summary.rejected.length} rejected\n`);
      for (const { file, result } of summary.rejected.slice(0, 200))
        process.stdout.write(`  rejected ${file}#${result.index}: ${result.error}\n`);
      if (summary.rejected.length > 200) process.stdout.write(`  … and ${summary.rejected.length - 200} more\n`);
      if (summary.rejected.length) process.exitCode = 1;
    });

  program
    .command("signin-link")
    .description("print a one-time link that signs a browser in (default: as admin)")
    .addOption(new Option("--role <role>", "what the session may do").choices([...ROLES]).default("admin"))
    .option("--actor <urn>", "the corpuser urn that edits are attributed to")
    .option("--url <url>", "where the server is reached", "http://127.0.0.1:8300")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .action((opts) => {
      const store = Store.open(opts.db);
      try {
        const actor = opts.actor ?? (opts.role === "admin" ? ADMIN_ACTOR : `urn:li:corpuser:${opts.role}`);
        const code = createSignInCode(store, { role: opts.role, actor });
        process.stdout.write(`${opts.url.replace(/\/+$/, "")}/auth/signin?code=${code}\n`);
        process.stderr.write(`one-time sign-in link for ${actor} (${opts.role}); it works once, for 24 hours\n`);
      } finally {
        store.close();
      }
    });

  const token = program.command("token").description("manage API tokens");
  token
    .command("create")
    .description("create a token and print it once")
    .addOption(new Option("--role <role>", "what the token may do").choices([...ROLES]).makeOptionMandatory())
    .option("--name <name>", "a note on what the token is for")
    .option("--actor <urn>", "the corpuser urn that edits made with this token are attributed to")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .action((opts) => {
      const store = Store.open(opts.db);
      try {
        const { token: t, info } = createToken(store, { role: opts.role as Role, name: opts.name, actor: opts.actor });
        process.stderr.write(`created token ${info.id} (role ${info.role}, actor ${info.actor}); it is shown only once:\n`);
        process.stdout.write(`${t}\n`);
      } finally {
        store.close();
      }
    });
  token
    .command("list")
    .description("list tokens (never their secrets)")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .action((opts) => {
      const store = Store.open(opts.db);
      try {
        for (const t of listTokens(store))
          process.stdout.write(
            `${t.id}\t${t.role}\t${t.actor}\t${new Date(t.createdAt).toISOString()}\t${t.revoked ? "revoked" : "active"}\t${t.name ?? ""}\n`,
          );
      } finally {
        store.close();
      }
    });
  token
    .command("revoke")
    .description("revoke a token by id")
    .argument("<id>")
    .option("--db <path>", "SQLite catalog file", DEFAULT_DB)
    .action((id: string, opts) => {
      const store = Store.open(opts.db);
      try {
        if (!revokeToken(store, id)) {
          process.stderr.write(`error: no active token with id ${id}\n`);
          process.exitCode = 1;
        } else process.stdout.write(`revoked ${id}\n`);
      } finally {
        store.close();
      }
    });
  return program;
}

/** Builds the SPA when dist/ is missing or older than the newest source file. */
function buildIfNeeded(): void {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
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
  const srcTime = Math.max(newest(path.join(root, "src")), fs.existsSync(path.join(root, "index.html")) ? fs.statSync(path.join(root, "index.html")).mtimeMs : 0);
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= srcTime) return;
  if (!fs.existsSync(path.join(root, "index.html"))) return;
  process.stdout.write("building the web app (npm run build)…\n");
  const r = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error("npm run build failed");
}

const isMain = process.argv[1] && /orrery(\.js)?$|cli\.ts$/.test(process.argv[1]);
if (isMain) {
  buildCli()
    .parseAsync(process.argv)
    .catch((e: unknown) => {
      process.stderr.write(`error: ${(e as Error).message}\n`);
      process.exit(1);
    });
}
