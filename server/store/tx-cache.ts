import type { InternCache } from "./interned";
import type { StoredValue } from "./types";

/** An aspect the running transaction wrote: its value before the transaction (JSON), its last value. */
export interface TxAspect {
  urn: string;
  aspect: string;
  before: string | null;
  after: StoredValue;
  /** History's fields of `after` as a new aspect, when the writer had them (see AspectWrite.newFields) */
  newFields?: readonly string[];
  /** who wrote it last, and whether every write of it was a person's */
  actor: string;
  person: boolean;
}

/**
 * What the running write transaction has written so far, shared by the write path, the search index
 * and History's change records. The store clears it when the transaction ends, committed or rolled
 * back.
 */
export class TxCache implements InternCache {
  /** urn ids read or created by the running transaction (see interned.ts) */
  readonly urnIds = new Map<string, number>();
  /** aspect name and relationship type ids read or created by the running transaction */
  readonly nameIds = new Map<string, number>();
  /** aspects the running transaction wrote, by urn and aspect: their value before it, and their last value (for History) */
  readonly aspects = new Map<string, TxAspect>();
  /** Entities created by the running transaction: their first indexing has nothing to delete. */
  readonly fresh = new Set<string>();
  /** (urn, aspect) pairs written for fresh entities */
  readonly touched = new Set<string>();
  /** fresh entities already indexed once */
  readonly indexed = new Set<string>();
  /** current aspects of fresh entities, so indexing them needs no read-back */
  readonly freshAspects = new Map<string, Map<string, StoredValue>>();
  /** ids of the entities the running transaction created */
  readonly ids = new Map<string, number>();
  /** display names of owners read for indexing (null: none), dropped when the owner is written */
  readonly ownerNames = new Map<string, string | null>();
  /** words the running transaction has put in the search vocabulary (or found there) */
  readonly words = new Set<string>();

  clear(): void {
    this.aspects.clear();
    this.fresh.clear();
    this.touched.clear();
    this.indexed.clear();
    this.freshAspects.clear();
    this.ids.clear();
    this.ownerNames.clear();
    this.words.clear();
    this.urnIds.clear();
    this.nameIds.clear();
  }

  /** Forgets everything of a deleted entity, so committing records no change of an entity that is gone. */
  forgetEntity(urn: string): void {
    for (const k of this.aspects.keys()) if (k.startsWith(`${urn}\u0000`)) this.aspects.delete(k);
    this.fresh.delete(urn);
    this.indexed.delete(urn);
    this.freshAspects.delete(urn);
    this.ids.delete(urn);
    this.ownerNames.delete(urn);
    for (const k of this.touched) if (k.startsWith(`${urn}\u0000`)) this.touched.delete(k);
  }
}

/** The key of an (urn, aspect) pair in TxCache.aspects and TxCache.touched. */
export function aspectKey(urn: string, aspect: string): string {
  return `${urn}\u0000${aspect}`;
}
