/**
 * No serious or critical axe-core violations on the home page, search, every kind of entity page
 * (every tab of the tutorial's entities) and the not-found states, in light and dark mode.
 */
import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const enc = encodeURIComponent;
const GROUP = enc("urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,airline_forecast_models_group,PROD)");
const MODEL = enc("urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)");
const EXPERIMENT = enc("urn:li:container:airline_forecast_experiment");
const RUN = enc("urn:li:dataProcessInstance:simple_training_run");
const DATASET = enc("urn:li:dataset:(urn:li:dataPlatform:snowflake,iris_input,PROD)");

/** [name, how to get there] */
const PAGES: Array<[string, string | ((page: Page) => Promise<void>)]> = [
  ["home", "/"],
  ["search", "/search?q=forecast"],
  ["search with filters", "/search?type=MLMODEL&platform=urn%3Ali%3AdataPlatform%3Amlflow"],
  ["model group summary", `/mlModelGroup/${GROUP}/summary`],
  ["model group models", `/mlModelGroup/${GROUP}/models`],
  ["model summary", `/mlModel/${MODEL}/summary`],
  ["model group tab", `/mlModel/${MODEL}/group`],
  ["model features (empty)", `/mlModel/${MODEL}/features`],
  ["model lineage", `/mlModel/${MODEL}/lineage`],
  ["model history", `/mlModel/${MODEL}/history`],
  ["experiment summary", `/experiment/${EXPERIMENT}/summary`],
  ["experiment entities", `/experiment/${EXPERIMENT}/entities`],
  ["experiment lineage", `/experiment/${EXPERIMENT}/lineage`],
  ["run summary", `/run/${RUN}/summary`],
  ["run lineage", `/run/${RUN}/lineage`],
  ["lineage full screen with a selection", `/lineage?urn=${RUN}&down=2&sel=${MODEL}&find=iris`],
  ["dataset summary", `/dataset/${DATASET}/summary`],
  ["dataset schema", `/dataset/${DATASET}/schema`],
  [
    "feature table",
    async (page) => {
      await page.goto("/search?type=MLFEATURE_TABLE");
      await page.getByRole("region", { name: "Results" }).getByRole("listitem").first().getByRole("link").first().click();
      await page.getByRole("link", { name: "Features", exact: true }).click();
      await expect(page.getByRole("table")).toBeVisible();
    },
  ],
  [
    "feature",
    async (page) => {
      await page.goto("/search?type=MLFEATURE");
      await page.getByRole("region", { name: "Results" }).getByRole("listitem").first().getByRole("link").first().click();
      await expect(page.getByRole("region", { name: "Sources" })).toBeVisible();
    },
  ],
  ["not found", `/mlModel/${enc("urn:li:mlModel:(urn:li:dataPlatform:mlflow,missing,PROD)")}/summary`],
  ["malformed urn", `/mlModel/${enc("urn:li:mlModel:(broken")}/summary`],
];

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, target] of PAGES) {
      test(`${name} has no serious accessibility violations`, async ({ page }) => {
        if (typeof target === "string") await page.goto(target);
        else await target(page);
        await expect(page.locator("main h1").first()).toBeVisible();
        await expect(page.getByRole("status")).toHaveCount(0);
        await page.waitForLoadState("networkidle");
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
      });
    }
  });
}
