/**
 * Fetching the lineage graph for a view. Lives outside the explorer's lazy chunk so that the request
 * starts while the graph code is still downloading.
 *
 * Expanding a node must feel instant, but the view's query (with the new `xu`/`xd`) recomputes the
 * whole subgraph on the server. So an expansion first fetches only the expanded node's one-hop
 * neighbourhood, merges it into the graph on screen (`mergeExpansion`), and shows that at once; the
 * view's own query then arrives and replaces it, so a reload of the URL and the live view agree.
 */
import { useCallback, useMemo, useState } from "react";
import { useApolloClient, useQuery } from "@apollo/client/react";
import type { EntityType, LineageGraphQuery as LineageGraphResult, LineageGraphInput } from "../gql/graphql";
import type { LineageSearch } from "../lib/urls";
import { LineageGraphQuery } from "./query";

export const MAX_NODES = 2000;

export type ServerGraph = NonNullable<LineageGraphResult["lineageGraph"]>;

export function graphInput(urn: string, search: LineageSearch): LineageGraphInput {
  return {
    urn,
    upstreamHops: search.up ?? 1,
    downstreamHops: search.down ?? 1,
    types: search.types?.length ? (search.types as EntityType[]) : undefined,
    expand: [...(search.xu ?? []).map((u) => ({ urn: u, direction: "UPSTREAM" as const })), ...(search.xd ?? []).map((u) => ({ urn: u, direction: "DOWNSTREAM" as const }))],
    maxNodes: MAX_NODES,
  };
}

const inputKey = (i: LineageGraphInput) => JSON.stringify(i);

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

export interface LineageGraphState {
  graph: ServerGraph | null;
  loading: boolean;
  error: Error | undefined;
  /** fetch and show a node's neighbourhood now; the caller then puts the expansion in the URL */
  expandNow: (urn: string, direction: "UPSTREAM" | "DOWNSTREAM", nextSearch: LineageSearch) => Promise<void>;
}

export function useLineageGraph(urn: string, search: LineageSearch): LineageGraphState {
  const input = useMemo(() => graphInput(urn, search), [urn, search.up, search.down, search.types, search.xu, search.xd]);
  const key = inputKey(input);
  // The graph is a view of its own: not normalised into the cache (thousands of entities cost more to
  // write and read back than to fetch); a new view keeps the old graph on screen until it arrives.
  const { data, previousData, loading, error } = useQuery(LineageGraphQuery, { variables: { input }, fetchPolicy: "no-cache" });
  const [local, setLocal] = useState<{ key: string; graph: ServerGraph } | null>(null);
  const client = useApolloClient();

  const previous = previousData?.lineageGraph?.focus === urn ? previousData.lineageGraph : null;
  // The view's own answer; else this view's expansion merged locally; else the previous view's graph.
  const current = data?.lineageGraph ?? (local && local.key === key ? local.graph : previous);

  const expandNow = useCallback(
    async (node: string, direction: "UPSTREAM" | "DOWNSTREAM", nextSearch: LineageSearch) => {
      if (!current) return;
      const hood = await client.query({
        query: LineageGraphQuery,
        variables: { input: { urn: node, upstreamHops: direction === "UPSTREAM" ? 1 : 0, downstreamHops: direction === "DOWNSTREAM" ? 1 : 0, types: input.types, maxNodes: MAX_NODES } },
        fetchPolicy: "no-cache",
      });
      const h = hood.data?.lineageGraph;
      if (h) setLocal({ key: inputKey(graphInput(urn, nextSearch)), graph: mergeExpansion(current, node, direction, h) });
    },
    [client, current, input.types, urn],
  );

  return { graph: current ?? null, loading: loading && !(local && local.key === key), error: error as Error | undefined, expandNow };
}
