/**
 * When the Impact tab holds fewer rows than the server found, it says so, and the CSV holds what the
 * table holds. An experiment's impact asks one page (1,000 rows) per run, so a run with 1,005 outputs
 * is enough: it is ingested into a catalog of this spec's own, as a pipeline would send it.
 * Screenshot: test-results/screenshots/impact-capped.png.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";
import { ownCatalog } from "./own-catalog";
import { ingestThroughCli } from "./helpers";

const { test, catalog } = ownCatalog();

const EXPERIMENT = "urn:li:container:cap_experiment";
const RUN = "urn:li:dataProcessInstance:cap_run";
const OUTPUTS = 1005;
const ds = (i: number) => `urn:li:dataset:(urn:li:dataPlatform:hive,cap_out_${String(i).padStart(4, "0")},PROD)`;
const mcp = (entityUrn: string, aspectName: string, value: unknown) => ({
  entityUrn,
  entityType: entityUrn.split(":")[2],
  changeType: "UPSERT",
  aspectName,
  aspect: { json: value },
});

test.beforeAll(async () => {
  const { url, db } = await catalog.start();
  const proposals = [
    mcp(EXPERIMENT, "containerProperties", { name: "Cap experiment" }),
    mcp(EXPERIMENT, "subTypes", { typeNames: ["ML Experiment"] }),
    mcp(RUN, "dataProcessInstanceProperties", { name: "Cap run", created: { time: 1700000000000, actor: "urn:li:corpuser:datahub" } }),
    mcp(RUN, "container", { container: EXPERIMENT }),
    ...Array.from({ length: OUTPUTS }, (_, i) => mcp(ds(i), "datasetProperties", { name: `cap out ${i}` })),
    mcp(RUN, "dataProcessInstanceOutput", { outputs: Array.from({ length: OUTPUTS }, (_, i) => ds(i)) }),
  ];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-e2e-cap-"));
  try {
    const file = path.join(dir, "cap.json");
    fs.writeFileSync(file, JSON.stringify(proposals));
    expect(ingestThroughCli(file, url, db)).toMatch(/(\d+) of \1 proposals accepted, 0 rejected/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("an experiment whose run has more outputs than one page: the table says it holds the 1,000 nearest of 1,005, and the CSV holds those", async ({
  page,
}) => {
  await page.goto(`/experiment/${encodeURIComponent(EXPERIMENT)}/impact`);
  await expect(page.getByRole("table")).toBeVisible();
  const note = page.getByRole("note");
  await expect(note).toContainText("The server found 1,005 assets downstream of its runs");
  await expect(note).toContainText("this table holds the 1,000 nearest it returned (the first 1,000 per run)");
  await expect(page.getByText("1,000 of 1,000 assets")).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/impact-capped.png", fullPage: true });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Download CSV/ }).click()]);
  const file = "test-results/exports/impact-capped.csv";
  fs.mkdirSync("test-results/exports", { recursive: true });
  await download.saveAs(file);
  expect(fs.readFileSync(file, "utf8").split("\r\n").filter(Boolean)).toHaveLength(1 + 1000);

  // Its graph says the run's list was cut short.
  await page.goto(`/experiment/${encodeURIComponent(EXPERIMENT)}/lineage`);
  await expect(page.getByTestId("lineage-graph")).toHaveAttribute("data-ready", "true");
  await expect(page.getByText(/1 run lists only its first 50 inputs or outputs/)).toBeVisible();
});
