/**
 * The History tab on the seed tutorial's model group: every change the tutorial's client made,
 * newest first, with versions, actors and field-level diffs; the header shows the current version.
 * Screenshots: test-results/screenshots/history-*.png.
 */
import { test, expect } from "@playwright/test";
import { watchErrors } from "./helpers";

const GROUP = encodeURIComponent("urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,airline_forecast_models_group,PROD)");

for (const scheme of ["light", "dark"] as const) {
  test(`the model group's history: versions, who, and what changed field by field (${scheme})`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/mlModelGroup/${GROUP}/history`);
    await expect(page.getByRole("heading", { level: 1, name: "Airline Forecast Models Group" })).toBeVisible();
    const changes = page.getByRole("list", { name: "Changes, newest first" });
    await expect(changes).toBeVisible();
    // The header carries the current version, the same as the newest change.
    const newest = changes.locator(":scope > li").first();
    const version = (await newest
      .getByText(/^v\d+\.\d/)
      .first()
      .textContent())!.trim();
    await expect(page.locator("main").getByText(version, { exact: true }).first()).toBeVisible();
    await expect(newest).toContainText(/ by \S+/); // its author
    // The description edit, as a word diff; the first version is the oldest entry.
    const edit = changes
      .getByRole("region")
      .filter({ hasText: "Description" })
      .filter({ has: page.locator("ins", { hasText: "Updated" }) });
    await expect(edit.first()).toBeVisible();
    await expect(edit.first().locator("del").first()).toBeVisible();
    await expect(changes.locator(":scope > li").last()).toContainText("v0.1");
    // A tag that was added.
    await expect(changes.locator("ins", { hasText: "+ production" }).first()).toBeVisible();
    // Read as a person reads it: no JSON, no raw field names, no urns of people, tags or terms.
    await expect(changes).not.toContainText('{"');
    await expect(changes).not.toContainText("urn:li:");
    await expect(changes).not.toContainText("customProperties");
    await page.screenshot({ path: `test-results/screenshots/history-group-${scheme}.png`, fullPage: true });

    // Only the description's changes.
    await page.getByRole("combobox", { name: "Show" }).selectOption("description");
    await expect(page.getByText(/changes? to description/)).toBeVisible();
    // (the unfiltered list stays on screen until the filtered one arrives)
    await expect
      .poll(async () => {
        const fields = await changes.locator(":scope > li li > span[title]").allTextContents();
        return fields.length > 0 && fields.every((f) => f === "Description");
      })
      .toBe(true);
    expect(errors).toEqual([]);
  });
}
