/**
 * Descriptions in GitHub-flavoured markdown, as DataHub and MLflow users write them: a table is a
 * table (not pipes), a wide one scrolls inside its card at 390 px, and strikethrough and task lists
 * render. The spec ingests its model description into a catalog of its own.
 * Screenshots: test-results/screenshots/markdown-table-<width>-<scheme>.png.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";
import { ingestThroughCli, watchErrors, shootEverySize } from "./helpers";
import { ownCatalog } from "./own-catalog";

const { test } = ownCatalog();
const SHOTS = "test-results/screenshots";
const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,gfm_model,PROD)";
const DESCRIPTION = [
  "Evaluation on the holdout set:",
  "",
  "| Metric | Value | Notes on how it was measured over the whole holdout window |",
  "| --- | ---: | --- |",
  "| rmse | 2.41 | lower is better, computed over every store and every week of the window |",
  "| mape | 0.091 | ~~0.12~~ before the holiday fix |",
  "",
  "- [x] backtested",
  "- [ ] reviewed",
].join("\n");

test("a markdown table in a description is a table, and fits a phone", async ({ page, baseURL, catalogDb }) => {
  const errors = watchErrors(page);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "orrery-gfm-")), "model.json");
  fs.writeFileSync(
    file,
    JSON.stringify([
      {
        entityType: "mlModel",
        entityUrn: MODEL,
        changeType: "UPSERT",
        aspectName: "mlModelProperties",
        aspect: { json: { name: "GFM model", description: DESCRIPTION } },
      },
    ]),
  );
  expect(ingestThroughCli(file, baseURL!, catalogDb)).toMatch(/1 of 1 proposals accepted/);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/mlModel/${encodeURIComponent(MODEL)}/summary`);
  const table = page.getByRole("main").getByRole("table");
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveText(["Metric", "Value", "Notes on how it was measured over the whole holdout window"]);
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row").nth(1).getByRole("cell")).toHaveText([
    "rmse",
    "2.41",
    "lower is better, computed over every store and every week of the window",
  ]);
  await expect(page.getByRole("main").getByText("| Metric |")).toHaveCount(0);
  await expect(page.getByRole("main").locator("del")).toHaveText("0.12");
  await expect(page.getByRole("main").getByRole("checkbox")).toHaveCount(2);
  await shootEverySize(page, (width, scheme) => `${SHOTS}/markdown-table-${width}-${scheme}.png`, {
    atWidth: async (width) => {
      if (width !== 390) return;
      // At 390 px the page does not scroll sideways: the table wraps its cells, and its box would scroll.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      expect(await table.locator("xpath=..").evaluate((el) => getComputedStyle(el).overflowX)).toBe("auto");
      expect((await table.boundingBox())!.width).toBeLessThanOrEqual(390);
    },
  });
  expect(errors).toEqual([]);
});
