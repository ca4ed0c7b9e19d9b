/**
 * The lineage explorer in real Chromium against the real server and the demo catalog: the seed
 * run's graph, selection, path mode, search-in-graph, kind filter, expand/collapse, fan-out, keyboard,
 * shareable URLs and every export. Screenshots of each state go to test-results/screenshots/lineage-*.
 */
import fs from "node:fs";
import { watchErrors } from "./helpers";
import { test, expect, type Page, type Locator } from "@playwright/test";
import { PNG } from "pngjs";

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
  // The group names the run as its training job: a link that skips the model's column.
  await expect(edge(page, RUN, GROUP)).toHaveCount(1);
  await expect(page.getByRole("complementary", { name: "Selected in the graph" })).toContainText("5 assets, 5 links.");
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

/** Every node's box on screen, by urn. */
async function nodeBoxes(page: Page) {
  return graph(page)
    .locator(".react-flow__node")
    .evaluateAll((els) =>
      els.map((el) => ({
        id: el.getAttribute("data-id")!,
        box: el.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number },
      })),
    );
}

/**
 * What the browser draws for each edge: its line sampled every few pixels and its arrowhead's tip, in
 * screen coordinates, with the edge's two ends.
 */
async function drawnEdges(page: Page) {
  return graph(page)
    .locator(".react-flow__edge-lineage")
    .evaluateAll((els) =>
      els.map((g) => {
        const line = g.querySelector("path.lineage-edge-line") as SVGPathElement;
        const arrow = g.querySelector("path.lineage-edge-arrow") as SVGPathElement | null;
        const m = line.getScreenCTM()!;
        const toScreen = (x: number, y: number) => ({ x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f });
        const len = line.getTotalLength();
        const points = Array.from({ length: Math.ceil(len / 3) + 1 }, (_, i) => {
          const p = line.getPointAtLength(Math.min(len, i * 3));
          return toScreen(p.x, p.y);
        });
        const tip = arrow?.getAttribute("d")?.match(/^M(-?[\d.]+),(-?[\d.]+)/);
        const [source, target] = g.getAttribute("data-id")!.split("\u2192");
        return {
          source: source!,
          target: target!,
          points,
          tip: tip ? toScreen(Number(tip[1]), Number(tip[2])) : null,
          fill: arrow?.getAttribute("fill") ?? null,
          stroke: line.getAttribute("stroke"),
          label: g.getAttribute("aria-label"),
        };
      }),
    );
}

const inside = (p: { x: number; y: number }, b: { x: number; y: number; width: number; height: number }, inset = 1.5) =>
  p.x > b.x + inset && p.x < b.x + b.width - inset && p.y > b.y + inset && p.y < b.y + b.height - inset;

