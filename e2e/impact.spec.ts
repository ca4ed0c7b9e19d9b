/**
 * The Impact tab in real Chromium against the demo catalog: every asset downstream or upstream of
 * one with its degree, filters by kind, platform and degree, the text filter, sorting and paging (all
 * in the URL), the CSV of the filtered rows, an experiment's impact through its runs; and the
 * screenshots of the lineage views at a desktop's and a phone's width in both schemes
 * (test-results/screenshots/flow-*.png).
 */
import fs from "node:fs";
import { test, expect, type Page } from "@playwright/test";
import { watchErrors } from "./helpers";

const SHOTS = "test-results/screenshots";
const enc = encodeURIComponent;
const RUN = "urn:li:dataProcessInstance:simple_training_run";
const INPUT = "urn:li:dataset:(urn:li:dataPlatform:snowflake,iris_input,PROD)";
const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)";
const EXPERIMENT = "urn:li:container:airline_forecast_experiment";

const table = (page: Page) => page.getByRole("table");
const rowNames = async (page: Page) => (await table(page).locator("tbody tr td:first-child").allTextContents()).map((t) => t.trim());
const degrees = async (page: Page) => (await table(page).locator("tbody tr td:last-child").allTextContents()).map((t) => Number(t.trim()));

async function downloadCsv(page: Page, file: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Download CSV/ }).click()]);
  fs.mkdirSync("test-results/exports", { recursive: true });
  await download.saveAs(`test-results/exports/${file}`);
  return { name: download.suggestedFilename(), lines: fs.readFileSync(`test-results/exports/${file}`, "utf8").split("\r\n").filter(Boolean) };
}

test("downstream of the tutorial's input: every asset with its degree; kind, platform, degree and text filters; sorting; CSV of what is shown", async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto(`/dataset/${enc(INPUT)}/impact`);
  await expect(page.getByRole("button", { name: "Downstream", pressed: true })).toBeVisible();
  await expect(table(page)).toBeVisible();
  // Nearest first: the run reads it; the model, the group and the output are two hops away.
  expect(await rowNames(page)).toEqual(["Simple Training Run", "Airline Forecast Models Group", "ARIMA Model", "Iris Model Output Data"]);
  expect(await degrees(page)).toEqual([1, 2, 2, 2]);
  await expect(page.getByText("4 of 4 assets")).toBeVisible();
  const filters = page.getByRole("complementary", { name: "Filters" });
  await expect(filters.getByRole("group", { name: "Degree" })).toContainText("1 (direct)1");

  // Kind: datasets only.
  await filters.getByRole("checkbox", { name: /^Dataset/ }).check();
  await expect(page).toHaveURL(/[?&]kind=dataset/);
  expect(await rowNames(page)).toEqual(["Iris Model Output Data"]);
  await filters.getByRole("checkbox", { name: /^Dataset/ }).uncheck();
  // Platform and degree together.
  await filters.getByRole("checkbox", { name: /^MLflow/ }).check();
  await filters.getByRole("checkbox", { name: /^2$|^2\s/ }).check();
  await expect(page).toHaveURL(/[?&]platform=MLflow/);
  await expect(page).toHaveURL(/[?&]degree=2/);
  expect(await rowNames(page)).toEqual(["Airline Forecast Models Group", "ARIMA Model"]);
  // The view is in the URL: a reload shows the same rows.
  await page.reload();
  await expect(table(page)).toBeVisible();
  expect(await rowNames(page)).toEqual(["Airline Forecast Models Group", "ARIMA Model"]);
  await page.getByRole("link", { name: "Clear the filters" }).click();
  await expect(page.getByText("4 of 4 assets")).toBeVisible();

  // Text filter (every word), then sort by name, descending.
  await page.getByLabel("Filter assets").fill("iris snowflake");
  await expect(page).toHaveURL(/[?&]q=iris/);
  expect(await rowNames(page)).toEqual(["Iris Model Output Data"]);
  await page.getByLabel("Filter assets").fill("");
  await expect(page.getByText("4 of 4 assets")).toBeVisible();
  await table(page)
    .getByRole("button", { name: /^Asset/ })
    .click();
  await expect(page).toHaveURL(/[?&]sort=name/);
  expect(await rowNames(page)).toEqual(["Airline Forecast Models Group", "ARIMA Model", "Iris Model Output Data", "Simple Training Run"]);
  await table(page)
    .getByRole("button", { name: /^Asset/ })
    .click();
  await expect(page).toHaveURL(/[?&]dir=desc/);
  expect(await rowNames(page)).toEqual(["Simple Training Run", "Iris Model Output Data", "ARIMA Model", "Airline Forecast Models Group"]);

  // The CSV holds the filtered rows, in the order shown.
  await filters
    .getByRole("checkbox", { name: /^Model/ })
    .first()
    .check();
  const shown = await rowNames(page);
  const csv = await downloadCsv(page, "impact-iris-input.csv");
  expect(csv.name).toBe("Iris_Training_Input_Data-downstream.csv");
  expect(csv.lines[0]).toBe("name,urn,kind,platform,degree,direction");
  expect(csv.lines.slice(1).map((l) => l.split(",")[0])).toEqual(shown);
  expect(csv.lines.slice(1)).toContain(`ARIMA Model,"${MODEL}",Model,MLflow,2,downstream`);
  expect(errors).toEqual([]);
});

