/**
 * Comparing runs and model versions with real imported data: a realistic MLflow file store (as
 * MLflow writes it) imported with `orrery import-mlflow --server`, browsed from search to the
 * experiment, two runs ticked and compared, and the registered model's versions charted.
 * Screenshots: test-results/screenshots/compare-*.png.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";
import { ownCatalog } from "./own-catalog";
import AxeBuilder from "@axe-core/playwright";
import { sendThroughCli, watchErrors } from "./helpers";
import { writeRealisticStore } from "../server/demo/mlflow-sample";

const { test, catalog } = ownCatalog();

const SHOTS = "test-results/screenshots";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const { url, db } = await catalog.start();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-e2e-mlruns-"));
  writeRealisticStore(dir);
  const out = sendThroughCli(["import-mlflow", dir], url, db);
  expect(out).toMatch(/experiments/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("an imported MLflow experiment: find it, tick two runs, compare them side by side with charts", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/search?q=churn-prediction");
  await page.getByRole("link", { name: "churn-prediction" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "churn-prediction" })).toBeVisible();
  await page.getByRole("link", { name: "Entities", exact: true }).click();
  const runs = page.getByRole("table", { name: "Training runs of this experiment" });
  await expect(runs.getByRole("link", { name: "baseline-logreg" })).toBeVisible();
  await expect(runs.getByRole("link", { name: "typo-run" })).toHaveCount(0); // deleted in MLflow

  await page.getByRole("checkbox", { name: "Compare baseline-logreg" }).check();
  await expect(page.getByText("Tick one more run to compare")).toBeVisible();
  await page.getByRole("checkbox", { name: "Compare xgb-tuned" }).check();
  await page.screenshot({ path: `${SHOTS}/compare-01-pick-runs.png` });
  await page.getByRole("link", { name: "Compare 2 runs" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Compare 2 training runs" })).toBeVisible();
  await expect(page.getByText("In experiment churn-prediction")).toBeVisible();
  // Exactly the selection, in the order picked.
  const params = page.getByRole("region", { name: "Parameters table" });
  const heads = params.getByRole("columnheader");
  await expect(heads.nth(1)).toContainText("baseline-logreg");
  await expect(heads.nth(2)).toContainText("xgb-tuned");
  await expect(heads).toHaveCount(3);
  // Parameters: C only in the baseline, max_depth only in the tuned run.
  await expect(params.getByRole("row", { name: /^C/ })).toHaveAttribute("data-differs", "true");
  await expect(params.getByRole("row", { name: /max_depth/ })).toContainText("6");
  // Metrics: the tuned run's val/auc (0.91) is the best, its train/loss (0.21) too (lower is better).
  const metrics = page.getByRole("region", { name: "Metrics table" });
  await expect(
    metrics
      .getByRole("row", { name: /val\/auc/ })
      .getByRole("cell")
      .nth(1),
  ).toContainText("0.91 (best)");
  await expect(
    metrics
      .getByRole("row", { name: /train\/loss/ })
      .getByRole("cell")
      .nth(1),
  ).toContainText("(best)");

  // Charts: bars of the picked metric, and the metric's history per run.
  await page.getByRole("combobox", { name: "Metric" }).selectOption("train/loss");
  await expect(page.getByText("lower is better")).toBeVisible();
  await expect(page.locator("[data-chart=bars] .recharts-bar-rectangle")).toHaveCount(2);
  await expect(page.locator("[data-chart=history] .recharts-line")).toHaveCount(2);
  await expect(page).toHaveURL(/metric=train%2Floss/);
  await page.screenshot({ path: `${SHOTS}/compare-02-runs.png`, fullPage: true });

  // Only differences: rows that are the same in both runs go away.
  await page.getByRole("checkbox", { name: "Only show differences" }).check();
  await expect(page).toHaveURL(/diff=true/);
  const shared = await metrics.getByRole("row").count();
  expect(shared).toBeGreaterThan(1);
  await page.reload(); // the view is in the URL
  await expect(page.getByRole("checkbox", { name: "Only show differences" })).toBeChecked();
  await expect(page.locator("[data-chart=history] .recharts-line")).toHaveCount(2);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: `${SHOTS}/compare-03-runs-dark.png`, fullPage: true });
  expect(errors).toEqual([]);
});

test("the registered model's versions: a metric across versions, and the runs behind them compared", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/search?q=churn-model");
  await page.getByRole("link", { name: "churn-model" }).first().click();
  await page.getByRole("link", { name: "Models", exact: true }).click();
  const chart = page.getByRole("region", { name: "Metric across versions" });
  await expect(chart.locator("[data-chart=versions] .recharts-line-dot")).toHaveCount(2); // versions 1 and 2 report train/loss; 3 has no run
  await expect(chart).toContainText("2 of 3 versions report it");
  await page.screenshot({ path: `${SHOTS}/compare-04-versions.png`, fullPage: true });
  await chart.getByRole("link", { name: /Compare the 2 training runs/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare 2 training runs" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("a bad comparison link: unknown and malformed runs are named, nothing breaks", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/compare");
  await expect(page.getByRole("heading", { level: 1, name: "Pick training runs to compare" })).toBeVisible();
  await page.goto(`/compare?run=${encodeURIComponent("urn:li:dataProcessInstance:nope")}`);
  await expect(page.getByRole("alert")).toContainText("urn:li:dataProcessInstance:nope");
  await page.goto(`/compare?run=${encodeURIComponent("urn:li:dataProcessInstance:(((")}`);
  await expect(page.getByRole("alert")).toBeVisible();
  expect(errors.filter((e) => !/400|Bad Request/.test(e))).toEqual([]);
});
