/**
 * Browse, reached from the header: platforms with their counts, a platform's experiments and folders
 * (DataHub's browseV2) with paging, an experiment's runs, the breadcrumb back, all in the URL; the
 * same in front of a server with DataHub's schema only (upstream mode). The header's suggestions
 * forgive a typo. Counts are checked against the API. Screenshots at 1,440 and 390 px, light and
 * dark: test-results/screenshots/browse-<level>-<width>-<scheme>.png.
 */
import { test, expect, type APIRequestContext, type Page } from "@playwright/test";
import { watchErrors, shootEverySize } from "./helpers";

const SHOTS = "test-results/screenshots";
const PORT = Number(process.env.ORRERY_E2E_PORT ?? 8399);
const FRONT = `http://127.0.0.1:${PORT + 2}`;
const MLFLOW = "urn:li:dataPlatform:mlflow";
const n = (x: number) => x.toLocaleString("en-US");

async function api<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}, base = ""): Promise<T> {
  const res = await request.post(`${base}/api/graphql`, { data: { query, variables } });
  expect(res.ok()).toBe(true);
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

type Groups = { total: number; metadata: { totalNumEntities: number }; groups: Array<{ name: string; count: number; entity: { urn: string } | null }> };
const groupsOf = (request: APIRequestContext, path: string[], base = "") =>
  api<{ browseV2: Groups }>(
    request,
    `query($path: [String!]) { browseV2(input: { path: $path, count: 24, orFilters: [{ and: [{ field: "platform", values: ["${MLFLOW}"] }] }] }) {
      total metadata { totalNumEntities } groups { name count entity { urn } } } }`,
    { path },
    base,
  ).then((d) => d.browseV2);

const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The page at both widths, in both schemes; no sideways scrolling at 390 px. */
async function shoot(page: Page, name: string) {
  await shootEverySize(page, (width, scheme) => `${SHOTS}/browse-${name}-${width}-${scheme}.png`, {
    atWidth: async (width) => expect(await sidewaysOverflow(page), `${name} at ${width} px`).toBeLessThanOrEqual(0),
  });
}

const groupList = (page: Page) => page.getByRole("region", { name: "Groups" }).getByRole("listitem");
const results = (page: Page) => page.getByRole("region", { name: "Results" });

test("from the header's Browse to a platform, an experiment and its runs, and back by the breadcrumb", async ({ page, request }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Browse" }).click();
  await expect(page).toHaveURL(/\/browse$/);
  await expect(page.getByRole("heading", { level: 1, name: "Browse" })).toBeVisible();

  // Platforms, with the counts search gives them.
  const facets = await api<{ searchAcrossEntities: { facets: Array<{ field: string; aggregations: Array<{ value: string; count: number }> }> } }>(
    request,
    `{ searchAcrossEntities(input: { query: "*", count: 0 }) { facets { field aggregations { value count } } } }`,
  );
  const platforms = facets.searchAcrossEntities.facets.find((f) => f.field === "platform")!.aggregations;
  const list = page.getByRole("list", { name: "Platforms" }).getByRole("listitem");
  await expect(list).toHaveCount(platforms.length);
  const mlflowCount = platforms.find((p) => p.value === MLFLOW)!.count;
  const mlflow = list.filter({ hasText: "MLflow" });
  await expect(mlflow).toContainText(`${n(mlflowCount)} assets`);
  await shoot(page, "01-platforms");

  // The platform: its experiments and model groups, most assets first, and all its assets below.
  await mlflow.getByRole("link").click();
  await expect(page).toHaveURL(`/browse?platform=${encodeURIComponent(MLFLOW)}`);
  await expect(page.getByRole("heading", { level: 1, name: "MLflow" })).toBeVisible();
  const top = await groupsOf(request, []);
  expect(top.metadata.totalNumEntities).toBe(mlflowCount);
  await expect(page.getByText(`${n(mlflowCount)} assets · ${n(top.total)} groups inside`)).toBeVisible();
  await expect(groupList(page)).toHaveCount(Math.min(24, top.total));
  await expect(groupList(page).first()).toContainText(`${n(top.groups[0].count)} assets`);
  await expect(results(page).getByText(`${n(mlflowCount)} assets`, { exact: true })).toBeVisible();
  await expect(results(page).locator("ol > li")).toHaveCount(20);
  await shoot(page, "02-platform");

  // Groups page on, in the URL.
  expect(top.total).toBeGreaterThan(24);
  const firstOnPage1 = (await groupList(page).first().getByRole("link").first().textContent())!;
  await page.getByRole("navigation", { name: "Group pages" }).getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/gpage=2/);
  await expect(groupList(page).first().getByRole("link").first()).not.toHaveText(firstOnPage1);
  await page.goBack();
  await expect(page).not.toHaveURL(/gpage=2/);

  // An experiment: its runs, as many as the group said; the breadcrumb leads back.
  const exp = groupList(page).filter({ hasText: "ML Experiment" }).first();
  const expName = (await exp.getByRole("link").first().textContent())!.trim();
  await groupList(page).filter({ hasText: expName }).getByRole("link", { name: expName, exact: true }).click();
  await expect(page).toHaveURL(/path=urn%3Ali%3Acontainer/);
  await expect(page.getByRole("heading", { level: 1, name: expName })).toBeVisible();
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link", { name: "MLflow" })).toBeVisible();
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText(expName);
  const path = new URL(page.url()).searchParams.getAll("path");
  const inside = await groupsOf(request, path);
  await expect(
    results(page).getByText(`${n(inside.metadata.totalNumEntities)} ${inside.metadata.totalNumEntities === 1 ? "asset" : "assets"}`, { exact: true }),
  ).toBeVisible();
  await expect(results(page).locator("ol > li").first()).toContainText("Training run");
  await shoot(page, "03-experiment");

  // A filter and a page of the runs stay in the URL, with the level, across a reload.
  if (inside.metadata.totalNumEntities > 20) {
    await results(page).getByRole("navigation", { name: "Result pages" }).getByRole("link", { name: /Next/ }).click();
    await expect(page).toHaveURL(/page=2/);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: expName })).toBeVisible();
    await expect(page).toHaveURL(/path=.*page=2|page=2.*path=/);
  }
  await crumbs.getByRole("link", { name: "MLflow" }).click();
  await expect(page).toHaveURL(`/browse?platform=${encodeURIComponent(MLFLOW)}`);
  await crumbs.getByRole("link", { name: "Browse" }).click();
  await expect(page).toHaveURL(/\/browse$/);
  expect(errors).toEqual([]);
});

