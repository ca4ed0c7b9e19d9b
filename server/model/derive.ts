/**
 * Rules that turn aspects into relationship edges and search documents. These are the only place
 * where the catalog decides what links to what; the store applies them in the same transaction that
 * writes the aspect, so edges and search never disagree with the aspects they come from.
 */
import { entityTypeOf, displayNameFromUrn, isUrn, parseUrn, platformUrn, type EntityType } from "./urn";
import type { AspectName } from "./aspects/index";
import { otherTextParts, type SearchTextPart } from "./search-text";
import { browsePathFacets, browsePathOf } from "./browse-path";

/** How a relationship participates in lineage, seen from the edge's `src`. */
export type LineageRole = "dstIsUpstream" | "dstIsDownstream" | null;

/**
 * Relationship names as DataHub uses them (the `type` of EntityRelationship). `src` is the entity that
 * owns the aspect. `lineage` says whether and how the edge is a lineage edge.
 */
export const RELATIONSHIPS = {
  MemberOf: { lineage: "dstIsDownstream" }, // model -> model group
  TrainedBy: { lineage: "dstIsUpstream" }, // model/group -> training run
  UsedBy: { lineage: "dstIsDownstream" }, // model/group -> downstream job
  Consumes: { lineage: "dstIsUpstream" }, // model -> feature it uses; job -> input dataset
  DataProcessInstanceConsumes: { lineage: "dstIsUpstream" }, // run -> input dataset
  DataProcessInstanceProduces: { lineage: "dstIsDownstream" }, // run -> output dataset / model
  DownstreamOf: { lineage: "dstIsUpstream" }, // dataset -> upstream dataset; job -> upstream job
  DerivedFrom: { lineage: "dstIsUpstream" }, // feature / primary key -> source dataset
  IsPartOf: { lineage: null }, // run/dataset/container -> container; job -> pipeline
  // DataHub's MLFeatureTableProperties declares both with isLineage: a table's features and keys are upstream of it.
  Contains: { lineage: "dstIsUpstream" }, // feature table -> feature
  KeyedBy: { lineage: "dstIsUpstream" }, // feature table -> primary key
  VersionOf: { lineage: null }, // model -> version set
  DeployedTo: { lineage: null }, // model -> deployment
  TaggedWith: { lineage: null },
  TermedWith: { lineage: null },
  OwnedBy: { lineage: null },
  // DataHub does not walk InstanceOf in lineage; Orrery does, so a run's job (its template) is upstream of it.
  InstanceOf: { lineage: "dstIsUpstream" }, // run -> template job
  Produces: { lineage: "dstIsDownstream" }, // job -> output dataset
  AssociatedWith: { lineage: null }, // any asset -> its domain
} as const satisfies Record<string, { lineage: LineageRole }>;

export type RelationshipType = keyof typeof RELATIONSHIPS;

/** The rule of each relationship type, looked up by name (undefined for a name that is none). */
export const RELATIONSHIP_RULES: { readonly [type: string]: { readonly lineage: LineageRole } | undefined } = RELATIONSHIPS;

export const LINEAGE_RELATIONSHIPS: readonly RelationshipType[] = (Object.keys(RELATIONSHIPS) as RelationshipType[]).filter(
  (t) => RELATIONSHIPS[t].lineage !== null,
);

export interface DerivedEdge {
  type: RelationshipType;
  dst: string;
}

type Json = Record<string, unknown>;

function urnList(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is string => typeof x === "string" && isUrn(x));
}

function edgeUrns(list: unknown, edges: unknown): string[] {
  const fromEdges = Array.isArray(edges)
    ? edges.map((e) => (e && typeof e === "object" ? (e as Json).destinationUrn : undefined)).filter((x): x is string => typeof x === "string" && isUrn(x))
    : [];
  return [...new Set([...urnList(list), ...fromEdges])];
}

function field(v: unknown, key: string): unknown {
  return v && typeof v === "object" ? (v as Json)[key] : undefined;
}

/** The pipeline a job's urn names (a job's key is its pipeline and its id). */
function jobFlow(urn: string): string | null {
  try {
    const p = parseUrn(urn);
    return p.entityType === "dataJob" ? p.flow : null;
  } catch {
    return null;
  }
}

/**
 * Adds an edge of `type` to each of `dsts` but `urn` itself. A function of the module's rather than a
 * closure of deriveEdges: tsx names every function a call declares (a defineProperty per call), and
 * deriveEdges runs for every aspect written.
 */
