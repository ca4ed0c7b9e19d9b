/** No serious or critical axe-core violations on the home page, search, and every entity page kind. */
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const PAGES: Array<[string, string]> = [
  ["home", "/"],
  ["search", "/search?q=forecast"],
  ["model group", `/mlModelGroup/${encodeURIComponent("urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,airline_forecast_models_group,PROD)")}/models`],
  ["model", `/mlModel/${encodeURIComponent("urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)")}/summary`],
  ["experiment", `/experiment/${encodeURIComponent("urn:li:container:airline_forecast_experiment")}/entities`],
  ["run", `/run/${encodeURIComponent("urn:li:dataProcessInstance:simple_training_run")}/summary`],
  ["run lineage", `/run/${encodeURIComponent("urn:li:dataProcessInstance:simple_training_run")}/lineage`],
  ["dataset", `/dataset/${encodeURIComponent("urn:li:dataset:(urn:li:dataPlatform:snowflake,iris_input,PROD)")}/schema`],
  ["not found", `/mlModel/${encodeURIComponent("urn:li:mlModel:(urn:li:dataPlatform:mlflow,missing,PROD)")}/summary`],
];

for (const scheme of ["light", "dark"] as const) {
  for (const [name, url] of PAGES) {
    test(`${name} page has no serious accessibility violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await expect(page.locator("main h1").first()).toBeVisible();
      await page.waitForLoadState("networkidle");
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
    });
  }
}
