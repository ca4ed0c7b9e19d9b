/**
 * Lineage relationships in plain words. The graph's edges run upstream → downstream and carry
 * DataHub's relationship names (`DataProcessInstanceProduces`, `KeyedBy`, …); a person reads
 * "Simple Training Run produced Iris Model Output Data", so each name has a phrase that reads from
 * the edge's source to its target, and one that reads back from the target.
 */

export interface Relation {
  /** source → target: "<source> trained <target>" */
  forward: string;
  /** target ← source: "<target> trained by <source>" */
  backward: string;
}

/** Edges that join two shown assets through kinds filtered out of the view (lineageGraph's indirect edges). */
export const INDIRECT = "Indirect";
/** The link from a node to its "+N more" placeholder. */
export const MORE = "More";

const RELATIONS: Record<string, Relation> = {
  // run → model or group (the model names its training run)
  TrainedBy: { forward: "trained", backward: "trained by" },
  // model → group
  MemberOf: { forward: "member of", backward: "has member" },
  // dataset → run (the run names its input)
  DataProcessInstanceConsumes: { forward: "read by", backward: "read" },
  // run → dataset or model (the run names its output)
  DataProcessInstanceProduces: { forward: "produced", backward: "produced by" },
  // upstream dataset → dataset
  DownstreamOf: { forward: "feeds", backward: "derived from" },
  // dataset → feature or primary key
  DerivedFrom: { forward: "source of", backward: "derived from" },
  // feature → model; dataset → job (the job names its input)
  Consumes: { forward: "used by", backward: "uses" },
  // job → dataset (the job names its output)
  Produces: { forward: "produced", backward: "produced by" },
  // job → its run (the run names its job)
  InstanceOf: { forward: "ran as", backward: "run of" },
  // model → downstream job
  UsedBy: { forward: "used by", backward: "uses" },
  // feature → feature table
  Contains: { forward: "part of", backward: "contains" },
  // primary key → feature table
  KeyedBy: { forward: "key of", backward: "keyed by" },
  [INDIRECT]: { forward: "leads to (through hidden kinds)", backward: "comes from (through hidden kinds)" },
  [MORE]: { forward: "has more", backward: "has more" },
  // an experiment's run (the experiment's graph)
  RunOf: { forward: "ran", backward: "run of" },
};

/** A relationship name DataHub may add later: split its words ("SomeNewThing" → "some new thing"). */
function words(type: string): string {
  return type
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase();
}

export function relation(type: string): Relation {
  return RELATIONS[type] ?? { forward: words(type), backward: `${words(type)} (reverse)` };
}

/** What an edge of one or more relationship types says, source to target: "trained and produced". */
export function edgePhrase(types: readonly string[], dir: "forward" | "backward" = "forward"): string {
  const ps = [...new Set(types.map((t) => relation(t)[dir]))];
  return ps.length <= 2 ? ps.join(" and ") : `${ps.slice(0, -1).join(", ")} and ${ps[ps.length - 1]}`;
}

/** The whole sentence: "Simple Training Run trained and produced ARIMA Model". */
export function edgeSentence(types: readonly string[], source: string, target: string): string {
  return `${source} ${edgePhrase(types)} ${target}`;
}

export interface NeighbourLink {
  urn: string;
  name: string;
  /** read with the node as subject: "read", "trained by" (upstream); "trained", "member of" (downstream) */
  phrase: string;
}

/**
 * A node's links to its neighbours on screen, in plain words with the node as the subject:
 * upstream ("trained by Simple Training Run") and downstream ("member of Airline Forecast Models
 * Group"), by name. "+N more" links are left out.
 */
export function neighbourLinks(
  edges: readonly { source: string; target: string; type: string; types?: readonly string[] }[],
  urn: string,
  name: (urn: string) => string,
): { up: NeighbourLink[]; down: NeighbourLink[] } {
  const up: NeighbourLink[] = [];
  const down: NeighbourLink[] = [];
  const byName = (a: NeighbourLink, b: NeighbourLink) => a.phrase.localeCompare(b.phrase) || a.name.localeCompare(b.name, undefined, { numeric: true });
  for (const e of edges) {
    if (e.type === MORE) continue;
    const types = e.types ?? [e.type];
    if (e.target === urn && e.source !== urn) up.push({ urn: e.source, name: name(e.source), phrase: edgePhrase(types, "backward") });
    else if (e.source === urn && e.target !== urn) down.push({ urn: e.target, name: name(e.target), phrase: edgePhrase(types) });
  }
  return { up: up.sort(byName), down: down.sort(byName) };
}