test("upstream of a model: its run at one hop and the run's input at two; nothing upstream says so", async ({ page }) => {
  await page.goto(`/mlModel/${enc(MODEL)}/impact?side=upstream`);
  await expect(page.getByRole("button", { name: "Upstream", pressed: true })).toBeVisible();
  await expect(table(page)).toBeVisible();
  expect(await rowNames(page)).toEqual(["Simple Training Run", "Iris Training Input Data"]);
  expect(await degrees(page)).toEqual([1, 2]);
  const csv = await downloadCsv(page, "impact-arima-upstream.csv");
  expect(csv.name).toBe("ARIMA_Model-upstream.csv");
  expect(csv.lines).toHaveLength(3);
  // Switching sides keeps the tab and changes the URL.
  await page.goto(`/dataset/${enc(INPUT)}/impact`);
  await page.getByRole("button", { name: "Upstream" }).click();
  await expect(page).toHaveURL(/[?&]side=upstream/);
  await expect(page.getByText(/Nothing upstream of this asset/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Download CSV/ })).toBeDisabled();
});

test("a busy asset pages 25 rows at a time; an experiment's impact is its runs'", async ({ page, request }) => {
  // A dataset of the generated catalog with more than 25 assets downstream.
  const res = await request.post("/api/graphql", {
    data: { query: `{ searchAcrossEntities(input: { types: [DATASET], query: "*", start: 0, count: 300 }) { searchResults { entity { urn } } } }` },
  });
  const urns: string[] = (await res.json()).data.searchAcrossEntities.searchResults.map((r: { entity: { urn: string } }) => r.entity.urn);
  let busy: { urn: string; total: number } | null = null;
  for (const u of urns) {
    const r = await request.post("/api/graphql", {
      data: {
        query: `query($u: String!) { searchAcrossLineage(input: { urn: $u, direction: DOWNSTREAM, query: "*", start: 0, count: 0 }) { total } }`,
        variables: { u },
      },
    });
    const total = (await r.json()).data.searchAcrossLineage.total;
    if (total > 30) {
      busy = { urn: u, total };
      break;
    }
  }
  expect(busy, "the demo catalog has a dataset with more than 30 assets downstream").not.toBeNull();
  await page.goto(`/dataset/${enc(busy!.urn)}/impact`);
  await expect(table(page)).toBeVisible();
  await expect(page.getByText(`${busy!.total.toLocaleString("en-US")} of ${busy!.total.toLocaleString("en-US")} assets`)).toBeVisible();
  await expect(table(page).locator("tbody tr")).toHaveCount(25);
  const pages = Math.ceil(busy!.total / 25);
  const pager = page.getByRole("navigation", { name: "Impact pages" });
  await expect(pager).toContainText(`Page 1 of ${pages}`);
  const first = await rowNames(page);
  await pager.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(pager).toContainText(`Page 2 of ${pages}`);
  expect(await rowNames(page)).not.toEqual(first);
  // Degrees never go down from one row to the next (nearest first).
  const ds = await degrees(page);
  expect([...ds].sort((a, b) => a - b)).toEqual(ds);
  // The CSV holds every filtered row, not just the page.
  const csv = await downloadCsv(page, "impact-busy.csv");
  expect(csv.lines).toHaveLength(busy!.total + 1);

  // The tutorial's experiment: downstream of its run.
  await page.goto(`/experiment/${enc(EXPERIMENT)}/impact`);
  await expect(table(page)).toBeVisible();
  expect((await rowNames(page)).sort()).toEqual(["Airline Forecast Models Group", "ARIMA Model", "Iris Model Output Data"].sort());
  await expect(page.getByText("through the experiment's runs")).toBeVisible();
  await page.getByRole("button", { name: "Upstream" }).click();
  await expect(table(page)).toBeVisible();
  expect(await rowNames(page)).toEqual(["Iris Training Input Data"]);
});

test("every kind's page has the Impact tab", async ({ page }) => {
  for (const [kind, urn] of [
    ["run", RUN],
    ["mlModel", MODEL],
    ["experiment", EXPERIMENT],
    ["dataset", INPUT],
    ["mlModelGroup", "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,airline_forecast_models_group,PROD)"],
  ] as const) {
    await page.goto(`/${kind}/${enc(urn)}/summary`);
    await page
      .getByRole("navigation", { name: / sections$/ })
      .getByRole("link", { name: "Impact" })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${kind}/.*/impact`));
    await expect(page.getByRole("group", { name: "Direction" })).toBeVisible();
  }
});

const VIEWS: Array<[string, string, "graph" | "table"]> = [
  ["lineage-tab", `/run/${enc(RUN)}/lineage?down=2`, "graph"],
  ["full-screen", `/lineage?urn=${enc(RUN)}&down=2&sel=${enc(MODEL)}`, "graph"],
  ["experiment-lineage", `/experiment/${enc("urn:li:container:sagemaker.experiment.churn_retrain_32")}/lineage`, "graph"],
  ["impact", `/dataset/${enc(INPUT)}/impact`, "table"],
];

for (const width of [1440, 390]) {
  for (const scheme of ["light", "dark"] as const) {
    test(`screenshots at ${width} px (${scheme}): lineage tab, full screen, an experiment's lineage, the impact tab; nothing wider than the screen`, async ({
      page,
    }) => {
      const errors = watchErrors(page);
      await page.setViewportSize({ width, height: width > 1000 ? 900 : 844 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const [name, url, what] of VIEWS) {
        await page.goto(url);
        if (what === "graph") await expect(page.getByTestId("lineage-graph")).toHaveAttribute("data-ready", "true");
        else await expect(table(page)).toBeVisible();
        await page.waitForTimeout(400); // fit animations settle
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
          `${name} overflows sideways`,
        ).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SHOTS}/flow-${name}-${width}-${scheme}.png`, fullPage: true });
      }
      expect(errors).toEqual([]);
    });
  }
}
