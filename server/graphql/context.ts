/**
 * Per-request GraphQL context: who is asking, and DataLoaders so that a page query issues a bounded
 * number of SQL statements however many tags, owners or relations an entity has.
 */
import DataLoader from "dataloader";
import { GraphQLError } from "graphql";
import type { Store } from "../store/store";
import type { AspectValue, EdgeRecord } from "../store/types";
import type { EntityRow } from "../store/store";
import type { Principal, Permission } from "../auth/roles";
import { can } from "../auth/roles";
import type { WriteBudget } from "../store/limits";
import type { RequestBudget } from "./budget";
import { byCodePoints, readPaged, type ReadMeter } from "../lineage/paging";
import { InvalidArgument } from "../model/paging";
import { asAspectValue } from "../model/aspects/index";

/** A run event: when, and the event (its status, result, duration). */
export interface RunEvent {
  timestampMillis: number;
  value: AspectValue<"dataProcessInstanceRunEvent">;
}

/** One metric's logged points, as a run's orreryMetricHistory holds them. */
export type MetricSeries = AspectValue<"orreryMetricHistory">["metrics"][number];

/** A run, and the metrics asked of it (null: all, else sorted without repeats). */
export interface MetricHistoryKey {
  urn: string;
  names: readonly string[] | null;
}
const metricHistoryKey = (k: MetricHistoryKey) => `${k.urn}\u0000${JSON.stringify(k.names)}`;

export interface Loaders {
  /** all current aspects of an entity */
  aspects: DataLoader<string, Map<string, AspectValue>>;
  /** whether an entity exists (and is not soft-deleted) */
  exists: DataLoader<string, boolean>;
  /** the entity row: type, last update, soft-delete flag; null when unknown */
  entity: DataLoader<string, EntityRow | null>;
  outgoing: DataLoader<string, EdgeRecord[]>;
  incoming: DataLoader<string, EdgeRecord[]>;
  /** newest run events first */
  runEvents: DataLoader<string, RunEvent[]>;
  /** runs' metric histories (of the metrics named, else all); null when the run has none */
  metricHistory: DataLoader<MetricHistoryKey, MetricSeries[] | null, string>;
}

export interface Context {
  store: Store;
  principal: Principal;
  /** the aspect bytes this request may still make the server read and write through its writes (server/store/limits.ts) */
  writeBudget: WriteBudget;
  loaders: Loaders;
  /** what this request has cost so far, against its limits (see ./budget.ts) */
  budget?: RequestBudget;
}

/**
 * Keys per statement of each loader: large enough that a page is one statement, small enough that
 * one statement (and the JSON it parses) is a short stretch of the event loop.
 */
export const LOADER_BATCH = { aspects: 200, metricHistory: 10, rows: 1000, edges: 500 } as const;

/**
 * The request's loaders. With a budget, each batch first lets other requests in when this one has
 * run long enough, does nothing once the request was refused, and relationship reads count against
 * the request's read budget (a request that would read more is refused, naming the limit).
 */
