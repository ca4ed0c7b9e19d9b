/**
 * The server's graph as the explorer reads it: what each node shows (worked out once per node object,
 * so an expansion, which keeps the other nodes' objects, works out only its new nodes), the kinds
 * present, and an id per graph object for the layout's key.
 */
import { getFragmentData } from "../gql";
import type { EntityListItemFragment } from "../gql/graphql";
import { EntityListItem, itemDescription, itemDetail, itemName, itemPlatform } from "../entities/shared/list-item";
import { KINDS, kindOfEntityType, type Kind } from "../lib/kinds";
import type { ServerGraph } from "./merge";
import type { Graph } from "./model";

/** What the graph's card and the side panel show of one node. */
export interface NodeInfo {
  urn: string;
  kind: Kind | null;
  type: string;
  name: string;
  subtitle: string;
  description: string | null;
  result: string | null;
  aliases: string[];
}

export type ServerNode = ServerGraph["nodes"][number];

export function entityInfo(urn: string, e: EntityListItemFragment | null): NodeInfo {
  if (!e) return { urn, kind: null, name: urn, subtitle: "", description: null, result: null, aliases: [], type: "UNKNOWN" };
  const kind = kindOfEntityType(e.type);
  const result =
    e.__typename === "DataProcessInstance" ? (e.runState?.[0]?.result?.resultType ?? (e.runState?.[0]?.status === "STARTED" ? "RUNNING" : null)) : null;
  const aliases =
    e.__typename === "MLModel" ? (e.versionProperties?.aliases ?? []).map((a) => a.versionTag).filter((a): a is string => !!a && a !== "latest") : [];
  const platform = itemPlatform(e);
  const detail = e.__typename === "DataProcessInstance" ? null : itemDetail(e);
  return {
    urn,
    kind,
    type: e.type,
    name: itemName(e),
    subtitle: [kind ? KINDS[kind].label : e.type, platform, detail].filter(Boolean).join(" · "),
    description: itemDescription(e),
    result,
    aliases,
  };
}

/** Node objects are never changed once received, so what one shows is remembered for as long as the object lives. */
const infoOfNode = new WeakMap<ServerNode, NodeInfo>();

export function nodeInfo(n: ServerNode): NodeInfo {
  let i = infoOfNode.get(n);
  if (!i) infoOfNode.set(n, (i = entityInfo(n.urn, n.entity ? getFragmentData(EntityListItem, n.entity) : null)));
  return i;
}

export interface GraphModel {
  graph: Graph | null;
  infos: Map<string, NodeInfo>;
  /** kinds that occur in the graph (for the kind filter and the colour legend) */
  kinds: Kind[];
}

export function graphModel(server: ServerGraph | null): GraphModel {
  if (!server) return { graph: null, infos: new Map<string, NodeInfo>(), kinds: [] };
  const infos = new Map<string, NodeInfo>();
  for (const n of server.nodes) infos.set(n.urn, nodeInfo(n));
  const graph: Graph = { focus: server.focus, roots: server.roots, nodes: server.nodes, edges: server.edges };
  return { graph, infos, kinds: kindsIn(graph, infos) };
}

/** Kinds that occur in the graph, in the order of their first node. */
export function kindsIn(graph: Graph, infos: ReadonlyMap<string, NodeInfo>): Kind[] {
  const ks = new Set<Kind>();
  for (const n of graph.nodes) {
    const k = infos.get(n.urn)?.kind;
    if (k) ks.add(k);
  }
  return [...ks];
}

const idOfGraph = new WeakMap<object, number>();
let nextGraphId = 1;

/** A number that differs for every graph object (0 for none): the same object always gets the same one. */
export function graphId(graph: object | null | undefined): number {
  if (!graph) return 0;
  let id = idOfGraph.get(graph);
  if (!id) idOfGraph.set(graph, (id = nextGraphId++));
  return id;
}
