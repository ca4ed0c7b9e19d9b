/** Which member of a version set is the latest. */
import { describe, expect, it } from "vitest";
import { latestVersion, type VersionMember } from "./versions";

const member = (urn: string, sortId?: string, versionTag?: string): VersionMember => ({
  urn,
  versionProperties:
    sortId === undefined && versionTag === undefined ? null : { versionSet: "urn:li:versionSet:(s,mlModel)", version: { versionTag }, sortId: sortId ?? "" },
});

describe("latestVersion", () => {
  it("is the member whose sort id sorts last, digits compared as numbers", () => {
    expect(latestVersion([member("a", "2"), member("b", "10"), member("c", "9")])).toBe("b");
    expect(latestVersion([member("a", "0000000002"), member("b", "0000000010")])).toBe("b");
    expect(latestVersion([member("a", "v1.9"), member("b", "v1.10")])).toBe("b");
  });

  it("falls back to the version tag, and takes the first of members that sort alike", () => {
    const noSortId = (urn: string, versionTag: string): VersionMember => ({
      urn,
      versionProperties: { versionSet: "urn:li:versionSet:(s,mlModel)", version: { versionTag } } as VersionMember["versionProperties"],
    });
    expect(latestVersion([noSortId("a", "3"), noSortId("b", "12")])).toBe("b");
    expect(latestVersion([member("a", "5"), member("b", "5")])).toBe("a");
    // A member without versionProperties sorts as "", first of all.
    expect(latestVersion([member("a"), member("b", "1")])).toBe("b");
    expect(latestVersion([member("a")])).toBe("a");
  });

  it("is null for a set without members", () => {
    expect(latestVersion([])).toBeNull();
  });
});