function addEdges(out: DerivedEdge[], urn: string, type: RelationshipType, dsts: string[]): void {
  for (const dst of dsts) if (dst !== urn) out.push({ type, dst });
}

/** Edges that `aspectName` (with `value`) of `urn` declares. */
export function deriveEdges(urn: string, aspectName: string, value: Json): DerivedEdge[] {
  const out: DerivedEdge[] = [];
  switch (aspectName) {
    case "mlModelProperties":
      addEdges(out, urn, "MemberOf", urnList(value.groups));
      addEdges(out, urn, "TrainedBy", urnList(value.trainingJobs));
      addEdges(out, urn, "UsedBy", urnList(value.downstreamJobs));
      addEdges(out, urn, "Consumes", urnList(value.mlFeatures));
      addEdges(out, urn, "DeployedTo", urnList(value.deployments));
      break;
    case "mlModelGroupProperties":
      addEdges(out, urn, "TrainedBy", urnList(value.trainingJobs));
      addEdges(out, urn, "UsedBy", urnList(value.downstreamJobs));
      break;
    case "dataProcessInstanceInput":
      addEdges(out, urn, "DataProcessInstanceConsumes", edgeUrns(value.inputs, value.inputEdges));
      break;
    case "dataProcessInstanceOutput":
      addEdges(out, urn, "DataProcessInstanceProduces", edgeUrns(value.outputs, value.outputEdges));
      break;
    case "dataProcessInstanceRelationships": {
      const tmpl = field(value, "parentTemplate");
      if (typeof tmpl === "string" && isUrn(tmpl)) addEdges(out, urn, "InstanceOf", [tmpl]);
      break;
    }
    // pipelines and their tasks
    case "dataJobInfo":
      addEdges(
        out,
        urn,
        "IsPartOf",
        [jobFlow(urn)].filter((x): x is string => x !== null),
      );
      break;
    case "dataJobInputOutput":
      addEdges(out, urn, "Consumes", edgeUrns(value.inputDatasets, value.inputDatasetEdges));
      addEdges(out, urn, "Produces", edgeUrns(value.outputDatasets, value.outputDatasetEdges));
      addEdges(out, urn, "DownstreamOf", edgeUrns(value.inputDatajobs, value.inputDatajobEdges));
      break;
    case "upstreamLineage":
      if (Array.isArray(value.upstreams))
        addEdges(
          out,
          urn,
          "DownstreamOf",
          value.upstreams.map((u) => field(u, "dataset")).filter((x): x is string => typeof x === "string" && isUrn(x)),
        );
      break;
    case "mlFeatureProperties":
    case "mlPrimaryKeyProperties":
      addEdges(out, urn, "DerivedFrom", urnList(value.sources));
      break;
    case "mlFeatureTableProperties":
      addEdges(out, urn, "Contains", urnList(value.mlFeatures));
      addEdges(out, urn, "KeyedBy", urnList(value.mlPrimaryKeys));
      break;
    case "container": {
      const c = value.container;
      if (typeof c === "string" && isUrn(c)) addEdges(out, urn, "IsPartOf", [c]);
      break;
    }
    case "versionProperties": {
      const vs = value.versionSet;
      if (typeof vs === "string" && isUrn(vs)) addEdges(out, urn, "VersionOf", [vs]);
      break;
    }
    case "globalTags":
      if (Array.isArray(value.tags))
        addEdges(
          out,
          urn,
          "TaggedWith",
          value.tags.map((t) => field(t, "tag")).filter((x): x is string => typeof x === "string"),
        );
      break;
    case "glossaryTerms":
      if (Array.isArray(value.terms))
        addEdges(
          out,
          urn,
          "TermedWith",
          value.terms.map((t) => field(t, "urn")).filter((x): x is string => typeof x === "string"),
        );
      break;
    case "domains":
      addEdges(out, urn, "AssociatedWith", urnList(value.domains));
      break;
    case "glossaryTermInfo":
    case "glossaryNodeInfo":
      if (typeof value.parentNode === "string" && isUrn(value.parentNode)) addEdges(out, urn, "IsPartOf", [value.parentNode]);
      break;
    case "domainProperties":
      if (typeof value.parentDomain === "string" && isUrn(value.parentDomain)) addEdges(out, urn, "IsPartOf", [value.parentDomain]);
      break;
    case "ownership":
      if (Array.isArray(value.owners))
        addEdges(
          out,
          urn,
          "OwnedBy",
          value.owners.map((o) => field(o, "owner")).filter((x): x is string => typeof x === "string"),
        );
      break;
  }
  // The same relation may be declared twice in one aspect (e.g. inputs and inputEdges).
  const seen = new Set<string>();
  return out.filter((e) => {
    const k = `${e.type}\u0000${e.dst}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Entity types the search index holds (what "all kinds" means in search and autocomplete). */
export const SEARCHABLE_ENTITY_TYPES: readonly string[] = [
  "mlModel",
  "mlModelGroup",
  "mlFeature",
  "mlFeatureTable",
  "mlPrimaryKey",
  "container",
  "dataProcessInstance",
  "dataset",
  "tag",
  "glossaryTerm",
  "corpuser",
  "glossaryNode",
  "domain",
  "dataFlow",
  "dataJob",
  "mlModelDeployment",
];

const PROPERTIES = {
  mlModel: "mlModelProperties",
  mlModelGroup: "mlModelGroupProperties",
  mlFeature: "mlFeatureProperties",
  mlFeatureTable: "mlFeatureTableProperties",
  mlPrimaryKey: "mlPrimaryKeyProperties",
  container: "containerProperties",
  dataProcessInstance: "dataProcessInstanceProperties",
  dataset: "datasetProperties",
  tag: "tagProperties",
  glossaryTerm: "glossaryTermInfo",
  corpuser: "corpUserInfo",
  mlModelDeployment: "mlModelDeploymentProperties",
  domain: "domainProperties",
  glossaryNode: "glossaryNodeInfo",
  structuredProperty: "propertyDefinition",
  dataFlow: "dataFlowInfo",
  dataJob: "dataJobInfo",
} as const satisfies Partial<Record<EntityType, AspectName>>;
export type PropertiesAspect = (typeof PROPERTIES)[keyof typeof PROPERTIES];

/**
 * Aspects that carry the main properties of each entity type (name, description, custom
 * properties); indexed by any kind (as in urns), the kind's aspect or undefined.
 */
export const PROPERTIES_ASPECT: typeof PROPERTIES & { readonly [type: string]: PropertiesAspect | undefined } = PROPERTIES;

const EDITABLE = {
  mlModel: "editableMlModelProperties",
  mlModelGroup: "editableMlModelGroupProperties",
  mlFeature: "editableMlFeatureProperties",
  mlFeatureTable: "editableMlFeatureTableProperties",
  mlPrimaryKey: "editableMlPrimaryKeyProperties",
  container: "editableContainerProperties",
  dataset: "editableDatasetProperties",
  // Orrery's own: DataHub keeps no description of a run, and no aspect for people to edit one.
  dataProcessInstance: "orreryEditableDataProcessInstanceProperties",
  dataFlow: "editableDataFlowProperties",
  dataJob: "editableDataJobProperties",
} as const satisfies Partial<Record<EntityType, AspectName>>;
export type EditableAspect = (typeof EDITABLE)[keyof typeof EDITABLE];

/** Aspects where people's edits live (they win over ingested values when reading); indexed as PROPERTIES_ASPECT. */
export const EDITABLE_ASPECT: typeof EDITABLE & { readonly [type: string]: EditableAspect | undefined } = EDITABLE;

/** MLflow keeps a run's description as its note, the tag `mlflow.note.content` (a custom property once ingested). */
export const RUN_NOTE_PROPERTY = "mlflow.note.content";

/**
 * The description a source gave an entity, from its properties aspect: `description`, or for a
 * training run (whose properties have no description) MLflow's note.
 */
export function ingestedDescription(type: string, props: Json | undefined | null): string {
  if (type === "dataProcessInstance") {
    const custom = props?.customProperties;
    return custom && typeof custom === "object" ? str((custom as Record<string, unknown>)[RUN_NOTE_PROPERTY]) : "";
  }
  // A glossary node's text is its definition (DataHub's GlossaryNodeInfo has no description).
  if (type === "glossaryNode") return str(props?.definition);
  return str(props?.description);
}

/** The text and facet values the search index holds for one entity. */
export interface SearchDocument {
  urn: string;
  type: string;
  name: string;
  description: string;
  /** other searchable text: urn id, custom property keys and values, hyper-parameter names, schema field paths */
  text: string;
  platform: string | null;
  tags: string[];
  terms: string[];
  owners: string[];
  /** facet values by field; always includes _entityType and, where known, platform/tags/glossaryTerms/owners */
  facets: Record<string, string[]>;
  removed: boolean;
}

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

function platformOf(urn: string, type: string, aspects: Record<string, Json>): string | null {
  const dpi = aspects.dataPlatformInstance;
  if (dpi && typeof dpi.platform === "string") return dpi.platform;
  const m = /^urn:li:(?:mlModel|mlModelGroup|dataset|mlFeatureTable):\((urn:li:dataPlatform:[^,()]+),/.exec(urn);
  if (m) return m[1];
  const schema = aspects.schemaMetadata;
  if (schema && typeof schema.platform === "string") return schema.platform;
  const orchestrator = orchestratorOf(urn);
  if (orchestrator) return orchestrator;
  if (type === "dataPlatform") return urn;
  return null;
}

/** A pipeline's platform is its orchestrator (`urn:li:dataFlow:(sagemaker,…)`), and so is its jobs'. */
export function orchestratorOf(urn: string): string | null {
  try {
    let p = parseUrn(urn);
    if (p.entityType === "dataJob") p = parseUrn(p.flow);
    return p.entityType === "dataFlow" ? platformUrn(p.orchestrator) : null;
  } catch {
    return null;
  }
}

/** Display name of an entity from its current aspects (the same rule the GraphQL `name` fields use). */
export function entityName(urn: string, aspects: Record<string, Json>): string {
  const type = entityTypeOf(urn);
  const props = aspects[PROPERTIES_ASPECT[type] ?? ""];
  const fromProps = str(props?.name) || str(props?.displayName);
  if (fromProps) return fromProps;
  if (type === "corpuser") {
    const info = aspects.corpUserInfo;
    const full = str(info?.fullName) || str(info?.displayName);
    if (full) return full;
  }
  return displayNameFromUrn(urn);
}

/** Description shown for an entity: a person's edit wins over the ingested text. */
export function entityDescription(urn: string, aspects: Record<string, Json>): string {
  const type = entityTypeOf(urn);
  const edited = aspects[EDITABLE_ASPECT[type] ?? ""];
  if (edited && typeof edited.description === "string") return edited.description;
  return ingestedDescription(type, aspects[PROPERTIES_ASPECT[type] ?? ""]);
}

/** The parts of an entity's other searchable text, by DataHub's field names (./search-text.ts). */
export function searchTextParts(urn: string, aspects: Record<string, Json>): SearchTextPart[] {
  return otherTextParts(displayNameFromUrn(urn), aspects[PROPERTIES_ASPECT[entityTypeOf(urn)] ?? ""] ?? {}, aspects);
}

/** `containerPath`: a container's own browse path, for entities whose path defaults to their container's (browse-path.ts). */
export function buildSearchDocument(urn: string, aspects: Record<string, Json>, containerPath?: (container: string) => readonly string[]): SearchDocument {
  const type = entityTypeOf(urn);
  const tags = urnList((aspects.globalTags?.tags as unknown[] | undefined)?.map((t) => field(t, "tag")));
  const terms = urnList((aspects.glossaryTerms?.terms as unknown[] | undefined)?.map((t) => field(t, "urn")));
  const owners = urnList((aspects.ownership?.owners as unknown[] | undefined)?.map((o) => field(o, "owner")));
  const platform = platformOf(urn, type, aspects);
  const subTypes = urnListOrStrings(aspects.subTypes?.typeNames);
  const container = typeof aspects.container?.container === "string" ? [aspects.container.container as string] : [];
  const facets: Record<string, string[]> = {
    _entityType: [type],
    platform: platform ? [platform] : [],
    tags,
    glossaryTerms: terms,
    owners,
    typeNames: subTypes,
    container,
    domains: urnList(aspects.domains?.domains),
    browsePathV2: browsePathFacets(browsePathOf(urn, aspects, containerPath)),
  };
  return {
    urn,
    type,
    name: entityName(urn, aspects),
    description: entityDescription(urn, aspects),
    text: searchTextParts(urn, aspects)
      .map((p) => p.text)
      .join(" "),
    platform,
    tags,
    terms,
    owners,
    facets,
    removed: aspects.status?.removed === true,
  };
}

function urnListOrStrings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}
