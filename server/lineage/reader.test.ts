/**
 * The lineage reader under the walks (lineageGraph, searchAcrossLineage): which relationships are
 * lineage and which way, live neighbours only, the edges read, and reading a page at a time (rows
 * of a node split across pages, the same relationship written by two aspects, a relationship of each
 * side between the same two nodes) with exactly the rows of one big page.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Store } from "../store/store";
import type { AspectWrite } from "../store/types";
import { readMeter } from "./paging";
import { LineageReader } from "./reader";

const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn_model,PROD)";
const GROUP = "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,churn_group,PROD)";
const RUN = "urn:li:dataProcessInstance:run_1";
const DS = "urn:li:dataset:(urn:li:dataPlatform:snowflake,events,PROD)";
const OUT = "urn:li:dataset:(urn:li:dataPlatform:snowflake,scores,PROD)";
const GONE = "urn:li:dataset:(urn:li:dataPlatform:snowflake,gone,PROD)";

const w = (urn: string, aspect: string, value: Record<string, unknown>): AspectWrite => ({
  urn,
  entityType: urn.split(":")[2]!,
  aspect,
  value,
  actor: "urn:li:corpuser:test",
});

describe("LineageReader", () => {
  let dir: string;
  let store: Store;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-lineage-"));
    store = Store.open(path.join(dir, "c.db"));
    store.writeAspects([
      w(DS, "datasetProperties", { name: "events" }),
      w(OUT, "datasetProperties", { name: "scores" }),
      w(GONE, "status", { removed: true }),
      w(RUN, "dataProcessInstanceInput", { inputs: [DS, GONE] }),
      // The run also lists the model as an output: two relations, one downstream neighbour.
      w(RUN, "dataProcessInstanceOutput", { outputs: [OUT, MODEL] }),
      w(RUN, "container", { container: "urn:li:container:exp" }), // not lineage
      w(MODEL, "mlModelProperties", { name: "m", groups: [GROUP], trainingJobs: [RUN] }),
      w(GROUP, "mlModelGroupProperties", { name: "g", trainingJobs: [RUN] }),
    ]);
  });
  afterEach(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("walks lineage in both directions through the relationship rules, live neighbours only", async () => {
    const reader = new LineageReader(store, "BOTH", readMeter());
    await reader.read([RUN, MODEL, DS]);
    expect([RUN, MODEL, DS].map((u) => reader.complete(u))).toEqual([true, true, true]);
    expect(reader.neighbours(RUN, "UPSTREAM")).toEqual([DS]); // GONE is soft-deleted
    expect(reader.neighbours(RUN, "DOWNSTREAM").sort()).toEqual([GROUP, MODEL, OUT].sort());
    expect(reader.neighbours(MODEL, "DOWNSTREAM")).toEqual([GROUP]);
    expect(reader.neighbours(MODEL, "UPSTREAM")).toEqual([RUN]);
    expect(reader.neighbours(DS, "DOWNSTREAM")).toEqual([RUN]);
    // One way only: the other way is not read.
    const down = new LineageReader(store, "DOWNSTREAM", readMeter());
    await down.read([RUN]);
    expect(down.neighbours(RUN, "DOWNSTREAM").sort()).toEqual([GROUP, MODEL, OUT].sort());
    expect(down.neighbours(RUN, "UPSTREAM")).toEqual([]);
  });

  it("reads a page at a time the same rows as in one page, and stops at the budget", async () => {
    const urns = [RUN, MODEL, GROUP, DS, OUT];
    const rowsOf = (r: LineageReader) => urns.map((u) => [...r.edges(u)].map((e) => `${e.src} ${e.type} ${e.dst}`).sort());
    const whole = new LineageReader(store, "BOTH", readMeter());
    await whole.read(urns);
    store.counter.reset();
    const paged = new LineageReader(store, "BOTH", readMeter(), 2);
    await paged.read(urns);
    expect(rowsOf(paged)).toEqual(rowsOf(whole));
    expect(urns.every((u) => paged.complete(u))).toBe(true);
    // RUN alone has 6 lineage rows (4 as src, 2 as dst): several pages, one statement each.
    expect(store.counter.count).toBeGreaterThan(5);
    // The run and the model are linked both ways (it produced the model, the model names it as its
    // training run): two relationships, each once.
    expect([...whole.edges(RUN)].filter((e) => e.dst === MODEL)).toEqual([{ src: RUN, type: "DataProcessInstanceProduces", dst: MODEL }]);

    const read: number[] = [];
    const cut = new LineageReader(
      store,
      "BOTH",
      readMeter(5, (n) => read.push(n)),
      2,
    );
    await cut.read(urns);
    expect(cut.exhausted).toBe(true);
    expect(read.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(5 + 2);
    const complete = urns.filter((u) => cut.complete(u));
    expect(complete.length).toBeLessThan(urns.length);
    // What was read in full is exact.
    for (const u of complete) expect([...cut.edges(u)].length).toBe([...whole.edges(u)].length);
  });
});
