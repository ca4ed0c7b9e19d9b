/** The one rule for the API's whole-number arguments: defaults when absent, refused (never clamped) when out of range. */
import { describe, expect, it } from "vitest";
import { countArg, intArg, InvalidArgument, pageArgs, pageOf, PAGE_RULES } from "./paging";

describe("paging arguments", () => {
  it("take the default when absent, and any integer in range as it is", () => {
    expect(intArg(undefined, "limit", 7, 0, 10)).toBe(7);
    expect(intArg(null, "limit", 7, 0, 10)).toBe(7);
    expect(intArg(0, "limit", 7, 0, 10)).toBe(0);
    expect(intArg(10, "limit", 7, 0, 10)).toBe(10);
    expect(pageArgs(null, null, PAGE_RULES.search)).toEqual({ start: 0, count: 10 });
    expect(pageArgs(5, 1000, PAGE_RULES.search)).toEqual({ start: 5, count: 1000 });
    expect(pageArgs(undefined, undefined, PAGE_RULES.relationships)).toEqual({ start: 0, count: 100 });
    expect(countArg(undefined, PAGE_RULES.autoComplete, "limit")).toBe(10);
  });

  it("refuse anything else with one message naming the argument, its range and the value", () => {
    const refused = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidArgument);
        return (e as Error).message;
      }
      throw new Error("not refused");
    };
    expect(refused(() => pageArgs(0, 1001, PAGE_RULES.search))).toBe("count must be an integer from 0 to 1000, got 1001");
    expect(refused(() => pageArgs(-1, 10, PAGE_RULES.search))).toBe("start must be an integer from 0 to 100000, got -1");
    expect(refused(() => pageArgs(100_001, 10, PAGE_RULES.search))).toBe("start must be an integer from 0 to 100000, got 100001");
    // A list without a furthest start: any start from 0 on.
    expect(pageArgs(10_000_000, 1, PAGE_RULES.relationships).start).toBe(10_000_000);
    expect(refused(() => pageArgs(-5, 1, PAGE_RULES.relationships))).toBe("start must be an integer of at least 0, got -5");
    expect(refused(() => countArg(0, PAGE_RULES.autoComplete, "limit"))).toBe("limit must be an integer from 1 to 50, got 0");
    expect(refused(() => intArg(1.5, "maxNodes", 1, 1, 5))).toBe("maxNodes must be an integer from 1 to 5, got 1.5");
    expect(refused(() => intArg("3", "maxNodes", 1, 1, 5))).toBe('maxNodes must be an integer from 1 to 5, got "3"');
    // start is checked before count.
    expect(refused(() => pageArgs(-1, -1, PAGE_RULES.entityHistory))).toMatch(/^start /);
  });

  it("page an in-memory list: the items from start, at most count, and the list's length", () => {
    const items = ["a", "b", "c", "d", "e"];
    expect(pageOf(items, { start: 1, count: 2 })).toEqual({ start: 1, count: 2, total: 5, items: ["b", "c"] });
    expect(pageOf(items, { start: 4, count: 10 })).toEqual({ start: 4, count: 1, total: 5, items: ["e"] });
    expect(pageOf(items, { start: 9, count: 10 })).toEqual({ start: 9, count: 0, total: 5, items: [] });
  });
});
