/** The proposals the generator yields, and its options. */

export type EntityType =
  | "dataset"
  | "container"
  | "dataProcessInstance"
  | "mlModelGroup"
  | "mlModel"
  | "mlFeatureTable"
  | "mlFeature"
  | "mlPrimaryKey"
  | "tag"
  | "glossaryTerm"
  | "corpuser";

export interface Proposal {
  entityType: EntityType;
  entityUrn: string;
  changeType: "UPSERT";
  aspectName: string;
  aspect: { json: Record<string, unknown> };
  systemMetadata: {
    lastObserved: number;
    runId: string;
    properties: { clientId: string; clientVersion: string };
  };
}

export interface GenerateOptions {
  /** number of distinct entities to emit (exact) */
  entities: number;
  /** PRNG seed; the default is 1 */
  seed?: number;
}
