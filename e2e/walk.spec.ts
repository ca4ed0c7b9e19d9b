/**
 * A new user's walk through the demo catalog, in real Chromium against the real server and a real
 * SQLite file: search "arima", open the model, its group, the group's versions, the source run and
 * the experiment's runs. Every page visited is saved as a screenshot, in light and in dark mode
 * (test-results/screenshots/<name>-<scheme>.png).
 */
import { watchErrors } from "./helpers";
import { test, expect, type Page } from "@playwright/test";

const SHOTS = "test-results/screenshots";

type Scheme = "light" | "dark";

async function shot(page: Page, name: string, scheme: Scheme) {
  await expect(page.getByRole("status")).toHaveCount(0); // no skeleton left
  await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage: true });
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    test("a new user finds the ARIMA model and follows it to its group, run and experiment", async ({ page }) => {
      const errors = watchErrors(page);

      await page.goto("/");
      await expect(page.getByRole("heading", { name: "ML assets" })).toBeVisible();
      await expect(page.getByRole("list", { name: "Assets per kind" }).getByRole("link", { name: /Models/ })).toContainText(/\d/);
      await expect(page.locator("html")).toHaveAttribute("data-theme", scheme);
      await shot(page, "01-home", scheme);

      // Search from the header box: "/" focuses it, suggestions come up, Enter searches.
      await page.keyboard.press("/");
      await page.keyboard.type("arima");
      await expect(page.getByRole("option", { name: /ARIMA Model/ })).toBeVisible();
      await shot(page, "02-autocomplete", scheme);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/search\?q=arima$/);
      await expect(page.getByRole("heading", { name: /Results for “arima”/ })).toBeVisible();
      await expect(page.getByRole("region", { name: "Results" }).locator("mark").first()).toBeVisible();
      const result = page.getByRole("link", { name: "ARIMA Model" }).first();
      await expect(result).toBeVisible();
      await shot(page, "03-search", scheme);

      // The model's page: version, aliases, hyper-parameters, its source run.
      await result.click();
      await expect(page.getByRole("heading", { level: 1, name: "ARIMA Model" })).toBeVisible();
      await expect(page.getByText("champion").first()).toBeVisible();
      await expect(page.getByRole("region", { name: "Hyper-parameters" }).getByText("learning_rate")).toBeVisible();
      await expect(page.getByRole("region", { name: "Source training run" }).getByRole("link", { name: "Simple Training Run" })).toBeVisible();
      await shot(page, "04-model-summary", scheme);

      // Its Group tab: the group, with its versions.
      await page.getByRole("link", { name: "Group", exact: true }).click();
      await expect(page).toHaveURL(/\/mlModel\/[^/]+\/group$/);
      await expect(page.getByRole("row", { name: /ARIMA Model/ })).toBeVisible();
      const groupLink = page.getByRole("region", { name: /Model group/ }).getByRole("link", { name: "Airline Forecast Models Group" });
      await shot(page, "05-model-group-tab", scheme);

      // The group's page and its Models tab: the model carries the alias "champion".
      await groupLink.click();
      await expect(page.getByRole("heading", { level: 1, name: "Airline Forecast Models Group" })).toBeVisible();
      await shot(page, "06-group-summary", scheme);
      await page.getByRole("link", { name: "Models", exact: true }).click();
      const row = page.getByRole("row", { name: /ARIMA Model/ });
      await expect(row).toBeVisible();
      await expect(row.getByText("champion")).toBeVisible();
      await shot(page, "07-group-models", scheme);

      // The source training run.
      await row.getByRole("link", { name: "Simple Training Run" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Simple Training Run" })).toBeVisible();
      await expect(page.getByRole("region", { name: "Run" }).getByText("Failure")).toBeVisible();
      await shot(page, "08-run-summary", scheme);
      await page.getByRole("link", { name: "Lineage", exact: true }).click();
      await expect(page.getByRole("region", { name: /Upstream/ }).getByRole("link", { name: "Iris Training Input Data" })).toBeVisible();
      await expect(page.getByRole("region", { name: /Downstream/ }).getByRole("link", { name: "ARIMA Model" })).toBeVisible();
      await shot(page, "09-run-lineage", scheme);

      // The experiment's Entities tab lists the run.
      await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Airline Forecast Experiment" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Airline Forecast Experiment" })).toBeVisible();
      await shot(page, "10-experiment-summary", scheme);
      await page.getByRole("link", { name: "Entities", exact: true }).click();
      await expect(page.getByRole("row", { name: /Simple Training Run/ })).toBeVisible();
      await shot(page, "11-experiment-runs", scheme);

      expect(errors).toEqual([]);
    });

    test("every other kind of page, and the not-found states", async ({ page }) => {
      const errors = watchErrors(page);
      const dataset = encodeURIComponent("urn:li:dataset:(urn:li:dataPlatform:snowflake,iris_input,PROD)");

      await page.goto(`/dataset/${dataset}/summary`);
      await expect(page.getByRole("heading", { level: 1, name: "Iris Training Input Data" })).toBeVisible();
      await shot(page, "12-dataset-summary", scheme);
      await page.getByRole("link", { name: "Schema", exact: true }).click();
      await expect(page.getByRole("cell", { name: "species" })).toBeVisible();
      await page.getByRole("searchbox", { name: "Find a field" }).fill("spec");
      await expect(page).toHaveURL(/[?&]q=spec/);
      await expect(page.getByRole("cell", { name: "id", exact: true })).toHaveCount(0);
      await shot(page, "13-dataset-schema", scheme);

      // A feature table and a feature from the generated part of the demo catalog, found by browsing.
      await page.goto("/search?type=MLFEATURE_TABLE");
      await expect(page.getByRole("heading", { name: "All assets" })).toBeVisible();
      await expect(page.getByRole("link", { name: /Filter by type Models/ })).toBeVisible(); // other types stay offered
      await shot(page, "14-search-filtered", scheme);
      await page.getByRole("region", { name: "Results" }).getByRole("listitem").first().getByRole("link").first().click();
      await expect(page.getByRole("region", { name: "Details" })).toBeVisible();
      await page.getByRole("link", { name: "Features", exact: true }).click();
      await expect(page.getByRole("table", { name: "Features and primary keys" })).toBeVisible();
      await shot(page, "15-feature-table", scheme);
      await page.getByRole("table", { name: "Features and primary keys" }).getByRole("link").last().click();
      await expect(page.getByRole("region", { name: "Sources" })).toBeVisible();
      await shot(page, "16-feature", scheme);

      // A primary key: the features it identifies, from every feature table keyed by it.
      await page.goto(`/primaryKey/${encodeURIComponent("urn:li:mlPrimaryKey:(customer_value_features_51,customer_id)")}/features`);
      const keyed = page.getByRole("table", { name: "Features identified by this primary key" });
      await expect(keyed.getByRole("link", { name: "customer_value_features_51" }).first()).toBeVisible();
      expect(await keyed.getByRole("row").count()).toBeGreaterThan(1);
      await shot(page, "16b-primary-key-features", scheme);

      // A model whose features are recorded.
      await page.goto("/search?type=MLMODEL&q=ltv_predictor");
      await page.getByRole("region", { name: "Results" }).getByRole("listitem").first().getByRole("link").first().click();
      await page.getByRole("link", { name: "Features", exact: true }).click();
      await expect(
        page
          .getByRole("region", { name: /Features \(\d+\)/ })
          .getByRole("link")
          .first(),
      ).toBeVisible();
      await shot(page, "17-model-features", scheme);
      await page.getByRole("link", { name: "History", exact: true }).click();
      await expect(page.getByRole("list", { name: "Changes, newest first" }).locator(":scope > li").last()).toContainText("v0.1");
      await shot(page, "18-history", scheme);

      await page.goto(`/mlModel/${encodeURIComponent("urn:li:mlModel:(urn:li:dataPlatform:mlflow,no_such_model,PROD)")}/summary`);
      await expect(page.getByRole("heading", { name: "No model with this URN" })).toBeVisible();
      await shot(page, "19-not-found", scheme);
      await page.goto(`/mlModel/${encodeURIComponent("urn:li:mlModel:(broken")}/summary`);
      await expect(page.getByRole("alert")).toContainText("invalid urn");
      await shot(page, "20-malformed-urn", scheme);
      await page.goto("/no/such/page");
      await expect(page.getByRole("heading", { name: "There is no page here" })).toBeVisible();

      expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    });
  });
}

