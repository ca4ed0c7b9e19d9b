/**
 * The small things a person notices, each checked where they see it: a page number past the end,
 * a facet's hidden values, facet counts beside a filtered total, what pages call things (no
 * internal aspect or relationship names, no JSON, one date format), the model and metadata
 * versions told apart, and features and feature tables in colours that differ.
 */
import { test, expect, type APIRequestContext, type Page } from "@playwright/test";
import { watchErrors } from "./helpers";
import { PAGES } from "./pages";

async function api<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await request.post("/api/graphql", { data: { query, variables } });
  expect(res.ok()).toBe(true);
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

const results = (page: Page) => page.getByRole("region", { name: "Results" });
const filters = (page: Page) => page.getByRole("complementary", { name: "Filters" });

test("a page number past the end says so and leads to the last page", async ({ page, request }) => {
  const errors = watchErrors(page);
  const { searchAcrossEntities: s } = await api<{ searchAcrossEntities: { total: number } }>(
    request,
    `{ searchAcrossEntities(input: { query: "forecast", count: 0 }) { total } }`,
  );
  const last = Math.ceil(s.total / 20);
  await page.goto("/search?q=forecast&page=500");
  const pager = results(page).getByRole("navigation", { name: "Result pages" });
  await expect(pager).toContainText(`There is no page 500: the list ends at page ${last}`);
  await expect(page.getByText(/Page 500 of/)).toHaveCount(0);
  await pager.getByRole("link", { name: `Go to page ${last}` }).click();
  await expect(page).toHaveURL(new RegExp(`page=${last}$`));
  await expect(results(page).locator("ol > li")).toHaveCount(s.total - (last - 1) * 20);
  expect(errors).toEqual([]);
});

test("the values hidden under a facet's “Show N more” open with a click, and filter like the others", async ({ page }) => {
  await page.goto("/search");
  const tags = filters(page).getByRole("group", { name: "Tag" });
  const more = tags.getByRole("button", { name: /^Show \d+ more$/ });
  const hidden = Number((await more.textContent())!.match(/\d+/)![0]);
  const values = tags.getByRole("link", { name: /^Filter by tag / });
  const before = await values.count();
  await more.click();
  await expect(tags.getByRole("button", { name: "Show fewer" })).toHaveAttribute("aria-expanded", "true");
  await expect(values).toHaveCount(before + hidden);
  // The last of them (a rare tag) is a filter like any other.
  const rare = values.last();
  const name = (await rare.getAttribute("aria-label"))!.replace(/^Filter by tag /, "").replace(/ \([\d,]+\)$/, "");
  await rare.click();
  await expect(page).toHaveURL(/tag=urn%3Ali%3Atag%3A/);
  await expect(tags.getByRole("link", { name: `Remove filter tag ${name}`, exact: false })).toBeVisible();
  await expect(results(page).getByRole("link", { name: `Remove filter tag ${name}` })).toBeVisible();
});

test("with a filter on, the facet counts add up to the total (exact, not sampled)", async ({ page, request }) => {
  const { searchAcrossEntities: s } = await api<{ searchAcrossEntities: { total: number } }>(
    request,
    `{ searchAcrossEntities(input: { query: "*", count: 0, types: [DATA_PROCESS_INSTANCE] }) { total } }`,
  );
  await page.goto("/search?type=DATA_PROCESS_INSTANCE");
  const total = s.total.toLocaleString("en-US");
  await expect(results(page).getByText(`${total} assets`, { exact: true })).toBeVisible();
  await expect(
    filters(page)
      .getByRole("group", { name: "Type" })
      .getByRole("link", { name: `Remove filter type Training runs (${s.total})` }),
  ).toBeVisible();
  await expect(page.getByText(/Counts are estimates/)).toHaveCount(0);
});

