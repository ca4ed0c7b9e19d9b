/**
 * Browser benchmark: real Chromium against the real server on a synthetic catalog.
 *
 *   npm run bench:ui -- [--entities N] [--samples N] [--db PATH] [--reuse]
 *
 * Measures (1) JavaScript transferred for the first page (gzip, as the server sends it), split into
 * what the home page needs and what loads later; (2) client-side navigation to an entity page, from
 * click to content visible; (3) cold load of an entity URL in a fresh browser context, from
 * navigation start to content visible; (4) the run comparison of 100 runs × 50 metrics (with 100-step
 * histories): opening it cold until the tables and both charts are drawn, and switching the charted
 * metric or "only differences" until the page shows the change. Writes bench/results/ui.json and
 * prints a table.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { Command } from "commander";
import { chromium, type Browser, type Page } from "@playwright/test";
import { startServer } from "../server/main";
import { buildCatalog } from "./catalog";
import { summarize } from "./stats";
import { compareCatalog } from "./compare-catalog";
import { ingestProposals } from "../server/ingest/proposals";

const opts = new Command()
  .option("--entities <n>", "entities in the synthetic catalog", (v) => Number(v), 100_000)
  .option("--samples <n>", "navigations per measurement", (v) => Number(v), 40)
  .option("--db <path>", "catalog file (default: a temporary file)")
  .option("--reuse", "reuse an existing catalog at --db")
  .parse()
  .opts<{ entities: number; samples: number; db?: string; reuse?: boolean }>();

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
const KIND_OF: Record<string, string> = {
  mlModel: "mlModel",
  mlModelGroup: "mlModelGroup",
  container: "experiment",
  dataProcessInstance: "run",
  dataset: "dataset",
  mlFeature: "feature",
};

/** Milliseconds (page clock) when an <h1> inside <main> first shows text. */
async function contentVisibleAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const h = document.querySelector("main h1");
      return h && h.textContent && h.textContent.trim().length > 0 && (h as HTMLElement).offsetParent !== null ? performance.now() : false;
    },
    undefined,
    { polling: "raf", timeout: 15_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function main() {
  const dbPath = opts.db ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), "orrery-bench-ui-")), "ui.db");
  const result: Record<string, unknown> = {
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    entities: opts.entities,
    startedAt: new Date().toISOString(),
  };
  if (!opts.reuse) result.ingest = await buildCatalog(dbPath, opts.entities);

  console.error("building the web app (npm run build)…");
  const build = spawnSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) throw new Error("npm run build failed");

  const server = await startServer({ db: dbPath, port: 0, host: "127.0.0.1", demo: false, announce: false, handleSignals: false });
  const browser: Browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    // Entity URLs to visit: a spread of kinds.
    const sample = (type: string, n: number) =>
      server.store
        .all<{ urn: string }>(`SELECT urn FROM entities WHERE type = ? AND removed = 0 ORDER BY (id * 2654435761) % 1000003 LIMIT ?`, type, n)
        .map((r) => `/${KIND_OF[type]}/${encodeURIComponent(r.urn)}/summary`);
    const per = Math.ceil(opts.samples / Object.keys(KIND_OF).length);
    const urls = Object.keys(KIND_OF)
      .flatMap((t) => sample(t, per))
      .slice(0, opts.samples);

    // 1. JavaScript for the first page.
    {
      const context = await browser.newContext();
      const page = await context.newPage();
      const js: Array<{ url: string; bytes: number; atLoad: boolean }> = [];
      let loaded = false;
      const pending: Promise<void>[] = [];
      page.on("requestfinished", (req) => {
        if (req.resourceType() !== "script") return;
        const atLoad = !loaded;
        pending.push(req.sizes().then((s) => void js.push({ url: new URL(req.url()).pathname, bytes: s.responseBodySize, atLoad })));
      });
      await page.goto(`${server.url}/`);
      await contentVisibleAt(page);
      await page.waitForLoadState("networkidle");
      loaded = true;
      await Promise.all(pending);
      const firstPage = js.reduce((n, x) => n + x.bytes, 0);
      result.firstPageJs = {
        gzipBytes: firstPage,
        kB: Number((firstPage / 1000).toFixed(1)),
        files: js.map((x) => ({ path: x.url, kB: Number((x.bytes / 1000).toFixed(1)) })),
        budget: "<= 170 kB gzip",
      };
      await context.close();
    }

    // 2. Client-side navigation: from the search page, click a result, wait for its content.
    {
      const context = await browser.newContext();
      const page = await context.newPage();
      const times: number[] = [];
      for (let i = 0; i < opts.samples; i++) {
        const p = Math.floor(i / 10) + 1;
        await page.goto(`${server.url}/search?q=*&page=${p}`);
        const links = page.getByRole("region", { name: "Results" }).locator("a[href^='/']");
        await links.first().waitFor();
        const link = links.nth(i % 10);
        const before = await page.evaluate(() => performance.now());
        await link.click();
        const at = await contentVisibleAt(page);
        times.push(at - before);
      }
      result.clientNavigation = { ...summarize(times), budget: "p95 <= 300 ms" };
      await context.close();
    }

    // 3. Cold load of an entity URL, fresh context (empty cache) each time.
    {
      const times: number[] = [];
      for (const url of urls) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}${url}`, { waitUntil: "commit" });
        times.push(await contentVisibleAt(page));
        await context.close();
      }
      result.coldLoad = { ...summarize(times), budget: "p95 <= 1000 ms" };
    }

    // 4. Comparing 100 runs × 50 metrics.
    {
      const cmp = compareCatalog({ runs: 100, params: 20, metrics: 50, steps: 100 });
      const r = ingestProposals(server.store, cmp.proposals, "urn:li:corpuser:bench");
      if (r.rejected) throw new Error(`compare catalog: ${r.rejected} proposals rejected: ${r.results.find((x) => !x.ok)?.error}`);
      const href = `/compare?${cmp.runs.map((u) => `run=${encodeURIComponent(u)}`).join("&")}`;
      const drawn = (page: Page, metric: string) =>
        page.waitForFunction(
          (m) => {
            const rows = document.querySelectorAll("[aria-label='Metrics table'] tbody tr").length;
            const bars = document.querySelectorAll("[data-chart=bars] .recharts-bar-rectangle").length;
            const lines = document.querySelectorAll("[data-chart=history] .recharts-line").length;
            const sel = (document.querySelector("main select") as HTMLSelectElement | null)?.value;
            return rows === 50 && bars === 100 && lines === 100 && sel === m ? performance.now() : false;
          },
          metric,
          { polling: "raf", timeout: 30_000 },
        );
      const open: number[] = [];
      const switchMetric: number[] = [];
      const toggleDiff: number[] = [];
      for (let i = 0; i < 5; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}${href}`, { waitUntil: "commit" });
        open.push((await (await drawn(page, "metric_00")).jsonValue()) as number);
        for (let m = 1; m <= 4; m++) {
          const name = `metric_${String(m * 7).padStart(2, "0")}`;
          const before = await page.evaluate(() => performance.now());
          await page.locator("main select").first().selectOption(name);
          switchMetric.push(((await (await drawn(page, name)).jsonValue()) as number) - before);
        }
        for (let t = 0; t < 2; t++) {
          const before = await page.evaluate(() => performance.now());
          await page.getByRole("checkbox", { name: "Only show differences" }).click();
          // 20 parameters; every third is the same in all runs, so 13 differ.
          const at = await page.waitForFunction(
            (n) => (document.querySelectorAll("[aria-label='Parameters table'] tbody tr").length === n ? performance.now() : false),
            t === 0 ? 13 : 20,
            { polling: "raf", timeout: 10_000 },
          );
          toggleDiff.push(((await at.jsonValue()) as number) - before);
        }
        await context.close();
      }
      result.compare = {
        runs: 100,
        metrics: 50,
        historyPoints: 100,
        open: { ...summarize(open), budget: "p95 <= 2000 ms" },
        switchMetric: { ...summarize(switchMetric), budget: "p95 <= 500 ms" },
        toggleDifferences: summarize(toggleDiff),
      };
    }
  } finally {
    await browser.close();
    await server.close();
    if (!opts.db) fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
  }
  result.finishedAt = new Date().toISOString();
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync("bench/results/ui.json", `${JSON.stringify(result, null, 2)}\n`);
  const js = result.firstPageJs as { kB: number };
  const nav = result.clientNavigation as { p50: number; p95: number };
  const cold = result.coldLoad as { p50: number; p95: number };
  console.log(`\nOrrery UI benchmark — ${opts.entities.toLocaleString("en-US")} entities`);
  console.log(`first page JS (gzip)        ${js.kB} kB            budget 170 kB`);
  console.log(`client-side navigation      p50 ${nav.p50.toFixed(0)} ms  p95 ${nav.p95.toFixed(0)} ms   budget p95 300 ms`);
  console.log(`cold load of an entity URL  p50 ${cold.p50.toFixed(0)} ms  p95 ${cold.p95.toFixed(0)} ms   budget p95 1000 ms`);
  const cmp = result.compare as {
    open: { p50: number; p95: number };
    switchMetric: { p50: number; p95: number };
    toggleDifferences: { p50: number; p95: number };
  };
  console.log(`compare 100 runs × 50: open p50 ${cmp.open.p50.toFixed(0)} ms  p95 ${cmp.open.p95.toFixed(0)} ms   budget p95 2000 ms`);
  console.log(`  switch charted metric  p50 ${cmp.switchMetric.p50.toFixed(0)} ms  p95 ${cmp.switchMetric.p95.toFixed(0)} ms   budget p95 500 ms`);
  console.log(`  only differences       p50 ${cmp.toggleDifferences.p50.toFixed(0)} ms  p95 ${cmp.toggleDifferences.p95.toFixed(0)} ms`);
  console.log("results: bench/results/ui.json");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
