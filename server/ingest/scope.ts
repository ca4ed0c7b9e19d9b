/**
 * What this catalog stores of DataHub's model. DataHub's files mix ML assets with entities Orrery does
 * not keep (a chart, a dashboard, a post) and aspects of kept entities it
 * does not keep (a container's forms). Each such proposal gets one message saying so,
 * rather than a schema error; urns of those kinds may still be referred to from stored aspects.
 */
import { ENTITY_ASPECTS } from "../model/aspects";
import { DATAHUB_ENTITY_ASPECTS, DATAHUB_ENTITY_TYPES } from "../model/datahub-model";

/** The message for a proposal outside this catalog, or null when the catalog stores its kind and aspect (or DataHub has no such kind or aspect: validation reports those). */
export function notStoredHere(entityUrn: string, aspectName: string): string | null {
  const type = /^urn:li:([A-Za-z][A-Za-z0-9]*):./.exec(entityUrn)?.[1];
  if (!type || !DATAHUB_ENTITY_TYPES.includes(type)) return null;
  const stored = (ENTITY_ASPECTS as Record<string, readonly string[] | undefined>)[type];
  if (!stored?.length) return `${entityUrn}: entity type ${type} is not stored by this catalog`;
  const datahub = DATAHUB_ENTITY_ASPECTS[type];
  if (!stored.includes(aspectName) && datahub && (datahub.aspects.includes(aspectName) || datahub.key === aspectName))
    return `${entityUrn}: aspect ${aspectName} of entity type ${type} is not stored by this catalog`;
  return null;
}