export function createLoaders(store: Store, budget?: RequestBudget): Loaders {
  const turn = async () => {
    await budget?.pause();
    if (budget?.exceeded) throw budget.exceeded;
  };
  // Edges are read a page at a time (server/lineage/paging.ts), counted against the request's relationship
  // budget; a batch that would pass it refuses the request. Each urn's edges come by type, time, other end.
  const unmetered: ReadMeter = { left: () => Number.POSITIVE_INFINITY, add: () => {}, pause: () => undefined };
  const edges = (direction: "OUTGOING" | "INCOMING") =>
    new DataLoader<string, EdgeRecord[]>(
      async (urns) => {
        await turn();
        const side = direction === "OUTGOING" ? "src" : "dst";
        const by = new Map<string, EdgeRecord[]>(urns.map((u) => [u, []]));
        const sorted = store.edgeOrder(urns);
        const done = await readPaged(
          sorted,
          (list, limit, from) => store.edgeRows(side, list, limit, from),
          budget?.readMeter() ?? unmetered,
          (r) =>
            by
              .get(r.urn)!
              .push(
                side === "src"
                  ? { src: r.urn, type: r.type, dst: r.other, viaAspect: r.via, createdAt: r.createdAt }
                  : { src: r.other, type: r.type, dst: r.urn, viaAspect: r.via, createdAt: r.createdAt },
              ),
          (r) => r.via,
        );
        if (done < sorted.length) budget!.refuse("maxRelationshipsRead");
        const other = (e: EdgeRecord) => (side === "src" ? e.dst : e.src);
        for (const list of by.values())
          list.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : a.createdAt - b.createdAt || byCodePoints(other(a), other(b))));
        return urns.map((u) => by.get(u)!);
      },
      { maxBatchSize: LOADER_BATCH.edges },
    );
  return {
    aspects: new DataLoader(
      async (urns) => {
        await turn();
        const m = store.getCurrentAspects(urns);
        return urns.map((u) => m.get(u) ?? new Map());
      },
      { maxBatchSize: LOADER_BATCH.aspects },
    ),
    exists: new DataLoader(
      async (urns) => {
        await turn();
        const s = store.existing(urns);
        return urns.map((u) => s.has(u));
      },
      { maxBatchSize: LOADER_BATCH.rows },
    ),
    entity: new DataLoader(
      async (urns) => {
        await turn();
        const m = store.entityRows(urns);
        return urns.map((u) => m.get(u) ?? null);
      },
      { maxBatchSize: LOADER_BATCH.rows },
    ),
    outgoing: edges("OUTGOING"),
    incoming: edges("INCOMING"),
    metricHistory: new DataLoader<MetricHistoryKey, MetricSeries[] | null, string>(
      async (keys) => {
        await turn();
        // One statement per distinct set of names (a page asks for one set for all its runs).
        const byNames = new Map<string, { names: readonly string[] | null; urns: string[] }>();
        for (const k of keys) {
          const key = JSON.stringify(k.names);
          let group = byNames.get(key);
          if (!group) byNames.set(key, (group = { names: k.names, urns: [] }));
          group.urns.push(k.urn);
        }
        const found = new Map<string, MetricSeries[] | null>();
        for (const { names, urns } of byNames.values()) {
          const m = store.metricHistories(urns, names);
          // Each series is one of the run's orreryMetricHistory metrics, as validated on the way in.
          for (const u of urns) found.set(metricHistoryKey({ urn: u, names }), (m.get(u) as MetricSeries[] | undefined) ?? null);
        }
        return keys.map((k) => found.get(metricHistoryKey(k)) ?? null);
      },
      { maxBatchSize: LOADER_BATCH.metricHistory, cacheKeyFn: metricHistoryKey },
    ),
    runEvents: new DataLoader(
      async (urns) => {
        await turn();
        const m = store.getTimeseries(urns, "dataProcessInstanceRunEvent", { limit: 50 });
        return urns.map((u) =>
          (m.get(u) ?? []).map((e) => ({ timestampMillis: e.timestampMillis, value: asAspectValue("dataProcessInstanceRunEvent", e.value) })),
        );
      },
      { maxBatchSize: LOADER_BATCH.aspects },
    ),
  };
}

export function requirePermission(ctx: Context, permission: Permission): void {
  if (!ctx.principal.role)
    throw new GraphQLError(`Unauthenticated: sign in or send a Bearer token with the '${permission}' permission.`, {
      extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
    });
  if (!can(ctx.principal.role, permission))
    throw new GraphQLError(`Forbidden: role '${ctx.principal.role}' may not ${permission}.`, {
      extensions: { code: "FORBIDDEN", http: { status: 403 } },
    });
}

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

/** Applies a rule of the domain to a request's arguments: the InvalidArgument it throws is the client's BAD_USER_INPUT error. */
export function checked<T>(rule: () => T): T {
  try {
    return rule();
  } catch (e) {
    throw e instanceof InvalidArgument ? badInput(e.message) : e;
  }
}
