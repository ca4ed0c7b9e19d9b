/**
 * A new user's walk through the demo catalog, in real Chromium against the real server and a real
 * SQLite file: search "arima", open the model, its group, the group's versions, the source run and
 * the experiment's runs. Every page visited is saved as a screenshot, in light and dark mode.
 */
import { test, expect, type Page } from "@playwright/test";

const SHOTS = "test-results/screenshots";

async function shot(page: Page, name: string, scheme: "light" | "dark") {
  await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage: true });
}

for (const scheme of ["light", "dark"] as const) {
  test(`a new user finds the ARIMA model and follows it to its run and experiment (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));

    await page.goto("/");
    await expect(page.getByRole("heading", { name: "ML assets" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Assets per kind" }).getByRole("link").first()).toBeVisible();
    await shot(page, "01-home", scheme);

    // Search from the header box: "/" focuses it, Enter searches.
    await page.keyboard.press("/");
    await page.keyboard.type("arima");
    await expect(page.getByRole("option", { name: /ARIMA Model/ })).toBeVisible();
    await shot(page, "02-autocomplete", scheme);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=arima/);
    await expect(page.getByRole("heading", { name: /Results for “arima”/ })).toBeVisible();
    const result = page.getByRole("link", { name: "ARIMA Model" }).first();
    await expect(result).toBeVisible();
    await shot(page, "03-search", scheme);

    // The model's page.
    await result.click();
    await expect(page.getByRole("heading", { level: 1, name: "ARIMA Model" })).toBeVisible();
    await expect(page.getByText("champion").first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Hyper-parameters" }).getByText("learning_rate")).toBeVisible();
    await shot(page, "04-model-summary", scheme);

    // Its Group tab.
    await page.getByRole("link", { name: "Group", exact: true }).click();
    const groupLink = page.getByRole("link", { name: "Airline Forecast Models Group" }).last();
    await expect(groupLink).toBeVisible();
    await shot(page, "05-model-group-tab", scheme);

    // The group's Models tab shows the model with alias "champion".
    await groupLink.click();
    await expect(page.getByRole("heading", { level: 1, name: "Airline Forecast Models Group" })).toBeVisible();
    await shot(page, "06-group-summary", scheme);
    await page.getByRole("link", { name: "Models", exact: true }).click();
    const row = page.getByRole("row", { name: /ARIMA Model/ });
    await expect(row).toBeVisible();
    await expect(row.getByText("champion")).toBeVisible();
    await shot(page, "07-group-models", scheme);

    // The source training run.
    await row.getByRole("link", { name: "simple_training_run" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Simple Training Run" })).toBeVisible();
    await expect(page.getByText("FAILURE").first()).toBeVisible();
    await shot(page, "08-run-summary", scheme);
    await page.getByRole("link", { name: "Lineage", exact: true }).click();
    await expect(page.getByRole("region", { name: /Upstream/ }).getByRole("link", { name: /Iris Training Input Data|iris_input/ })).toBeVisible();
    await shot(page, "09-run-lineage", scheme);

    // The experiment's Entities tab lists the run.
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Airline Forecast Experiment" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Airline Forecast Experiment" })).toBeVisible();
    await page.getByRole("link", { name: "Entities", exact: true }).click();
    await expect(page.getByRole("row", { name: /Simple Training Run/ })).toBeVisible();
    await shot(page, "10-experiment-runs", scheme);

    expect(errors).toEqual([]);
  });
}

test("every page kind renders with demo data, and unknown urns get a not-found page", async ({ page }) => {
  const pages: Array<[string, string, RegExp]> = [
    ["dataset", "urn:li:dataset:(urn:li:dataPlatform:snowflake,iris_input,PROD)", /Iris Training Input Data/],
    ["experiment", "urn:li:container:airline_forecast_experiment", /Airline Forecast Experiment/],
  ];
  for (const [kind, urn, title] of pages) {
    await page.goto(`/${kind}/${encodeURIComponent(urn)}/summary`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  }
  await page.goto(`/dataset/${encodeURIComponent("urn:li:dataset:(urn:li:dataPlatform:snowflake,iris_input,PROD)")}/schema`);
  await expect(page.getByRole("cell", { name: "species" })).toBeVisible();
  await shot(page, "11-dataset-schema", "light");

  // A feature from the generated part of the demo catalog.
  await page.goto("/search?q=*&type=%5B%22MLFEATURE%22%5D");
  await page.getByRole("region", { name: "Results" }).getByRole("link").first().click();
  await expect(page.getByRole("region", { name: "Sources" })).toBeVisible();
  await shot(page, "12-feature", "light");

  await page.goto(`/mlModel/${encodeURIComponent("urn:li:mlModel:(urn:li:dataPlatform:mlflow,no_such_model,PROD)")}/summary`);
  await expect(page.getByText("No model with this URN")).toBeVisible();
  await shot(page, "13-not-found", "light");
  await page.goto(`/mlModel/${encodeURIComponent("urn:li:mlModel:(broken")}/summary`);
  await expect(page.getByRole("alert")).toContainText("invalid urn");
  await shot(page, "14-malformed-urn", "light");
});
