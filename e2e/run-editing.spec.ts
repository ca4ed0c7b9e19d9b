/**
 * Editing a training run as other kinds are edited (Orrery's `runAbout`): MLflow's note shows as the
 * run's description until someone writes one; a signed-in editor writes one with the same editor,
 * adds a tag and an owner; it all persists, shows in History, and a re-import of the MLflow store
 * keeps it. Writes, so it has a catalog of its own.
 * Screenshots: test-results/screenshots/run-editing-*.png.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { expect, type APIRequestContext } from "@playwright/test";
import { ownCatalog } from "./own-catalog";
import { sendThroughCli, watchErrors } from "./helpers";
import { writeRealisticStore } from "../server/demo/mlflow-sample";

const { test } = ownCatalog();
const SHOTS = "test-results/screenshots";

test.describe.configure({ mode: "serial" });

async function runUrn(request: APIRequestContext, name: string): Promise<string> {
  const res = await request.post("/api/graphql", {
    data: {
      query: `query($q: String!) { searchAcrossEntities(input: { query: $q, types: [DATA_PROCESS_INSTANCE] }) { searchResults { entity { urn ... on DataProcessInstance { properties { name } } } } } }`,
      variables: { q: name },
    },
  });
  const hit = (await res.json()).data.searchAcrossEntities.searchResults.find((r: any) => r.entity.properties?.name === name);
  expect(hit).toBeTruthy();
  return hit.entity.urn;
}

test("a run's description, tags and owners: MLflow's note first, then a person's edit, kept over a re-import", async ({
  page,
  baseURL,
  catalogDb,
  request,
}) => {
  const errors = watchErrors(page);
  const baseline = `/run/${encodeURIComponent(await runUrn(request, "baseline-logreg"))}`;
  const about = page.getByRole("region", { name: "About" });

  // Signed out: MLflow's note is the description; nothing to edit.
  await page.goto(`${baseline}/summary`);
  await expect(about).toContainText("First baseline: plain logistic regression.");
  await expect(page.getByRole("button", { name: "Edit description" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "Add a tag" })).toHaveCount(0);

  const link = execFileSync("node", ["bin/orrery.js", "signin-link", "--role", "editor", "--db", catalogDb, "--url", baseURL!], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
  await page.goto(link);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await page.goto(`${baseline}/summary`);
  await page.getByRole("button", { name: "Edit description" }).click();
  const box = page.getByRole("textbox", { name: "Description (markdown)" });
  await expect(box).toHaveValue("First baseline: plain logistic regression."); // editing starts from the note
  await box.fill("Baseline: **logistic regression**, C = 1.0.\n\nKept as the reference for every later run.");
  await page.getByRole("button", { name: "Save description" }).click();
  await expect(about.locator("strong", { hasText: "logistic regression" })).toBeVisible();

  await page.getByRole("combobox", { name: "Add a tag" }).fill("reference");
  await page.getByRole("option", { name: "Create tag “reference”" }).click();
  await expect(about.getByRole("list", { name: "Tags" })).toContainText("reference");
  await page.getByRole("combobox", { name: "Add an owner" }).fill("Dave");
  await page.getByRole("option", { name: /Dave/ }).first().click();
  await expect(about.getByRole("list", { name: "Owners" })).toContainText("Dave");
  // The header shows the run's tags, as on other kinds.
  await expect(page.locator("header, main").getByRole("list", { name: "Tags" }).first()).toContainText("reference");
  await page.screenshot({ path: `${SHOTS}/run-editing-01-saved.png`, fullPage: true });

  await page.reload();
  await expect(about.locator("strong", { hasText: "logistic regression" })).toBeVisible();
  await expect(about.getByRole("list", { name: "Tags" })).toContainText("reference");
  await expect(about.getByRole("list", { name: "Owners" })).toContainText("Dave");

  // History lists the edit, by field.
  await page.getByRole("link", { name: "History", exact: true }).click();
  const changes = page.getByRole("list", { name: "Changes, newest first" });
  await expect(changes.locator("ins", { hasText: "logistic" }).first()).toBeVisible();
  await expect(changes.locator("ins", { hasText: "+ reference" }).first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/run-editing-02-history.png`, fullPage: true });

  // MLflow is imported again (the pipeline runs nightly): the person's description and tag stay.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-e2e-mlruns-"));
  try {
    writeRealisticStore(dir);
    expect(sendThroughCli(["import-mlflow", dir], baseURL!, catalogDb)).toMatch(/experiments/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  await page.goto(`${baseline}/summary`);
  await expect(about.locator("strong", { hasText: "logistic regression" })).toBeVisible();
  await expect(about.getByRole("list", { name: "Tags" })).toContainText("reference");

  // Search finds the run by the description a person wrote.
  await page.goto("/search?q=logistic");
  await expect(page.getByRole("region", { name: "Results" }).getByRole("link", { name: "baseline-logreg" })).toBeVisible();
  expect(errors).toEqual([]);
});
