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
