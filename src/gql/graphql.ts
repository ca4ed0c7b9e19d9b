/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddOwnerInput = {
  ownerEntityType: OwnerEntityType;
  ownerUrn: string;
  ownershipTypeUrn?: string | null | undefined;
  resourceUrn: string;
  /** @deprecated Field no longer supported */
  type?: OwnershipType | null | undefined;
};

export type AndFilterInput = {
  and?: Array<FacetFilterInput> | null | undefined;
};

export type CreateTagInput = {
  description?: string | null | undefined;
  id?: string | null | undefined;
  name: string;
};

export type DataProcessInstanceRunResultType =
  | 'FAILURE'
  | 'SKIPPED'
  | 'SUCCESS'
  | 'UP_FOR_RETRY';

export type DataProcessRunStatus =
  | 'COMPLETE'
  | 'STARTED';

export type DescriptionUpdateInput = {
  description: string;
  /**
   * Orrery extension: the description the person started editing from (the one shown: the edited one,
   * else the ingested one; "" for none). When given and the stored description is different by now,
   * nothing is written and the mutation fails with code CONFLICT, whose extensions carry the current
   * text, who wrote it and when, so the person can choose. Omit it to overwrite unconditionally (as
   * DataHub does).
   */
  expectedDescription?: string | null | undefined;
  resourceUrn: string;
  subResource?: string | null | undefined;
  subResourceType?: SubResourceType | null | undefined;
};

export type EntityType =
  | 'ACCESS_TOKEN'
  | 'ACTIONS_PIPELINE'
  | 'ACTION_REQUEST'
  | 'ASSERTION'
  | 'BUSINESS_ATTRIBUTE'
  | 'CHART'
  | 'CONTAINER'
  | 'CORP_GROUP'
  | 'CORP_USER'
  | 'CUSTOM_OWNERSHIP_TYPE'
  | 'DASHBOARD'
  | 'DATAHUB_CONNECTION'
  | 'DATAHUB_POLICY'
  | 'DATAHUB_ROLE'
  | 'DATAHUB_VIEW'
  | 'DATASET'
  | 'DATA_CONTRACT'
  | 'DATA_FLOW'
  | 'DATA_JOB'
  | 'DATA_PLATFORM'
  | 'DATA_PLATFORM_INSTANCE'
  | 'DATA_PROCESS_INSTANCE'
  | 'DATA_PRODUCT'
  | 'DATA_TYPE'
  | 'DOMAIN'
  | 'ENTITY_TYPE'
  | 'ER_MODEL_RELATIONSHIP'
  | 'EXECUTION_REQUEST'
  | 'FORM'
  | 'GLOSSARY_NODE'
  | 'GLOSSARY_TERM'
  | 'INCIDENT'
  | 'INGESTION_SOURCE'
  | 'MLFEATURE'
  | 'MLFEATURE_TABLE'
  | 'MLMODEL'
  | 'MLMODEL_GROUP'
  | 'MLPRIMARY_KEY'
  | 'MONITOR'
  | 'NOTEBOOK'
  | 'OTHER'
  | 'POST'
  | 'QUERY'
  | 'REMOTE_EXECUTOR'
  | 'REMOTE_EXECUTOR_POOL'
  | 'RESTRICTED'
  | 'ROLE'
  | 'SCHEMA_FIELD'
  | 'STRUCTURED_PROPERTY'
  | 'TAG'
  | 'TEST'
  | 'VERSION_SET';

export type FabricType =
  | 'CORP'
  | 'DEV'
  | 'EI'
  | 'NON_PROD'
  | 'PRD'
  | 'PRE'
  | 'PROD'
  | 'QA'
  | 'RVW'
  | 'SANDBOX'
  | 'STG'
  | 'TEST'
  | 'TST'
  | 'UAT';

export type FacetFilterInput = {
  condition?: FilterOperator | null | undefined;
  field: string;
  negated?: boolean | null | undefined;
  /** @deprecated Prefer `values` for single elements */
  value?: string | null | undefined;
  values?: Array<string> | null | undefined;
};

export type FilterOperator =
  | 'ANCESTORS_INCL'
  | 'BETWEEN'
  | 'CONTAIN'
  | 'DESCENDANTS_INCL'
  | 'END_WITH'
  | 'EQUAL'
  | 'EXISTS'
  | 'GREATER_THAN'
  | 'GREATER_THAN_OR_EQUAL_TO'
  | 'IEQUAL'
  | 'IN'
  | 'LESS_THAN'
  | 'LESS_THAN_OR_EQUAL_TO'
  | 'RELATED_INCL'
  | 'START_WITH';

export type LineageDirection =
  | 'DOWNSTREAM'
  | 'UPSTREAM';

/** Orrery extension: a cap that can cut a lineage graph short. */
export type LineageGraphCap =
  /** Orrery extension: an expansion stopped at its hop limit with more lineage beyond. */
  | 'EXPANSION_HOPS'
  /**
   * Orrery extension: there were more than `maxEdges` edges among the nodes; those of the nearest
   * nodes are kept.
   */
  | 'MAX_EDGES'
  /** Orrery extension: `maxNodes` nodes were walked; the farthest hop is cut first. */
  | 'MAX_NODES'
  /**
   * Orrery extension: the walk read as many relationships as one request may (50,000,
   * the same budget for all the lineage fields of a request); nodes it could not read in full are
   * left out.
   */
  | 'MAX_READ';

/** Orrery extension: one node to expand, and which way. */
export type LineageGraphExpandInput = {
  /** Orrery extension: which neighbours to add. */
  direction: LineageDirection;
  /** Orrery extension: the node to expand. */
  urn: string;
};

/**
 * Orrery extension: which part of the lineage graph around a focus entity to return. DataHub's
 * `searchAcrossLineage` pages through the entities reached (with degree and paths) but not the edges
 * between them; a graph view needs both in one request.
 */
export type LineageGraphInput = {
  /** Orrery extension: hops to walk downstream from the focus (0–5). */
  downstreamHops?: number | null | undefined;
  /**
   * Orrery extension: nodes whose neighbours in one direction are added one hop further, beyond the
   * hop limits (what a person expanded in the graph); at most 200. With `types`, an expansion goes on
   * through hidden neighbours until it reaches kept nodes or dead ends (at most 10 hops each, 400 for
   * all expansions of a request). Applied in order, so an expansion may name a node an earlier one
   * added; a node not in the graph is skipped.
   */
  expand?: Array<LineageGraphExpandInput> | null | undefined;
  /**
   * Orrery extension: the most edges to return (1–20,000; default 10,000). Edges come in node order
   * (the focus's first), so the cap keeps those among the nearest nodes.
   */
  maxEdges?: number | null | undefined;
  /**
   * Orrery extension: the most nodes to walk, the focus and nodes hidden by `types` included
   * (1–5,000; default 2,000). The nearest nodes are kept when the cap cuts the walk.
   */
  maxNodes?: number | null | undefined;
  /**
   * Orrery extension: keep only nodes of these types (the focus is always kept; null or empty keeps
   * all). The walk still goes through the other types; a kept node then gets an edge of type
   * `Indirect` to each kept node downstream of it through hidden nodes only, unless a direct edge joins
   * them already.
   */
  types?: Array<EntityType> | null | undefined;
  /** Orrery extension: hops to walk upstream from the focus (0–5). */
  upstreamHops?: number | null | undefined;
  /** Orrery extension: the focus entity. An unknown or soft-deleted one gives a null graph. */
  urn: string;
};

export type MlFeatureDataType =
  | 'AUDIO'
  | 'BINARY'
  | 'BYTE'
  | 'CONTINUOUS'
  | 'COUNT'
  | 'IMAGE'
  | 'INTERVAL'
  | 'MAP'
  | 'NOMINAL'
  | 'ORDINAL'
  | 'SEQUENCE'
  | 'SET'
  | 'TEXT'
  | 'TIME'
  | 'UNKNOWN'
  | 'USELESS'
  | 'VIDEO';

export type OperationType =
  | 'ALTER'
  | 'CREATE'
  | 'CUSTOM'
  | 'DELETE'
  | 'DROP'
  | 'INSERT'
  | 'UNKNOWN'
  | 'UPDATE';

/** Orrery extension: DataHub's DeploymentStatus. */
export type OrreryDeploymentStatus =
  /** Orrery extension: being created. */
  | 'CREATING'
  /** Orrery extension: being deleted. */
  | 'DELETING'
  /** Orrery extension: failed. */
  | 'FAILED'
  /** Orrery extension: serving. */
  | 'IN_SERVICE'
  /** Orrery extension: deployed but not serving. */
  | 'OUT_OF_SERVICE'
  /** Orrery extension: rolling back to an earlier version. */
  | 'ROLLING_BACK'
  /** Orrery extension: not known. */
  | 'UNKNOWN'
  /** Orrery extension: being updated. */
  | 'UPDATING';

/**
 * Orrery extension: which of an experiment's training runs to return, and in which order, in MLflow's
 * search syntax (`mlflow.search_runs(filter_string=…, order_by=…)`).
 */
export type OrreryRunSearchInput = {
  /** Orrery extension: how many runs to return (0–1,000). */
  count?: number | null | undefined;
  /**
   * Orrery extension: MLflow's filter, e.g. `metrics.rmse < 3 and params.model = 'arima'` (clauses
   * joined by AND over metrics., params., tags., attributes. and datasets. keys; see docs/API.md).
   * Words without operators find runs whose name contains them. At most 2,000 characters and 40
   * clauses; a filter that does not parse is a BAD_USER_INPUT error giving the character where it went
   * wrong (`extensions.position`, `extensions.length`).
   */
  filter?: string | null | undefined;
  /**
   * Orrery extension: MLflow's order_by, up to three keys: `metrics.rmse ASC`, `attributes.start_time
   * DESC`. Runs without the key come last. Default: newest start first.
   */
  orderBy?: Array<string> | null | undefined;
  /**
   * Orrery extension: only runs with this DataHub result (SUCCESS, FAILURE, SKIPPED, UP_FOR_RETRY), or
   * RUNNING for runs started and not completed.
   */
  result?: string | null | undefined;
  /** Orrery extension: the first run to return (0–100,000). */
  start?: number | null | undefined;
};

export type OwnerEntityType =
  | 'CORP_GROUP'
  | 'CORP_USER';

export type OwnershipType =
  | 'BUSINESS_OWNER'
  | 'CONSUMER'
  | 'CUSTOM'
  | 'DATAOWNER'
  | 'DATA_STEWARD'
  | 'DELEGATE'
  | 'DEVELOPER'
  | 'NONE'
  | 'PRODUCER'
  | 'STAKEHOLDER'
  | 'TECHNICAL_OWNER';

export type PatchEntityInput = {
  aspectName: string;
  headers?: Array<StringMapEntryInput> | null | undefined;
  patch: Array<PatchOperationInput>;
  systemMetadata?: SystemMetadataInput | null | undefined;
  urn: string;
};

export type PatchOperationInput = {
  from?: string | null | undefined;
  op: PatchOperationType;
  path: string;
  value?: string | null | undefined;
};

export type PatchOperationType =
  | 'ADD'
  | 'COPY'
  | 'MOVE'
  | 'REMOVE'
  | 'REPLACE'
  | 'TEST';

export type RemoveOwnerInput = {
  ownerUrn: string;
  ownershipTypeUrn?: string | null | undefined;
  resourceUrn: string;
};

export type SchemaFieldDataType =
  | 'ARRAY'
  | 'BOOLEAN'
  | 'BYTES'
  | 'DATE'
  | 'ENUM'
  | 'FIXED'
  | 'MAP'
  | 'NULL'
  | 'NUMBER'
  | 'STRING'
  | 'STRUCT'
  | 'TIME'
  | 'UNION';

export type SearchAcrossLineageInput = {
  count?: number | null | undefined;
  direction: LineageDirection;
  /** @deprecated Use `orFilters`- they are more expressive */
  filters?: Array<FacetFilterInput> | null | undefined;
  orFilters?: Array<AndFilterInput> | null | undefined;
  query?: string | null | undefined;
  start?: number | null | undefined;
  types?: Array<EntityType> | null | undefined;
  urn?: string | null | undefined;
};

export type SearchSortInput = {
  sortCriteria?: Array<SortCriterion> | null | undefined;
  /** @deprecated Use sortCriteria instead */
  sortCriterion?: SortCriterion | null | undefined;
};

export type SortCriterion = {
  field: string;
  sortOrder: SortOrder;
};

export type SortOrder =
  | 'ASCENDING'
  | 'DESCENDING';

export type StringMapEntryInput = {
  key: string;
  value?: string | null | undefined;
};

export type SubResourceType =
  | 'DATASET_FIELD';

export type SystemMetadataInput = {
  lastObserved?: number | null | undefined;
  properties?: Array<StringMapEntryInput> | null | undefined;
  runId?: string | null | undefined;
};

export type TagAssociationInput = {
  resourceUrn: string;
  subResource?: string | null | undefined;
  subResourceType?: SubResourceType | null | undefined;
  tagUrn: string;
};

export type TermAssociationInput = {
  resourceUrn: string;
  subResource?: string | null | undefined;
  subResourceType?: SubResourceType | null | undefined;
  termUrn: string;
};

export type CompareRunsQueryVariables = Exact<{
  urns: Array<string> | string;
}>;


