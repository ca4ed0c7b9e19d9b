/**
 * The read/write contract of the catalog store. Only `server/store/` touches SQLite;
 * everything else (GraphQL resolvers, ingestion, CLI) goes through these types.
 */

import type { DerivedEdge } from "../model/derive";
import type { AspectValue } from "../model/records";

export type { AspectRecord, AspectValue } from "../model/records";

/** A point in a timeseries aspect (e.g. dataProcessInstanceRunEvent). */
export interface TimeseriesRecord {
  urn: string;
  aspect: string;
  timestampMillis: number;
  value: AspectValue;
}

/**
 * A relationship edge, stored in DataHub's direction: `src` is the entity whose aspect declares the
 * relation (e.g. model -TrainedBy-> run, run -IsPartOf-> container). See server/model/derive.ts for
 * the relationship names and which of them are lineage.
 */
export interface EdgeRecord {
  src: string;
  type: string;
  dst: string;
  /** aspect of `src` that the edge was derived from */
  viaAspect: string;
  createdAt: number;
}

export type Direction = "OUTGOING" | "INCOMING";

export interface SearchFilters {
  /** entity types as stored in URNs, e.g. "mlModel", "dataProcessInstance" */
  types?: string[];
  platforms?: string[];
  tags?: string[];
  terms?: string[];
  owners?: string[];
  /** Other facet filters, keyed by facet field ("container", "subTypes", …). */
  [field: string]: string[] | undefined;
}

export interface SearchQuery {
  /** free text; "" or "*" means match everything */
  query: string;
  filters?: SearchFilters;
  start?: number;
  count?: number;
  /** facet fields to aggregate, e.g. ["_entityType","platform","tags","glossaryTerms","owners"] */
  facets?: string[];
  /** default: relevance (newest change first when there is no query) */
  sort?: import("../model/search-sort").SearchSort;
  /** DataHub's orFilters (an OR of AND-ed criteria), applied besides `filters` (./search-filters.ts) */
  where?: import("./search-filters").FilterBranches;
  /** include soft-deleted entities: only a listing without text can (they are not in the full-text index) */
  includeSoftDeleted?: boolean;
  /** the most values each facet lists (default 50) */
  maxAggValues?: number;
  /** no matchedFields (DataHub's searchFlags.skipHighlighting) */
  skipHighlighting?: boolean;
  /** false: words match as written, without typo corrections (DataHub's searchFlags.fulltext false) */
  corrections?: boolean;
  /** count the facets afresh rather than from the whole catalog's cached counts */
  skipCache?: boolean;
}

/** Where a scroll goes on from: the last entity of the page before (its id, and its sort key when sorted). */
export interface ScrollPosition {
  id: number;
  key?: string | number | null;
}

export type { SearchSort } from "../model/search-sort";

export interface SearchHit {
  /** the entity's row id (what a scroll goes on from) */
  id: number;
  /** the value of the sort key, when sorted by one */
  key?: string | number | null;
  urn: string;
  type: string;
  /** fields that matched, each as a short window of its text around the first matching word (plain text: no markup) */
  matchedFields: Array<{ name: string; value: string }>;
  score: number;
  /**
   * the entity's current aspects, when the search read them (to name what matched in its other
   * text): the caller may reuse them rather than read them again
   */
  aspects?: Map<string, AspectValue>;
}

export interface FacetResult {
  field: string;
  aggregations: Array<{ value: string; count: number }>;
}

export interface SearchResult {
  start: number;
  count: number;
  total: number;
  hits: SearchHit[];
  facets: FacetResult[];
  /** false when more than FACETS_EXACT_UP_TO entities matched: facet counts cover the newest ones, and a full-text search's total is an estimate */
  facetsExact: boolean;
}

/** One proposal as it reaches the store: validated, decoded, with its entity type resolved. */
export interface AspectWrite {
  urn: string;
  entityType: string;
  aspect: string;
  value: AspectValue;
  /** for timeseries aspects only */
  timestampMillis?: number;
  systemMetadata?: Record<string, unknown> | null;
  actor: string;
  /** the value's JSON, when the caller has it already (it must be JSON.stringify(value)) */
  json?: string;
  /** the systemMetadata's JSON, when the caller has it already (it must be JSON.stringify(systemMetadata)) */
  systemMetadataJson?: string;
  /** the value's stored form, when the caller has it already (it must be packValue(json)) */
  packed?: string | Uint8Array;
  /**
   * `value` still as `json`, parsed when first read (the ingestion pipeline's writes): the write
   * path keeps it unparsed, so what nothing reads is never parsed.
   */
  lazy?: LazyValue;
  /** the edges the value declares, when the caller has them already (they must be deriveEdges(urn, aspect, value)) */
  edges?: readonly DerivedEdge[];
  /** History's fields of the value as a new aspect, when the caller has them already (changedFields(aspect, undefined, value)) */
  newFields?: readonly string[];
}

/** An aspect value kept as its JSON text until it is read. */
export class LazyValue {
  private parsed: AspectValue | undefined;
  constructor(readonly json: string) {}
  get value(): AspectValue {
    return (this.parsed ??= JSON.parse(this.json) as AspectValue);
  }
}

/** A value, or one still to be parsed. */
export type StoredValue = AspectValue | LazyValue;

export const valueOf = (v: StoredValue): AspectValue => (v instanceof LazyValue ? v.value : v);

export interface WriteResult {
  urn: string;
  aspect: string;
  /** false when the value equals the current one (no new version written) */
  changed: boolean;
  version: number;
  /** bytes this write stored: the new value, and the previous one kept as a version */
  bytes: number;
}

/** Counts of SQL statements executed, for tests that prove reads are batched. */
export interface StatementCounter {
  reset(): void;
  readonly count: number;
}
