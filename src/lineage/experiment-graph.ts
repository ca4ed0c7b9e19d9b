/**
 * An experiment's lineage graph. DataHub gives a container no lineage of its own, so an experiment's
 * lineage is its runs': the graph starts from the runs (drawn as the focus, side by side) with what
 * each read upstream and what each produced downstream, one hop each way, from DataHub's own
 * `lineage` field, so it works in front of any DataHub. Pure: the hook that fetches it is
 * use-experiment-graph.ts.
 */
import type { ServerGraph } from "./merge";

type ServerNode = ServerGraph["nodes"][number];
type EntityRef = ServerNode["entity"];

export interface ExperimentRunLineage {
  urn: string;
  entity: EntityRef;
  /** what the run read (its upstream) and what it produced (its downstream), with DataHub's relationship names */
  inputs: ReadonlyArray<{ type: string; urn: string; entity: EntityRef }>;
  outputs: ReadonlyArray<{ type: string; urn: string; entity: EntityRef }>;
  /** how many each way the catalog has (more than listed when the run's lists were cut short) */
  inputsTotal: number;
  outputsTotal: number;
}

export interface ExperimentGraph extends ServerGraph {
  roots: string[];
  /** runs whose inputs or outputs were cut short */
  cutShort: number;
}

/**
 * The graph of an experiment's runs. An asset that some run produced sits downstream (even when
 * another run read it: that edge then points back). `types` (EntityType names) keeps only assets of
 * those kinds; the runs always stay.
 */
export function experimentGraph(experiment: string, runs: readonly ExperimentRunLineage[], types?: readonly string[]): ExperimentGraph {
  const keep = (e: EntityRef) => !types?.length || (!!e && types.includes(e.type));
  const nodes = new Map<string, ServerNode>();
  const node = (urn: string, entity: EntityRef, degree: number, direction: ServerNode["direction"], up: number, down: number): ServerNode => ({
    __typename: "OrreryLineageGraphNode",
    urn,
    degree,
    direction,
    upstreamCount: up,
    downstreamCount: down,
    // One hop is all this graph asks for; "Focus graph here" follows any asset further.
    upstreamExplored: true,
    downstreamExplored: true,
    entity,
  });
  for (const r of runs) nodes.set(r.urn, node(r.urn, r.entity, 0, null, r.inputsTotal, r.outputsTotal));
  const produced = new Set(runs.flatMap((r) => r.outputs.map((o) => o.urn)));
  const edges: ServerGraph["edges"] = [];
  const seen = new Set<string>();
  const edge = (source: string, target: string, type: string) => {
    const k = `${source}\u0000${target}\u0000${type}`;
    if (seen.has(k) || source === target) return;
    seen.add(k);
    edges.push({ __typename: "OrreryLineageGraphEdge", source, target, type });
  };
  for (const r of runs) {
    for (const o of r.outputs) {
      if (!keep(o.entity) && !nodes.has(o.urn)) continue;
      if (!nodes.has(o.urn)) nodes.set(o.urn, node(o.urn, o.entity, 1, "DOWNSTREAM", 0, 0));
      edge(r.urn, o.urn, o.type);
    }
  }
  for (const r of runs) {
    for (const i of r.inputs) {
      if (!keep(i.entity) && !nodes.has(i.urn)) continue;
      if (!nodes.has(i.urn)) nodes.set(i.urn, node(i.urn, i.entity, 1, produced.has(i.urn) ? "DOWNSTREAM" : "UPSTREAM", 0, 0));
      edge(i.urn, r.urn, i.type);
    }
  }
  // Neighbour counts of the assets around the runs: the links this graph knows of.
  const ups = new Map<string, number>();
  const downs = new Map<string, number>();
  for (const e of edges) {
    downs.set(e.source, (downs.get(e.source) ?? 0) + 1);
    ups.set(e.target, (ups.get(e.target) ?? 0) + 1);
  }
  const roots = runs.map((r) => r.urn);
  const rootSet = new Set(roots);
  const all = [...nodes.values()].map((n) => (rootSet.has(n.urn) ? n : { ...n, upstreamCount: ups.get(n.urn) ?? 0, downstreamCount: downs.get(n.urn) ?? 0 }));
  return {
    __typename: "OrreryLineageGraph",
    focus: experiment,
    roots,
    truncated: false,
    truncatedBy: [],
    maxNodes: all.length,
    maxEdges: edges.length,
    nodes: all,
    edges,
    cutShort: runs.filter((r) => r.inputs.length < r.inputsTotal || r.outputs.length < r.outputsTotal).length,
  };
}
