/**
 * `searchAcrossLineage` over a walk (./traverse.ts): the degree filter (DataHub's "1", "2", "3+",
 * which also bounds how far the walk goes), the kinds asked for, a text matched against each node's
 * urn and names, the order (nearest first, then by urn), a page, and the counts by kind and degree
 * of every node that matches.
 */
import { aspectValue, type AspectName } from "../model/aspects/index";
import type { AspectValue } from "../model/records";
import { InvalidArgument } from "../model/paging";
import { entityTypeOf } from "../model/urn";
import { MAX_LINEAGE_HOPS, type LineageNode, type Traversal } from "./traverse";

/** The aspects that name an entity (every aspect whose schema has a `name`). */
export const NAMING_ASPECTS = [
  "mlModelProperties",
  "mlModelGroupProperties",
  "editableMlModelProperties",
  "editableMlModelGroupProperties",
  "editableMlFeatureProperties",
  "editableMlFeatureTableProperties",
  "editableMlPrimaryKeyProperties",
  "dataProcessInstanceProperties",
  "orreryEditableDataProcessInstanceProperties",
  "datasetProperties",
  "editableDatasetProperties",
  "containerProperties",
  "editableContainerProperties",
  "tagProperties",
  "glossaryTermInfo",
  "dataPlatformInfo",
  "mlModelKey",
  "mlModelGroupKey",
  "datasetKey",
  "mlFeatureTableKey",
  "mlFeatureKey",
  "mlPrimaryKeyKey",
  "tagKey",
  "glossaryTermKey",
  "corpGroupKey",
  "domainProperties",
  "glossaryNodeInfo",
  "mlModelDeploymentKey",
  "glossaryNodeKey",
  // pipelines and their tasks
  "dataFlowInfo",
  "editableDataFlowProperties",
  "dataJobInfo",
  "editableDataJobProperties",
] as const satisfies readonly AspectName[];

/** The names an entity's aspects give it (`aspects`: its current aspects, as the store reads them). */
export function entityNames(aspects: ReadonlyMap<string, AspectValue>): string[] {
  const names: string[] = [];
  for (const name of NAMING_ASPECTS) {
    const n = aspectValue(aspects, name)?.name;
    if (typeof n === "string") names.push(n);
  }
  return names;
}

/** A degree filter's values: "1" to "10" (hops from the focus) or "3+" (three or more). */
export interface DegreeFilter {
  values: ReadonlyArray<string | null | undefined>;
  /** how far the walk must go for the filter: the greatest degree asked for, all the way for "3+" or no filter */
  maxHops: number;
}

/** Checks a degree filter's values (those of every `degree` criterion); an empty list filters nothing. */
export function degreeFilter(values: ReadonlyArray<string | null | undefined>): DegreeFilter {
  const bad = values.find((v) => v !== "3+" && !/^(?:[1-9]|10)$/.test(String(v)));
  if (bad !== undefined) throw new InvalidArgument(`degree filter values must be "1" to "10" or "3+", got ${JSON.stringify(bad)}`);
  const maxHops = values.length === 0 || values.includes("3+") ? MAX_LINEAGE_HOPS : Math.max(...values.map(Number));
  return { values, maxHops };
}

export interface LineageSearch {
  degrees: DegreeFilter;
  /** the entity kinds (as in urns) a node may be */
  types: ReadonlySet<string>;
  /** text each node's urn or one of its names must contain (any case); "", "*" or none match all */
  query?: string | null;
  /** the nodes the search's other filters let through (none: all) */
  allowed?: ReadonlySet<string> | null;
  /** the order: a key of each node (by `keys`), then urn; none: nearest first, then urn */
  sort?: { keys: (urns: readonly string[]) => Promise<ReadonlyArray<string | number>>; descending: boolean } | null;
  start: number;
  count: number;
}

export interface LineageSearchResult {
  /** how many nodes match */
  total: number;
  /** the page asked for, in the order asked (nearest first, then by urn, by default) */
  nodes: LineageNode[];
  /** every matching node in that order, each with its sort key (the degree by default) */
  ordered: Array<{ node: LineageNode; key: string | number }>;
  /** matching nodes by kind (as in urns), and by degree ("1", "2", "3+"), in the order first met */
  typeCounts: Map<string, number>;
  degreeCounts: Map<string, number>;
}

/**
 * The nodes of `walk` that match `search`, a page of them and their counts. `names` gives the names
 * of nodes (see entityNames), asked only when there is a text to match, for the nodes left by the
 * other filters.
 */
export async function searchLineage(
  walk: Traversal,
  search: LineageSearch,
  names: (urns: readonly string[]) => Promise<ReadonlyArray<readonly string[]>>,
): Promise<LineageSearchResult> {
  const degrees = search.degrees.values;
  const query = typeof search.query === "string" && search.query.trim() !== "*" ? search.query.trim().toLowerCase() : "";
  let nodes = [...walk.nodes.values()].filter((n) => {
    if (degrees.length && !degrees.includes(String(n.degree)) && !(n.degree >= 3 && degrees.includes("3+"))) return false;
    if (search.allowed && !search.allowed.has(n.urn)) return false;
    return search.types.has(entityTypeOf(n.urn));
  });
  if (query) {
    const found = await names(nodes.map((n) => n.urn));
    nodes = nodes.filter((n, i) => [n.urn, ...found[i]].some((text) => text.toLowerCase().includes(query)));
  }
  const keys = search.sort ? await search.sort.keys(nodes.map((n) => n.urn)) : nodes.map((n) => n.degree);
  const sign = search.sort?.descending ? -1 : 1;
  const ordered = nodes.map((node, i) => ({ node, key: keys[i] ?? "" }));
  ordered.sort((a, b) => sign * compareKeys(a.key, b.key) || a.node.urn.localeCompare(b.node.urn));
  nodes = ordered.map((o) => o.node);
  const typeCounts = new Map<string, number>();
  const degreeCounts = new Map<string, number>();
  for (const n of nodes) {
    const type = entityTypeOf(n.urn);
    typeCounts.set(type, (typeCounts.get(type) ?? 0) + 1);
    const d = n.degree >= 3 ? "3+" : String(n.degree);
    degreeCounts.set(d, (degreeCounts.get(d) ?? 0) + 1);
  }
  return { total: nodes.length, nodes: nodes.slice(search.start, search.start + search.count), ordered, typeCounts, degreeCounts };
}

/** Sort keys compared: numbers as numbers, text without regard to case (then by code points). */
export function compareKeys(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = String(a).toLowerCase();
  const y = String(b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}
