/**
 * Deterministic lineage graph for the lineage-view benchmark (bench/lineage.ts), as DataHub
 * MetadataChangeProposals in the golden-file form (`aspect.json`), like server/demo/generate/.
 *
 * The graph is built around one focus dataset (a curated training set). Opened at the focus with
 * `upstreamHops` hops upstream and `downstreamHops` hops downstream it shows exactly
 * `expectedNodes` entity nodes (≈ the requested size), and no node has more than 10 lineage
 * neighbours in either direction — the graph view shows 10 children per node and folds the rest into
 * "+N more", so a wider fan-out would hide nodes and the benchmark would not render what it claims.
 *
 * Shape, with the lineage edges derive.ts makes from each aspect:
 *
 *   upstream side (a tree towards the focus, `upstreamHops` deep)
 *     dataset ← upstream datasets       (the dataset's `upstreamLineage` → DownstreamOf)
 *     dataset ← the run that wrote it   (the run's `dataProcessInstanceOutput` → Produces)
 *     run     ← its input datasets      (the run's `dataProcessInstanceInput` → Consumes)
 *
 *   downstream side (`downstreamHops` deep)
 *     dataset → training runs reading it (`dataProcessInstanceInput`) and derived datasets
 *               (`upstreamLineage`; ~15% are joins that also read a sibling dataset of the same hop)
 *     run     → 1–3 models it trained (`mlModelProperties.trainingJobs` → TrainedBy) and output
 *               datasets (`dataProcessInstanceOutput`)
 *     model   → its model group (`mlModelProperties.groups` → MemberOf); a group collects 3–8
 *               models of the same hop, so it has at most 8 upstream neighbours. Models at the last
 *               hop have no group (unregistered), so nothing lies beyond them.
 *     group   → nothing
 *
 * Every hop has the same mean fan-out `b`; `b` is the smallest value (in steps of 0.02) for which the
 * graph reaches the target size, and the surplus is trimmed from the last hop, so the node count is
 * exact and most nodes sit at the far end, as in real lineage. Nodes at the last hop have no further
 * lineage — except the
 * *frontier*: up to `frontier` datasets at the last downstream hop (spread evenly over that hop) that each have 3–8 more downstream
 * neighbours one hop beyond the limit (derived datasets and consuming runs, with nothing after
 * them). Those are `expandable`: expanding one in the view adds exactly the nodes `hidden[urn]`.
 *
 * All runs belong to one experiment container (an IsPartOf edge, which is not lineage).
 */
import { Rng, type EntityType, type Proposal } from "../server/demo/generate";

export interface LineageGraphOptions {
  /** PRNG seed (default 1) */
  seed?: number;
  /** hops upstream of the focus (default 3) */
  upstreamHops?: number;
  /** hops downstream of the focus (default 4) */
  downstreamHops?: number;
  /** share of the non-focus nodes on the upstream side (default 0.15) */
  upstreamShare?: number;
  /**
   * frontier nodes with neighbours beyond the downstream hop limit (default max(24, size / 25): big
   * graphs do not fit the viewport, the view renders only the nodes on screen, and the benchmark
   * wants about 20 rendered frontier nodes to expand)
   */
  frontier?: number;
}

export interface LineageBenchGraph {
  proposals: Proposal[];
  focusUrn: string;
  upstreamHops: number;
  downstreamHops: number;
  /** entity nodes the view shows at the focus with those hops (focus included) */
  expectedNodes: number;
  expectedUpstream: number;
  expectedDownstream: number;
  /** frontier urns (last downstream hop) with downstream neighbours beyond the hop limit */
  expandable: string[];
  /** the hidden downstream neighbours of each expandable urn (3–8 of them) */
  hidden: Record<string, string[]>;
  /** nodes of the graph (focus, both sides, not the hidden ones) by entity type */
  byType: Record<string, number>;
  /** mean fan-out used on the upstream and downstream sides */
  fanOut: { upstream: number; downstream: number };
}

/** The most lineage neighbours any node may have per direction (the view's fan-out). */
export const MAX_NEIGHBOURS = 10;

type Kind = "dataset" | "run" | "model" | "group";