for (const scheme of ["light", "dark"] as const) {
  test(`every edge ends in an arrowhead at its target, in the scheme's colour, and none passes under a card (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/run/${encodeURIComponent(RUN)}/lineage?down=2`);
    await ready(page);
    const boxes = await nodeBoxes(page);
    const edges = await drawnEdges(page);
    expect(edges).toHaveLength(5);
    const colour = scheme === "dark" ? "#94a3b8" : "#64748b";
    for (const e of edges) {
      expect(e.stroke).toBe(colour);
      expect(e.fill, `arrowhead of ${e.source} → ${e.target}`).toBe(colour);
      // The tip touches the target card's left side, at its middle.
      const t = boxes.find((b) => b.id === e.target)!.box;
      expect(Math.abs(e.tip!.x - t.x)).toBeLessThan(2);
      expect(Math.abs(e.tip!.y - (t.y + t.height / 2))).toBeLessThan(2);
      // No point of the line is inside a card.
      for (const b of boxes) for (const p of e.points) expect(inside(p, b.box), `${e.source} → ${e.target} passes under ${b.id}`).toBe(false);
    }
    // The relationship, in plain words, is each edge's accessible name.
    expect(edges.map((e) => e.label).sort()).toEqual(
      [
        "ARIMA Model member of Airline Forecast Models Group",
        "Iris Training Input Data read by Simple Training Run",
        "Simple Training Run produced Iris Model Output Data",
        "Simple Training Run trained Airline Forecast Models Group",
        "Simple Training Run trained ARIMA Model",
      ].sort(),
    );

    // The focus: marked "Focus" in words, on a tinted card with a thick border (not colour alone).
    const focus = node(page, RUN).locator("[data-look]");
    await expect(focus).toHaveAttribute("data-focus", "true");
    await expect(focus).toContainText("Focus");
    await expect(node(page, MODEL).locator("[data-look]")).not.toHaveAttribute("data-focus", "true");
    const [focusBg, plainBg, width] = await Promise.all([
      focus.evaluate((el) => getComputedStyle(el).backgroundColor),
      node(page, OUTPUT)
        .locator("[data-look]")
        .evaluate((el) => getComputedStyle(el).backgroundColor),
      focus.evaluate((el) => getComputedStyle(el).borderLeftWidth),
    ]);
    expect(focusBg).not.toBe(plainBg);
    expect(width).toBe("3px");
    await shot(page, `12-arrows-focus-${scheme}`);
  });
}

test("hovering an edge names the relationship; the side panel lists the selection's links in the same words", async ({ page }) => {
  await page.goto(`/lineage?urn=${encodeURIComponent(RUN)}&down=2`);
  await ready(page);
  const e = (await drawnEdges(page)).find((x) => x.source === INPUT && x.target === RUN)!;
  const mid = e.points[Math.floor(e.points.length / 2)]!;
  await page.mouse.move(mid.x, mid.y);
  const tip = page.getByRole("tooltip");
  await expect(tip).toContainText("read by");
  await expect(tip).toContainText("Iris Training Input Data read by Simple Training Run");
  await expect(tip).not.toContainText("DataProcessInstance");
  await shot(page, "13-edge-hover");
  await page.mouse.move(5, 5);
  await expect(tip).toHaveCount(0);

  await node(page, MODEL).click();
  const panel = page.getByRole("complementary", { name: "Selected in the graph" });
  await expect(panel.getByRole("region", { name: "Upstream links" })).toContainText("trained by Simple Training Run");
  await expect(panel.getByRole("region", { name: "Downstream links" })).toContainText("member of Airline Forecast Models Group");
  // A name in the list selects that asset.
  await panel.getByRole("region", { name: "Downstream links" }).getByRole("button", { name: "Airline Forecast Models Group" }).click();
  await expect(panel.getByRole("heading", { name: "Airline Forecast Models Group" })).toBeVisible();
  await expect(panel.getByRole("region", { name: "Upstream links" })).toContainText("has member ARIMA Model");
});

