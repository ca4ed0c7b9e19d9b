/**
 * `orrery compact` on a catalog of the layout before migration 11: the demo catalog is loaded, put
 * back into the version-8 layout (test/legacy-catalog.ts), compacted by the CLI, and then answers
 * the same GraphQL requests as before and holds the same stored data. Compact refuses a catalog that
 * another process has open, and a file that is not a catalog, changing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { loadDemo } from "../server/main";
import { Store } from "../server/store/store";
import { MIGRATIONS } from "../server/store/migrations";
import { layoutAtVersion, layoutOf, toVersion8Layout } from "./legacy-catalog";
import { tempDir } from "./helpers";
import { answersOf, sampleUrns, storedIn } from "./catalog-answers";

const cli = (args: string[]) => spawnSync("node", ["bin/orrery.js", ...args], { encoding: "utf8" });
const LATEST = Math.max(...MIGRATIONS.map((m) => m.version));

describe("orrery compact", () => {
  let dir: string;
  let file: string;
  let urns: string[];
  /** what the catalog answered and held before it was put in the old layout */
  let before: { answers: unknown[]; dump: unknown; records: unknown[] };

  const answers = (db: string) => answersOf(db, dir, urns);
  const stored = (db: string) => storedIn(db, urns);

  beforeAll(async () => {
    dir = tempDir("orrery-compact-");
    file = path.join(dir, "catalog.db");
    const store = Store.open(file);
    loadDemo(store);
    urns = sampleUrns(store);
    store.close();
    before = { answers: await answers(file), ...stored(file) };
    const db = new Database(file);
    toVersion8Layout(db);
    db.exec("VACUUM");
    db.close();
  }, 300_000);

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is given a catalog in the layout of schema version 8", () => {
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma("user_version", { simple: true })).toBe(8);
      expect(layoutOf(db)).toEqual(layoutAtVersion(8));
    } finally {
      db.close();
    }
    expect(urns.length).toBeGreaterThan(20);
  });

  it("refuses while another process has the catalog open, changing nothing", () => {
    const bytes = fs.readFileSync(file);
    // What a server does when it opens the catalog.
    const other = new Database(file);
    try {
      other.pragma("journal_mode = WAL");
      other.prepare(`SELECT count(*) FROM entities`).get();
      const r = cli(["compact", "--db", file]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/error: .* is open in another process \(a running server\?\); stop it before compacting/);
    } finally {
      other.close();
    }
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it("refuses a file that is not a catalog", () => {
    const junk = path.join(dir, "junk.db");
    fs.writeFileSync(junk, "not a database");
    const r = cli(["compact", "--db", junk]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("is not a SQLite database");
    expect(cli(["compact", "--db", path.join(dir, "missing.db")]).stderr).toContain("there is no catalog at");
  });

  it("rewrites it smaller, in the current layout, answering and holding exactly what it did", async () => {
    const sizeBefore = fs.statSync(file).size;
    const r = cli(["compact", "--db", file, "--quiet"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(
        `^compacted .*: [\\d.]+ MB, [\\d,]+ bytes per entity before \\(schema version 8\\), [\\d.]+ MB, [\\d,]+ bytes per entity after \\(schema version ${LATEST}\\)`,
      ),
    );
    const sizeAfter = fs.statSync(file).size;
    expect(sizeAfter).toBeLessThan(sizeBefore * 0.8);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma("user_version", { simple: true })).toBe(LATEST);
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(layoutOf(db)).toEqual(layoutAtVersion(LATEST));
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      db.close();
    }
    expect(stored(file)).toEqual({ dump: before.dump, records: before.records });
    expect(await answers(file)).toEqual(before.answers);
    const store = Store.open(file);
    try {
      expect(store.consistencyCheck().problems).toEqual([]);
    } finally {
      store.close();
    }
  }, 300_000);
});
