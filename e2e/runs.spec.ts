/**
 * An experiment's runs as people use MLflow's: choosing metric and parameter columns, sorting the
 * best runs first, filtering in MLflow's search syntax over all runs (across pages), a mistake in a
 * filter shown where it is, everything in the URL; a run's metric history, user and commit; the
 * same table against a server without the run search; the comparison's charts in dark mode.
 * Read-only: the shared demo catalog (the sample MLflow store and the generated experiments).
 * Screenshots: test-results/screenshots/runs-*.png.
 */
import { test, expect, type APIRequestContext, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { watchErrors } from "./helpers";

const PORT = Number(process.env.ORRERY_E2E_PORT ?? 8399);
const PLAIN = `http://127.0.0.1:${PORT + 1}`;
const SHOTS = "test-results/screenshots";
/** A generated MLflow experiment of 59 runs (seed 42): three pages of 25. */
const BIG = "eta_training_38";

async function gql<T = any>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}, base = ""): Promise<T> {
  const res = await request.post(`${base}/api/graphql`, { data: { query, variables } });
  const body = await res.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

async function urnOf(request: APIRequestContext, name: string, type: "CONTAINER" | "DATA_PROCESS_INSTANCE"): Promise<string> {
  const d = await gql(
    request,
    `query($q: String!, $t: EntityType!) { searchAcrossEntities(input: { query: $q, types: [$t], count: 10 }) { searchResults { entity { urn ... on Container { properties { name } } ... on DataProcessInstance { properties { name } } } } } }`,
    { q: name, t: type },
  );
  const hit = d.searchAcrossEntities.searchResults.find((r: any) => r.entity.properties?.name === name);
  expect(hit, `${name} in the demo catalog`).toBeTruthy();
  return hit.entity.urn;
}

/** What the server's run search answers, to check the page against. */
async function searchRuns(request: APIRequestContext, urn: string, input: Record<string, unknown>) {
  const d = await gql(
    request,
    `query($u: String!, $i: OrreryRunSearchInput) { container(urn: $u) { orreryRuns(input: $i) { total runsInExperiment runs { properties { name } } } } }`,
    { u: urn, i: input },
  );
  return d.container.orreryRuns as { total: number; runsInExperiment: number; runs: Array<{ properties: { name: string } }> };
}

const entitiesUrl = (urn: string, query = "") => `/experiment/${encodeURIComponent(urn)}/entities${query}`;
const table = (page: Page) => page.getByRole("table", { name: "Training runs of this experiment" });
/** The table once the page, order or filter asked for has arrived (it stays dimmed and busy until then). */
async function settled(page: Page) {
  await expect(page.locator("[data-runs-table][aria-busy=false]")).toBeVisible();
}
const filterBox = (page: Page) => page.getByRole("searchbox", { name: "Filter runs" });

/** The values of one column on the page, by its header's position. */
async function columnValues(page: Page, header: string): Promise<string[]> {
  const heads = await table(page).getByRole("columnheader").allInnerTexts();
  const i = heads.findIndex((h) => h.split("\n")[0]!.replace(/[↑↓↕]/g, "").trim() === header);
  expect(i, `column ${header} among ${heads.join(" | ")}`).toBeGreaterThanOrEqual(0);
  return table(page)
    .getByRole("row")
    .locator(`td:nth-child(${i + 1})`)
    .allInnerTexts();
}

const numbers = (xs: string[]) => xs.filter((x) => x.trim() !== "—").map(Number);

test.describe("the runs table", () => {
  let big: string;
  test.beforeAll(async ({ request }) => {
    big = await urnOf(request, BIG, "CONTAINER");
    expect((await searchRuns(request, big, { count: 0 })).runsInExperiment).toBeGreaterThan(50);
  });

  test("metric and parameter columns: defaults, picking, and the choice kept in the URL", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(entitiesUrl(big));
    await expect(table(page).getByRole("row")).toHaveCount(26); // header + 25 runs
    const picker = page.getByRole("button", { name: "Columns (10)" });
    await expect(picker).toBeVisible(); // six metrics, then four parameters that vary
    await expect(table(page).getByRole("columnheader", { name: /^rmse/ })).toBeVisible();
    await expect(table(page).getByRole("columnheader", { name: /^gamma/ })).toHaveCount(0);

    await picker.click();
    const panel = page.getByRole("group", { name: "Choose columns" });
    await expect(panel).toBeVisible();
    await panel.getByRole("checkbox", { name: /^gamma\b/ }).check();
    await panel.getByRole("checkbox", { name: /^mape\b/ }).uncheck();
    await page.screenshot({ path: `${SHOTS}/runs-01-column-picker.png` });
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
    await expect(page).toHaveURL(/cols=metric%3Aval_rmse/);
    await expect(page).toHaveURL(/cols=param%3Agamma/);
    await expect(page).not.toHaveURL(/metric%3Amape/);
    await expect(table(page).getByRole("columnheader", { name: /^gamma/ })).toBeVisible();
    await expect(table(page).getByRole("columnheader", { name: /^mape/ })).toHaveCount(0);

    await page.reload(); // the choice is in the URL
    await expect(table(page).getByRole("columnheader", { name: /^gamma/ })).toBeVisible();
    await expect(table(page).getByRole("columnheader", { name: /^mape/ })).toHaveCount(0);
    await page.getByRole("button", { name: "Columns (10)" }).click();
    await page.getByRole("button", { name: "Default columns" }).click();
    await expect(page).not.toHaveURL(/cols=/);
    await expect(table(page).getByRole("columnheader", { name: /^mape/ })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("the first click on a loss or error sorts the best runs first; on other metrics, the highest", async ({ page, request }) => {
    const errors = watchErrors(page);
    await page.goto(entitiesUrl(big, "?cols=metric%3Armse&cols=metric%3Ar2&cols=param%3Amax_depth"));
    await table(page).getByRole("button", { name: "rmse lower is better", exact: true }).click();
    await expect(page).toHaveURL(/sort=metric%3Armse&dir=asc/);
    await settled(page);
    const best = (await searchRuns(request, big, { orderBy: ["metrics.rmse ASC"], count: 1 })).runs[0]!.properties.name;
    await expect(table(page).getByRole("row").nth(1).getByRole("link")).toHaveText(best);
    const rmse = numbers(await columnValues(page, "rmse"));
    expect(rmse).toEqual([...rmse].sort((a, b) => a - b));
    await expect(table(page).getByRole("columnheader", { name: /^rmse/ })).toHaveAttribute("aria-sort", "ascending");

    await table(page).getByRole("button", { name: "r2 higher is better", exact: true }).click();
    await expect(page).toHaveURL(/sort=metric%3Ar2&dir=desc/);
    await settled(page);
    const r2 = numbers(await columnValues(page, "r2"));
    expect(r2.length).toBeGreaterThan(0);
    expect(r2).toEqual([...r2].sort((a, b) => b - a));
    // A second click turns it round; runs without the metric stay last either way.
    await table(page).getByRole("button", { name: "r2 higher is better", exact: true }).click();
    await expect(page).toHaveURL(/sort=metric%3Ar2&dir=asc/);
    await settled(page);
    const up = await columnValues(page, "r2");
    expect(numbers(up)).toEqual([...numbers(up)].sort((a, b) => a - b));
    expect(up.slice(0, numbers(up).length).every((v) => v !== "—")).toBe(true);
    expect(errors).toEqual([]);
  });

  test("a filter in MLflow's syntax applies to all runs, across pages, and the view round-trips through the URL", async ({ page, request }) => {
    const errors = watchErrors(page);
    const filter = "metrics.rmse < 7 and attributes.status = 'FINISHED'";
    const expected = await searchRuns(request, big, { filter, count: 1000 });
    expect(expected.total).toBeGreaterThan(25); // more than one page of matches
    expect(expected.total).toBeLessThan(expected.runsInExperiment);

    await page.goto(entitiesUrl(big));
    await filterBox(page).fill(filter);
    await filterBox(page).press("Enter");
    await expect(page.getByText(`${expected.total} of ${expected.runsInExperiment} runs match`)).toBeVisible();
    await table(page).getByRole("button", { name: "rmse lower is better", exact: true }).click();
    await expect(page).toHaveURL(/sort=metric%3Armse&dir=asc/);
    await settled(page);
    const first = numbers(await columnValues(page, "rmse"));
    expect(first).toHaveLength(25);
    await page.screenshot({ path: `${SHOTS}/runs-02-filtered-sorted.png`, fullPage: true });

    await page.getByRole("navigation", { name: "Run pages" }).getByRole("link", { name: "Next →" }).click();
    await expect(page.getByRole("navigation", { name: "Run pages" })).toContainText("Page 2 of 2");
    await expect(page).toHaveURL(/page=2/);
    await settled(page);
    const second = numbers(await columnValues(page, "rmse"));
    expect(second).toHaveLength(expected.total - 25);
    // Page 2 goes on where page 1 stopped, and holds only matches: the server filtered all runs.
    expect(second.every((v) => v < 7 && v >= first[first.length - 1]!)).toBe(true);
    for (const name of await table(page).getByRole("row").locator("td:nth-child(2)").allInnerTexts())
      expect(expected.runs.map((r) => r.properties.name)).toContain(name);
    const statuses = await columnValues(page, "Result");
    expect(statuses.every((s) => /Success/.test(s))).toBe(true);

    // Everything is in the address: filter, sort, page (and columns when chosen).
    const url = page.url();
    expect(url).toContain(`filter=${encodeURIComponent(filter).replace(/%20/g, "+").replace(/'/g, "%27")}`);
    const firstOnPage2 = await table(page).getByRole("row").nth(1).getByRole("link").innerText();
    await page.goto("about:blank");
    await page.goto(url);
    await expect(filterBox(page)).toHaveValue(filter);
    await expect(page.getByText(`${expected.total} of ${expected.runsInExperiment} runs match`)).toBeVisible();
    await expect(table(page).getByRole("row").nth(1).getByRole("link")).toHaveText(firstOnPage2);
    await expect(table(page).getByRole("columnheader", { name: /^rmse/ })).toHaveAttribute("aria-sort", "ascending");
    // Back goes to page 1 of the same view.
    await page.goBack();
    await page.goForward();
    await expect(table(page).getByRole("row").nth(1).getByRole("link")).toHaveText(firstOnPage2);
    expect(errors).toEqual([]);
  });

  test("a filter with a mistake says what and where, and is not applied", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(entitiesUrl(big));
    await filterBox(page).fill("metrics.rmse < 'x' and params.max_depth = '6'");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Not applied — metrics.rmse compares with a number: write it without quotes (metrics.rmse < 3) (at character 16).");
    await expect(alert.locator("pre")).toContainText("^^^");
    await expect(filterBox(page)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("59 runs", { exact: true })).toBeVisible(); // the runs without it
    await expect(page).toHaveURL(/filter=metrics.rmse/); // kept as typed, so the link shows the same
    await page.screenshot({ path: `${SHOTS}/runs-03-bad-filter.png` });

    await filterBox(page).fill("metrics.rmse < 6 or params.max_depth = '6'");
    await expect(alert).toContainText("OR is not supported");
    await filterBox(page).fill("params.max_depth = '6'");
    await expect(alert).toHaveCount(0);
    await expect(filterBox(page)).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(/of 59 runs match/)).toBeVisible();
    // Plain words find run names.
    await filterBox(page).fill("owl");
    await expect(page).toHaveURL(/filter=owl/);
    await expect
      .poll(async () => {
        const names = await table(page).getByRole("row").locator("td:nth-child(2)").allInnerTexts();
        return names.length > 0 && names.every((n) => n.includes("owl"));
      })
      .toBe(true);
    await expect(page.getByText(/of 59 runs match/)).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("without Orrery's run search (a plain DataHub), the browser filters and sorts all the runs it loaded, and says so", async ({ page, request }) => {
    const errors = watchErrors(page);
    const filter = "metrics.rmse < 6 and attributes.status = 'FINISHED'";
    const expected = await searchRuns(request, big, { filter, count: 0 });
    await page.goto(`${PLAIN}${entitiesUrl(big, `?filter=${encodeURIComponent(filter)}&sort=metric%3Armse&dir=asc`)}`);
    await expect(page.getByRole("note")).toContainText("This server has no run search: all 59 runs are loaded and filtered and sorted in your browser.");
    await expect(page.getByText(`${expected.total} runs`, { exact: true })).toBeVisible();
    const rmse = numbers(await columnValues(page, "rmse"));
    expect(rmse).toEqual([...rmse].sort((a, b) => a - b));
    expect(rmse.every((v) => v < 6)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/runs-04-without-run-search.png` });
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });
});

test.describe("a run", () => {
  let tuned: string;
  test.beforeAll(async ({ request }) => {
    tuned = await urnOf(request, "xgb-tuned", "DATA_PROCESS_INSTANCE");
  });

  test("its metric history by step and by time, a metric picker, and its user and commit as fields", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`/run/${encodeURIComponent(tuned)}/summary`);
    const facts = page.getByRole("region", { name: "Run", exact: true });
    await expect(facts).toContainText("Userbob");
    await expect(facts).toContainText("Sourcetrain.pylocal");
    await expect(facts).toContainText("Git commit9f2c1e7b4a5d");
    await expect(facts).toContainText("Branchtuning");
    await expect(facts).toContainText("Repositoryhttps://git.example.com/acme/churn-models.git");

    const history = page.getByRole("region", { name: "Metric history" });
    const metric = history.getByRole("combobox", { name: "Metric" });
    await expect(metric).toHaveValue("train/loss"); // a loss first
    await expect(history.locator("[data-chart=run-history] .recharts-line-dot")).toHaveCount(5);
    await expect(history.getByRole("img")).toHaveAttribute("aria-label", "Line chart of train/loss by step, 5 points");
    await metric.selectOption("val/auc");
    await expect(page).toHaveURL(/metric=val%2Fauc/);
    await expect(history.getByText("higher is better")).toBeVisible();
    await expect(history.locator("[data-chart=run-history] .recharts-line-dot")).toHaveCount(2);
    await history.getByText("time", { exact: true }).click();
    await expect(page).toHaveURL(/x=time/);
    await expect(history.getByRole("img")).toHaveAttribute("aria-label", "Line chart of val/auc by time, 2 points");
    // A value logged once has no curve, and says so.
    await metric.selectOption("lr");
    await expect(history).toContainText("lr was logged once (0.00005): there is no curve to draw.");
    await page.reload();
    await expect(history.getByRole("combobox", { name: "Metric" })).toHaveValue("lr");
    expect(errors).toEqual([]);
  });
});

test("the comparison's charts in dark mode: a readable tooltip, and a faint band behind the hovered bar", async ({ page, request }) => {
  const errors = watchErrors(page);
  const runs = await Promise.all(["baseline-logreg", "xgb-tuned"].map((n) => urnOf(request, n, "DATA_PROCESS_INSTANCE")));
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`/compare?${runs.map((r) => `run=${encodeURIComponent(r)}`).join("&")}&metric=train%2Floss`);
  const bars = page.locator("[data-chart=bars]");
  await expect(bars.locator(".recharts-bar-rectangle")).toHaveCount(2);
  const box = (await bars.locator(".recharts-bar-rectangle").first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tooltip = bars.locator(".recharts-default-tooltip");
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText("baseline-logreg");
  const colours = await tooltip.evaluate((el) => {
    const s = getComputedStyle(el);
    const label = getComputedStyle(el.querySelector(".recharts-tooltip-label")!);
    return { background: s.backgroundColor, label: label.color };
  });
  expect(colours).toEqual({ background: "rgb(15, 23, 42)", label: "rgb(241, 245, 249)" });
  const cursor = bars.locator(".recharts-tooltip-cursor");
  await expect(cursor).toHaveAttribute("fill-opacity", "0.1");
  await page.screenshot({ path: `${SHOTS}/runs-05-compare-tooltip-dark.png` });

  const history = page.locator("[data-chart=history]");
  const hbox = (await history.locator(".recharts-cartesian-grid").boundingBox())!;
  await page.mouse.move(hbox.x + hbox.width * 0.5, hbox.y + hbox.height * 0.5);
  await expect(history.locator(".recharts-default-tooltip")).toBeVisible();
  expect(await history.locator(".recharts-default-tooltip").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(15, 23, 42)");
  await page.screenshot({ path: `${SHOTS}/runs-06-compare-history-tooltip-dark.png` });
  expect(errors).toEqual([]);
});

test("screenshots of the runs table and a run page, light and dark, 1,440 and 390 px wide; no accessibility violations, no sideways overflow", async ({
  page,
  request,
}) => {
  const big = await urnOf(request, BIG, "CONTAINER");
  const tuned = await urnOf(request, "xgb-tuned", "DATA_PROCESS_INSTANCE");
  const views: Array<[string, string]> = [
    ["runs-table", entitiesUrl(big, "?filter=metrics.rmse+%3C+6&sort=metric%3Armse&dir=asc")],
    ["run-page", `/run/${encodeURIComponent(tuned)}/summary`],
  ];
  for (const [name, url] of views)
    for (const width of [1440, 390])
      for (const scheme of ["light", "dark"] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        if (name === "runs-table") await expect(table(page).getByRole("row").nth(1)).toBeVisible();
        else await expect(page.locator("[data-chart=run-history] .recharts-line")).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} at ${width} px, ${scheme}`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SHOTS}/runs-${name}-${width}-${scheme}.png`, fullPage: true });
        if (width === 1440) {
          const axe = await new AxeBuilder({ page }).analyze();
          expect(axe.violations.map((v) => `${name} ${scheme}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
        }
      }
});
