/** The header's search box: it keeps the query on the results page, and a pasted urn opens its asset. */
import { test, expect } from "@playwright/test";
import { watchErrors } from "./helpers";

const box = (page: import("@playwright/test").Page) =>
  page.getByRole("search").getByRole("combobox").or(page.getByRole("search").getByRole("searchbox")).first();

test("the query stays in the box on the results page, and follows back and forward", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/");
  await box(page).fill("arima");
  await box(page).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=arima$/);
  await expect(box(page)).toHaveValue("arima");
  // Refine it: the box holds what was searched, so a word is added, not retyped.
  await box(page).focus();
  await page.keyboard.press("End");
  await page.keyboard.type(" model");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=arima(\+|%20)model$/);
  await expect(page.getByRole("heading", { name: /Results for “arima model”/ })).toBeVisible();
  await expect(box(page)).toHaveValue("arima model");
  await page.goBack();
  await expect(box(page)).toHaveValue("arima");
  // Anywhere else the box is empty.
  await page.goto("/");
  await expect(box(page)).toHaveValue("");
  expect(errors).toEqual([]);
});

test("a pasted urn opens its asset", async ({ page }) => {
  await page.goto("/");
  await box(page).fill("  urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD) ");
  await box(page).press("Enter");
  await expect(page).toHaveURL(
    `/mlModel/${encodeURIComponent("urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)").replace(/%2[89]/g, (c) => (c === "%28" ? "(" : ")"))}/summary`,
  );
  await expect(page.getByRole("heading", { level: 1, name: "ARIMA Model" })).toBeVisible();
  await expect(box(page)).toHaveValue("");
});

const SHOTS = "test-results/screenshots";
const results = (page: import("@playwright/test").Page) => page.getByRole("region", { name: "Results" }).getByRole("listitem");

test("a misspelt search still finds the asset", async ({ page }) => {
  await page.goto("/search?q=arimma");
  await expect(results(page).first()).toContainText("ARIMA Model");
  await page.goto(`/search?q=${encodeURIComponent("airline forcast")}`);
  await expect(results(page).first()).toContainText(/airline/i);
});

test("query syntax: field:value with NOT, and stray punctuation finds nothing rather than everything", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`/search?q=${encodeURIComponent("tags:forecasting AND NOT platform:sagemaker")}`);
  await expect(results(page).first()).toBeVisible();
  await expect(page.getByText(/^\d[\d,]* assets?$/)).toBeVisible();
  await page.getByRole("button", { name: "Search syntax" }).click();
  await expect(page.getByRole("heading", { name: "Search syntax" })).toBeVisible();
  await page.keyboard.press("Escape");
  await page.goto(`/search?q=${encodeURIComponent("%")}`);
  await expect(page.getByText("0 assets")).toBeVisible();
  await expect(page.getByText(/no word in it/)).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent('"arima')}`);
  await expect(results(page).first()).toContainText("ARIMA");
  expect(errors).toEqual([]);
});

test("an owner's display name finds what they own", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("Alice Chen")}`);
  await expect(results(page).first()).toBeVisible();
  // Assets she owns, each saying it matched through its owner.
  await expect(page.getByText(/matched owner: .*Alice Chen/).first()).toBeVisible();
});

test("sort by name is kept in the URL; screenshots at 1,440 and 390 px", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/search?q=model");
  await page.getByLabel("Sort").selectOption("name");
  await expect(page).toHaveURL(/sort=name/);
  const names = async () => (await results(page).locator("a").first().allInnerTexts()).length;
  await expect.poll(names).toBeGreaterThan(0);
  const firstFive = await results(page).evaluateAll((items) => items.slice(0, 5).map((li) => (li.querySelector("a")?.textContent ?? "").trim().toLowerCase()));
  expect(firstFive).toEqual([...firstFive].sort());
  await page.reload();
  await expect(page.getByLabel("Sort")).toHaveValue("name");
  await expect(results(page).first()).toBeVisible();
  await expect(page.getByText("Searching…")).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/search-1440.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/search?q=${encodeURIComponent("forecast -platform:sagemaker")}&sort=-changed`);
  await expect(results(page).first()).toBeVisible();
  await expect(page.getByLabel("Sort")).toHaveValue("-changed");
  await page.screenshot({ path: `${SHOTS}/search-390.png`, fullPage: true });
});

test("a hit on other text names DataHub's field (a hyper-parameter); screenshots at 1,440 and 390 px, light and dark", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/search?q=learning_rate");
  const row = results(page).first();
  await expect(row.getByText(/matched hyper-parameter:/)).toBeVisible();
  await expect(page.getByText(/matched properties:/)).toHaveCount(0);
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const)
    for (const scheme of ["light", "dark"] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await expect(row).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/search-matched-${width}-${scheme}.png`, fullPage: true });
    }
  expect(errors).toEqual([]);
});
