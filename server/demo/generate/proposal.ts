/** The proposal form (with its clock) and the aspects many entities share: ownership, tags, glossary terms. */
import type { Rng } from "./rng";
import type { EntityType, Proposal } from "./types";

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
/** 2024-01-01T00:00:00Z: the synthetic history starts here and spans ~18 months */
export const EPOCH = 1_704_067_200_000;
export const HISTORY_DAYS = 540;
/** lastObserved of the first proposal; later ones count up from it */
const OBSERVED_AT = 1_750_000_000_000;

export type Json = Record<string, unknown>;

export interface Ctx {
  rng: Rng;
  seq: number;
}

export function proposal(ctx: Ctx, entityType: EntityType, entityUrn: string, aspectName: string, json: Json): Proposal {
  return {
    entityType,
    entityUrn,
    changeType: "UPSERT",
    aspectName,
    aspect: { json },
    systemMetadata: {
      lastObserved: OBSERVED_AT + ctx.seq++,
      runId: "orrery-synthetic",
      properties: { clientId: "orrery-bench", clientVersion: "1.0.0" },
    },
  };
}

export function ownership(ctx: Ctx, team: readonly string[], time: number): Json {
  const { rng } = ctx;
  const owners = rng.sample(team, rng.int(1, 2)).map((owner, i) => ({
    owner,
    type: i === 0 ? "TECHNICAL_OWNER" : rng.pick(["BUSINESS_OWNER", "DATA_STEWARD", "TECHNICAL_OWNER"]),
  }));
  return { owners, ownerTypes: {}, lastModified: { time, actor: owners[0].owner } };
}

export function globalTags(urns: readonly string[]): Json {
  return { tags: urns.map((tag) => ({ tag })) };
}

export function glossaryTerms(urns: readonly string[], time: number, actor: string): Json {
  return { terms: urns.map((urn) => ({ urn })), auditStamp: { time, actor } };
}

export function titleCase(snake: string): string {
  return snake
    .split("_")
    .map((w) => (w.length <= 3 && /^(ctr|eta|ltv|sku|id|pd|gnn|bert|xgb|clv|v\d+)$/.test(w) ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1)))
    .join(" ");
}
