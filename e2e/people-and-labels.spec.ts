/**
 * The pages of tags, glossary terms, people and groups, reached the way a person reaches them: a
 * search result, a suggestion, a chip on an asset's page. Each shows the right name and facts (as the
 * demo catalog writes them) and, on its Assets tab, the assets the server finds with that tag, term
 * or owner (checked against the API), with the type filter, paging and a link to the same search.
 * A group needs a catalog of its own: the demo has none, so the spec ingests one.
 * Screenshots: test-results/screenshots/people-and-labels-<page>-<width>-<scheme>.png.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect, type APIRequestContext, type Page } from "@playwright/test";
import { ingestThroughCli, watchErrors } from "./helpers";
import { ownCatalog } from "./own-catalog";

const SHOTS = "test-results/screenshots";
const PORT = Number(process.env.ORRERY_E2E_PORT ?? 8399);
const FRONT = `http://127.0.0.1:${PORT + 2}`;
const enc = encodeURIComponent;
const TAG = "urn:li:tag:forecasting";
const TERM = "urn:li:glossaryTerm:forecast";
const ALICE = "urn:li:corpuser:alice";
const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)";
const DATASET = "urn:li:dataset:(urn:li:dataPlatform:snowflake,iris_input,PROD)";

/** The assets the server finds with one facet value (and more filters), as the Assets tab asks: the count, the first page of 20. */
async function apiAssets(
  request: APIRequestContext,
  field: string,
  value: string,
  { base = "", more = [] as Array<{ field: string; values: string[] }> } = {},
) {
  const res = await request.post(`${base}/api/graphql`, {
    data: {
      query: `query($f: [FacetFilterInput!]) { searchAcrossEntities(input: { query: "*", start: 0, count: 20, orFilters: [{ and: $f }] }) {
        total searchResults { entity { urn } } } }`,
      variables: { f: [{ field, values: [value] }, ...more] },
    },
  });
  expect(res.ok()).toBe(true);
  const s = (await res.json()).data.searchAcrossEntities;
  return { total: s.total as number, urns: s.searchResults.map((r: { entity: { urn: string } }) => r.entity.urn) as string[] };
}

const results = (page: Page) => page.getByRole("region", { name: "Results" });

/** The urns the listed rows link to. */
async function listedUrns(page: Page): Promise<string[]> {
  const hrefs = await results(page)
    .locator("ol > li")
    .getByRole("link")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => decodeURIComponent(h.split("/")[2] ?? ""));
}

/** The Assets tab lists what the API finds: the same count, the same first page. */
async function expectAssets(page: Page, api: { total: number; urns: string[] }) {
  const n = api.total;
  await expect(results(page).getByText(`${n.toLocaleString("en-US")} ${n === 1 ? "asset" : "assets"}`, { exact: true })).toBeVisible();
  await expect(results(page).locator("ol > li")).toHaveCount(Math.min(n, 20));
  expect((await listedUrns(page)).sort()).toEqual([...api.urns].sort());
}

