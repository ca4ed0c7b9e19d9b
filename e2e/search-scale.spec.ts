/**
 * Search past its exact counting, in the browser: 60,000 models that share a word (ingested with
 * `orrery ingest --db` into a catalog of the spec's own, then served). The server counts a text
 * search exactly up to 50,000 matches; beyond, the results say "About …", the filters say their
 * counts cover the newest 50,000, and the pager stops where the newest matches end.
 * Screenshots at 1,440 and 390 px, light and dark: test-results/screenshots/search-scale-*.png.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { spawnServer, type ServerProcess } from "../test/server-process";
import { shootEverySize } from "./helpers";

const MODELS = 60_000;
let dir: string;
let server: ServerProcess;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-e2e-search-scale-"));
  const db = path.join(dir, "catalog.db");
  const file = path.join(dir, "models.json");
  const proposals = Array.from({ length: MODELS }, (_, i) => ({
    entityUrn: `urn:li:mlModel:(urn:li:dataPlatform:${i % 3 === 0 ? "sagemaker" : "mlflow"},pump-${i},PROD)`,
    changeType: "UPSERT",
    aspectName: "mlModelProperties",
    aspect: { json: { name: `Pump ${i} model`, description: "Predicts bearing wear from vibration spectra." } },
  }));
  fs.writeFileSync(file, JSON.stringify(proposals));
  const out = execFileSync("node", ["bin/orrery.js", "ingest", file, "--db", db, "--quiet"], { encoding: "utf8" });
  expect(out).toMatch(/60,?000 of 60,?000 proposals accepted, 0 rejected/);
  server = await spawnServer(db, { timeoutMs: 120_000 });
});

test.afterAll(async () => {
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test("a word 60,000 models share: an estimated total, facet counts over the newest 50,000, pages as far as those", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${server.url}/search?q=vibration`);
  const results = page.getByRole("region", { name: "Results" });
  await expect(results.getByText("About 60,000 assets")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Counts are estimates: they cover the 50,000 newest of about 60,000 matches.")).toBeVisible();
  // the type filter counts the newest 50,000: a third of them on SageMaker
  const filters = page.getByRole("complementary", { name: "Filters" });
  await expect(filters).toContainText("50,000");
  // newest first: the last model written leads
  await expect(results.getByRole("link", { name: /^Pump 59999 model/ }).first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Result pages" })).toContainText("of 2,500");
  await shootEverySize(page, (w, s) => `test-results/screenshots/search-scale-${w}-${s}.png`);
  // A word fewer share is counted exactly.
  await page.goto(`${server.url}/search?q=${encodeURIComponent("pump 12345")}`);
  await expect(results.getByText(/^\d+ assets?$/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/Counts are estimates/)).toHaveCount(0);
});
