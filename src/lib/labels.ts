/** Small pure helpers for the pages of tags, glossary terms, people and groups. */

/**
 * Up to two initials of a person's or group's name, for the badge that stands in for a picture (the
 * app loads no image from elsewhere): "Alice Chen" → "AC", "alice.chen" → "AC", "bob" → "B".
 */
export function initials(name: string): string {
  const words = name
    .replace(/@.*$/, "")
    .split(/[\s._\-–—/()]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, ""))
    .filter((w) => w.length > 0);
  if (words.length === 0) return "?";
  const first = (w: string) => [...w][0]!.toLocaleUpperCase("en-US");
  return words.length === 1 ? first(words[0]!) : first(words[0]!) + first(words[words.length - 1]!);
}

/** A tag's colour from the catalog as CSS, only when it is a hex colour (#rgb or #rrggbb); anything else is ignored. */
export function tagColour(hex: string | null | undefined): string | null {
  const s = hex?.trim() ?? "";
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(s) ? s.toUpperCase() : null;
}

const PALETTE_SIZE = 6;

/** Which of the avatar colours a urn gets: the same one on every page. */
export function avatarTone(urn: string): number {
  let h = 0;
  for (let i = 0; i < urn.length; i++) h = (h * 31 + urn.charCodeAt(i)) >>> 0;
  return h % PALETTE_SIZE;
}
