/** The parts of the proposals a model becomes (aspects, labels, the dataset patch) and the checks on their urns. */
import { parseUrn, UrnError } from "../../model/urn";
import type { TagLabel } from "./schema";
import type { Issue } from "./results";
import { encodeUrnPart } from "./naming";

export const FEATURE_TYPE: Record<string, string> = { numerical: "CONTINUOUS", categorical: "NOMINAL" };

export const OM_FQN_PROPERTY = "openmetadata.fqn";

export const mcp = (entityUrn: string, aspectName: string, json: Record<string, unknown>) => ({
  entityType: entityUrn.split(":")[2],
  entityUrn,
  changeType: "UPSERT",
  aspectName,
  aspect: { json },
});

export const defined = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;

export type PatchProposal = { entityType: string; entityUrn: string; changeType: "PATCH"; aspectName: string; aspect: { value: string; contentType: string } };

/** Adds the table's OpenMetadata FQN as a custom property: creates the dataset when missing, touches nothing else. */
export function fqnPatch(urn: string, tableFqn: string): PatchProposal {
  return {
    entityType: "dataset",
    entityUrn: urn,
    changeType: "PATCH",
    aspectName: "datasetProperties",
    aspect: {
      value: JSON.stringify([{ op: "add", path: `/customProperties/${OM_FQN_PROPERTY}`, value: tableFqn }]),
      contentType: "application/json-patch+json",
    },
  };
}

/** Classification tags → globalTags, Glossary labels → glossaryTerms; suggested (unconfirmed) labels are left out. Absent labels write nothing. */
export function pushLabels(
  out: Array<{ p: ReturnType<typeof mcp> | PatchProposal; from: string }>,
  urn: string,
  labels: readonly TagLabel[] | null | undefined,
  stamp: { time: number; actor?: string },
  from: string,
): void {
  if (labels === undefined || labels === null) return;
  const confirmed = labels.filter((l) => l.state === "Confirmed");
  const tagUrns = unique(confirmed.filter((l) => l.source === "Classification").map((l) => `urn:li:tag:${encodeUrnPart(l.tagFQN)}`));
  const termUrns = unique(confirmed.filter((l) => l.source === "Glossary").map((l) => `urn:li:glossaryTerm:${encodeUrnPart(l.tagFQN)}`));
  out.push({ p: mcp(urn, "globalTags", { tags: tagUrns.map((tag) => ({ tag })) }), from });
  out.push({ p: mcp(urn, "glossaryTerms", { terms: termUrns.map((u) => ({ urn: u })), auditStamp: stamp }), from });
}

/** OpenMetadata custom properties (any JSON) → DataHub's string map: strings as they are, anything else as JSON. */
export function customProperties(ext: Record<string, unknown> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(ext ?? {})) {
    if (v === null || v === undefined) continue;
    out[k] = typeof v === "string" ? v : JSON.stringify(v);
  }
  return out;
}

export function checkedUrn(u: string): string | undefined {
  return urnIssue(u) ? undefined : u;
}

export function urnIssue(u: string): string | null {
  try {
    parseUrn(u);
    return null;
  } catch (e) {
    return e instanceof UrnError ? e.message : String(e);
  }
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

export function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}\u0000${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
