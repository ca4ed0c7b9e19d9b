/**
 * The catalog's organising pages, from DataHub's own files where they have the data: term groups
 * (bootstrap_mce.json's glossary node, and a nested group from a small file in the same form), a
 * dataset's Stats (bootstrap_mce.json's profiles, usage and operations), containers labelled by
 * their subtype (Unity Catalog's golden file: a model's schema and its catalog), the Properties card
 * on datasets and pipelines, and a pipeline with more tasks and runs than one page holds.
 * Screenshots at 1,440 and 390 px, light and dark: test-results/screenshots/catalog-pages-*.png.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect as baseExpect, type Page } from "@playwright/test";
import { ownCatalog } from "./own-catalog";
import { expectNoSeriousViolations, sendThroughCli, watchErrors } from "./helpers";

const { test, catalog } = ownCatalog();
const expect = baseExpect.configure({ timeout: 45_000 });

const SHOTS = "test-results/screenshots";
const GOLDEN = "test/fixtures/datahub-golden";
const NODE = "urn:li:glossaryNode:ClientsAndAccounts";
const CHILD_NODE = "urn:li:glossaryNode:Balances";
const CHILD_TERM = "urn:li:glossaryTerm:ClosingBalance";
const DATASET = "urn:li:dataset:(urn:li:dataPlatform:hive,SampleHiveDataset,PROD)";
const UC_MODEL = "urn:li:mlModel:(urn:li:dataPlatform:databricks,quickstart_catalog.quickstart_schema.test_model_1,PROD)";
const FLOW = "urn:li:dataFlow:(airflow,nightly_etl,PROD)";
const JOB = (i: number) => `urn:li:dataJob:(${FLOW},task_${String(i).padStart(2, "0")})`;
const TASKS = 55;
const RUNS = 30;

const mcp = (entityUrn: string, aspectName: string, json: unknown) => ({
  entityType: /^urn:li:([A-Za-z]+):/.exec(entityUrn)![1],
  entityUrn,
  changeType: "UPSERT",
  aspectName,
  aspect: { json },
});

/** A nested term group with a term, a property definition, a pipeline of 55 tasks, 30 runs of its first. */
const SMALL_FILE = [
  mcp(CHILD_NODE, "glossaryNodeInfo", { name: "Balances", definition: "Amounts held on an account at a point in time.", parentNode: NODE }),
  mcp(CHILD_TERM, "glossaryTermInfo", {
    name: "Closing balance",
    definition: "The balance at the end of a day.",
    termSource: "INTERNAL",
    parentNode: CHILD_NODE,
  }),
  mcp("urn:li:structuredProperty:tier", "propertyDefinition", {
    qualifiedName: "tier",
    displayName: "Data tier",
    valueType: "urn:li:dataType:datahub.string",
    entityTypes: ["urn:li:entityType:datahub.dataset", "urn:li:entityType:datahub.dataFlow"],
  }),
  mcp(DATASET, "structuredProperties", { properties: [{ propertyUrn: "urn:li:structuredProperty:tier", values: [{ string: "gold" }] }] }),
  mcp(FLOW, "dataFlowInfo", { name: "nightly_etl", description: "Loads the day's accounts." }),
  mcp(FLOW, "structuredProperties", { properties: [{ propertyUrn: "urn:li:structuredProperty:tier", values: [{ string: "silver" }] }] }),
  ...Array.from({ length: TASKS }, (_, i) => mcp(JOB(i), "dataJobInfo", { name: `task_${String(i).padStart(2, "0")}`, type: "COMMAND" })),
  ...Array.from({ length: RUNS }, (_, i) => [
    mcp(`urn:li:dataProcessInstance:nightly-${i}`, "dataProcessInstanceProperties", {
      name: `nightly run ${String(i).padStart(2, "0")}`,
      created: { time: Date.UTC(2026, 0, 1 + i), actor: "urn:li:corpuser:airflow" },
    }),
    mcp(`urn:li:dataProcessInstance:nightly-${i}`, "dataProcessInstanceRelationships", { parentTemplate: JOB(0), upstreamInstances: [] }),
  ]).flat(),
];

/** DataHub's bootstrap sample states what the dataset's latest profile, usage and operations are. */
const BOOTSTRAP = JSON.parse(fs.readFileSync(path.join(GOLDEN, "bootstrap_mce.json"), "utf8")) as Array<{
  entityUrn?: string;
  aspectName?: string;
  aspect?: { json: Record<string, unknown> };
}>;
const points = (aspect: string) =>
  BOOTSTRAP.filter((m) => m.entityUrn === DATASET && m.aspectName === aspect)
    .map((m) => m.aspect!.json)
    .sort((a, b) => (b.timestampMillis as number) - (a.timestampMillis as number));