test("changing the hops fits the new graph in view; the overview map never covers a card and can be hidden", async ({ page }) => {
  await page.goto(`/dataset/${encodeURIComponent(INPUT)}/lineage?down=1`);
  await ready(page);
  await expect(graph(page)).toHaveAttribute("data-nodes", "2");
  const allInView = async () => {
    const pane = (await graph(page).boundingBox())!;
    const map = await graph(page).locator(".react-flow__minimap").boundingBox();
    for (const { id, box } of await nodeBoxes(page)) {
      expect(box.x, id).toBeGreaterThanOrEqual(pane.x - 1);
      expect(box.y, id).toBeGreaterThanOrEqual(pane.y - 1);
      expect(box.x + box.width, id).toBeLessThanOrEqual(pane.x + pane.width + 1);
      expect(box.y + box.height, id).toBeLessThanOrEqual(pane.y + pane.height + 1);
      if (map)
        expect(
          box.x + box.width <= map.x || map.x + map.width <= box.x || box.y + box.height <= map.y || map.y + map.height <= box.y,
          `${id} under the overview map`,
        ).toBe(true);
    }
  };
  await allInView();
  await page.getByLabel("Hops downstream").selectOption("3");
  await expect(page).toHaveURL(/[?&]down=3/);
  await ready(page);
  await expect(graph(page)).toHaveAttribute("data-nodes", "5");
  // Every link of the new view is drawn (cards moved by the fresh layout keep their edges).
  await expect(graph(page).locator(".react-flow__edge-lineage")).toHaveCount(5);
  await page.waitForTimeout(300);
  await allInView();
  await expect(graph(page).locator(".react-flow__minimap")).toBeVisible();
  await shot(page, "14-refit-after-hops");
  await page.getByLabel("Hops downstream").selectOption("1");
  await ready(page);
  await expect(graph(page)).toHaveAttribute("data-nodes", "2");
  await allInView();

  // A tall graph (an experiment's runs) fitted beside the map, and the map hidden and shown again.
  await page.goto(`/experiment/${encodeURIComponent("urn:li:container:sagemaker.experiment.churn_retrain_32")}/lineage`);
  await ready(page);
  await page.waitForTimeout(300);
  await allInView();
  await page.getByRole("button", { name: "Hide the overview map" }).click();
  await expect(graph(page).locator(".react-flow__minimap")).toHaveCount(0);
  await page.getByRole("button", { name: "Show the overview map" }).click();
  await expect(graph(page).locator(".react-flow__minimap")).toBeVisible();
  await page.waitForTimeout(300);
  await allInView();
});

test("an experiment's Lineage tab shows its runs' graph, with Full screen; an output dataset says which run produced it", async ({ page }) => {
  const errors = watchErrors(page);
  const EXPERIMENT = "urn:li:container:airline_forecast_experiment";
  await page.goto(`/experiment/${encodeURIComponent(EXPERIMENT)}/lineage`);
  await ready(page);
  for (const u of [RUN, INPUT, OUTPUT, MODEL]) await expect(node(page, u)).toBeVisible();
  await expect(node(page, RUN).locator("[data-look]")).toHaveAttribute("data-focus", "true");
  await expect(edge(page, INPUT, RUN)).toHaveCount(1);
  await expect(edge(page, RUN, OUTPUT)).toHaveCount(1);
  await expect(page.getByText(/An experiment's lineage is its runs'/)).toBeVisible();
  // The lists of what its runs read and produced stay below.
  await expect(page.getByRole("region", { name: /Read by its runs/ })).toContainText("Iris Training Input Data");
  await shot(page, "15-experiment");
  await page.getByRole("link", { name: "Full screen" }).click();
  await expect(page).toHaveURL(/\/lineage\?urn=urn%3Ali%3Acontainer/);
  await expect(page.getByRole("heading", { level: 1, name: "Lineage of Airline Forecast Experiment" })).toBeVisible();
  await ready(page);
  await expect(node(page, RUN)).toBeVisible();
  await expect(page.getByRole("link", { name: "Open Airline Forecast Experiment" })).toBeVisible();
  await shot(page, "16-experiment-full-screen");

  await page.goto(`/dataset/${encodeURIComponent(OUTPUT)}/summary`);
  await expect(page.getByRole("region", { name: "Produced by" }).getByRole("link", { name: "Simple Training Run" })).toBeVisible();
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
  const urns: string[] = (await res.json()).data.searchAcrossEntities.searchResults
    .map((r: { entity: { urn: string } }) => r.entity.urn)
    .filter((u: string) => !u.includes("lineage_bench."));
  let busy: { urn: string; n: number } | null = null;
  for (const u of urns) {
    const r = await request.post("/api/graphql", {
      data: {
        query: `query($u: String!) { lineageGraph(input: { urn: $u, upstreamHops: 0, downstreamHops: 1 }) { nodes { urn direction } } }`,
        variables: { u },
      },
    });
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
  await list
    .getByRole("button", { name: `Show ${firstHidden} in the graph` })
    .first()
    .click();
  await expect(graph(page)).toHaveAttribute("data-nodes", "12");
  await expect(page).toHaveURL(/[?&]pin=/);
  await more.click();
  await panel.getByRole("button", { name: /Show \d+ more in the graph/ }).click();
  // The pinned child sorts among the first 20, so a second page shows 20 children in all.
  await expect(graph(page)).toHaveAttribute("data-nodes", String(1 + Math.min(busy!.n, 20)));
});

/** Exports the view in `format` through the toolbar, saves it under test-results/exports/ and returns it. */
async function exportAs(page: Page, format: "PNG" | "SVG" | "JSON", scheme: string) {
  await page.getByRole("button", { name: "Export" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: new RegExp(format) }).click()]);
  const name = download.suggestedFilename();
  const file = `test-results/exports/${scheme}-${name}`;
  fs.mkdirSync("test-results/exports", { recursive: true });
  await download.saveAs(file);
  return { name, file, data: fs.readFileSync(file) };
}

