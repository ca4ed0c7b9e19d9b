/**
 * The kinds of entity the app has pages for (the assets, and the tags, glossary terms, people and
 * groups that label or own them), how each maps to DataHub's entity types, and each kind's
 * tabs (as data: the route validates the tab against this table; each page supplies one renderer per
 * tab, checked by the type system).
 */
export const KINDS = {
  mlModelGroup: { label: "Model group", plural: "Model groups", entityType: "MLMODEL_GROUP", typename: "MLModelGroup", urnType: "mlModelGroup" },
  mlModel: { label: "Model", plural: "Models", entityType: "MLMODEL", typename: "MLModel", urnType: "mlModel" },
  experiment: { label: "Experiment", plural: "Experiments", entityType: "CONTAINER", typename: "Container", urnType: "container" },
  run: { label: "Training run", plural: "Training runs", entityType: "DATA_PROCESS_INSTANCE", typename: "DataProcessInstance", urnType: "dataProcessInstance" },
  dataset: { label: "Dataset", plural: "Datasets", entityType: "DATASET", typename: "Dataset", urnType: "dataset" },
  feature: { label: "Feature", plural: "Features", entityType: "MLFEATURE", typename: "MLFeature", urnType: "mlFeature" },
  featureTable: { label: "Feature table", plural: "Feature tables", entityType: "MLFEATURE_TABLE", typename: "MLFeatureTable", urnType: "mlFeatureTable" },
  primaryKey: { label: "Primary key", plural: "Primary keys", entityType: "MLPRIMARY_KEY", typename: "MLPrimaryKey", urnType: "mlPrimaryKey" },
  tag: { label: "Tag", plural: "Tags", entityType: "TAG", typename: "Tag", urnType: "tag" },
  glossaryTerm: { label: "Glossary term", plural: "Glossary terms", entityType: "GLOSSARY_TERM", typename: "GlossaryTerm", urnType: "glossaryTerm" },
  user: { label: "Person", plural: "People", entityType: "CORP_USER", typename: "CorpUser", urnType: "corpuser" },
  group: { label: "Group", plural: "Groups", entityType: "CORP_GROUP", typename: "CorpGroup", urnType: "corpGroup" },
  domain: { label: "Domain", plural: "Domains", entityType: "DOMAIN", typename: "Domain", urnType: "domain" },
  // pipelines and their tasks (SageMaker jobs, Vertex AI pipelines, Airflow DAGs)
  pipeline: { label: "Pipeline", plural: "Pipelines", entityType: "DATA_FLOW", typename: "DataFlow", urnType: "dataFlow" },
  job: { label: "Job", plural: "Jobs", entityType: "DATA_JOB", typename: "DataJob", urnType: "dataJob" },
  // A model's endpoint (DataHub's mlModelDeployment): Orrery's extension type, of DataHub's EntityType OTHER.
  deployment: { label: "Deployment", plural: "Deployments", entityType: "OTHER", typename: "OrreryMlModelDeployment", urnType: "mlModelDeployment" },
  // A glossary node: a group of glossary terms (and of other groups).
  glossaryNode: { label: "Term group", plural: "Term groups", entityType: "GLOSSARY_NODE", typename: "GlossaryNode", urnType: "glossaryNode" },
} as const;

export type Kind = keyof typeof KINDS;
export const KIND_NAMES = Object.keys(KINDS) as Kind[];

/** The kinds counted on the home page and offered as search types, in display order. */
export const BROWSABLE_KINDS = [
  "mlModelGroup",
  "mlModel",
  "experiment",
  "run",
  "dataset",
  "feature",
  "featureTable",
  "pipeline",
  "job",
] as const satisfies readonly Kind[];

