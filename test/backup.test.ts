/**
 * `orrery backup` and `orrery restore`, through the real CLI: a backup taken while a server serves
 * and writes the catalog is one consistent snapshot, and restores into a new path as exactly that
 * snapshot; bad inputs get a clear error and change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import { Store } from "../server/store/store";
import { createToken } from "../server/store/tokens";
import { LATEST_SCHEMA_VERSION } from "../server/store/backup";
import { ingestInto } from "../bench/catalog";
import { generateCatalog } from "../server/demo/generate";
import { tempDir } from "./helpers";
import { spawnServer, type ServerProcess } from "./server-process";

const cli = (args: string[]) => spawnSync(process.execPath, ["bin/orrery.js", ...args], { encoding: "utf8" });
const cliAsync = (args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ["bin/orrery.js", ...args]);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });

const writeUrn = (i: number) => `urn:li:dataset:(urn:li:dataPlatform:backuptest,written_${i},PROD)`;

/** Everything in a folder: names, sizes and content hashes (to show a refused command changed nothing). */
function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isFile()) out[name] = crypto.createHash("sha256").update(fs.readFileSync(p)).digest("hex");
  }
  return out;
}

/** A dump without the rows of the given entities (each row names its entity as urn or src). */
function dumpWithout(dump: Record<string, unknown[]>, urns: Set<string>): Record<string, unknown[]> {
  return Object.fromEntries(
    Object.entries(dump).map(([table, rows]) => [
      table,
      rows.filter((r) => !urns.has(((r as { urn?: string; src?: string }).urn ?? (r as { src?: string }).src)!)),
    ]),
  );
}

