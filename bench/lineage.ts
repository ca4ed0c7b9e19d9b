/**
 * Lineage-view benchmark: real Chromium against the real server, on catalogs holding a synthetic
 * lineage graph of a given size (bench/lineage-graph.ts) plus some unrelated entities.
 *
 *   npm run bench:lineage -- [--sizes 100,500,1000,2000] [--samples N] [--frame-runs N] [--expands N]
 *                            [--background N] [--timeout MS] [--no-build] [--out FILE]
 *
 * For each size: builds a fresh SQLite catalog through the ingestion path, starts the server and
 * opens the full-screen lineage route, /lineage?urn=<focus>&up=<U>&down=<D>, in a 1600×1000 viewport.
 * Measures (1) open → visible: navigation start to the graph root carrying data-ready="true", in a
 * fresh browser context each time, with the graph's GraphQL request timed alongside; (2) frame times
 * while panning (mouse drags on the pane) and zooming (mouse wheel), from a requestAnimationFrame loop
 * in the page, with an idle baseline; (3) expand latency: clicking a frontier node's downstream
 * expand button until the view has more nodes and the new ones are in the DOM, timed inside the page.
 * Writes bench/results/lineage.json (or --out) and prints a table with the budgets. The machine's load
 * average is recorded too: on a busy machine every figure here is worse.
 *
 * The page contract (src/lineage/explorer.tsx): `[data-testid="lineage-graph"]` with `data-ready`
 * and `data-nodes` (entity nodes in the view); React Flow's `.react-flow__node[data-id=<urn>]` with
 * `button[data-expand="downstream"]`; the pan/zoom surface `.react-flow__pane`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { Command } from "commander";
import { chromium, type Browser, type BrowserContext, type Page, type Request } from "@playwright/test";
import { startServer } from "../server/main";
import { generateCatalog } from "../server/demo/generate";
import { ingestInto, type IngestFigures } from "./catalog";
import { generateLineageGraph, type LineageBenchGraph } from "./lineage-graph";
import { summarize } from "./stats";

const list = (v: string) =>
  v
    .split(",")
    .map((x) => Number(x.trim()))
    .filter((x) => Number.isFinite(x) && x > 0);
const opts = new Command()
  .option("--sizes <list>", "graph sizes in entity nodes, comma-separated", list, [100, 500, 1000, 2000])
  .option("--samples <n>", "cold opens per size", (v) => Number(v), 5)
  .option("--frame-runs <n>", "2-second pan/zoom runs per size", (v) => Number(v), 2)
  .option("--expands <n>", "most expansions measured per size", (v) => Number(v), 20)
  .option("--background <n>", "unrelated synthetic entities in each catalog (server/demo/generate/)", (v) => Number(v), 10_000)
  .option("--timeout <ms>", "longest wait for the graph to become ready", (v) => Number(v), 60_000)
  .option("--no-build", "serve the existing dist/ instead of building the web app for this run")
  .option("--out <file>", "where to write the results", "bench/results/lineage.json")
  .parse()
  .opts<{ sizes: number[]; samples: number; frameRuns: number; expands: number; background: number; timeout: number; build: boolean; out: string }>();

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
const VIEWPORT = { width: 1600, height: 1000 };
const GRAPH = '[data-testid="lineage-graph"]';
const READY = '[data-testid="lineage-graph"][data-ready="true"]';
/** how long one pan/zoom run drives the pointer */
const FRAME_RUN_MS = 2000;
/** how long one expansion may take before it counts as failed */
const EXPAND_TIMEOUT_MS = 10_000;

