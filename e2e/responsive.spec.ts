/**
 * Every kind of page at a phone's width (390 × 844) and a desktop's (1,440 × 900), light and dark:
 * nothing wider than the screen (tables scroll inside their card), the header's controls on screen,
 * and a screenshot of each (test-results/screenshots/responsive-<width>-<scheme>-<page>.png).
 */
import { test, expect, type Page } from "@playwright/test";
import { PAGES } from "./pages";
import { watchErrors } from "./helpers";

const SHOTS = "test-results/screenshots";
const slug = (name: string) => name.replace(/[^a-z0-9]+/gi, "-").toLowerCase();

/** How far the page itself scrolls sideways (0: it fits the screen). */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const size of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  for (const scheme of ["light", "dark"] as const) {
    test(`every page fits ${size.width} px (${scheme})`, async ({ page }) => {
      test.setTimeout(180_000);
      const errors = watchErrors(page);
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      const overflowing: string[] = [];
      for (const [name, target] of PAGES) {
        if (typeof target === "string") await page.goto(target);
        else await target(page);
        await expect(page.locator("main h1").first()).toBeVisible();
        await expect(page.locator(".animate-pulse[role=status]")).toHaveCount(0); // no skeleton left
        const over = await sidewaysOverflow(page);
        if (over > 0) overflowing.push(`${name}: ${over} px wider than the screen`);
        // The header's controls stay reachable: the theme toggle and the way to sign in (or the menu holding them).
        const header = page.locator("header").first();
        const box = await header.boundingBox();
        if (!box || box.width > size.width + 0.5) overflowing.push(`${name}: header ${box?.width} px`);
        await page.screenshot({ path: `${SHOTS}/responsive-${size.width}-${scheme}-${slug(name)}.png`, fullPage: true });
      }
      expect(overflowing).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}
