import { describe, expect, it } from "vitest";
import { fitKey, layoutKey, toggle, viewState } from "./view-state";

describe("toggle", () => {
  it("adds and removes once, and leaves the URL when the list empties", () => {
    expect(toggle(undefined, "a", true)).toEqual(["a"]);
    expect(toggle(["a"], "a", true)).toEqual(["a"]);
    expect(toggle(["a", "b"], "a", false)).toEqual(["b"]);
    expect(toggle(["a"], "a", false)).toBeUndefined();
    expect(toggle(undefined, "a", false)).toBeUndefined();
  });
});

describe("viewState", () => {
  it("reads folds, pins and pages of children (one page per occurrence)", () => {
    const v = viewState({ cu: ["x"], cd: ["y", "z"], more: ["down~f", "down~f", "up~g"], pin: ["p"] });
    expect([...v.collapsedUp]).toEqual(["x"]);
    expect([...v.collapsedDown]).toEqual(["y", "z"]);
    expect(Object.fromEntries(v.more)).toEqual({ "down~f": 2, "up~g": 1 });
    expect([...v.pinned]).toEqual(["p"]);
    const none = viewState({});
    expect([none.collapsedUp.size, none.collapsedDown.size, none.more.size, none.pinned.size]).toEqual([0, 0, 0, 0]);
  });
});

describe("keys", () => {
  it("lay out again for another graph or another fold, page or pin, not for a selection", () => {
    const k = layoutKey(3, { cu: ["a"], more: ["down~f"] });
    expect(k).toBe("3|a||down~f|");
    expect(layoutKey(4, { cu: ["a"], more: ["down~f"] })).not.toBe(k);
    expect(layoutKey(3, { cu: ["a"], more: ["down~f"], pin: ["p"] })).not.toBe(k);
    expect(layoutKey(3, { cu: ["a"], more: ["down~f"], sel: "x", find: "y" } as never)).toBe(k);
  });

  it("fit again for another focus, hops or kinds (one hop each way by default)", () => {
    expect(fitKey("u", {})).toBe("u|1|1|");
    expect(fitKey("u", { up: 1, down: 1 })).toBe(fitKey("u", {}));
    expect(fitKey("u", { down: 2, types: ["DATASET", "MLMODEL"] })).toBe("u|1|2|DATASET,MLMODEL");
  });
});