export type CompareRunsQuery = { __typename: 'Query', entities: Array<
    | { __typename: 'Container', urn: string, type: EntityType }
    | { __typename: 'CorpGroup', urn: string, type: EntityType }
    | { __typename: 'CorpUser', urn: string, type: EntityType }
    | { __typename: 'DataFlow', urn: string, type: EntityType }
    | { __typename: 'DataJob', urn: string, type: EntityType }
    | { __typename: 'DataPlatform', urn: string, type: EntityType }
    | { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
    | { __typename: 'DataProcessInstance', urn: string, type: EntityType, properties: { __typename: 'DataProcessInstanceProperties', name: string, created: { __typename: 'AuditStamp', time: number } } | null, state: Array<{ __typename: 'DataProcessRunEvent', status: DataProcessRunStatus | null, attempt: number | null, timestampMillis: number, durationMillis: number | null, result: { __typename: 'DataProcessInstanceRunResult', resultType: DataProcessInstanceRunResultType | null } | null } | null> | null, mlTrainingRunProperties: { __typename: 'MLTrainingRunProperties', hyperParams: Array<{ __typename: 'MLHyperParam', name: string | null, value: string | null, description: string | null } | null> | null, trainingMetrics: Array<{ __typename: 'MLMetric', name: string | null, value: string | null, description: string | null } | null> | null } | null, parentContainers: { __typename: 'ParentContainersResult', containers: Array<{ __typename: 'Container', urn: string, properties: { __typename: 'ContainerProperties', name: string } | null }> } | null }
    | { __typename: 'DataTypeEntity', urn: string, type: EntityType }
    | { __typename: 'Dataset', urn: string, type: EntityType }
    | { __typename: 'Domain', urn: string, type: EntityType }
    | { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
    | { __typename: 'GlossaryNode', urn: string, type: EntityType }
    | { __typename: 'GlossaryTerm', urn: string, type: EntityType }
    | { __typename: 'MLFeature', urn: string, type: EntityType }
    | { __typename: 'MLFeatureTable', urn: string, type: EntityType }
    | { __typename: 'MLModel', urn: string, type: EntityType }
    | { __typename: 'MLModelGroup', urn: string, type: EntityType }
    | { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
    | { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
    | { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
    | { __typename: 'Tag', urn: string, type: EntityType }
    | { __typename: 'VersionSet', urn: string, type: EntityType }
   | null> | null };

export type CompareRunHistoryQueryVariables = Exact<{
  urns: Array<string> | string;
  names?: Array<string> | string | null | undefined;
}>;


export type CompareRunHistoryQuery = { __typename: 'Query', entities: Array<
    | { __typename: 'Container', urn: string }
    | { __typename: 'CorpGroup', urn: string }
    | { __typename: 'CorpUser', urn: string }
    | { __typename: 'DataFlow', urn: string }
    | { __typename: 'DataJob', urn: string }
    | { __typename: 'DataPlatform', urn: string }
    | { __typename: 'DataPlatformInstance', urn: string }
    | { __typename: 'DataProcessInstance', urn: string, orreryMetricHistory: Array<{ __typename: 'OrreryMetricSeries', name: string, points: Array<{ __typename: 'OrreryMetricPoint', step: number | null, timestampMillis: number | null, value: number }> }> | null }
    | { __typename: 'DataTypeEntity', urn: string }
    | { __typename: 'Dataset', urn: string }
    | { __typename: 'Domain', urn: string }
    | { __typename: 'EntityTypeEntity', urn: string }
    | { __typename: 'GlossaryNode', urn: string }
    | { __typename: 'GlossaryTerm', urn: string }
    | { __typename: 'MLFeature', urn: string }
    | { __typename: 'MLFeatureTable', urn: string }
    | { __typename: 'MLModel', urn: string }
    | { __typename: 'MLModelGroup', urn: string }
    | { __typename: 'MLPrimaryKey', urn: string }
    | { __typename: 'OrreryMlModelDeployment', urn: string }
    | { __typename: 'StructuredPropertyEntity', urn: string }
    | { __typename: 'Tag', urn: string }
    | { __typename: 'VersionSet', urn: string }
   | null> | null };

export type EntityVersionQueryVariables = Exact<{
  urn: string;
}>;


export type EntityVersionQuery = { __typename: 'Query', entityHistory: { __typename: 'EntityHistory', urn: string, version: string, total: number } | null };

export type AddTagMutationVariables = Exact<{
  input: TagAssociationInput;
}>;


export type AddTagMutation = { __typename: 'Mutation', addTag: boolean | null };

export type RemoveTagMutationVariables = Exact<{
  input: TagAssociationInput;
}>;


export type RemoveTagMutation = { __typename: 'Mutation', removeTag: boolean | null };

export type CreateTagMutationVariables = Exact<{
  input: CreateTagInput;
}>;


export type CreateTagMutation = { __typename: 'Mutation', createTag: string | null };

export type AddTermMutationVariables = Exact<{
  input: TermAssociationInput;
}>;


export type AddTermMutation = { __typename: 'Mutation', addTerm: boolean | null };

export type RemoveTermMutationVariables = Exact<{
  input: TermAssociationInput;
}>;


export type RemoveTermMutation = { __typename: 'Mutation', removeTerm: boolean | null };

export type AddOwnerMutationVariables = Exact<{
  input: AddOwnerInput;
}>;


export type AddOwnerMutation = { __typename: 'Mutation', addOwner: boolean | null };

export type RemoveOwnerMutationVariables = Exact<{
  input: RemoveOwnerInput;
}>;


export type RemoveOwnerMutation = { __typename: 'Mutation', removeOwner: boolean | null };

export type AssociationSuggestionsQueryVariables = Exact<{
  types?: Array<EntityType> | EntityType | null | undefined;
  query: string;
}>;


export type AssociationSuggestionsQuery = { __typename: 'Query', autoCompleteForMultiple: { __typename: 'AutoCompleteMultipleResults', suggestions: Array<{ __typename: 'AutoCompleteResultForEntity', type: EntityType, entities: Array<
        | { __typename: 'Container', urn: string, type: EntityType }
        | { __typename: 'CorpGroup', name: string, urn: string, type: EntityType, properties: { __typename: 'CorpGroupProperties', displayName: string | null } | null }
        | { __typename: 'CorpUser', username: string, urn: string, type: EntityType, properties: { __typename: 'CorpUserProperties', displayName: string | null, fullName: string | null } | null }
        | { __typename: 'DataFlow', urn: string, type: EntityType }
        | { __typename: 'DataJob', urn: string, type: EntityType }
        | { __typename: 'DataPlatform', urn: string, type: EntityType }
        | { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
        | { __typename: 'DataProcessInstance', urn: string, type: EntityType }
        | { __typename: 'DataTypeEntity', urn: string, type: EntityType }
        | { __typename: 'Dataset', urn: string, type: EntityType }
        | { __typename: 'Domain', urn: string, type: EntityType }
        | { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
        | { __typename: 'GlossaryNode', urn: string, type: EntityType }
        | { __typename: 'GlossaryTerm', name: string, urn: string, type: EntityType, properties: { __typename: 'GlossaryTermProperties', name: string } | null }
        | { __typename: 'MLFeature', urn: string, type: EntityType }
        | { __typename: 'MLFeatureTable', urn: string, type: EntityType }
        | { __typename: 'MLModel', urn: string, type: EntityType }
        | { __typename: 'MLModelGroup', urn: string, type: EntityType }
        | { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
        | { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
        | { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
        | { __typename: 'Tag', name: string, urn: string, type: EntityType, properties: { __typename: 'TagProperties', name: string } | null }
        | { __typename: 'VersionSet', urn: string, type: EntityType }
      > }> } | null };

export type PatchCustomPropertiesMutationVariables = Exact<{
  input: PatchEntityInput;
}>;


export type PatchCustomPropertiesMutation = { __typename: 'Mutation', patchEntity: { __typename: 'PatchEntityResult', urn: string, success: boolean, error: string | null } };

export type UpdateDescriptionMutationVariables = Exact<{
  input: DescriptionUpdateInput;
}>;


export type UpdateDescriptionMutation = { __typename: 'Mutation', updateDescription: boolean | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename: 'Query', me: { __typename: 'AuthenticatedUser', corpUser: { __typename: 'CorpUser', urn: string, username: string }, platformPrivileges: { __typename: 'PlatformPrivileges', manageTags: boolean } } | null };

export type PipelineHeaderFragment = { __typename: 'DataFlow', urn: string, flowId: string, cluster: string, platform: (
    { __typename: 'DataPlatform' }
    & { ' $fragmentRefs'?: { 'PlatformFieldsFragment': PlatformFieldsFragment } }
  ), properties: { __typename: 'DataFlowProperties', name: string, externalUrl: string | null } | null, deprecation: { __typename: 'Deprecation', deprecated: boolean, note: string | null } | null, ownership: (
    { __typename: 'Ownership' }
    & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
  ) | null, tags: (
    { __typename: 'GlobalTags' }
    & { ' $fragmentRefs'?: { 'TagsFieldsFragment': TagsFieldsFragment } }
  ) | null } & { ' $fragmentName'?: 'PipelineHeaderFragment' };

export type PipelinePageQueryVariables = Exact<{
  urn: string;
}>;


export type PipelinePageQuery = { __typename: 'Query', dataFlow: (
    { __typename: 'DataFlow', urn: string }
    & { ' $fragmentRefs'?: { 'PipelineHeaderFragment': PipelineHeaderFragment;'PipelineSummaryFragment': PipelineSummaryFragment } }
  ) | null };

export type PipelineSummaryFragment = { __typename: 'DataFlow', urn: string, flowId: string, orchestrator: string, cluster: string, platform: (
    { __typename: 'DataPlatform' }
    & { ' $fragmentRefs'?: { 'PlatformFieldsFragment': PlatformFieldsFragment } }
  ), properties: { __typename: 'DataFlowProperties', description: string | null, project: string | null, customProperties: Array<{ __typename: 'CustomPropertiesEntry', key: string, value: string | null }> | null } | null, editableProperties: { __typename: 'DataFlowEditableProperties', description: string | null } | null, ownership: (
    { __typename: 'Ownership' }
    & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
  ) | null, tags: (
    { __typename: 'GlobalTags' }
    & { ' $fragmentRefs'?: { 'TagsFieldsFragment': TagsFieldsFragment } }
  ) | null, glossaryTerms: (
    { __typename: 'GlossaryTerms' }
    & { ' $fragmentRefs'?: { 'TermsFieldsFragment': TermsFieldsFragment } }
  ) | null, tasks: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
        | (
          { __typename: 'Container', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Container_Fragment': RelatedItem_Container_Fragment } }
        )
        | (
          { __typename: 'CorpGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpGroup_Fragment': RelatedItem_CorpGroup_Fragment } }
        )
        | (
          { __typename: 'CorpUser', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpUser_Fragment': RelatedItem_CorpUser_Fragment } }
        )
        | (
          { __typename: 'DataFlow', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataFlow_Fragment': RelatedItem_DataFlow_Fragment } }
        )
        | (
          { __typename: 'DataJob', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataJob_Fragment': RelatedItem_DataJob_Fragment } }
        )
        | (
          { __typename: 'DataPlatform', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatform_Fragment': RelatedItem_DataPlatform_Fragment } }
        )
        | (
          { __typename: 'DataPlatformInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatformInstance_Fragment': RelatedItem_DataPlatformInstance_Fragment } }
        )
        | (
          { __typename: 'DataProcessInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataProcessInstance_Fragment': RelatedItem_DataProcessInstance_Fragment } }
        )
        | (
          { __typename: 'DataTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataTypeEntity_Fragment': RelatedItem_DataTypeEntity_Fragment } }
        )
        | (
          { __typename: 'Dataset', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Dataset_Fragment': RelatedItem_Dataset_Fragment } }
        )
        | (
          { __typename: 'Domain', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Domain_Fragment': RelatedItem_Domain_Fragment } }
        )
        | (
          { __typename: 'EntityTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_EntityTypeEntity_Fragment': RelatedItem_EntityTypeEntity_Fragment } }
        )
        | (
          { __typename: 'GlossaryNode', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryNode_Fragment': RelatedItem_GlossaryNode_Fragment } }
        )
        | (
          { __typename: 'GlossaryTerm', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryTerm_Fragment': RelatedItem_GlossaryTerm_Fragment } }
        )
        | (
          { __typename: 'MLFeature', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeature_Fragment': RelatedItem_MlFeature_Fragment } }
        )
        | (
          { __typename: 'MLFeatureTable', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeatureTable_Fragment': RelatedItem_MlFeatureTable_Fragment } }
        )
        | (
          { __typename: 'MLModel', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModel_Fragment': RelatedItem_MlModel_Fragment } }
        )
        | (
          { __typename: 'MLModelGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModelGroup_Fragment': RelatedItem_MlModelGroup_Fragment } }
        )
        | (
          { __typename: 'MLPrimaryKey', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlPrimaryKey_Fragment': RelatedItem_MlPrimaryKey_Fragment } }
        )
        | (
          { __typename: 'OrreryMlModelDeployment', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_OrreryMlModelDeployment_Fragment': RelatedItem_OrreryMlModelDeployment_Fragment } }
        )
        | (
          { __typename: 'StructuredPropertyEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_StructuredPropertyEntity_Fragment': RelatedItem_StructuredPropertyEntity_Fragment } }
        )
        | (
          { __typename: 'Tag', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Tag_Fragment': RelatedItem_Tag_Fragment } }
        )
        | (
          { __typename: 'VersionSet', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_VersionSet_Fragment': RelatedItem_VersionSet_Fragment } }
        )
       | null }> } | null } & { ' $fragmentName'?: 'PipelineSummaryFragment' };

export type PipelineTasksQueryVariables = Exact<{
  urn: string;
  start: number;
  count: number;
}>;


export type PipelineTasksQuery = { __typename: 'Query', dataFlow: { __typename: 'DataFlow', urn: string, tasks: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
          | (
            { __typename: 'Container', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
          )
          | (
            { __typename: 'CorpGroup', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
          )
          | (
            { __typename: 'CorpUser', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
          )
          | (
            { __typename: 'DataFlow', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
          )
          | (
            { __typename: 'DataJob', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
          )
          | (
            { __typename: 'DataPlatform', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
          )
          | (
            { __typename: 'DataPlatformInstance', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
          )
          | (
            { __typename: 'DataProcessInstance', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
          )
          | (
            { __typename: 'DataTypeEntity', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
          )
          | (
            { __typename: 'Dataset', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
          )
          | (
            { __typename: 'Domain', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
          )
          | (
            { __typename: 'EntityTypeEntity', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
          )
          | (
            { __typename: 'GlossaryNode', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
          )
          | (
            { __typename: 'GlossaryTerm', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
          )
          | (
            { __typename: 'MLFeature', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
          )
          | (
            { __typename: 'MLFeatureTable', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
          )
          | (
            { __typename: 'MLModel', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
          )
          | (
            { __typename: 'MLModelGroup', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
          )
          | (
            { __typename: 'MLPrimaryKey', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
          )
          | (
            { __typename: 'OrreryMlModelDeployment', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
          )
          | (
            { __typename: 'StructuredPropertyEntity', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
          )
          | (
            { __typename: 'Tag', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
          )
          | (
            { __typename: 'VersionSet', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
          )
         | null }> } | null } | null };

export type JobInputsQueryVariables = Exact<{
  urn: string;
}>;


export type JobInputsQuery = { __typename: 'Query', dataJob: { __typename: 'DataJob', urn: string, inputOutput: { __typename: 'DataJobInputOutput', inputDatasets: Array<(
        { __typename: 'Dataset', urn: string }
        & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
      )> | null, inputDatajobs: Array<(
        { __typename: 'DataJob', urn: string }
        & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
      )> | null } | null } | null };

export type JobOutputsQueryVariables = Exact<{
  urn: string;
}>;


export type JobOutputsQuery = { __typename: 'Query', dataJob: { __typename: 'DataJob', urn: string, inputOutput: { __typename: 'DataJobInputOutput', outputDatasets: Array<(
        { __typename: 'Dataset', urn: string }
        & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
      )> | null } | null, downstreamJobs: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
          | (
            { __typename: 'Container', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
          )
          | (
            { __typename: 'CorpGroup', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
          )
          | (
            { __typename: 'CorpUser', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
          )
          | (
            { __typename: 'DataFlow', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
          )
          | (
            { __typename: 'DataJob', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
          )
          | (
            { __typename: 'DataPlatform', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
          )
          | (
            { __typename: 'DataPlatformInstance', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
          )
          | (
            { __typename: 'DataProcessInstance', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
          )
          | (
            { __typename: 'DataTypeEntity', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
          )
          | (
            { __typename: 'Dataset', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
          )
          | (
            { __typename: 'Domain', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
          )
          | (
            { __typename: 'EntityTypeEntity', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
          )
          | (
            { __typename: 'GlossaryNode', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
          )
          | (
            { __typename: 'GlossaryTerm', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
          )
          | (
            { __typename: 'MLFeature', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
          )
          | (
            { __typename: 'MLFeatureTable', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
          )
          | (
            { __typename: 'MLModel', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
          )
          | (
            { __typename: 'MLModelGroup', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
          )
          | (
            { __typename: 'MLPrimaryKey', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
          )
          | (
            { __typename: 'OrreryMlModelDeployment', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
          )
          | (
            { __typename: 'StructuredPropertyEntity', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
          )
          | (
            { __typename: 'Tag', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
          )
          | (
            { __typename: 'VersionSet', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
          )
         | null }> } | null } | null };

export type JobHeaderFragment = { __typename: 'DataJob', urn: string, jobId: string, properties: { __typename: 'DataJobProperties', name: string, externalUrl: string | null } | null, dataFlow: { __typename: 'DataFlow', urn: string, flowId: string, platform: (
      { __typename: 'DataPlatform' }
      & { ' $fragmentRefs'?: { 'PlatformFieldsFragment': PlatformFieldsFragment } }
    ), properties: { __typename: 'DataFlowProperties', name: string } | null } | null, subTypes: { __typename: 'SubTypes', typeNames: Array<string> | null } | null, deprecation: { __typename: 'Deprecation', deprecated: boolean, note: string | null } | null, ownership: (
    { __typename: 'Ownership' }
    & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
  ) | null, tags: (
    { __typename: 'GlobalTags' }
    & { ' $fragmentRefs'?: { 'TagsFieldsFragment': TagsFieldsFragment } }
  ) | null } & { ' $fragmentName'?: 'JobHeaderFragment' };

export type JobPageQueryVariables = Exact<{
  urn: string;
}>;


export type JobPageQuery = { __typename: 'Query', dataJob: (
    { __typename: 'DataJob', urn: string }
    & { ' $fragmentRefs'?: { 'JobHeaderFragment': JobHeaderFragment;'JobSummaryFragment': JobSummaryFragment } }
  ) | null };

export type JobRunsQueryVariables = Exact<{
  urn: string;
  start: number;
  count: number;
}>;


export type JobRunsQuery = { __typename: 'Query', dataJob: { __typename: 'DataJob', urn: string, runs: { __typename: 'DataProcessInstanceResult', total: number | null, runs: Array<(
        { __typename: 'DataProcessInstance', urn: string }
        & { ' $fragmentRefs'?: { 'RelatedItem_DataProcessInstance_Fragment': RelatedItem_DataProcessInstance_Fragment } }
      ) | null> | null } | null } | null };

export type FlowRunsQueryVariables = Exact<{
  urn: string;
  start: number;
  runs: number;
}>;


export type FlowRunsQuery = { __typename: 'Query', dataFlow: { __typename: 'DataFlow', urn: string, tasks: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
          | { __typename: 'Container', urn: string }
          | { __typename: 'CorpGroup', urn: string }
          | { __typename: 'CorpUser', urn: string }
          | { __typename: 'DataFlow', urn: string }
          | { __typename: 'DataJob', jobId: string, urn: string, properties: { __typename: 'DataJobProperties', name: string } | null, runs: { __typename: 'DataProcessInstanceResult', total: number | null, runs: Array<(
                { __typename: 'DataProcessInstance', urn: string }
                & { ' $fragmentRefs'?: { 'RelatedItem_DataProcessInstance_Fragment': RelatedItem_DataProcessInstance_Fragment } }
              ) | null> | null } | null }
          | { __typename: 'DataPlatform', urn: string }
          | { __typename: 'DataPlatformInstance', urn: string }
          | { __typename: 'DataProcessInstance', urn: string }
          | { __typename: 'DataTypeEntity', urn: string }
          | { __typename: 'Dataset', urn: string }
          | { __typename: 'Domain', urn: string }
          | { __typename: 'EntityTypeEntity', urn: string }
          | { __typename: 'GlossaryNode', urn: string }
          | { __typename: 'GlossaryTerm', urn: string }
          | { __typename: 'MLFeature', urn: string }
          | { __typename: 'MLFeatureTable', urn: string }
          | { __typename: 'MLModel', urn: string }
          | { __typename: 'MLModelGroup', urn: string }
          | { __typename: 'MLPrimaryKey', urn: string }
          | { __typename: 'OrreryMlModelDeployment', urn: string }
          | { __typename: 'StructuredPropertyEntity', urn: string }
          | { __typename: 'Tag', urn: string }
          | { __typename: 'VersionSet', urn: string }
         | null }> } | null } | null };

export type JobSummaryFragment = { __typename: 'DataJob', urn: string, jobId: string, properties: { __typename: 'DataJobProperties', description: string | null, customProperties: Array<{ __typename: 'CustomPropertiesEntry', key: string, value: string | null }> | null } | null, editableProperties: { __typename: 'DataJobEditableProperties', description: string | null } | null, dataFlow: { __typename: 'DataFlow', urn: string, flowId: string, orchestrator: string, platform: (
      { __typename: 'DataPlatform' }
      & { ' $fragmentRefs'?: { 'PlatformFieldsFragment': PlatformFieldsFragment } }
    ), properties: { __typename: 'DataFlowProperties', name: string } | null } | null, ownership: (
    { __typename: 'Ownership' }
    & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
  ) | null, tags: (
    { __typename: 'GlobalTags' }
    & { ' $fragmentRefs'?: { 'TagsFieldsFragment': TagsFieldsFragment } }
  ) | null, glossaryTerms: (
    { __typename: 'GlossaryTerms' }
    & { ' $fragmentRefs'?: { 'TermsFieldsFragment': TermsFieldsFragment } }
  ) | null, inputOutput: { __typename: 'DataJobInputOutput', inputDatasets: Array<{ __typename: 'Dataset', urn: string }> | null, outputDatasets: Array<{ __typename: 'Dataset', urn: string }> | null, inputDatajobs: Array<{ __typename: 'DataJob', urn: string }> | null } | null, trains: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
        | (
          { __typename: 'Container', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Container_Fragment': RelatedItem_Container_Fragment } }
        )
        | (
          { __typename: 'CorpGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpGroup_Fragment': RelatedItem_CorpGroup_Fragment } }
        )
        | (
          { __typename: 'CorpUser', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpUser_Fragment': RelatedItem_CorpUser_Fragment } }
        )
        | (
          { __typename: 'DataFlow', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataFlow_Fragment': RelatedItem_DataFlow_Fragment } }
        )
        | (
          { __typename: 'DataJob', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataJob_Fragment': RelatedItem_DataJob_Fragment } }
        )
        | (
          { __typename: 'DataPlatform', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatform_Fragment': RelatedItem_DataPlatform_Fragment } }
        )
        | (
          { __typename: 'DataPlatformInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatformInstance_Fragment': RelatedItem_DataPlatformInstance_Fragment } }
        )
        | (
          { __typename: 'DataProcessInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataProcessInstance_Fragment': RelatedItem_DataProcessInstance_Fragment } }
        )
        | (
          { __typename: 'DataTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataTypeEntity_Fragment': RelatedItem_DataTypeEntity_Fragment } }
        )
        | (
          { __typename: 'Dataset', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Dataset_Fragment': RelatedItem_Dataset_Fragment } }
        )
        | (
          { __typename: 'Domain', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Domain_Fragment': RelatedItem_Domain_Fragment } }
        )
        | (
          { __typename: 'EntityTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_EntityTypeEntity_Fragment': RelatedItem_EntityTypeEntity_Fragment } }
        )
        | (
          { __typename: 'GlossaryNode', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryNode_Fragment': RelatedItem_GlossaryNode_Fragment } }
        )
        | (
          { __typename: 'GlossaryTerm', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryTerm_Fragment': RelatedItem_GlossaryTerm_Fragment } }
        )
        | (
          { __typename: 'MLFeature', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeature_Fragment': RelatedItem_MlFeature_Fragment } }
        )
        | (
          { __typename: 'MLFeatureTable', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeatureTable_Fragment': RelatedItem_MlFeatureTable_Fragment } }
        )
        | (
          { __typename: 'MLModel', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModel_Fragment': RelatedItem_MlModel_Fragment } }
        )
        | (
          { __typename: 'MLModelGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModelGroup_Fragment': RelatedItem_MlModelGroup_Fragment } }
        )
        | (
          { __typename: 'MLPrimaryKey', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlPrimaryKey_Fragment': RelatedItem_MlPrimaryKey_Fragment } }
        )
        | (
          { __typename: 'OrreryMlModelDeployment', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_OrreryMlModelDeployment_Fragment': RelatedItem_OrreryMlModelDeployment_Fragment } }
        )
        | (
          { __typename: 'StructuredPropertyEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_StructuredPropertyEntity_Fragment': RelatedItem_StructuredPropertyEntity_Fragment } }
        )
        | (
          { __typename: 'Tag', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Tag_Fragment': RelatedItem_Tag_Fragment } }
        )
        | (
          { __typename: 'VersionSet', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_VersionSet_Fragment': RelatedItem_VersionSet_Fragment } }
        )
       | null }> } | null } & { ' $fragmentName'?: 'JobSummaryFragment' };

export type DatasetHeaderFragment = { __typename: 'Dataset', urn: string, name: string, platform: (
    { __typename: 'DataPlatform' }
    & { ' $fragmentRefs'?: { 'PlatformFieldsFragment': PlatformFieldsFragment } }
  ), properties: { __typename: 'DatasetProperties', name: string, externalUrl: string | null } | null, subTypes: { __typename: 'SubTypes', typeNames: Array<string> | null } | null, parentContainers: { __typename: 'ParentContainersResult', containers: Array<{ __typename: 'Container', urn: string, properties: { __typename: 'ContainerProperties', name: string } | null, subTypes: { __typename: 'SubTypes', typeNames: Array<string> | null } | null }> } | null, deprecation: { __typename: 'Deprecation', deprecated: boolean, note: string | null } | null, ownership: (
    { __typename: 'Ownership' }
    & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
  ) | null, tags: (
    { __typename: 'GlobalTags' }
    & { ' $fragmentRefs'?: { 'TagsFieldsFragment': TagsFieldsFragment } }
  ) | null } & { ' $fragmentName'?: 'DatasetHeaderFragment' };

export type DatasetPageQueryVariables = Exact<{
  urn: string;
}>;


export type DatasetPageQuery = { __typename: 'Query', dataset: (
    { __typename: 'Dataset', urn: string }
    & { ' $fragmentRefs'?: { 'DatasetHeaderFragment': DatasetHeaderFragment;'DatasetSummaryFragment': DatasetSummaryFragment } }
  ) | null };

export type DatasetSchemaQueryVariables = Exact<{
  urn: string;
}>;


export type DatasetSchemaQuery = { __typename: 'Query', dataset: { __typename: 'Dataset', urn: string, schemaMetadata: { __typename: 'SchemaMetadata', name: string, version: number, fields: Array<{ __typename: 'SchemaField', fieldPath: string, type: SchemaFieldDataType, nativeDataType: string | null, description: string | null, nullable: boolean, isPartOfKey: boolean | null }> } | null, editableSchemaMetadata: { __typename: 'EditableSchemaMetadata', editableSchemaFieldInfo: Array<{ __typename: 'EditableSchemaFieldInfo', fieldPath: string, description: string | null }> } | null } | null };

export type DatasetStatsQueryVariables = Exact<{
  urn: string;
}>;


export type DatasetStatsQuery = { __typename: 'Query', dataset: { __typename: 'Dataset', urn: string, datasetProfiles: Array<{ __typename: 'DatasetProfile', timestampMillis: number, rowCount: number | null, columnCount: number | null, sizeInBytes: number | null, partitionSpec: { __typename: 'PartitionSpec', partition: string | null } | null, fieldProfiles: Array<{ __typename: 'DatasetFieldProfile', fieldPath: string, uniqueCount: number | null, uniqueProportion: number | null, nullCount: number | null, nullProportion: number | null, min: string | null, max: string | null, mean: string | null, sampleValues: Array<string> | null }> | null }> | null, usageStats: { __typename: 'UsageQueryResult', buckets: Array<{ __typename: 'UsageAggregation', bucket: number | null, metrics: { __typename: 'UsageAggregationMetrics', topSqlQueries: Array<string | null> | null } | null } | null> | null, aggregations: { __typename: 'UsageQueryResultAggregations', uniqueUserCount: number | null, totalSqlQueries: number | null, users: Array<{ __typename: 'UserUsageCounts', count: number | null, userEmail: string | null, user: { __typename: 'CorpUser', urn: string, username: string, properties: { __typename: 'CorpUserProperties', displayName: string | null } | null } | null } | null> | null, fields: Array<{ __typename: 'FieldUsageCounts', fieldName: string | null, count: number | null } | null> | null } | null } | null, operations: Array<{ __typename: 'Operation', timestampMillis: number, lastUpdatedTimestamp: number, operationType: OperationType, customOperationType: string | null, actor: string | null, numAffectedRows: number | null }> | null } | null };

export type DatasetSummaryFragment = { __typename: 'Dataset', urn: string, name: string, platform: (
    { __typename: 'DataPlatform' }
    & { ' $fragmentRefs'?: { 'PlatformFieldsFragment': PlatformFieldsFragment } }
  ), properties: { __typename: 'DatasetProperties', description: string | null, qualifiedName: string | null, externalUrl: string | null, created: number | null, lastModified: { __typename: 'AuditStamp', time: number }, customProperties: Array<{ __typename: 'CustomPropertiesEntry', key: string, value: string | null }> | null } | null, editableProperties: { __typename: 'DatasetEditableProperties', description: string | null } | null, ownership: (
    { __typename: 'Ownership' }
    & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
  ) | null, tags: (
    { __typename: 'GlobalTags' }
    & { ' $fragmentRefs'?: { 'TagsFieldsFragment': TagsFieldsFragment } }
  ) | null, glossaryTerms: (
    { __typename: 'GlossaryTerms' }
    & { ' $fragmentRefs'?: { 'TermsFieldsFragment': TermsFieldsFragment } }
  ) | null, producedBy: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
        | (
          { __typename: 'Container', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Container_Fragment': RelatedItem_Container_Fragment } }
        )
        | (
          { __typename: 'CorpGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpGroup_Fragment': RelatedItem_CorpGroup_Fragment } }
        )
        | (
          { __typename: 'CorpUser', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpUser_Fragment': RelatedItem_CorpUser_Fragment } }
        )
        | (
          { __typename: 'DataFlow', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataFlow_Fragment': RelatedItem_DataFlow_Fragment } }
        )
        | (
          { __typename: 'DataJob', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataJob_Fragment': RelatedItem_DataJob_Fragment } }
        )
        | (
          { __typename: 'DataPlatform', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatform_Fragment': RelatedItem_DataPlatform_Fragment } }
        )
        | (
          { __typename: 'DataPlatformInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatformInstance_Fragment': RelatedItem_DataPlatformInstance_Fragment } }
        )
        | (
          { __typename: 'DataProcessInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataProcessInstance_Fragment': RelatedItem_DataProcessInstance_Fragment } }
        )
        | (
          { __typename: 'DataTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataTypeEntity_Fragment': RelatedItem_DataTypeEntity_Fragment } }
        )
        | (
          { __typename: 'Dataset', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Dataset_Fragment': RelatedItem_Dataset_Fragment } }
        )
        | (
          { __typename: 'Domain', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Domain_Fragment': RelatedItem_Domain_Fragment } }
        )
        | (
          { __typename: 'EntityTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_EntityTypeEntity_Fragment': RelatedItem_EntityTypeEntity_Fragment } }
        )
        | (
          { __typename: 'GlossaryNode', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryNode_Fragment': RelatedItem_GlossaryNode_Fragment } }
        )
        | (
          { __typename: 'GlossaryTerm', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryTerm_Fragment': RelatedItem_GlossaryTerm_Fragment } }
        )
        | (
          { __typename: 'MLFeature', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeature_Fragment': RelatedItem_MlFeature_Fragment } }
        )
        | (
          { __typename: 'MLFeatureTable', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeatureTable_Fragment': RelatedItem_MlFeatureTable_Fragment } }
        )
        | (
          { __typename: 'MLModel', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModel_Fragment': RelatedItem_MlModel_Fragment } }
        )
        | (
          { __typename: 'MLModelGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModelGroup_Fragment': RelatedItem_MlModelGroup_Fragment } }
        )
        | (
          { __typename: 'MLPrimaryKey', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlPrimaryKey_Fragment': RelatedItem_MlPrimaryKey_Fragment } }
        )
        | (
          { __typename: 'OrreryMlModelDeployment', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_OrreryMlModelDeployment_Fragment': RelatedItem_OrreryMlModelDeployment_Fragment } }
        )
        | (
          { __typename: 'StructuredPropertyEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_StructuredPropertyEntity_Fragment': RelatedItem_StructuredPropertyEntity_Fragment } }
        )
        | (
          { __typename: 'Tag', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Tag_Fragment': RelatedItem_Tag_Fragment } }
        )
        | (
          { __typename: 'VersionSet', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_VersionSet_Fragment': RelatedItem_VersionSet_Fragment } }
        )
       | null }> } | null, readBy: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
        | (
          { __typename: 'Container', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Container_Fragment': RelatedItem_Container_Fragment } }
        )
        | (
          { __typename: 'CorpGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpGroup_Fragment': RelatedItem_CorpGroup_Fragment } }
        )
        | (
          { __typename: 'CorpUser', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpUser_Fragment': RelatedItem_CorpUser_Fragment } }
        )
        | (
          { __typename: 'DataFlow', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataFlow_Fragment': RelatedItem_DataFlow_Fragment } }
        )
        | (
          { __typename: 'DataJob', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataJob_Fragment': RelatedItem_DataJob_Fragment } }
        )
        | (
          { __typename: 'DataPlatform', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatform_Fragment': RelatedItem_DataPlatform_Fragment } }
        )
        | (
          { __typename: 'DataPlatformInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatformInstance_Fragment': RelatedItem_DataPlatformInstance_Fragment } }
        )
        | (
          { __typename: 'DataProcessInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataProcessInstance_Fragment': RelatedItem_DataProcessInstance_Fragment } }
        )
        | (
          { __typename: 'DataTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataTypeEntity_Fragment': RelatedItem_DataTypeEntity_Fragment } }
        )
        | (
          { __typename: 'Dataset', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Dataset_Fragment': RelatedItem_Dataset_Fragment } }
        )
        | (
          { __typename: 'Domain', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Domain_Fragment': RelatedItem_Domain_Fragment } }
        )
        | (
          { __typename: 'EntityTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_EntityTypeEntity_Fragment': RelatedItem_EntityTypeEntity_Fragment } }
        )
        | (
          { __typename: 'GlossaryNode', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryNode_Fragment': RelatedItem_GlossaryNode_Fragment } }
        )
        | (
          { __typename: 'GlossaryTerm', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryTerm_Fragment': RelatedItem_GlossaryTerm_Fragment } }
        )
        | (
          { __typename: 'MLFeature', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeature_Fragment': RelatedItem_MlFeature_Fragment } }
        )
        | (
          { __typename: 'MLFeatureTable', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeatureTable_Fragment': RelatedItem_MlFeatureTable_Fragment } }
        )
        | (
          { __typename: 'MLModel', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModel_Fragment': RelatedItem_MlModel_Fragment } }
        )
        | (
          { __typename: 'MLModelGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModelGroup_Fragment': RelatedItem_MlModelGroup_Fragment } }
        )
        | (
          { __typename: 'MLPrimaryKey', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlPrimaryKey_Fragment': RelatedItem_MlPrimaryKey_Fragment } }
        )
        | (
          { __typename: 'OrreryMlModelDeployment', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_OrreryMlModelDeployment_Fragment': RelatedItem_OrreryMlModelDeployment_Fragment } }
        )
        | (
          { __typename: 'StructuredPropertyEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_StructuredPropertyEntity_Fragment': RelatedItem_StructuredPropertyEntity_Fragment } }
        )
        | (
          { __typename: 'Tag', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Tag_Fragment': RelatedItem_Tag_Fragment } }
        )
        | (
          { __typename: 'VersionSet', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_VersionSet_Fragment': RelatedItem_VersionSet_Fragment } }
        )
       | null }> } | null, features: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
        | (
          { __typename: 'Container', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Container_Fragment': RelatedItem_Container_Fragment } }
        )
        | (
          { __typename: 'CorpGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpGroup_Fragment': RelatedItem_CorpGroup_Fragment } }
        )
        | (
          { __typename: 'CorpUser', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpUser_Fragment': RelatedItem_CorpUser_Fragment } }
        )
        | (
          { __typename: 'DataFlow', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataFlow_Fragment': RelatedItem_DataFlow_Fragment } }
        )
        | (
          { __typename: 'DataJob', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataJob_Fragment': RelatedItem_DataJob_Fragment } }
        )
        | (
          { __typename: 'DataPlatform', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatform_Fragment': RelatedItem_DataPlatform_Fragment } }
        )
        | (
          { __typename: 'DataPlatformInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatformInstance_Fragment': RelatedItem_DataPlatformInstance_Fragment } }
        )
        | (
          { __typename: 'DataProcessInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataProcessInstance_Fragment': RelatedItem_DataProcessInstance_Fragment } }
        )
        | (
          { __typename: 'DataTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataTypeEntity_Fragment': RelatedItem_DataTypeEntity_Fragment } }
        )
        | (
          { __typename: 'Dataset', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Dataset_Fragment': RelatedItem_Dataset_Fragment } }
        )
        | (
          { __typename: 'Domain', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Domain_Fragment': RelatedItem_Domain_Fragment } }
        )
        | (
          { __typename: 'EntityTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_EntityTypeEntity_Fragment': RelatedItem_EntityTypeEntity_Fragment } }
        )
        | (
          { __typename: 'GlossaryNode', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryNode_Fragment': RelatedItem_GlossaryNode_Fragment } }
        )
        | (
          { __typename: 'GlossaryTerm', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryTerm_Fragment': RelatedItem_GlossaryTerm_Fragment } }
        )
        | (
          { __typename: 'MLFeature', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeature_Fragment': RelatedItem_MlFeature_Fragment } }
        )
        | (
          { __typename: 'MLFeatureTable', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeatureTable_Fragment': RelatedItem_MlFeatureTable_Fragment } }
        )
        | (
          { __typename: 'MLModel', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModel_Fragment': RelatedItem_MlModel_Fragment } }
        )
        | (
          { __typename: 'MLModelGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModelGroup_Fragment': RelatedItem_MlModelGroup_Fragment } }
        )
        | (
          { __typename: 'MLPrimaryKey', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlPrimaryKey_Fragment': RelatedItem_MlPrimaryKey_Fragment } }
        )
        | (
          { __typename: 'OrreryMlModelDeployment', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_OrreryMlModelDeployment_Fragment': RelatedItem_OrreryMlModelDeployment_Fragment } }
        )
        | (
          { __typename: 'StructuredPropertyEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_StructuredPropertyEntity_Fragment': RelatedItem_StructuredPropertyEntity_Fragment } }
        )
        | (
          { __typename: 'Tag', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Tag_Fragment': RelatedItem_Tag_Fragment } }
        )
        | (
          { __typename: 'VersionSet', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_VersionSet_Fragment': RelatedItem_VersionSet_Fragment } }
        )
       | null }> } | null } & { ' $fragmentName'?: 'DatasetSummaryFragment' };

export type DeploymentPageQueryVariables = Exact<{
  urn: string;
}>;


export type DeploymentPageQuery = { __typename: 'Query', orreryMlModelDeployment: { __typename: 'OrreryMlModelDeployment', urn: string, name: string, origin: FabricType | null, platform: (
      { __typename: 'DataPlatform' }
      & { ' $fragmentRefs'?: { 'PlatformFieldsFragment': PlatformFieldsFragment } }
    ) | null, properties: { __typename: 'OrreryMlModelDeploymentProperties', description: string | null, createdAt: number | null, status: OrreryDeploymentStatus | null, externalUrl: string | null, version: { __typename: 'VersionTag', versionTag: string | null } | null, customProperties: Array<{ __typename: 'CustomPropertiesEntry', key: string, value: string | null }> | null } | null, ownership: (
      { __typename: 'Ownership' }
      & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
    ) | null, tags: (
      { __typename: 'GlobalTags' }
      & { ' $fragmentRefs'?: { 'TagsFieldsFragment': TagsFieldsFragment } }
    ) | null, models: Array<{ __typename: 'MLModel', urn: string, name: string, properties: { __typename: 'MLModelProperties', name: string | null } | null, versionProperties: { __typename: 'VersionProperties', version: { __typename: 'VersionTag', versionTag: string | null } } | null }> } | null };

export type DomainPageQueryVariables = Exact<{
  urn: string;
}>;


export type DomainPageQuery = { __typename: 'Query', domain: { __typename: 'Domain', urn: string, id: string, properties: { __typename: 'DomainProperties', name: string, description: string | null } | null, ownership: (
      { __typename: 'Ownership' }
      & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
    ) | null, parentDomains: { __typename: 'ParentDomainsResult', count: number, domains: Array<
        | { __typename: 'Container', urn: string }
        | { __typename: 'CorpGroup', urn: string }
        | { __typename: 'CorpUser', urn: string }
        | { __typename: 'DataFlow', urn: string }
        | { __typename: 'DataJob', urn: string }
        | { __typename: 'DataPlatform', urn: string }
        | { __typename: 'DataPlatformInstance', urn: string }
        | { __typename: 'DataProcessInstance', urn: string }
        | { __typename: 'DataTypeEntity', urn: string }
        | { __typename: 'Dataset', urn: string }
        | { __typename: 'Domain', urn: string, properties: { __typename: 'DomainProperties', name: string } | null }
        | { __typename: 'EntityTypeEntity', urn: string }
        | { __typename: 'GlossaryNode', urn: string }
        | { __typename: 'GlossaryTerm', urn: string }
        | { __typename: 'MLFeature', urn: string }
        | { __typename: 'MLFeatureTable', urn: string }
        | { __typename: 'MLModel', urn: string }
        | { __typename: 'MLModelGroup', urn: string }
        | { __typename: 'MLPrimaryKey', urn: string }
        | { __typename: 'OrreryMlModelDeployment', urn: string }
        | { __typename: 'StructuredPropertyEntity', urn: string }
        | { __typename: 'Tag', urn: string }
        | { __typename: 'VersionSet', urn: string }
      > } | null } | null };

export type DomainAssetsQueryVariables = Exact<{
  urn: string;
  start: number;
  count: number;
}>;


export type DomainAssetsQuery = { __typename: 'Query', searchAcrossEntities: { __typename: 'SearchResults', start: number, total: number, searchResults: Array<{ __typename: 'SearchResult', entity:
        | (
          { __typename: 'Container', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
        )
        | (
          { __typename: 'CorpGroup', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
        )
        | (
          { __typename: 'CorpUser', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
        )
        | (
          { __typename: 'DataFlow', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
        )
        | (
          { __typename: 'DataJob', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
        )
        | (
          { __typename: 'DataPlatform', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
        )
        | (
          { __typename: 'DataPlatformInstance', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
        )
        | (
          { __typename: 'DataProcessInstance', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
        )
        | (
          { __typename: 'DataTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
        )
        | (
          { __typename: 'Dataset', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
        )
        | (
          { __typename: 'Domain', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
        )
        | (
          { __typename: 'EntityTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
        )
        | (
          { __typename: 'GlossaryNode', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
        )
        | (
          { __typename: 'GlossaryTerm', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
        )
        | (
          { __typename: 'MLFeature', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
        )
        | (
          { __typename: 'MLFeatureTable', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
        )
        | (
          { __typename: 'MLModel', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
        )
        | (
          { __typename: 'MLModelGroup', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
        )
        | (
          { __typename: 'MLPrimaryKey', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
        )
        | (
          { __typename: 'OrreryMlModelDeployment', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
        )
        | (
          { __typename: 'StructuredPropertyEntity', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
        )
        | (
          { __typename: 'Tag', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
        )
        | (
          { __typename: 'VersionSet', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
        )
       }> } | null };

export type ExperimentEntitiesQueryVariables = Exact<{
  urn: string;
  start: number;
  count: number;
  query?: string | null | undefined;
}>;


export type ExperimentEntitiesQuery = { __typename: 'Query', container: { __typename: 'Container', urn: string, entities: { __typename: 'SearchResults', start: number, total: number, searchResults: Array<{ __typename: 'SearchResult', entity:
          | (
            { __typename: 'Container', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_Container_Fragment': RelatedItem_Container_Fragment } }
          )
          | (
            { __typename: 'CorpGroup', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_CorpGroup_Fragment': RelatedItem_CorpGroup_Fragment } }
          )
          | (
            { __typename: 'CorpUser', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_CorpUser_Fragment': RelatedItem_CorpUser_Fragment } }
          )
          | (
            { __typename: 'DataFlow', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_DataFlow_Fragment': RelatedItem_DataFlow_Fragment } }
          )
          | (
            { __typename: 'DataJob', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_DataJob_Fragment': RelatedItem_DataJob_Fragment } }
          )
          | (
            { __typename: 'DataPlatform', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatform_Fragment': RelatedItem_DataPlatform_Fragment } }
          )
          | (
            { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatformInstance_Fragment': RelatedItem_DataPlatformInstance_Fragment } }
          )
          | (
            { __typename: 'DataProcessInstance', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RunRowFragment': RunRowFragment;'RelatedItem_DataProcessInstance_Fragment': RelatedItem_DataProcessInstance_Fragment } }
          )
          | (
            { __typename: 'DataTypeEntity', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_DataTypeEntity_Fragment': RelatedItem_DataTypeEntity_Fragment } }
          )
          | (
            { __typename: 'Dataset', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_Dataset_Fragment': RelatedItem_Dataset_Fragment } }
          )
          | (
            { __typename: 'Domain', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_Domain_Fragment': RelatedItem_Domain_Fragment } }
          )
          | (
            { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_EntityTypeEntity_Fragment': RelatedItem_EntityTypeEntity_Fragment } }
          )
          | (
            { __typename: 'GlossaryNode', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryNode_Fragment': RelatedItem_GlossaryNode_Fragment } }
          )
          | (
            { __typename: 'GlossaryTerm', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryTerm_Fragment': RelatedItem_GlossaryTerm_Fragment } }
          )
          | (
            { __typename: 'MLFeature', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_MlFeature_Fragment': RelatedItem_MlFeature_Fragment } }
          )
          | (
            { __typename: 'MLFeatureTable', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_MlFeatureTable_Fragment': RelatedItem_MlFeatureTable_Fragment } }
          )
          | (
            { __typename: 'MLModel', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_MlModel_Fragment': RelatedItem_MlModel_Fragment } }
          )
          | (
            { __typename: 'MLModelGroup', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_MlModelGroup_Fragment': RelatedItem_MlModelGroup_Fragment } }
          )
          | (
            { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_MlPrimaryKey_Fragment': RelatedItem_MlPrimaryKey_Fragment } }
          )
          | (
            { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_OrreryMlModelDeployment_Fragment': RelatedItem_OrreryMlModelDeployment_Fragment } }
          )
          | (
            { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_StructuredPropertyEntity_Fragment': RelatedItem_StructuredPropertyEntity_Fragment } }
          )
          | (
            { __typename: 'Tag', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_Tag_Fragment': RelatedItem_Tag_Fragment } }
          )
          | (
            { __typename: 'VersionSet', urn: string, type: EntityType }
            & { ' $fragmentRefs'?: { 'RelatedItem_VersionSet_Fragment': RelatedItem_VersionSet_Fragment } }
          )
         }> } | null } | null };

export type ExperimentHeaderFragment = { __typename: 'Container', urn: string, platform: (
    { __typename: 'DataPlatform' }
    & { ' $fragmentRefs'?: { 'PlatformFieldsFragment': PlatformFieldsFragment } }
  ), properties: { __typename: 'ContainerProperties', name: string, externalUrl: string | null } | null, subTypes: { __typename: 'SubTypes', typeNames: Array<string> | null } | null, parentContainers: { __typename: 'ParentContainersResult', containers: Array<{ __typename: 'Container', urn: string, properties: { __typename: 'ContainerProperties', name: string } | null, subTypes: { __typename: 'SubTypes', typeNames: Array<string> | null } | null }> } | null, deprecation: { __typename: 'Deprecation', deprecated: boolean, note: string | null } | null, ownership: (
    { __typename: 'Ownership' }
    & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
  ) | null, tags: (
    { __typename: 'GlobalTags' }
    & { ' $fragmentRefs'?: { 'TagsFieldsFragment': TagsFieldsFragment } }
  ) | null } & { ' $fragmentName'?: 'ExperimentHeaderFragment' };

export type ExperimentPageQueryVariables = Exact<{
  urn: string;
}>;


export type ExperimentPageQuery = { __typename: 'Query', container: (
    { __typename: 'Container', urn: string }
    & { ' $fragmentRefs'?: { 'ExperimentHeaderFragment': ExperimentHeaderFragment;'ExperimentSummaryFragment': ExperimentSummaryFragment } }
  ) | null };

export type RunRowFragment = { __typename: 'DataProcessInstance', urn: string, properties: { __typename: 'DataProcessInstanceProperties', name: string, created: { __typename: 'AuditStamp', time: number, actor: string | null }, customProperties: Array<{ __typename: 'CustomPropertiesEntry', key: string, value: string | null }> | null } | null, state: Array<{ __typename: 'DataProcessRunEvent', status: DataProcessRunStatus | null, attempt: number | null, timestampMillis: number, durationMillis: number | null, result: { __typename: 'DataProcessInstanceRunResult', resultType: DataProcessInstanceRunResultType | null } | null } | null> | null, mlTrainingRunProperties: { __typename: 'MLTrainingRunProperties', id: string | null, outputUrls: Array<string | null> | null, hyperParams: Array<{ __typename: 'MLHyperParam', name: string | null, value: string | null, description: string | null } | null> | null, trainingMetrics: Array<{ __typename: 'MLMetric', name: string | null, value: string | null, description: string | null } | null> | null } | null } & { ' $fragmentName'?: 'RunRowFragment' };

export type ExperimentRunsQueryVariables = Exact<{
  urn: string;
  input: OrreryRunSearchInput;
}>;


export type ExperimentRunsQuery = { __typename: 'Query', container: { __typename: 'Container', urn: string, orreryRuns: { __typename: 'OrreryRunSearchResult', start: number, count: number, total: number, runsInExperiment: number, keys: Array<{ __typename: 'OrreryRunKey', kind: string, name: string, runs: number, varies: boolean }>, runs: Array<(
        { __typename: 'DataProcessInstance', urn: string }
        & { ' $fragmentRefs'?: { 'RunRowFragment': RunRowFragment } }
      )> } | null } | null };

export type ExperimentOtherAssetsQueryVariables = Exact<{
  urn: string;
}>;


export type ExperimentOtherAssetsQuery = { __typename: 'Query', container: { __typename: 'Container', urn: string, others: { __typename: 'SearchResults', total: number, searchResults: Array<{ __typename: 'SearchResult', entity:
          | (
            { __typename: 'Container', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_Container_Fragment': RelatedItem_Container_Fragment } }
          )
          | (
            { __typename: 'CorpGroup', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_CorpGroup_Fragment': RelatedItem_CorpGroup_Fragment } }
          )
          | (
            { __typename: 'CorpUser', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_CorpUser_Fragment': RelatedItem_CorpUser_Fragment } }
          )
          | (
            { __typename: 'DataFlow', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_DataFlow_Fragment': RelatedItem_DataFlow_Fragment } }
          )
          | (
            { __typename: 'DataJob', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_DataJob_Fragment': RelatedItem_DataJob_Fragment } }
          )
          | (
            { __typename: 'DataPlatform', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatform_Fragment': RelatedItem_DataPlatform_Fragment } }
          )
          | (
            { __typename: 'DataPlatformInstance', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatformInstance_Fragment': RelatedItem_DataPlatformInstance_Fragment } }
          )
          | (
            { __typename: 'DataProcessInstance', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_DataProcessInstance_Fragment': RelatedItem_DataProcessInstance_Fragment } }
          )
          | (
            { __typename: 'DataTypeEntity', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_DataTypeEntity_Fragment': RelatedItem_DataTypeEntity_Fragment } }
          )
          | (
            { __typename: 'Dataset', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_Dataset_Fragment': RelatedItem_Dataset_Fragment } }
          )
          | (
            { __typename: 'Domain', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_Domain_Fragment': RelatedItem_Domain_Fragment } }
          )
          | (
            { __typename: 'EntityTypeEntity', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_EntityTypeEntity_Fragment': RelatedItem_EntityTypeEntity_Fragment } }
          )
          | (
            { __typename: 'GlossaryNode', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryNode_Fragment': RelatedItem_GlossaryNode_Fragment } }
          )
          | (
            { __typename: 'GlossaryTerm', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryTerm_Fragment': RelatedItem_GlossaryTerm_Fragment } }
          )
          | (
            { __typename: 'MLFeature', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_MlFeature_Fragment': RelatedItem_MlFeature_Fragment } }
          )
          | (
            { __typename: 'MLFeatureTable', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_MlFeatureTable_Fragment': RelatedItem_MlFeatureTable_Fragment } }
          )
          | (
            { __typename: 'MLModel', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_MlModel_Fragment': RelatedItem_MlModel_Fragment } }
          )
          | (
            { __typename: 'MLModelGroup', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_MlModelGroup_Fragment': RelatedItem_MlModelGroup_Fragment } }
          )
          | (
            { __typename: 'MLPrimaryKey', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_MlPrimaryKey_Fragment': RelatedItem_MlPrimaryKey_Fragment } }
          )
          | (
            { __typename: 'OrreryMlModelDeployment', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_OrreryMlModelDeployment_Fragment': RelatedItem_OrreryMlModelDeployment_Fragment } }
          )
          | (
            { __typename: 'StructuredPropertyEntity', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_StructuredPropertyEntity_Fragment': RelatedItem_StructuredPropertyEntity_Fragment } }
          )
          | (
            { __typename: 'Tag', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_Tag_Fragment': RelatedItem_Tag_Fragment } }
          )
          | (
            { __typename: 'VersionSet', urn: string }
            & { ' $fragmentRefs'?: { 'RelatedItem_VersionSet_Fragment': RelatedItem_VersionSet_Fragment } }
          )
         }> } | null } | null };

export type ExperimentSummaryFragment = { __typename: 'Container', urn: string, platform: (
    { __typename: 'DataPlatform' }
    & { ' $fragmentRefs'?: { 'PlatformFieldsFragment': PlatformFieldsFragment } }
  ), subTypes: { __typename: 'SubTypes', typeNames: Array<string> | null } | null, properties: { __typename: 'ContainerProperties', description: string | null, qualifiedName: string | null, externalUrl: string | null, customProperties: Array<{ __typename: 'CustomPropertiesEntry', key: string, value: string | null }> | null } | null, editableProperties: { __typename: 'ContainerEditableProperties', description: string | null } | null, ownership: (
    { __typename: 'Ownership' }
    & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
  ) | null, tags: (
    { __typename: 'GlobalTags' }
    & { ' $fragmentRefs'?: { 'TagsFieldsFragment': TagsFieldsFragment } }
  ) | null, glossaryTerms: (
    { __typename: 'GlossaryTerms' }
    & { ' $fragmentRefs'?: { 'TermsFieldsFragment': TermsFieldsFragment } }
  ) | null, recent: { __typename: 'SearchResults', total: number, searchResults: Array<{ __typename: 'SearchResult', entity:
        | (
          { __typename: 'Container', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Container_Fragment': RelatedItem_Container_Fragment } }
        )
        | (
          { __typename: 'CorpGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpGroup_Fragment': RelatedItem_CorpGroup_Fragment } }
        )
        | (
          { __typename: 'CorpUser', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpUser_Fragment': RelatedItem_CorpUser_Fragment } }
        )
        | (
          { __typename: 'DataFlow', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataFlow_Fragment': RelatedItem_DataFlow_Fragment } }
        )
        | (
          { __typename: 'DataJob', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataJob_Fragment': RelatedItem_DataJob_Fragment } }
        )
        | (
          { __typename: 'DataPlatform', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatform_Fragment': RelatedItem_DataPlatform_Fragment } }
        )
        | (
          { __typename: 'DataPlatformInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatformInstance_Fragment': RelatedItem_DataPlatformInstance_Fragment } }
        )
        | (
          { __typename: 'DataProcessInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataProcessInstance_Fragment': RelatedItem_DataProcessInstance_Fragment } }
        )
        | (
          { __typename: 'DataTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataTypeEntity_Fragment': RelatedItem_DataTypeEntity_Fragment } }
        )
        | (
          { __typename: 'Dataset', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Dataset_Fragment': RelatedItem_Dataset_Fragment } }
        )
        | (
          { __typename: 'Domain', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Domain_Fragment': RelatedItem_Domain_Fragment } }
        )
        | (
          { __typename: 'EntityTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_EntityTypeEntity_Fragment': RelatedItem_EntityTypeEntity_Fragment } }
        )
        | (
          { __typename: 'GlossaryNode', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryNode_Fragment': RelatedItem_GlossaryNode_Fragment } }
        )
        | (
          { __typename: 'GlossaryTerm', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryTerm_Fragment': RelatedItem_GlossaryTerm_Fragment } }
        )
        | (
          { __typename: 'MLFeature', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeature_Fragment': RelatedItem_MlFeature_Fragment } }
        )
        | (
          { __typename: 'MLFeatureTable', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeatureTable_Fragment': RelatedItem_MlFeatureTable_Fragment } }
        )
        | (
          { __typename: 'MLModel', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModel_Fragment': RelatedItem_MlModel_Fragment } }
        )
        | (
          { __typename: 'MLModelGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModelGroup_Fragment': RelatedItem_MlModelGroup_Fragment } }
        )
        | (
          { __typename: 'MLPrimaryKey', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlPrimaryKey_Fragment': RelatedItem_MlPrimaryKey_Fragment } }
        )
        | (
          { __typename: 'OrreryMlModelDeployment', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_OrreryMlModelDeployment_Fragment': RelatedItem_OrreryMlModelDeployment_Fragment } }
        )
        | (
          { __typename: 'StructuredPropertyEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_StructuredPropertyEntity_Fragment': RelatedItem_StructuredPropertyEntity_Fragment } }
        )
        | (
          { __typename: 'Tag', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Tag_Fragment': RelatedItem_Tag_Fragment } }
        )
        | (
          { __typename: 'VersionSet', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_VersionSet_Fragment': RelatedItem_VersionSet_Fragment } }
        )
       }> } | null } & { ' $fragmentName'?: 'ExperimentSummaryFragment' };

export type FeatureDetailsQueryVariables = Exact<{
  urn: string;
}>;


export type FeatureDetailsQuery = { __typename: 'Query', mlFeature: { __typename: 'MLFeature', urn: string, orreryDetails: { __typename: 'OrreryMlFeatureDetails', featureAlgorithm: string | null, sourceColumns: Array<{ __typename: 'OrreryFeatureSourceColumn', column: string | null, dataType: string | null, description: string | null, datasetUrn: string | null, fieldPath: string | null, dataset: { __typename: 'Dataset', urn: string, name: string } | null }> } | null } | null };

export type FeatureHeaderFragment = { __typename: 'MLFeature', urn: string, name: string, featureNamespace: string, dataType: MlFeatureDataType | null, deprecation: { __typename: 'Deprecation', deprecated: boolean, note: string | null } | null, ownership: (
    { __typename: 'Ownership' }
    & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
  ) | null, tags: (
    { __typename: 'GlobalTags' }
    & { ' $fragmentRefs'?: { 'TagsFieldsFragment': TagsFieldsFragment } }
  ) | null } & { ' $fragmentName'?: 'FeatureHeaderFragment' };

export type FeaturePageQueryVariables = Exact<{
  urn: string;
}>;


export type FeaturePageQuery = { __typename: 'Query', mlFeature: (
    { __typename: 'MLFeature', urn: string }
    & { ' $fragmentRefs'?: { 'FeatureHeaderFragment': FeatureHeaderFragment;'FeatureSummaryFragment': FeatureSummaryFragment } }
  ) | null };

export type FeatureSummaryFragment = { __typename: 'MLFeature', urn: string, featureNamespace: string, dataType: MlFeatureDataType | null, description: string | null, properties: { __typename: 'MLFeatureProperties', description: string | null, dataType: MlFeatureDataType | null, version: { __typename: 'VersionTag', versionTag: string | null } | null, sources: Array<{ __typename: 'Dataset', urn: string, name: string, properties: { __typename: 'DatasetProperties', name: string } | null } | null> | null, customProperties: Array<{ __typename: 'CustomPropertiesEntry', key: string, value: string | null }> | null } | null, editableProperties: { __typename: 'MLFeatureEditableProperties', description: string | null } | null, ownership: (
    { __typename: 'Ownership' }
    & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
  ) | null, tags: (
    { __typename: 'GlobalTags' }
    & { ' $fragmentRefs'?: { 'TagsFieldsFragment': TagsFieldsFragment } }
  ) | null, glossaryTerms: (
    { __typename: 'GlossaryTerms' }
    & { ' $fragmentRefs'?: { 'TermsFieldsFragment': TermsFieldsFragment } }
  ) | null, usedBy: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
        | (
          { __typename: 'Container', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Container_Fragment': RelatedItem_Container_Fragment } }
        )
        | (
          { __typename: 'CorpGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpGroup_Fragment': RelatedItem_CorpGroup_Fragment } }
        )
        | (
          { __typename: 'CorpUser', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpUser_Fragment': RelatedItem_CorpUser_Fragment } }
        )
        | (
          { __typename: 'DataFlow', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataFlow_Fragment': RelatedItem_DataFlow_Fragment } }
        )
        | (
          { __typename: 'DataJob', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataJob_Fragment': RelatedItem_DataJob_Fragment } }
        )
        | (
          { __typename: 'DataPlatform', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatform_Fragment': RelatedItem_DataPlatform_Fragment } }
        )
        | (
          { __typename: 'DataPlatformInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatformInstance_Fragment': RelatedItem_DataPlatformInstance_Fragment } }
        )
        | (
          { __typename: 'DataProcessInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataProcessInstance_Fragment': RelatedItem_DataProcessInstance_Fragment } }
        )
        | (
          { __typename: 'DataTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataTypeEntity_Fragment': RelatedItem_DataTypeEntity_Fragment } }
        )
        | (
          { __typename: 'Dataset', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Dataset_Fragment': RelatedItem_Dataset_Fragment } }
        )
        | (
          { __typename: 'Domain', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Domain_Fragment': RelatedItem_Domain_Fragment } }
        )
        | (
          { __typename: 'EntityTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_EntityTypeEntity_Fragment': RelatedItem_EntityTypeEntity_Fragment } }
        )
        | (
          { __typename: 'GlossaryNode', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryNode_Fragment': RelatedItem_GlossaryNode_Fragment } }
        )
        | (
          { __typename: 'GlossaryTerm', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryTerm_Fragment': RelatedItem_GlossaryTerm_Fragment } }
        )
        | (
          { __typename: 'MLFeature', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeature_Fragment': RelatedItem_MlFeature_Fragment } }
        )
        | (
          { __typename: 'MLFeatureTable', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeatureTable_Fragment': RelatedItem_MlFeatureTable_Fragment } }
        )
        | (
          { __typename: 'MLModel', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModel_Fragment': RelatedItem_MlModel_Fragment } }
        )
        | (
          { __typename: 'MLModelGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModelGroup_Fragment': RelatedItem_MlModelGroup_Fragment } }
        )
        | (
          { __typename: 'MLPrimaryKey', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlPrimaryKey_Fragment': RelatedItem_MlPrimaryKey_Fragment } }
        )
        | (
          { __typename: 'OrreryMlModelDeployment', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_OrreryMlModelDeployment_Fragment': RelatedItem_OrreryMlModelDeployment_Fragment } }
        )
        | (
          { __typename: 'StructuredPropertyEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_StructuredPropertyEntity_Fragment': RelatedItem_StructuredPropertyEntity_Fragment } }
        )
        | (
          { __typename: 'Tag', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Tag_Fragment': RelatedItem_Tag_Fragment } }
        )
        | (
          { __typename: 'VersionSet', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_VersionSet_Fragment': RelatedItem_VersionSet_Fragment } }
        )
       | null }> } | null } & { ' $fragmentName'?: 'FeatureSummaryFragment' };

export type FeatureTableHeaderFragment = { __typename: 'MLFeatureTable', urn: string, name: string, platform: (
    { __typename: 'DataPlatform' }
    & { ' $fragmentRefs'?: { 'PlatformFieldsFragment': PlatformFieldsFragment } }
  ), deprecation: { __typename: 'Deprecation', deprecated: boolean, note: string | null } | null, ownership: (
    { __typename: 'Ownership' }
    & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
  ) | null, tags: (
    { __typename: 'GlobalTags' }
    & { ' $fragmentRefs'?: { 'TagsFieldsFragment': TagsFieldsFragment } }
  ) | null } & { ' $fragmentName'?: 'FeatureTableHeaderFragment' };

export type FeatureTableContentsFragment = { __typename: 'MLFeatureTable', urn: string, description: string | null, platform: (
    { __typename: 'DataPlatform' }
    & { ' $fragmentRefs'?: { 'PlatformFieldsFragment': PlatformFieldsFragment } }
  ), properties: { __typename: 'MLFeatureTableProperties', description: string | null, customProperties: Array<{ __typename: 'CustomPropertiesEntry', key: string, value: string | null }> | null, mlFeatures: Array<{ __typename: 'MLFeature', urn: string, name: string, dataType: MlFeatureDataType | null, properties: { __typename: 'MLFeatureProperties', description: string | null } | null } | null> | null, mlPrimaryKeys: Array<{ __typename: 'MLPrimaryKey', urn: string, name: string, dataType: MlFeatureDataType | null, properties: { __typename: 'MLPrimaryKeyProperties', description: string | null } | null } | null> | null } | null, editableProperties: { __typename: 'MLFeatureTableEditableProperties', description: string | null } | null, ownership: (
    { __typename: 'Ownership' }
    & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
  ) | null, tags: (
    { __typename: 'GlobalTags' }
    & { ' $fragmentRefs'?: { 'TagsFieldsFragment': TagsFieldsFragment } }
  ) | null, glossaryTerms: (
    { __typename: 'GlossaryTerms' }
    & { ' $fragmentRefs'?: { 'TermsFieldsFragment': TermsFieldsFragment } }
  ) | null } & { ' $fragmentName'?: 'FeatureTableContentsFragment' };

export type FeatureTablePageQueryVariables = Exact<{
  urn: string;
}>;


export type FeatureTablePageQuery = { __typename: 'Query', mlFeatureTable: (
    { __typename: 'MLFeatureTable', urn: string }
    & { ' $fragmentRefs'?: { 'FeatureTableHeaderFragment': FeatureTableHeaderFragment;'FeatureTableContentsFragment': FeatureTableContentsFragment } }
  ) | null };

export type GlossaryNodePageQueryVariables = Exact<{
  urn: string;
}>;


export type GlossaryNodePageQuery = { __typename: 'Query', glossaryNode: { __typename: 'GlossaryNode', urn: string, properties: { __typename: 'GlossaryNodeProperties', name: string, description: string | null, customProperties: Array<{ __typename: 'CustomPropertiesEntry', key: string, value: string | null }> | null } | null, ownership: (
      { __typename: 'Ownership' }
      & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
    ) | null, parentNodes: { __typename: 'ParentNodesResult', count: number, nodes: Array<{ __typename: 'GlossaryNode', urn: string, properties: { __typename: 'GlossaryNodeProperties', name: string } | null }> } | null } | null };

export type GlossaryNodeChildrenQueryVariables = Exact<{
  urn: string;
  start: number;
  count: number;
}>;


export type GlossaryNodeChildrenQuery = { __typename: 'Query', glossaryNode: { __typename: 'GlossaryNode', urn: string, children: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
          | (
            { __typename: 'Container', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
          )
          | (
            { __typename: 'CorpGroup', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
          )
          | (
            { __typename: 'CorpUser', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
          )
          | (
            { __typename: 'DataFlow', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
          )
          | (
            { __typename: 'DataJob', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
          )
          | (
            { __typename: 'DataPlatform', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
          )
          | (
            { __typename: 'DataPlatformInstance', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
          )
          | (
            { __typename: 'DataProcessInstance', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
          )
          | (
            { __typename: 'DataTypeEntity', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
          )
          | (
            { __typename: 'Dataset', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
          )
          | (
            { __typename: 'Domain', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
          )
          | (
            { __typename: 'EntityTypeEntity', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
          )
          | (
            { __typename: 'GlossaryNode', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
          )
          | (
            { __typename: 'GlossaryTerm', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
          )
          | (
            { __typename: 'MLFeature', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
          )
          | (
            { __typename: 'MLFeatureTable', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
          )
          | (
            { __typename: 'MLModel', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
          )
          | (
            { __typename: 'MLModelGroup', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
          )
          | (
            { __typename: 'MLPrimaryKey', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
          )
          | (
            { __typename: 'OrreryMlModelDeployment', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
          )
          | (
            { __typename: 'StructuredPropertyEntity', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
          )
          | (
            { __typename: 'Tag', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
          )
          | (
            { __typename: 'VersionSet', urn: string }
            & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
          )
         | null }> } | null } | null };

export type GlossaryTermPageQueryVariables = Exact<{
  urn: string;
}>;


export type GlossaryTermPageQuery = { __typename: 'Query', glossaryTerm: { __typename: 'GlossaryTerm', urn: string, name: string, properties: { __typename: 'GlossaryTermProperties', name: string, description: string | null, termSource: string, sourceRef: string | null, sourceUrl: string | null, customProperties: Array<{ __typename: 'CustomPropertiesEntry', key: string, value: string | null }> | null } | null, ownership: (
      { __typename: 'Ownership' }
      & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
    ) | null, parentNodes: { __typename: 'ParentNodesResult', count: number, nodes: Array<{ __typename: 'GlossaryNode', urn: string, properties: { __typename: 'GlossaryNodeProperties', name: string } | null }> } | null } | null };

export type GroupPageQueryVariables = Exact<{
  urn: string;
}>;


export type GroupPageQuery = { __typename: 'Query', corpGroup: { __typename: 'CorpGroup', urn: string, name: string, properties: { __typename: 'CorpGroupProperties', displayName: string | null, description: string | null, email: string | null } | null, members: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
          | { __typename: 'Container', urn: string }
          | { __typename: 'CorpGroup', urn: string }
          | { __typename: 'CorpUser', username: string, urn: string, properties: { __typename: 'CorpUserProperties', displayName: string | null, fullName: string | null } | null }
          | { __typename: 'DataFlow', urn: string }
          | { __typename: 'DataJob', urn: string }
          | { __typename: 'DataPlatform', urn: string }
          | { __typename: 'DataPlatformInstance', urn: string }
          | { __typename: 'DataProcessInstance', urn: string }
          | { __typename: 'DataTypeEntity', urn: string }
          | { __typename: 'Dataset', urn: string }
          | { __typename: 'Domain', urn: string }
          | { __typename: 'EntityTypeEntity', urn: string }
          | { __typename: 'GlossaryNode', urn: string }
          | { __typename: 'GlossaryTerm', urn: string }
          | { __typename: 'MLFeature', urn: string }
          | { __typename: 'MLFeatureTable', urn: string }
          | { __typename: 'MLModel', urn: string }
          | { __typename: 'MLModelGroup', urn: string }
          | { __typename: 'MLPrimaryKey', urn: string }
          | { __typename: 'OrreryMlModelDeployment', urn: string }
          | { __typename: 'StructuredPropertyEntity', urn: string }
          | { __typename: 'Tag', urn: string }
          | { __typename: 'VersionSet', urn: string }
         | null }> } | null } | null };

export type ModelFeatureUrnsQueryVariables = Exact<{
  urn: string;
}>;


export type ModelFeatureUrnsQuery = { __typename: 'Query', mlModel: { __typename: 'MLModel', urn: string, properties: { __typename: 'MLModelProperties', mlFeatures: Array<string> | null } | null } | null };

export type ModelFeaturesQueryVariables = Exact<{
  urns: Array<string> | string;
}>;


export type ModelFeaturesQuery = { __typename: 'Query', entities: Array<
    | (
      { __typename: 'Container', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
    )
    | (
      { __typename: 'CorpGroup', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
    )
    | (
      { __typename: 'CorpUser', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
    )
    | (
      { __typename: 'DataFlow', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
    )
    | (
      { __typename: 'DataJob', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
    )
    | (
      { __typename: 'DataPlatform', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
    )
    | (
      { __typename: 'DataPlatformInstance', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
    )
    | (
      { __typename: 'DataProcessInstance', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
    )
    | (
      { __typename: 'DataTypeEntity', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
    )
    | (
      { __typename: 'Dataset', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
    )
    | (
      { __typename: 'Domain', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
    )
    | (
      { __typename: 'EntityTypeEntity', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
    )
    | (
      { __typename: 'GlossaryNode', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
    )
    | (
      { __typename: 'GlossaryTerm', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
    )
    | (
      { __typename: 'MLFeature', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
    )
    | (
      { __typename: 'MLFeatureTable', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
    )
    | (
      { __typename: 'MLModel', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
    )
    | (
      { __typename: 'MLModelGroup', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
    )
    | (
      { __typename: 'MLPrimaryKey', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
    )
    | (
      { __typename: 'OrreryMlModelDeployment', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
    )
    | (
      { __typename: 'StructuredPropertyEntity', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
    )
    | (
      { __typename: 'Tag', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
    )
    | (
      { __typename: 'VersionSet', urn: string }
      & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
    )
   | null> | null };

export type ModelGroupsQueryVariables = Exact<{
  urn: string;
}>;


export type ModelGroupsQuery = { __typename: 'Query', mlModel: { __typename: 'MLModel', urn: string, properties: { __typename: 'MLModelProperties', groups: Array<{ __typename: 'MLModelGroup', urn: string, name: string, properties: { __typename: 'MLModelGroupProperties', name: string | null, description: string | null } | null, versions: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
              | { __typename: 'Container', urn: string }
              | { __typename: 'CorpGroup', urn: string }
              | { __typename: 'CorpUser', urn: string }
              | { __typename: 'DataFlow', urn: string }
              | { __typename: 'DataJob', urn: string }
              | { __typename: 'DataPlatform', urn: string }
              | { __typename: 'DataPlatformInstance', urn: string }
              | { __typename: 'DataProcessInstance', urn: string }
              | { __typename: 'DataTypeEntity', urn: string }
              | { __typename: 'Dataset', urn: string }
              | { __typename: 'Domain', urn: string }
              | { __typename: 'EntityTypeEntity', urn: string }
              | { __typename: 'GlossaryNode', urn: string }
              | { __typename: 'GlossaryTerm', urn: string }
              | { __typename: 'MLFeature', urn: string }
              | { __typename: 'MLFeatureTable', urn: string }
              | (
                { __typename: 'MLModel', urn: string }
                & { ' $fragmentRefs'?: { 'ModelVersionRowFragment': ModelVersionRowFragment } }
              )
              | { __typename: 'MLModelGroup', urn: string }
              | { __typename: 'MLPrimaryKey', urn: string }
              | { __typename: 'OrreryMlModelDeployment', urn: string }
              | { __typename: 'StructuredPropertyEntity', urn: string }
              | { __typename: 'Tag', urn: string }
              | { __typename: 'VersionSet', urn: string }
             | null }> } | null } | null> | null } | null } | null };

export type ModelHeaderFragment = { __typename: 'MLModel', urn: string, name: string, platform: (
    { __typename: 'DataPlatform' }
    & { ' $fragmentRefs'?: { 'PlatformFieldsFragment': PlatformFieldsFragment } }
  ), properties: { __typename: 'MLModelProperties', name: string | null, version: string | null, externalUrl: string | null, groups: Array<{ __typename: 'MLModelGroup', urn: string, name: string, properties: { __typename: 'MLModelGroupProperties', name: string | null } | null } | null> | null } | null, versionProperties: { __typename: 'VersionProperties', version: { __typename: 'VersionTag', versionTag: string | null }, aliases: Array<{ __typename: 'VersionTag', versionTag: string | null }> } | null, deprecation: { __typename: 'Deprecation', deprecated: boolean, note: string | null } | null, ownership: (
    { __typename: 'Ownership' }
    & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
  ) | null, tags: (
    { __typename: 'GlobalTags' }
    & { ' $fragmentRefs'?: { 'TagsFieldsFragment': TagsFieldsFragment } }
  ) | null } & { ' $fragmentName'?: 'ModelHeaderFragment' };

export type ModelPageQueryVariables = Exact<{
  urn: string;
}>;


export type ModelPageQuery = { __typename: 'Query', mlModel: (
    { __typename: 'MLModel', urn: string }
    & { ' $fragmentRefs'?: { 'ModelHeaderFragment': ModelHeaderFragment;'ModelSummaryFragment': ModelSummaryFragment } }
  ) | null };

export type ModelServingQueryVariables = Exact<{
  urn: string;
  serving: boolean;
  deployments: boolean;
}>;


export type ModelServingQuery = { __typename: 'Query', mlModel: { __typename: 'MLModel', urn: string, orreryServing?: { __typename: 'OrreryMlModelServing', servingEndpoint: string | null, target: string | null, store: { __typename: 'OrreryMlModelStore', storage: string | null, imageRepository: string | null } | null, dashboard: { __typename: 'OrreryMlModelDashboard', name: string | null, qualifiedName: string | null, url: string | null } | null } | null, orreryDeployments?: Array<{ __typename: 'OrreryMlModelDeployment', urn: string, exists: boolean, name: string, platform: { __typename: 'DataPlatform', urn: string, name: string, properties: { __typename: 'DataPlatformProperties', displayName: string | null } | null } | null, properties: { __typename: 'OrreryMlModelDeploymentProperties', status: OrreryDeploymentStatus | null, createdAt: number | null, externalUrl: string | null, description: string | null, version: { __typename: 'VersionTag', versionTag: string | null } | null } | null }> } | null };

export type ModelSummaryFragment = { __typename: 'MLModel', urn: string, properties: { __typename: 'MLModelProperties', description: string | null, version: string | null, type: string | null, created: { __typename: 'AuditStamp', time: number, actor: string | null } | null, lastModified: { __typename: 'AuditStamp', time: number } | null, customProperties: Array<{ __typename: 'CustomPropertiesEntry', key: string, value: string | null }> | null, hyperParams: Array<{ __typename: 'MLHyperParam', name: string | null, value: string | null, description: string | null } | null> | null, trainingMetrics: Array<{ __typename: 'MLMetric', name: string | null, value: string | null, description: string | null } | null> | null, mlModelLineageInfo: { __typename: 'MLModelLineageInfo', trainingJobs: Array<string> | null, downstreamJobs: Array<string> | null } | null } | null, editableProperties: { __typename: 'MLModelEditableProperties', description: string | null } | null, versionProperties: { __typename: 'VersionProperties', isLatest: boolean, comment: string | null, version: { __typename: 'VersionTag', versionTag: string | null }, aliases: Array<{ __typename: 'VersionTag', versionTag: string | null }> } | null, ownership: (
    { __typename: 'Ownership' }
    & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
  ) | null, tags: (
    { __typename: 'GlobalTags' }
    & { ' $fragmentRefs'?: { 'TagsFieldsFragment': TagsFieldsFragment } }
  ) | null, glossaryTerms: (
    { __typename: 'GlossaryTerms' }
    & { ' $fragmentRefs'?: { 'TermsFieldsFragment': TermsFieldsFragment } }
  ) | null, trainedBy: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
        | (
          { __typename: 'Container', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Container_Fragment': RelatedItem_Container_Fragment } }
        )
        | (
          { __typename: 'CorpGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpGroup_Fragment': RelatedItem_CorpGroup_Fragment } }
        )
        | (
          { __typename: 'CorpUser', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpUser_Fragment': RelatedItem_CorpUser_Fragment } }
        )
        | (
          { __typename: 'DataFlow', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataFlow_Fragment': RelatedItem_DataFlow_Fragment } }
        )
        | (
          { __typename: 'DataJob', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataJob_Fragment': RelatedItem_DataJob_Fragment } }
        )
        | (
          { __typename: 'DataPlatform', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatform_Fragment': RelatedItem_DataPlatform_Fragment } }
        )
        | (
          { __typename: 'DataPlatformInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatformInstance_Fragment': RelatedItem_DataPlatformInstance_Fragment } }
        )
        | (
          { __typename: 'DataProcessInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataProcessInstance_Fragment': RelatedItem_DataProcessInstance_Fragment } }
        )
        | (
          { __typename: 'DataTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataTypeEntity_Fragment': RelatedItem_DataTypeEntity_Fragment } }
        )
        | (
          { __typename: 'Dataset', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Dataset_Fragment': RelatedItem_Dataset_Fragment } }
        )
        | (
          { __typename: 'Domain', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Domain_Fragment': RelatedItem_Domain_Fragment } }
        )
        | (
          { __typename: 'EntityTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_EntityTypeEntity_Fragment': RelatedItem_EntityTypeEntity_Fragment } }
        )
        | (
          { __typename: 'GlossaryNode', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryNode_Fragment': RelatedItem_GlossaryNode_Fragment } }
        )
        | (
          { __typename: 'GlossaryTerm', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryTerm_Fragment': RelatedItem_GlossaryTerm_Fragment } }
        )
        | (
          { __typename: 'MLFeature', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeature_Fragment': RelatedItem_MlFeature_Fragment } }
        )
        | (
          { __typename: 'MLFeatureTable', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeatureTable_Fragment': RelatedItem_MlFeatureTable_Fragment } }
        )
        | (
          { __typename: 'MLModel', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModel_Fragment': RelatedItem_MlModel_Fragment } }
        )
        | (
          { __typename: 'MLModelGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModelGroup_Fragment': RelatedItem_MlModelGroup_Fragment } }
        )
        | (
          { __typename: 'MLPrimaryKey', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlPrimaryKey_Fragment': RelatedItem_MlPrimaryKey_Fragment } }
        )
        | (
          { __typename: 'OrreryMlModelDeployment', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_OrreryMlModelDeployment_Fragment': RelatedItem_OrreryMlModelDeployment_Fragment } }
        )
        | (
          { __typename: 'StructuredPropertyEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_StructuredPropertyEntity_Fragment': RelatedItem_StructuredPropertyEntity_Fragment } }
        )
        | (
          { __typename: 'Tag', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Tag_Fragment': RelatedItem_Tag_Fragment } }
        )
        | (
          { __typename: 'VersionSet', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_VersionSet_Fragment': RelatedItem_VersionSet_Fragment } }
        )
       | null }> } | null, usedBy: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
        | (
          { __typename: 'Container', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Container_Fragment': RelatedItem_Container_Fragment } }
        )
        | (
          { __typename: 'CorpGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpGroup_Fragment': RelatedItem_CorpGroup_Fragment } }
        )
        | (
          { __typename: 'CorpUser', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpUser_Fragment': RelatedItem_CorpUser_Fragment } }
        )
        | (
          { __typename: 'DataFlow', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataFlow_Fragment': RelatedItem_DataFlow_Fragment } }
        )
        | (
          { __typename: 'DataJob', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataJob_Fragment': RelatedItem_DataJob_Fragment } }
        )
        | (
          { __typename: 'DataPlatform', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatform_Fragment': RelatedItem_DataPlatform_Fragment } }
        )
        | (
          { __typename: 'DataPlatformInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatformInstance_Fragment': RelatedItem_DataPlatformInstance_Fragment } }
        )
        | (
          { __typename: 'DataProcessInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataProcessInstance_Fragment': RelatedItem_DataProcessInstance_Fragment } }
        )
        | (
          { __typename: 'DataTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataTypeEntity_Fragment': RelatedItem_DataTypeEntity_Fragment } }
        )
        | (
          { __typename: 'Dataset', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Dataset_Fragment': RelatedItem_Dataset_Fragment } }
        )
        | (
          { __typename: 'Domain', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Domain_Fragment': RelatedItem_Domain_Fragment } }
        )
        | (
          { __typename: 'EntityTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_EntityTypeEntity_Fragment': RelatedItem_EntityTypeEntity_Fragment } }
        )
        | (
          { __typename: 'GlossaryNode', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryNode_Fragment': RelatedItem_GlossaryNode_Fragment } }
        )
        | (
          { __typename: 'GlossaryTerm', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryTerm_Fragment': RelatedItem_GlossaryTerm_Fragment } }
        )
        | (
          { __typename: 'MLFeature', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeature_Fragment': RelatedItem_MlFeature_Fragment } }
        )
        | (
          { __typename: 'MLFeatureTable', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeatureTable_Fragment': RelatedItem_MlFeatureTable_Fragment } }
        )
        | (
          { __typename: 'MLModel', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModel_Fragment': RelatedItem_MlModel_Fragment } }
        )
        | (
          { __typename: 'MLModelGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModelGroup_Fragment': RelatedItem_MlModelGroup_Fragment } }
        )
        | (
          { __typename: 'MLPrimaryKey', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlPrimaryKey_Fragment': RelatedItem_MlPrimaryKey_Fragment } }
        )
        | (
          { __typename: 'OrreryMlModelDeployment', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_OrreryMlModelDeployment_Fragment': RelatedItem_OrreryMlModelDeployment_Fragment } }
        )
        | (
          { __typename: 'StructuredPropertyEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_StructuredPropertyEntity_Fragment': RelatedItem_StructuredPropertyEntity_Fragment } }
        )
        | (
          { __typename: 'Tag', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Tag_Fragment': RelatedItem_Tag_Fragment } }
        )
        | (
          { __typename: 'VersionSet', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_VersionSet_Fragment': RelatedItem_VersionSet_Fragment } }
        )
       | null }> } | null } & { ' $fragmentName'?: 'ModelSummaryFragment' };

export type ModelGroupModelsQueryVariables = Exact<{
  urn: string;
}>;


export type ModelGroupModelsQuery = { __typename: 'Query', mlModelGroup: { __typename: 'MLModelGroup', urn: string, versions: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
          | { __typename: 'Container', urn: string }
          | { __typename: 'CorpGroup', urn: string }
          | { __typename: 'CorpUser', urn: string }
          | { __typename: 'DataFlow', urn: string }
          | { __typename: 'DataJob', urn: string }
          | { __typename: 'DataPlatform', urn: string }
          | { __typename: 'DataPlatformInstance', urn: string }
          | { __typename: 'DataProcessInstance', urn: string }
          | { __typename: 'DataTypeEntity', urn: string }
          | { __typename: 'Dataset', urn: string }
          | { __typename: 'Domain', urn: string }
          | { __typename: 'EntityTypeEntity', urn: string }
          | { __typename: 'GlossaryNode', urn: string }
          | { __typename: 'GlossaryTerm', urn: string }
          | { __typename: 'MLFeature', urn: string }
          | { __typename: 'MLFeatureTable', urn: string }
          | (
            { __typename: 'MLModel', urn: string }
            & { ' $fragmentRefs'?: { 'ModelVersionRowFragment': ModelVersionRowFragment } }
          )
          | { __typename: 'MLModelGroup', urn: string }
          | { __typename: 'MLPrimaryKey', urn: string }
          | { __typename: 'OrreryMlModelDeployment', urn: string }
          | { __typename: 'StructuredPropertyEntity', urn: string }
          | { __typename: 'Tag', urn: string }
          | { __typename: 'VersionSet', urn: string }
         | null }> } | null } | null };

export type GroupHeaderFragment = { __typename: 'MLModelGroup', urn: string, name: string, platform: (
    { __typename: 'DataPlatform' }
    & { ' $fragmentRefs'?: { 'PlatformFieldsFragment': PlatformFieldsFragment } }
  ), properties: { __typename: 'MLModelGroupProperties', name: string | null, externalUrl: string | null } | null, deprecation: { __typename: 'Deprecation', deprecated: boolean, note: string | null } | null, ownership: (
    { __typename: 'Ownership' }
    & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
  ) | null, tags: (
    { __typename: 'GlobalTags' }
    & { ' $fragmentRefs'?: { 'TagsFieldsFragment': TagsFieldsFragment } }
  ) | null } & { ' $fragmentName'?: 'GroupHeaderFragment' };

export type ModelGroupPageQueryVariables = Exact<{
  urn: string;
}>;


export type ModelGroupPageQuery = { __typename: 'Query', mlModelGroup: (
    { __typename: 'MLModelGroup', urn: string }
    & { ' $fragmentRefs'?: { 'GroupHeaderFragment': GroupHeaderFragment;'GroupSummaryFragment': GroupSummaryFragment } }
  ) | null };

export type GroupSummaryFragment = { __typename: 'MLModelGroup', urn: string, platform: (
    { __typename: 'DataPlatform' }
    & { ' $fragmentRefs'?: { 'PlatformFieldsFragment': PlatformFieldsFragment } }
  ), properties: { __typename: 'MLModelGroupProperties', description: string | null, externalUrl: string | null, created: { __typename: 'AuditStamp', time: number, actor: string | null } | null, lastModified: { __typename: 'AuditStamp', time: number } | null, customProperties: Array<{ __typename: 'CustomPropertiesEntry', key: string, value: string | null }> | null, mlModelLineageInfo: { __typename: 'MLModelLineageInfo', trainingJobs: Array<string> | null } | null } | null, editableProperties: { __typename: 'MLModelGroupEditableProperties', description: string | null } | null, ownership: (
    { __typename: 'Ownership' }
    & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
  ) | null, tags: (
    { __typename: 'GlobalTags' }
    & { ' $fragmentRefs'?: { 'TagsFieldsFragment': TagsFieldsFragment } }
  ) | null, glossaryTerms: (
    { __typename: 'GlossaryTerms' }
    & { ' $fragmentRefs'?: { 'TermsFieldsFragment': TermsFieldsFragment } }
  ) | null, memberCount: { __typename: 'EntityRelationshipsResult', total: number | null } | null, groupRuns: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
        | (
          { __typename: 'Container', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Container_Fragment': RelatedItem_Container_Fragment } }
        )
        | (
          { __typename: 'CorpGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpGroup_Fragment': RelatedItem_CorpGroup_Fragment } }
        )
        | (
          { __typename: 'CorpUser', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpUser_Fragment': RelatedItem_CorpUser_Fragment } }
        )
        | (
          { __typename: 'DataFlow', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataFlow_Fragment': RelatedItem_DataFlow_Fragment } }
        )
        | (
          { __typename: 'DataJob', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataJob_Fragment': RelatedItem_DataJob_Fragment } }
        )
        | (
          { __typename: 'DataPlatform', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatform_Fragment': RelatedItem_DataPlatform_Fragment } }
        )
        | (
          { __typename: 'DataPlatformInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatformInstance_Fragment': RelatedItem_DataPlatformInstance_Fragment } }
        )
        | (
          { __typename: 'DataProcessInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataProcessInstance_Fragment': RelatedItem_DataProcessInstance_Fragment } }
        )
        | (
          { __typename: 'DataTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataTypeEntity_Fragment': RelatedItem_DataTypeEntity_Fragment } }
        )
        | (
          { __typename: 'Dataset', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Dataset_Fragment': RelatedItem_Dataset_Fragment } }
        )
        | (
          { __typename: 'Domain', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Domain_Fragment': RelatedItem_Domain_Fragment } }
        )
        | (
          { __typename: 'EntityTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_EntityTypeEntity_Fragment': RelatedItem_EntityTypeEntity_Fragment } }
        )
        | (
          { __typename: 'GlossaryNode', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryNode_Fragment': RelatedItem_GlossaryNode_Fragment } }
        )
        | (
          { __typename: 'GlossaryTerm', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryTerm_Fragment': RelatedItem_GlossaryTerm_Fragment } }
        )
        | (
          { __typename: 'MLFeature', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeature_Fragment': RelatedItem_MlFeature_Fragment } }
        )
        | (
          { __typename: 'MLFeatureTable', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeatureTable_Fragment': RelatedItem_MlFeatureTable_Fragment } }
        )
        | (
          { __typename: 'MLModel', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModel_Fragment': RelatedItem_MlModel_Fragment } }
        )
        | (
          { __typename: 'MLModelGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModelGroup_Fragment': RelatedItem_MlModelGroup_Fragment } }
        )
        | (
          { __typename: 'MLPrimaryKey', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlPrimaryKey_Fragment': RelatedItem_MlPrimaryKey_Fragment } }
        )
        | (
          { __typename: 'OrreryMlModelDeployment', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_OrreryMlModelDeployment_Fragment': RelatedItem_OrreryMlModelDeployment_Fragment } }
        )
        | (
          { __typename: 'StructuredPropertyEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_StructuredPropertyEntity_Fragment': RelatedItem_StructuredPropertyEntity_Fragment } }
        )
        | (
          { __typename: 'Tag', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Tag_Fragment': RelatedItem_Tag_Fragment } }
        )
        | (
          { __typename: 'VersionSet', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_VersionSet_Fragment': RelatedItem_VersionSet_Fragment } }
        )
       | null }> } | null } & { ' $fragmentName'?: 'GroupSummaryFragment' };

export type PrimaryKeyPageQueryVariables = Exact<{
  urn: string;
}>;


export type PrimaryKeyPageQuery = { __typename: 'Query', mlPrimaryKey: { __typename: 'MLPrimaryKey', urn: string, name: string, featureNamespace: string, dataType: MlFeatureDataType | null, description: string | null, properties: { __typename: 'MLPrimaryKeyProperties', description: string | null, dataType: MlFeatureDataType | null, sources: Array<{ __typename: 'Dataset', urn: string, name: string, properties: { __typename: 'DatasetProperties', name: string } | null } | null> | null, customProperties: Array<{ __typename: 'CustomPropertiesEntry', key: string, value: string | null }> | null } | null, editableProperties: { __typename: 'MLPrimaryKeyEditableProperties', description: string | null } | null, ownership: (
      { __typename: 'Ownership' }
      & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
    ) | null, tags: (
      { __typename: 'GlobalTags' }
      & { ' $fragmentRefs'?: { 'TagsFieldsFragment': TagsFieldsFragment } }
    ) | null, glossaryTerms: (
      { __typename: 'GlossaryTerms' }
      & { ' $fragmentRefs'?: { 'TermsFieldsFragment': TermsFieldsFragment } }
    ) | null, tables: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
          | { __typename: 'Container', urn: string }
          | { __typename: 'CorpGroup', urn: string }
          | { __typename: 'CorpUser', urn: string }
          | { __typename: 'DataFlow', urn: string }
          | { __typename: 'DataJob', urn: string }
          | { __typename: 'DataPlatform', urn: string }
          | { __typename: 'DataPlatformInstance', urn: string }
          | { __typename: 'DataProcessInstance', urn: string }
          | { __typename: 'DataTypeEntity', urn: string }
          | { __typename: 'Dataset', urn: string }
          | { __typename: 'Domain', urn: string }
          | { __typename: 'EntityTypeEntity', urn: string }
          | { __typename: 'GlossaryNode', urn: string }
          | { __typename: 'GlossaryTerm', urn: string }
          | { __typename: 'MLFeature', urn: string }
          | { __typename: 'MLFeatureTable', name: string, urn: string, properties: { __typename: 'MLFeatureTableProperties', mlFeatures: Array<{ __typename: 'MLFeature', urn: string, name: string, dataType: MlFeatureDataType | null, properties: { __typename: 'MLFeatureProperties', description: string | null } | null } | null> | null } | null }
          | { __typename: 'MLModel', urn: string }
          | { __typename: 'MLModelGroup', urn: string }
          | { __typename: 'MLPrimaryKey', urn: string }
          | { __typename: 'OrreryMlModelDeployment', urn: string }
          | { __typename: 'StructuredPropertyEntity', urn: string }
          | { __typename: 'Tag', urn: string }
          | { __typename: 'VersionSet', urn: string }
         | null }> } | null } | null };

export type RunMetricSeriesQueryVariables = Exact<{
  urn: string;
}>;


export type RunMetricSeriesQuery = { __typename: 'Query', dataProcessInstance: { __typename: 'DataProcessInstance', urn: string, orreryMetricHistory: Array<{ __typename: 'OrreryMetricSeries', name: string, totalPoints: number | null }> | null } | null };

export type RunMetricPointsQueryVariables = Exact<{
  urn: string;
  names?: Array<string> | string | null | undefined;
}>;


export type RunMetricPointsQuery = { __typename: 'Query', dataProcessInstance: { __typename: 'DataProcessInstance', urn: string, orreryMetricHistory: Array<{ __typename: 'OrreryMetricSeries', name: string, points: Array<{ __typename: 'OrreryMetricPoint', step: number | null, timestampMillis: number | null, value: number }> }> | null } | null };

export type RunHeaderFragment = { __typename: 'DataProcessInstance', urn: string, externalUrl: string | null, platform: (
    { __typename: 'DataPlatform' }
    & { ' $fragmentRefs'?: { 'PlatformFieldsFragment': PlatformFieldsFragment } }
  ) | null, properties: { __typename: 'DataProcessInstanceProperties', name: string, externalUrl: string | null, created: { __typename: 'AuditStamp', time: number } } | null, state: Array<{ __typename: 'DataProcessRunEvent', status: DataProcessRunStatus | null, attempt: number | null, timestampMillis: number, durationMillis: number | null, result: { __typename: 'DataProcessInstanceRunResult', resultType: DataProcessInstanceRunResultType | null } | null } | null> | null, parentContainers: { __typename: 'ParentContainersResult', containers: Array<{ __typename: 'Container', urn: string, properties: { __typename: 'ContainerProperties', name: string } | null, subTypes: { __typename: 'SubTypes', typeNames: Array<string> | null } | null }> } | null } & { ' $fragmentName'?: 'RunHeaderFragment' };

export type RunPageQueryVariables = Exact<{
  urn: string;
}>;


export type RunPageQuery = { __typename: 'Query', dataProcessInstance: (
    { __typename: 'DataProcessInstance', urn: string }
    & { ' $fragmentRefs'?: { 'RunHeaderFragment': RunHeaderFragment;'RunSummaryFragment': RunSummaryFragment } }
  ) | null };

export type RunAboutQueryVariables = Exact<{
  urn: string;
}>;


export type RunAboutQuery = { __typename: 'Query', dataProcessInstance: { __typename: 'DataProcessInstance', urn: string, orreryDescription: string | null, orreryOwnership: (
      { __typename: 'Ownership' }
      & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
    ) | null, orreryTags: (
      { __typename: 'GlobalTags' }
      & { ' $fragmentRefs'?: { 'TagsFieldsFragment': TagsFieldsFragment } }
    ) | null, orreryGlossaryTerms: (
      { __typename: 'GlossaryTerms' }
      & { ' $fragmentRefs'?: { 'TermsFieldsFragment': TermsFieldsFragment } }
    ) | null } | null };

export type RunSummaryFragment = { __typename: 'DataProcessInstance', urn: string, externalUrl: string | null, subTypes: { __typename: 'SubTypes', typeNames: Array<string> | null } | null, properties: { __typename: 'DataProcessInstanceProperties', name: string, externalUrl: string | null, created: { __typename: 'AuditStamp', time: number, actor: string | null }, customProperties: Array<{ __typename: 'CustomPropertiesEntry', key: string, value: string | null }> | null } | null, mlTrainingRunProperties: { __typename: 'MLTrainingRunProperties', id: string | null, outputUrls: Array<string | null> | null, hyperParams: Array<{ __typename: 'MLHyperParam', name: string | null, value: string | null, description: string | null } | null> | null, trainingMetrics: Array<{ __typename: 'MLMetric', name: string | null, value: string | null, description: string | null } | null> | null } | null, state: Array<{ __typename: 'DataProcessRunEvent', status: DataProcessRunStatus | null, attempt: number | null, timestampMillis: number, durationMillis: number | null, result: { __typename: 'DataProcessInstanceRunResult', resultType: DataProcessInstanceRunResultType | null } | null } | null> | null, parentContainers: { __typename: 'ParentContainersResult', containers: Array<{ __typename: 'Container', urn: string, properties: { __typename: 'ContainerProperties', name: string } | null }> } | null, inputs: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
        | (
          { __typename: 'Container', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Container_Fragment': RelatedItem_Container_Fragment } }
        )
        | (
          { __typename: 'CorpGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpGroup_Fragment': RelatedItem_CorpGroup_Fragment } }
        )
        | (
          { __typename: 'CorpUser', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpUser_Fragment': RelatedItem_CorpUser_Fragment } }
        )
        | (
          { __typename: 'DataFlow', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataFlow_Fragment': RelatedItem_DataFlow_Fragment } }
        )
        | (
          { __typename: 'DataJob', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataJob_Fragment': RelatedItem_DataJob_Fragment } }
        )
        | (
          { __typename: 'DataPlatform', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatform_Fragment': RelatedItem_DataPlatform_Fragment } }
        )
        | (
          { __typename: 'DataPlatformInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatformInstance_Fragment': RelatedItem_DataPlatformInstance_Fragment } }
        )
        | (
          { __typename: 'DataProcessInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataProcessInstance_Fragment': RelatedItem_DataProcessInstance_Fragment } }
        )
        | (
          { __typename: 'DataTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataTypeEntity_Fragment': RelatedItem_DataTypeEntity_Fragment } }
        )
        | (
          { __typename: 'Dataset', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Dataset_Fragment': RelatedItem_Dataset_Fragment } }
        )
        | (
          { __typename: 'Domain', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Domain_Fragment': RelatedItem_Domain_Fragment } }
        )
        | (
          { __typename: 'EntityTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_EntityTypeEntity_Fragment': RelatedItem_EntityTypeEntity_Fragment } }
        )
        | (
          { __typename: 'GlossaryNode', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryNode_Fragment': RelatedItem_GlossaryNode_Fragment } }
        )
        | (
          { __typename: 'GlossaryTerm', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryTerm_Fragment': RelatedItem_GlossaryTerm_Fragment } }
        )
        | (
          { __typename: 'MLFeature', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeature_Fragment': RelatedItem_MlFeature_Fragment } }
        )
        | (
          { __typename: 'MLFeatureTable', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeatureTable_Fragment': RelatedItem_MlFeatureTable_Fragment } }
        )
        | (
          { __typename: 'MLModel', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModel_Fragment': RelatedItem_MlModel_Fragment } }
        )
        | (
          { __typename: 'MLModelGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModelGroup_Fragment': RelatedItem_MlModelGroup_Fragment } }
        )
        | (
          { __typename: 'MLPrimaryKey', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlPrimaryKey_Fragment': RelatedItem_MlPrimaryKey_Fragment } }
        )
        | (
          { __typename: 'OrreryMlModelDeployment', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_OrreryMlModelDeployment_Fragment': RelatedItem_OrreryMlModelDeployment_Fragment } }
        )
        | (
          { __typename: 'StructuredPropertyEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_StructuredPropertyEntity_Fragment': RelatedItem_StructuredPropertyEntity_Fragment } }
        )
        | (
          { __typename: 'Tag', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Tag_Fragment': RelatedItem_Tag_Fragment } }
        )
        | (
          { __typename: 'VersionSet', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_VersionSet_Fragment': RelatedItem_VersionSet_Fragment } }
        )
       | null }> } | null, models: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
        | (
          { __typename: 'Container', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Container_Fragment': RelatedItem_Container_Fragment } }
        )
        | (
          { __typename: 'CorpGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpGroup_Fragment': RelatedItem_CorpGroup_Fragment } }
        )
        | (
          { __typename: 'CorpUser', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpUser_Fragment': RelatedItem_CorpUser_Fragment } }
        )
        | (
          { __typename: 'DataFlow', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataFlow_Fragment': RelatedItem_DataFlow_Fragment } }
        )
        | (
          { __typename: 'DataJob', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataJob_Fragment': RelatedItem_DataJob_Fragment } }
        )
        | (
          { __typename: 'DataPlatform', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatform_Fragment': RelatedItem_DataPlatform_Fragment } }
        )
        | (
          { __typename: 'DataPlatformInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatformInstance_Fragment': RelatedItem_DataPlatformInstance_Fragment } }
        )
        | (
          { __typename: 'DataProcessInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataProcessInstance_Fragment': RelatedItem_DataProcessInstance_Fragment } }
        )
        | (
          { __typename: 'DataTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataTypeEntity_Fragment': RelatedItem_DataTypeEntity_Fragment } }
        )
        | (
          { __typename: 'Dataset', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Dataset_Fragment': RelatedItem_Dataset_Fragment } }
        )
        | (
          { __typename: 'Domain', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Domain_Fragment': RelatedItem_Domain_Fragment } }
        )
        | (
          { __typename: 'EntityTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_EntityTypeEntity_Fragment': RelatedItem_EntityTypeEntity_Fragment } }
        )
        | (
          { __typename: 'GlossaryNode', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryNode_Fragment': RelatedItem_GlossaryNode_Fragment } }
        )
        | (
          { __typename: 'GlossaryTerm', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryTerm_Fragment': RelatedItem_GlossaryTerm_Fragment } }
        )
        | (
          { __typename: 'MLFeature', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeature_Fragment': RelatedItem_MlFeature_Fragment } }
        )
        | (
          { __typename: 'MLFeatureTable', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeatureTable_Fragment': RelatedItem_MlFeatureTable_Fragment } }
        )
        | (
          { __typename: 'MLModel', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModel_Fragment': RelatedItem_MlModel_Fragment } }
        )
        | (
          { __typename: 'MLModelGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModelGroup_Fragment': RelatedItem_MlModelGroup_Fragment } }
        )
        | (
          { __typename: 'MLPrimaryKey', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlPrimaryKey_Fragment': RelatedItem_MlPrimaryKey_Fragment } }
        )
        | (
          { __typename: 'OrreryMlModelDeployment', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_OrreryMlModelDeployment_Fragment': RelatedItem_OrreryMlModelDeployment_Fragment } }
        )
        | (
          { __typename: 'StructuredPropertyEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_StructuredPropertyEntity_Fragment': RelatedItem_StructuredPropertyEntity_Fragment } }
        )
        | (
          { __typename: 'Tag', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Tag_Fragment': RelatedItem_Tag_Fragment } }
        )
        | (
          { __typename: 'VersionSet', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_VersionSet_Fragment': RelatedItem_VersionSet_Fragment } }
        )
       | null }> } | null } & { ' $fragmentName'?: 'RunSummaryFragment' };

export type AssetContainerQueryVariables = Exact<{
  urn: string;
}>;


export type AssetContainerQuery = { __typename: 'Query', entity:
    | { __typename: 'Container', urn: string }
    | { __typename: 'CorpGroup', urn: string }
    | { __typename: 'CorpUser', urn: string }
    | { __typename: 'DataFlow', urn: string }
    | { __typename: 'DataJob', urn: string }
    | { __typename: 'DataPlatform', urn: string }
    | { __typename: 'DataPlatformInstance', urn: string }
    | { __typename: 'DataProcessInstance', urn: string }
    | { __typename: 'DataTypeEntity', urn: string }
    | { __typename: 'Dataset', urn: string }
    | { __typename: 'Domain', urn: string }
    | { __typename: 'EntityTypeEntity', urn: string }
    | { __typename: 'GlossaryNode', urn: string }
    | { __typename: 'GlossaryTerm', urn: string }
    | { __typename: 'MLFeature', urn: string }
    | { __typename: 'MLFeatureTable', urn: string }
    | { __typename: 'MLModel', urn: string, container: { __typename: 'Container', urn: string, properties: { __typename: 'ContainerProperties', name: string } | null, subTypes: { __typename: 'SubTypes', typeNames: Array<string> | null } | null } | null }
    | { __typename: 'MLModelGroup', urn: string, container: { __typename: 'Container', urn: string, properties: { __typename: 'ContainerProperties', name: string } | null, subTypes: { __typename: 'SubTypes', typeNames: Array<string> | null } | null } | null }
    | { __typename: 'MLPrimaryKey', urn: string }
    | { __typename: 'OrreryMlModelDeployment', urn: string }
    | { __typename: 'StructuredPropertyEntity', urn: string }
    | { __typename: 'Tag', urn: string }
    | { __typename: 'VersionSet', urn: string }
   | null };

export type EntityHistoryQueryVariables = Exact<{
  urn: string;
  start: number;
  count: number;
  field?: string | null | undefined;
}>;


export type EntityHistoryQuery = { __typename: 'Query', entityHistory: { __typename: 'EntityHistory', urn: string, version: string, total: number, changes: Array<{ __typename: 'EntityChange', version: string, major: boolean, timestampMillis: number, actor: string, aspects: Array<{ __typename: 'AspectChange', aspect: string, storedVersion: number, fields: Array<{ __typename: 'FieldChange', field: string, change: string, before: string | null, after: string | null }> }> }> } | null };

export type HistoryNamesQueryVariables = Exact<{
  urns: Array<string> | string;
}>;


export type HistoryNamesQuery = { __typename: 'Query', entities: Array<
    | { __typename: 'Container', urn: string }
    | { __typename: 'CorpGroup', name: string, urn: string, properties: { __typename: 'CorpGroupProperties', displayName: string | null } | null }
    | { __typename: 'CorpUser', username: string, urn: string, properties: { __typename: 'CorpUserProperties', displayName: string | null, fullName: string | null } | null }
    | { __typename: 'DataFlow', urn: string }
    | { __typename: 'DataJob', urn: string }
    | { __typename: 'DataPlatform', urn: string }
    | { __typename: 'DataPlatformInstance', urn: string }
    | { __typename: 'DataProcessInstance', urn: string }
    | { __typename: 'DataTypeEntity', urn: string }
    | { __typename: 'Dataset', urn: string }
    | { __typename: 'Domain', urn: string }
    | { __typename: 'EntityTypeEntity', urn: string }
    | { __typename: 'GlossaryNode', urn: string }
    | { __typename: 'GlossaryTerm', urn: string, properties: { __typename: 'GlossaryTermProperties', name: string } | null }
    | { __typename: 'MLFeature', urn: string }
    | { __typename: 'MLFeatureTable', urn: string }
    | { __typename: 'MLModel', urn: string }
    | { __typename: 'MLModelGroup', urn: string }
    | { __typename: 'MLPrimaryKey', urn: string }
    | { __typename: 'OrreryMlModelDeployment', urn: string }
    | { __typename: 'StructuredPropertyEntity', urn: string }
    | { __typename: 'Tag', urn: string, properties: { __typename: 'TagProperties', name: string } | null }
    | { __typename: 'VersionSet', urn: string }
   | null> | null };

type EntityListItem_Container_Fragment = { __typename: 'Container', urn: string, type: EntityType, platform: { __typename: 'DataPlatform', urn: string, name: string, properties: { __typename: 'DataPlatformProperties', displayName: string | null } | null }, properties: { __typename: 'ContainerProperties', name: string, description: string | null } | null, subTypes: { __typename: 'SubTypes', typeNames: Array<string> | null } | null } & { ' $fragmentName'?: 'EntityListItem_Container_Fragment' };

type EntityListItem_CorpGroup_Fragment = { __typename: 'CorpGroup', name: string, urn: string, type: EntityType, corpGroupProperties: { __typename: 'CorpGroupProperties', displayName: string | null, description: string | null } | null } & { ' $fragmentName'?: 'EntityListItem_CorpGroup_Fragment' };

type EntityListItem_CorpUser_Fragment = { __typename: 'CorpUser', username: string, urn: string, type: EntityType, userProperties: { __typename: 'CorpUserProperties', displayName: string | null, fullName: string | null, title: string | null } | null, userEditable: { __typename: 'CorpUserEditableProperties', displayName: string | null, title: string | null } | null } & { ' $fragmentName'?: 'EntityListItem_CorpUser_Fragment' };

type EntityListItem_DataFlow_Fragment = { __typename: 'DataFlow', flowId: string, urn: string, type: EntityType, flowPlatform: { __typename: 'DataPlatform', urn: string, name: string, properties: { __typename: 'DataPlatformProperties', displayName: string | null } | null }, flowProperties: { __typename: 'DataFlowProperties', name: string, description: string | null } | null } & { ' $fragmentName'?: 'EntityListItem_DataFlow_Fragment' };

type EntityListItem_DataJob_Fragment = { __typename: 'DataJob', jobId: string, urn: string, type: EntityType, jobProperties: { __typename: 'DataJobProperties', name: string, description: string | null } | null, dataFlow: { __typename: 'DataFlow', urn: string, platform: { __typename: 'DataPlatform', urn: string, name: string, properties: { __typename: 'DataPlatformProperties', displayName: string | null } | null } } | null } & { ' $fragmentName'?: 'EntityListItem_DataJob_Fragment' };

type EntityListItem_DataPlatform_Fragment = { __typename: 'DataPlatform', urn: string, type: EntityType } & { ' $fragmentName'?: 'EntityListItem_DataPlatform_Fragment' };

type EntityListItem_DataPlatformInstance_Fragment = { __typename: 'DataPlatformInstance', urn: string, type: EntityType } & { ' $fragmentName'?: 'EntityListItem_DataPlatformInstance_Fragment' };

type EntityListItem_DataProcessInstance_Fragment = { __typename: 'DataProcessInstance', urn: string, type: EntityType, runPlatform: { __typename: 'DataPlatform', urn: string, name: string, properties: { __typename: 'DataPlatformProperties', displayName: string | null } | null } | null, properties: { __typename: 'DataProcessInstanceProperties', name: string } | null, runState: Array<{ __typename: 'DataProcessRunEvent', status: DataProcessRunStatus | null, timestampMillis: number, result: { __typename: 'DataProcessInstanceRunResult', resultType: DataProcessInstanceRunResultType | null } | null } | null> | null } & { ' $fragmentName'?: 'EntityListItem_DataProcessInstance_Fragment' };

type EntityListItem_DataTypeEntity_Fragment = { __typename: 'DataTypeEntity', urn: string, type: EntityType } & { ' $fragmentName'?: 'EntityListItem_DataTypeEntity_Fragment' };

type EntityListItem_Dataset_Fragment = { __typename: 'Dataset', name: string, urn: string, type: EntityType, platform: { __typename: 'DataPlatform', urn: string, name: string, properties: { __typename: 'DataPlatformProperties', displayName: string | null } | null }, properties: { __typename: 'DatasetProperties', name: string, description: string | null } | null } & { ' $fragmentName'?: 'EntityListItem_Dataset_Fragment' };

type EntityListItem_Domain_Fragment = { __typename: 'Domain', urn: string, type: EntityType } & { ' $fragmentName'?: 'EntityListItem_Domain_Fragment' };

type EntityListItem_EntityTypeEntity_Fragment = { __typename: 'EntityTypeEntity', urn: string, type: EntityType } & { ' $fragmentName'?: 'EntityListItem_EntityTypeEntity_Fragment' };

type EntityListItem_GlossaryNode_Fragment = { __typename: 'GlossaryNode', urn: string, type: EntityType, nodeProperties: { __typename: 'GlossaryNodeProperties', name: string, description: string | null } | null } & { ' $fragmentName'?: 'EntityListItem_GlossaryNode_Fragment' };

type EntityListItem_GlossaryTerm_Fragment = { __typename: 'GlossaryTerm', name: string, urn: string, type: EntityType, termProperties: { __typename: 'GlossaryTermProperties', name: string, description: string | null } | null } & { ' $fragmentName'?: 'EntityListItem_GlossaryTerm_Fragment' };

type EntityListItem_MlFeature_Fragment = { __typename: 'MLFeature', name: string, featureNamespace: string, urn: string, type: EntityType, properties: { __typename: 'MLFeatureProperties', description: string | null } | null } & { ' $fragmentName'?: 'EntityListItem_MlFeature_Fragment' };

type EntityListItem_MlFeatureTable_Fragment = { __typename: 'MLFeatureTable', name: string, urn: string, type: EntityType, platform: { __typename: 'DataPlatform', urn: string, name: string, properties: { __typename: 'DataPlatformProperties', displayName: string | null } | null }, properties: { __typename: 'MLFeatureTableProperties', description: string | null } | null } & { ' $fragmentName'?: 'EntityListItem_MlFeatureTable_Fragment' };

type EntityListItem_MlModel_Fragment = { __typename: 'MLModel', name: string, urn: string, type: EntityType, platform: { __typename: 'DataPlatform', urn: string, name: string, properties: { __typename: 'DataPlatformProperties', displayName: string | null } | null }, modelProperties: { __typename: 'MLModelProperties', name: string | null, description: string | null } | null, versionProperties: { __typename: 'VersionProperties', version: { __typename: 'VersionTag', versionTag: string | null }, aliases: Array<{ __typename: 'VersionTag', versionTag: string | null }> } | null } & { ' $fragmentName'?: 'EntityListItem_MlModel_Fragment' };

type EntityListItem_MlModelGroup_Fragment = { __typename: 'MLModelGroup', name: string, urn: string, type: EntityType, platform: { __typename: 'DataPlatform', urn: string, name: string, properties: { __typename: 'DataPlatformProperties', displayName: string | null } | null }, groupProperties: { __typename: 'MLModelGroupProperties', name: string | null, description: string | null } | null } & { ' $fragmentName'?: 'EntityListItem_MlModelGroup_Fragment' };

type EntityListItem_MlPrimaryKey_Fragment = { __typename: 'MLPrimaryKey', name: string, featureNamespace: string, urn: string, type: EntityType } & { ' $fragmentName'?: 'EntityListItem_MlPrimaryKey_Fragment' };

type EntityListItem_OrreryMlModelDeployment_Fragment = { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType } & { ' $fragmentName'?: 'EntityListItem_OrreryMlModelDeployment_Fragment' };

type EntityListItem_StructuredPropertyEntity_Fragment = { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType } & { ' $fragmentName'?: 'EntityListItem_StructuredPropertyEntity_Fragment' };

type EntityListItem_Tag_Fragment = { __typename: 'Tag', name: string, urn: string, type: EntityType, tagProperties: { __typename: 'TagProperties', name: string, description: string | null } | null } & { ' $fragmentName'?: 'EntityListItem_Tag_Fragment' };

type EntityListItem_VersionSet_Fragment = { __typename: 'VersionSet', urn: string, type: EntityType } & { ' $fragmentName'?: 'EntityListItem_VersionSet_Fragment' };

export type EntityListItemFragment =
  | EntityListItem_Container_Fragment
  | EntityListItem_CorpGroup_Fragment
  | EntityListItem_CorpUser_Fragment
  | EntityListItem_DataFlow_Fragment
  | EntityListItem_DataJob_Fragment
  | EntityListItem_DataPlatform_Fragment
  | EntityListItem_DataPlatformInstance_Fragment
  | EntityListItem_DataProcessInstance_Fragment
  | EntityListItem_DataTypeEntity_Fragment
  | EntityListItem_Dataset_Fragment
  | EntityListItem_Domain_Fragment
  | EntityListItem_EntityTypeEntity_Fragment
  | EntityListItem_GlossaryNode_Fragment
  | EntityListItem_GlossaryTerm_Fragment
  | EntityListItem_MlFeature_Fragment
  | EntityListItem_MlFeatureTable_Fragment
  | EntityListItem_MlModel_Fragment
  | EntityListItem_MlModelGroup_Fragment
  | EntityListItem_MlPrimaryKey_Fragment
  | EntityListItem_OrreryMlModelDeployment_Fragment
  | EntityListItem_StructuredPropertyEntity_Fragment
  | EntityListItem_Tag_Fragment
  | EntityListItem_VersionSet_Fragment
;

export type OwnersFieldsFragment = { __typename: 'Ownership', owners: Array<{ __typename: 'Owner', owner:
      | { __typename: 'CorpGroup', urn: string, name: string, properties: { __typename: 'CorpGroupProperties', displayName: string | null } | null }
      | { __typename: 'CorpUser', urn: string, username: string, properties: { __typename: 'CorpUserProperties', displayName: string | null, fullName: string | null } | null }
     }> | null } & { ' $fragmentName'?: 'OwnersFieldsFragment' };

export type TagsFieldsFragment = { __typename: 'GlobalTags', tags: Array<{ __typename: 'TagAssociation', tag: { __typename: 'Tag', urn: string, name: string, properties: { __typename: 'TagProperties', name: string } | null } }> | null } & { ' $fragmentName'?: 'TagsFieldsFragment' };

export type TermsFieldsFragment = { __typename: 'GlossaryTerms', terms: Array<{ __typename: 'GlossaryTermAssociation', term: { __typename: 'GlossaryTerm', urn: string, name: string, properties: { __typename: 'GlossaryTermProperties', name: string } | null } }> | null } & { ' $fragmentName'?: 'TermsFieldsFragment' };

export type PlatformFieldsFragment = { __typename: 'DataPlatform', urn: string, name: string, properties: { __typename: 'DataPlatformProperties', displayName: string | null } | null } & { ' $fragmentName'?: 'PlatformFieldsFragment' };

export type StructuredPropertiesFieldsFragment = { __typename: 'StructuredProperties', properties: Array<{ __typename: 'StructuredPropertiesEntry', structuredProperty: { __typename: 'StructuredPropertyEntity', urn: string, definition: { __typename: 'StructuredPropertyDefinition', displayName: string | null, qualifiedName: string } }, values: Array<
      | { __typename: 'NumberValue', numberValue: number }
      | { __typename: 'StringValue', stringValue: string }
     | null> }> | null } & { ' $fragmentName'?: 'StructuredPropertiesFieldsFragment' };

export type DomainFieldsFragment = { __typename: 'DomainAssociation', domain: { __typename: 'Domain', urn: string, properties: { __typename: 'DomainProperties', name: string } | null } } & { ' $fragmentName'?: 'DomainFieldsFragment' };

export type AssetPropertiesQueryVariables = Exact<{
  urn: string;
}>;


export type AssetPropertiesQuery = { __typename: 'Query', entity:
    | { __typename: 'Container', urn: string }
    | { __typename: 'CorpGroup', urn: string }
    | { __typename: 'CorpUser', urn: string }
    | { __typename: 'DataFlow', urn: string, domain: (
        { __typename: 'DomainAssociation' }
        & { ' $fragmentRefs'?: { 'DomainFieldsFragment': DomainFieldsFragment } }
      ) | null, structuredProperties: (
        { __typename: 'StructuredProperties' }
        & { ' $fragmentRefs'?: { 'StructuredPropertiesFieldsFragment': StructuredPropertiesFieldsFragment } }
      ) | null }
    | { __typename: 'DataJob', urn: string, domain: (
        { __typename: 'DomainAssociation' }
        & { ' $fragmentRefs'?: { 'DomainFieldsFragment': DomainFieldsFragment } }
      ) | null, structuredProperties: (
        { __typename: 'StructuredProperties' }
        & { ' $fragmentRefs'?: { 'StructuredPropertiesFieldsFragment': StructuredPropertiesFieldsFragment } }
      ) | null }
    | { __typename: 'DataPlatform', urn: string }
    | { __typename: 'DataPlatformInstance', urn: string }
    | { __typename: 'DataProcessInstance', urn: string }
    | { __typename: 'DataTypeEntity', urn: string }
    | { __typename: 'Dataset', urn: string, domain: (
        { __typename: 'DomainAssociation' }
        & { ' $fragmentRefs'?: { 'DomainFieldsFragment': DomainFieldsFragment } }
      ) | null, structuredProperties: (
        { __typename: 'StructuredProperties' }
        & { ' $fragmentRefs'?: { 'StructuredPropertiesFieldsFragment': StructuredPropertiesFieldsFragment } }
      ) | null }
    | { __typename: 'Domain', urn: string }
    | { __typename: 'EntityTypeEntity', urn: string }
    | { __typename: 'GlossaryNode', urn: string }
    | { __typename: 'GlossaryTerm', urn: string }
    | { __typename: 'MLFeature', urn: string, domain: (
        { __typename: 'DomainAssociation' }
        & { ' $fragmentRefs'?: { 'DomainFieldsFragment': DomainFieldsFragment } }
      ) | null, structuredProperties: (
        { __typename: 'StructuredProperties' }
        & { ' $fragmentRefs'?: { 'StructuredPropertiesFieldsFragment': StructuredPropertiesFieldsFragment } }
      ) | null }
    | { __typename: 'MLFeatureTable', urn: string, domain: (
        { __typename: 'DomainAssociation' }
        & { ' $fragmentRefs'?: { 'DomainFieldsFragment': DomainFieldsFragment } }
      ) | null, structuredProperties: (
        { __typename: 'StructuredProperties' }
        & { ' $fragmentRefs'?: { 'StructuredPropertiesFieldsFragment': StructuredPropertiesFieldsFragment } }
      ) | null }
    | { __typename: 'MLModel', urn: string, domain: (
        { __typename: 'DomainAssociation' }
        & { ' $fragmentRefs'?: { 'DomainFieldsFragment': DomainFieldsFragment } }
      ) | null, structuredProperties: (
        { __typename: 'StructuredProperties' }
        & { ' $fragmentRefs'?: { 'StructuredPropertiesFieldsFragment': StructuredPropertiesFieldsFragment } }
      ) | null }
    | { __typename: 'MLModelGroup', urn: string, domain: (
        { __typename: 'DomainAssociation' }
        & { ' $fragmentRefs'?: { 'DomainFieldsFragment': DomainFieldsFragment } }
      ) | null, structuredProperties: (
        { __typename: 'StructuredProperties' }
        & { ' $fragmentRefs'?: { 'StructuredPropertiesFieldsFragment': StructuredPropertiesFieldsFragment } }
      ) | null }
    | { __typename: 'MLPrimaryKey', urn: string, domain: (
        { __typename: 'DomainAssociation' }
        & { ' $fragmentRefs'?: { 'DomainFieldsFragment': DomainFieldsFragment } }
      ) | null, structuredProperties: (
        { __typename: 'StructuredProperties' }
        & { ' $fragmentRefs'?: { 'StructuredPropertiesFieldsFragment': StructuredPropertiesFieldsFragment } }
      ) | null }
    | { __typename: 'OrreryMlModelDeployment', urn: string }
    | { __typename: 'StructuredPropertyEntity', urn: string }
    | { __typename: 'Tag', urn: string }
    | { __typename: 'VersionSet', urn: string }
   | null };

type RelatedItem_Container_Fragment = { __typename: 'Container', urn: string, type: EntityType, properties: { __typename: 'ContainerProperties', name: string } | null, subTypes: { __typename: 'SubTypes', typeNames: Array<string> | null } | null } & { ' $fragmentName'?: 'RelatedItem_Container_Fragment' };

type RelatedItem_CorpGroup_Fragment = { __typename: 'CorpGroup', urn: string, type: EntityType } & { ' $fragmentName'?: 'RelatedItem_CorpGroup_Fragment' };

type RelatedItem_CorpUser_Fragment = { __typename: 'CorpUser', urn: string, type: EntityType } & { ' $fragmentName'?: 'RelatedItem_CorpUser_Fragment' };

type RelatedItem_DataFlow_Fragment = { __typename: 'DataFlow', flowId: string, urn: string, type: EntityType, flowProperties: { __typename: 'DataFlowProperties', name: string } | null } & { ' $fragmentName'?: 'RelatedItem_DataFlow_Fragment' };

type RelatedItem_DataJob_Fragment = { __typename: 'DataJob', jobId: string, urn: string, type: EntityType, jobProperties: { __typename: 'DataJobProperties', name: string } | null } & { ' $fragmentName'?: 'RelatedItem_DataJob_Fragment' };

type RelatedItem_DataPlatform_Fragment = { __typename: 'DataPlatform', urn: string, type: EntityType } & { ' $fragmentName'?: 'RelatedItem_DataPlatform_Fragment' };

type RelatedItem_DataPlatformInstance_Fragment = { __typename: 'DataPlatformInstance', urn: string, type: EntityType } & { ' $fragmentName'?: 'RelatedItem_DataPlatformInstance_Fragment' };

type RelatedItem_DataProcessInstance_Fragment = { __typename: 'DataProcessInstance', urn: string, type: EntityType, properties: { __typename: 'DataProcessInstanceProperties', name: string, created: { __typename: 'AuditStamp', time: number } } | null, relatedState: Array<{ __typename: 'DataProcessRunEvent', status: DataProcessRunStatus | null, timestampMillis: number, result: { __typename: 'DataProcessInstanceRunResult', resultType: DataProcessInstanceRunResultType | null } | null } | null> | null } & { ' $fragmentName'?: 'RelatedItem_DataProcessInstance_Fragment' };

type RelatedItem_DataTypeEntity_Fragment = { __typename: 'DataTypeEntity', urn: string, type: EntityType } & { ' $fragmentName'?: 'RelatedItem_DataTypeEntity_Fragment' };

type RelatedItem_Dataset_Fragment = { __typename: 'Dataset', name: string, urn: string, type: EntityType, properties: { __typename: 'DatasetProperties', name: string } | null } & { ' $fragmentName'?: 'RelatedItem_Dataset_Fragment' };

type RelatedItem_Domain_Fragment = { __typename: 'Domain', urn: string, type: EntityType } & { ' $fragmentName'?: 'RelatedItem_Domain_Fragment' };

type RelatedItem_EntityTypeEntity_Fragment = { __typename: 'EntityTypeEntity', urn: string, type: EntityType } & { ' $fragmentName'?: 'RelatedItem_EntityTypeEntity_Fragment' };

type RelatedItem_GlossaryNode_Fragment = { __typename: 'GlossaryNode', urn: string, type: EntityType } & { ' $fragmentName'?: 'RelatedItem_GlossaryNode_Fragment' };

type RelatedItem_GlossaryTerm_Fragment = { __typename: 'GlossaryTerm', urn: string, type: EntityType } & { ' $fragmentName'?: 'RelatedItem_GlossaryTerm_Fragment' };

type RelatedItem_MlFeature_Fragment = { __typename: 'MLFeature', name: string, featureNamespace: string, urn: string, type: EntityType } & { ' $fragmentName'?: 'RelatedItem_MlFeature_Fragment' };

type RelatedItem_MlFeatureTable_Fragment = { __typename: 'MLFeatureTable', name: string, urn: string, type: EntityType } & { ' $fragmentName'?: 'RelatedItem_MlFeatureTable_Fragment' };

type RelatedItem_MlModel_Fragment = { __typename: 'MLModel', name: string, urn: string, type: EntityType, modelProperties: { __typename: 'MLModelProperties', name: string | null } | null, versionProperties: { __typename: 'VersionProperties', version: { __typename: 'VersionTag', versionTag: string | null } } | null } & { ' $fragmentName'?: 'RelatedItem_MlModel_Fragment' };

type RelatedItem_MlModelGroup_Fragment = { __typename: 'MLModelGroup', name: string, urn: string, type: EntityType, groupProperties: { __typename: 'MLModelGroupProperties', name: string | null } | null } & { ' $fragmentName'?: 'RelatedItem_MlModelGroup_Fragment' };

type RelatedItem_MlPrimaryKey_Fragment = { __typename: 'MLPrimaryKey', name: string, featureNamespace: string, urn: string, type: EntityType } & { ' $fragmentName'?: 'RelatedItem_MlPrimaryKey_Fragment' };

type RelatedItem_OrreryMlModelDeployment_Fragment = { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType } & { ' $fragmentName'?: 'RelatedItem_OrreryMlModelDeployment_Fragment' };

type RelatedItem_StructuredPropertyEntity_Fragment = { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType } & { ' $fragmentName'?: 'RelatedItem_StructuredPropertyEntity_Fragment' };

type RelatedItem_Tag_Fragment = { __typename: 'Tag', urn: string, type: EntityType } & { ' $fragmentName'?: 'RelatedItem_Tag_Fragment' };

type RelatedItem_VersionSet_Fragment = { __typename: 'VersionSet', urn: string, type: EntityType } & { ' $fragmentName'?: 'RelatedItem_VersionSet_Fragment' };

export type RelatedItemFragment =
  | RelatedItem_Container_Fragment
  | RelatedItem_CorpGroup_Fragment
  | RelatedItem_CorpUser_Fragment
  | RelatedItem_DataFlow_Fragment
  | RelatedItem_DataJob_Fragment
  | RelatedItem_DataPlatform_Fragment
  | RelatedItem_DataPlatformInstance_Fragment
  | RelatedItem_DataProcessInstance_Fragment
  | RelatedItem_DataTypeEntity_Fragment
  | RelatedItem_Dataset_Fragment
  | RelatedItem_Domain_Fragment
  | RelatedItem_EntityTypeEntity_Fragment
  | RelatedItem_GlossaryNode_Fragment
  | RelatedItem_GlossaryTerm_Fragment
  | RelatedItem_MlFeature_Fragment
  | RelatedItem_MlFeatureTable_Fragment
  | RelatedItem_MlModel_Fragment
  | RelatedItem_MlModelGroup_Fragment
  | RelatedItem_MlPrimaryKey_Fragment
  | RelatedItem_OrreryMlModelDeployment_Fragment
  | RelatedItem_StructuredPropertyEntity_Fragment
  | RelatedItem_Tag_Fragment
  | RelatedItem_VersionSet_Fragment
;

export type ModelVersionRowFragment = { __typename: 'MLModel', urn: string, name: string, properties: { __typename: 'MLModelProperties', name: string | null, version: string | null, created: { __typename: 'AuditStamp', time: number } | null, trainingMetrics: Array<{ __typename: 'MLMetric', name: string | null, value: string | null, description: string | null } | null> | null } | null, versionProperties: { __typename: 'VersionProperties', isLatest: boolean, version: { __typename: 'VersionTag', versionTag: string | null }, aliases: Array<{ __typename: 'VersionTag', versionTag: string | null }> } | null, sourceRun: { __typename: 'EntityRelationshipsResult', relationships: Array<{ __typename: 'EntityRelationship', entity:
        | (
          { __typename: 'Container', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Container_Fragment': RelatedItem_Container_Fragment } }
        )
        | (
          { __typename: 'CorpGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpGroup_Fragment': RelatedItem_CorpGroup_Fragment } }
        )
        | (
          { __typename: 'CorpUser', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_CorpUser_Fragment': RelatedItem_CorpUser_Fragment } }
        )
        | (
          { __typename: 'DataFlow', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataFlow_Fragment': RelatedItem_DataFlow_Fragment } }
        )
        | (
          { __typename: 'DataJob', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataJob_Fragment': RelatedItem_DataJob_Fragment } }
        )
        | (
          { __typename: 'DataPlatform', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatform_Fragment': RelatedItem_DataPlatform_Fragment } }
        )
        | (
          { __typename: 'DataPlatformInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataPlatformInstance_Fragment': RelatedItem_DataPlatformInstance_Fragment } }
        )
        | (
          { __typename: 'DataProcessInstance', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataProcessInstance_Fragment': RelatedItem_DataProcessInstance_Fragment } }
        )
        | (
          { __typename: 'DataTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_DataTypeEntity_Fragment': RelatedItem_DataTypeEntity_Fragment } }
        )
        | (
          { __typename: 'Dataset', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Dataset_Fragment': RelatedItem_Dataset_Fragment } }
        )
        | (
          { __typename: 'Domain', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Domain_Fragment': RelatedItem_Domain_Fragment } }
        )
        | (
          { __typename: 'EntityTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_EntityTypeEntity_Fragment': RelatedItem_EntityTypeEntity_Fragment } }
        )
        | (
          { __typename: 'GlossaryNode', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryNode_Fragment': RelatedItem_GlossaryNode_Fragment } }
        )
        | (
          { __typename: 'GlossaryTerm', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_GlossaryTerm_Fragment': RelatedItem_GlossaryTerm_Fragment } }
        )
        | (
          { __typename: 'MLFeature', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeature_Fragment': RelatedItem_MlFeature_Fragment } }
        )
        | (
          { __typename: 'MLFeatureTable', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlFeatureTable_Fragment': RelatedItem_MlFeatureTable_Fragment } }
        )
        | (
          { __typename: 'MLModel', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModel_Fragment': RelatedItem_MlModel_Fragment } }
        )
        | (
          { __typename: 'MLModelGroup', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlModelGroup_Fragment': RelatedItem_MlModelGroup_Fragment } }
        )
        | (
          { __typename: 'MLPrimaryKey', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_MlPrimaryKey_Fragment': RelatedItem_MlPrimaryKey_Fragment } }
        )
        | (
          { __typename: 'OrreryMlModelDeployment', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_OrreryMlModelDeployment_Fragment': RelatedItem_OrreryMlModelDeployment_Fragment } }
        )
        | (
          { __typename: 'StructuredPropertyEntity', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_StructuredPropertyEntity_Fragment': RelatedItem_StructuredPropertyEntity_Fragment } }
        )
        | (
          { __typename: 'Tag', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_Tag_Fragment': RelatedItem_Tag_Fragment } }
        )
        | (
          { __typename: 'VersionSet', urn: string }
          & { ' $fragmentRefs'?: { 'RelatedItem_VersionSet_Fragment': RelatedItem_VersionSet_Fragment } }
        )
       | null }> } | null } & { ' $fragmentName'?: 'ModelVersionRowFragment' };

export type TagPageQueryVariables = Exact<{
  urn: string;
}>;


export type TagPageQuery = { __typename: 'Query', tag: { __typename: 'Tag', urn: string, name: string, properties: { __typename: 'TagProperties', name: string, description: string | null, colorHex: string | null } | null, ownership: (
      { __typename: 'Ownership' }
      & { ' $fragmentRefs'?: { 'OwnersFieldsFragment': OwnersFieldsFragment } }
    ) | null } | null };

export type UserPageQueryVariables = Exact<{
  urn: string;
}>;


export type UserPageQuery = { __typename: 'Query', corpUser: { __typename: 'CorpUser', urn: string, username: string, properties: { __typename: 'CorpUserProperties', active: boolean, displayName: string | null, fullName: string | null, title: string | null, email: string | null } | null, editableProperties: { __typename: 'CorpUserEditableProperties', displayName: string | null, title: string | null, aboutMe: string | null, email: string | null } | null, groups: { __typename: 'EntityRelationshipsResult', total: number | null, relationships: Array<{ __typename: 'EntityRelationship', entity:
          | { __typename: 'Container', urn: string }
          | { __typename: 'CorpGroup', name: string, urn: string, properties: { __typename: 'CorpGroupProperties', displayName: string | null } | null }
          | { __typename: 'CorpUser', urn: string }
          | { __typename: 'DataFlow', urn: string }
          | { __typename: 'DataJob', urn: string }
          | { __typename: 'DataPlatform', urn: string }
          | { __typename: 'DataPlatformInstance', urn: string }
          | { __typename: 'DataProcessInstance', urn: string }
          | { __typename: 'DataTypeEntity', urn: string }
          | { __typename: 'Dataset', urn: string }
          | { __typename: 'Domain', urn: string }
          | { __typename: 'EntityTypeEntity', urn: string }
          | { __typename: 'GlossaryNode', urn: string }
          | { __typename: 'GlossaryTerm', urn: string }
          | { __typename: 'MLFeature', urn: string }
          | { __typename: 'MLFeatureTable', urn: string }
          | { __typename: 'MLModel', urn: string }
          | { __typename: 'MLModelGroup', urn: string }
          | { __typename: 'MLPrimaryKey', urn: string }
          | { __typename: 'OrreryMlModelDeployment', urn: string }
          | { __typename: 'StructuredPropertyEntity', urn: string }
          | { __typename: 'Tag', urn: string }
          | { __typename: 'VersionSet', urn: string }
         | null }> } | null } | null };

export type OrreryInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type OrreryInfoQuery = { __typename: 'Query', orreryInfo: { __typename: 'OrreryInfo', version: string, extensions: Array<string> } };

export type ImpactSubjectQueryVariables = Exact<{
  urn: string;
}>;


export type ImpactSubjectQuery = { __typename: 'Query', entity:
    | (
      { __typename: 'Container', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
    )
    | (
      { __typename: 'CorpGroup', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
    )
    | (
      { __typename: 'CorpUser', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
    )
    | (
      { __typename: 'DataFlow', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
    )
    | (
      { __typename: 'DataJob', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
    )
    | (
      { __typename: 'DataPlatform', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
    )
    | (
      { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
    )
    | (
      { __typename: 'DataProcessInstance', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
    )
    | (
      { __typename: 'DataTypeEntity', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
    )
    | (
      { __typename: 'Dataset', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
    )
    | (
      { __typename: 'Domain', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
    )
    | (
      { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
    )
    | (
      { __typename: 'GlossaryNode', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
    )
    | (
      { __typename: 'GlossaryTerm', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
    )
    | (
      { __typename: 'MLFeature', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
    )
    | (
      { __typename: 'MLFeatureTable', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
    )
    | (
      { __typename: 'MLModel', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
    )
    | (
      { __typename: 'MLModelGroup', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
    )
    | (
      { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
    )
    | (
      { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
    )
    | (
      { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
    )
    | (
      { __typename: 'Tag', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
    )
    | (
      { __typename: 'VersionSet', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
    )
   | null };

export type LineageListsQueryVariables = Exact<{
  urn: string;
  upCount: number;
  downCount: number;
}>;


export type LineageListsQuery = { __typename: 'Query', entity:
    | { __typename: 'Container', urn: string }
    | { __typename: 'CorpGroup', urn: string }
    | { __typename: 'CorpUser', urn: string }
    | { __typename: 'DataFlow', urn: string, upstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
            | (
              { __typename: 'Container', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
            )
            | (
              { __typename: 'CorpGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
            )
            | (
              { __typename: 'CorpUser', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
            )
            | (
              { __typename: 'DataFlow', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
            )
            | (
              { __typename: 'DataJob', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
            )
            | (
              { __typename: 'DataPlatform', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
            )
            | (
              { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
            )
            | (
              { __typename: 'DataProcessInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
            )
            | (
              { __typename: 'DataTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
            )
            | (
              { __typename: 'Dataset', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
            )
            | (
              { __typename: 'Domain', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
            )
            | (
              { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
            )
            | (
              { __typename: 'GlossaryNode', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
            )
            | (
              { __typename: 'GlossaryTerm', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
            )
            | (
              { __typename: 'MLFeature', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
            )
            | (
              { __typename: 'MLFeatureTable', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
            )
            | (
              { __typename: 'MLModel', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
            )
            | (
              { __typename: 'MLModelGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
            )
            | (
              { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
            )
            | (
              { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
            )
            | (
              { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
            )
            | (
              { __typename: 'Tag', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
            )
            | (
              { __typename: 'VersionSet', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
            )
           | null }> } | null, downstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
            | (
              { __typename: 'Container', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
            )
            | (
              { __typename: 'CorpGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
            )
            | (
              { __typename: 'CorpUser', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
            )
            | (
              { __typename: 'DataFlow', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
            )
            | (
              { __typename: 'DataJob', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
            )
            | (
              { __typename: 'DataPlatform', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
            )
            | (
              { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
            )
            | (
              { __typename: 'DataProcessInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
            )
            | (
              { __typename: 'DataTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
            )
            | (
              { __typename: 'Dataset', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
            )
            | (
              { __typename: 'Domain', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
            )
            | (
              { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
            )
            | (
              { __typename: 'GlossaryNode', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
            )
            | (
              { __typename: 'GlossaryTerm', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
            )
            | (
              { __typename: 'MLFeature', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
            )
            | (
              { __typename: 'MLFeatureTable', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
            )
            | (
              { __typename: 'MLModel', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
            )
            | (
              { __typename: 'MLModelGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
            )
            | (
              { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
            )
            | (
              { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
            )
            | (
              { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
            )
            | (
              { __typename: 'Tag', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
            )
            | (
              { __typename: 'VersionSet', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
            )
           | null }> } | null }
    | { __typename: 'DataJob', urn: string, upstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
            | (
              { __typename: 'Container', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
            )
            | (
              { __typename: 'CorpGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
            )
            | (
              { __typename: 'CorpUser', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
            )
            | (
              { __typename: 'DataFlow', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
            )
            | (
              { __typename: 'DataJob', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
            )
            | (
              { __typename: 'DataPlatform', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
            )
            | (
              { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
            )
            | (
              { __typename: 'DataProcessInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
            )
            | (
              { __typename: 'DataTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
            )
            | (
              { __typename: 'Dataset', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
            )
            | (
              { __typename: 'Domain', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
            )
            | (
              { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
            )
            | (
              { __typename: 'GlossaryNode', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
            )
            | (
              { __typename: 'GlossaryTerm', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
            )
            | (
              { __typename: 'MLFeature', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
            )
            | (
              { __typename: 'MLFeatureTable', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
            )
            | (
              { __typename: 'MLModel', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
            )
            | (
              { __typename: 'MLModelGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
            )
            | (
              { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
            )
            | (
              { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
            )
            | (
              { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
            )
            | (
              { __typename: 'Tag', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
            )
            | (
              { __typename: 'VersionSet', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
            )
           | null }> } | null, downstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
            | (
              { __typename: 'Container', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
            )
            | (
              { __typename: 'CorpGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
            )
            | (
              { __typename: 'CorpUser', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
            )
            | (
              { __typename: 'DataFlow', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
            )
            | (
              { __typename: 'DataJob', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
            )
            | (
              { __typename: 'DataPlatform', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
            )
            | (
              { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
            )
            | (
              { __typename: 'DataProcessInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
            )
            | (
              { __typename: 'DataTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
            )
            | (
              { __typename: 'Dataset', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
            )
            | (
              { __typename: 'Domain', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
            )
            | (
              { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
            )
            | (
              { __typename: 'GlossaryNode', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
            )
            | (
              { __typename: 'GlossaryTerm', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
            )
            | (
              { __typename: 'MLFeature', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
            )
            | (
              { __typename: 'MLFeatureTable', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
            )
            | (
              { __typename: 'MLModel', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
            )
            | (
              { __typename: 'MLModelGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
            )
            | (
              { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
            )
            | (
              { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
            )
            | (
              { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
            )
            | (
              { __typename: 'Tag', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
            )
            | (
              { __typename: 'VersionSet', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
            )
           | null }> } | null }
    | { __typename: 'DataPlatform', urn: string }
    | { __typename: 'DataPlatformInstance', urn: string }
    | { __typename: 'DataProcessInstance', urn: string, upstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
            | (
              { __typename: 'Container', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
            )
            | (
              { __typename: 'CorpGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
            )
            | (
              { __typename: 'CorpUser', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
            )
            | (
              { __typename: 'DataFlow', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
            )
            | (
              { __typename: 'DataJob', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
            )
            | (
              { __typename: 'DataPlatform', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
            )
            | (
              { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
            )
            | (
              { __typename: 'DataProcessInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
            )
            | (
              { __typename: 'DataTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
            )
            | (
              { __typename: 'Dataset', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
            )
            | (
              { __typename: 'Domain', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
            )
            | (
              { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
            )
            | (
              { __typename: 'GlossaryNode', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
            )
            | (
              { __typename: 'GlossaryTerm', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
            )
            | (
              { __typename: 'MLFeature', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
            )
            | (
              { __typename: 'MLFeatureTable', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
            )
            | (
              { __typename: 'MLModel', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
            )
            | (
              { __typename: 'MLModelGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
            )
            | (
              { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
            )
            | (
              { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
            )
            | (
              { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
            )
            | (
              { __typename: 'Tag', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
            )
            | (
              { __typename: 'VersionSet', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
            )
           | null }> } | null, downstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
            | (
              { __typename: 'Container', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
            )
            | (
              { __typename: 'CorpGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
            )
            | (
              { __typename: 'CorpUser', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
            )
            | (
              { __typename: 'DataFlow', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
            )
            | (
              { __typename: 'DataJob', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
            )
            | (
              { __typename: 'DataPlatform', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
            )
            | (
              { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
            )
            | (
              { __typename: 'DataProcessInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
            )
            | (
              { __typename: 'DataTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
            )
            | (
              { __typename: 'Dataset', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
            )
            | (
              { __typename: 'Domain', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
            )
            | (
              { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
            )
            | (
              { __typename: 'GlossaryNode', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
            )
            | (
              { __typename: 'GlossaryTerm', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
            )
            | (
              { __typename: 'MLFeature', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
            )
            | (
              { __typename: 'MLFeatureTable', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
            )
            | (
              { __typename: 'MLModel', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
            )
            | (
              { __typename: 'MLModelGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
            )
            | (
              { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
            )
            | (
              { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
            )
            | (
              { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
            )
            | (
              { __typename: 'Tag', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
            )
            | (
              { __typename: 'VersionSet', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
            )
           | null }> } | null }
    | { __typename: 'DataTypeEntity', urn: string }
    | { __typename: 'Dataset', urn: string, upstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
            | (
              { __typename: 'Container', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
            )
            | (
              { __typename: 'CorpGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
            )
            | (
              { __typename: 'CorpUser', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
            )
            | (
              { __typename: 'DataFlow', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
            )
            | (
              { __typename: 'DataJob', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
            )
            | (
              { __typename: 'DataPlatform', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
            )
            | (
              { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
            )
            | (
              { __typename: 'DataProcessInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
            )
            | (
              { __typename: 'DataTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
            )
            | (
              { __typename: 'Dataset', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
            )
            | (
              { __typename: 'Domain', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
            )
            | (
              { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
            )
            | (
              { __typename: 'GlossaryNode', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
            )
            | (
              { __typename: 'GlossaryTerm', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
            )
            | (
              { __typename: 'MLFeature', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
            )
            | (
              { __typename: 'MLFeatureTable', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
            )
            | (
              { __typename: 'MLModel', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
            )
            | (
              { __typename: 'MLModelGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
            )
            | (
              { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
            )
            | (
              { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
            )
            | (
              { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
            )
            | (
              { __typename: 'Tag', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
            )
            | (
              { __typename: 'VersionSet', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
            )
           | null }> } | null, downstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
            | (
              { __typename: 'Container', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
            )
            | (
              { __typename: 'CorpGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
            )
            | (
              { __typename: 'CorpUser', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
            )
            | (
              { __typename: 'DataFlow', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
            )
            | (
              { __typename: 'DataJob', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
            )
            | (
              { __typename: 'DataPlatform', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
            )
            | (
              { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
            )
            | (
              { __typename: 'DataProcessInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
            )
            | (
              { __typename: 'DataTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
            )
            | (
              { __typename: 'Dataset', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
            )
            | (
              { __typename: 'Domain', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
            )
            | (
              { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
            )
            | (
              { __typename: 'GlossaryNode', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
            )
            | (
              { __typename: 'GlossaryTerm', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
            )
            | (
              { __typename: 'MLFeature', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
            )
            | (
              { __typename: 'MLFeatureTable', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
            )
            | (
              { __typename: 'MLModel', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
            )
            | (
              { __typename: 'MLModelGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
            )
            | (
              { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
            )
            | (
              { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
            )
            | (
              { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
            )
            | (
              { __typename: 'Tag', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
            )
            | (
              { __typename: 'VersionSet', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
            )
           | null }> } | null }
    | { __typename: 'Domain', urn: string }
    | { __typename: 'EntityTypeEntity', urn: string }
    | { __typename: 'GlossaryNode', urn: string }
    | { __typename: 'GlossaryTerm', urn: string }
    | { __typename: 'MLFeature', urn: string, upstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
            | (
              { __typename: 'Container', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
            )
            | (
              { __typename: 'CorpGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
            )
            | (
              { __typename: 'CorpUser', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
            )
            | (
              { __typename: 'DataFlow', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
            )
            | (
              { __typename: 'DataJob', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
            )
            | (
              { __typename: 'DataPlatform', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
            )
            | (
              { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
            )
            | (
              { __typename: 'DataProcessInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
            )
            | (
              { __typename: 'DataTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
            )
            | (
              { __typename: 'Dataset', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
            )
            | (
              { __typename: 'Domain', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
            )
            | (
              { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
            )
            | (
              { __typename: 'GlossaryNode', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
            )
            | (
              { __typename: 'GlossaryTerm', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
            )
            | (
              { __typename: 'MLFeature', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
            )
            | (
              { __typename: 'MLFeatureTable', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
            )
            | (
              { __typename: 'MLModel', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
            )
            | (
              { __typename: 'MLModelGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
            )
            | (
              { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
            )
            | (
              { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
            )
            | (
              { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
            )
            | (
              { __typename: 'Tag', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
            )
            | (
              { __typename: 'VersionSet', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
            )
           | null }> } | null, downstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
            | (
              { __typename: 'Container', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
            )
            | (
              { __typename: 'CorpGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
            )
            | (
              { __typename: 'CorpUser', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
            )
            | (
              { __typename: 'DataFlow', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
            )
            | (
              { __typename: 'DataJob', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
            )
            | (
              { __typename: 'DataPlatform', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
            )
            | (
              { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
            )
            | (
              { __typename: 'DataProcessInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
            )
            | (
              { __typename: 'DataTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
            )
            | (
              { __typename: 'Dataset', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
            )
            | (
              { __typename: 'Domain', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
            )
            | (
              { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
            )
            | (
              { __typename: 'GlossaryNode', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
            )
            | (
              { __typename: 'GlossaryTerm', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
            )
            | (
              { __typename: 'MLFeature', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
            )
            | (
              { __typename: 'MLFeatureTable', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
            )
            | (
              { __typename: 'MLModel', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
            )
            | (
              { __typename: 'MLModelGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
            )
            | (
              { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
            )
            | (
              { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
            )
            | (
              { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
            )
            | (
              { __typename: 'Tag', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
            )
            | (
              { __typename: 'VersionSet', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
            )
           | null }> } | null }
    | { __typename: 'MLFeatureTable', urn: string, upstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
            | (
              { __typename: 'Container', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
            )
            | (
              { __typename: 'CorpGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
            )
            | (
              { __typename: 'CorpUser', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
            )
            | (
              { __typename: 'DataFlow', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
            )
            | (
              { __typename: 'DataJob', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
            )
            | (
              { __typename: 'DataPlatform', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
            )
            | (
              { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
            )
            | (
              { __typename: 'DataProcessInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
            )
            | (
              { __typename: 'DataTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
            )
            | (
              { __typename: 'Dataset', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
            )
            | (
              { __typename: 'Domain', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
            )
            | (
              { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
            )
            | (
              { __typename: 'GlossaryNode', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
            )
            | (
              { __typename: 'GlossaryTerm', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
            )
            | (
              { __typename: 'MLFeature', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
            )
            | (
              { __typename: 'MLFeatureTable', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
            )
            | (
              { __typename: 'MLModel', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
            )
            | (
              { __typename: 'MLModelGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
            )
            | (
              { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
            )
            | (
              { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
            )
            | (
              { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
            )
            | (
              { __typename: 'Tag', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
            )
            | (
              { __typename: 'VersionSet', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
            )
           | null }> } | null, downstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
            | (
              { __typename: 'Container', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
            )
            | (
              { __typename: 'CorpGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
            )
            | (
              { __typename: 'CorpUser', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
            )
            | (
              { __typename: 'DataFlow', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
            )
            | (
              { __typename: 'DataJob', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
            )
            | (
              { __typename: 'DataPlatform', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
            )
            | (
              { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
            )
            | (
              { __typename: 'DataProcessInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
            )
            | (
              { __typename: 'DataTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
            )
            | (
              { __typename: 'Dataset', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
            )
            | (
              { __typename: 'Domain', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
            )
            | (
              { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
            )
            | (
              { __typename: 'GlossaryNode', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
            )
            | (
              { __typename: 'GlossaryTerm', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
            )
            | (
              { __typename: 'MLFeature', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
            )
            | (
              { __typename: 'MLFeatureTable', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
            )
            | (
              { __typename: 'MLModel', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
            )
            | (
              { __typename: 'MLModelGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
            )
            | (
              { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
            )
            | (
              { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
            )
            | (
              { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
            )
            | (
              { __typename: 'Tag', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
            )
            | (
              { __typename: 'VersionSet', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
            )
           | null }> } | null }
    | { __typename: 'MLModel', urn: string, upstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
            | (
              { __typename: 'Container', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
            )
            | (
              { __typename: 'CorpGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
            )
            | (
              { __typename: 'CorpUser', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
            )
            | (
              { __typename: 'DataFlow', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
            )
            | (
              { __typename: 'DataJob', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
            )
            | (
              { __typename: 'DataPlatform', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
            )
            | (
              { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
            )
            | (
              { __typename: 'DataProcessInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
            )
            | (
              { __typename: 'DataTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
            )
            | (
              { __typename: 'Dataset', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
            )
            | (
              { __typename: 'Domain', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
            )
            | (
              { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
            )
            | (
              { __typename: 'GlossaryNode', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
            )
            | (
              { __typename: 'GlossaryTerm', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
            )
            | (
              { __typename: 'MLFeature', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
            )
            | (
              { __typename: 'MLFeatureTable', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
            )
            | (
              { __typename: 'MLModel', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
            )
            | (
              { __typename: 'MLModelGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
            )
            | (
              { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
            )
            | (
              { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
            )
            | (
              { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
            )
            | (
              { __typename: 'Tag', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
            )
            | (
              { __typename: 'VersionSet', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
            )
           | null }> } | null, downstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
            | (
              { __typename: 'Container', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
            )
            | (
              { __typename: 'CorpGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
            )
            | (
              { __typename: 'CorpUser', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
            )
            | (
              { __typename: 'DataFlow', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
            )
            | (
              { __typename: 'DataJob', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
            )
            | (
              { __typename: 'DataPlatform', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
            )
            | (
              { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
            )
            | (
              { __typename: 'DataProcessInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
            )
            | (
              { __typename: 'DataTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
            )
            | (
              { __typename: 'Dataset', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
            )
            | (
              { __typename: 'Domain', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
            )
            | (
              { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
            )
            | (
              { __typename: 'GlossaryNode', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
            )
            | (
              { __typename: 'GlossaryTerm', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
            )
            | (
              { __typename: 'MLFeature', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
            )
            | (
              { __typename: 'MLFeatureTable', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
            )
            | (
              { __typename: 'MLModel', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
            )
            | (
              { __typename: 'MLModelGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
            )
            | (
              { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
            )
            | (
              { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
            )
            | (
              { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
            )
            | (
              { __typename: 'Tag', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
            )
            | (
              { __typename: 'VersionSet', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
            )
           | null }> } | null }
    | { __typename: 'MLModelGroup', urn: string, upstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
            | (
              { __typename: 'Container', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
            )
            | (
              { __typename: 'CorpGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
            )
            | (
              { __typename: 'CorpUser', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
            )
            | (
              { __typename: 'DataFlow', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
            )
            | (
              { __typename: 'DataJob', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
            )
            | (
              { __typename: 'DataPlatform', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
            )
            | (
              { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
            )
            | (
              { __typename: 'DataProcessInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
            )
            | (
              { __typename: 'DataTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
            )
            | (
              { __typename: 'Dataset', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
            )
            | (
              { __typename: 'Domain', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
            )
            | (
              { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
            )
            | (
              { __typename: 'GlossaryNode', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
            )
            | (
              { __typename: 'GlossaryTerm', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
            )
            | (
              { __typename: 'MLFeature', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
            )
            | (
              { __typename: 'MLFeatureTable', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
            )
            | (
              { __typename: 'MLModel', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
            )
            | (
              { __typename: 'MLModelGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
            )
            | (
              { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
            )
            | (
              { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
            )
            | (
              { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
            )
            | (
              { __typename: 'Tag', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
            )
            | (
              { __typename: 'VersionSet', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
            )
           | null }> } | null, downstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
            | (
              { __typename: 'Container', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
            )
            | (
              { __typename: 'CorpGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
            )
            | (
              { __typename: 'CorpUser', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
            )
            | (
              { __typename: 'DataFlow', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
            )
            | (
              { __typename: 'DataJob', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
            )
            | (
              { __typename: 'DataPlatform', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
            )
            | (
              { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
            )
            | (
              { __typename: 'DataProcessInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
            )
            | (
              { __typename: 'DataTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
            )
            | (
              { __typename: 'Dataset', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
            )
            | (
              { __typename: 'Domain', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
            )
            | (
              { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
            )
            | (
              { __typename: 'GlossaryNode', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
            )
            | (
              { __typename: 'GlossaryTerm', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
            )
            | (
              { __typename: 'MLFeature', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
            )
            | (
              { __typename: 'MLFeatureTable', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
            )
            | (
              { __typename: 'MLModel', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
            )
            | (
              { __typename: 'MLModelGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
            )
            | (
              { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
            )
            | (
              { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
            )
            | (
              { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
            )
            | (
              { __typename: 'Tag', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
            )
            | (
              { __typename: 'VersionSet', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
            )
           | null }> } | null }
    | { __typename: 'MLPrimaryKey', urn: string, upstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
            | (
              { __typename: 'Container', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
            )
            | (
              { __typename: 'CorpGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
            )
            | (
              { __typename: 'CorpUser', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
            )
            | (
              { __typename: 'DataFlow', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
            )
            | (
              { __typename: 'DataJob', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
            )
            | (
              { __typename: 'DataPlatform', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
            )
            | (
              { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
            )
            | (
              { __typename: 'DataProcessInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
            )
            | (
              { __typename: 'DataTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
            )
            | (
              { __typename: 'Dataset', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
            )
            | (
              { __typename: 'Domain', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
            )
            | (
              { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
            )
            | (
              { __typename: 'GlossaryNode', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
            )
            | (
              { __typename: 'GlossaryTerm', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
            )
            | (
              { __typename: 'MLFeature', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
            )
            | (
              { __typename: 'MLFeatureTable', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
            )
            | (
              { __typename: 'MLModel', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
            )
            | (
              { __typename: 'MLModelGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
            )
            | (
              { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
            )
            | (
              { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
            )
            | (
              { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
            )
            | (
              { __typename: 'Tag', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
            )
            | (
              { __typename: 'VersionSet', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
            )
           | null }> } | null, downstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
            | (
              { __typename: 'Container', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
            )
            | (
              { __typename: 'CorpGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
            )
            | (
              { __typename: 'CorpUser', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
            )
            | (
              { __typename: 'DataFlow', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
            )
            | (
              { __typename: 'DataJob', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
            )
            | (
              { __typename: 'DataPlatform', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
            )
            | (
              { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
            )
            | (
              { __typename: 'DataProcessInstance', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
            )
            | (
              { __typename: 'DataTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
            )
            | (
              { __typename: 'Dataset', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
            )
            | (
              { __typename: 'Domain', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
            )
            | (
              { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
            )
            | (
              { __typename: 'GlossaryNode', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
            )
            | (
              { __typename: 'GlossaryTerm', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
            )
            | (
              { __typename: 'MLFeature', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
            )
            | (
              { __typename: 'MLFeatureTable', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
            )
            | (
              { __typename: 'MLModel', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
            )
            | (
              { __typename: 'MLModelGroup', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
            )
            | (
              { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
            )
            | (
              { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
            )
            | (
              { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
            )
            | (
              { __typename: 'Tag', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
            )
            | (
              { __typename: 'VersionSet', urn: string, type: EntityType }
              & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
            )
           | null }> } | null }
    | { __typename: 'OrreryMlModelDeployment', urn: string }
    | { __typename: 'StructuredPropertyEntity', urn: string }
    | { __typename: 'Tag', urn: string }
    | { __typename: 'VersionSet', urn: string }
   | null };

export type LineageGraphQueryVariables = Exact<{
  input: LineageGraphInput;
}>;


export type LineageGraphQuery = { __typename: 'Query', lineageGraph: { __typename: 'LineageGraph', focus: string, truncated: boolean, truncatedBy: Array<LineageGraphCap>, maxNodes: number, maxEdges: number, nodes: Array<{ __typename: 'LineageGraphNode', urn: string, degree: number, direction: LineageDirection | null, upstreamCount: number, downstreamCount: number, upstreamExplored: boolean, downstreamExplored: boolean, entity:
        | (
          { __typename: 'Container', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
        )
        | (
          { __typename: 'CorpGroup', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
        )
        | (
          { __typename: 'CorpUser', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
        )
        | (
          { __typename: 'DataFlow', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
        )
        | (
          { __typename: 'DataJob', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
        )
        | (
          { __typename: 'DataPlatform', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
        )
        | (
          { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
        )
        | (
          { __typename: 'DataProcessInstance', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
        )
        | (
          { __typename: 'DataTypeEntity', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
        )
        | (
          { __typename: 'Dataset', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
        )
        | (
          { __typename: 'Domain', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
        )
        | (
          { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
        )
        | (
          { __typename: 'GlossaryNode', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
        )
        | (
          { __typename: 'GlossaryTerm', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
        )
        | (
          { __typename: 'MLFeature', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
        )
        | (
          { __typename: 'MLFeatureTable', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
        )
        | (
          { __typename: 'MLModel', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
        )
        | (
          { __typename: 'MLModelGroup', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
        )
        | (
          { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
        )
        | (
          { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
        )
        | (
          { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
        )
        | (
          { __typename: 'Tag', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
        )
        | (
          { __typename: 'VersionSet', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
        )
       | null }>, edges: Array<{ __typename: 'LineageGraphEdge', source: string, target: string, type: string }> } | null };

export type ExperimentGraphQueryVariables = Exact<{
  urn: string;
  runs: number;
  perRun: number;
}>;


export type ExperimentGraphQuery = { __typename: 'Query', container: { __typename: 'Container', urn: string, properties: { __typename: 'ContainerProperties', name: string } | null, entities: { __typename: 'SearchResults', total: number, searchResults: Array<{ __typename: 'SearchResult', entity:
          | { __typename: 'Container', urn: string, type: EntityType }
          | { __typename: 'CorpGroup', urn: string, type: EntityType }
          | { __typename: 'CorpUser', urn: string, type: EntityType }
          | { __typename: 'DataFlow', urn: string, type: EntityType }
          | { __typename: 'DataJob', urn: string, type: EntityType }
          | { __typename: 'DataPlatform', urn: string, type: EntityType }
          | { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
          | { __typename: 'DataProcessInstance', urn: string, type: EntityType, upstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
                  | { __typename: 'Container', urn: string, type: EntityType }
                  | { __typename: 'CorpGroup', urn: string, type: EntityType }
                  | { __typename: 'CorpUser', urn: string, type: EntityType }
                  | { __typename: 'DataFlow', urn: string, type: EntityType }
                  | { __typename: 'DataJob', urn: string, type: EntityType }
                  | { __typename: 'DataPlatform', urn: string, type: EntityType }
                  | { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
                  | { __typename: 'DataProcessInstance', urn: string, type: EntityType }
                  | { __typename: 'DataTypeEntity', urn: string, type: EntityType }
                  | { __typename: 'Dataset', urn: string, type: EntityType }
                  | { __typename: 'Domain', urn: string, type: EntityType }
                  | { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
                  | { __typename: 'GlossaryNode', urn: string, type: EntityType }
                  | { __typename: 'GlossaryTerm', urn: string, type: EntityType }
                  | { __typename: 'MLFeature', urn: string, type: EntityType }
                  | { __typename: 'MLFeatureTable', urn: string, type: EntityType }
                  | { __typename: 'MLModel', urn: string, type: EntityType }
                  | { __typename: 'MLModelGroup', urn: string, type: EntityType }
                  | { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
                  | { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
                  | { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
                  | { __typename: 'Tag', urn: string, type: EntityType }
                  | { __typename: 'VersionSet', urn: string, type: EntityType }
                 | null }> } | null, downstream: { __typename: 'EntityLineageResult', total: number | null, relationships: Array<{ __typename: 'LineageRelationship', type: string, entity:
                  | { __typename: 'Container', urn: string, type: EntityType }
                  | { __typename: 'CorpGroup', urn: string, type: EntityType }
                  | { __typename: 'CorpUser', urn: string, type: EntityType }
                  | { __typename: 'DataFlow', urn: string, type: EntityType }
                  | { __typename: 'DataJob', urn: string, type: EntityType }
                  | { __typename: 'DataPlatform', urn: string, type: EntityType }
                  | { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
                  | { __typename: 'DataProcessInstance', urn: string, type: EntityType }
                  | { __typename: 'DataTypeEntity', urn: string, type: EntityType }
                  | { __typename: 'Dataset', urn: string, type: EntityType }
                  | { __typename: 'Domain', urn: string, type: EntityType }
                  | { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
                  | { __typename: 'GlossaryNode', urn: string, type: EntityType }
                  | { __typename: 'GlossaryTerm', urn: string, type: EntityType }
                  | { __typename: 'MLFeature', urn: string, type: EntityType }
                  | { __typename: 'MLFeatureTable', urn: string, type: EntityType }
                  | { __typename: 'MLModel', urn: string, type: EntityType }
                  | { __typename: 'MLModelGroup', urn: string, type: EntityType }
                  | { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
                  | { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
                  | { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
                  | { __typename: 'Tag', urn: string, type: EntityType }
                  | { __typename: 'VersionSet', urn: string, type: EntityType }
                 | null }> } | null }
          | { __typename: 'DataTypeEntity', urn: string, type: EntityType }
          | { __typename: 'Dataset', urn: string, type: EntityType }
          | { __typename: 'Domain', urn: string, type: EntityType }
          | { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
          | { __typename: 'GlossaryNode', urn: string, type: EntityType }
          | { __typename: 'GlossaryTerm', urn: string, type: EntityType }
          | { __typename: 'MLFeature', urn: string, type: EntityType }
          | { __typename: 'MLFeatureTable', urn: string, type: EntityType }
          | { __typename: 'MLModel', urn: string, type: EntityType }
          | { __typename: 'MLModelGroup', urn: string, type: EntityType }
          | { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
          | { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
          | { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
          | { __typename: 'Tag', urn: string, type: EntityType }
          | { __typename: 'VersionSet', urn: string, type: EntityType }
         }> } | null } | null };

export type ExperimentGraphEntitiesQueryVariables = Exact<{
  urns: Array<string> | string;
}>;


export type ExperimentGraphEntitiesQuery = { __typename: 'Query', entities: Array<
    | (
      { __typename: 'Container', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
    )
    | (
      { __typename: 'CorpGroup', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
    )
    | (
      { __typename: 'CorpUser', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
    )
    | (
      { __typename: 'DataFlow', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
    )
    | (
      { __typename: 'DataJob', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
    )
    | (
      { __typename: 'DataPlatform', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
    )
    | (
      { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
    )
    | (
      { __typename: 'DataProcessInstance', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
    )
    | (
      { __typename: 'DataTypeEntity', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
    )
    | (
      { __typename: 'Dataset', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
    )
    | (
      { __typename: 'Domain', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
    )
    | (
      { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
    )
    | (
      { __typename: 'GlossaryNode', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
    )
    | (
      { __typename: 'GlossaryTerm', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
    )
    | (
      { __typename: 'MLFeature', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
    )
    | (
      { __typename: 'MLFeatureTable', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
    )
    | (
      { __typename: 'MLModel', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
    )
    | (
      { __typename: 'MLModelGroup', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
    )
    | (
      { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
    )
    | (
      { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
    )
    | (
      { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
    )
    | (
      { __typename: 'Tag', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
    )
    | (
      { __typename: 'VersionSet', urn: string, type: EntityType }
      & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
    )
   | null> | null };

export type ImpactQueryVariables = Exact<{
  input: SearchAcrossLineageInput;
}>;


export type ImpactQuery = { __typename: 'Query', searchAcrossLineage: { __typename: 'SearchAcrossLineageResults', start: number, count: number, total: number, searchResults: Array<{ __typename: 'SearchAcrossLineageResult', degree: number, entity:
        | (
          { __typename: 'Container', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
        )
        | (
          { __typename: 'CorpGroup', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
        )
        | (
          { __typename: 'CorpUser', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
        )
        | (
          { __typename: 'DataFlow', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
        )
        | (
          { __typename: 'DataJob', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
        )
        | (
          { __typename: 'DataPlatform', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
        )
        | (
          { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
        )
        | (
          { __typename: 'DataProcessInstance', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
        )
        | (
          { __typename: 'DataTypeEntity', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
        )
        | (
          { __typename: 'Dataset', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
        )
        | (
          { __typename: 'Domain', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
        )
        | (
          { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
        )
        | (
          { __typename: 'GlossaryNode', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
        )
        | (
          { __typename: 'GlossaryTerm', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
        )
        | (
          { __typename: 'MLFeature', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
        )
        | (
          { __typename: 'MLFeatureTable', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
        )
        | (
          { __typename: 'MLModel', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
        )
        | (
          { __typename: 'MLModelGroup', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
        )
        | (
          { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
        )
        | (
          { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
        )
        | (
          { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
        )
        | (
          { __typename: 'Tag', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
        )
        | (
          { __typename: 'VersionSet', urn: string, type: EntityType }
          & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
        )
       }> } | null };

export type AssetCountQueryVariables = Exact<{
  filters?: Array<FacetFilterInput> | FacetFilterInput | null | undefined;
}>;


export type AssetCountQuery = { __typename: 'Query', searchAcrossEntities: { __typename: 'SearchResults', total: number } | null };

export type FacetFieldsFragment = { __typename: 'FacetMetadata', field: string, displayName: string | null, aggregations: Array<{ __typename: 'AggregationMetadata', value: string, count: number, displayName: string | null, entity:
      | { __typename: 'Container', urn: string }
      | { __typename: 'CorpGroup', name: string, urn: string, properties: { __typename: 'CorpGroupProperties', displayName: string | null } | null }
      | { __typename: 'CorpUser', username: string, urn: string, properties: { __typename: 'CorpUserProperties', displayName: string | null, fullName: string | null } | null }
      | { __typename: 'DataFlow', urn: string }
      | { __typename: 'DataJob', urn: string }
      | { __typename: 'DataPlatform', name: string, urn: string, properties: { __typename: 'DataPlatformProperties', displayName: string | null } | null }
      | { __typename: 'DataPlatformInstance', urn: string }
      | { __typename: 'DataProcessInstance', urn: string }
      | { __typename: 'DataTypeEntity', urn: string }
      | { __typename: 'Dataset', urn: string }
      | { __typename: 'Domain', urn: string }
      | { __typename: 'EntityTypeEntity', urn: string }
      | { __typename: 'GlossaryNode', urn: string }
      | { __typename: 'GlossaryTerm', name: string, urn: string, properties: { __typename: 'GlossaryTermProperties', name: string } | null }
      | { __typename: 'MLFeature', urn: string }
      | { __typename: 'MLFeatureTable', urn: string }
      | { __typename: 'MLModel', urn: string }
      | { __typename: 'MLModelGroup', urn: string }
      | { __typename: 'MLPrimaryKey', urn: string }
      | { __typename: 'OrreryMlModelDeployment', urn: string }
      | { __typename: 'StructuredPropertyEntity', urn: string }
      | { __typename: 'Tag', name: string, urn: string, properties: { __typename: 'TagProperties', name: string } | null }
      | { __typename: 'VersionSet', urn: string }
     | null }> } & { ' $fragmentName'?: 'FacetFieldsFragment' };

export type SearchFacetQueryVariables = Exact<{
  query: string;
  filters?: Array<FacetFilterInput> | FacetFilterInput | null | undefined;
}>;


export type SearchFacetQuery = { __typename: 'Query', searchAcrossEntities: { __typename: 'SearchResults', facets: Array<(
      { __typename: 'FacetMetadata' }
      & { ' $fragmentRefs'?: { 'FacetFieldsFragment': FacetFieldsFragment } }
    )> | null } | null };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { __typename: 'Query', getEntityCounts: { __typename: 'EntityCountResults', counts: Array<{ __typename: 'EntityCountResult', entityType: EntityType, count: number }> | null } | null, searchAcrossEntities: { __typename: 'SearchResults', total: number, searchResults: Array<{ __typename: 'SearchResult', entity:
        | (
          { __typename: 'Container', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
        )
        | (
          { __typename: 'CorpGroup', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
        )
        | (
          { __typename: 'CorpUser', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
        )
        | (
          { __typename: 'DataFlow', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
        )
        | (
          { __typename: 'DataJob', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
        )
        | (
          { __typename: 'DataPlatform', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
        )
        | (
          { __typename: 'DataPlatformInstance', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
        )
        | (
          { __typename: 'DataProcessInstance', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
        )
        | (
          { __typename: 'DataTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
        )
        | (
          { __typename: 'Dataset', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
        )
        | (
          { __typename: 'Domain', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
        )
        | (
          { __typename: 'EntityTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
        )
        | (
          { __typename: 'GlossaryNode', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
        )
        | (
          { __typename: 'GlossaryTerm', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
        )
        | (
          { __typename: 'MLFeature', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
        )
        | (
          { __typename: 'MLFeatureTable', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
        )
        | (
          { __typename: 'MLModel', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
        )
        | (
          { __typename: 'MLModelGroup', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
        )
        | (
          { __typename: 'MLPrimaryKey', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
        )
        | (
          { __typename: 'OrreryMlModelDeployment', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
        )
        | (
          { __typename: 'StructuredPropertyEntity', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
        )
        | (
          { __typename: 'Tag', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
        )
        | (
          { __typename: 'VersionSet', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
        )
       }> } | null };

export type AutocompleteQueryVariables = Exact<{
  query: string;
}>;


export type AutocompleteQuery = { __typename: 'Query', autoCompleteForMultiple: { __typename: 'AutoCompleteMultipleResults', suggestions: Array<{ __typename: 'AutoCompleteResultForEntity', type: EntityType, suggestions: Array<string>, entities: Array<
        | { __typename: 'Container', urn: string, type: EntityType }
        | { __typename: 'CorpGroup', urn: string, type: EntityType }
        | { __typename: 'CorpUser', urn: string, type: EntityType }
        | { __typename: 'DataFlow', urn: string, type: EntityType }
        | { __typename: 'DataJob', urn: string, type: EntityType }
        | { __typename: 'DataPlatform', urn: string, type: EntityType }
        | { __typename: 'DataPlatformInstance', urn: string, type: EntityType }
        | { __typename: 'DataProcessInstance', urn: string, type: EntityType }
        | { __typename: 'DataTypeEntity', urn: string, type: EntityType }
        | { __typename: 'Dataset', urn: string, type: EntityType }
        | { __typename: 'Domain', urn: string, type: EntityType }
        | { __typename: 'EntityTypeEntity', urn: string, type: EntityType }
        | { __typename: 'GlossaryNode', urn: string, type: EntityType }
        | { __typename: 'GlossaryTerm', urn: string, type: EntityType }
        | { __typename: 'MLFeature', urn: string, type: EntityType }
        | { __typename: 'MLFeatureTable', urn: string, type: EntityType }
        | { __typename: 'MLModel', urn: string, type: EntityType }
        | { __typename: 'MLModelGroup', urn: string, type: EntityType }
        | { __typename: 'MLPrimaryKey', urn: string, type: EntityType }
        | { __typename: 'OrreryMlModelDeployment', urn: string, type: EntityType }
        | { __typename: 'StructuredPropertyEntity', urn: string, type: EntityType }
        | { __typename: 'Tag', urn: string, type: EntityType }
        | { __typename: 'VersionSet', urn: string, type: EntityType }
      > }> } | null };

export type SearchQueryVariables = Exact<{
  query: string;
  start: number;
  count: number;
  filters?: Array<FacetFilterInput> | FacetFilterInput | null | undefined;
  sort?: SearchSortInput | null | undefined;
}>;


export type SearchQuery = { __typename: 'Query', searchAcrossEntities: { __typename: 'SearchResults', start: number, count: number, total: number, searchResults: Array<{ __typename: 'SearchResult', entity:
        | (
          { __typename: 'Container', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_Container_Fragment': EntityListItem_Container_Fragment } }
        )
        | (
          { __typename: 'CorpGroup', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_CorpGroup_Fragment': EntityListItem_CorpGroup_Fragment } }
        )
        | (
          { __typename: 'CorpUser', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_CorpUser_Fragment': EntityListItem_CorpUser_Fragment } }
        )
        | (
          { __typename: 'DataFlow', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataFlow_Fragment': EntityListItem_DataFlow_Fragment } }
        )
        | (
          { __typename: 'DataJob', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataJob_Fragment': EntityListItem_DataJob_Fragment } }
        )
        | (
          { __typename: 'DataPlatform', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatform_Fragment': EntityListItem_DataPlatform_Fragment } }
        )
        | (
          { __typename: 'DataPlatformInstance', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataPlatformInstance_Fragment': EntityListItem_DataPlatformInstance_Fragment } }
        )
        | (
          { __typename: 'DataProcessInstance', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataProcessInstance_Fragment': EntityListItem_DataProcessInstance_Fragment } }
        )
        | (
          { __typename: 'DataTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_DataTypeEntity_Fragment': EntityListItem_DataTypeEntity_Fragment } }
        )
        | (
          { __typename: 'Dataset', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_Dataset_Fragment': EntityListItem_Dataset_Fragment } }
        )
        | (
          { __typename: 'Domain', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_Domain_Fragment': EntityListItem_Domain_Fragment } }
        )
        | (
          { __typename: 'EntityTypeEntity', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_EntityTypeEntity_Fragment': EntityListItem_EntityTypeEntity_Fragment } }
        )
        | (
          { __typename: 'GlossaryNode', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryNode_Fragment': EntityListItem_GlossaryNode_Fragment } }
        )
        | (
          { __typename: 'GlossaryTerm', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_GlossaryTerm_Fragment': EntityListItem_GlossaryTerm_Fragment } }
        )
        | (
          { __typename: 'MLFeature', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlFeature_Fragment': EntityListItem_MlFeature_Fragment } }
        )
        | (
          { __typename: 'MLFeatureTable', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlFeatureTable_Fragment': EntityListItem_MlFeatureTable_Fragment } }
        )
        | (
          { __typename: 'MLModel', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlModel_Fragment': EntityListItem_MlModel_Fragment } }
        )
        | (
          { __typename: 'MLModelGroup', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlModelGroup_Fragment': EntityListItem_MlModelGroup_Fragment } }
        )
        | (
          { __typename: 'MLPrimaryKey', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_MlPrimaryKey_Fragment': EntityListItem_MlPrimaryKey_Fragment } }
        )
        | (
          { __typename: 'OrreryMlModelDeployment', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_OrreryMlModelDeployment_Fragment': EntityListItem_OrreryMlModelDeployment_Fragment } }
        )
        | (
          { __typename: 'StructuredPropertyEntity', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_StructuredPropertyEntity_Fragment': EntityListItem_StructuredPropertyEntity_Fragment } }
        )
        | (
          { __typename: 'Tag', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_Tag_Fragment': EntityListItem_Tag_Fragment } }
        )
        | (
          { __typename: 'VersionSet', urn: string }
          & { ' $fragmentRefs'?: { 'EntityListItem_VersionSet_Fragment': EntityListItem_VersionSet_Fragment } }
        )
      , matchedFields: Array<{ __typename: 'MatchedField', name: string, value: string }> }>, facets: Array<(
      { __typename: 'FacetMetadata' }
      & { ' $fragmentRefs'?: { 'FacetFieldsFragment': FacetFieldsFragment } }
    )> | null } | null };

export const PlatformFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<PlatformFieldsFragment, unknown>;
export const OwnersFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OwnersFieldsFragment, unknown>;
export const TagsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TagsFieldsFragment, unknown>;
export const PipelineHeaderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprecation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprecated"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PipelineHeaderFragment, unknown>;
export const TermsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TermsFieldsFragment, unknown>;
export const RelatedItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RelatedItemFragment, unknown>;
export const PipelineSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","name":{"kind":"Name","value":"orchestrator"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glossaryTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermsFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"tasks"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"IsPartOf","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"10"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineSummaryFragment, unknown>;
export const JobHeaderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprecation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprecated"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobHeaderFragment, unknown>;
export const JobSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","name":{"kind":"Name","value":"orchestrator"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glossaryTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputOutput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputDatasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outputDatasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputDatajobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"trains"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"TrainedBy","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"10"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<JobSummaryFragment, unknown>;
export const DatasetHeaderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatasetHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentContainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprecation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprecated"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DatasetHeaderFragment, unknown>;
export const DatasetSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatasetSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"lastModified"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glossaryTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermsFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"producedBy"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"DataProcessInstanceProduces","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"5"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"readBy"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"DataProcessInstanceConsumes","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"5"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"features"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"DerivedFrom","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"5"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetSummaryFragment, unknown>;
export const ExperimentHeaderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperimentHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentContainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprecation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprecated"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExperimentHeaderFragment, unknown>;
export const RunRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"durationMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mlTrainingRunProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outputUrls"}},{"kind":"Field","name":{"kind":"Name","value":"hyperParams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<RunRowFragment, unknown>;
export const ExperimentSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperimentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glossaryTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermsFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"recent"},"name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"5"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"searchResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExperimentSummaryFragment, unknown>;
export const FeatureHeaderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeatureHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"deprecation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprecated"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeatureHeaderFragment, unknown>;
export const FeatureSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeatureSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glossaryTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermsFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"usedBy"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"Consumes","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"10"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FeatureSummaryFragment, unknown>;
export const FeatureTableHeaderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeatureTableHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprecation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprecated"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeatureTableHeaderFragment, unknown>;
export const FeatureTableContentsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeatureTableContents"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mlFeatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mlPrimaryKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glossaryTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeatureTableContentsFragment, unknown>;
export const ModelHeaderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprecation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprecated"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelHeaderFragment, unknown>;
export const ModelSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastModified"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hyperParams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mlModelLineageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobs"}},{"kind":"Field","name":{"kind":"Name","value":"downstreamJobs"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isLatest"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glossaryTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermsFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"trainedBy"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"TrainedBy","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"10"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"usedBy"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"UsedBy","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"10"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ModelSummaryFragment, unknown>;
export const GroupHeaderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprecation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprecated"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupHeaderFragment, unknown>;
export const GroupSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastModified"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mlModelLineageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobs"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glossaryTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermsFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"memberCount"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"MemberOf","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"0"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groupRuns"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"TrainedBy","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"10"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GroupSummaryFragment, unknown>;
export const RunHeaderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"durationMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentContainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RunHeaderFragment, unknown>;
export const RunSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mlTrainingRunProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outputUrls"}},{"kind":"Field","name":{"kind":"Name","value":"hyperParams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"durationMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentContainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"inputs"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"DataProcessInstanceConsumes","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"5"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"models"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"TrainedBy","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"5"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RunSummaryFragment, unknown>;
export const EntityListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"runPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"runState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"tagProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"termProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"nodeProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"userProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"userEditable"},"name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"corpGroupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityListItemFragment, unknown>;
export const StructuredPropertiesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StructuredPropertiesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StructuredProperties"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"structuredProperty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StringValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stringValue"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numberValue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StructuredPropertiesFieldsFragment, unknown>;
export const DomainFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainAssociation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DomainFieldsFragment, unknown>;
export const ModelVersionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelVersionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isLatest"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sourceRun"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"TrainedBy","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"1"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ModelVersionRowFragment, unknown>;
export const FacetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FacetMetadata"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"aggregations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FacetFieldsFragment, unknown>;
export const CompareRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"durationMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mlTrainingRunProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hyperParams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentContainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompareRunsQuery, CompareRunsQueryVariables>;
export const CompareRunHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareRunHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"names"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orreryMetricHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompareRunHistoryQuery, CompareRunHistoryQueryVariables>;
export const EntityVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<EntityVersionQuery, EntityVersionQueryVariables>;
export const AddTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagAssociationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<AddTagMutation, AddTagMutationVariables>;
export const RemoveTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagAssociationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RemoveTagMutation, RemoveTagMutationVariables>;
export const CreateTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<CreateTagMutation, CreateTagMutationVariables>;
export const AddTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TermAssociationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<AddTermMutation, AddTermMutationVariables>;
export const RemoveTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TermAssociationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RemoveTermMutation, RemoveTermMutationVariables>;
export const AddOwnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddOwnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOwner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<AddOwnerMutation, AddOwnerMutationVariables>;
export const RemoveOwnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveOwnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOwner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RemoveOwnerMutation, RemoveOwnerMutationVariables>;
export const AssociationSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssociationSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoCompleteForMultiple"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssociationSuggestionsQuery, AssociationSuggestionsQueryVariables>;
export const PatchCustomPropertiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PatchCustomProperties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PatchEntityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patchEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<PatchCustomPropertiesMutation, PatchCustomPropertiesMutationVariables>;
export const UpdateDescriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDescription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DescriptionUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDescription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<UpdateDescriptionMutation, UpdateDescriptionMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"corpUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platformPrivileges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageTags"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const PipelinePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelinePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineHeader"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PipelineSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprecation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprecated"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PipelineSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","name":{"kind":"Name","value":"orchestrator"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glossaryTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermsFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"tasks"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"IsPartOf","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"10"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PipelinePageQuery, PipelinePageQueryVariables>;
export const PipelineTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","alias":{"kind":"Name","value":"tasks"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"IsPartOf","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityListItem"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"runPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"runState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"tagProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"termProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"nodeProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"userProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"userEditable"},"name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"corpGroupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PipelineTasksQuery, PipelineTasksQueryVariables>;
export const JobInputsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobInputs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"inputOutput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputDatasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityListItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputDatajobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityListItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"runPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"runState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"tagProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"termProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"nodeProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"userProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"userEditable"},"name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"corpGroupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobInputsQuery, JobInputsQueryVariables>;
export const JobOutputsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobOutputs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"inputOutput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outputDatasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityListItem"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"downstreamJobs"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"DownstreamOf","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityListItem"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"runPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"runState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"tagProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"termProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"nodeProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"userProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"userEditable"},"name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"corpGroupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobOutputsQuery, JobOutputsQueryVariables>;
export const JobPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobHeader"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprecation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprecated"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","name":{"kind":"Name","value":"orchestrator"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glossaryTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputOutput"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputDatasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outputDatasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputDatajobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"trains"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"TrainedBy","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"10"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobPageQuery, JobPageQueryVariables>;
export const JobRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<JobRunsQuery, JobRunsQueryVariables>;
export const FlowRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FlowRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","alias":{"kind":"Name","value":"tasks"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"IsPartOf","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"20"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FlowRunsQuery, FlowRunsQueryVariables>;
export const DatasetPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DatasetHeader"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DatasetSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatasetHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentContainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprecation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprecated"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatasetSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"lastModified"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glossaryTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermsFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"producedBy"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"DataProcessInstanceProduces","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"5"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"readBy"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"DataProcessInstanceConsumes","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"5"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"features"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"DerivedFrom","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"5"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DatasetPageQuery, DatasetPageQueryVariables>;
export const DatasetSchemaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetSchema"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"schemaMetadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldPath"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"nativeDataType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"nullable"}},{"kind":"Field","name":{"kind":"Name","value":"isPartOfKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editableSchemaMetadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editableSchemaFieldInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldPath"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DatasetSchemaQuery, DatasetSchemaQueryVariables>;
export const DatasetStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"datasetProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"columnCount"}},{"kind":"Field","name":{"kind":"Name","value":"sizeInBytes"}},{"kind":"Field","name":{"kind":"Name","value":"partitionSpec"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldProfiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldPath"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueCount"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueProportion"}},{"kind":"Field","name":{"kind":"Name","value":"nullCount"}},{"kind":"Field","name":{"kind":"Name","value":"nullProportion"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"sampleValues"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"usageStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topSqlQueries"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"aggregations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uniqueUserCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalSqlQueries"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"userEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldName"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdatedTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"customOperationType"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"numAffectedRows"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetStatsQuery, DatasetStatsQueryVariables>;
export const DeploymentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orreryMlModelDeployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeploymentPageQuery, DeploymentPageQueryVariables>;
export const DomainPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DomainPageQuery, DomainPageQueryVariables>;
export const DomainAssetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainAssets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchAcrossEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"query"},"value":{"kind":"StringValue","value":"*","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"filters"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"StringValue","value":"domains","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"values"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"urn"}}]}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"searchResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityListItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"runPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"runState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"tagProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"termProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"nodeProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"userProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"userEditable"},"name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"corpGroupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DomainAssetsQuery, DomainAssetsQueryVariables>;
export const ExperimentEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExperimentEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"container"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"searchResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunRow"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"durationMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mlTrainingRunProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outputUrls"}},{"kind":"Field","name":{"kind":"Name","value":"hyperParams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExperimentEntitiesQuery, ExperimentEntitiesQueryVariables>;
export const ExperimentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExperimentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"container"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExperimentHeader"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExperimentSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperimentHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentContainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprecation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprecated"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperimentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glossaryTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermsFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"recent"},"name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"5"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"searchResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExperimentPageQuery, ExperimentPageQueryVariables>;
export const ExperimentRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExperimentRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrreryRunSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"container"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"orreryRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"runsInExperiment"}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"runs"}},{"kind":"Field","name":{"kind":"Name","value":"varies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"durationMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mlTrainingRunProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outputUrls"}},{"kind":"Field","name":{"kind":"Name","value":"hyperParams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<ExperimentRunsQuery, ExperimentRunsQueryVariables>;
export const ExperimentOtherAssetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExperimentOtherAssets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"container"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","alias":{"kind":"Name","value":"others"},"name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"50"}},{"kind":"ObjectField","name":{"kind":"Name","value":"filters"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"StringValue","value":"_entityType","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"values"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"MLMODEL","block":false},{"kind":"StringValue","value":"MLMODEL_GROUP","block":false},{"kind":"StringValue","value":"DATASET","block":false},{"kind":"StringValue","value":"MLFEATURE","block":false},{"kind":"StringValue","value":"MLFEATURE_TABLE","block":false},{"kind":"StringValue","value":"MLPRIMARY_KEY","block":false},{"kind":"StringValue","value":"CONTAINER","block":false}]}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"searchResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExperimentOtherAssetsQuery, ExperimentOtherAssetsQueryVariables>;
export const FeatureDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeatureDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mlFeature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"orreryDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"featureAlgorithm"}},{"kind":"Field","name":{"kind":"Name","value":"sourceColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"datasetUrn"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldPath"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeatureDetailsQuery, FeatureDetailsQueryVariables>;
export const FeaturePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeaturePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mlFeature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeatureHeader"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeatureSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeatureHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"deprecation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprecated"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeatureSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glossaryTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermsFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"usedBy"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"Consumes","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"10"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeaturePageQuery, FeaturePageQueryVariables>;
export const FeatureTablePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeatureTablePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mlFeatureTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeatureTableHeader"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeatureTableContents"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeatureTableHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprecation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprecated"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeatureTableContents"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mlFeatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mlPrimaryKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glossaryTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermsFields"}}]}}]}}]} as unknown as DocumentNode<FeatureTablePageQuery, FeatureTablePageQueryVariables>;
export const GlossaryNodePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlossaryNodePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"glossaryNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GlossaryNodePageQuery, GlossaryNodePageQueryVariables>;
export const GlossaryNodeChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlossaryNodeChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"glossaryNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","alias":{"kind":"Name","value":"children"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"IsPartOf","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityListItem"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"runPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"runState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"tagProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"termProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"nodeProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"userProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"userEditable"},"name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"corpGroupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GlossaryNodeChildrenQuery, GlossaryNodeChildrenQueryVariables>;
export const GlossaryTermPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlossaryTermPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"glossaryTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"termSource"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GlossaryTermPageQuery, GlossaryTermPageQueryVariables>;
export const GroupPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"corpGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"members"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"IsMemberOfGroup","block":false},{"kind":"StringValue","value":"IsMemberOfNativeGroup","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"30"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupPageQuery, GroupPageQueryVariables>;
export const ModelFeatureUrnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelFeatureUrns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mlModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mlFeatures"}}]}}]}}]}}]} as unknown as DocumentNode<ModelFeatureUrnsQuery, ModelFeatureUrnsQueryVariables>;
export const ModelFeaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelFeatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"runPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"runState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"tagProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"termProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"nodeProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"userProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"userEditable"},"name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"corpGroupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelFeaturesQuery, ModelFeaturesQueryVariables>;
export const ModelGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mlModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"versions"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"MemberOf","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelVersionRow"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelVersionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isLatest"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sourceRun"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"TrainedBy","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"1"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelGroupsQuery, ModelGroupsQueryVariables>;
export const ModelPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mlModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelHeader"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprecation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprecated"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastModified"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hyperParams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mlModelLineageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobs"}},{"kind":"Field","name":{"kind":"Name","value":"downstreamJobs"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isLatest"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glossaryTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermsFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"trainedBy"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"TrainedBy","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"10"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"usedBy"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"UsedBy","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"10"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelPageQuery, ModelPageQueryVariables>;
export const ModelServingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelServing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serving"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deployments"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mlModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"orreryServing"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serving"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servingEndpoint"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storage"}},{"kind":"Field","name":{"kind":"Name","value":"imageRepository"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orreryDeployments"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deployments"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"exists"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelServingQuery, ModelServingQueryVariables>;
export const ModelGroupModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelGroupModels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mlModelGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","alias":{"kind":"Name","value":"versions"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"MemberOf","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"500"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelVersionRow"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelVersionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isLatest"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sourceRun"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"TrainedBy","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"1"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelGroupModelsQuery, ModelGroupModelsQueryVariables>;
export const ModelGroupPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelGroupPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mlModelGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupHeader"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprecation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deprecated"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastModified"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mlModelLineageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJobs"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glossaryTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermsFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"memberCount"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"MemberOf","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"0"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groupRuns"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"TrainedBy","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"10"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelGroupPageQuery, ModelGroupPageQueryVariables>;
export const PrimaryKeyPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrimaryKeyPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mlPrimaryKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"glossaryTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermsFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"tables"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"KeyedBy","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mlFeatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PrimaryKeyPageQuery, PrimaryKeyPageQueryVariables>;
export const RunMetricSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunMetricSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataProcessInstance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"orreryMetricHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}}]}}]}}]}}]} as unknown as DocumentNode<RunMetricSeriesQuery, RunMetricSeriesQueryVariables>;
export const RunMetricPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunMetricPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"names"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataProcessInstance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"orreryMetricHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunMetricPointsQuery, RunMetricPointsQueryVariables>;
export const RunPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataProcessInstance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunHeader"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlatformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"relatedState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlatformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"durationMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentContainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"customProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mlTrainingRunProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outputUrls"}},{"kind":"Field","name":{"kind":"Name","value":"hyperParams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"durationMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentContainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"inputs"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"DataProcessInstanceConsumes","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"5"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"models"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"TrainedBy","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"5"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedItem"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunPageQuery, RunPageQueryVariables>;
export const RunAboutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunAbout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataProcessInstance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"orreryDescription"}},{"kind":"Field","name":{"kind":"Name","value":"orreryOwnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orreryTags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TagsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orreryGlossaryTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TagsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlobalTags"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerms"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunAboutQuery, RunAboutQueryVariables>;
export const AssetContainerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssetContainer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"container"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"container"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssetContainerQuery, AssetContainerQueryVariables>;
export const EntityHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"field"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}},{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}},{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"field"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"aspects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aspect"}},{"kind":"Field","name":{"kind":"Name","value":"storedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityHistoryQuery, EntityHistoryQueryVariables>;
export const HistoryNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HistoryNamesQuery, HistoryNamesQueryVariables>;
export const AssetPropertiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssetProperties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"structuredProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructuredPropertiesFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"structuredProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructuredPropertiesFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"structuredProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructuredPropertiesFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"structuredProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructuredPropertiesFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"structuredProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructuredPropertiesFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"structuredProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructuredPropertiesFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"structuredProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructuredPropertiesFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"structuredProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructuredPropertiesFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainAssociation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StructuredPropertiesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StructuredProperties"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"structuredProperty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StringValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stringValue"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NumberValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numberValue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssetPropertiesQuery, AssetPropertiesQueryVariables>;
export const TagPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TagPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"colorHex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnersFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ownership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TagPageQuery, TagPageQueryVariables>;
export const UserPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"corpUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"aboutMe"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groups"},"name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"IsMemberOfGroup","block":false},{"kind":"StringValue","value":"IsMemberOfNativeGroup","block":false}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"20"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UserPageQuery, UserPageQueryVariables>;
export const OrreryInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrreryInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orreryInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"extensions"}}]}}]}}]} as unknown as DocumentNode<OrreryInfoQuery, OrreryInfoQueryVariables>;
export const ImpactSubjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpactSubject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"runPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"runState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"tagProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"termProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"nodeProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"userProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"userEditable"},"name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"corpGroupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImpactSubjectQuery, ImpactSubjectQueryVariables>;
export const LineageListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LineageLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upCount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"downCount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntityWithRelationships"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"upstream"},"name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"UPSTREAM"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upCount"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityListItem"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"downstream"},"name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DOWNSTREAM"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"downCount"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityListItem"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"runPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"runState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"tagProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"termProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"nodeProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"userProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"userEditable"},"name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"corpGroupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LineageListsQuery, LineageListsQueryVariables>;
export const LineageGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LineageGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LineageGraphInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineageGraph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"truncatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"maxNodes"}},{"kind":"Field","name":{"kind":"Name","value":"maxEdges"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamCount"}},{"kind":"Field","name":{"kind":"Name","value":"downstreamCount"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamExplored"}},{"kind":"Field","name":{"kind":"Name","value":"downstreamExplored"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityListItem"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"runPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"runState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"tagProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"termProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"nodeProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"userProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"userEditable"},"name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"corpGroupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LineageGraphQuery, LineageGraphQueryVariables>;
export const ExperimentGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExperimentGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"container"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runs"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"searchResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"upstream"},"name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"UPSTREAM"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perRun"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"downstream"},"name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DOWNSTREAM"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perRun"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExperimentGraphQuery, ExperimentGraphQueryVariables>;
export const ExperimentGraphEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExperimentGraphEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urns"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"urns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityListItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"runPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"runState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"tagProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"termProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"nodeProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"userProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"userEditable"},"name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"corpGroupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExperimentGraphEntitiesQuery, ExperimentGraphEntitiesQueryVariables>;
export const ImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Impact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchAcrossLineageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchAcrossLineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"searchResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityListItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"runPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"runState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"tagProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"termProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"nodeProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"userProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"userEditable"},"name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"corpGroupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImpactQuery, ImpactQueryVariables>;
export const AssetCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssetCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FacetFilterInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchAcrossEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"query"},"value":{"kind":"StringValue","value":"*","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"orFilters"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"and"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<AssetCountQuery, AssetCountQueryVariables>;
export const SearchFacetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchFacet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FacetFilterInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchAcrossEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"orFilters"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"and"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FacetMetadata"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"aggregations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchFacetQuery, SearchFacetQueryVariables>;
export const HomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getEntityCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MLMODEL_GROUP"},{"kind":"EnumValue","value":"MLMODEL"},{"kind":"EnumValue","value":"CONTAINER"},{"kind":"EnumValue","value":"DATA_PROCESS_INSTANCE"},{"kind":"EnumValue","value":"DATASET"},{"kind":"EnumValue","value":"MLFEATURE"},{"kind":"EnumValue","value":"MLFEATURE_TABLE"},{"kind":"EnumValue","value":"DATA_FLOW"},{"kind":"EnumValue","value":"DATA_JOB"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchAcrossEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"query"},"value":{"kind":"StringValue","value":"*","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"12"}},{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MLMODEL_GROUP"},{"kind":"EnumValue","value":"MLMODEL"},{"kind":"EnumValue","value":"CONTAINER"},{"kind":"EnumValue","value":"DATA_PROCESS_INSTANCE"},{"kind":"EnumValue","value":"DATASET"},{"kind":"EnumValue","value":"MLFEATURE"},{"kind":"EnumValue","value":"MLFEATURE_TABLE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"searchResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityListItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"runPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"runState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"tagProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"termProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"nodeProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"userProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"userEditable"},"name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"corpGroupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const AutocompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Autocomplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoCompleteForMultiple"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AutocompleteQuery, AutocompleteQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FacetFilterInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchSortInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchAcrossEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"orFilters"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"and"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}}]}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"sortInput"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"searchResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityListItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"modelProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionTag"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLModelGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"groupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Container"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typeNames"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataProcessInstance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"runPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"runState"},"name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestampMillis"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultType"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLFeatureTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MLPrimaryKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"featureNamespace"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"tagProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"termProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"nodeProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","alias":{"kind":"Name","value":"userProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"userEditable"},"name":{"kind":"Name","value":"editableProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"corpGroupProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataFlow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","alias":{"kind":"Name","value":"flowPlatform"},"name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"flowProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","alias":{"kind":"Name","value":"jobProperties"},"name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FacetMetadata"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"aggregations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GlossaryTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorpGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataPlatform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;