test("a page of groups past the end, and a folder with nothing in it, say so", async ({ page }) => {
  await page.goto(`/browse?platform=${encodeURIComponent(MLFLOW)}&gpage=500`);
  await expect(page.getByRole("navigation", { name: "Group pages" })).toContainText("There is no page 500");
  await page.getByRole("navigation", { name: "Group pages" }).getByRole("link").click();
  await expect(page).toHaveURL(/gpage=4/);
  await expect(groupList(page).first()).toBeVisible();
  await page.goto(`/browse?platform=${encodeURIComponent(MLFLOW)}&path=no-such-folder`);
  await expect(page.getByText("Nothing is listed under no-such-folder")).toBeVisible();
});

test("browse works in front of a server with DataHub's schema only", async ({ page, request }) => {
  const errors = watchErrors(page);
  await page.goto(`${FRONT}/browse?platform=${encodeURIComponent(MLFLOW)}`);
  const top = await groupsOf(request, [], FRONT);
  await expect(page.getByRole("heading", { level: 1, name: "MLflow" })).toBeVisible();
  await expect(groupList(page)).toHaveCount(Math.min(24, top.total));
  await expect(page.getByText(`${n(top.metadata.totalNumEntities)} assets · ${n(top.total)} groups inside`)).toBeVisible();
  expect(errors).toEqual([]);
});

test("the header's suggestions forgive a typo: “arimma” suggests ARIMA", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("search").getByRole("combobox").or(page.getByRole("search").getByRole("searchbox")).first();
  await box.click();
  await box.fill('"arimma');
  const option = page.getByRole("option", { name: /ARIMA Model/ });
  await expect(option).toBeVisible();
  await option.click();
  await expect(page.getByRole("heading", { level: 1, name: "ARIMA Model" })).toBeVisible();
});