test.describe.configure({ mode: "serial", timeout: 240_000 });

test.beforeAll(async () => {
  const { url, db } = await catalog.start();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-e2e-catalog-pages-"));
  const small = path.join(dir, "catalog-pages.json");
  fs.writeFileSync(small, JSON.stringify(SMALL_FILE));
  const send = (file: string) => {
    try {
      return sendThroughCli(["ingest", file], url, db);
    } catch (e) {
      // a file with proposals of kinds this catalog does not store (bootstrap's charts) exits 1
      const err = e as { status?: number; stdout?: string };
      if (err.status !== 1) throw e;
      return err.stdout ?? "";
    }
  };
  send(path.join(GOLDEN, "bootstrap_mce.json"));
  send(path.join(GOLDEN, "unity_catalog_ml_model_mces_golden.json"));
  expect(send(small)).toMatch(new RegExp(`${SMALL_FILE.length} of ${SMALL_FILE.length} proposals accepted, 0 rejected`));
  fs.rmSync(dir, { recursive: true, force: true });
});

const entityUrl = (kind: string, urn: string, tab = "summary") => `/${kind}/${encodeURIComponent(urn)}/${tab}`;

/** Full-page screenshots, light then dark, each checked for accessibility. */
async function shoot(page: Page, name: string) {
  await page.emulateMedia({ colorScheme: "light" });
  await page.screenshot({ path: `${SHOTS}/catalog-pages-${name}.png`, fullPage: true });
  await expectNoSeriousViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: `${SHOTS}/catalog-pages-${name}-dark.png`, fullPage: true });
  await expectNoSeriousViolations(page);
  await page.emulateMedia({ colorScheme: "light" });
}

