import { describe, expect, it } from "vitest";
import { defaultMetric } from "./metric-history";

describe("the metric a run's history chart opens on", () => {
  const series = [
    { name: "accuracy", totalPoints: 1 },
    { name: "lr", totalPoints: 20 },
    { name: "train/loss", totalPoints: 20 },
  ];
  it("is the URL's when the run has it, else the first loss-like one with a curve, else the first with a curve", () => {
    expect(defaultMetric(series, "lr")).toBe("lr");
    expect(defaultMetric(series, "nope")).toBe("train/loss");
    expect(defaultMetric(series.slice(0, 2), undefined)).toBe("lr");
    expect(defaultMetric(series.slice(0, 1), undefined)).toBe("accuracy");
    expect(defaultMetric([], undefined)).toBeNull();
  });
});
