/**
 * Which member of a version set is its latest: the one whose `versionProperties` sorts last, by its
 * `sortId` (else its version tag), comparing runs of digits as numbers (`2` before `10`); of members
 * that sort alike, the first listed. The stored `isLatest` flag is not read: the order decides.
 */
import type { AspectValue } from "./records";

export interface VersionMember {
  urn: string;
  /** the member's versionProperties, null when it has none */
  versionProperties: AspectValue<"versionProperties"> | null;
}

/** How a member sorts among its set's versions. */
function sortKey(vp: AspectValue<"versionProperties"> | null): string {
  return String(vp?.sortId ?? vp?.version?.versionTag ?? "");
}

/** The urn of the latest of `members` (in the order the set lists them), null when there are none. */
export function latestVersion(members: readonly VersionMember[]): string | null {
  let best: { urn: string; key: string } | null = null;
  for (const m of members) {
    const key = sortKey(m.versionProperties);
    if (!best || key.localeCompare(best.key, undefined, { numeric: true }) > 0) best = { urn: m.urn, key };
  }
  return best?.urn ?? null;
}
