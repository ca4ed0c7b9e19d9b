import { EntityLink } from "../../components/entity-link";
import { urnTail } from "../../lib/format";

/**
 * The chain of term groups above a glossary term or group, root first, as links to their pages
 * (DataHub's `parentNodes` lists the nearest first).
 */
export function parentNodeCrumbs(nodes: ReadonlyArray<{ urn: string; properties?: { name: string } | null }> | null | undefined) {
  return [...(nodes ?? [])].reverse().map((n) => <EntityLink key={n.urn} urn={n.urn} kind="glossaryNode" name={n.properties?.name || urnTail(n.urn)} />);
}