interface GNode {
  urn: string;
  kind: Kind;
  name: string;
  hop: number;
  /** dataset: upstreamLineage */
  upstreams: string[];
  /** run: dataProcessInstanceInput / dataProcessInstanceOutput */
  inputs: string[];
  outputs: string[];
  /** model: mlModelProperties.trainingJobs / groups */
  trainingJobs: string[];
  groups: string[];
  /** lineage neighbours, for the fan-out cap */
  up: Set<string>;
  down: Set<string>;
}

const ENTITY_TYPE: Record<Kind, EntityType> = { dataset: "dataset", run: "dataProcessInstance", model: "mlModel", group: "mlModelGroup" };
const NOUNS = ["orders", "customers", "sessions", "payments", "events", "clicks", "invoices", "tickets", "shipments", "reviews", "devices", "accounts"];
const STAGES_UP = ["curated", "clean", "staging", "raw", "landing", "source"];
const STAGES_DOWN = ["features", "training", "eval", "scored", "serving", "report", "archive"];
const PLATFORMS = ["snowflake", "bigquery", "s3", "hive"];
const FAMILIES = ["xgboost", "lightgbm", "mlp", "transformer", "logreg"];
/** 2025-01-01T00:00:00Z */
const CREATED = 1_735_689_600_000;
const OBSERVED_AT = 1_750_000_000_000;
const EXPERIMENT = "urn:li:container:orrery-bench-lineage-experiment";

/** A graph under construction: nodes by urn plus the rule for what each lineage edge is stored as. */
class Builder {
  readonly nodes = new Map<string, GNode>();
  private seq = 0;
  /** `prefix` keeps the urns of separately built parts of the graph apart */
  constructor(
    readonly rng: Rng,
    private readonly prefix: string,
  ) {}

  add(kind: Kind, hop: number, side: "up" | "down" | "focus" | "beyond"): GNode {
    const id = `${this.prefix}${this.seq++}`;
    const { rng } = this;
    const noun = rng.pick(NOUNS);
    const stage = side === "up" ? STAGES_UP[Math.min(hop, STAGES_UP.length - 1)] : STAGES_DOWN[Math.min(hop, STAGES_DOWN.length - 1)];
    let urn: string;
    let name: string;
    switch (kind) {
      case "dataset": {
        name = side === "focus" ? "churn_training_set" : `${stage}_${noun}_${id}`;
        urn = `urn:li:dataset:(urn:li:dataPlatform:${side === "focus" ? "snowflake" : rng.pick(PLATFORMS)},lineage_bench.${name},PROD)`;
        break;
      }
      case "run":
        name = `${side === "up" ? "build" : "train"}-${noun}-${id}`;
        urn = `urn:li:dataProcessInstance:lineage-bench-run-${id}`;
        break;
      case "model":
        name = `${noun}_${rng.pick(FAMILIES)}_${id}`;
        urn = `urn:li:mlModel:(urn:li:dataPlatform:mlflow,lineage_bench_${name},PROD)`;
        break;
      case "group":
        name = `${noun}_models_${id}`;
        urn = `urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,lineage_bench_${name},PROD)`;
        break;
    }
    const node: GNode = { urn, kind, name, hop, upstreams: [], inputs: [], outputs: [], trainingJobs: [], groups: [], up: new Set(), down: new Set() };
    this.nodes.set(urn, node);
    return node;
  }

  /** Records that `a` is upstream of `b`, on the aspect DataHub stores that edge in. */
  link(a: GNode, b: GNode): void {
    const k = `${a.kind}>${b.kind}`;
    if (k === "dataset>dataset") b.upstreams.push(a.urn);
    else if (k === "dataset>run") b.inputs.push(a.urn);
    else if (k === "run>dataset") a.outputs.push(b.urn);
    else if (k === "run>model") b.trainingJobs.push(a.urn);
    else if (k === "model>group") a.groups.push(b.urn);
    else throw new Error(`no lineage edge ${k}`);
    a.down.add(b.urn);
    b.up.add(a.urn);
  }

  /** Removes a leaf and its edges. */
  remove(n: GNode): void {
    for (const u of n.up) {
      const p = this.nodes.get(u)!;
      p.down.delete(n.urn);
      if (p.kind === "run") p.outputs = p.outputs.filter((x) => x !== n.urn);
    }
    this.nodes.delete(n.urn);
  }
}

