/**
 * Per-request GraphQL context: who is asking, and DataLoaders so that a page query issues a bounded
 * number of SQL statements however many tags, owners or relations an entity has.
 */
import DataLoader from "dataloader";
import { GraphQLError } from "graphql";
import type { Store } from "../store/store";
import type { AspectValue, EdgeRecord, TimeseriesRecord } from "../store/types";
import type { EntityRow } from "../store/store";
import type { Principal, Permission } from "../auth/roles";
import { can } from "../auth/roles";
import type { WriteBudget } from "../store/limits";

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
  runEvents: DataLoader<string, TimeseriesRecord[]>;
  /** runs' metric histories, keyed `urn` + NUL + the JSON of the names asked (null: all); null when the run has none */
  metricHistory: DataLoader<string, Array<Record<string, unknown>> | null>;
}

export interface Context {
  store: Store;
  principal: Principal;
  /** what this request may still make the server read and write (server/store/limits.ts) */
  budget: WriteBudget;
  loaders: Loaders;
}

export function createLoaders(store: Store): Loaders {
  const edges = (direction: "OUTGOING" | "INCOMING") =>
    new DataLoader<string, EdgeRecord[]>(async (urns) => {
      const all = store.getEdges(urns, direction);
      const by = new Map<string, EdgeRecord[]>(urns.map((u) => [u, []]));
      for (const e of all) by.get(direction === "OUTGOING" ? e.src : e.dst)?.push(e);
      return urns.map((u) => by.get(u) ?? []);
    });
  return {
    aspects: new DataLoader(async (urns) => {
      const m = store.getCurrentAspects(urns);
      return urns.map((u) => m.get(u) ?? new Map());
    }),
    exists: new DataLoader(async (urns) => {
      const s = store.existing(urns);
      return urns.map((u) => s.has(u));
    }),
    entity: new DataLoader(async (urns) => {
      const m = store.entityRows(urns);
      return urns.map((u) => m.get(u) ?? null);
    }),
    outgoing: edges("OUTGOING"),
    incoming: edges("INCOMING"),
    metricHistory: new DataLoader(async (keys) => {
      // One statement per distinct set of names (a page asks for one set for all its runs).
      const byNames = new Map<string, string[]>();
      for (const k of keys) {
        const [urn, names] = k.split("\u0000") as [string, string];
        (byNames.get(names) ?? byNames.set(names, []).get(names)!).push(urn);
      }
      const found = new Map<string, Array<Record<string, unknown>> | null>();
      for (const [names, urns] of byNames) {
        const m = store.metricHistories(urns, JSON.parse(names) as string[] | null);
        for (const u of urns) found.set(`${u}\u0000${names}`, m.get(u) ?? null);
      }
      return keys.map((k) => found.get(k) ?? null);
    }),
    runEvents: new DataLoader(async (urns) => {
      const m = store.getTimeseries(urns, "dataProcessInstanceRunEvent", { limit: 50 });
      return urns.map((u) => m.get(u) ?? []);
    }),
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
