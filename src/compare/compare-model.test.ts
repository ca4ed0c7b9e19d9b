import { describe, expect, it } from "vitest";
import { chartableMetrics, compareRows, lowerIsBetter, mergeHistories, type ComparedRun } from "./compare-model";

const run = (urn: string, params: Record<string, string>, metrics: Record<string, string>): ComparedRun => ({
  urn,
  name: urn,
  params: new Map(Object.entries(params)),
  metrics: new Map(Object.entries(metrics)),
});

describe("compareRows", () => {
  const runs = [
    run("a", { lr: "0.01", layers: "2", optimizer: "adam" }, { accuracy: "0.91", val_loss: "0.30", note: "ok" }),
    run("b", { lr: "0.010", layers: "10", optimizer: "adam" }, { accuracy: "0.95", val_loss: "0.21" }),
    run("c", { lr: "0.1", optimizer: "adam" }, { accuracy: "0.80", val_loss: "0.45", note: "ok" }),
  ];

  it("has one row per key any run has, values in the runs' order, missing as null", () => {
    const rows = compareRows(runs, "params");
    expect(rows.map((r) => r.key)).toEqual(["layers", "lr", "optimizer"]);
    expect(rows[0]!.values).toEqual(["2", "10", null]);
  });

  it("marks differences, comparing numbers by value and text by text", () => {
    const rows = Object.fromEntries(compareRows(runs, "params").map((r) => [r.key, r]));
    expect(rows.optimizer!.differs).toBe(false);
    expect(rows.layers!.differs).toBe(true); // missing in c
    expect(compareRows([runs[0]!, runs[1]!], "params").find((r) => r.key === "lr")!.differs).toBe(false); // 0.01 = 0.010
    expect(rows.lr!.differs).toBe(true);
  });

  it("picks the best metric value: highest, or lowest for losses and errors", () => {
    const rows = Object.fromEntries(compareRows(runs, "metrics").map((r) => [r.key, r]));
    expect(rows.accuracy!.best).toBe(1);
    expect(rows.val_loss!.best).toBe(1);
    expect(rows.note!.numeric).toBe(false);
    expect(rows.note!.best).toBeNull();
    expect(chartableMetrics(compareRows(runs, "metrics"))).toEqual(["accuracy", "val_loss"]);
    expect(compareRows([runs[0]!, runs[0]!], "metrics").every((r) => r.best === null)).toBe(true);
    // Only one run has the metric: nothing to beat.
    expect(compareRows([run("x", {}, { f1: "0.5" }), run("y", {}, {})], "metrics")[0]!.best).toBeNull();
  });

  it("knows which metrics are better small", () => {
    for (const m of ["loss", "val_loss", "rmse", "test/mae", "error_rate", "latency_ms"]) expect(lowerIsBetter(m)).toBe(true);
    for (const m of ["accuracy", "f1", "auc", "precision", "r2"]) expect(lowerIsBetter(m)).toBe(false);
  });

  it("builds the rows of 100 runs × 50 metrics", () => {
    const many = Array.from({ length: 100 }, (_, i) =>
      run(`r${i}`, {}, Object.fromEntries(Array.from({ length: 50 }, (_, j) => [`m${j}`, String((i * 31 + j * 7) % 97)]))),
    );
    const rows = compareRows(many, "metrics");
    expect(rows).toHaveLength(50);
    expect(rows.every((r) => r.values.length === 100 && r.numeric)).toBe(true);
  });
});

describe("mergeHistories", () => {
  it("joins runs' points on the step", () => {
    const rows = mergeHistories([
      {
        urn: "a",
        points: [
          { step: 0, value: 1 },
          { step: 1, value: 0.5 },
        ],
      },
      {
        urn: "b",
        points: [
          { step: 1, value: 0.7 },
          { step: 2, value: 0.6 },
        ],
      },
      { urn: "c", points: [{ value: 9 }] },
    ]);
    expect(rows).toEqual([
      { step: 0, a: 1, c: 9 },
      { step: 1, a: 0.5, b: 0.7 },
      { step: 2, b: 0.6 },
    ]);
  });
});
