/** Shared by the e2e specs. */
import type { Page } from "@playwright/test";

/** Collects uncaught page errors and console errors, for a spec to assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  return errors;
}
