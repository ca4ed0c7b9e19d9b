import { describe, expect, it } from "vitest";
import { joinSystemMetadata, splitSystemMetadata } from "./system-metadata";

/** The split as it was always made: the metadata serialised again with lastObserved set to 0. */
function splitBySerialising(meta: Record<string, unknown>) {
  return splitSystemMetadata(meta);
}

describe("systemMetadata templates", () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ["lastObserved first (DataHub's emitters)", { lastObserved: 1_750_000_000_123, runId: "run-1", properties: { clientId: "x" } }],
    ["lastObserved alone", { lastObserved: 42 }],
    ["a negative lastObserved", { lastObserved: -5, runId: "r" }],
    ["lastObserved not first", { runId: "r", lastObserved: 7 }],
    ["an integer-like key, which JSON puts first", { lastObserved: 9, "3": "x" }],
    ["a nested lastObserved before the top-level one", { a: { lastObserved: 9 }, lastObserved: 9 }],
    ["a string value that spells the key", { runId: '{"lastObserved":5,', lastObserved: 5 }],
    ["a fractional lastObserved (kept in the template)", { lastObserved: 1.5, runId: "r" }],
    ["no lastObserved", { runId: "r" }],
  ];

  it.each(cases)("splits the serialised metadata as serialising it again would: %s", (_name, meta) => {
    const json = JSON.stringify(meta);
    const fast = splitSystemMetadata(meta, json);
    expect(fast).toEqual(splitBySerialising(meta));
    // The row's metadata comes back whole.
    expect(joinSystemMetadata(fast.template, fast.lastObserved)).toEqual(meta);
  });

  it("takes the integer out of the usual metadata without serialising it", () => {
    const meta = { lastObserved: 1_750_000_000_123, runId: "run-1" };
    expect(splitSystemMetadata(meta, JSON.stringify(meta))).toEqual({ template: '{"lastObserved":0,"runId":"run-1"}', lastObserved: 1_750_000_000_123 });
  });
});
