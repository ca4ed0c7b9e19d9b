/**
 * Pipelines and jobs from DataHub's SageMaker golden file, sent with `orrery ingest --server`: a
 * model's training job followed from its Summary to the job's page, the job's inputs and outputs,
 * its pipeline and the pipeline's tasks, and the model's lineage graph through the job to its S3
 * input. Screenshots at 1,440 and 390 px, light and dark: test-results/screenshots/pipelines-*.png.
 */
import { expect, type Page } from "@playwright/test";
import { ownCatalog } from "./own-catalog";
import { ingestThroughCli, watchErrors, shootEverySize } from "./helpers";

const { test, catalog } = ownCatalog();

const SHOTS = "test-results/screenshots";
const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:sagemaker,the-first-model,PROD)";
const JOB_ID = "arn:aws:sagemaker:us-west-2:123412341234:training-job/a-training-job";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const { url, db } = await catalog.start();
  // Every proposal of the file is stored (jobs, pipelines, models, groups, endpoints, datasets).
  const out = ingestThroughCli("test/fixtures/datahub-golden/sagemaker_mces_golden.json", url, db);
  expect(out).toMatch(/136 of 136 proposals accepted, 0 rejected/);
});

/** The page at both widths, in both schemes. */
async function shoot(page: Page, name: string, fullPage = true) {
  await shootEverySize(page, (width, scheme) => `${SHOTS}/pipelines-${name}-${width}-${scheme}.png`, { fullPage });
}

test("from a SageMaker model to its training job, the job's inputs and outputs, and its pipeline", async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/mlModel/${encodeURIComponent(MODEL)}/summary`);
  await expect(page.getByRole("heading", { level: 1, name: "the-first-model" })).toBeVisible();
  const trained = page.getByRole("region", { name: "Source training run" });
  await trained.getByRole("link", { name: "a-training-job" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "a-training-job" })).toBeVisible();
  await expect(page).toHaveURL(/\/job\//);
  const details = page.getByRole("region", { name: "Details" });
  await expect(details).toContainText(JOB_ID);
  await expect(details).toContainText("1 dataset, 0 upstream jobs");
  await expect(page.getByRole("region", { name: "Models it trained" }).getByRole("link", { name: "the-first-model" })).toBeVisible();
  await shoot(page, "01-job-summary");

  await page.getByRole("link", { name: "Inputs and outputs", exact: true }).click();
  const inputs = page.getByRole("region", { name: /^Input datasets/ });
  await expect(inputs.getByRole("link", { name: "training-job/input-dataset.tar_gz" })).toBeVisible();
  const outputs = page.getByRole("region", { name: /^Output datasets/ });
  await expect(outputs).toHaveAccessibleName("Output datasets · 7");
  await expect(outputs.getByRole("link", { name: "training-job/output-data.tar_gz" })).toBeVisible();
  await shoot(page, "02-job-inputs-outputs");

  // The header's breadcrumb names the job's pipeline.
  await page.locator('a[href^="/pipeline/"]').first().click();
  await expect(page).toHaveURL(/\/pipeline\//);
  await expect(page.getByRole("heading", { level: 1, name: "a-training-job" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Details" })).toContainText("training:a-training-job");
  await page.getByRole("link", { name: "Tasks", exact: true }).click();
  await expect(page.getByRole("region", { name: "Tasks (1)" }).getByRole("link", { name: "a-training-job" })).toBeVisible();
  await shoot(page, "03-pipeline-tasks");
  expect(errors).toEqual([]);
});

test("the model's lineage graph shows its training job and the job's S3 input", async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/mlModel/${encodeURIComponent(MODEL)}/lineage?up=2`);
  const graph = page.locator(".react-flow");
  await expect(graph).toBeVisible();
  const node = (text: string) => graph.locator(".react-flow__node", { hasText: text }).first();
  await expect(node("a-training-job")).toBeVisible();
  await expect(node("input-dataset.tar_gz")).toBeVisible();
  await expect(node("the-first-model")).toBeVisible();
  // Left to right: the S3 input, the job, the model.
  const x = async (text: string) => (await node(text).boundingBox())!.x;
  expect(await x("input-dataset.tar_gz")).toBeLessThan(await x("a-training-job"));
  expect(await x("a-training-job")).toBeLessThan(await x("the-first-model"));
  await expect(node("a-training-job")).toContainText("Job");
  await shoot(page, "04-model-lineage", false);
  expect(errors).toEqual([]);
});
