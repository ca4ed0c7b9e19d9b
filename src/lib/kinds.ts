/**
 * The kinds of asset the app has pages for, and how each maps to DataHub's entity types. All URLs
 * are built here: components never concatenate paths.
 */
export const KINDS = {
  mlModelGroup: { label: "Model group", plural: "Model groups", entityType: "MLMODEL_GROUP", typename: "MLModelGroup", icon: "◎" },
  mlModel: { label: "Model", plural: "Models", entityType: "MLMODEL", typename: "MLModel", icon: "◆" },
  experiment: { label: "Experiment", plural: "Experiments", entityType: "CONTAINER", typename: "Container", icon: "⚗" },
  run: { label: "Training run", plural: "Training runs", entityType: "DATA_PROCESS_INSTANCE", typename: "DataProcessInstance", icon: "▶" },
  dataset: { label: "Dataset", plural: "Datasets", entityType: "DATASET", typename: "Dataset", icon: "▤" },
  feature: { label: "Feature", plural: "Features", entityType: "MLFEATURE", typename: "MLFeature", icon: "◇" },
  featureTable: { label: "Feature table", plural: "Feature tables", entityType: "MLFEATURE_TABLE", typename: "MLFeatureTable", icon: "▦" },
  primaryKey: { label: "Primary key", plural: "Primary keys", entityType: "MLPRIMARY_KEY", typename: "MLPrimaryKey", icon: "⚿" },
} as const;

export type Kind = keyof typeof KINDS;
export const KIND_NAMES = Object.keys(KINDS) as Kind[];

const BY_ENTITY_TYPE = Object.fromEntries(KIND_NAMES.map((k) => [KINDS[k].entityType, k])) as Record<string, Kind>;
const BY_TYPENAME = Object.fromEntries(KIND_NAMES.map((k) => [KINDS[k].typename, k])) as Record<string, Kind>;

export function kindOfEntityType(t: string | null | undefined): Kind | null {
  return (t && BY_ENTITY_TYPE[t]) || null;
}

export function kindOfTypename(t: string | null | undefined): Kind | null {
  return (t && BY_TYPENAME[t]) || null;
}

/** Kind from a URN (used where only a urn string is at hand, e.g. lineage info lists). */
export function kindOfUrn(urn: string): Kind | null {
  const t = /^urn:li:([A-Za-z]+):/.exec(urn)?.[1];
  switch (t) {
    case "mlModelGroup":
      return "mlModelGroup";
    case "mlModel":
      return "mlModel";
    case "container":
      return "experiment";
    case "dataProcessInstance":
      return "run";
    case "dataset":
      return "dataset";
    case "mlFeature":
      return "feature";
    case "mlFeatureTable":
      return "featureTable";
    case "mlPrimaryKey":
      return "primaryKey";
    default:
      return null;
  }
}

export const TABS: Record<Kind, ReadonlyArray<{ id: string; label: string }>> = {
  mlModelGroup: [
    { id: "summary", label: "Summary" },
    { id: "models", label: "Models" },
    { id: "lineage", label: "Lineage" },
    { id: "history", label: "History" },
  ],
  mlModel: [
    { id: "summary", label: "Summary" },
    { id: "group", label: "Group" },
    { id: "features", label: "Features" },
    { id: "lineage", label: "Lineage" },
    { id: "history", label: "History" },
  ],
  experiment: [
    { id: "summary", label: "Summary" },
    { id: "entities", label: "Entities" },
    { id: "lineage", label: "Lineage" },
    { id: "history", label: "History" },
  ],
  run: [
    { id: "summary", label: "Summary" },
    { id: "lineage", label: "Lineage" },
    { id: "history", label: "History" },
  ],
  dataset: [
    { id: "summary", label: "Summary" },
    { id: "schema", label: "Schema" },
    { id: "lineage", label: "Lineage" },
    { id: "history", label: "History" },
  ],
  feature: [
    { id: "summary", label: "Summary" },
    { id: "lineage", label: "Lineage" },
  ],
  featureTable: [
    { id: "summary", label: "Summary" },
    { id: "features", label: "Features" },
    { id: "lineage", label: "Lineage" },
  ],
  primaryKey: [
    { id: "summary", label: "Summary" },
    { id: "lineage", label: "Lineage" },
  ],
};

export function isKind(s: string): s is Kind {
  return s in KINDS;
}
