/** Merging an expanded node's one-hop neighbourhood into the graph on screen (see use-lineage-graph.ts). */
import type { LineageGraphQuery as LineageGraphResult } from "../gql/graphql";

/** The server's graph; `roots` when it starts from several nodes rather than its focus (an experiment's runs; see model.ts). */
export type ServerGraph = NonNullable<LineageGraphResult["lineageGraph"]> & { roots?: string[] };

/**
 * The graph with a one-hop neighbourhood merged in: new nodes are one hop further from the focus than
 * the expanded node, on its side; the expanded node's flags for that side come from the neighbourhood.
 */
export function mergeExpansion(graph: ServerGraph, expanded: string, direction: "UPSTREAM" | "DOWNSTREAM", hood: ServerGraph): ServerGraph {
  const base = graph.nodes.find((n) => n.urn === expanded);
  if (!base) return graph;
  const side = base.direction ?? direction;
  const known = new Set(graph.nodes.map((n) => n.urn));
  const hoodNode = hood.nodes.find((n) => n.urn === expanded);
  const nodes = graph.nodes.map((n) =>
    n.urn === expanded && hoodNode
      ? { ...n, ...(direction === "DOWNSTREAM" ? { downstreamExplored: hoodNode.downstreamExplored } : { upstreamExplored: hoodNode.upstreamExplored }) }
      : n,
  );
  for (const h of hood.nodes) {
    if (known.has(h.urn) || h.urn === expanded) continue;
    nodes.push({ ...h, degree: base.degree + h.degree, direction: side });
    known.add(h.urn);
  }
  const edgeKey = (e: { source: string; target: string; type: string }) => `${e.source}\u0000${e.target}\u0000${e.type}`;
  const seen = new Set(graph.edges.map(edgeKey));
  const edges = [...graph.edges];
  for (const e of hood.edges) if (!seen.has(edgeKey(e)) && known.has(e.source) && known.has(e.target)) edges.push(e);
  return { ...graph, nodes, edges };
}
