import { describe, expect, it } from "vitest";
import { fieldLabel, leafChanges, nameableUrns, urnTailText, valueText } from "./history-format";

describe("history, as a person reads it", () => {
  it("names fields in words, keeping the keys people chose", () => {
    expect(fieldLabel("customProperties")).toBe("Custom properties");
    expect(fieldLabel("customProperties.reviewed_by")).toBe("Custom properties › reviewed_by");
    expect(fieldLabel("trainingMetrics.rmse")).toBe("Training metrics › rmse");
    expect(fieldLabel("version.versionTag")).toBe("Model version › Version tag");
    expect(fieldLabel("someNewField")).toBe("Some new field");
  });

  it("shows the fields of a structured value that changed, not its JSON", () => {
    expect(leafChanges({ versionTag: "1" }, { versionTag: "2" })).toEqual([{ path: "versionTag", before: "1", after: "2" }]);
    expect(leafChanges({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { c: 2, d: 4 }, e: "x" })).toEqual([
      { path: "b.d", before: 3, after: 4 },
      { path: "e", before: undefined, after: "x" },
    ]);
    // DataHub's name/value lists compare by name, so a re-ordered list is no change and one new value is one change.
    expect(
      leafChanges(
        [
          { name: "lr", value: "0.1" },
          { name: "depth", value: "3" },
        ],
        [
          { name: "depth", value: "3" },
          { name: "lr", value: "0.05" },
        ],
      ),
    ).toEqual([{ path: "lr", before: "0.1", after: "0.05" }]);
    expect(leafChanges("a", "a")).toEqual([]);
    expect(leafChanges(["x"], ["x", "y"])).toEqual([{ path: "", before: ["x"], after: ["x", "y"] }]);
  });

  it("writes values in words, with names for urns", () => {
    const names = new Map([["urn:li:corpuser:alice", "Alice Chen"]]);
    expect(valueText("urn:li:corpuser:alice", names)).toBe("Alice Chen");
    expect(valueText("urn:li:glossaryTerm:Forecast")).toBe("Forecast");
    expect(valueText("urn:li:dataset:(urn:li:dataPlatform:hive,db.sales,PROD)")).toBe("db.sales");
    expect(valueText({ time: 0, actor: "urn:li:corpuser:x" })).toBe("1 Jan 1970, 00:00 UTC");
    expect(valueText({ versionTag: "2" })).toBe("version tag: 2");
    expect(valueText(null)).toBe("—");
    expect(urnTailText("urn:li:tag:prod")).toBe("prod");
  });

  it("collects the urns that have names, once", () => {
    expect(nameableUrns(["urn:li:corpuser:a", { owners: [{ owner: "urn:li:corpGroup:g" }, "urn:li:corpuser:a"] }, "urn:li:dataset:x", "text"])).toEqual([
      "urn:li:corpGroup:g",
      "urn:li:corpuser:a",
    ]);
  });
});