describe("orrery backup / restore", () => {
  let dir: string;
  let source: string;
  let ingestToken: string;
  const servers: ServerProcess[] = [];

  beforeAll(() => {
    dir = tempDir("orrery-backup-");
    source = path.join(dir, "catalog.db");
    ingestInto(source, generateCatalog({ entities: 5_000, seed: 3 }), { progress: false });
    const store = Store.open(source);
    ingestToken = createToken(store, { role: "ingest", name: "backup test" }).token;
    store.close();
  }, 60_000);

  afterAll(async () => {
    for (const s of servers) await s.stop(5000);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it("backs up while a server serves and writes, and restores exactly that snapshot into a new path", async () => {
    const server = await spawnServer(source);
    servers.push(server);
    let sent = 0;
    let acked = 0;
    let writing = true;
    const failures: string[] = [];
    const writer = (async () => {
      while (writing) {
        const i = sent++;
        const urn = writeUrn(i);
        const res = await fetch(`${server.url}/aspects?action=ingestProposalBatch`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${ingestToken}` },
          body: JSON.stringify({
            proposals: [
              {
                entityUrn: urn,
                changeType: "UPSERT",
                aspectName: "datasetProperties",
                aspect: { json: { name: `written ${i}`, description: `write number ${i}` } },
              },
              { entityUrn: urn, changeType: "UPSERT", aspectName: "globalTags", aspect: { json: { tags: [{ tag: `urn:li:tag:written_${i % 7}` }] } } },
            ],
          }),
        });
        if (res.status === 200) acked = i + 1;
        else failures.push(`write ${i}: ${res.status} ${await res.text()}`);
      }
    })();
    const until = async (cond: () => boolean) => {
      while (!cond()) await new Promise((r) => setTimeout(r, 10));
    };
    await until(() => acked >= 20);

    const file = path.join(dir, "backup.db");
    const ackedBefore = acked;
    const b = await cliAsync(["backup", file, "--db", source]);
    const sentAfter = sent;
    await until(() => acked >= sentAfter + 5); // the server went on writing after the backup
    // While the server holds the catalog, a restore over it is refused, even with --force.
    const before = await (await fetch(`${server.url}/health`)).json();
    const busy = cli(["restore", file, "--db", source, "--force"]);
    writing = false;
    await writer;
    expect(failures).toEqual([]);
    expect(b.stderr).not.toMatch(/error/); // (a progress bar, if the copy took a while)
    expect(b.status).toBe(0);
    expect(b.stdout).toMatch(/^backed up .*catalog\.db to .*backup\.db: \d+ entities, \d+ aspects, schema version \d+, [\d.]+ MB in [\d.]+ s\n$/);
    expect(busy.status).toBe(2);
    expect(busy.stderr).toMatch(/catalog\.db is open in another process \(a running server\?\); stop it before restoring/);
    expect(await (await fetch(`${server.url}/health`)).json()).toEqual(before);
    expect((await server.stop()).code).toBe(0);

    // The backup is one self-contained file holding a prefix of the writes: all those acknowledged
    // before it started, and not those sent after it ended.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const backup = new Database(file, { readonly: true });
    const inBackup = (backup.prepare(`SELECT urn FROM entities WHERE urn LIKE 'urn:li:dataset:(urn:li:dataPlatform:backuptest,%'`).pluck().all() as string[])
      .map((u) => Number(/written_(\d+),/.exec(u)![1]))
      .sort((x, y) => x - y);
    expect(backup.pragma("journal_mode", { simple: true })).toBe("delete");
    backup.close();
    const k = inBackup.length;
    expect(inBackup).toEqual(Array.from({ length: k }, (_, i) => i));
    expect(k).toBeGreaterThanOrEqual(ackedBefore);
    expect(k).toBeLessThanOrEqual(sentAfter);

    const restored = path.join(dir, "restored", "catalog.db");
    const r = cli(["restore", file, "--db", restored]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^restored .*backup\.db to .*restored\/catalog\.db: \d+ entities, \d+ aspects, schema version \d+\n$/);

    const src = Store.open(source);
    const dst = Store.open(restored);
    try {
      const later = new Set(Array.from({ length: sent - k }, (_, i) => writeUrn(k + i)));
      expect(later.size).toBeGreaterThan(0);
      const dump = dst.dump();
      expect(dump.aspects.length).toBeGreaterThan(10_000);
      expect(dump).toEqual(dumpWithout(src.dump(), later));
      expect(dst.integrityCheck()).toBe("ok");
      expect(dst.consistencyCheck().problems).toEqual([]);
    } finally {
      src.close();
      dst.close();
    }

    // A server on the restored catalog serves it, tokens included.
    const again = await spawnServer(restored);
    servers.push(again);
    const res = await fetch(`${again.url}/aspects/${encodeURIComponent(writeUrn(0))}?aspect=datasetProperties`, {
      headers: { authorization: `Bearer ${ingestToken}` },
    });
    expect(((await res.json()) as any).aspect["com.linkedin.dataset.DatasetProperties"].name).toBe("written 0");
    expect((await again.stop()).code).toBe(0);
  }, 90_000);

  it("refuses bad restores and backups with a clear error and changes nothing", async () => {
    const bad = path.join(dir, "bad");
    fs.mkdirSync(bad);
    const target = path.join(bad, "catalog.db");
    fs.copyFileSync(path.join(dir, "backup.db"), target); // an existing catalog, to be left alone
    fs.writeFileSync(path.join(bad, "notes.txt"), "not a database\n");
    {
      const db = new Database(path.join(bad, "other.db"));
      db.exec(`CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO things (name) VALUES ('x')`);
      db.close();
    }
    fs.copyFileSync(path.join(dir, "backup.db"), path.join(bad, "newer.db"));
    {
      const db = new Database(path.join(bad, "newer.db"));
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      db.close();
    }
    {
      // Damage: zero a run of pages in the middle of a copy of the backup.
      fs.copyFileSync(path.join(dir, "backup.db"), path.join(bad, "damaged.db"));
      const fd = fs.openSync(path.join(bad, "damaged.db"), "r+");
      const size = fs.fstatSync(fd).size;
      fs.writeSync(fd, Buffer.alloc(64 * 4096, 0x5a), 0, 64 * 4096, Math.floor(size / 2 / 4096) * 4096);
      fs.closeSync(fd);
    }
    const cases: Array<[string[], RegExp]> = [
      [["restore", path.join(bad, "missing.db"), "--db", path.join(bad, "new.db")], /the backup .*missing\.db does not exist/],
      [["restore", path.join(bad, "notes.txt"), "--db", path.join(bad, "new.db")], /the backup .*notes\.txt is not a SQLite database/],
      [["restore", path.join(bad, "other.db"), "--db", path.join(bad, "new.db")], /the backup .*other\.db is a SQLite database but not an Orrery catalog/],
      [
        ["restore", path.join(bad, "newer.db"), "--db", path.join(bad, "new.db")],
        new RegExp(`newer\\.db was written by a newer Orrery \\(schema version ${LATEST_SCHEMA_VERSION + 1}; this one knows up to ${LATEST_SCHEMA_VERSION}\\)`),
      ],
      [["restore", path.join(bad, "damaged.db"), "--db", path.join(bad, "new.db")], /the backup .*damaged\.db is damaged: /],
      [["restore", path.join(dir, "backup.db"), "--db", target], /catalog\.db already holds a catalog; pass --force to replace it/],
      [["restore", path.join(bad, "other.db"), "--db", target, "--force"], /not an Orrery catalog/],
      [["backup", path.join(bad, "out.db"), "--db", path.join(bad, "missing.db")], /there is no catalog at .*missing\.db/],
      [["backup", path.join(bad, "out.db"), "--db", path.join(bad, "other.db")], /other\.db is a SQLite database but not an Orrery catalog/],
      [["backup", path.join(bad, "notes.txt"), "--db", target], /notes\.txt already exists; pass --force to overwrite it/],
      [["backup", path.join(bad, "nowhere", "out.db"), "--db", target], /the folder of .*out\.db does not exist/],
    ];
    const before = snapshotDir(bad);
    // All at once (each is a process start); every one must fail and, together, change nothing.
    const results = await Promise.all(cases.map(([args]) => cliAsync(args)));
    for (const [i, [args, message]] of cases.entries()) {
      const r = results[i];
      expect(r.stderr, args.join(" ")).toMatch(message);
      expect(r.stderr, args.join(" ")).toMatch(/^error: /);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stdout, args.join(" ")).toBe("");
    }
    expect(snapshotDir(bad)).toEqual(before);
    expect(fs.readdirSync(bad).sort()).toEqual(["catalog.db", "damaged.db", "newer.db", "notes.txt", "other.db"]);
  }, 90_000);

  it("restores over an existing catalog with --force, atomically replacing it", () => {
    const target = path.join(dir, "replace.db");
    const store = Store.open(target);
    store.writeAspects([
      { urn: writeUrn(999_999), entityType: "dataset", aspect: "datasetProperties", value: { name: "to be replaced" }, actor: "urn:li:corpuser:test" },
    ]);
    store.close();
    const r = cli(["restore", path.join(dir, "backup.db"), "--db", target, "--force"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(fs.readdirSync(dir).filter((n) => n.includes(".restore-"))).toEqual([]);
    const restored = Store.open(target);
    const backup = Store.open(path.join(dir, "backup.db"), { readonly: true });
    try {
      expect(restored.getAspect(writeUrn(999_999), "datasetProperties")).toBeNull();
      expect(restored.dump()).toEqual(backup.dump());
      expect(restored.integrityCheck()).toBe("ok");
    } finally {
      restored.close();
      backup.close();
    }
  });
});
