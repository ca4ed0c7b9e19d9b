/**
 * Browse paths (DataHub's `browsePathsV2`): where an entity sits under its platform, as the Browse
 * view and `browseV2` walk them. A path is a list of entries, each a container (or other entity) urn
 * or a plain name ("training", "a-model-package-group"); the platform itself is not part of it, it is
 * a filter beside it, as in DataHub.
 *
 * The search index keeps a path as facet rows of the field `browsePathV2`, one per prefix, each the
 * entries joined by DataHub's delimiter `␟` and led by it (`␟urn:li:container:a␟b`): so the filter
 * `browsePathV2 = ␟a` finds everything under `a` at any depth, as DataHub's filter does, and the
 * groups under a path are the rows one entry longer.
 */
import { parseUrn } from "./urn";

/** DataHub's browse path delimiter (U+241F, SYMBOL FOR UNIT SEPARATOR). */
export const BROWSE_DELIMITER = "\u241f";
/** Paths deeper than this are cut (no source nests so deep; it bounds the facet rows of one entity). */
export const MAX_BROWSE_DEPTH = 20;

type Json = Record<string, unknown>;

function str(v: unknown): string | null {
  return typeof v === "string" && v !== "" ? v : null;
}

/**
 * The entries of an entity's browse path: its `browsePathsV2` aspect when it has one (an entry's urn
 * when it has one, else its id), else a default: its container after the container's own path (as
 * DataHub's server fills in a path from the chain of containers; `containerPath` reads it), a job's
 * pipeline, a model version's first model group (where DataHub's SageMaker source puts its versions),
 * or the platform's top level. Entries holding the delimiter are left out.
 */
export function browsePathOf(
  urn: string,
  aspects: Readonly<Record<string, Json | undefined>>,
  containerPath: (container: string) => readonly string[] = () => [],
): string[] {
  const stored = aspects.browsePathsV2?.path;
  if (Array.isArray(stored)) {
    return stored
      .map((e) => (e && typeof e === "object" ? (str((e as Json).urn) ?? str((e as Json).id)) : null))
      .filter((e): e is string => e !== null && !e.includes(BROWSE_DELIMITER))
      .slice(0, MAX_BROWSE_DEPTH);
  }
  const container = str(aspects.container?.container);
  if (container) return [...containerPath(container), container].slice(-MAX_BROWSE_DEPTH);
  try {
    const parsed = parseUrn(urn);
    if (parsed.entityType === "dataJob") return [parsed.flow];
  } catch {
    // a malformed urn has no default path
  }
  const groups = aspects.mlModelProperties?.groups;
  if (urn.startsWith("urn:li:mlModel:") && Array.isArray(groups)) {
    const first = str(groups[0]);
    if (first) return [first];
  }
  return [];
}

/** A path as the index and DataHub's filter write it: each entry led by the delimiter ("" for the top level). */
export function encodeBrowsePath(path: readonly string[]): string {
  return path.map((p) => BROWSE_DELIMITER + p).join("");
}

/** The facet values of a path: every non-empty prefix, encoded. */
export function browsePathFacets(path: readonly string[]): string[] {
  return path.map((_, i) => encodeBrowsePath(path.slice(0, i + 1)));
}
