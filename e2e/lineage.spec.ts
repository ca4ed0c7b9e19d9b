/**
 * The lineage explorer in real Chromium against the real server and the demo catalog: the seed
 * run's graph, selection, path mode, search-in-graph, kind filter, expand/collapse, fan-out, keyboard,
 * shareable URLs and every export. Screenshots of each state go to test-results/screenshots/lineage-*.
 */
import fs from "node:fs";
import { watchErrors } from "./helpers";
import { test, expect, type Page, type Locator } from "@playwright/test";

const SHOTS = "test-results/screenshots";
const RUN = "urn:li:dataProcessInstance:simple_training_run";
const INPUT = "urn:li:dataset:(urn:li:dataPlatform:snowflake,iris_input,PROD)";
const OUTPUT = "urn:li:dataset:(urn:li:dataPlatform:snowflake,iris_output,PROD)";
const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)";
const GROUP = "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,airline_forecast_models_group,PROD)";

const graph = (page: Page) => page.getByTestId("lineage-graph");
const node = (page: Page, urn: string): Locator => graph(page).locator(`.react-flow__node[data-id="${urn}"]`);
const edge = (page: Page, source: string, target: string) => graph(page).locator(`[data-testid="rf__edge-${source}\u2192${target}"]`);

async function ready(page: Page) {
  await expect(graph(page)).toHaveAttribute("data-ready", "true");
}

async function shot(page: Page, name: string) {
  await page.waitForTimeout(350); // let fit / centre animations settle
  await page.screenshot({ path: `${SHOTS}/lineage-${name}.png`, fullPage: true });
}


