/**
 * A spec that writes (edits, imports, ingests) gets a catalog of its own: a fresh server over a new
 * demo catalog, started when the spec first needs it and stopped after its last test, so nothing it
 * does reaches another spec and no spec depends on another's leftovers. Read-only specs share the
 * demo server that playwright.config.ts starts.
 *
 *   const { test, catalog } = ownCatalog();
 *   test.beforeAll(async () => { const { url, db } = await catalog.start(); … });
 *   test("…", async ({ page, catalogDb }) => { await page.goto("/"); … });
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test as base } from "@playwright/test";
import { spawnServer, type ServerProcess } from "../test/server-process";

export interface OwnCatalog {
  /** starts the spec's server once (later calls return the same one): its address and database file */
  start(): Promise<{ url: string; db: string }>;
}

export function ownCatalog() {
  let running: Promise<{ server: ServerProcess; dir: string }> | undefined;
  const start = async () => {
    running ??= (async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-e2e-catalog-"));
      const server = await spawnServer(path.join(dir, "catalog.db"), { demo: true, timeoutMs: 120_000 });
      return { server, dir };
    })();
    const { server, dir } = await running;
    return { url: server.url, db: path.join(dir, "catalog.db") };
  };
  const test = base.extend<{ catalogDb: string }>({
    baseURL: async ({}, use) => use((await start()).url),
    catalogDb: async ({}, use) => use((await start()).db),
  });
  test.afterAll(async () => {
    if (!running) return;
    const { server, dir } = await running;
    running = undefined;
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const catalog: OwnCatalog = { start };
  return { test, catalog };
}
