/** A proposal of an aspect, in the golden-file form, and the helpers that keep its JSON to what was read. */
import type { MlflowProposal } from "./types";

export function proposal(urn: string, aspectName: string, json: Record<string, unknown>): MlflowProposal {
  return { entityType: urn.slice("urn:li:".length, urn.indexOf(":", "urn:li:".length)), entityUrn: urn, changeType: "UPSERT", aspectName, aspect: { json } };
}

/** Drops undefined fields so that the stored JSON (and so "unchanged") depends only on what was read. */
export function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export const stampOf = (time: number | null | undefined) => (time == null ? undefined : { time });
