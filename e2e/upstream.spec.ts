/**
 * Upstream mode: `orrery serve --upstream URL` in front of a catalog that serves DataHub's schema
 * without Orrery's extensions (`--schema datahub`, standing in for a plain DataHub). The app must
 * work on DataHub's fields alone and hide what needs the extensions: the lineage graph, History, the
 * version badge, metric history, dataset description editing.
 * Screenshots: test-results/screenshots/upstream-*.png.
 */
import { execFileSync } from "node:child_process";
import { test, expect, type Page } from "@playwright/test";
import { watchErrors, shootEverySize } from "./helpers";

const PORT = Number(process.env.ORRERY_E2E_PORT ?? 8399);
const FRONT = `http://127.0.0.1:${PORT + 2}`;
const FRONT_DB = "test-results/e2e-front/catalog.db";
const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)";
const DATASET = "urn:li:dataset:(urn:li:dataPlatform:snowflake,iris_input,PROD)";
const SHOTS = "test-results/screenshots";

/** A plain DataHub rejects `orreryInfo` as an unknown field (HTTP 400); that is how the app learns it. */
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 400/.test(e));

async function signIn(page: Page) {
  const link = execFileSync("node", ["bin/orrery.js", "signin-link", "--db", FRONT_DB, "--url", FRONT], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
  await page.goto(link);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

test("a model page on DataHub's fields alone: summary, lineage lists without the graph, no History", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${FRONT}/mlModel/${encodeURIComponent(MODEL)}/summary`);
  await expect(page.getByRole("heading", { level: 1, name: "ARIMA Model" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Hyper-parameters" })).toContainText("learning_rate");
  await expect(page.getByText(/^v\d+\.\d$/)).toHaveCount(0); // the version badge comes from entityHistory
  await page.screenshot({ path: `${SHOTS}/upstream-01-model.png`, fullPage: true });

  await page.getByRole("link", { name: "Lineage", exact: true }).click();
  await expect(page.locator(".react-flow")).toHaveCount(0);
  await expect(page.getByRole("main")).toContainText("Simple Training Run");
  await page.screenshot({ path: `${SHOTS}/upstream-02-lineage.png`, fullPage: true });

  await page.getByRole("link", { name: "History", exact: true }).click();
  await expect(page.getByText("This server keeps no change history")).toBeVisible();
  expect(unexpected(errors)).toEqual([]);
});

test("on DataHub's fields alone: the Impact tab (searchAcrossLineage) and an experiment's graph of its runs", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${FRONT}/mlModel/${encodeURIComponent(MODEL)}/impact?side=upstream`);
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(2);
  await expect(page.getByRole("table")).toContainText("Simple Training Run");
  await expect(page.getByRole("table")).toContainText("Iris Training Input Data");
  await page.screenshot({ path: `${SHOTS}/upstream-03-impact.png`, fullPage: true });

  await page.goto(`${FRONT}/experiment/${encodeURIComponent("urn:li:container:airline_forecast_experiment")}/lineage`);
  await expect(page.getByTestId("lineage-graph")).toHaveAttribute("data-ready", "true");
  await expect(
    page.getByTestId("lineage-graph").locator('.react-flow__node[data-id="urn:li:dataProcessInstance:simple_training_run"] [data-focus="true"]'),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/upstream-04-experiment-graph.png`, fullPage: true });
  expect(unexpected(errors)).toEqual([]);
});

test("signed in at the front: model descriptions are editable, dataset descriptions are not (DataHub takes them only per field)", async ({ page }) => {
  const errors = watchErrors(page);
  await signIn(page);
  await page.goto(`${FRONT}/mlModel/${encodeURIComponent(MODEL)}/summary`);
  await expect(page.getByRole("button", { name: "Edit description" })).toBeVisible();
  await page.goto(`${FRONT}/dataset/${encodeURIComponent(DATASET)}/summary`);
  await expect(page.getByRole("heading", { level: 1, name: "Iris Training Input Data" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Add a tag" })).toBeVisible(); // tags are DataHub's own mutations
  await expect(page.getByRole("button", { name: "Edit description" })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/upstream-03-dataset-signed-in.png`, fullPage: true });
  expect(unexpected(errors)).toEqual([]);
});

test("an edit the upstream refuses: DataHub's error shape (HTTP 200, numeric code) is read and said plainly, and the text goes back", async ({ page }) => {
  const errors = watchErrors(page);
  await signIn(page);
  await page.goto(`${FRONT}/mlModel/${encodeURIComponent(MODEL)}/summary`);
  await page.getByRole("button", { name: "Edit description" }).click();
  await page.getByRole("textbox", { name: "Description (markdown)" }).fill("An edit the upstream refuses");
  const answer = page.waitForResponse((r) => r.url().endsWith("/api/graphql") && (r.request().postData() ?? "").includes("updateDescription"));
  await page.getByRole("button", { name: "Save description" }).click();
  // The front forwards writes with no upstream token: the upstream (DataHub's shape) refuses the anonymous write.
  const res = await answer;
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.errors[0].extensions).toEqual({ code: 401, type: "UNAUTHENTICATED" });
  await expect(page.getByRole("alert")).toContainText("The description was not saved: the catalog accepts changes only from a signed-in person");
  await shootEverySize(page, (width, scheme) => `${SHOTS}/upstream-05-edit-refused-${width}-${scheme}.png`);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: "Edit description" })).toBeVisible();
  await expect(page.getByText("An edit the upstream refuses")).toHaveCount(0);
  expect(unexpected(errors)).toEqual([]);
});

test("comparing runs without metric history: tables and bars, no history curves", async ({ page, request }) => {
  const errors = watchErrors(page);
  const res = await request.post(`${FRONT}/api/graphql`, {
    data: { query: `{ searchAcrossEntities(input: { types: [DATA_PROCESS_INSTANCE], query: "*", start: 0, count: 3 }) { searchResults { entity { urn } } } }` },
  });
  const urns: string[] = (await res.json()).data.searchAcrossEntities.searchResults.map((r: { entity: { urn: string } }) => r.entity.urn);
  expect(urns.length).toBeGreaterThanOrEqual(2);
  await page.goto(`${FRONT}/compare?${urns.map((u) => `run=${encodeURIComponent(u)}`).join("&")}`);
  await expect(page.getByRole("heading", { level: 1, name: `Compare ${urns.length} training runs` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Metrics table" })).toBeVisible();
  await expect(page.locator("[data-chart=bars] .recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.locator("[data-chart=history]")).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/upstream-04-compare.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: `${SHOTS}/upstream-04-compare-dark.png`, fullPage: true });
  expect(unexpected(errors)).toEqual([]);
});