/** Words that are the catalog's internals, not a person's: aspect names, DataHub relationship names, raw JSON. */
const INTERNAL = [
  /\b[a-z]+(?:Properties|Info|Metadata|InputOutput)\b/, // mlModelProperties, customProperties, schemaMetadata…
  /\baspects?\b/i,
  /\b(?:KeyedBy|IsPartOf|TrainedBy|MemberOf|DownstreamOf|DerivedFrom|DeployedTo|InstanceOf|AssociatedWith|UsedBy|OwnedBy)\b/,
  /\bDataProcessInstance\w*/,
  /\{"/,
];
/** Dates in another format than the app's one ("7 Dec 2026, 04:12 UTC"). */
const OTHER_DATES = [/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/, /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \d/];

test("no page names an aspect or a raw relationship, shows JSON, or writes a date another way", async ({ page }) => {
  test.setTimeout(180_000);
  const found: string[] = [];
  for (const [name, how] of PAGES) {
    if (typeof how === "string") await page.goto(how);
    else await how(page);
    await page.waitForLoadState("networkidle");
    const text = await page.locator("main").innerText();
    for (const re of [...INTERNAL, ...OTHER_DATES]) {
      const m = text.match(re);
      if (m) found.push(`${name}: “${text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 40).replace(/\s+/g, " ")}”`);
    }
  }
  expect(found).toEqual([]);
});

test("a model's header tells the model version from the metadata version", async ({ page }) => {
  await page.goto(`/mlModel/${encodeURIComponent("urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)")}/summary`);
  const header = page.locator("main header").first();
  await expect(header.getByText(/^model version \S+$/)).toBeVisible();
  await expect(header.getByText(/^metadata v\d+\.\d+$/)).toBeVisible();
});

/** An sRGB colour's distance from another (0–442). */
function distance(a: string, b: string): number {
  const rgb = (c: string) => c.match(/\d+/g)!.slice(0, 3).map(Number);
  const [x, y] = [rgb(a), rgb(b)];
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
}

test("features and feature tables are told apart by colour in the lineage graph", async ({ page, request }) => {
  const { searchAcrossEntities: s } = await api<{ searchAcrossEntities: { searchResults: Array<{ entity: { urn: string } }> } }>(
    request,
    `{ searchAcrossEntities(input: { query: "*", count: 1, types: [MLFEATURE_TABLE] }) { searchResults { entity { urn } } } }`,
  );
  await page.goto(`/lineage?urn=${encodeURIComponent(s.searchResults[0].entity.urn)}&up=1&down=0`);
  const legend = page.getByRole("list", { name: /Colours of the kinds/ });
  const swatch = (kind: string) =>
    legend
      .getByRole("listitem")
      .filter({ hasText: new RegExp(`^${kind}$`) })
      .locator("span")
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  const [features, tables] = [await swatch("Features"), await swatch("Feature tables")];
  expect(distance(features, tables)).toBeGreaterThan(100);
  // The cards too: each kind's card carries its own accent.
  const card = (kind: string) => page.locator(".react-flow__node").filter({ hasText: kind }).first();
  await expect(card("Feature table")).toBeVisible();
  await expect(card("Feature")).toBeVisible();
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test("the lineage explorer: a tap selects an asset and its preview opens its page", async ({ page }) => {
    const errors = watchErrors(page);
    const run = "urn:li:dataProcessInstance:simple_training_run";
    const model = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)";
    await page.goto(`/lineage?urn=${encodeURIComponent(run)}&down=2`);
    const graph = page.getByTestId("lineage-graph");
    await expect(graph).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
    const card = graph.locator(`.react-flow__node[data-id="${model}"]`);
    await card.scrollIntoViewIfNeeded();
    await card.tap();
    await expect(page).toHaveURL(/[?&]sel=/);
    await expect(card.locator("[data-look]")).toHaveAttribute("data-look", "selected");
    const panel = page.getByRole("complementary", { name: "Selected in the graph" });
    await expect(panel.getByRole("heading", { name: "ARIMA Model" })).toBeVisible();
    await panel.getByRole("link", { name: "Open page" }).tap();
    await expect(page.getByRole("heading", { level: 1, name: "ARIMA Model" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });
});
