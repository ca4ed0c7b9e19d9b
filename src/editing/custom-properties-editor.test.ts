/** What the custom-property editor sends: one JSON-Patch per edit, a rename all or nothing. */
import { describe, expect, it } from "vitest";
import { checkProperty, propertyPatch } from "./custom-properties-editor";

describe("propertyPatch", () => {
  it("sets a value as a JSON string under customProperties, escaping the key as a JSON Pointer", () => {
    expect(propertyPatch("team", "ml-platform")).toEqual([{ op: "ADD", path: "/customProperties/team", value: '"ml-platform"' }]);
    expect(propertyPatch("a/b~c", "x")).toEqual([{ op: "ADD", path: "/customProperties/a~1b~0c", value: '"x"' }]);
  });

  it("removes a key", () => {
    expect(propertyPatch("team", null)).toEqual([{ op: "REMOVE", path: "/customProperties/team" }]);
  });

  it("renames in one patch: the old key removed, the new one added, so no second property is left behind", () => {
    expect(propertyPatch("owner_team", "forecasting", "team")).toEqual([
      { op: "REMOVE", path: "/customProperties/team" },
      { op: "ADD", path: "/customProperties/owner_team", value: '"forecasting"' },
    ]);
    // Changing only the value of a row sends no removal.
    expect(propertyPatch("team", "forecasting", "team")).toEqual([{ op: "ADD", path: "/customProperties/team", value: '"forecasting"' }]);
  });

  it("checks keys and values before anything is sent", () => {
    expect(checkProperty({ key: " team ", value: "x" })).toEqual({ ok: true, value: { key: "team", value: "x" } });
    expect(checkProperty({ key: "bad key!", value: "x" })).toEqual({ ok: false, message: "Keys use letters, digits, _ . : and - only." });
    expect(checkProperty({ key: "", value: "x" })).toEqual({ ok: false, message: "Give the property a key." });
    expect(checkProperty({ key: "k", value: "v".repeat(10_001) })).toEqual({ ok: false, message: "Values are at most 10,000 characters." });
  });
});