/** The page at 1,440 and 390 px wide, light and dark. */
async function shots(page: Page, name: string) {
  for (const width of [1440, 390]) {
    for (const scheme of ["light", "dark"] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator("html")).toHaveAttribute("data-theme", scheme);
      await expect(page.locator(".animate-pulse[role=status]")).toHaveCount(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${name} at ${width} px`).toBe(0);
      await page.screenshot({ path: `${SHOTS}/people-and-labels-${name}-${width}-${scheme}.png`, fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: "light" });
}

test("a tag from a search result: its description and colour, the assets tagged with it, by type, and the same search", async ({ page, request }) => {
  const errors = watchErrors(page);
  await page.goto("/search?q=forecasting");
  // The Type facet names the kind in words.
  await expect(page.getByRole("link", { name: /^Filter by type Tags \(\d+\)$/ })).toBeVisible();
  const row = results(page)
    .locator("ol > li")
    .filter({ has: page.locator(`a[title="Tag: forecasting"]`) });
  await expect(row).toContainText("Time-series forecasting");
  await row.getByRole("link", { name: "forecasting", exact: true }).click();

  await expect(page).toHaveURL(`/tag/${enc(TAG)}/assets`);
  await expect(page.getByRole("heading", { level: 1, name: "forecasting" })).toBeVisible();
  await expect(page.getByRole("region", { name: "About" })).toHaveText("Time-series forecasting");
  await expect(page.getByTitle("Colour #2CA02C")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Assets tagged forecasting" })).toBeVisible();
  const all = await apiAssets(request, "tags", TAG);
  expect(all.total).toBeGreaterThan(5);
  await expectAssets(page, all);
  await expect(results(page).getByRole("link", { name: "ARIMA Model" })).toBeVisible(); // the tutorial tags it
  await shots(page, "tag");

  // Only its models: the filter is in the tab's URL, the tag itself is not.
  await page.getByRole("link", { name: /^Filter by type Models \(\d+\)$/ }).click();
  await expect(page).toHaveURL(`/tag/${enc(TAG)}/assets?type=MLMODEL`);
  const models = await apiAssets(request, "tags", TAG, { more: [{ field: "_entityType", values: ["MLMODEL"] }] });
  expect(models.total).toBeGreaterThan(0);
  await expectAssets(page, models);
  for (const li of await results(page).locator("ol > li").all()) await expect(li).toContainText(/^.+Model · /);
  // The same search on the search page.
  await page.getByRole("link", { name: "Open in search →" }).click();
  await expect(page).toHaveURL(`/search?type=MLMODEL&tag=${enc(TAG)}`);
  await expect(page.getByRole("heading", { level: 1, name: "All assets" })).toBeVisible();
  await expectAssets(page, models);
  expect(errors).toEqual([]);
});

test("a glossary term from an asset's chip: its definition and source, the assets with it, and back through a chip", async ({ page, request }) => {
  const errors = watchErrors(page);
  await page.goto(`/search?term=${enc(TERM)}`);
  await results(page).locator("ol > li").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/(dataset|mlModelGroup|mlModel|feature|featureTable)\/.+\/summary$/);
  await page.getByRole("region", { name: "About" }).getByRole("list", { name: "Glossary terms" }).getByRole("link", { name: "Forecast" }).click();

  await expect(page).toHaveURL(`/glossaryTerm/${enc(TERM)}/assets`);
  await expect(page.getByRole("heading", { level: 1, name: "Forecast" })).toBeVisible();
  await expect(page.getByRole("region", { name: "About" })).toContainText("A prediction of a future value of a time series");
  await expect(page.getByText("internal", { exact: true })).toBeVisible(); // term source
  const all = await apiAssets(request, "glossaryTerms", TERM);
  expect(all.total).toBeGreaterThan(1);
  await expectAssets(page, all);
  await shots(page, "glossary-term");

  // Every asset listed has the term: open one, its chip leads back here.
  await results(page).locator("ol > li").last().getByRole("link").first().click();
  await page.getByRole("region", { name: "About" }).getByRole("link", { name: "Forecast" }).click();
  await expect(page).toHaveURL(`/glossaryTerm/${enc(TERM)}/assets`);
  await page.getByRole("link", { name: "History", exact: true }).click();
  await expect(page.getByRole("list", { name: "Changes, newest first" })).toContainText("A prediction of a future value");
  expect(errors).toEqual([]);
});

test("a person from a suggestion and from an owner chip: name, title, email, initials, what they own", async ({ page, request }) => {
  const errors = watchErrors(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "ML assets" })).toBeVisible();
  await page.getByRole("search").getByRole("searchbox").click();
  await page.keyboard.type("Alice Che");
  await page.getByRole("option", { name: /Alice Chen.*Person/ }).click();

  await expect(page).toHaveURL(`/user/${enc(ALICE)}/assets`);
  await expect(page.getByRole("heading", { level: 1, name: "Alice Chen" })).toBeVisible();
  const header = page.getByRole("main").locator("header").first();
  await expect(header).toContainText("Senior ML Engineer");
  await expect(header.locator("[aria-hidden]", { hasText: /^AC$/ })).toBeVisible(); // initials where a picture would be
  await expect(page.locator("main img")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "About" })).toContainText("alice@example.com");
  const all = await apiAssets(request, "owners", ALICE);
  expect(all.total).toBeGreaterThan(20);
  await expectAssets(page, all);
  // Paging stays on the tab.
  await results(page).getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(`/user/${enc(ALICE)}/assets?page=2`);
  await expect(results(page).locator("ol > li")).toHaveCount(Math.min(20, all.total - 20));
  await page.goto(`/user/${enc(ALICE)}/assets`);
  await shots(page, "person");

  // Anything she owns names her: its owner chip leads back here.
  await results(page).locator("ol > li").first().getByRole("link").first().click();
  await page.getByRole("main").locator("header").first().getByRole("list", { name: "Owners" }).getByRole("link", { name: "Alice Chen", exact: true }).click();
  await expect(page).toHaveURL(`/user/${enc(ALICE)}/assets`);

  // A search result of a person is a link to their page.
  await page.goto("/search?q=alice%20chen");
  await expect(results(page).locator("ol > li").first()).toContainText("Person · Senior ML Engineer");
  await results(page).getByRole("link", { name: "Alice Chen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Alice Chen" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("on DataHub's fields alone (upstream mode) a tag's page and a person's list their assets, without History", async ({ page, request }) => {
  const errors = watchErrors(page);
  await page.goto(`${FRONT}/tag/${enc(TAG)}`);
  await expect(page).toHaveURL(`${FRONT}/tag/${enc(TAG)}/assets`);
  await expect(page.getByRole("heading", { level: 1, name: "forecasting" })).toBeVisible();
  await expectAssets(page, await apiAssets(request, "tags", TAG, { base: FRONT }));
  await page.getByRole("link", { name: "History", exact: true }).click();
  await expect(page.getByText("This server keeps no change history")).toBeVisible();
  await page.goto(`${FRONT}/user/${enc(ALICE)}/assets`);
  await expect(page.getByRole("heading", { level: 1, name: "Alice Chen" })).toBeVisible();
  await expectAssets(page, await apiAssets(request, "owners", ALICE, { base: FRONT }));
  // A plain DataHub rejects `orreryInfo` as an unknown field (HTTP 400): that is how the app learns it.
  expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
});

test.describe("a group", () => {
  const { test: own } = ownCatalog();

  own("a group from an owner chip: its description, email and the assets it owns", async ({ page, baseURL, catalogDb, request }) => {
    const errors = watchErrors(page);
    const group = "urn:li:corpGroup:ml-platform";
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "orrery-group-")), "group.json");
    const ownership = { owners: [{ owner: group, type: "TECHNICAL_OWNER" }], lastModified: { time: 1_700_000_000_000, actor: "urn:li:corpuser:datahub" } };
    fs.writeFileSync(
      file,
      JSON.stringify([
        {
          entityType: "corpGroup",
          entityUrn: group,
          changeType: "UPSERT",
          aspectName: "corpGroupInfo",
          aspect: {
            json: {
              displayName: "ML Platform",
              description: "Runs the model registry and the **feature store**.",
              email: "ml-platform@example.com",
              admins: [],
              members: [],
              groups: [],
            },
          },
        },
        { entityType: "mlModel", entityUrn: MODEL, changeType: "UPSERT", aspectName: "ownership", aspect: { json: ownership } },
        { entityType: "dataset", entityUrn: DATASET, changeType: "UPSERT", aspectName: "ownership", aspect: { json: ownership } },
      ]),
    );
    expect(ingestThroughCli(file, baseURL!, catalogDb)).toMatch(/3 of 3 proposals accepted/);

    await page.goto(`/mlModel/${enc(MODEL)}/summary`);
    await page
      .getByRole("main")
      .locator("header")
      .first()
      .getByRole("list", { name: "Owners" })
      .getByRole("link", { name: "ML Platform", exact: true })
      .click();
    await expect(page).toHaveURL(`/group/${enc(group)}/assets`);
    await expect(page.getByRole("heading", { level: 1, name: "ML Platform" })).toBeVisible();
    const about = page.getByRole("region", { name: "About" });
    await expect(about).toContainText("Runs the model registry and the feature store.");
    await expect(about.locator("strong")).toHaveText("feature store"); // markdown
    await expect(about).toContainText("ml-platform@example.com");
    await expect(page.getByRole("heading", { level: 2, name: "Assets the group ML Platform owns" })).toBeVisible();
    const all = await apiAssets(request, "owners", group, { base: baseURL });
    expect(all.urns.sort()).toEqual([DATASET, MODEL].sort());
    await expectAssets(page, all);
    await expect(results(page).getByRole("link", { name: "ARIMA Model" })).toBeVisible();
    await expect(results(page).getByRole("link", { name: "Iris Training Input Data" })).toBeVisible();
    await shots(page, "group");

    // Groups as search results (by type: the server's free-text search leaves groups out), named in words, linked.
    await page.goto("/search?type=CORP_GROUP");
    await expect(page.getByRole("link", { name: "Remove filter type Groups", exact: true })).toBeVisible();
    await expect(results(page).locator("ol > li")).toHaveCount(1);
    await expect(results(page).locator("ol > li")).toContainText("Group");
    await results(page).getByRole("link", { name: "ML Platform" }).click();
    await expect(page).toHaveURL(`/group/${enc(group)}/assets`);
    expect(errors).toEqual([]);
  });
});
