/**
 * The lineage explorer on a 500-node graph: the benchmark's synthetic lineage (bench/lineage-graph.ts)
 * is loaded into the running e2e server the way a team would load it — `orrery token create` and
 * `orrery ingest --server --token` — then opened, zoomed, searched and expanded in real Chromium.
 * Screenshots: test-results/screenshots/lineage-500-*.png.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { ownCatalog } from "./own-catalog";
import { generateLineageGraph, type LineageBenchGraph } from "../bench/lineage-graph";
import { ingestThroughCli } from "./helpers";

const { test, catalog } = ownCatalog();

const SHOTS = "test-results/screenshots";

let g: LineageBenchGraph;

test.beforeAll(async () => {
  const { url, db } = await catalog.start();
  g = generateLineageGraph(500);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-e2e-scale-"));
  try {
    const file = path.join(dir, "lineage-500.json");
    fs.writeFileSync(file, JSON.stringify(g.proposals));
    const out = ingestThroughCli(file, url, db);
    expect(out).toMatch(/(\d+) of \1 proposals accepted, 0 rejected/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const graph = (page: Page) => page.getByTestId("lineage-graph");
const view = () => `/lineage?urn=${encodeURIComponent(g.focusUrn)}&up=${g.upstreamHops}&down=${g.downstreamHops}`;

test("500 nodes open at once, as kind-coloured blocks zoomed out and as cards zoomed in", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(view());
  await expect(graph(page)).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
  await expect(graph(page)).toHaveAttribute("data-nodes", String(g.expectedNodes));
  // Laid out (where and how long: the worker above 300 nodes for a full layout; placements of new
  // nodes next to placed ones run on the main thread), and fitted: zoomed out, cards are blocks.
  await expect(graph(page)).toHaveAttribute("data-layout", /^(worker|main):\d/);
  const focus = graph(page).locator(`.react-flow__node[data-id="${g.focusUrn}"]`);
  await expect(focus).toBeVisible();
  await expect(focus).not.toContainText("churn_training_set");
  await expect(page.getByRole("list", { name: /Colours of the kinds/ })).toContainText("Training runs");
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/lineage-500-overview.png` });

  // Search-in-graph zooms to the match: the cards there are readable.
  await page.getByPlaceholder("Find in graph").fill("churn_training_set");
  await expect(page.getByText("1 of 1")).toBeVisible();
  await expect(focus).toContainText("churn_training_set");
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/lineage-500-zoomed.png` });

  // Expanding a frontier node adds its hidden neighbours without moving the others.
  await page.getByPlaceholder("Find in graph").fill("");
  const frontier = g.expandable[0]!;
  await page.goto(`${view()}&find=${encodeURIComponent(frontier.split(",")[1]!)}`);
  await expect(graph(page)).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
  const target = graph(page).locator(`.react-flow__node[data-id="${frontier}"]`);
  await expect(target).toBeVisible();
  const placed = () =>
    page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLElement>(".react-flow__node")].map((n) => [n.dataset.id!, n.style.transform])));
  const before = await placed();
  await target.locator('button[data-expand="downstream"]').click();
  await expect(graph(page)).toHaveAttribute("data-nodes", String(g.expectedNodes + g.hidden[frontier]!.length));
  for (const h of g.hidden[frontier]!) await expect(graph(page).locator(`.react-flow__node[data-id="${h}"]`)).toBeVisible();
  const after = await placed();
  const kept = Object.keys(before).filter((id) => id in after);
  expect(kept.length).toBeGreaterThan(3); // the view recentres on the new nodes; those on screen both times
  for (const id of kept) expect(after[id], id).toBe(before[id]);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/lineage-500-expanded.png` });
});
