/** GraphiQL at /api/graphql works with no network beyond this server, under its own CSP. */
import { expect, test } from "@playwright/test";
import { watchErrors } from "./helpers";

test("GraphiQL opens offline and runs a query", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  // Only this server answers: every request to another host fails, as on a machine with no internet.
  await page.context().route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    foreign.push(url);
    return route.abort("internetdisconnected");
  });
  const errors = watchErrors(page);
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });

  await page.goto("/api/graphql");
  const editor = page.locator(".graphiql-query-editor .monaco-editor").first();
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText('{ mlModel(urn: "urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)") { urn name } }');
  await page.locator(".graphiql-execute-button").click();
  const response = page.locator(".graphiql-response");
  await expect(response).toContainText('"name": "ARIMA Model"', { timeout: 20_000 });
  await page.screenshot({ path: "test-results/screenshots/graphiql-offline.png" });

  expect(foreign, "requests to other hosts").toEqual([]);
  expect(violations, "CSP violations").toEqual([]);
  expect(errors).toEqual([]);
});
