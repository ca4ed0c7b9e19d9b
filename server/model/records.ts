/** What the catalog stores of an aspect, as the domain rules (history, versions) read it. */
import type { AspectName, AspectValues } from "./aspects/index";

/**
 * A JSON value as stored for an aspect. `AspectValue<"ownership">` is the value of one aspect, typed
 * as its schema (./aspects/) lets it through.
 */
export type AspectValue<N extends AspectName | null = null> = N extends AspectName ? AspectValues[N] : Record<string, unknown>;

/**
 * One stored version of an aspect, numbered as DataHub does: version 0 is the current value; when it is
 * replaced, the old value is kept as version max+1, so 1 is the oldest and N the one before current.
 */
export interface AspectRecord {
  urn: string;
  aspect: string;
  version: number;
  value: AspectValue;
  /** epoch millis when this value was written */
  createdAt: number;
  /** urn of the actor who wrote it (corpuser urn, or the ingestion token's actor) */
  createdBy: string;
  systemMetadata?: Record<string, unknown> | null;
  /** length of the stored JSON text */
  bytes?: number;
}