/** Fan-out of one node: around `b` (×0.5–1.5), at least 1, at most what the cap leaves. */
function fan(rng: Rng, b: number, room: number): number {
  return Math.min(room, Math.max(1, rng.round(b * (0.5 + rng.float()))));
}

/** Downstream levels 1..hops below `focus`, with mean fan-out `b`. */
function growDown(g: Builder, focus: GNode, hops: number, b: number): GNode[][] {
  const { rng } = g;
  const levels: GNode[][] = [[focus]];
  for (let h = 1; h <= hops; h++) {
    const level: GNode[] = [];
    let group: { node: GNode; left: number } | null = null;
    for (const p of levels[h - 1]) {
      if (p.kind === "dataset") {
        const n = fan(rng, b, MAX_NEIGHBOURS - p.down.size);
        for (let i = 0; i < n; i++) {
          const c = g.add(rng.chance(0.4) ? "run" : "dataset", h, "down");
          g.link(p, c);
          level.push(c);
        }
      } else if (p.kind === "run") {
        const models = rng.int(1, 3);
        const outputs = Math.max(models === 0 ? 1 : 0, fan(rng, b, MAX_NEIGHBOURS) - models);
        for (let i = 0; i < models + outputs; i++) {
          const c = g.add(i < models ? "model" : "dataset", h, "down");
          g.link(p, c);
          level.push(c);
        }
      } else if (p.kind === "model") {
        // (models at the last hop are unregistered: their group would lie beyond the limit)
        if (!group || group.left === 0) {
          group = { node: g.add("group", h, "down"), left: rng.int(3, 8) };
          level.push(group.node);
        }
        g.link(p, group.node);
        group.left--;
      }
      // groups have no downstream lineage
    }
    // Joins: some derived datasets also read a sibling of their parent (same hop, so their own hop
    // does not change), when that sibling has room.
    const parents = levels[h - 1].filter((p) => p.kind === "dataset");
    if (parents.length > 1)
      for (const c of level) {
        if (c.kind !== "dataset" || c.up.size !== 1 || !rng.chance(0.15)) continue;
        const other = rng.pick(parents);
        const parent = g.nodes.get([...c.up][0])!;
        if (other !== parent && parent.kind === "dataset" && other.down.size < MAX_NEIGHBOURS) g.link(other, c);
      }
    levels.push(level);
  }
  return levels;
}

/** Upstream levels 1..hops above `focus`, with mean fan-out `b`. */
function growUp(g: Builder, focus: GNode, hops: number, b: number): GNode[][] {
  const { rng } = g;
  const levels: GNode[][] = [[focus]];
  for (let h = 1; h <= hops; h++) {
    const level: GNode[] = [];
    for (const c of levels[h - 1]) {
      const n = fan(rng, b, MAX_NEIGHBOURS - c.up.size);
      for (let i = 0; i < n; i++) {
        // a dataset's first upstream is the run that wrote it, half the time (not at the last hop,
        // where a run would have no inputs)
        const kind: Kind = c.kind === "dataset" && i === 0 && h < hops && rng.chance(0.5) ? "run" : "dataset";
        const p = g.add(kind, h, "up");
        g.link(p, c);
        level.push(p);
      }
    }
    levels.push(level);
  }
  return levels;
}

/**
 * Removes `excess` leaves (datasets and runs) from the last level, taking them from the parents with
 * the most children first so that the trim is spread over the level.
 */
function trim(g: Builder, levels: GNode[][], excess: number, side: "up" | "down"): void {
  const last = levels[levels.length - 1];
  const removable = last.filter((n) => n.kind === "dataset" || n.kind === "run");
  const parentOf = (n: GNode) => g.nodes.get([...(side === "down" ? n.up : n.down)][0])!;
  const width = (p: GNode) => (side === "down" ? p.down.size : p.up.size);
  const removed = new Set<GNode>();
  while (excess > 0) {
    let best: GNode | undefined;
    for (const n of removable) if (!removed.has(n) && (!best || width(parentOf(n)) > width(parentOf(best)))) best = n;
    if (!best) break;
    removed.add(best);
    if (side === "down") g.remove(best);
    else {
      // upstream leaves are roots: drop them from their child's aspects
      const child = parentOf(best);
      child.upstreams = child.upstreams.filter((x) => x !== best.urn);
      child.inputs = child.inputs.filter((x) => x !== best.urn);
      child.up.delete(best.urn);
      g.nodes.delete(best.urn);
    }
    excess--;
  }
  levels[levels.length - 1] = last.filter((n) => !removed.has(n));
}

