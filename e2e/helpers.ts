/** Shared by the e2e specs. */
import { execFileSync } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Collects uncaught page errors and console errors, for a spec to assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  return errors;
}

/** The shared e2e server's catalog (playwright.config.ts creates it fresh for each run); specs that write have their own (own-catalog.ts). */
export const E2E_DB = "test-results/e2e-db/catalog.db";

/**
 * Sends a DataHub metadata file to the running server the way a pipeline would: a fresh token with
 * the ingest role (`orrery token create`), then `orrery ingest FILE --server --token`. Returns the
 * CLI's summary.
 */
export function ingestThroughCli(file: string, baseURL: string, db = E2E_DB): string {
  return sendThroughCli(["ingest", file], baseURL, db);
}

/** Runs an `orrery` command that sends to the server (`ingest`, `import-mlflow`, …) with a fresh ingest token. */
export function sendThroughCli(args: string[], baseURL: string, db = E2E_DB): string {
  const created = execFileSync("node", ["bin/orrery.js", "token", "create", "--role", "ingest", "--db", db], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const token = created.match(/orr_\S+/)?.[0];
  if (!token) throw new Error(`orrery token create printed no token: ${created}`);
  return execFileSync("node", ["bin/orrery.js", ...args, "--server", baseURL, "--token", token, "--quiet"], { encoding: "utf8" });
}

/** The sizes every screenshot is taken at: a laptop and a phone. */
export const SCREENS = [
  [1440, 900],
  [390, 844],
] as const;

/**
 * Screenshots of the page at each of SCREENS, light and dark, to `pathOf(width, scheme)`;
 * `atWidth` runs at each width after its screenshots (checks that depend on the width). Leaves the
 * page at 1,440 px, light.
 */
export async function shootEverySize(
  page: Page,
  pathOf: (width: number, scheme: "light" | "dark") => string,
  opts: { fullPage?: boolean; atWidth?: (width: number) => Promise<void> } = {},
): Promise<void> {
  for (const [width, height] of SCREENS) {
    await page.setViewportSize({ width, height });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: pathOf(width, scheme), fullPage: opts.fullPage ?? true });
    }
    await opts.atWidth?.(width);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: "light" });
}

/** No serious or critical axe-core violations on the page as it is, once its requests have settled. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
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
}
