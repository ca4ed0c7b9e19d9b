/**
 * Reading nodes' lineage relationships for the walks (./traverse.ts, ./graph.ts): a page at a time
 * (./paging.ts), every row read counted against the read budget, and between pages the request gives
 * way to others when it has run long enough. When the budget is spent a walk stops where it is and
 * says so; it never reads on.
 */
import type { Store } from "../store/store";
import type { EdgeTimeWindow } from "../store/edges";
import { RELATIONSHIPS, type LineageRole } from "../model/derive";
import { readPaged, type ReadMeter } from "./paging";

export type LineageDirection = "UPSTREAM" | "DOWNSTREAM";

const typesWhere = (role: LineageRole) =>
  Object.entries(RELATIONSHIPS)
    .filter(([, r]) => r.lineage === role)
    .map(([type]) => type);
/** Stored `src -type-> dst` where dst is upstream of src (DownstreamOf, TrainedBy, …), and the others. */
const DST_UPSTREAM: readonly string[] = typesWhere("dstIsUpstream");
const DST_DOWNSTREAM: readonly string[] = typesWhere("dstIsDownstream");
const LINEAGE_TYPES: readonly string[] = [...DST_UPSTREAM, ...DST_DOWNSTREAM];
const UP_FROM_SRC: ReadonlySet<string> = new Set(DST_UPSTREAM);
const DOWN_FROM_SRC: ReadonlySet<string> = new Set(DST_DOWNSTREAM);

/**
 * The relationship types that make a node's neighbours upstream (or downstream) of it: those it
 * declares (`outgoing`, the node is src) and those declared of it (`incoming`, the node is dst).
 */
export function lineageTypes(direction: LineageDirection): { outgoing: ReadonlySet<string>; incoming: ReadonlySet<string> } {
  return direction === "UPSTREAM" ? { outgoing: UP_FROM_SRC, incoming: DOWN_FROM_SRC } : { outgoing: DOWN_FROM_SRC, incoming: UP_FROM_SRC };
}

/** Urns per statement, for the frontier and for the existence checks of neighbours. */
const URNS_PER_STATEMENT = 500;

interface Rows {
  /** rows where the node is src: [type, dst] */
  out: Array<[string, string]>;
  /** rows where the node is dst: [type, src] */
  in: Array<[string, string]>;
  /** every row of the node (of the types read) was read */
  complete: boolean;
}

/**
 * Reads nodes' lineage relationships under a read budget. `which` says what is read of a node: both
 * directions (the graph view needs counts both ways) or one (a walk one way). Nodes are read in
 * pages (readPaged), in the store's order of urns (Store.edgeOrder); a node with more rows than a
 * page is read on from where the last page stopped. Once the budget is spent, the nodes not read
 * in full stay incomplete and nothing more is read. Neighbours are checked for existence
 * (soft-deleted and unknown ones left out).
 */
export class LineageReader {
  private readonly rows = new Map<string, Rows>();
  private readonly alive = new Map<string, boolean>();
  /** the budget ran out: some node asked for was not read in full */
  exhausted = false;
  private readonly srcTypes: readonly string[];
  private readonly dstTypes: readonly string[];

  constructor(
    private readonly store: Store,
    which: LineageDirection | "BOTH",
    private readonly meter: ReadMeter,
    /** rows a statement (./paging.ts; smaller in tests) */
    private readonly pageRows?: number,
    /** only relationships first stored or last observed in this window */
    private readonly window?: EdgeTimeWindow,
  ) {
    this.srcTypes = which === "BOTH" ? LINEAGE_TYPES : which === "UPSTREAM" ? DST_UPSTREAM : DST_DOWNSTREAM;
    this.dstTypes = which === "BOTH" ? LINEAGE_TYPES : which === "UPSTREAM" ? DST_DOWNSTREAM : DST_UPSTREAM;
  }

  /** Whether every lineage relationship of `urn` (of the kind read) was read. */
  complete(urn: string): boolean {
    return this.rows.get(urn)?.complete === true;
  }

  /** Reads the nodes not read yet, in the store's order of urns (edgeOrder), until the budget runs out. */
  async read(urns: readonly string[]): Promise<void> {
    const todo = this.store.edgeOrder(urns.filter((u) => !this.rows.has(u)));
    for (let i = 0; i < todo.length; i += URNS_PER_STATEMENT) {
      const chunk = todo.slice(i, i + URNS_PER_STATEMENT);
      for (const u of chunk) this.rows.set(u, { out: [], in: [], complete: false });
      if (this.exhausted) continue;
      await this.readChunk(chunk);
      await this.checkAlive(chunk);
    }
  }

  /** Reads `chunk`'s nodes page by page, marking those read in full, until done or out of budget. */
  private async readChunk(chunk: readonly string[]): Promise<void> {
    const done = await readPaged(
      chunk,
      (urns, limit, from) => this.store.relationshipRows(urns, this.srcTypes, this.dstTypes, limit, from, this.window),
      this.meter,
      (r) => {
        const rows = this.rows.get(r.urn)!;
        (r.side === 0 ? rows.out : rows.in).push([r.type, r.other]);
      },
      (r) => r.side,
      this.pageRows,
    );
    for (const u of chunk.slice(0, done)) this.rows.get(u)!.complete = true;
    if (done < chunk.length) this.exhausted = true;
  }

  /** Which of the neighbours read exist (and are not soft-deleted), a statement per URNS_PER_STATEMENT * 4 urns. */
  private async checkAlive(chunk: readonly string[]): Promise<void> {
    const unknown = new Set<string>();
    for (const u of chunk) {
      const rows = this.rows.get(u)!;
      for (const [, other] of rows.out) if (!this.alive.has(other)) unknown.add(other);
      for (const [, other] of rows.in) if (!this.alive.has(other)) unknown.add(other);
    }
    const list = [...unknown];
    for (let i = 0; i < list.length; i += URNS_PER_STATEMENT * 4) {
      const part = list.slice(i, i + URNS_PER_STATEMENT * 4);
      const existing = this.store.existing(part);
      for (const u of part) this.alive.set(u, existing.has(u));
      await this.meter.pause();
    }
  }

  /** The existing lineage neighbours of `urn` that way, each once, from what was read of it. */
  neighbours(urn: string, direction: LineageDirection): string[] {
    const rows = this.rows.get(urn);
    if (!rows) return [];
    const out = new Set<string>();
    // A src row is upstream when its type says dst is upstream; a dst row the other way round.
    for (const [type, other] of rows.out) if (UP_FROM_SRC.has(type) === (direction === "UPSTREAM") && this.alive.get(other)) out.add(other);
    for (const [type, other] of rows.in) if (UP_FROM_SRC.has(type) !== (direction === "UPSTREAM") && this.alive.get(other)) out.add(other);
    return [...out];
  }

  /** The relationships read of `urn`, in DataHub's stored direction. */
  *edges(urn: string): Generator<{ src: string; type: string; dst: string }> {
    const rows = this.rows.get(urn);
    if (!rows) return;
    for (const [type, dst] of rows.out) yield { src: urn, type, dst };
    for (const [type, src] of rows.in) yield { src, type, dst: urn };
  }
}
