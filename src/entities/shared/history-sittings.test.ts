import { describe, expect, it } from "vitest";
import { sittings, type SittingChange, type SittingField } from "./history-sittings";

const ALICE = "urn:li:corpuser:alice";
const BOB = "urn:li:corpuser:bob";
const change = (version: string, at: number, fields: SittingField[], actor = ALICE, aspect = "editableMlModelProperties"): SittingChange => ({
  version,
  major: false,
  timestampMillis: at,
  actor,
  aspects: [{ aspect, storedVersion: 1, fields }],
});
const upd = (field: string, before: string | null, after: string | null): SittingField => ({
  field,
  change: before === null ? "ADDED" : after === null ? "REMOVED" : "UPDATED",
  before,
  after,
});

describe("sittings", () => {
  it("make eleven saves of one version by one person one entry, with the description's first and last text", () => {
    const saves = Array.from({ length: 11 }, (_, i) =>
      change("1.3", 1_000 + i * 60_000, [upd("description", JSON.stringify(`draft ${i}`), JSON.stringify(`draft ${i + 1}`))]),
    ).reverse();
    const [s, ...rest] = sittings(saves);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ version: "1.3", actor: ALICE, from: 1_000, to: 1_000 + 10 * 60_000 });
    expect(s!.changes).toHaveLength(11);
    expect(s!.aspects).toEqual([{ aspect: "editableMlModelProperties", fields: [upd("description", '"draft 0"', '"draft 11"')] }]);
  });

  it("keep versions apart, and one version's saves by two actors apart", () => {
    const list = [change("1.4", 5, [upd("description", '"b"', '"c"')], BOB), change("1.3", 4, [upd("description", '"a"', '"b"')]), change("1.2", 3, [])];
    expect(sittings(list).map((s) => [s.version, s.changes.length])).toEqual([
      ["1.4", 1],
      ["1.3", 1],
      ["1.2", 1],
    ]);
  });

  it("net out a tag added and removed again, and keep the one that stayed, by item", () => {
    const tag = (t: string) => JSON.stringify(`urn:li:tag:${t}`);
    const list = [
      change("2.1", 3, [upd("tags", tag("draft"), null)], ALICE, "globalTags"),
      change("2.1", 2, [upd("tags", null, tag("pii"))], ALICE, "globalTags"),
      change("2.1", 1, [upd("tags", null, tag("draft"))], ALICE, "globalTags"),
    ];
    expect(sittings(list)[0]!.aspects).toEqual([{ aspect: "globalTags", fields: [upd("tags", null, tag("pii"))] }]);
  });

  it("show nothing for a value put back as it was, and say major when any save was", () => {
    const list = [
      change("2.0", 2, [upd("customProperties.team", '"b"', '"a"')]),
      { ...change("2.0", 1, [upd("customProperties.team", '"a"', '"b"')]), major: true },
    ];
    const [s] = sittings(list);
    expect(s!.aspects).toEqual([]);
    expect(s!.major).toBe(true);
  });
});