test("the search box works from the keyboard: arrows pick a suggestion, Enter opens it", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "ML assets" })).toBeVisible();
  await page.keyboard.press("/");
  await expect(page.getByRole("combobox", { name: /Search models/ })).toBeFocused();
  await page.keyboard.type("airline forecast");
  const option = page.getByRole("option", { name: /Airline Forecast Experiment/ });
  await expect(option).toBeVisible();
  for (let i = 0; i < 10 && (await option.getAttribute("data-focus")) === null; i++) await page.keyboard.press("ArrowDown");
  await expect(option).toHaveAttribute("data-focus", "");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Airline Forecast Experiment" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: /Search models/ })).toHaveValue("");
});

test("the theme toggle overrides the system and is remembered", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  const toggle = page.getByRole("button", { name: /Colour theme/ });
  await toggle.click(); // system → light
  await toggle.click(); // light → dark
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: /Colour theme: Dark/ })).toBeVisible();
});

test("links carry their state: search filters and paging, run sorting and filters", async ({ page }) => {
  await page.goto("/search?q=churn&type=DATA_PROCESS_INSTANCE&page=2");
  await expect(page.getByRole("navigation", { name: "Result pages" })).toContainText("Page 2 of");
  await page
    .getByRole("link", { name: /Remove filter type/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/search\?q=churn$/);

  await page.goto(`/experiment/${encodeURIComponent("urn:li:container:airline_forecast_experiment")}/entities?result=SUCCESS`);
  await expect(page.getByText("No run matches")).toBeVisible();
  await page.getByRole("link", { name: "Clear the filters" }).click();
  await expect(page.getByRole("row", { name: /Simple Training Run/ })).toBeVisible();
  await page.getByRole("button", { name: /Duration/ }).click();
  await expect(page).toHaveURL(/sort=duration&dir=desc/);
});