export const TABS = {
  mlModelGroup: [
    { id: "summary", label: "Summary" },
    { id: "models", label: "Models" },
    { id: "lineage", label: "Lineage" },
    { id: "impact", label: "Impact" },
    { id: "history", label: "History" },
  ],
  mlModel: [
    { id: "summary", label: "Summary" },
    { id: "group", label: "Group" },
    { id: "features", label: "Features" },
    { id: "lineage", label: "Lineage" },
    { id: "impact", label: "Impact" },
    { id: "history", label: "History" },
  ],
  experiment: [
    { id: "summary", label: "Summary" },
    { id: "entities", label: "Entities" },
    { id: "lineage", label: "Lineage" },
    { id: "impact", label: "Impact" },
    { id: "history", label: "History" },
  ],
  run: [
    { id: "summary", label: "Summary" },
    { id: "lineage", label: "Lineage" },
    { id: "impact", label: "Impact" },
    { id: "history", label: "History" },
  ],
  dataset: [
    { id: "summary", label: "Summary" },
    { id: "schema", label: "Schema" },
    { id: "stats", label: "Stats" },
    { id: "lineage", label: "Lineage" },
    { id: "impact", label: "Impact" },
    { id: "history", label: "History" },
  ],
  feature: [
    { id: "summary", label: "Summary" },
    { id: "lineage", label: "Lineage" },
    { id: "impact", label: "Impact" },
    { id: "history", label: "History" },
  ],
  featureTable: [
    { id: "summary", label: "Summary" },
    { id: "features", label: "Features" },
    { id: "lineage", label: "Lineage" },
    { id: "impact", label: "Impact" },
    { id: "history", label: "History" },
  ],
  primaryKey: [
    { id: "summary", label: "Summary" },
    { id: "features", label: "Features" },
    { id: "lineage", label: "Lineage" },
    { id: "impact", label: "Impact" },
    { id: "history", label: "History" },
  ],
  // Labels (tags, terms) and people: their page lists the assets they are on.
  tag: [
    { id: "assets", label: "Assets" },
    { id: "history", label: "History" },
  ],
  glossaryTerm: [
    { id: "assets", label: "Assets" },
    { id: "history", label: "History" },
  ],
  user: [
    { id: "assets", label: "Assets" },
    { id: "history", label: "History" },
  ],
  group: [
    { id: "assets", label: "Assets" },
    { id: "history", label: "History" },
  ],
  domain: [
    { id: "summary", label: "Summary" },
    { id: "history", label: "History" },
  ],
  pipeline: [
    { id: "summary", label: "Summary" },
    { id: "tasks", label: "Tasks" },
    { id: "runs", label: "Runs" },
    { id: "lineage", label: "Lineage" },
    { id: "impact", label: "Impact" },
    { id: "history", label: "History" },
  ],
  job: [
    { id: "summary", label: "Summary" },
    { id: "io", label: "Inputs and outputs" },
    { id: "runs", label: "Runs" },
    { id: "lineage", label: "Lineage" },
    { id: "impact", label: "Impact" },
    { id: "history", label: "History" },
  ],
  deployment: [
    { id: "summary", label: "Summary" },
    { id: "history", label: "History" },
  ],
  glossaryNode: [
    { id: "summary", label: "Summary" },
    { id: "history", label: "History" },
  ],
} as const satisfies Record<Kind, ReadonlyArray<{ id: string; label: string }>>;

export type TabId<K extends Kind> = (typeof TABS)[K][number]["id"];
export type AnyTabId = TabId<Kind>;

const BY_ENTITY_TYPE = new Map<string, Kind>(KIND_NAMES.map((k) => [KINDS[k].entityType, k]));
const BY_TYPENAME = new Map<string, Kind>(KIND_NAMES.map((k) => [KINDS[k].typename, k]));
const BY_URN_TYPE = new Map<string, Kind>(KIND_NAMES.map((k) => [KINDS[k].urnType, k]));

export function isKind(s: string): s is Kind {
  return Object.hasOwn(KINDS, s);
}

/** The tab a link to the kind's page opens unless it names one: the first. */
export function defaultTab<K extends Kind>(kind: K): TabId<K> {
  return TABS[kind][0].id as TabId<K>;
}

export function isTab<K extends Kind>(kind: K, tab: string): tab is TabId<K> {
  return (TABS[kind] as ReadonlyArray<{ id: string }>).some((t) => t.id === tab);
}

/** The aspect that holds an entity's ingested properties (and its customProperties), by urn type. */
export const PROPERTIES_ASPECT: Record<string, string> = {
  mlModel: "mlModelProperties",
  mlModelGroup: "mlModelGroupProperties",
  dataset: "datasetProperties",
  container: "containerProperties",
  dataProcessInstance: "dataProcessInstanceProperties",
  mlFeature: "mlFeatureProperties",
  mlFeatureTable: "mlFeatureTableProperties",
  mlPrimaryKey: "mlPrimaryKeyProperties",
  dataFlow: "dataFlowInfo",
  dataJob: "dataJobInfo",
  mlModelDeployment: "mlModelDeploymentProperties",
};

export function kindOfEntityType(t: string | null | undefined): Kind | null {
  return (t && BY_ENTITY_TYPE.get(t)) || null;
}

export function kindOfTypename(t: string | null | undefined): Kind | null {
  return (t && BY_TYPENAME.get(t)) || null;
}

/** Kind from a URN (used where only a urn string is at hand, e.g. lineage info lists). */
export function kindOfUrn(urn: string): Kind | null {
  const t = /^urn:li:([A-Za-z]+):/.exec(urn)?.[1];
  return (t && BY_URN_TYPE.get(t)) || null;
}

/**
 * What a container is, from DataHub's `subTypes` (its first type name): an MLflow experiment ("ML
 * Experiment") reads "Experiment"; a Unity Catalog "Catalog" or "Schema", a Vertex AI "Project" or
 * "Folder", a "Database" keep their own word; a container without a subtype is a "Container".
 */
export function containerLabel(typeNames: ReadonlyArray<string> | null | undefined): string {
  const t = typeNames?.find((n) => n.trim() !== "")?.trim();
  if (!t) return "Container";
  if (/^ml experiment$/i.test(t)) return "Experiment";
  return t.charAt(0).toUpperCase() + t.slice(1);
}
