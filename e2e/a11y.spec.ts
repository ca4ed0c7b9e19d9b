/**
 * No serious or critical axe-core violations on the home page, search, every kind of entity page
 * (every tab of the tutorial's entities) and the not-found states, in light and dark mode.
 */
import { test, expect } from "@playwright/test";
import { PAGES } from "./pages";
import { expectNoSeriousViolations } from "./helpers";

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, target] of PAGES) {
      test(`${name} has no serious accessibility violations`, async ({ page }) => {
        if (typeof target === "string") await page.goto(target);
        else await target(page);
        await expect(page.locator("main h1").first()).toBeVisible();
        await expect(page.locator(".animate-pulse[role=status]")).toHaveCount(0); // no skeleton left
        await expectNoSeriousViolations(page);
      });
    }
  });
}