for (const [width, height, label] of [
  [1440, 900, "desktop"],
  [390, 844, "phone"],
] as const) {
  test(`a term group: found by search, its groups and terms, a term's groups as links (${label})`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width, height });
    await page.goto(`/search?q=${encodeURIComponent("counterparty identities")}`);
    const result = page
      .getByRole("main")
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: "ClientsAndAccounts" }) });
    await expect(result.getByText("Term group", { exact: true })).toBeVisible();
    await result.getByRole("link", { name: "ClientsAndAccounts" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "ClientsAndAccounts" })).toBeVisible();
    await expect(page.locator("article > header")).toContainText("Term group");
    await expect(page.getByText(/Provides basic concepts such as account/)).toBeVisible();
    const children = page.getByRole("list", { name: "Groups and terms in this group" });
    // bootstrap's terms under it, and the small file's group
    const inFile = fs.readFileSync(path.join(GOLDEN, "bootstrap_mce.json"), "utf8").split(`"parentNode": "${NODE}"`).length - 1;
    expect(inFile).toBe(3);
    await expect(page.getByRole("region", { name: `Groups and terms in it (${inFile + 1})` })).toBeVisible();
    await expect(children.getByRole("link", { name: "AccountBalance" })).toBeVisible();
    await expect(children.getByRole("link", { name: "Balances" })).toBeVisible();
    await shoot(page, `glossary-node-${label}`);
    await children.getByRole("link", { name: "Balances" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Balances" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "ClientsAndAccounts" })).toBeVisible();
    await page.getByRole("list", { name: "Groups and terms in this group" }).getByRole("link", { name: "Closing balance" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Closing balance" })).toBeVisible();
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(crumbs.getByRole("link")).toHaveText(["ClientsAndAccounts", "Balances"]);
    await shoot(page, `glossary-term-${label}`);
    await crumbs.getByRole("link", { name: "ClientsAndAccounts" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "ClientsAndAccounts" })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test(`a dataset's Stats: its latest profile, usage and operations as the file gives them (${label})`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width, height });
    await page.goto(entityUrl("dataset", DATASET));
    await expect(page.getByRole("heading", { level: 1, name: "SampleHiveDataset" })).toBeVisible();
    // the Properties card on a dataset
    const props = page.getByRole("region", { name: "Properties" });
    await expect(props.getByRole("term")).toHaveText(["Data tier"]);
    await expect(props.getByRole("definition")).toHaveText(["gold"]);
    await page.getByRole("link", { name: "Stats", exact: true }).click();
    const [latest, earlier] = points("datasetProfile");
    const profile = page.getByRole("region", { name: /^Latest profile/ });
    await expect(profile.getByRole("term").first()).toHaveText("Rows");
    await expect(profile.getByRole("definition").first()).toHaveText((latest.rowCount as number).toLocaleString("en-US"));
    await expect(profile.getByRole("definition").nth(1)).toHaveText(String(latest.columnCount));
    await expect(profile.getByRole("definition").nth(2)).toHaveText("784.2 GiB"); // 842,000,200,000 bytes
    const table = profile.getByRole("table", { name: "Column statistics of the latest profile" });
    const fields = latest.fieldProfiles as Array<{ fieldPath: string; nullCount: number; uniqueCount: number }>;
    await expect(table.getByRole("row")).toHaveCount(1 + fields.length);
    await expect(table.getByRole("row").nth(1)).toContainText(fields[0].fieldPath);
    await expect(table.getByRole("row").nth(1)).toContainText(`${fields[0].uniqueCount} (0.044%)`);
    await expect(page.getByRole("list", { name: "Earlier profiles" })).toContainText(`${(earlier.rowCount as number).toLocaleString("en-US")} rows`);
    const ops = page.getByRole("table", { name: "Latest operations on this dataset" });
    await expect(ops.getByRole("row")).toHaveCount(1 + points("operation").length);
    await expect(ops.getByRole("row").nth(1)).toContainText(String(points("operation")[0].operationType).toLowerCase());
    const [usage] = points("datasetUsageStatistics");
    const u = page.getByRole("region", { name: "Usage" });
    await expect(u.getByRole("definition").first()).toHaveText(String(usage.totalSqlQueries));
    await expect(page.getByRole("list", { name: "Top users" })).toContainText("test_user@datahubproject.io");
    await expect(page.getByRole("list", { name: "Most used columns" }).getByRole("listitem").first()).toContainText("field_foo");
    await expect(page.getByRole("list", { name: "Frequent queries" })).toContainText((usage.topSqlQueries as string[])[0]);
    await shoot(page, `dataset-stats-${label}`);
    expect(errors).toEqual([]);
  });

  test(`a Unity Catalog model's container is a Schema in a Catalog, everywhere (${label})`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width, height });
    await page.goto(entityUrl("mlModel", UC_MODEL));
    const crumb = page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "quickstart_schema" });
    await expect(crumb).toHaveAttribute("title", "Schema: quickstart_schema");
    await crumb.click();
    await expect(page.getByRole("heading", { level: 1, name: "quickstart_schema" })).toBeVisible();
    const header = page.locator("article > header");
    await expect(header).toContainText("Schema");
    await expect(header).not.toContainText("Experiment");
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "quickstart_catalog" })).toHaveAttribute(
      "title",
      "Catalog: quickstart_catalog",
    );
    await expect(page).toHaveTitle(/quickstart_schema · Schema · Orrery/);
    await shoot(page, `container-schema-${label}`);
    await page.goto(`/search?q=quickstart_schema`);
    const result = page
      .getByRole("main")
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: "quickstart_schema", exact: true }) });
    await expect(result.getByText(/^Schema · /)).toBeVisible();
    expect(errors).toEqual([]);
  });

  test(`a pipeline's tasks and runs a page at a time, with their totals (${label})`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width, height });
    await page.goto(entityUrl("pipeline", FLOW));
    await expect(page.getByRole("heading", { level: 1, name: "nightly_etl" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Properties" }).getByRole("definition")).toHaveText(["silver"]);
    await page.getByRole("link", { name: "Tasks", exact: true }).click();
    const tasks = page.getByRole("region", { name: `Tasks (${TASKS})` });
    await expect(tasks.getByText(`Showing 1–50 of ${TASKS} tasks`)).toBeVisible();
    await expect(tasks.getByText("Page 1 of 2")).toBeVisible();
    await shoot(page, `pipeline-tasks-${label}`);
    await tasks.getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(tasks.getByText(`Showing 51–55 of ${TASKS} tasks`)).toBeVisible();
    await expect(tasks.getByRole("link", { name: "task_54" })).toBeVisible();
    await page.getByRole("link", { name: "Runs", exact: true }).click();
    await expect(page.getByText(`Showing 1–20 of ${TASKS} jobs`)).toBeVisible();
    const job = page.getByRole("region", { name: `task_00 · ${RUNS} runs` });
    await expect(job.getByText(`and ${RUNS - 10} more`)).toBeVisible();
    await job.getByRole("link", { name: "the job’s Runs tab" }).click();
    const runs = page.getByRole("region", { name: `Runs (${RUNS})` });
    await expect(runs.getByText(`Showing 1–25 of ${RUNS} runs`)).toBeVisible();
    await expect(runs.getByRole("link", { name: "nightly run 29" })).toBeVisible();
    await runs.getByRole("link", { name: "Next →" }).click();
    await expect(runs.getByText(`Showing 26–30 of ${RUNS} runs`)).toBeVisible();
    await expect(runs.getByRole("link", { name: "nightly run 00" })).toBeVisible();
    await shoot(page, `job-runs-${label}`);
    expect(errors).toEqual([]);
  });
}
