/**
 * What this catalog stores of DataHub's model. DataHub's files mix ML assets with entities Orrery does
 * not keep (a chart, a dashboard, a post) and aspects of kept entities it
 * does not keep (a container's forms). Each such proposal gets one message saying so,
 * rather than a schema error; urns of those kinds may still be referred to from stored aspects.
 */
import { ENTITY_ASPECTS } from "../model/aspects";
import { DATAHUB_ENTITY_ASPECTS, DATAHUB_ENTITY_TYPES } from "../model/datahub-model";

const DATAHUB_TYPES: ReadonlySet<string> = new Set(DATAHUB_ENTITY_TYPES);

/** What is outside the catalog for a kind of DataHub's and an aspect name: the kind, the aspect or nothing. */
type Verdict = "type" | "aspect" | null;

/**
 * Verdicts by kind and aspect name, remembered: every proposal is checked, and the lists they are
 * read from are long. Bounded, since aspect names come from the proposals.
 */
const verdicts = new Map<string, Verdict>();
const MAX_VERDICTS = 10_000;

function verdictOf(type: string, aspectName: string): Verdict {
  const stored = (ENTITY_ASPECTS as Record<string, readonly string[] | undefined>)[type];
  if (!stored?.length) return "type";
  const datahub = DATAHUB_ENTITY_ASPECTS[type];
  if (!stored.includes(aspectName) && datahub && (datahub.aspects.includes(aspectName) || datahub.key === aspectName)) return "aspect";
  return null;
}

/** The message for a proposal outside this catalog, or null when the catalog stores its kind and aspect (or DataHub has no such kind or aspect: validation reports those). */
export function notStoredHere(entityUrn: string, aspectName: string): string | null {
  const type = /^urn:li:([A-Za-z][A-Za-z0-9]*):./.exec(entityUrn)?.[1];
  if (!type || !DATAHUB_TYPES.has(type)) return null;
  const key = `${type}\u0000${aspectName}`;
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = verdictOf(type, aspectName);
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(key, verdict);
  }
  if (verdict === "type") return `${entityUrn}: entity type ${type} is not stored by this catalog`;
  if (verdict === "aspect") return `${entityUrn}: aspect ${aspectName} of entity type ${type} is not stored by this catalog`;
  return null;
}
