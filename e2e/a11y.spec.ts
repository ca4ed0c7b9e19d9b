/**
 * No serious or critical axe-core violations on the home page, search, every kind of entity page
 * (every tab of the tutorial's entities) and the not-found states, in light and dark mode.
 */
import { test, expect } from "@playwright/test";
import { PAGES } from "./pages";
import AxeBuilder from "@axe-core/playwright";

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, target] of PAGES) {
      test(`${name} has no serious accessibility violations`, async ({ page }) => {
        if (typeof target === "string") await page.goto(target);
        else await target(page);
        await expect(page.locator("main h1").first()).toBeVisible();
        await expect(page.locator(".animate-pulse[role=status]")).toHaveCount(0); // no skeleton left
        await page.waitForLoadState("networkidle");
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(
          serious.map(
            (v) =>
              `${v.id}: ${v.help} (${v.nodes
                .map((n) => n.target.join(" "))
                .slice(0, 3)
                .join(", ")})`,
          ),
        ).toEqual([]);
      });
    }
  });
}