test("the seed run's graph: iris_input → run → ARIMA model → group, and run → iris_output", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`/run/${encodeURIComponent(RUN)}/lineage?down=2`);
  await ready(page);
  for (const u of [RUN, INPUT, OUTPUT, MODEL, GROUP]) await expect(node(page, u)).toBeVisible();
  await expect(edge(page, INPUT, RUN)).toHaveCount(1);
  await expect(edge(page, RUN, MODEL)).toHaveCount(1);
  await expect(edge(page, MODEL, GROUP)).toHaveCount(1);
  await expect(edge(page, RUN, OUTPUT)).toHaveCount(1);
  // Left to right: input, run, model, group.
  const x = async (u: string) => (await node(page, u).boundingBox())!.x;
  expect(await x(INPUT)).toBeLessThan(await x(RUN));
  expect(await x(RUN)).toBeLessThan(await x(MODEL));
  expect(await x(MODEL)).toBeLessThan(await x(GROUP));
  await expect(node(page, MODEL)).toContainText("champion");
  await expect(node(page, RUN)).toContainText("Failure");
  await shot(page, "01-run-tab");

  // The one-hop lists stay below the graph.
  await expect(page.getByRole("region", { name: /Upstream/ }).getByRole("link", { name: "Iris Training Input Data" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("selecting a node lights its paths and dims the rest; the side panel previews it; Esc clears", async ({ page }) => {
  await page.goto(`/lineage?urn=${encodeURIComponent(RUN)}&down=2`);
  await ready(page);
  await node(page, MODEL).click();
  await expect(page).toHaveURL(/[?&]sel=/);
  await expect(node(page, MODEL).locator("[data-look]")).toHaveAttribute("data-look", "selected");
  await expect(node(page, INPUT).locator("[data-look]")).toHaveAttribute("data-look", "lit");
  await expect(node(page, GROUP).locator("[data-look]")).toHaveAttribute("data-look", "lit");
  await expect(node(page, OUTPUT).locator("[data-look]")).toHaveAttribute("data-look", "dim");
  const panel = page.getByRole("complementary", { name: "Selected in the graph" });
  await expect(panel.getByRole("heading", { name: "ARIMA Model" })).toBeVisible();
  await expect(panel.getByRole("link", { name: "Open page" })).toBeVisible();
  await shot(page, "02-selected");

  // The selection is in the URL: a reload shows the same view.
  await page.reload();
  await ready(page);
  await expect(node(page, OUTPUT).locator("[data-look]")).toHaveAttribute("data-look", "dim");

  // Keyboard: arrows move the selection along lineage, Escape clears, Enter opens.
  await graph(page).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(node(page, RUN).locator("[data-look]")).toHaveAttribute("data-look", "selected");
  await page.keyboard.press("ArrowLeft");
  await expect(node(page, INPUT).locator("[data-look]")).toHaveAttribute("data-look", "selected");
  await page.keyboard.press("Escape");
  await expect(page).not.toHaveURL(/[?&]sel=/);
  await expect(node(page, OUTPUT).locator("[data-look]")).toHaveAttribute("data-look", "plain");
  await page.keyboard.press("ArrowRight"); // selects the focus first
  await expect(node(page, RUN).locator("[data-look]")).toHaveAttribute("data-look", "selected");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Simple Training Run" })).toBeVisible();
});

test("path mode: pick two nodes and every path between them lights up", async ({ page }) => {
  await page.goto(`/lineage?urn=${encodeURIComponent(RUN)}&down=2`);
  await ready(page);
  await page.getByRole("button", { name: "Path between two" }).click();
  await expect(page.getByText("Pick the first node")).toBeVisible();
  await node(page, INPUT).click();
  await expect(page.getByText("Pick the second node")).toBeVisible();
  await node(page, GROUP).click();
  // input → run → group directly (the group names the run as a training job) and input → run → model → group.
  await expect(page.getByText("4 nodes on the paths")).toBeVisible();
  for (const u of [INPUT, GROUP]) await expect(node(page, u).locator("[data-look]")).toHaveAttribute("data-look", "end");
  for (const u of [RUN, MODEL]) await expect(node(page, u).locator("[data-look]")).toHaveAttribute("data-look", "lit");
  await expect(node(page, OUTPUT).locator("[data-look]")).toHaveAttribute("data-look", "dim");
  await expect(edge(page, MODEL, GROUP)).toHaveClass(/lineage-edge-lit/);
  await expect(edge(page, RUN, OUTPUT)).toHaveClass(/lineage-edge-dim/);
  await shot(page, "03-path-mode");

  // Two nodes with no path between them say so.
  await page.getByRole("button", { name: "Path between two" }).click();
  await node(page, OUTPUT).click();
  await node(page, MODEL).click();
  await expect(page.getByText("No path between these two")).toBeVisible();
});

test("search in the graph marks matches and steps through them", async ({ page }) => {
  await page.goto(`/lineage?urn=${encodeURIComponent(RUN)}&down=2`);
  await ready(page);
  await page.getByPlaceholder("Find in graph").fill("iris");
  await expect(page.getByText("1 of 2")).toBeVisible();
  await expect(page).toHaveURL(/[?&]find=iris/);
  await expect(node(page, INPUT).locator("[data-look]")).toHaveAttribute("data-match", "true");
  await expect(node(page, OUTPUT).locator("[data-look]")).toHaveAttribute("data-match", "true");
  await expect(node(page, MODEL).locator("[data-look]")).not.toHaveAttribute("data-match", "true");
  await page.getByPlaceholder("Find in graph").press("Enter");
  await expect(page.getByText("2 of 2")).toBeVisible();
  await shot(page, "04-search");
  await page.getByPlaceholder("Find in graph").fill("no such thing");
  await expect(page.getByText("no match")).toBeVisible();
});

test("the kind filter hides training runs and joins what they connected with indirect edges", async ({ page }) => {
  await page.goto(`/dataset/${encodeURIComponent(INPUT)}/lineage?down=2`);
  await ready(page);
  await expect(node(page, RUN)).toBeVisible();
  await page.getByRole("button", { name: /^Kinds/ }).click();
  await page.getByRole("checkbox", { name: "Training runs" }).uncheck();
  await expect(page).toHaveURL(/[?&]types=/);
  await ready(page);
  await expect(node(page, RUN)).toHaveCount(0);
  await expect(node(page, MODEL)).toBeVisible();
  await expect(edge(page, INPUT, MODEL)).toHaveClass(/lineage-edge-indirect/);
  await page.keyboard.press("Escape");
  await shot(page, "05-kind-filter");
});

test("expand and collapse a node; the view survives a reload and opens full screen", async ({ page }) => {
  await page.goto(`/dataset/${encodeURIComponent(INPUT)}/lineage?down=1`);
  await ready(page);
  await expect(node(page, MODEL)).toHaveCount(0);
  await shot(page, "06-before-expand");
  await node(page, RUN).locator('button[data-expand="downstream"]').click();
  await expect(page).toHaveURL(/[?&]xd=/);
  await expect(node(page, MODEL)).toBeVisible();
  await expect(node(page, OUTPUT)).toBeVisible();
  await ready(page);
  await shot(page, "07-expanded");

  await page.reload();
  await ready(page);
  await expect(node(page, MODEL)).toBeVisible();

  await node(page, RUN).locator('button[data-collapse="downstream"]').click();
  await expect(page).toHaveURL(/[?&]cd=/);
  await expect(node(page, MODEL)).toHaveCount(0);
  await node(page, RUN).locator('button[data-expand="downstream"]').click();
  await expect(node(page, MODEL)).toBeVisible();

  // Full screen keeps the view.
  await page.getByRole("link", { name: "Full screen" }).click();
  await expect(page).toHaveURL(/\/lineage\?urn=/);
  await expect(page.getByRole("heading", { level: 1, name: /Lineage of Iris Training Input Data/ })).toBeVisible();
  await ready(page);
  await expect(node(page, MODEL)).toBeVisible();
});

test("fan-out shows 10 children at a time, with +N more, a searchable list and more pages", async ({ page, request }) => {
  // A dataset of the generated catalog that many runs read.
  const res = await request.post("/api/graphql", {
    data: { query: `{ searchAcrossEntities(input: { types: [DATASET], query: "*", start: 0, count: 1000 }) { searchResults { entity { urn } } } }` },
  });
  // (the scale spec's synthetic graph is left out: its nodes have ten neighbours at most by design)
  const urns: string[] = (await res.json()).data.searchAcrossEntities.searchResults.map((r: { entity: { urn: string } }) => r.entity.urn).filter((u: string) => !u.includes("lineage_bench."));
  let busy: { urn: string; n: number } | null = null;
  for (const u of urns) {
    const r = await request.post("/api/graphql", { data: { query: `query($u: String!) { lineageGraph(input: { urn: $u, upstreamHops: 0, downstreamHops: 1 }) { nodes { urn direction } } }`, variables: { u } } });
    const n = (await r.json()).data.lineageGraph.nodes.length - 1;
    if (n > 12) {
      busy = { urn: u, n };
      break;
    }
  }
  expect(busy, "the demo catalog has a dataset with more than 12 downstream assets").not.toBeNull();
  await page.goto(`/lineage?urn=${encodeURIComponent(busy!.urn)}&up=0&down=1`);
  await ready(page);
  await expect(graph(page)).toHaveAttribute("data-nodes", "11");
  const more = graph(page).getByRole("button", { name: /^\+\d+ more downstream$/ });
  await expect(more).toHaveText(`+${busy!.n - 10} more downstream`);
  await shot(page, "08-fan-out");
  await more.click();
  const panel = page.getByRole("complementary", { name: "Selected in the graph" });
  const list = panel.getByRole("list", { name: "Hidden assets" });
  await expect(list.getByRole("listitem")).toHaveCount(busy!.n - 10);
  const firstHidden = (await list.getByRole("listitem").first().locator("span.block").first().textContent())!;
  await panel.getByPlaceholder("Search this list").fill(firstHidden);
  await expect(list.getByRole("listitem").first()).toContainText(firstHidden);
  await shot(page, "09-more-list");
  await list.getByRole("button", { name: `Show ${firstHidden} in the graph` }).first().click();
  await expect(graph(page)).toHaveAttribute("data-nodes", "12");
  await expect(page).toHaveURL(/[?&]pin=/);
  await more.click();
  await panel.getByRole("button", { name: /Show \d+ more in the graph/ }).click();
  // The pinned child sorts among the first 20, so a second page shows 20 children in all.
  await expect(graph(page)).toHaveAttribute("data-nodes", String(1 + Math.min(busy!.n, 20)));
});

test("exports the whole graph as PNG, SVG and JSON", async ({ page }) => {
  await page.goto(`/lineage?urn=${encodeURIComponent(RUN)}&down=2`);
  await ready(page);
  // Zoom far in, so that an export of only the viewport would be visibly cropped.
  for (let i = 0; i < 6; i++) await page.getByRole("button", { name: "Zoom In" }).click();

  const save = async (label: RegExp) => {
    await page.getByRole("button", { name: "Export" }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: label }).click()]);
    const file = `test-results/export-${download.suggestedFilename()}`;
    await download.saveAs(file);
    return { name: download.suggestedFilename(), data: fs.readFileSync(file) };
  };

  const png = await save(/PNG/);
  expect(png.name).toBe("Simple_Training_Run-lineage.png");
  expect(png.data.subarray(1, 4).toString()).toBe("PNG");
  const width = png.data.readUInt32BE(16);
  const height = png.data.readUInt32BE(20);
  // Four columns of 240 px cards with 90 px gaps and 40 px padding each side: the whole graph.
  expect(width).toBeGreaterThanOrEqual(4 * 240 + 3 * 90 + 80 - 2);
  expect(height).toBeGreaterThan(64 * 2);

  const svg = await save(/SVG/);
  const svgText = svg.data.toString();
  expect(svgText).toMatch(/^<svg/);
  for (const name of ["Iris Training Input Data", "Simple Training Run", "ARIMA Model", "Airline Forecast Models Group", "Iris Model Output Data"]) expect(svgText).toContain(name);

  const json = JSON.parse((await save(/JSON/)).data.toString());
  expect(json.focus).toBe(RUN);
  expect(json.nodes.map((n: { urn: string }) => n.urn).sort()).toEqual([GROUP, INPUT, MODEL, OUTPUT, RUN].sort());
  expect(json.edges).toEqual(expect.arrayContaining([{ source: INPUT, target: RUN, type: "DataProcessInstanceConsumes" }, { source: MODEL, target: GROUP, type: "MemberOf" }]));
});