type Rgb = [number, number, number];
const hex = (h: string): Rgb => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const near = (a: Rgb, b: Rgb, tolerance = 40) => Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) <= tolerance;

/** The colours the explorer draws with (src/lineage/edges.tsx, export-content.ts). */
const SCHEMES = {
  light: { edge: "#64748b", background: "#ffffff" },
  dark: { edge: "#94a3b8", background: "#020617" },
} as const;

for (const scheme of ["light", "dark"] as const) {
  test(`exports the whole graph as it is on screen (${scheme}): PNG pixels show edges, arrowheads, the focus and the background; the SVG holds the edge paths and arrowheads where they belong`, async ({
    page,
  }) => {
    const colours = SCHEMES[scheme];
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/lineage?urn=${encodeURIComponent(RUN)}&down=2`);
    await ready(page);
    // Zoom far in, so that an export of only the viewport would be visibly cropped.
    for (let i = 0; i < 6; i++) await page.getByRole("button", { name: "Zoom In" }).click();

    // Where every card is (the JSON export holds the layout's positions, the same the picture is drawn from).
    const json = JSON.parse((await exportAs(page, "JSON", scheme)).data.toString());
    expect(json.focus).toBe(RUN);
    expect(json.nodes.map((n: { urn: string }) => n.urn).sort()).toEqual([GROUP, INPUT, MODEL, OUTPUT, RUN].sort());
    expect(json.edges).toEqual(
      expect.arrayContaining([
        { source: INPUT, target: RUN, type: "DataProcessInstanceConsumes" },
        { source: MODEL, target: GROUP, type: "MemberOf" },
      ]),
    );
    const at: Record<string, { x: number; y: number }> = Object.fromEntries(
      json.nodes.map((n: { urn: string; position: { x: number; y: number } }) => [n.urn, n.position]),
    );
    const W = 240;
    const H = 64;
    const PAD = 40; // export-content.ts IMAGE_PAD: the picture's margin around the cards
    const minX = Math.min(...Object.values(at).map((p) => p.x));
    const minY = Math.min(...Object.values(at).map((p) => p.y));
    const maxX = Math.max(...Object.values(at).map((p) => p.x)) + W;
    const maxY = Math.max(...Object.values(at).map((p) => p.y)) + H;

    // ---- PNG: decode it and look at its pixels.
    const png = await exportAs(page, "PNG", scheme);
    expect(png.name).toBe("Simple_Training_Run-lineage.png");
    const img = PNG.sync.read(png.data);
    expect([img.width, img.height]).toEqual([maxX - minX + 2 * PAD, maxY - minY + 2 * PAD]);
    const px = (gx: number, gy: number): Rgb => {
      const x = Math.round(gx - minX + PAD);
      const y = Math.round(gy - minY + PAD);
      const i = (y * img.width + x) * 4;
      return [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
    };
    const edgeColour = hex(colours.edge);
    const bg = hex(colours.background);
    /**
     * Whether a pixel is the edge's colour, or the edge's colour blended into the background (a 1.5 px
     * line covers its pixels partly): on the way from the background to the edge colour, at least
     * 40 % of it, and no other hue.
     */
    const isEdge = (p: Rgb) => {
      const d = [edgeColour[0] - bg[0], edgeColour[1] - bg[1], edgeColour[2] - bg[2]];
      const v = [p[0] - bg[0], p[1] - bg[1], p[2] - bg[2]];
      const t = (v[0]! * d[0]! + v[1]! * d[1]! + v[2]! * d[2]!) / (d[0]! ** 2 + d[1]! ** 2 + d[2]! ** 2);
      const off = Math.hypot(v[0]! - t * d[0]!, v[1]! - t * d[1]!, v[2]! - t * d[2]!);
      return t >= 0.4 && t <= 1.15 && off <= 24;
    };
    const inCard = (gx: number, gy: number) => Object.values(at).some((p) => gx >= p.x && gx <= p.x + W && gy >= p.y && gy <= p.y + H);
    /** edge-coloured pixels on the vertical line x = gx between y0 and y1 (graph coordinates) */
    const edgePixels = (gx: number, y0: number, y1: number) => {
      let n = 0;
      for (let gy = Math.floor(y0); gy <= Math.ceil(y1); gy++) if (isEdge(px(gx, gy))) n++;
      return n;
    };

    // The background is the scheme's, in the margin and between the cards.
    expect(near(px(minX - PAD + 2, minY - PAD + 2), hex(colours.background), 6)).toBe(true);

    // Every edge between neighbouring columns: pixels of the edge colour halfway across the gap between its two cards (where no card is).
    const leftMid = (u: string) => ({ x: at[u]!.x, y: at[u]!.y + H / 2 });
    const rightMid = (u: string) => ({ x: at[u]!.x + W, y: at[u]!.y + H / 2 });
    for (const [s, t] of [
      [INPUT, RUN],
      [RUN, MODEL],
      [RUN, OUTPUT],
      [MODEL, GROUP],
    ] as const) {
      const a = rightMid(s);
      const b = leftMid(t);
      const midX = (a.x + b.x) / 2;
      expect(inCard(midX, (a.y + b.y) / 2), "the probe is between cards").toBe(false);
      expect(edgePixels(midX, Math.min(a.y, b.y) - 6, Math.max(a.y, b.y) + 6), `edge ${s} → ${t} is drawn across the gap`).toBeGreaterThan(0);
      // The arrowhead: a filled triangle whose tip touches the target card's left side.
      let head = 0;
      for (let dx = 2; dx <= 9; dx++) head += edgePixels(b.x - dx, b.y - 5, b.y + 5);
      expect(head, `arrowhead of ${s} → ${t}`).toBeGreaterThanOrEqual(20);
    }
    // The arrowhead is wider than the line it ends: on the straight input → run edge, 8 px before the run the
    // triangle is at least 5 px tall, 30 px before it only the line is there.
    const runIn = leftMid(RUN);
    expect(edgePixels(runIn.x - 8, runIn.y - 6, runIn.y + 6)).toBeGreaterThanOrEqual(5);
    expect(edgePixels(runIn.x - 30, runIn.y - 6, runIn.y + 6)).toBeLessThanOrEqual(3);
    // The run → group edge skips the model's column: it crosses it in the space between the model and the output, not under the model card.
    const lane = edgePixels(at[MODEL]!.x + W / 2, at[MODEL]!.y + H, at[OUTPUT]!.y);
    expect(lane, "run → group runs between the model's and the output's cards").toBeGreaterThan(0);

    // The focus stands out: its card is tinted (not the plain cards' colour) and has a thick indigo border.
    const focusInside = px(at[RUN]!.x + W - 14, at[RUN]!.y + H - 7);
    const plainInside = px(at[OUTPUT]!.x + W - 14, at[OUTPUT]!.y + H - 7);
    expect(near(focusInside, plainInside, 30), `focus ${focusInside} vs plain ${plainInside}`).toBe(false);
    expect(focusInside[2] - focusInside[0]).toBeGreaterThanOrEqual(10);
    const border = px(at[RUN]!.x + 1, at[RUN]!.y + H / 2);
    expect(border[2] - border[0], `focus border ${border}`).toBeGreaterThanOrEqual(40);

    // ---- SVG: parse it; the edges' paths and arrowheads are there, in the scheme's colour, where the cards are.
    const svg = await exportAs(page, "SVG", scheme);
    const svgText = svg.data.toString();
    expect(svgText).toMatch(/^<svg/);
    for (const name of ["Iris Training Input Data", "Simple Training Run", "ARIMA Model", "Airline Forecast Models Group", "Iris Model Output Data"])
      expect(svgText).toContain(name);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const paths = (cls: string) =>
        [...doc.querySelectorAll(`path.${cls}`)].map((p) => ({ d: p.getAttribute("d")!, stroke: p.getAttribute("stroke"), fill: p.getAttribute("fill") }));
      const root = doc.querySelector("foreignObject > div") as HTMLElement | null;
      const focus = doc.querySelector('[data-focus="true"]');
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        lines: paths("lineage-edge-line"),
        arrows: paths("lineage-edge-arrow"),
        background: root?.getAttribute("style")?.match(/background(?:-color)?: [^;]*?(rgb\([^)]*\))/)?.[1] ?? null,
        focus: focus ? { text: focus.textContent, node: focus.closest("[data-id]")?.getAttribute("data-id") } : null,
      };
    }, svgText);
    expect(parsed.error).toBeNull();
    expect(parsed.lines).toHaveLength(5);
    expect(parsed.arrows).toHaveLength(5);
    for (const l of parsed.lines) expect(l.stroke).toBe(colours.edge);
    for (const a of parsed.arrows) expect(a.fill).toBe(colours.edge);
    const numbers = (d: string) => [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
    const tips = parsed.arrows.map((a) => numbers(a.d).slice(0, 2));
    const starts = parsed.lines.map((l) => numbers(l.d).slice(0, 2));
    for (const e of json.edges as Array<{ source: string; target: string }>) {
      // Each edge's arrowhead tip is on its target's left side, each line starts at its source's right side.
      expect(tips, `arrowhead at ${e.target}`).toContainEqual([leftMid(e.target).x, leftMid(e.target).y]);
      expect(starts, `line from ${e.source}`).toContainEqual([rightMid(e.source).x, rightMid(e.source).y]);
    }
    // The arrowheads point right: each is a triangle whose base is 10 px left of its tip.
    for (const a of parsed.arrows) {
      const [tx, ty, bx1, by1, bx2, by2] = numbers(a.d);
      expect([bx1, bx2]).toEqual([tx! - 10, tx! - 10]);
      expect(Math.abs(by1! - by2!)).toBe(10);
      expect((by1! + by2!) / 2).toBeCloseTo(ty!);
    }
    expect(parsed.background).toBe(scheme === "dark" ? "rgb(2, 6, 23)" : "rgb(255, 255, 255)");
    expect(parsed.focus).toEqual({ text: expect.stringContaining("Focus"), node: RUN });
  });
}

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
  const urns: string[] = (await res.json()).data.searchAcrossEntities.searchResults
    .map((r: { entity: { urn: string } }) => r.entity.urn)
    .filter((u: string) => !u.includes("lineage_bench."));
  let focus: string | null = null;
  let runs: string[] = [];
  for (const u of urns) {
    const r = await request.post("/api/graphql", {
      data: {
        query: `query($u: String!) { lineageGraph(input: { urn: $u, upstreamHops: 0, downstreamHops: 1 }) { nodes { urn downstreamExplored } } }`,
        variables: { u },
      },
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
