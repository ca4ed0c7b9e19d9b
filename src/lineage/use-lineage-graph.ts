/**
 * Fetching the lineage graph for a view. Lives outside the explorer's lazy chunk so that the request
 * starts while the graph code is still downloading.
 *
 * Expanding a node must feel instant, but the view's query (with the new `xu`/`xd`) recomputes the
 * whole subgraph on the server. So an expansion first fetches only the expanded node's one-hop
 * neighbourhood, merges it into the graph on screen (`mergeExpansion`), and shows that at once; the
 * view's own query then arrives and replaces it, so a reload of the URL and the live view agree.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useApolloClient, useQuery } from "@apollo/client/react";
import type { EntityType, OrreryLineageGraphInput } from "../gql/graphql";
import type { LineageSearch } from "../lib/urls";
import { LineageGraphQuery } from "./query";
import { mergeExpansion, type ServerGraph } from "./merge";

export const MAX_NODES = 2000;
/** ms without a further expansion before the view's own query reconciles the merged graph */
const RECONCILE_AFTER = 1500;

export type { ServerGraph };

export function graphInput(urn: string, search: LineageSearch): OrreryLineageGraphInput {
  return {
    urn,
    upstreamHops: search.up ?? 1,
    downstreamHops: search.down ?? 1,
    types: search.types?.length ? (search.types as EntityType[]) : undefined,
    expand: [
      ...(search.xu ?? []).map((u) => ({ urn: u, direction: "UPSTREAM" as const })),
      ...(search.xd ?? []).map((u) => ({ urn: u, direction: "DOWNSTREAM" as const })),
    ],
    maxNodes: MAX_NODES,
  };
}

const inputKey = (i: OrreryLineageGraphInput) => JSON.stringify(i);

export interface LineageGraphState {
  graph: ServerGraph | null;
  /** `graph` is the previous view's, kept on screen while this view's is fetched */
  stale: boolean;
  loading: boolean;
  error: Error | undefined;
  /** fetch and show a node's neighbourhood now; the caller then puts the expansion in the URL */
  expandNow: (urn: string, direction: "UPSTREAM" | "DOWNSTREAM", nextSearch: LineageSearch) => Promise<void>;
}

export function useLineageGraph(urn: string, search: LineageSearch): LineageGraphState {
  // The query's input changes only with what it reads (not with the selection, say).
  const { up, down, types, xu, xd } = search;
  const input = useMemo(() => graphInput(urn, { up, down, types, xu, xd }), [urn, up, down, types, xu, xd]);
  const key = inputKey(input);
  // The graph is a view of its own: not normalised into the cache (thousands of entities cost more to
  // write and read back than to fetch); a new view keeps the old graph on screen until it arrives.
  /** an expansion merged here: shown from the moment it is fetched (`from`, the URL it was made on) until its own URL's query answers (`key`) */
  const [local, setLocal] = useState<{ from: string; key: string; graph: ServerGraph } | null>(null);
  // While someone keeps expanding, the merged graph is what they see; the view's query reconciles
  // once they pause (RECONCILE_AFTER), so its work never lands in the middle of the next expansion.
  const [settled, setSettled] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const localShown = !!local && (local.key === key || local.from === key);
  const skip = !settled && !!local && local.key === key;
  const { data, previousData, loading, error } = useQuery(LineageGraphQuery, { variables: { input }, fetchPolicy: "no-cache", skip });
  const client = useApolloClient();

  const previous = previousData?.lineageGraph?.focus === urn ? previousData.lineageGraph : null;
  // The view's own answer; else this view's expansion merged locally; else the previous view's graph.
  const own = (local && local.from === key ? local.graph : null) ?? data?.lineageGraph ?? (local && local.key === key ? local.graph : null);
  const current = own ?? previous;

  const expandNow = useCallback(
    async (node: string, direction: "UPSTREAM" | "DOWNSTREAM", nextSearch: LineageSearch) => {
      if (!current) return;
      const hood = await client.query({
        query: LineageGraphQuery,
        variables: {
          input: {
            urn: node,
            upstreamHops: direction === "UPSTREAM" ? 1 : 0,
            downstreamHops: direction === "DOWNSTREAM" ? 1 : 0,
            types: input.types,
            maxNodes: MAX_NODES,
          },
        },
        fetchPolicy: "no-cache",
      });
      performance.mark("lineage:expand-fetched");
      const h = hood.data?.lineageGraph;
      if (!h) return;
      setSettled(false);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => setSettled(true), RECONCILE_AFTER);
      setLocal({ from: key, key: inputKey(graphInput(urn, nextSearch)), graph: mergeExpansion(current, node, direction, h) });
    },
    [client, current, input.types, urn, key],
  );

  return { graph: current ?? null, stale: !own && !!previous, loading: loading && !localShown, error: error as Error | undefined, expandNow };
}