const count = (levels: GNode[][]) => levels.slice(1).reduce((n, l) => n + l.length, 0);

/**
 * The lineage graph for a target of `size` entity nodes (focus included; at least 1 + hops), as
 * MCPs. Deterministic: the same arguments always give the same proposals.
 */
export function generateLineageGraph(size: number, opts: LineageGraphOptions = {}): LineageBenchGraph {
  const U = opts.upstreamHops ?? 3;
  const D = opts.downstreamHops ?? 4;
  const seed = opts.seed ?? 1;
  const target = Math.max(1 + U + D, Math.floor(size));
  const upTarget = Math.max(U, Math.round((target - 1) * (opts.upstreamShare ?? 0.15)));
  const downTarget = target - 1 - upTarget;

  // Each side is grown on its own, with the smallest mean fan-out that reaches its target: a coarse
  // scan in steps of 0.25, then steps of 0.02 from just below the first hit. Every attempt starts
  // from the same seed, so the result depends on the arguments only.
  const attempt = (side: "up" | "down", b: number) => {
    const g = new Builder(new Rng(seed * 7919 + (side === "up" ? 1 : 2)), side === "up" ? "u" : "d");
    const focus = g.add("dataset", 0, "focus");
    const levels = side === "up" ? growUp(g, focus, U, b) : growDown(g, focus, D, b);
    return { g, focus, levels };
  };
  const fit = (side: "up" | "down", want: number) => {
    const reaches = (b: number) => count(attempt(side, b).levels) >= want;
    let lo = 1;
    while (lo + 0.25 <= MAX_NEIGHBOURS && !reaches(lo + 0.25)) lo += 0.25;
    for (let b = lo; b <= MAX_NEIGHBOURS + 1e-9; b += 0.02) {
      const a = attempt(side, b);
      if (count(a.levels) >= want) {
        trim(a.g, a.levels, count(a.levels) - want, side);
        return { ...a, b: Number(b.toFixed(2)) };
      }
    }
    throw new Error(`lineage graph: cannot reach ${want} ${side}stream nodes within ${side === "up" ? U : D} hops at fan-out ${MAX_NEIGHBOURS}`);
  };
  const up = fit("up", upTarget);
  const down = fit("down", downTarget);

  // Merge the upstream side into the downstream one. Both focus nodes have the same urn; the focus
  // takes its upstream aspects (upstreamLineage) from the upstream side.
  const g = down.g;
  const focus = down.focus;
  for (const n of up.g.nodes.values()) {
    if (n === up.focus) {
      focus.upstreams = n.upstreams;
      for (const u of n.up) focus.up.add(u);
    } else g.nodes.set(n.urn, n);
  }
  const expectedUpstream = count(up.levels);
  const expectedDownstream = count(down.levels);
  const graphTypes: Record<string, number> = {};
  for (const n of g.nodes.values()) graphTypes[ENTITY_TYPE[n.kind]] = (graphTypes[ENTITY_TYPE[n.kind]] ?? 0) + 1;

  // Frontier: datasets at the last downstream hop, spread over the level, each with 3–8 neighbours
  // one hop beyond the limit.
  const rng = new Rng(seed * 104_729 + 3);
  const beyond = new Builder(rng, "x");
  const lastDatasets = down.levels[D].filter((n) => n.kind === "dataset");
  const want = Math.min(opts.frontier ?? Math.max(24, Math.ceil(target / 25)), lastDatasets.length);
  const expandable: string[] = [];
  const hidden: Record<string, string[]> = {};
  for (let i = 0; i < want; i++) {
    const f = lastDatasets[Math.floor(((i + 0.5) * lastDatasets.length) / want)];
    const k = rng.int(3, 8);
    hidden[f.urn] = [];
    for (let j = 0; j < k; j++) {
      const n = beyond.add(rng.chance(0.3) ? "run" : "dataset", D + 1, "beyond");
      g.link(f, n);
      hidden[f.urn].push(n.urn);
    }
    expandable.push(f.urn);
  }

  return {
    proposals: toProposals([...g.nodes.values(), ...beyond.nodes.values()], rng),
    focusUrn: focus.urn,
    upstreamHops: U,
    downstreamHops: D,
    expectedNodes: 1 + expectedUpstream + expectedDownstream,
    expectedUpstream,
    expectedDownstream,
    expandable,
    hidden,
    byType: graphTypes,
    fanOut: { upstream: up.b, downstream: down.b },
  };
}

