import { describe, expect, it } from "vitest";
import { avatarTone, initials, tagColour } from "./labels";

describe("initials", () => {
  it("takes the first and last word's first letters", () => {
    expect(initials("Alice Chen")).toBe("AC");
    expect(initials("Mary Ann de la Cruz")).toBe("MC");
    expect(initials("alice.chen")).toBe("AC");
    expect(initials("data_science-team")).toBe("DT");
  });
  it("takes one letter from one word, and drops an email's domain", () => {
    expect(initials("bob")).toBe("B");
    expect(initials("erin@example.com")).toBe("E");
  });
  it("keeps letters beyond ASCII whole", () => {
    expect(initials("Łukasz Żak")).toBe("ŁŻ");
    expect(initials("𝒜da Lovelace")).toBe("𝒜L");
  });
  it("skips punctuation and says ? when nothing is left", () => {
    expect(initials("  (ML) 'platform' ")).toBe("MP");
    expect(initials("")).toBe("?");
    expect(initials(" -- ")).toBe("?");
  });
});

describe("tagColour", () => {
  it("accepts hex colours only", () => {
    expect(tagColour("#2ca02c")).toBe("#2CA02C");
    expect(tagColour(" #abc ")).toBe("#ABC");
    expect(tagColour("red")).toBeNull();
    expect(tagColour("#12345")).toBeNull();
    expect(tagColour("#000;background:url(x)")).toBeNull();
    expect(tagColour(null)).toBeNull();
  });
});

describe("avatarTone", () => {
  it("is stable and in range", () => {
    const t = avatarTone("urn:li:corpuser:alice");
    expect(t).toBe(avatarTone("urn:li:corpuser:alice"));
    for (const u of ["a", "urn:li:corpGroup:ml", "urn:li:corpuser:bob", ""]) expect(avatarTone(u)).toBeGreaterThanOrEqual(0);
    for (const u of ["a", "urn:li:corpGroup:ml", "urn:li:corpuser:bob", ""]) expect(avatarTone(u)).toBeLessThan(6);
  });
});