test("dark mode, an unknown urn and a malformed one", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`/lineage?urn=${encodeURIComponent(RUN)}&down=2&sel=${encodeURIComponent(MODEL)}`);
  await ready(page);
  await shot(page, "10-dark");
  await page.goto(`/lineage?urn=${encodeURIComponent("urn:li:mlModel:(urn:li:dataPlatform:mlflow,no_such_model,PROD)")}`);
  await expect(page.getByRole("alert")).toContainText("No asset with this URN");
  await page.goto(`/lineage?urn=${encodeURIComponent("urn:li:mlModel:(broken")}`);
  await expect(page.getByRole("alert")).toContainText(/urn/i);
  await shot(page, "11-malformed");
});

test("two quick expansions both land in the URL, and the reconciled view matches after a reload", async ({ page, request }) => {
  // A dataset of the generated catalog that several training runs read.
  const res = await request.post("/api/graphql", {
    data: { query: `{ searchAcrossEntities(input: { types: [DATASET], query: "*", start: 0, count: 1000 }) { searchResults { entity { urn } } } }` },
  });
  // (the scale spec's synthetic graph is left out: its nodes have ten neighbours at most by design)
  const urns: string[] = (await res.json()).data.searchAcrossEntities.searchResults.map((r: { entity: { urn: string } }) => r.entity.urn).filter((u: string) => !u.includes("lineage_bench."));
  let focus: string | null = null;
  let runs: string[] = [];
  for (const u of urns) {
    const r = await request.post("/api/graphql", {
      data: { query: `query($u: String!) { lineageGraph(input: { urn: $u, upstreamHops: 0, downstreamHops: 1 }) { nodes { urn downstreamExplored } } }`, variables: { u } },
    });
    const nodes: Array<{ urn: string; downstreamExplored: boolean }> = (await r.json()).data.lineageGraph.nodes;
    const expandable = nodes.filter((n) => n.urn.startsWith("urn:li:dataProcessInstance:") && !n.downstreamExplored).map((n) => n.urn);
    if (expandable.length >= 2 && nodes.length <= 11) {
      focus = u;
      runs = expandable.slice(0, 2);
      break;
    }
  }
  expect(focus, "a dataset read by two runs with outputs").not.toBeNull();
  await page.goto(`/lineage?urn=${encodeURIComponent(focus!)}&up=0&down=1`);
  await ready(page);
  const before = Number(await graph(page).getAttribute("data-nodes"));
  // Both clicks before either URL change is written.
  await page.evaluate((rs) => {
    for (const r of rs) (document.querySelector(`.react-flow__node[data-id="${r}"] button[data-expand="downstream"]`) as HTMLButtonElement).click();
  }, runs);
  await expect.poll(async () => new URL(page.url()).searchParams.getAll("xd").sort()).toEqual([...runs].sort());
  await expect.poll(async () => Number(await graph(page).getAttribute("data-nodes"))).toBeGreaterThan(before);
  for (const r of runs) await expect(node(page, r).locator('button[data-collapse="downstream"]')).toHaveCount(1);
  const shown = await graph(page).getAttribute("data-nodes");
  // After the pause the view's own query reconciles; a reload shows the same graph.
  await page.waitForTimeout(1800);
  await ready(page);
  await expect(graph(page)).toHaveAttribute("data-nodes", shown!);
  await page.reload();
  await ready(page);
  await expect(graph(page)).toHaveAttribute("data-nodes", shown!);
});