/** The budgets this benchmark is about: a size, a figure of it, and the most that figure may be. */
const BUDGETS = [
  { id: "open@1000", size: 1000, what: "1,000 nodes: open → visible, median", metric: "open.p50", limit: 1500, unit: "ms" },
  { id: "frame@1000", size: 1000, what: "1,000 nodes: pan/zoom frame, median", metric: "frames.p50", limit: 16.7, unit: "ms" },
  { id: "expand@500", size: 500, what: "500 nodes: expand, p95", metric: "expand.p95", limit: 100, unit: "ms" },
  { id: "frame@2000", size: 2000, what: "2,000 nodes still usable: pan/zoom frame, median", metric: "frames.p50", limit: 50, unit: "ms" },
] as const;

// ---------------------------------------------------------------------------------------------
// Catalog
// ---------------------------------------------------------------------------------------------

/** A fresh catalog at `dbPath`: `background` generated entities, then the lineage graph. */
function buildCatalog(dbPath: string, graph: LineageBenchGraph, background: number): IngestFigures {
  const proposals = function* () {
    if (background > 0) yield* generateCatalog({ entities: background, seed: 7 });
    yield* graph.proposals;
  };
  return ingestInto(dbPath, proposals(), { progress: false });
}

/** Asks the server for the graph the view will show (no entity fields) and checks its size. */
async function serverGraph(url: string, graph: LineageBenchGraph): Promise<{ nodes: number; truncated: boolean; ms: number }> {
  const query = `query ($input: OrreryLineageGraphInput!) { lineageGraph(input: $input) { truncated nodes { urn } } }`;
  const t0 = performance.now();
  const res = await fetch(`${url}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query,
      variables: { input: { urn: graph.focusUrn, upstreamHops: graph.upstreamHops, downstreamHops: graph.downstreamHops, maxNodes: 5000 } },
    }),
  });
  const body = (await res.json()) as { data?: { lineageGraph: { truncated: boolean; nodes: unknown[] } | null }; errors?: unknown };
  const ms = performance.now() - t0;
  const g = body.data?.lineageGraph;
  if (!g) throw new Error(`lineageGraph failed: ${JSON.stringify(body.errors ?? body)}`);
  return { nodes: g.nodes.length, truncated: g.truncated, ms: Math.round(ms) };
}

// ---------------------------------------------------------------------------------------------
// In the page
// ---------------------------------------------------------------------------------------------

/** What the page showed when a wait timed out, to say in the error what was missing. */
async function pageState(page: Page): Promise<string> {
  try {
    const s = await page.evaluate((graph) => {
      const root = document.querySelector(graph);
      return {
        url: location.pathname + location.search,
        root: root !== null,
        ready: root?.getAttribute("data-ready") ?? null,
        nodes: root?.getAttribute("data-nodes") ?? null,
        flowNodes: document.querySelectorAll(".react-flow__node").length,
        text: (document.querySelector("main") ?? document.body).textContent?.replace(/\s+/g, " ").trim().slice(0, 200) ?? "",
      };
    }, GRAPH);
    if (!s.root) return `${GRAPH} never appeared (page ${s.url} shows: "${s.text}")`;
    return `${GRAPH} is there but data-ready="${s.ready}" (data-nodes=${s.nodes}, ${s.flowNodes} .react-flow__node elements)`;
  } catch (e) {
    return `the page could not be inspected (${(e as Error).message.split("\n")[0]})`;
  }
}

class UiMissing extends Error {}

/**
 * Milliseconds (page clock) when the graph root first carries data-ready="true", data-nodes then,
 * and how many entity nodes were in the DOM at that moment (all of them up to a few hundred nodes;
 * beyond, the view renders only those on screen).
 */
async function graphReadyAt(page: Page, timeout: number): Promise<{ at: number; nodes: number; inDom: number }> {
  try {
    const handle = await page.waitForFunction(
      (ready) => {
        const el = document.querySelector(ready);
        return el
          ? { at: performance.now(), nodes: Number(el.getAttribute("data-nodes")), inDom: el.querySelectorAll(".react-flow__node[data-id^='urn:']").length }
          : false;
      },
      READY,
      { polling: "raf", timeout },
    );
    return (await handle.jsonValue()) as { at: number; nodes: number; inDom: number };
  } catch (e) {
    const state = await pageState(page);
    const msg = `selector ${READY} did not appear within ${timeout} ms: ${state}`;
    throw state.includes("never appeared") ? new UiMissing(msg) : new Error(msg, { cause: e });
  }
}

/** Start/stop a requestAnimationFrame loop that records the deltas between frames. */
async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __benchFrames: { deltas: number[]; last: number; on: boolean } };
    const rec = { deltas: [] as number[], last: -1, on: true };
    w.__benchFrames = rec;
    const tick = (t: number) => {
      if (!rec.on) return;
      if (rec.last >= 0) rec.deltas.push(t - rec.last);
      rec.last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const rec = (window as unknown as { __benchFrames: { deltas: number[]; on: boolean } }).__benchFrames;
    rec.on = false;
    return rec.deltas;
  });
}

/**
 * A point on the bare pane (no node, edge, control or panel on top of it), nearest the pane's
 * centre: dragging there pans instead of moving a node.
 */
async function panePoint(page: Page): Promise<{ x: number; y: number; bare: boolean }> {
  return page.evaluate((graph) => {
    const pane = document.querySelector(`${graph} .react-flow__pane`);
    if (!pane) throw new Error(`${graph} .react-flow__pane not found`);
    const r = pane.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    let best: { x: number; y: number; d: number } | null = null;
    for (let i = 1; i < 40; i++)
      for (let j = 1; j < 25; j++) {
        const x = r.left + (r.width * i) / 40;
        const y = r.top + (r.height * j) / 25;
        const el = document.elementFromPoint(x, y);
        if (!el || !pane.contains(el)) continue;
        if (el.closest(".react-flow__node, .react-flow__edge, .react-flow__panel, .react-flow__controls, .react-flow__minimap, button, a, input")) continue;
        const d = (x - cx) ** 2 + (y - cy) ** 2;
        if (!best || d < best.d) best = { x, y, d };
      }
    return best ? { x: best.x, y: best.y, bare: true } : { x: cx, y: cy, bare: false };
  }, GRAPH);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One pan/zoom run: for `ms`, alternately drag the pane 240×120 px (in 12 moves ~8 ms apart, back
 * the other way next time) and turn the wheel 4 notches in (then, next time, 4 out), so the view
 * ends near where it began. Returns the frame deltas recorded meanwhile and the gestures made.
 */
async function panZoomRun(page: Page, at: { x: number; y: number }, ms: number): Promise<{ deltas: number[]; gestures: number }> {
  await page.mouse.move(at.x, at.y);
  await startFrames(page);
  const t0 = performance.now();
  let gestures = 0;
  while (performance.now() - t0 < ms) {
    const sign = gestures % 4 < 2 ? 1 : -1;
    if (gestures % 2 === 0) {
      // pan: there and (two gestures later) back
      const from = sign > 0 ? at : { x: at.x + 240, y: at.y + 120 };
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let i = 1; i <= 12; i++) {
        await page.mouse.move(from.x + (sign * 240 * i) / 12, from.y + (sign * 120 * i) / 12);
        await sleep(8);
      }
      await page.mouse.up();
    } else {
      // zoom: 4 notches in, (two gestures later) 4 out
      await page.mouse.move(at.x, at.y);
      for (let i = 0; i < 4; i++) {
        await page.mouse.wheel(0, -sign * 100);
        await sleep(30);
      }
    }
    gestures++;
  }
  return { deltas: await stopFrames(page), gestures };
}

interface ExpandSample {
  urn: string;
  /**
   * click → the view is ready with the new nodes counted and those of them that get rendered in the
   * DOM (page clock, ms); the figure the budget is about
   */
  ms: number;
  /** the same, until the frame after that was painted */
  paintedMs: number;
  /** click → data-nodes first grew */
  grewMs: number;
  /** click → data-ready="true" with the new nodes counted (whether or not they were in the DOM yet) */
  readyMs: number;
  /** click → the LineageGraph request was sent / its response fully received */
  requestMs?: number;
  responseMs?: number;
  nodesBefore: number;
  nodesAfter: number;
  /** how many of the new nodes were in the DOM at `ms` (the view renders only the nodes on screen) */
  newInDom: number;
  /** epoch ms of the click, to match the GraphQL request */
  clickAt: number;
}

/** After data-ready with the new count, how long to wait for new nodes that are not in the DOM yet. */
const EXPAND_GRACE_MS = 1000;

/**
 * Clicks the downstream expand button of `urn`'s node and resolves, measured inside the page, when
 * the graph is ready again (data-ready="true") with the new entity nodes (`added`) counted in
 * data-nodes and present in the DOM as `.react-flow__node`s. Above a few hundred nodes the view
 * renders only the nodes on screen, and new ones laid out off screen never reach the DOM; so once
 * the view is ready with the new count, it waits up to EXPAND_GRACE_MS for the rest of the new nodes
 * and, if they do not all come, takes the moment the last one that did came (or the ready moment if
 * none did). A MutationObserver and a rAF poll both check, so times are those of the first DOM state
 * that qualifies; `paintedMs` adds the wait until that frame is painted (rAF, then a task).
 */
async function expandOnce(page: Page, urn: string, added: readonly string[], timeout: number): Promise<ExpandSample | { urn: string; error: string }> {
  return page.evaluate(
    ({ graph, urn, added, timeout, grace }) =>
      new Promise<ExpandSample | { urn: string; error: string }>((resolve) => {
        const root = () => document.querySelector(graph);
        const sel = (u: string) => `.react-flow__node[data-id="${CSS.escape(u)}"]`;
        const button = root()?.querySelector(`${sel(urn)} button[data-expand="downstream"]`) as HTMLButtonElement | null | undefined;
        if (!button) return resolve({ urn, error: root()?.querySelector(sel(urn)) ? "no downstream expand button" : "node not rendered" });
        const before = Number(root()!.getAttribute("data-nodes"));
        const inDom = () => added.filter((u) => root()?.querySelector(sel(u))).length;
        let done = false;
        let grewMs = -1;
        let readyMs = -1;
        let seen = 0;
        let seenMs = -1;
        let nodesAfter = before;
        const finish = (ms: number, newInDom: number) => {
          done = true;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() =>
            setTimeout(
              () =>
                resolve({
                  urn,
                  ms,
                  paintedMs: performance.now() - t0,
                  grewMs,
                  readyMs,
                  nodesBefore: before,
                  nodesAfter,
                  newInDom,
                  clickAt: performance.timeOrigin + t0,
                }),
              0,
            ),
          );
        };
        const check = () => {
          if (done) return;
          const r = root();
          const now = Number(r?.getAttribute("data-nodes"));
          const t = performance.now() - t0;
          if (!r || !(now > before)) return;
          if (grewMs < 0) grewMs = t;
          if (r.getAttribute("data-ready") !== "true" || now < before + added.length) return;
          nodesAfter = now;
          if (readyMs < 0) readyMs = t;
          const n = inDom();
          if (n > seen) {
            seen = n;
            seenMs = t;
          }
          if (n === added.length) finish(t, n);
          else if (t - readyMs > grace) finish(seen > 0 ? seenMs : readyMs, seen);
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { attributes: true, childList: true, subtree: true });
        const poll = () => {
          check();
          if (!done) requestAnimationFrame(poll);
        };
        const timer = setTimeout(() => {
          done = true;
          observer.disconnect();
          const r = root();
          const limit = /limit of [\d,]+ nodes/.test(document.body.textContent ?? "") ? "; the view says it reached its node limit" : "";
          resolve({
            urn,
            error: `not done within ${timeout} ms: data-nodes ${before} → ${r?.getAttribute("data-nodes")}, data-ready=${r?.getAttribute("data-ready")}, ${inDom()} of the ${added.length} new nodes in the DOM${limit}`,
          });
        }, timeout);
        const t0 = performance.now();
        requestAnimationFrame(poll);
        button.click();
      }),
    { graph: GRAPH, urn, added, timeout, grace: EXPAND_GRACE_MS },
  );
}

/** Timings (epoch ms) of the page's LineageGraph GraphQL requests, as Chromium reports them. */
class GraphRequests {
  readonly done: Array<{ start: number; end: number }> = [];
  private readonly listener = (req: Request) => {
    if (!req.url().includes("/api/graphql") || !(req.postData() ?? "").includes("lineageGraph")) return;
    const t = req.timing();
    if (t.responseEnd >= 0) this.done.push({ start: t.startTime, end: t.startTime + t.responseEnd });
  };
  constructor(private readonly page: Page) {
    page.on("requestfinished", this.listener);
  }
  /** The first request sent at or after `epochMs` (waiting a little: the event may come late). */
  async after(epochMs: number): Promise<{ start: number; end: number } | undefined> {
    for (let i = 0; i < 20; i++) {
      const r = this.done.find((x) => x.start >= epochMs - 1);
      if (r) return r;
      await sleep(10);
    }
    return undefined;
  }
  stop(): void {
    this.page.off("requestfinished", this.listener);
  }
}

// ---------------------------------------------------------------------------------------------
// Per size
// ---------------------------------------------------------------------------------------------

interface OpenSample {
  /** navigation start → data-ready="true" (page clock) */
  ms: number;
  /** data-nodes at that moment */
  nodes: number;
  /** entity `.react-flow__node`s in the DOM at that moment */
  inDom: number;
  /** the LineageGraph GraphQL request: sent and fully received, page clock */
  requestAt?: number;
  responseAt?: number;
}

/** A new context and page; esbuild's `__name` helper (tsx keeps function names) defined for evaluate(). */
async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: "window.__name = (f) => f;" });
  return { context, page: await context.newPage() };
}

/** Opens `url` and waits for the graph; with the timing of the graph's GraphQL request. */
async function openGraph(page: Page, url: string, timeout: number): Promise<OpenSample> {
  const requests = new GraphRequests(page);
  try {
    await page.goto(url, { waitUntil: "commit" });
    const ready = await graphReadyAt(page, timeout);
    const origin = await page.evaluate(() => performance.timeOrigin);
    const first = await requests.after(origin);
    return {
      ms: ready.at,
      nodes: ready.nodes,
      inDom: ready.inDom,
      ...(first ? { requestAt: Math.round(first.start - origin), responseAt: Math.round(first.end - origin) } : {}),
    };
  } finally {
    requests.stop();
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;

async function measureSize(browser: Browser, size: number, built: boolean, staticDir: string): Promise<Record<string, unknown>> {
  const graph = generateLineageGraph(size);
  const out: Record<string, unknown> = {
    size,
    // other work on the machine skews every figure; the 1-minute load average says how busy it was
    loadAverageBefore: round1(os.loadavg()[0]),
    graph: {
      expectedNodes: graph.expectedNodes,
      upstream: graph.expectedUpstream,
      downstream: graph.expectedDownstream,
      upstreamHops: graph.upstreamHops,
      downstreamHops: graph.downstreamHops,
      byType: graph.byType,
      fanOut: graph.fanOut,
      expandable: graph.expandable.length,
      proposals: graph.proposals.length,
    },
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-bench-lineage-"));
  const dbPath = path.join(dir, "lineage.db");
  console.error(`\n[${size}] ingesting ${graph.proposals.length} graph proposals + ${opts.background} background entities…`);
  out.ingest = buildCatalog(dbPath, graph, opts.background);
  const server = await startServer({ db: dbPath, port: 0, host: "127.0.0.1", demo: false, announce: false, handleSignals: false, staticDir });
  try {
    const check = await serverGraph(server.url, graph);
    out.server = { ...check, budget: "nodes = expectedNodes" };
    if (check.nodes !== graph.expectedNodes)
      console.error(`[${size}] warning: the server's lineageGraph has ${check.nodes} nodes, the generator promised ${graph.expectedNodes}`);
    if (!built) throw new Error("the web app was not built");
    const url = `${server.url}/lineage?urn=${encodeURIComponent(graph.focusUrn)}&up=${graph.upstreamHops}&down=${graph.downstreamHops}`;
    out.url = url.slice(server.url.length);

    // 1. Open → visible, a fresh context (empty cache) each time, after one unrecorded warm-up.
    {
      const warm = await newPage(browser);
      try {
        out.warmUpMs = Math.round((await openGraph(warm.page, url, opts.timeout)).ms);
      } finally {
        await warm.context.close();
      }
      const samples: OpenSample[] = [];
      for (let i = 0; i < opts.samples; i++) {
        const { context, page } = await newPage(browser);
        try {
          samples.push(await openGraph(page, url, opts.timeout));
        } finally {
          await context.close();
        }
        console.error(`[${size}] open ${i + 1}/${opts.samples}: ${samples[i].ms.toFixed(0)} ms, ${samples[i].nodes} nodes`);
      }
      const withRequest = samples.filter((s) => s.responseAt !== undefined);
      out.open = {
        ...summarize(samples.map((s) => s.ms)),
        renderedNodes: [...new Set(samples.map((s) => s.nodes))],
        nodesInDomAtReady: [...new Set(samples.map((s) => s.inDom))],
        graphRequest: withRequest.length
          ? {
              sentAt: summarize(withRequest.map((s) => s.requestAt!)),
              receivedAt: summarize(withRequest.map((s) => s.responseAt!)),
              afterResponse: summarize(withRequest.map((s) => s.ms - s.responseAt!)),
            }
          : null,
        samples: samples.map((s) => ({ ...s, ms: round1(s.ms) })),
      };
    }

    // 2 and 3 on one page of a warm context (as a person exploring would have it).
    const { context, page } = await newPage(browser);
    try {
      // 2. Frame times while panning and zooming, after a second of idle frames for a baseline.
      await openGraph(page, url, opts.timeout);
      await sleep(300);
      const at = await panePoint(page);
      if (!at.bare) console.error(`[${size}] warning: no bare spot on the pane; dragging at its centre`);
      await startFrames(page);
      await sleep(1000);
      const idle = await stopFrames(page);
      const runs: Array<{ deltas: number[]; gestures: number }> = [];
      for (let r = 0; r < opts.frameRuns; r++) {
        runs.push(await panZoomRun(page, at, FRAME_RUN_MS));
        await sleep(300);
      }
      const all = runs.flatMap((r) => r.deltas);
      const fr = summarize(all);
      out.frames = {
        ...fr,
        over33ms: all.filter((d) => d > 33.4).length,
        over50ms: all.filter((d) => d > 50).length,
        idle: summarize(idle),
        runs: runs.map((r) => ({ ...summarize(r.deltas), gestures: r.gestures })),
        pointer: at,
      };
      console.error(
        `[${size}] frames: median ${fr.p50.toFixed(1)} ms, p95 ${fr.p95.toFixed(1)} ms over ${fr.n} frames (idle median ${summarize(idle).p50.toFixed(1)} ms)`,
      );

      // 3. Expand: frontier nodes that are rendered, one after another on the same view. Expanding
      // re-lays the graph out, which can move the next frontier node off screen (and so out of the
      // DOM); then the base view is opened again, which also keeps the graph near its size.
      const rendered = (urn: string) =>
        page.evaluate(
          ({ graph, urn }) => document.querySelector(`${graph} .react-flow__node[data-id="${CSS.escape(urn)}"] button[data-expand="downstream"]`) !== null,
          { graph: GRAPH, urn },
        );
      await openGraph(page, url, opts.timeout);
      await sleep(300);
      let fresh = true;
      let reopened = 0;
      let tried = 0;
      const samples: ExpandSample[] = [];
      const failures: Array<{ urn: string; error: string }> = [];
      const requests = new GraphRequests(page);
      for (const urn of graph.expandable) {
        if (samples.length >= opts.expands) break;
        if (!(await rendered(urn))) {
          if (fresh) continue; // not on screen in the base view either
          await openGraph(page, url, opts.timeout);
          await sleep(300);
          fresh = true;
          reopened++;
          if (!(await rendered(urn))) continue;
        }
        tried++;
        fresh = false;
        const r = await expandOnce(page, urn, graph.hidden[urn], EXPAND_TIMEOUT_MS);
        if ("error" in r) {
          failures.push(r);
          console.error(`[${size}] expand ${urn}: ${r.error}`);
          if (failures.length >= 3 && samples.length === 0) break; // it does not work at this size
        } else {
          const req = await requests.after(r.clickAt);
          if (req && req.start <= r.clickAt + r.ms) {
            r.requestMs = round1(req.start - r.clickAt);
            r.responseMs = round1(req.end - r.clickAt);
          }
          samples.push(r);
        }
        await sleep(150);
      }
      requests.stop();
      const ex = summarize(samples.map((s) => s.ms));
      out.expand = {
        ...ex,
        painted: summarize(samples.map((s) => s.paintedMs)),
        grew: summarize(samples.map((s) => s.grewMs)),
        ready: summarize(samples.map((s) => s.readyMs)),
        response: summarize(samples.flatMap((s) => (s.responseMs === undefined ? [] : [s.responseMs]))),
        frontier: graph.expandable.length,
        tried,
        reopened,
        newOffScreen: samples.filter((s) => s.newInDom === 0).length,
        failures,
        samples: samples.map(({ clickAt: _, ...s }) => ({
          ...s,
          ms: round1(s.ms),
          paintedMs: round1(s.paintedMs),
          grewMs: round1(s.grewMs),
          readyMs: round1(s.readyMs),
        })),
      };
      if (samples.length) {
        const ready = summarize(samples.map((s) => s.readyMs));
        console.error(
          `[${size}] expand: p50 ${ex.p50.toFixed(0)} ms, p95 ${ex.p95.toFixed(0)} ms over ${ex.n} expansions (data-ready with the new count: p50 ${ready.p50.toFixed(0)} ms)`,
        );
      } else console.error(`[${size}] expand: no expansion could be measured (${tried} rendered frontier nodes of ${graph.expandable.length} tried)`);
    } finally {
      await context.close();
    }
  } catch (e) {
    if (e instanceof UiMissing) throw e;
    out.error = (e as Error).message;
    console.error(`[${size}] ${out.error}`);
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  out.loadAverageAfter = round1(os.loadavg()[0]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

function metric(size: Record<string, unknown> | undefined, dotted: string): number | null {
  let v: unknown = size;
  for (const k of dotted.split(".")) v = v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

async function main() {
  const result: Record<string, unknown> = {
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadAverage: os.loadavg().map(round1),
    },
    options: { ...opts, viewport: VIEWPORT, frameRunMs: FRAME_RUN_MS },
    startedAt: new Date().toISOString(),
  };

  // The web app is built into a directory of this run's own, so that a build or clean of dist/ by
  // someone else during the run (tests, the dev loop) cannot pull the app from under the server.
  let staticDir = path.resolve("dist");
  let built = true;
  if (opts.build) {
    staticDir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-bench-lineage-dist-"));
    console.error(`building the web app (npm run build -- --outDir ${staticDir})…`);
    const build = spawnSync("npm", ["run", "build", "--", "--outDir", staticDir, "--emptyOutDir"], { stdio: ["ignore", "ignore", "inherit"] });
    built = build.status === 0 && fs.existsSync(path.join(staticDir, "index.html"));
    if (!built) console.error("npm run build failed: measuring the server side only");
  } else built = fs.existsSync(path.join(staticDir, "index.html"));

  const browser: Browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const chromiumVersion = browser.version();
  (result.machine as Record<string, unknown>).chromium = chromiumVersion;
  const sizes: Array<Record<string, unknown>> = [];
  let fatal: string | undefined;
  try {
    for (const size of opts.sizes) {
      try {
        sizes.push(await measureSize(browser, size, built, staticDir));
      } catch (e) {
        // The route renders no graph at all: every other size would wait just as long for nothing.
        fatal = (e as Error).message;
        sizes.push({ size, error: fatal });
        console.error(`[${size}] ${fatal}\nstopping: the lineage view is not there`);
        break;
      }
    }
  } finally {
    await browser.close();
    if (opts.build) fs.rmSync(staticDir, { recursive: true, force: true });
  }
  result.sizes = sizes;
  const bySize = new Map(sizes.map((s) => [s.size as number, s]));
  result.budgets = BUDGETS.map((b) => {
    const value = metric(bySize.get(b.size), b.metric);
    return { ...b, value, pass: value === null ? null : value <= b.limit };
  });
  result.finishedAt = new Date().toISOString();
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, `${JSON.stringify(result, null, 2)}\n`);

  // The table.
  const f = (v: number | null, digits = 0) => (v === null ? "—" : `${v.toFixed(digits)}`);
  const pad = (s: string, n: number) => s.padStart(n);
  const load = (result.machine as { loadAverage: number[] }).loadAverage[0];
  console.log(
    `\nOrrery lineage benchmark — Chromium ${chromiumVersion}, ${VIEWPORT.width}×${VIEWPORT.height}, /lineage at the focus (ms); ${os.cpus().length} CPUs, load ${load} at the start`,
  );
  console.log(
    ["size", "nodes", "shown", "open p50", "open p95", "api done", "frame p50", "frame p95", "idle p50", "expand p50", "expand p95", "exp. api", "n"]
      .map((h, i) => pad(h, i < 3 ? 6 : 10))
      .join(" "),
  );
  for (const s of sizes) {
    const shown = (s.open as { renderedNodes?: number[] } | undefined)?.renderedNodes?.join("/") ?? "—";
    const row = [
      pad(String(s.size), 6),
      pad(String((s.graph as { expectedNodes?: number } | undefined)?.expectedNodes ?? "—"), 6),
      pad(shown, 6),
      pad(f(metric(s, "open.p50")), 10),
      pad(f(metric(s, "open.p95")), 10),
      pad(f(metric(s, "open.graphRequest.receivedAt.p50")), 10),
      pad(f(metric(s, "frames.p50"), 1), 10),
      pad(f(metric(s, "frames.p95"), 1), 10),
      pad(f(metric(s, "frames.idle.p50"), 1), 10),
      pad(f(metric(s, "expand.p50")), 10),
      pad(f(metric(s, "expand.p95")), 10),
      pad(f(metric(s, "expand.response.p50")), 10),
      pad(f(metric(s, "expand.n")), 10),
    ];
    console.log(row.join(" ") + (s.error ? `   error: ${s.error}` : ""));
  }
  console.log("\nbudgets");
  for (const b of result.budgets as Array<(typeof BUDGETS)[number] & { value: number | null; pass: boolean | null }>)
    console.log(
      `  ${b.pass === null ? "n/a " : b.pass ? "PASS" : "FAIL"}  ${b.what} ≤ ${b.limit} ${b.unit}: ${b.value === null ? "not measured" : `${b.value} ${b.unit}`}`,
    );
  console.log(`results: ${opts.out}`);
  if (fatal || sizes.some((s) => s.error)) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