/** The MCPs for every node of the graph, the experiment container first. */
function toProposals(nodes: readonly GNode[], rng: Rng): Proposal[] {
  let seq = 0;
  const out: Proposal[] = [];
  const emit = (entityType: EntityType, entityUrn: string, aspectName: string, json: Record<string, unknown>) =>
    out.push({
      entityType,
      entityUrn,
      changeType: "UPSERT",
      aspectName,
      aspect: { json },
      systemMetadata: { lastObserved: OBSERVED_AT + seq++, runId: "orrery-bench-lineage", properties: { clientId: "orrery-bench", clientVersion: "1.0.0" } },
    });
  emit("container", EXPERIMENT, "containerProperties", {
    name: "lineage benchmark runs",
    description: "Training runs of the lineage benchmark graph.",
    customProperties: {},
  });
  emit("container", EXPERIMENT, "subTypes", { typeNames: ["ML Experiment"] });
  emit("container", EXPERIMENT, "status", { removed: false });
  for (const n of nodes) {
    const created = CREATED + n.hop * 86_400_000 + rng.int(0, 86_399) * 1000;
    const time = { time: created };
    switch (n.kind) {
      case "dataset":
        emit("dataset", n.urn, "datasetProperties", {
          name: n.name,
          description: `Synthetic ${n.name.replace(/_/g, " ")} (lineage benchmark).`,
          customProperties: { hop: String(n.hop) },
          created: time,
          tags: [],
        });
        emit("dataset", n.urn, "subTypes", { typeNames: [n.urn.includes("dataPlatform:s3") ? "Folder" : "Table"] });
        emit("dataset", n.urn, "status", { removed: false });
        if (n.upstreams.length)
          emit("dataset", n.urn, "upstreamLineage", {
            upstreams: n.upstreams.map((dataset) => ({ auditStamp: { time: created, actor: "urn:li:corpuser:datahub" }, dataset, type: "TRANSFORMED" })),
          });
        break;
      case "run": {
        emit("dataProcessInstance", n.urn, "dataProcessInstanceProperties", {
          name: n.name,
          customProperties: {},
          created: { time: created, actor: "urn:li:corpuser:bench" },
        });
        emit("dataProcessInstance", n.urn, "subTypes", { typeNames: ["ML Training Run"] });
        emit("dataProcessInstance", n.urn, "container", { container: EXPERIMENT });
        if (n.inputs.length)
          emit("dataProcessInstance", n.urn, "dataProcessInstanceInput", { inputs: [], inputEdges: n.inputs.map((destinationUrn) => ({ destinationUrn })) });
        if (n.outputs.length)
          emit("dataProcessInstance", n.urn, "dataProcessInstanceOutput", {
            outputs: [],
            outputEdges: n.outputs.map((destinationUrn) => ({ destinationUrn })),
          });
        const duration = rng.int(5, 240) * 60_000;
        emit("dataProcessInstance", n.urn, "dataProcessInstanceRunEvent", {
          timestampMillis: created + duration,
          partitionSpec: { partition: "FULL_TABLE_SNAPSHOT", type: "FULL_TABLE" },
          status: "COMPLETE",
          attempt: 1,
          result: { type: "SUCCESS", nativeResultType: "FINISHED" },
          durationMillis: duration,
        });
        break;
      }
      case "model":
        emit("mlModel", n.urn, "mlModelProperties", {
          name: n.name,
          description: `Model ${n.name} (lineage benchmark).`,
          customProperties: {},
          trainingJobs: n.trainingJobs,
          groups: n.groups,
          created: time,
          tags: [],
        });
        emit("mlModel", n.urn, "status", { removed: false });
        break;
      case "group":
        emit("mlModelGroup", n.urn, "mlModelGroupProperties", {
          name: n.name,
          description: `Model group ${n.name} (lineage benchmark).`,
          customProperties: {},
          created: time,
        });
        emit("mlModelGroup", n.urn, "status", { removed: false });
        break;
    }
  }
  return out;
}
