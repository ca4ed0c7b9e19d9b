/**
 * OpenMetadata parity with real imported data: an ML model as OpenMetadata's API returns it, sent with
 * `orrery import-openmetadata --server`, then its Summary (algorithm, hyper-parameters, serving
 * endpoint, store, dashboard, target), its Features tab, a feature's page (data type, algorithm,
 * source columns) and the feature's lineage dataset → feature → model, derived from the sources.
 * Screenshots: test-results/screenshots/openmetadata-*.png.
 */
import { expect } from "@playwright/test";
import { ownCatalog } from "./own-catalog";
import { sendThroughCli, watchErrors } from "./helpers";

const { test, catalog } = ownCatalog();

const SHOTS = "test-results/screenshots";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const { url, db } = await catalog.start();
  const out = sendThroughCli(["import-openmetadata", "server/demo/openmetadata/eta_predictions.json"], url, db);
  expect(out).toMatch(/1 of 1/);
});

test("an imported OpenMetadata model: Summary with its serving fields, then its Features tab", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/search?q=eta_predictions");
  await page.getByRole("link", { name: "ETA Predictions" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "ETA Predictions" })).toBeVisible();
  await expect(page.getByText("Neural Network").first()).toBeVisible();
  const serving = page.getByRole("region", { name: "Serving and storage" });
  await expect(serving.getByRole("link", { name: /eta\.ml\.example\.com/ })).toHaveAttribute("href", "https://eta.ml.example.com/v1/predict");
  await expect(serving).toContainText("s3://ml-models/eta_predictions/model.pkl");
  await expect(serving).toContainText("ETA_time");
  await expect(serving).toContainText("ETA Predictions Performance");
  await expect(page.getByRole("region", { name: "Hyper-parameters" })).not.toContainText("None recorded");
  await page.screenshot({ path: `${SHOTS}/openmetadata-01-model-summary.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: `${SHOTS}/openmetadata-01-model-summary-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });

  await page.getByRole("link", { name: "Features", exact: true }).click();
  await expect(page.getByRole("main").getByRole("link", { name: "sales" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "persona" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/openmetadata-02-model-features.png`, fullPage: true });
  expect(errors).toEqual([]);
});

test("a feature page: data type, algorithm, source columns linked to the dataset, and its lineage", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/search?q=eta_predictions");
  await page.getByRole("link", { name: "ETA Predictions" }).first().click();
  await page.getByRole("link", { name: "Features", exact: true }).click();
  await page.getByRole("main").getByRole("link", { name: "persona" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "persona" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("PCA");
  const columns = page.getByRole("table", { name: "Source columns" });
  await expect(columns).toContainText("age");
  await expect(columns).toContainText("education");
  await expect(columns).toContainText("dim_customer");
  await page.screenshot({ path: `${SHOTS}/openmetadata-03-feature.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: `${SHOTS}/openmetadata-03-feature-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });

  await page.getByRole("link", { name: "Lineage", exact: true }).click();
  const graph = page.locator(".react-flow");
  await expect(graph).toBeVisible();
  await expect(graph.locator(".react-flow__node", { hasText: "dim_customer" })).toBeVisible();
  await expect(graph.locator(".react-flow__node", { hasText: "ETA Predictions" })).toBeVisible();
  // Left to right: the table, then the feature, then the model.
  const x = async (text: string) => (await graph.locator(".react-flow__node", { hasText: text }).first().boundingBox())!.x;
  expect(await x("dim_customer")).toBeLessThan(await x("persona"));
  expect(await x("persona")).toBeLessThan(await x("ETA Predictions"));
  await page.screenshot({ path: `${SHOTS}/openmetadata-04-feature-lineage.png` });
  expect(errors).toEqual([]);
});
