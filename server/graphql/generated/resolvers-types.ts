import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRef, ContainerPropertiesParent, DataProcessInstancePropertiesParent, DatasetPropertiesParent, MLFeaturePropertiesParent, MLFeatureTablePropertiesParent, MLModelGroupPropertiesParent, MLModelPropertiesParent, MLPrimaryKeyPropertiesParent, MLTrainingRunPropertiesParent, SchemaMetadataParent, VersionPropertiesParent, FeatureSourceColumn, DeploymentParent, DomainAssociationParent, DataFlowPropertiesParent, DataJobPropertiesParent, DataJobInputOutputParent, StructuredPropertiesEntryParent, BooleanBoxParent, FloatBoxParent, IntBoxParent, StringBoxParent } from '../parents';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  Long: { input: number; output: number; }
};

export type AddOwnerInput = {
  ownerEntityType: OwnerEntityType;
  ownerUrn: Scalars['String']['input'];
  ownershipTypeUrn?: InputMaybe<Scalars['String']['input']>;
  resourceUrn: Scalars['String']['input'];
  /** @deprecated Field no longer supported */
  type?: InputMaybe<OwnershipType>;
};

export type AddOwnersInput = {
  owners: Array<OwnerInput>;
  resourceUrn: Scalars['String']['input'];
};

export type AddTagsInput = {
  resourceUrn: Scalars['String']['input'];
  subResource?: InputMaybe<Scalars['String']['input']>;
  subResourceType?: InputMaybe<SubResourceType>;
  tagUrns: Array<Scalars['String']['input']>;
};

export type AddTermsInput = {
  resourceUrn: Scalars['String']['input'];
  subResource?: InputMaybe<Scalars['String']['input']>;
  subResourceType?: InputMaybe<SubResourceType>;
  termUrns: Array<Scalars['String']['input']>;
};

export type AggregationMetadata = {
  __typename?: 'AggregationMetadata';
  count: Scalars['Long']['output'];
  displayName?: Maybe<Scalars['String']['output']>;
  entity?: Maybe<Entity>;
  value: Scalars['String']['output'];
};

export type AllowedValue = {
  __typename?: 'AllowedValue';
  description?: Maybe<Scalars['String']['output']>;
  value: PropertyValue;
};

export type AndFilterInput = {
  and?: InputMaybe<Array<FacetFilterInput>>;
};

export type Aspect = {
  version?: Maybe<Scalars['Long']['output']>;
};

/** Orrery extension: what one change did to one aspect. */
export type AspectChange = {
  __typename?: 'AspectChange';
  /** Orrery extension: the aspect's name (`editableMlModelProperties`, `globalTags`, …). */
  aspect: Scalars['String']['output'];
  /** Orrery extension: the fields it changed. */
  fields: Array<FieldChange>;
  /** Orrery extension: the stored version of the aspect this change produced (0 is the current value). */
  storedVersion: Scalars['Int']['output'];
};

export type AuditStamp = {
  __typename?: 'AuditStamp';
  actor?: Maybe<Scalars['String']['output']>;
  time: Scalars['Long']['output'];
};

export type AuthenticatedUser = {
  __typename?: 'AuthenticatedUser';
  corpUser: CorpUser;
  /**
   * Orrery extension: the signed-in principal's role (reader, editor, ingest or admin); the web app
   * offers editing to editors and admins.
   */
  orreryRole: Scalars['String']['output'];
  platformPrivileges: PlatformPrivileges;
};

export type AutoCompleteInput = {
  field?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<Array<FacetFilterInput>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orFilters?: InputMaybe<Array<AndFilterInput>>;
  query: Scalars['String']['input'];
  type?: InputMaybe<EntityType>;
};

export type AutoCompleteMultipleInput = {
  field?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<Array<FacetFilterInput>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  orFilters?: InputMaybe<Array<AndFilterInput>>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};

export type AutoCompleteMultipleResults = {
  __typename?: 'AutoCompleteMultipleResults';
  query: Scalars['String']['output'];
  suggestions: Array<AutoCompleteResultForEntity>;
};

export type AutoCompleteResultForEntity = {
  __typename?: 'AutoCompleteResultForEntity';
  entities: Array<Entity>;
  suggestions: Array<Scalars['String']['output']>;
  type: EntityType;
};

export type AutoCompleteResults = {
  __typename?: 'AutoCompleteResults';
  entities: Array<Entity>;
  query: Scalars['String']['output'];
  suggestions: Array<Scalars['String']['output']>;
};

export type BatchAddTagsInput = {
  resources: Array<ResourceRefInput>;
  tagUrns: Array<Scalars['String']['input']>;
};

export type BatchAddTermsInput = {
  resources: Array<InputMaybe<ResourceRefInput>>;
  termUrns: Array<Scalars['String']['input']>;
};

export type BatchRemoveTagsInput = {
  resources: Array<InputMaybe<ResourceRefInput>>;
  tagUrns: Array<Scalars['String']['input']>;
};

export type BatchRemoveTermsInput = {
  resources: Array<InputMaybe<ResourceRefInput>>;
  termUrns: Array<Scalars['String']['input']>;
};

export type BooleanBox = {
  __typename?: 'BooleanBox';
  booleanValue: Scalars['Boolean']['output'];
};

export type BrowsePathEntry = {
  __typename?: 'BrowsePathEntry';
  entity?: Maybe<Entity>;
  name: Scalars['String']['output'];
};

export type BrowsePathV2 = {
  __typename?: 'BrowsePathV2';
  path: Array<BrowsePathEntry>;
};

export type Container = Entity & {
  __typename?: 'Container';
  browsePathV2?: Maybe<BrowsePathV2>;
  container?: Maybe<Container>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  deprecation?: Maybe<Deprecation>;
  editableProperties?: Maybe<ContainerEditableProperties>;
  entities?: Maybe<SearchResults>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  lastIngested?: Maybe<Scalars['Long']['output']>;
  /**
   * Orrery extension: the container's training runs filtered, ordered and paged on the server, with
   * MLflow's syntax; every run of the experiment is considered, not a page of them (at most 50,000
   * runs; an experiment with more is a BAD_USER_INPUT error). Listed in `orreryInfo.extensions` as
   * `orreryRuns`.
   */
  orreryRuns?: Maybe<OrreryRunSearchResult>;
  ownership?: Maybe<Ownership>;
  parentContainers?: Maybe<ParentContainersResult>;
  platform: DataPlatform;
  properties?: Maybe<ContainerProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<Status>;
  subTypes?: Maybe<SubTypes>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type ContainerentitiesArgs = {
  input?: InputMaybe<ContainerEntitiesInput>;
};


export type ContainerorreryRunsArgs = {
  input?: InputMaybe<OrreryRunSearchInput>;
};


export type ContainerrelationshipsArgs = {
  input: RelationshipsInput;
};

export type ContainerEditableProperties = {
  __typename?: 'ContainerEditableProperties';
  description?: Maybe<Scalars['String']['output']>;
};

export type ContainerEntitiesInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  filters?: InputMaybe<Array<FacetFilterInput>>;
  query?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type ContainerProperties = {
  __typename?: 'ContainerProperties';
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  description?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  qualifiedName?: Maybe<Scalars['String']['output']>;
};

export type CorpGroup = Entity & {
  __typename?: 'CorpGroup';
  exists?: Maybe<Scalars['Boolean']['output']>;
  name: Scalars['String']['output'];
  properties?: Maybe<CorpGroupProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type CorpGrouprelationshipsArgs = {
  input: RelationshipsInput;
};

export type CorpGroupProperties = {
  __typename?: 'CorpGroupProperties';
  description?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
};

export type CorpUser = Entity & {
  __typename?: 'CorpUser';
  editableProperties?: Maybe<CorpUserEditableProperties>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  properties?: Maybe<CorpUserProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
  username: Scalars['String']['output'];
};


export type CorpUserrelationshipsArgs = {
  input: RelationshipsInput;
};

export type CorpUserEditableProperties = {
  __typename?: 'CorpUserEditableProperties';
  aboutMe?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  pictureLink?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

export type CorpUserProperties = {
  __typename?: 'CorpUserProperties';
  active: Scalars['Boolean']['output'];
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  displayName?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  firstName?: Maybe<Scalars['String']['output']>;
  fullName?: Maybe<Scalars['String']['output']>;
  lastName?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

export type CreateTagInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CustomPropertiesEntry = {
  __typename?: 'CustomPropertiesEntry';
  associatedUrn: Scalars['String']['output'];
  key: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

export type DataFlow = Entity & EntityWithRelationships & {
  __typename?: 'DataFlow';
  browsePathV2?: Maybe<BrowsePathV2>;
  cluster: Scalars['String']['output'];
  container?: Maybe<Container>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  deprecation?: Maybe<Deprecation>;
  domain?: Maybe<DomainAssociation>;
  editableProperties?: Maybe<DataFlowEditableProperties>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  flowId: Scalars['String']['output'];
  glossaryTerms?: Maybe<GlossaryTerms>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  lastIngested?: Maybe<Scalars['Long']['output']>;
  lineage?: Maybe<EntityLineageResult>;
  lineageFeatures?: Maybe<LineageFeatures>;
  orchestrator: Scalars['String']['output'];
  ownership?: Maybe<Ownership>;
  parentContainers?: Maybe<ParentContainersResult>;
  platform: DataPlatform;
  properties?: Maybe<DataFlowProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DataFlowlineageArgs = {
  input: LineageInput;
};


export type DataFlowrelationshipsArgs = {
  input: RelationshipsInput;
};

export type DataFlowEditableProperties = {
  __typename?: 'DataFlowEditableProperties';
  description?: Maybe<Scalars['String']['output']>;
};

export type DataFlowProperties = {
  __typename?: 'DataFlowProperties';
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  description?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  project?: Maybe<Scalars['String']['output']>;
};

export type DataJob = Entity & EntityWithRelationships & {
  __typename?: 'DataJob';
  browsePathV2?: Maybe<BrowsePathV2>;
  container?: Maybe<Container>;
  dataFlow?: Maybe<DataFlow>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  deprecation?: Maybe<Deprecation>;
  domain?: Maybe<DomainAssociation>;
  editableProperties?: Maybe<DataJobEditableProperties>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  inputOutput?: Maybe<DataJobInputOutput>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  jobId: Scalars['String']['output'];
  lastIngested?: Maybe<Scalars['Long']['output']>;
  lineage?: Maybe<EntityLineageResult>;
  lineageFeatures?: Maybe<LineageFeatures>;
  ownership?: Maybe<Ownership>;
  parentContainers?: Maybe<ParentContainersResult>;
  properties?: Maybe<DataJobProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  runs?: Maybe<DataProcessInstanceResult>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  subTypes?: Maybe<SubTypes>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DataJoblineageArgs = {
  input: LineageInput;
};


export type DataJobrelationshipsArgs = {
  input: RelationshipsInput;
};


export type DataJobrunsArgs = {
  count?: InputMaybe<Scalars['Int']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type DataJobEditableProperties = {
  __typename?: 'DataJobEditableProperties';
  description?: Maybe<Scalars['String']['output']>;
};

export type DataJobInputOutput = {
  __typename?: 'DataJobInputOutput';
  /** @deprecated Field no longer supported */
  inputDatajobs?: Maybe<Array<DataJob>>;
  /** @deprecated Field no longer supported */
  inputDatasets?: Maybe<Array<Dataset>>;
  /** @deprecated Field no longer supported */
  outputDatasets?: Maybe<Array<Dataset>>;
};

export type DataJobProperties = {
  __typename?: 'DataJobProperties';
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  description?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type DataPlatform = Entity & {
  __typename?: 'DataPlatform';
  /** @deprecated Field no longer supported */
  displayName?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  properties?: Maybe<DataPlatformProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DataPlatformrelationshipsArgs = {
  input: RelationshipsInput;
};

export type DataPlatformInstance = Entity & {
  __typename?: 'DataPlatformInstance';
  instanceId: Scalars['String']['output'];
  platform: DataPlatform;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DataPlatformInstancerelationshipsArgs = {
  input: RelationshipsInput;
};

export type DataPlatformProperties = {
  __typename?: 'DataPlatformProperties';
  datasetNameDelimiter: Scalars['String']['output'];
  displayName?: Maybe<Scalars['String']['output']>;
  logoUrl?: Maybe<Scalars['String']['output']>;
  type: PlatformType;
};

export type DataProcessInstance = Entity & EntityWithRelationships & {
  __typename?: 'DataProcessInstance';
  container?: Maybe<Container>;
  /** @deprecated Use `properties.created` */
  created?: Maybe<AuditStamp>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  lineage?: Maybe<EntityLineageResult>;
  lineageFeatures?: Maybe<LineageFeatures>;
  mlTrainingRunProperties?: Maybe<MLTrainingRunProperties>;
  /** @deprecated Use `properties.name` */
  name?: Maybe<Scalars['String']['output']>;
  /**
   * Orrery extension: the run's description: the one a person wrote (`updateDescription` takes a run's
   * urn), else the source's (MLflow's run note, the tag `mlflow.note.content`). Listed in
   * `orreryInfo.extensions` as `runAbout`, with the three fields below.
   */
  orreryDescription?: Maybe<Scalars['String']['output']>;
  /** Orrery extension: the run's glossary terms (DataHub's `glossaryTerms` aspect). */
  orreryGlossaryTerms?: Maybe<GlossaryTerms>;
  /**
   * Orrery extension: every logged point of the run's metrics (DataHub keeps one value per metric, in
   * `mlTrainingRunProperties.trainingMetrics`), ordered by metric name; `names` keeps only those metrics.
   * Null when no history was recorded. Listed in `orreryInfo.extensions` as `orreryMetricHistory`.
   */
  orreryMetricHistory?: Maybe<Array<OrreryMetricSeries>>;
  /** Orrery extension: the run's owners (DataHub's `ownership` aspect, which it has no field for on runs). */
  orreryOwnership?: Maybe<Ownership>;
  /** Orrery extension: the run's tags (DataHub's `globalTags` aspect). */
  orreryTags?: Maybe<GlobalTags>;
  parentContainers?: Maybe<ParentContainersResult>;
  parentTemplate?: Maybe<Entity>;
  platform?: Maybe<DataPlatform>;
  properties?: Maybe<DataProcessInstanceProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  state?: Maybe<Array<Maybe<DataProcessRunEvent>>>;
  status?: Maybe<Status>;
  subTypes?: Maybe<SubTypes>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DataProcessInstancelineageArgs = {
  input: LineageInput;
};


export type DataProcessInstanceorreryMetricHistoryArgs = {
  names?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type DataProcessInstancerelationshipsArgs = {
  input: RelationshipsInput;
};


export type DataProcessInstancestateArgs = {
  endTimeMillis?: InputMaybe<Scalars['Long']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  startTimeMillis?: InputMaybe<Scalars['Long']['input']>;
};

export type DataProcessInstanceProperties = {
  __typename?: 'DataProcessInstanceProperties';
  created: AuditStamp;
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type DataProcessInstanceResult = {
  __typename?: 'DataProcessInstanceResult';
  count?: Maybe<Scalars['Int']['output']>;
  runs?: Maybe<Array<Maybe<DataProcessInstance>>>;
  start?: Maybe<Scalars['Int']['output']>;
  total?: Maybe<Scalars['Int']['output']>;
};

export type DataProcessInstanceRunResult = {
  __typename?: 'DataProcessInstanceRunResult';
  nativeResultType?: Maybe<Scalars['String']['output']>;
  resultType?: Maybe<DataProcessInstanceRunResultType>;
};

export type DataProcessInstanceRunResultType =
  | 'FAILURE'
  | 'SKIPPED'
  | 'SUCCESS'
  | 'UP_FOR_RETRY';

export type DataProcessRunEvent = TimeSeriesAspect & {
  __typename?: 'DataProcessRunEvent';
  attempt?: Maybe<Scalars['Int']['output']>;
  durationMillis?: Maybe<Scalars['Long']['output']>;
  result?: Maybe<DataProcessInstanceRunResult>;
  status?: Maybe<DataProcessRunStatus>;
  timestampMillis: Scalars['Long']['output'];
};

export type DataProcessRunStatus =
  | 'COMPLETE'
  | 'STARTED';

export type DataTypeEntity = Entity & {
  __typename?: 'DataTypeEntity';
  info: DataTypeInfo;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DataTypeEntityrelationshipsArgs = {
  input: RelationshipsInput;
};

export type DataTypeInfo = {
  __typename?: 'DataTypeInfo';
  description?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  qualifiedName: Scalars['String']['output'];
  type: StdDataType;
};

export type Dataset = Entity & EntityWithRelationships & SupportsVersions & {
  __typename?: 'Dataset';
  browsePathV2?: Maybe<BrowsePathV2>;
  container?: Maybe<Container>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  datasetProfiles?: Maybe<Array<DatasetProfile>>;
  deprecation?: Maybe<Deprecation>;
  domain?: Maybe<DomainAssociation>;
  editableProperties?: Maybe<DatasetEditableProperties>;
  editableSchemaMetadata?: Maybe<EditableSchemaMetadata>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  lastIngested?: Maybe<Scalars['Long']['output']>;
  lineage?: Maybe<EntityLineageResult>;
  lineageFeatures?: Maybe<LineageFeatures>;
  name: Scalars['String']['output'];
  operations?: Maybe<Array<Operation>>;
  ownership?: Maybe<Ownership>;
  parentContainers?: Maybe<ParentContainersResult>;
  platform: DataPlatform;
  properties?: Maybe<DatasetProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  schemaMetadata?: Maybe<SchemaMetadata>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  subTypes?: Maybe<SubTypes>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
  usageStats?: Maybe<UsageQueryResult>;
  versionProperties?: Maybe<VersionProperties>;
};


export type DatasetdatasetProfilesArgs = {
  endTimeMillis?: InputMaybe<Scalars['Long']['input']>;
  filter?: InputMaybe<FilterInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  startTimeMillis?: InputMaybe<Scalars['Long']['input']>;
};


export type DatasetlineageArgs = {
  input: LineageInput;
};


export type DatasetoperationsArgs = {
  endTimeMillis?: InputMaybe<Scalars['Long']['input']>;
  filter?: InputMaybe<FilterInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  startTimeMillis?: InputMaybe<Scalars['Long']['input']>;
};


export type DatasetrelationshipsArgs = {
  input: RelationshipsInput;
};


export type DatasetschemaMetadataArgs = {
  version?: InputMaybe<Scalars['Long']['input']>;
};


export type DatasetusageStatsArgs = {
  range?: InputMaybe<TimeRange>;
  resource?: InputMaybe<Scalars['String']['input']>;
  startTimeMillis?: InputMaybe<Scalars['Long']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type DatasetEditableProperties = {
  __typename?: 'DatasetEditableProperties';
  description?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type DatasetFieldProfile = {
  __typename?: 'DatasetFieldProfile';
  distinctValueFrequencies?: Maybe<Array<ValueFrequency>>;
  fieldPath: Scalars['String']['output'];
  max?: Maybe<Scalars['String']['output']>;
  mean?: Maybe<Scalars['String']['output']>;
  median?: Maybe<Scalars['String']['output']>;
  min?: Maybe<Scalars['String']['output']>;
  nullCount?: Maybe<Scalars['Long']['output']>;
  nullProportion?: Maybe<Scalars['Float']['output']>;
  quantiles?: Maybe<Array<Quantile>>;
  sampleValues?: Maybe<Array<Scalars['String']['output']>>;
  stdev?: Maybe<Scalars['String']['output']>;
  uniqueCount?: Maybe<Scalars['Long']['output']>;
  uniqueProportion?: Maybe<Scalars['Float']['output']>;
};

export type DatasetProfile = TimeSeriesAspect & {
  __typename?: 'DatasetProfile';
  columnCount?: Maybe<Scalars['Long']['output']>;
  fieldProfiles?: Maybe<Array<DatasetFieldProfile>>;
  partitionSpec?: Maybe<PartitionSpec>;
  rowCount?: Maybe<Scalars['Long']['output']>;
  sizeInBytes?: Maybe<Scalars['Long']['output']>;
  timestampMillis: Scalars['Long']['output'];
};

export type DatasetProperties = {
  __typename?: 'DatasetProperties';
  created?: Maybe<Scalars['Long']['output']>;
  createdActor?: Maybe<Scalars['String']['output']>;
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  description?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  lastModified: AuditStamp;
  /** @deprecated Field no longer supported */
  lastModifiedActor?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  origin: FabricType;
  qualifiedName?: Maybe<Scalars['String']['output']>;
};

export type Deprecation = {
  __typename?: 'Deprecation';
  actor?: Maybe<Scalars['String']['output']>;
  actorEntity?: Maybe<Entity>;
  decommissionTime?: Maybe<Scalars['Long']['output']>;
  deprecated: Scalars['Boolean']['output'];
  note?: Maybe<Scalars['String']['output']>;
  replacement?: Maybe<Entity>;
};

export type DescriptionUpdateInput = {
  description: Scalars['String']['input'];
  /**
   * Orrery extension: the description the person started editing from (the one shown: the edited one,
   * else the ingested one; "" for none). When given and the stored description is different by now,
   * nothing is written and the mutation fails with code CONFLICT, whose extensions carry the current
   * text, who wrote it and when, so the person can choose. Omit it to overwrite unconditionally (as
   * DataHub does).
   */
  expectedDescription?: InputMaybe<Scalars['String']['input']>;
  resourceUrn: Scalars['String']['input'];
  subResource?: InputMaybe<Scalars['String']['input']>;
  subResourceType?: InputMaybe<SubResourceType>;
};

export type Domain = Entity & {
  __typename?: 'Domain';
  entities?: Maybe<SearchResults>;
  id: Scalars['String']['output'];
  institutionalMemory?: Maybe<InstitutionalMemory>;
  ownership?: Maybe<Ownership>;
  parentDomains?: Maybe<ParentDomainsResult>;
  properties?: Maybe<DomainProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  structuredProperties?: Maybe<StructuredProperties>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DomainentitiesArgs = {
  input?: InputMaybe<DomainEntitiesInput>;
};


export type DomainrelationshipsArgs = {
  input: RelationshipsInput;
};

export type DomainAssociation = {
  __typename?: 'DomainAssociation';
  associatedUrn: Scalars['String']['output'];
  domain: Domain;
};

export type DomainEntitiesInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  filters?: InputMaybe<Array<FacetFilterInput>>;
  query?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type DomainProperties = {
  __typename?: 'DomainProperties';
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type EditableSchemaFieldInfo = {
  __typename?: 'EditableSchemaFieldInfo';
  description?: Maybe<Scalars['String']['output']>;
  fieldPath: Scalars['String']['output'];
  /** @deprecated Field no longer supported */
  globalTags?: Maybe<GlobalTags>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  tags?: Maybe<GlobalTags>;
};

export type EditableSchemaMetadata = {
  __typename?: 'EditableSchemaMetadata';
  editableSchemaFieldInfo: Array<EditableSchemaFieldInfo>;
};

export type Entity = {
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type EntityrelationshipsArgs = {
  input: RelationshipsInput;
};

/** Orrery extension: one change of an entity: the aspects one actor wrote at one moment. */
export type EntityChange = {
  __typename?: 'EntityChange';
  /** Orrery extension: who wrote it (a corpuser urn). */
  actor: Scalars['String']['output'];
  /** Orrery extension: what it changed, aspect by aspect. */
  aspects: Array<AspectChange>;
  /** Orrery extension: true when this change bumped the major version. */
  major: Scalars['Boolean']['output'];
  /** Orrery extension: when it was written (epoch milliseconds). */
  timestampMillis: Scalars['Long']['output'];
  /**
   * Orrery extension: the entity's version after this change, numbered as OpenMetadata numbers ML
   * model versions (0.1 first; +0.1 a change; +1.0 for a model's algorithm, serving endpoint or target).
   */
  version: Scalars['String']['output'];
};

export type EntityCountInput = {
  types?: InputMaybe<Array<EntityType>>;
};

export type EntityCountResult = {
  __typename?: 'EntityCountResult';
  count: Scalars['Int']['output'];
  entityType: EntityType;
};

export type EntityCountResults = {
  __typename?: 'EntityCountResults';
  counts?: Maybe<Array<EntityCountResult>>;
};

/** Orrery extension: an entity's change history, newest first. */
export type EntityHistory = {
  __typename?: 'EntityHistory';
  /** Orrery extension: this page of changes, newest first. */
  changes: Array<EntityChange>;
  /** Orrery extension: how many changes match (before paging). */
  total: Scalars['Int']['output'];
  /** Orrery extension: the entity's urn. */
  urn: Scalars['String']['output'];
  /** Orrery extension: the entity's current version (see EntityChange.version). */
  version: Scalars['String']['output'];
};

export type EntityLineageResult = {
  __typename?: 'EntityLineageResult';
  count?: Maybe<Scalars['Int']['output']>;
  filtered?: Maybe<Scalars['Int']['output']>;
  relationships: Array<LineageRelationship>;
  start?: Maybe<Scalars['Int']['output']>;
  total?: Maybe<Scalars['Int']['output']>;
};

export type EntityPath = {
  __typename?: 'EntityPath';
  path: Array<Maybe<Entity>>;
};

export type EntityRelationship = {
  __typename?: 'EntityRelationship';
  created?: Maybe<AuditStamp>;
  direction: RelationshipDirection;
  entity?: Maybe<Entity>;
  type: Scalars['String']['output'];
};

export type EntityRelationshipsResult = {
  __typename?: 'EntityRelationshipsResult';
  count?: Maybe<Scalars['Int']['output']>;
  relationships: Array<EntityRelationship>;
  start?: Maybe<Scalars['Int']['output']>;
  total?: Maybe<Scalars['Int']['output']>;
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

export type EntityTypeEntity = Entity & {
  __typename?: 'EntityTypeEntity';
  info: EntityTypeInfo;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type EntityTypeEntityrelationshipsArgs = {
  input: RelationshipsInput;
};

export type EntityTypeInfo = {
  __typename?: 'EntityTypeInfo';
  description?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  qualifiedName: Scalars['String']['output'];
  type: EntityType;
};

export type EntityWithRelationships = {
  lineage?: Maybe<EntityLineageResult>;
  lineageFeatures?: Maybe<LineageFeatures>;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type EntityWithRelationshipslineageArgs = {
  input: LineageInput;
};


export type EntityWithRelationshipsrelationshipsArgs = {
  input: RelationshipsInput;
};

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
  condition?: InputMaybe<FilterOperator>;
  field: Scalars['String']['input'];
  negated?: InputMaybe<Scalars['Boolean']['input']>;
  /** @deprecated Prefer `values` for single elements */
  value?: InputMaybe<Scalars['String']['input']>;
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type FacetMetadata = {
  __typename?: 'FacetMetadata';
  aggregations: Array<AggregationMetadata>;
  displayName?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

/** Orrery extension: one field's change within a change of an entity. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** Orrery extension: the value after, as JSON (null when removed). */
  after?: Maybe<Scalars['String']['output']>;
  /** Orrery extension: the value before, as JSON (null when added). */
  before?: Maybe<Scalars['String']['output']>;
  /** Orrery extension: ADDED, REMOVED or UPDATED. */
  change: Scalars['String']['output'];
  /** Orrery extension: the field (`description`, `tags`, `customProperties.team`, …). */
  field: Scalars['String']['output'];
};

export type FieldUsageCounts = {
  __typename?: 'FieldUsageCounts';
  count?: Maybe<Scalars['Int']['output']>;
  fieldName?: Maybe<Scalars['String']['output']>;
};

export type FilterInput = {
  and: Array<FacetFilterInput>;
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

export type FloatBox = {
  __typename?: 'FloatBox';
  floatValue: Scalars['Float']['output'];
};

export type GlobalTags = {
  __typename?: 'GlobalTags';
  tags?: Maybe<Array<TagAssociation>>;
};

export type GlossaryNode = Entity & {
  __typename?: 'GlossaryNode';
  exists?: Maybe<Scalars['Boolean']['output']>;
  ownership?: Maybe<Ownership>;
  parentNodes?: Maybe<ParentNodesResult>;
  properties?: Maybe<GlossaryNodeProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type GlossaryNoderelationshipsArgs = {
  input: RelationshipsInput;
};

export type GlossaryNodeProperties = {
  __typename?: 'GlossaryNodeProperties';
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type GlossaryTerm = Entity & {
  __typename?: 'GlossaryTerm';
  domain?: Maybe<DomainAssociation>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  hierarchicalName: Scalars['String']['output'];
  /** @deprecated Field no longer supported */
  name: Scalars['String']['output'];
  ownership?: Maybe<Ownership>;
  parentNodes?: Maybe<ParentNodesResult>;
  properties?: Maybe<GlossaryTermProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type GlossaryTermrelationshipsArgs = {
  input: RelationshipsInput;
};

export type GlossaryTermAssociation = {
  __typename?: 'GlossaryTermAssociation';
  actor?: Maybe<CorpUser>;
  associatedUrn: Scalars['String']['output'];
  context?: Maybe<Scalars['String']['output']>;
  term: GlossaryTerm;
};

export type GlossaryTermProperties = {
  __typename?: 'GlossaryTermProperties';
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  /** @deprecated Field no longer supported */
  definition: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  sourceRef?: Maybe<Scalars['String']['output']>;
  sourceUrl?: Maybe<Scalars['String']['output']>;
  termSource: Scalars['String']['output'];
};

export type GlossaryTerms = {
  __typename?: 'GlossaryTerms';
  terms?: Maybe<Array<GlossaryTermAssociation>>;
};

export type HyperParameterMap = {
  __typename?: 'HyperParameterMap';
  key: Scalars['String']['output'];
  value: HyperParameterValueType;
};

export type HyperParameterValueType = BooleanBox | FloatBox | IntBox | StringBox;

export type InstitutionalMemory = {
  __typename?: 'InstitutionalMemory';
  elements: Array<InstitutionalMemoryMetadata>;
};

export type InstitutionalMemoryMetadata = {
  __typename?: 'InstitutionalMemoryMetadata';
  associatedUrn: Scalars['String']['output'];
  /** @deprecated Use `actor` */
  author: CorpUser;
  created: AuditStamp;
  /** @deprecated Field no longer supported */
  description: Scalars['String']['output'];
  label: Scalars['String']['output'];
  updated?: Maybe<AuditStamp>;
  url: Scalars['String']['output'];
};

export type IntBox = {
  __typename?: 'IntBox';
  intValue: Scalars['Int']['output'];
};

export type KeyValueSchema = {
  __typename?: 'KeyValueSchema';
  keySchema: Scalars['String']['output'];
  valueSchema: Scalars['String']['output'];
};

export type LineageDirection =
  | 'DOWNSTREAM'
  | 'UPSTREAM';

export type LineageFeatures = {
  __typename?: 'LineageFeatures';
  computedAt: AuditStamp;
  downstreamCount: Scalars['Int']['output'];
  upstreamCount: Scalars['Int']['output'];
};

/** Orrery extension: a lineage subgraph around a focus entity. */
export type LineageGraph = {
  __typename?: 'LineageGraph';
  /**
   * Orrery extension: every lineage edge between returned nodes (each once), from upstream to
   * downstream, including edges the walk did not follow.
   */
  edges: Array<LineageGraphEdge>;
  /** Orrery extension: the focus entity's urn. */
  focus: Scalars['String']['output'];
  /** Orrery extension: the edge cap that applied. */
  maxEdges: Scalars['Int']['output'];
  /** Orrery extension: the node cap that applied. */
  maxNodes: Scalars['Int']['output'];
  /** Orrery extension: the nodes reached, the focus first, then by hops from it, then by urn. */
  nodes: Array<LineageGraphNode>;
  /**
   * Orrery extension: true when a cap (nodes, edges, the relationships one request may read, or
   * hops of an expansion) stopped the walk or an expansion early, so some lineage is left out.
   */
  truncated: Scalars['Boolean']['output'];
  /** Orrery extension: the caps that cut the graph short, empty when `truncated` is false. */
  truncatedBy: Array<LineageGraphCap>;
};

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

/** Orrery extension: one lineage edge, from the upstream node to the downstream one. */
export type LineageGraphEdge = {
  __typename?: 'LineageGraphEdge';
  /** Orrery extension: the upstream node's urn. */
  source: Scalars['String']['output'];
  /** Orrery extension: the downstream node's urn. */
  target: Scalars['String']['output'];
  /**
   * Orrery extension: DataHub's relationship name (`TrainedBy`, `MemberOf`, …), or `Indirect` when the
   * edge stands for a path through nodes the type filter hides.
   */
  type: Scalars['String']['output'];
};

/** Orrery extension: one node to expand, and which way. */
export type LineageGraphExpandInput = {
  /** Orrery extension: which neighbours to add. */
  direction: LineageDirection;
  /** Orrery extension: the node to expand. */
  urn: Scalars['String']['input'];
};

/**
 * Orrery extension: which part of the lineage graph around a focus entity to return. DataHub's
 * `searchAcrossLineage` pages through the entities reached (with degree and paths) but not the edges
 * between them; a graph view needs both in one request.
 */
export type LineageGraphInput = {
  /** Orrery extension: hops to walk downstream from the focus (0–5). */
  downstreamHops?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Orrery extension: nodes whose neighbours in one direction are added one hop further, beyond the
   * hop limits (what a person expanded in the graph); at most 200. With `types`, an expansion goes on
   * through hidden neighbours until it reaches kept nodes or dead ends (at most 10 hops each, 400 for
   * all expansions of a request). Applied in order, so an expansion may name a node an earlier one
   * added; a node not in the graph is skipped.
   */
  expand?: InputMaybe<Array<LineageGraphExpandInput>>;
  /**
   * Orrery extension: the most edges to return (1–20,000; default 10,000). Edges come in node order
   * (the focus's first), so the cap keeps those among the nearest nodes.
   */
  maxEdges?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Orrery extension: the most nodes to walk, the focus and nodes hidden by `types` included
   * (1–5,000; default 2,000). The nearest nodes are kept when the cap cuts the walk.
   */
  maxNodes?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Orrery extension: keep only nodes of these types (the focus is always kept; null or empty keeps
   * all). The walk still goes through the other types; a kept node then gets an edge of type
   * `Indirect` to each kept node downstream of it through hidden nodes only, unless a direct edge joins
   * them already.
   */
  types?: InputMaybe<Array<EntityType>>;
  /** Orrery extension: hops to walk upstream from the focus (0–5). */
  upstreamHops?: InputMaybe<Scalars['Int']['input']>;
  /** Orrery extension: the focus entity. An unknown or soft-deleted one gives a null graph. */
  urn: Scalars['String']['input'];
};

/** Orrery extension: one node of a lineage subgraph. */
export type LineageGraphNode = {
  __typename?: 'LineageGraphNode';
  /**
   * Orrery extension: hops from the focus (0 for the focus); a node added by an expansion is one hop
   * further than the node expanded.
   */
  degree: Scalars['Int']['output'];
  /**
   * Orrery extension: on which side of the focus the node was reached (null for the focus). A node
   * reachable both ways keeps the side found first (the nearer one; upstream on a tie). A node added by
   * expanding another keeps that node's side, or the expansion's direction when the focus was expanded.
   */
  direction?: Maybe<LineageDirection>;
  /** Orrery extension: how many downstream neighbours the node has in the catalog (all types). */
  downstreamCount: Scalars['Int']['output'];
  /**
   * Orrery extension: false when expanding the node downstream would reveal something (as for
   * `upstreamExplored`).
   */
  downstreamExplored: Scalars['Boolean']['output'];
  /** Orrery extension: the entity itself. */
  entity?: Maybe<Entity>;
  /**
   * Orrery extension: how many upstream lineage neighbours the node has in the catalog (all types,
   * soft-deleted ones left out).
   */
  upstreamCount: Scalars['Int']['output'];
  /**
   * Orrery extension: false when expanding the node upstream would reveal something: some upstream
   * neighbour is not among the nodes walked, or (with `types`) is a hidden node whose own upstream
   * is not fully explored.
   */
  upstreamExplored: Scalars['Boolean']['output'];
  /** Orrery extension: the node's urn. */
  urn: Scalars['String']['output'];
};

export type LineageInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  direction: LineageDirection;
  endTimeMillis?: InputMaybe<Scalars['Long']['input']>;
  includeGhostEntities?: InputMaybe<Scalars['Boolean']['input']>;
  separateSiblings?: InputMaybe<Scalars['Boolean']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
  startTimeMillis?: InputMaybe<Scalars['Long']['input']>;
};

export type LineageRelationship = {
  __typename?: 'LineageRelationship';
  createdActor?: Maybe<Entity>;
  createdOn?: Maybe<Scalars['Long']['output']>;
  degree: Scalars['Int']['output'];
  entity?: Maybe<Entity>;
  isManual?: Maybe<Scalars['Boolean']['output']>;
  paths?: Maybe<Array<Maybe<EntityPath>>>;
  type: Scalars['String']['output'];
  updatedActor?: Maybe<Entity>;
  updatedOn?: Maybe<Scalars['Long']['output']>;
};

export type MLFeature = Entity & EntityWithRelationships & {
  __typename?: 'MLFeature';
  browsePathV2?: Maybe<BrowsePathV2>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  dataType?: Maybe<MLFeatureDataType>;
  deprecation?: Maybe<Deprecation>;
  description?: Maybe<Scalars['String']['output']>;
  domain?: Maybe<DomainAssociation>;
  editableProperties?: Maybe<MLFeatureEditableProperties>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  featureNamespace: Scalars['String']['output'];
  /** @deprecated Field no longer supported */
  featureProperties?: Maybe<MLFeatureProperties>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  lastIngested?: Maybe<Scalars['Long']['output']>;
  lineage?: Maybe<EntityLineageResult>;
  lineageFeatures?: Maybe<LineageFeatures>;
  name: Scalars['String']['output'];
  /**
   * Orrery extension: the feature's algorithm and its source columns (null when none are recorded).
   * Listed in `orreryInfo.extensions` as `mlFeatureDetails`.
   */
  orreryDetails?: Maybe<OrreryMlFeatureDetails>;
  ownership?: Maybe<Ownership>;
  properties?: Maybe<MLFeatureProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type MLFeaturelineageArgs = {
  input: LineageInput;
};


export type MLFeaturerelationshipsArgs = {
  input: RelationshipsInput;
};

export type MLFeatureDataType =
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

export type MLFeatureEditableProperties = {
  __typename?: 'MLFeatureEditableProperties';
  description?: Maybe<Scalars['String']['output']>;
};

export type MLFeatureProperties = {
  __typename?: 'MLFeatureProperties';
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  dataType?: Maybe<MLFeatureDataType>;
  description?: Maybe<Scalars['String']['output']>;
  sources?: Maybe<Array<Maybe<Dataset>>>;
  version?: Maybe<VersionTag>;
};

export type MLFeatureTable = Entity & EntityWithRelationships & {
  __typename?: 'MLFeatureTable';
  browsePathV2?: Maybe<BrowsePathV2>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  deprecation?: Maybe<Deprecation>;
  description?: Maybe<Scalars['String']['output']>;
  domain?: Maybe<DomainAssociation>;
  editableProperties?: Maybe<MLFeatureTableEditableProperties>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  /** @deprecated Field no longer supported */
  featureTableProperties?: Maybe<MLFeatureTableProperties>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  lastIngested?: Maybe<Scalars['Long']['output']>;
  lineage?: Maybe<EntityLineageResult>;
  lineageFeatures?: Maybe<LineageFeatures>;
  name: Scalars['String']['output'];
  ownership?: Maybe<Ownership>;
  platform: DataPlatform;
  properties?: Maybe<MLFeatureTableProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type MLFeatureTablelineageArgs = {
  input: LineageInput;
};


export type MLFeatureTablerelationshipsArgs = {
  input: RelationshipsInput;
};

export type MLFeatureTableEditableProperties = {
  __typename?: 'MLFeatureTableEditableProperties';
  description?: Maybe<Scalars['String']['output']>;
};

export type MLFeatureTableProperties = {
  __typename?: 'MLFeatureTableProperties';
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  description?: Maybe<Scalars['String']['output']>;
  mlFeatures?: Maybe<Array<Maybe<MLFeature>>>;
  mlPrimaryKeys?: Maybe<Array<Maybe<MLPrimaryKey>>>;
};

export type MLHyperParam = {
  __typename?: 'MLHyperParam';
  createdAt?: Maybe<Scalars['Long']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

export type MLMetric = {
  __typename?: 'MLMetric';
  createdAt?: Maybe<Scalars['Long']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

export type MLModel = Entity & EntityWithRelationships & SupportsVersions & {
  __typename?: 'MLModel';
  browsePathV2?: Maybe<BrowsePathV2>;
  /**
   * Orrery extension: the container (project, catalog schema, …) the model belongs to, as DataHub's
   * `container` aspect says. Listed in `orreryInfo.extensions` as `mlModelContainer`.
   */
  container?: Maybe<Container>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  deprecation?: Maybe<Deprecation>;
  description?: Maybe<Scalars['String']['output']>;
  domain?: Maybe<DomainAssociation>;
  editableProperties?: Maybe<MLModelEditableProperties>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  /** @deprecated Field no longer supported */
  globalTags?: Maybe<GlobalTags>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  lastIngested?: Maybe<Scalars['Long']['output']>;
  lineage?: Maybe<EntityLineageResult>;
  lineageFeatures?: Maybe<LineageFeatures>;
  name: Scalars['String']['output'];
  origin: FabricType;
  /**
   * Orrery extension: the model's deployments (its `mlModelProperties.deployments`, the `DeployedTo`
   * relationship), in the order given. Listed in `orreryInfo.extensions` as `mlModelDeployments`.
   */
  orreryDeployments: Array<OrreryMlModelDeployment>;
  /**
   * Orrery extension: serving endpoint, target, model store and performance dashboard (null when none
   * is recorded). Listed in `orreryInfo.extensions` as `mlModelServing`.
   */
  orreryServing?: Maybe<OrreryMlModelServing>;
  ownership?: Maybe<Ownership>;
  platform: DataPlatform;
  properties?: Maybe<MLModelProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
  versionProperties?: Maybe<VersionProperties>;
};


export type MLModellineageArgs = {
  input: LineageInput;
};


export type MLModelrelationshipsArgs = {
  input: RelationshipsInput;
};

export type MLModelEditableProperties = {
  __typename?: 'MLModelEditableProperties';
  description?: Maybe<Scalars['String']['output']>;
};

export type MLModelGroup = Entity & EntityWithRelationships & {
  __typename?: 'MLModelGroup';
  browsePathV2?: Maybe<BrowsePathV2>;
  /**
   * Orrery extension: the container the model group belongs to (DataHub's `container` aspect).
   * Listed in `orreryInfo.extensions` as `mlModelContainer`.
   */
  container?: Maybe<Container>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  deprecation?: Maybe<Deprecation>;
  description?: Maybe<Scalars['String']['output']>;
  domain?: Maybe<DomainAssociation>;
  editableProperties?: Maybe<MLModelGroupEditableProperties>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  lastIngested?: Maybe<Scalars['Long']['output']>;
  lineage?: Maybe<EntityLineageResult>;
  lineageFeatures?: Maybe<LineageFeatures>;
  name: Scalars['String']['output'];
  origin: FabricType;
  ownership?: Maybe<Ownership>;
  platform: DataPlatform;
  properties?: Maybe<MLModelGroupProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type MLModelGrouplineageArgs = {
  input: LineageInput;
};


export type MLModelGrouprelationshipsArgs = {
  input: RelationshipsInput;
};

export type MLModelGroupEditableProperties = {
  __typename?: 'MLModelGroupEditableProperties';
  description?: Maybe<Scalars['String']['output']>;
};

export type MLModelGroupProperties = {
  __typename?: 'MLModelGroupProperties';
  created?: Maybe<AuditStamp>;
  /** @deprecated Use `created` instead */
  createdAt?: Maybe<Scalars['Long']['output']>;
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  description?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  lastModified?: Maybe<AuditStamp>;
  mlModelLineageInfo?: Maybe<MLModelLineageInfo>;
  name?: Maybe<Scalars['String']['output']>;
  version?: Maybe<VersionTag>;
};

export type MLModelLineageInfo = {
  __typename?: 'MLModelLineageInfo';
  downstreamJobs?: Maybe<Array<Scalars['String']['output']>>;
  trainingJobs?: Maybe<Array<Scalars['String']['output']>>;
};

export type MLModelProperties = {
  __typename?: 'MLModelProperties';
  created?: Maybe<AuditStamp>;
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  /** @deprecated Use `created` instead */
  date?: Maybe<Scalars['Long']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  groups?: Maybe<Array<Maybe<MLModelGroup>>>;
  hyperParameters?: Maybe<HyperParameterMap>;
  hyperParams?: Maybe<Array<Maybe<MLHyperParam>>>;
  lastModified?: Maybe<AuditStamp>;
  mlFeatures?: Maybe<Array<Scalars['String']['output']>>;
  mlModelLineageInfo?: Maybe<MLModelLineageInfo>;
  name?: Maybe<Scalars['String']['output']>;
  tags?: Maybe<Array<Scalars['String']['output']>>;
  trainingMetrics?: Maybe<Array<Maybe<MLMetric>>>;
  type?: Maybe<Scalars['String']['output']>;
  version?: Maybe<Scalars['String']['output']>;
};

export type MLPrimaryKey = Entity & EntityWithRelationships & {
  __typename?: 'MLPrimaryKey';
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  dataType?: Maybe<MLFeatureDataType>;
  deprecation?: Maybe<Deprecation>;
  description?: Maybe<Scalars['String']['output']>;
  domain?: Maybe<DomainAssociation>;
  editableProperties?: Maybe<MLPrimaryKeyEditableProperties>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  featureNamespace: Scalars['String']['output'];
  glossaryTerms?: Maybe<GlossaryTerms>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  lastIngested?: Maybe<Scalars['Long']['output']>;
  lineage?: Maybe<EntityLineageResult>;
  lineageFeatures?: Maybe<LineageFeatures>;
  name: Scalars['String']['output'];
  ownership?: Maybe<Ownership>;
  /** @deprecated Field no longer supported */
  primaryKeyProperties?: Maybe<MLPrimaryKeyProperties>;
  properties?: Maybe<MLPrimaryKeyProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type MLPrimaryKeylineageArgs = {
  input: LineageInput;
};


export type MLPrimaryKeyrelationshipsArgs = {
  input: RelationshipsInput;
};

export type MLPrimaryKeyEditableProperties = {
  __typename?: 'MLPrimaryKeyEditableProperties';
  description?: Maybe<Scalars['String']['output']>;
};

export type MLPrimaryKeyProperties = {
  __typename?: 'MLPrimaryKeyProperties';
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  dataType?: Maybe<MLFeatureDataType>;
  description?: Maybe<Scalars['String']['output']>;
  sources?: Maybe<Array<Maybe<Dataset>>>;
  version?: Maybe<VersionTag>;
};

export type MLTrainingRunProperties = {
  __typename?: 'MLTrainingRunProperties';
  hyperParams?: Maybe<Array<Maybe<MLHyperParam>>>;
  id?: Maybe<Scalars['String']['output']>;
  outputUrls?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  trainingMetrics?: Maybe<Array<Maybe<MLMetric>>>;
};

export type MatchedField = {
  __typename?: 'MatchedField';
  entity?: Maybe<Entity>;
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addOwner?: Maybe<Scalars['Boolean']['output']>;
  addOwners?: Maybe<Scalars['Boolean']['output']>;
  addTag?: Maybe<Scalars['Boolean']['output']>;
  addTags?: Maybe<Scalars['Boolean']['output']>;
  addTerm?: Maybe<Scalars['Boolean']['output']>;
  addTerms?: Maybe<Scalars['Boolean']['output']>;
  batchAddTags?: Maybe<Scalars['Boolean']['output']>;
  batchAddTerms?: Maybe<Scalars['Boolean']['output']>;
  batchRemoveTags?: Maybe<Scalars['Boolean']['output']>;
  batchRemoveTerms?: Maybe<Scalars['Boolean']['output']>;
  createTag?: Maybe<Scalars['String']['output']>;
  patchEntities: Array<PatchEntityResult>;
  patchEntity: PatchEntityResult;
  removeOwner?: Maybe<Scalars['Boolean']['output']>;
  removeTag?: Maybe<Scalars['Boolean']['output']>;
  removeTerm?: Maybe<Scalars['Boolean']['output']>;
  updateDescription?: Maybe<Scalars['Boolean']['output']>;
  updateName?: Maybe<Scalars['Boolean']['output']>;
};


export type MutationaddOwnerArgs = {
  input: AddOwnerInput;
};


export type MutationaddOwnersArgs = {
  input: AddOwnersInput;
};


export type MutationaddTagArgs = {
  input: TagAssociationInput;
};


export type MutationaddTagsArgs = {
  input: AddTagsInput;
};


export type MutationaddTermArgs = {
  input: TermAssociationInput;
};


export type MutationaddTermsArgs = {
  input: AddTermsInput;
};


export type MutationbatchAddTagsArgs = {
  input: BatchAddTagsInput;
};


export type MutationbatchAddTermsArgs = {
  input: BatchAddTermsInput;
};


export type MutationbatchRemoveTagsArgs = {
  input: BatchRemoveTagsInput;
};


export type MutationbatchRemoveTermsArgs = {
  input: BatchRemoveTermsInput;
};


export type MutationcreateTagArgs = {
  input: CreateTagInput;
};


export type MutationpatchEntitiesArgs = {
  input: Array<PatchEntityInput>;
};


export type MutationpatchEntityArgs = {
  input: PatchEntityInput;
};


export type MutationremoveOwnerArgs = {
  input: RemoveOwnerInput;
};


export type MutationremoveTagArgs = {
  input: TagAssociationInput;
};


export type MutationremoveTermArgs = {
  input: TermAssociationInput;
};


export type MutationupdateDescriptionArgs = {
  input: DescriptionUpdateInput;
};


export type MutationupdateNameArgs = {
  input: UpdateNameInput;
};

export type NumberValue = {
  __typename?: 'NumberValue';
  numberValue: Scalars['Float']['output'];
};

export type Operation = TimeSeriesAspect & {
  __typename?: 'Operation';
  actor?: Maybe<Scalars['String']['output']>;
  affectedDatasets?: Maybe<Array<Scalars['String']['output']>>;
  customOperationType?: Maybe<Scalars['String']['output']>;
  customProperties?: Maybe<Array<StringMapEntry>>;
  lastUpdatedTimestamp: Scalars['Long']['output'];
  numAffectedRows?: Maybe<Scalars['Long']['output']>;
  operationType: OperationType;
  partition?: Maybe<Scalars['String']['output']>;
  sourceType?: Maybe<OperationSourceType>;
  timestampMillis: Scalars['Long']['output'];
};

export type OperationSourceType =
  | 'DATA_PLATFORM'
  | 'DATA_PROCESS';

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

/** Orrery extension: one source of a feature: a column of a dataset (or a named input with no dataset). */
export type OrreryFeatureSourceColumn = {
  __typename?: 'OrreryFeatureSourceColumn';
  /** Orrery extension: the column's name as the source gave it. */
  column?: Maybe<Scalars['String']['output']>;
  /** Orrery extension: the column's data type as the source gave it (integer, string, timestamp, …). */
  dataType?: Maybe<Scalars['String']['output']>;
  /** Orrery extension: that dataset, when it is in the catalog. */
  dataset?: Maybe<Dataset>;
  /** Orrery extension: the urn of the dataset holding the column (null when none was given). */
  datasetUrn?: Maybe<Scalars['String']['output']>;
  /** Orrery extension: the source's description. */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * Orrery extension: the dataset's schema field this column is (its `fieldPath`), when the dataset's
   * schema has it; null otherwise.
   */
  fieldPath?: Maybe<Scalars['String']['output']>;
};

/** Orrery extension: what this server is and which schema extensions it implements. */
export type OrreryInfo = {
  __typename?: 'OrreryInfo';
  /** Orrery extension: names of the extensions this server implements. */
  extensions: Array<Scalars['String']['output']>;
  /** Orrery extension: server version. */
  version: Scalars['String']['output'];
};

/** Orrery extension: one logged value of a run's metric. */
export type OrreryMetricPoint = {
  __typename?: 'OrreryMetricPoint';
  /** Orrery extension: the training step it was logged at (MLflow's step; 0 when none was given). */
  step?: Maybe<Scalars['Long']['output']>;
  /** Orrery extension: when it was logged (epoch milliseconds). */
  timestampMillis?: Maybe<Scalars['Long']['output']>;
  /** Orrery extension: the value (NaN and infinite values are not kept). */
  value: Scalars['Float']['output'];
};

/** Orrery extension: the history of one metric of a run, by step then time. */
export type OrreryMetricSeries = {
  __typename?: 'OrreryMetricSeries';
  /** Orrery extension: the metric's name (MLflow keys may contain `/`, e.g. `train/loss`). */
  name: Scalars['String']['output'];
  /**
   * Orrery extension: the points, at most 10,000; a longer history is down-sampled evenly, keeping its
   * first and last points.
   */
  points: Array<OrreryMetricPoint>;
  /** Orrery extension: how many points the source logged (more than `points` when down-sampled). */
  totalPoints?: Maybe<Scalars['Int']['output']>;
};

/**
 * Orrery extension: what DataHub's MLFeatureProperties does not record about a feature: the algorithm
 * that computes it and the columns it is computed from (DataHub's `sources` name datasets only). The
 * `orreryMlFeatureDetails` aspect.
 */
export type OrreryMlFeatureDetails = {
  __typename?: 'OrreryMlFeatureDetails';
  /** Orrery extension: how the feature is computed from its sources (e.g. PCA, bucketing). */
  featureAlgorithm?: Maybe<Scalars['String']['output']>;
  /** Orrery extension: the source columns, in the order given. */
  sourceColumns: Array<OrreryFeatureSourceColumn>;
};

/** Orrery extension: the performance dashboard of an ML model. */
export type OrreryMlModelDashboard = {
  __typename?: 'OrreryMlModelDashboard';
  /** Orrery extension: the dashboard's name as shown. */
  name?: Maybe<Scalars['String']['output']>;
  /** Orrery extension: its fully qualified name in the catalog it came from. */
  qualifiedName?: Maybe<Scalars['String']['output']>;
  /** Orrery extension: a link to it, as given. */
  url?: Maybe<Scalars['String']['output']>;
};

/**
 * Orrery extension: where a model is deployed (DataHub's `mlModelDeployment` entity and its
 * `mlModelDeploymentProperties` aspect), e.g. a SageMaker endpoint. The urn is kept even when the
 * catalog holds nothing about the deployment; `exists` says whether it does. An entity of the catalog
 * (found by search, read with `orreryMlModelDeployment`), whose `type` is DataHub's `OTHER`, as DataHub's
 * schema has no type for it.
 */
export type OrreryMlModelDeployment = Entity & {
  __typename?: 'OrreryMlModelDeployment';
  /** Orrery extension: whether the catalog holds the deployment (a model may name one it has not ingested). */
  exists: Scalars['Boolean']['output'];
  /**
   * Orrery extension: the models deployed to it: those whose `mlModelProperties.deployments` name it,
   * by its urn or, as DataHub's SageMaker source writes it, by the urn of its ARN (the
   * `EndpointArn` custom property of the endpoint), ordered by urn.
   */
  models: Array<MLModel>;
  /** Orrery extension: the deployment's name (from its urn). */
  name: Scalars['String']['output'];
  /** Orrery extension: the environment (fabric) from its urn. */
  origin?: Maybe<FabricType>;
  /** Orrery extension: the deployment's owners. */
  ownership?: Maybe<Ownership>;
  /** Orrery extension: the platform that serves it. */
  platform?: Maybe<DataPlatform>;
  /** Orrery extension: the deployment's properties (null when none are recorded). */
  properties?: Maybe<OrreryMlModelDeploymentProperties>;
  /**
   * Orrery extension: the deployment's relationships (incoming `DeployedTo` from the models it serves,
   * `OwnedBy`, `TaggedWith`, …), as on DataHub's entities.
   */
  relationships?: Maybe<EntityRelationshipsResult>;
  /** Orrery extension: whether the deployment is soft-deleted. */
  status?: Maybe<Status>;
  /** Orrery extension: the deployment's tags. */
  tags?: Maybe<GlobalTags>;
  /** Orrery extension: `OTHER` (DataHub's EntityType has no value for deployments). */
  type: EntityType;
  /** Orrery extension: the deployment's urn, `urn:li:mlModelDeployment:(<platform>,<name>,<origin>)`. */
  urn: Scalars['String']['output'];
};


/**
 * Orrery extension: where a model is deployed (DataHub's `mlModelDeployment` entity and its
 * `mlModelDeploymentProperties` aspect), e.g. a SageMaker endpoint. The urn is kept even when the
 * catalog holds nothing about the deployment; `exists` says whether it does. An entity of the catalog
 * (found by search, read with `orreryMlModelDeployment`), whose `type` is DataHub's `OTHER`, as DataHub's
 * schema has no type for it.
 */
export type OrreryMlModelDeploymentrelationshipsArgs = {
  input: RelationshipsInput;
};

/** Orrery extension: DataHub's `mlModelDeploymentProperties` aspect. */
export type OrreryMlModelDeploymentProperties = {
  __typename?: 'OrreryMlModelDeploymentProperties';
  /** Orrery extension: when the deployment was created (epoch milliseconds). */
  createdAt?: Maybe<Scalars['Long']['output']>;
  /** Orrery extension: the source's custom properties. */
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  /** Orrery extension: the deployment's documentation. */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * Orrery extension: a link to the deployment in its platform, as given; only an http(s) URL is
   * meant to be opened.
   */
  externalUrl?: Maybe<Scalars['String']['output']>;
  /** Orrery extension: the deployment's status. */
  status?: Maybe<OrreryDeploymentStatus>;
  /** Orrery extension: the version deployed. */
  version?: Maybe<VersionTag>;
};

/**
 * Orrery extension: where an ML model is served and stored, what it estimates and where its
 * performance is tracked: OpenMetadata's `server`, `target`, `mlStore` and `dashboard`, for which
 * DataHub's MLModelProperties has no field (the `orreryMlModelServing` aspect). The algorithm and the
 * hyper-parameters stay in DataHub's `properties.type` and `properties.hyperParams`.
 */
export type OrreryMlModelServing = {
  __typename?: 'OrreryMlModelServing';
  /** Orrery extension: the dashboard that tracks the model's performance. */
  dashboard?: Maybe<OrreryMlModelDashboard>;
  /**
   * Orrery extension: the endpoint that makes the model available (e.g. a REST API computing
   * predictions), as given; only an http(s) URL is meant to be opened.
   */
  servingEndpoint?: Maybe<Scalars['String']['output']>;
  /** Orrery extension: where the model's artifacts are kept. */
  store?: Maybe<OrreryMlModelStore>;
  /** Orrery extension: for supervised models, the value the model estimates. */
  target?: Maybe<Scalars['String']['output']>;
};

/** Orrery extension: the storage layer and the container repository that hold an ML model. */
export type OrreryMlModelStore = {
  __typename?: 'OrreryMlModelStore';
  /** Orrery extension: the container image repository with the model's image. */
  imageRepository?: Maybe<Scalars['String']['output']>;
  /** Orrery extension: URI of the model's data in a storage layer (e.g. `s3://…/model.pkl`). */
  storage?: Maybe<Scalars['String']['output']>;
};

/** Orrery extension: a metric or parameter the experiment's runs report. */
export type OrreryRunKey = {
  __typename?: 'OrreryRunKey';
  /** Orrery extension: METRIC or PARAM. */
  kind: Scalars['String']['output'];
  /** Orrery extension: the metric's or parameter's name. */
  name: Scalars['String']['output'];
  /** Orrery extension: how many of the experiment's runs report it. */
  runs: Scalars['Int']['output'];
  /** Orrery extension: its value differs between runs (a run without it counts as a different value). */
  varies: Scalars['Boolean']['output'];
};

/**
 * Orrery extension: which of an experiment's training runs to return, and in which order, in MLflow's
 * search syntax (`mlflow.search_runs(filter_string=…, order_by=…)`).
 */
export type OrreryRunSearchInput = {
  /** Orrery extension: how many runs to return (0–1,000). */
  count?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Orrery extension: MLflow's filter, e.g. `metrics.rmse < 3 and params.model = 'arima'` (clauses
   * joined by AND over metrics., params., tags., attributes. and datasets. keys; see docs/API.md).
   * Words without operators find runs whose name contains them. At most 2,000 characters and 40
   * clauses; a filter that does not parse is a BAD_USER_INPUT error giving the character where it went
   * wrong (`extensions.position`, `extensions.length`).
   */
  filter?: InputMaybe<Scalars['String']['input']>;
  /**
   * Orrery extension: MLflow's order_by, up to three keys: `metrics.rmse ASC`, `attributes.start_time
   * DESC`. Runs without the key come last. Default: newest start first.
   */
  orderBy?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * Orrery extension: only runs with this DataHub result (SUCCESS, FAILURE, SKIPPED, UP_FOR_RETRY), or
   * RUNNING for runs started and not completed.
   */
  result?: InputMaybe<Scalars['String']['input']>;
  /** Orrery extension: the first run to return (0–100,000). */
  start?: InputMaybe<Scalars['Int']['input']>;
};

/** Orrery extension: a page of an experiment's training runs that match a filter, in order. */
export type OrreryRunSearchResult = {
  __typename?: 'OrreryRunSearchResult';
  /** Orrery extension: how many runs this page holds. */
  count: Scalars['Int']['output'];
  /**
   * Orrery extension: the metrics and parameters of all of the experiment's runs, most often reported
   * first (at most 500), for choosing columns.
   */
  keys: Array<OrreryRunKey>;
  /** Orrery extension: this page of runs. */
  runs: Array<DataProcessInstance>;
  /** Orrery extension: how many training runs the experiment has (before filtering). */
  runsInExperiment: Scalars['Int']['output'];
  /** Orrery extension: the offset of this page. */
  start: Scalars['Int']['output'];
  /** Orrery extension: how many runs match, over all of the experiment's runs. */
  total: Scalars['Int']['output'];
};

export type Owner = {
  __typename?: 'Owner';
  associatedUrn: Scalars['String']['output'];
  owner: OwnerType;
  source?: Maybe<OwnershipSource>;
  /** @deprecated Field no longer supported */
  type?: Maybe<OwnershipType>;
};

export type OwnerEntityType =
  | 'CORP_GROUP'
  | 'CORP_USER';

export type OwnerInput = {
  ownerEntityType: OwnerEntityType;
  ownerUrn: Scalars['String']['input'];
  ownershipTypeUrn?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<OwnershipType>;
};

export type OwnerType = CorpGroup | CorpUser;

export type Ownership = {
  __typename?: 'Ownership';
  lastModified: AuditStamp;
  owners?: Maybe<Array<Owner>>;
};

export type OwnershipSource = {
  __typename?: 'OwnershipSource';
  type: OwnershipSourceType;
  url?: Maybe<Scalars['String']['output']>;
};

export type OwnershipSourceType =
  | 'AUDIT'
  | 'DATABASE'
  | 'FILE_SYSTEM'
  | 'ISSUE_TRACKING_SYSTEM'
  | 'MANUAL'
  | 'OTHER'
  | 'SERVICE'
  | 'SOURCE_CONTROL';

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

export type ParentContainersResult = {
  __typename?: 'ParentContainersResult';
  containers: Array<Container>;
  count: Scalars['Int']['output'];
};

export type ParentDomainsResult = {
  __typename?: 'ParentDomainsResult';
  count: Scalars['Int']['output'];
  domains: Array<Entity>;
};

export type ParentNodesResult = {
  __typename?: 'ParentNodesResult';
  count: Scalars['Int']['output'];
  nodes: Array<GlossaryNode>;
};

export type PartitionSpec = {
  __typename?: 'PartitionSpec';
  partition?: Maybe<Scalars['String']['output']>;
  timePartition?: Maybe<TimeWindow>;
  type: PartitionType;
};

export type PartitionType =
  | 'FULL_TABLE'
  | 'PARTITION'
  | 'QUERY';

export type PatchEntityInput = {
  aspectName: Scalars['String']['input'];
  headers?: InputMaybe<Array<StringMapEntryInput>>;
  patch: Array<PatchOperationInput>;
  systemMetadata?: InputMaybe<SystemMetadataInput>;
  urn: Scalars['String']['input'];
};

export type PatchEntityResult = {
  __typename?: 'PatchEntityResult';
  error?: Maybe<Scalars['String']['output']>;
  success: Scalars['Boolean']['output'];
  urn: Scalars['String']['output'];
};

export type PatchOperationInput = {
  from?: InputMaybe<Scalars['String']['input']>;
  op: PatchOperationType;
  path: Scalars['String']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
};

export type PatchOperationType =
  | 'ADD'
  | 'COPY'
  | 'MOVE'
  | 'REMOVE'
  | 'REPLACE'
  | 'TEST';

export type PlatformPrivileges = {
  __typename?: 'PlatformPrivileges';
  createTags: Scalars['Boolean']['output'];
  manageGlossaries: Scalars['Boolean']['output'];
  manageIdentities: Scalars['Boolean']['output'];
  manageIngestion: Scalars['Boolean']['output'];
  manageTags: Scalars['Boolean']['output'];
  manageTokens: Scalars['Boolean']['output'];
};

export type PlatformSchema = KeyValueSchema | TableSchema;

export type PlatformType =
  | 'FILE_SYSTEM'
  | 'KEY_VALUE_STORE'
  | 'MESSAGE_BROKER'
  | 'OBJECT_STORE'
  | 'OLAP_DATASTORE'
  | 'OTHERS'
  | 'QUERY_ENGINE'
  | 'RELATIONAL_DB'
  | 'SEARCH_ENGINE';

export type PropertyCardinality =
  | 'MULTIPLE'
  | 'SINGLE';

export type PropertyValue = NumberValue | StringValue;

export type Quantile = {
  __typename?: 'Quantile';
  quantile: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  autoComplete?: Maybe<AutoCompleteResults>;
  autoCompleteForMultiple?: Maybe<AutoCompleteMultipleResults>;
  container?: Maybe<Container>;
  corpGroup?: Maybe<CorpGroup>;
  corpUser?: Maybe<CorpUser>;
  dataFlow?: Maybe<DataFlow>;
  dataJob?: Maybe<DataJob>;
  dataPlatform?: Maybe<DataPlatform>;
  dataProcessInstance?: Maybe<DataProcessInstance>;
  dataset?: Maybe<Dataset>;
  domain?: Maybe<Domain>;
  entities?: Maybe<Array<Maybe<Entity>>>;
  entity?: Maybe<Entity>;
  entityExists?: Maybe<Scalars['Boolean']['output']>;
  /**
   * Orrery extension: who changed what on an entity and when, field by field, built from the stored
   * aspect versions; paged (count at most 200) and optionally only changes of one field (`field`,
   * e.g. "description" or "tags"). Null for an unknown entity.
   */
  entityHistory?: Maybe<EntityHistory>;
  getEntityCounts?: Maybe<EntityCountResults>;
  glossaryNode?: Maybe<GlossaryNode>;
  glossaryTerm?: Maybe<GlossaryTerm>;
  /**
   * Orrery extension: the lineage subgraph around an entity (nodes and edges, with caps), for graph
   * views. Absent on DataHub; the web app then shows one-hop lineage lists instead.
   */
  lineageGraph?: Maybe<LineageGraph>;
  me?: Maybe<AuthenticatedUser>;
  mlFeature?: Maybe<MLFeature>;
  mlFeatureTable?: Maybe<MLFeatureTable>;
  mlModel?: Maybe<MLModel>;
  mlModelGroup?: Maybe<MLModelGroup>;
  mlPrimaryKey?: Maybe<MLPrimaryKey>;
  /** Orrery extension: server version and the extensions it offers (absent on DataHub). */
  orreryInfo: OrreryInfo;
  /**
   * Orrery extension: one deployment (DataHub's `mlModelDeployment` entity) by urn; null when the
   * catalog does not hold it. Listed in `orreryInfo.extensions` as `mlModelDeploymentPage`.
   */
  orreryMlModelDeployment?: Maybe<OrreryMlModelDeployment>;
  searchAcrossEntities?: Maybe<SearchResults>;
  searchAcrossLineage?: Maybe<SearchAcrossLineageResults>;
  structuredProperty?: Maybe<StructuredPropertyEntity>;
  tag?: Maybe<Tag>;
  versionSet?: Maybe<VersionSet>;
};


export type QueryautoCompleteArgs = {
  input: AutoCompleteInput;
};


export type QueryautoCompleteForMultipleArgs = {
  input: AutoCompleteMultipleInput;
};


export type QuerycontainerArgs = {
  urn: Scalars['String']['input'];
};


export type QuerycorpGroupArgs = {
  urn: Scalars['String']['input'];
};


export type QuerycorpUserArgs = {
  urn: Scalars['String']['input'];
};


export type QuerydataFlowArgs = {
  urn: Scalars['String']['input'];
};


export type QuerydataJobArgs = {
  urn: Scalars['String']['input'];
};


export type QuerydataPlatformArgs = {
  urn: Scalars['String']['input'];
};


export type QuerydataProcessInstanceArgs = {
  urn: Scalars['String']['input'];
};


export type QuerydatasetArgs = {
  urn: Scalars['String']['input'];
};


export type QuerydomainArgs = {
  urn: Scalars['String']['input'];
};


export type QueryentitiesArgs = {
  urns: Array<Scalars['String']['input']>;
};


export type QueryentityArgs = {
  urn: Scalars['String']['input'];
};


export type QueryentityExistsArgs = {
  urn: Scalars['String']['input'];
};


export type QueryentityHistoryArgs = {
  count?: InputMaybe<Scalars['Int']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
  urn: Scalars['String']['input'];
};


export type QuerygetEntityCountsArgs = {
  input?: InputMaybe<EntityCountInput>;
};


export type QueryglossaryNodeArgs = {
  urn: Scalars['String']['input'];
};


export type QueryglossaryTermArgs = {
  urn: Scalars['String']['input'];
};


export type QuerylineageGraphArgs = {
  input: LineageGraphInput;
};


export type QuerymlFeatureArgs = {
  urn: Scalars['String']['input'];
};


export type QuerymlFeatureTableArgs = {
  urn: Scalars['String']['input'];
};


export type QuerymlModelArgs = {
  urn: Scalars['String']['input'];
};


export type QuerymlModelGroupArgs = {
  urn: Scalars['String']['input'];
};


export type QuerymlPrimaryKeyArgs = {
  urn: Scalars['String']['input'];
};


export type QueryorreryMlModelDeploymentArgs = {
  urn: Scalars['String']['input'];
};


export type QuerysearchAcrossEntitiesArgs = {
  input: SearchAcrossEntitiesInput;
};


export type QuerysearchAcrossLineageArgs = {
  input: SearchAcrossLineageInput;
};


export type QuerystructuredPropertyArgs = {
  urn: Scalars['String']['input'];
};


export type QuerytagArgs = {
  urn: Scalars['String']['input'];
};


export type QueryversionSetArgs = {
  urn: Scalars['String']['input'];
};

export type RelationshipDirection =
  | 'INCOMING'
  | 'OUTGOING';

export type RelationshipsInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  direction: RelationshipDirection;
  includeSoftDelete?: InputMaybe<Scalars['Boolean']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
  types: Array<Scalars['String']['input']>;
};

export type RemoveOwnerInput = {
  ownerUrn: Scalars['String']['input'];
  ownershipTypeUrn?: InputMaybe<Scalars['String']['input']>;
  resourceUrn: Scalars['String']['input'];
};

export type ResolvedAuditStamp = {
  __typename?: 'ResolvedAuditStamp';
  actor?: Maybe<CorpUser>;
  time: Scalars['Long']['output'];
};

export type ResourceRefInput = {
  resourceUrn: Scalars['String']['input'];
  subResource?: InputMaybe<Scalars['String']['input']>;
  subResourceType?: InputMaybe<SubResourceType>;
};

export type SchemaField = {
  __typename?: 'SchemaField';
  description?: Maybe<Scalars['String']['output']>;
  fieldPath: Scalars['String']['output'];
  /** @deprecated Field no longer supported */
  globalTags?: Maybe<GlobalTags>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  isPartOfKey?: Maybe<Scalars['Boolean']['output']>;
  isPartitioningKey?: Maybe<Scalars['Boolean']['output']>;
  jsonPath?: Maybe<Scalars['String']['output']>;
  jsonProps?: Maybe<Scalars['String']['output']>;
  label?: Maybe<Scalars['String']['output']>;
  nativeDataType?: Maybe<Scalars['String']['output']>;
  nullable: Scalars['Boolean']['output'];
  recursive: Scalars['Boolean']['output'];
  tags?: Maybe<GlobalTags>;
  type: SchemaFieldDataType;
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

export type SchemaMetadata = Aspect & {
  __typename?: 'SchemaMetadata';
  aspectVersion?: Maybe<Scalars['Long']['output']>;
  cluster?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['Long']['output']>;
  datasetUrn?: Maybe<Scalars['String']['output']>;
  fields: Array<SchemaField>;
  hash: Scalars['String']['output'];
  name: Scalars['String']['output'];
  platformSchema?: Maybe<PlatformSchema>;
  platformUrn: Scalars['String']['output'];
  primaryKeys?: Maybe<Array<Scalars['String']['output']>>;
  version: Scalars['Long']['output'];
};

export type SearchAcrossEntitiesInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Use `orFilters`- they are more expressive */
  filters?: InputMaybe<Array<FacetFilterInput>>;
  orFilters?: InputMaybe<Array<AndFilterInput>>;
  query: Scalars['String']['input'];
  sortInput?: InputMaybe<SearchSortInput>;
  start?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
};

export type SearchAcrossLineageInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  direction: LineageDirection;
  /** @deprecated Use `orFilters`- they are more expressive */
  filters?: InputMaybe<Array<FacetFilterInput>>;
  orFilters?: InputMaybe<Array<AndFilterInput>>;
  query?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
  urn?: InputMaybe<Scalars['String']['input']>;
};

export type SearchAcrossLineageResult = {
  __typename?: 'SearchAcrossLineageResult';
  degree: Scalars['Int']['output'];
  degrees?: Maybe<Array<Scalars['Int']['output']>>;
  entity: Entity;
  explored: Scalars['Boolean']['output'];
  ignoredAsHop: Scalars['Boolean']['output'];
  matchedFields: Array<MatchedField>;
  paths?: Maybe<Array<Maybe<EntityPath>>>;
  truncatedChildren: Scalars['Boolean']['output'];
};

export type SearchAcrossLineageResults = {
  __typename?: 'SearchAcrossLineageResults';
  count: Scalars['Int']['output'];
  facets?: Maybe<Array<FacetMetadata>>;
  searchResults: Array<SearchAcrossLineageResult>;
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type SearchResult = {
  __typename?: 'SearchResult';
  entity: Entity;
  matchedFields: Array<MatchedField>;
};

export type SearchResults = {
  __typename?: 'SearchResults';
  count: Scalars['Int']['output'];
  facets?: Maybe<Array<FacetMetadata>>;
  searchResults: Array<SearchResult>;
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type SearchSortInput = {
  sortCriteria?: InputMaybe<Array<SortCriterion>>;
  /** @deprecated Use sortCriteria instead */
  sortCriterion?: InputMaybe<SortCriterion>;
};

export type SortCriterion = {
  field: Scalars['String']['input'];
  sortOrder: SortOrder;
};

export type SortOrder =
  | 'ASCENDING'
  | 'DESCENDING';

export type Status = {
  __typename?: 'Status';
  removed: Scalars['Boolean']['output'];
};

export type StdDataType =
  | 'DATE'
  | 'NUMBER'
  | 'OTHER'
  | 'RICH_TEXT'
  | 'STRING'
  | 'URN';

export type StringBox = {
  __typename?: 'StringBox';
  stringValue: Scalars['String']['output'];
};

export type StringMapEntry = {
  __typename?: 'StringMapEntry';
  key: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

export type StringMapEntryInput = {
  key: Scalars['String']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
};

export type StringValue = {
  __typename?: 'StringValue';
  stringValue: Scalars['String']['output'];
};

export type StructuredProperties = {
  __typename?: 'StructuredProperties';
  properties?: Maybe<Array<StructuredPropertiesEntry>>;
};

export type StructuredPropertiesEntry = {
  __typename?: 'StructuredPropertiesEntry';
  associatedUrn: Scalars['String']['output'];
  structuredProperty: StructuredPropertyEntity;
  valueEntities?: Maybe<Array<Maybe<Entity>>>;
  values: Array<Maybe<PropertyValue>>;
};

export type StructuredPropertyDefinition = {
  __typename?: 'StructuredPropertyDefinition';
  allowedValues?: Maybe<Array<AllowedValue>>;
  cardinality?: Maybe<PropertyCardinality>;
  description?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  entityTypes: Array<EntityTypeEntity>;
  immutable: Scalars['Boolean']['output'];
  qualifiedName: Scalars['String']['output'];
  valueType: DataTypeEntity;
};

export type StructuredPropertyEntity = Entity & {
  __typename?: 'StructuredPropertyEntity';
  definition: StructuredPropertyDefinition;
  exists?: Maybe<Scalars['Boolean']['output']>;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type StructuredPropertyEntityrelationshipsArgs = {
  input: RelationshipsInput;
};

export type SubResourceType =
  | 'DATASET_FIELD';

export type SubTypes = {
  __typename?: 'SubTypes';
  typeNames?: Maybe<Array<Scalars['String']['output']>>;
};

export type SupportsVersions = {
  versionProperties?: Maybe<VersionProperties>;
};

export type SystemMetadataInput = {
  lastObserved?: InputMaybe<Scalars['Long']['input']>;
  properties?: InputMaybe<Array<StringMapEntryInput>>;
  runId?: InputMaybe<Scalars['String']['input']>;
};

export type TableSchema = {
  __typename?: 'TableSchema';
  schema: Scalars['String']['output'];
};

export type Tag = Entity & {
  __typename?: 'Tag';
  /** @deprecated Field no longer supported */
  description?: Maybe<Scalars['String']['output']>;
  /** @deprecated Field no longer supported */
  name: Scalars['String']['output'];
  ownership?: Maybe<Ownership>;
  properties?: Maybe<TagProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type TagrelationshipsArgs = {
  input: RelationshipsInput;
};

export type TagAssociation = {
  __typename?: 'TagAssociation';
  associatedUrn: Scalars['String']['output'];
  context?: Maybe<Scalars['String']['output']>;
  tag: Tag;
};

export type TagAssociationInput = {
  resourceUrn: Scalars['String']['input'];
  subResource?: InputMaybe<Scalars['String']['input']>;
  subResourceType?: InputMaybe<SubResourceType>;
  tagUrn: Scalars['String']['input'];
};

export type TagProperties = {
  __typename?: 'TagProperties';
  colorHex?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type TermAssociationInput = {
  resourceUrn: Scalars['String']['input'];
  subResource?: InputMaybe<Scalars['String']['input']>;
  subResourceType?: InputMaybe<SubResourceType>;
  termUrn: Scalars['String']['input'];
};

export type TimeRange =
  | 'ALL'
  | 'DAY'
  | 'HALF_YEAR'
  | 'MONTH'
  | 'QUARTER'
  | 'WEEK'
  | 'YEAR';

export type TimeSeriesAspect = {
  timestampMillis: Scalars['Long']['output'];
};

export type TimeWindow = {
  __typename?: 'TimeWindow';
  durationMillis: Scalars['Long']['output'];
  startTimeMillis: Scalars['Long']['output'];
};

export type UpdateNameInput = {
  name: Scalars['String']['input'];
  urn: Scalars['String']['input'];
};

export type UsageAggregation = {
  __typename?: 'UsageAggregation';
  bucket?: Maybe<Scalars['Long']['output']>;
  duration?: Maybe<WindowDuration>;
  metrics?: Maybe<UsageAggregationMetrics>;
  resource?: Maybe<Scalars['String']['output']>;
};

export type UsageAggregationMetrics = {
  __typename?: 'UsageAggregationMetrics';
  fields?: Maybe<Array<Maybe<FieldUsageCounts>>>;
  topSqlQueries?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  totalSqlQueries?: Maybe<Scalars['Int']['output']>;
  uniqueUserCount?: Maybe<Scalars['Int']['output']>;
  users?: Maybe<Array<Maybe<UserUsageCounts>>>;
};

export type UsageQueryResult = {
  __typename?: 'UsageQueryResult';
  aggregations?: Maybe<UsageQueryResultAggregations>;
  buckets?: Maybe<Array<Maybe<UsageAggregation>>>;
};

export type UsageQueryResultAggregations = {
  __typename?: 'UsageQueryResultAggregations';
  fields?: Maybe<Array<Maybe<FieldUsageCounts>>>;
  totalSqlQueries?: Maybe<Scalars['Int']['output']>;
  uniqueUserCount?: Maybe<Scalars['Int']['output']>;
  users?: Maybe<Array<Maybe<UserUsageCounts>>>;
};

export type UserUsageCounts = {
  __typename?: 'UserUsageCounts';
  count?: Maybe<Scalars['Int']['output']>;
  user?: Maybe<CorpUser>;
  userEmail?: Maybe<Scalars['String']['output']>;
};

export type ValueFrequency = {
  __typename?: 'ValueFrequency';
  frequency: Scalars['Long']['output'];
  value: Scalars['String']['output'];
};

export type VersionProperties = {
  __typename?: 'VersionProperties';
  aliases: Array<VersionTag>;
  comment?: Maybe<Scalars['String']['output']>;
  created?: Maybe<ResolvedAuditStamp>;
  createdInSource?: Maybe<ResolvedAuditStamp>;
  isLatest: Scalars['Boolean']['output'];
  version: VersionTag;
  versionSet: VersionSet;
};

export type VersionSet = Entity & {
  __typename?: 'VersionSet';
  latestVersion?: Maybe<Entity>;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type VersionSetrelationshipsArgs = {
  input: RelationshipsInput;
};

export type VersionTag = {
  __typename?: 'VersionTag';
  versionTag?: Maybe<Scalars['String']['output']>;
};

export type WindowDuration =
  | 'DAY'
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  HyperParameterValueType:
    | ( BooleanBoxParent )
    | ( FloatBoxParent )
    | ( IntBoxParent )
    | ( StringBoxParent )
  ;
  OwnerType:
    | ( EntityRef )
    | ( EntityRef )
  ;
  PlatformSchema:
    | ( KeyValueSchema )
    | ( TableSchema )
  ;
  PropertyValue:
    | ( NumberValue )
    | ( StringValue )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Aspect: ( SchemaMetadataParent );
  Entity:
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( Omit<DataPlatformInstance, 'platform' | 'relationships'> & { platform: _RefType['DataPlatform'], relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( EntityRef )
    | ( Omit<DataTypeEntity, 'info' | 'relationships'> & { info: _RefType['DataTypeInfo'], relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( EntityRef )
    | ( EntityRef )
    | ( Omit<EntityTypeEntity, 'info' | 'relationships'> & { info: _RefType['EntityTypeInfo'], relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( DeploymentParent )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
  ;
  EntityWithRelationships:
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
  ;
  SupportsVersions:
    | ( EntityRef )
    | ( EntityRef )
  ;
  TimeSeriesAspect:
    | ( DataProcessRunEvent )
    | ( DatasetProfile )
    | ( Operation )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddOwnerInput: AddOwnerInput;
  AddOwnersInput: AddOwnersInput;
  AddTagsInput: AddTagsInput;
  AddTermsInput: AddTermsInput;
  AggregationMetadata: ResolverTypeWrapper<Omit<AggregationMetadata, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  AllowedValue: ResolverTypeWrapper<Omit<AllowedValue, 'value'> & { value: ResolversTypes['PropertyValue'] }>;
  AndFilterInput: AndFilterInput;
  Aspect: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Aspect']>;
  AspectChange: ResolverTypeWrapper<AspectChange>;
  AuditStamp: ResolverTypeWrapper<AuditStamp>;
  AuthenticatedUser: ResolverTypeWrapper<Omit<AuthenticatedUser, 'corpUser'> & { corpUser: ResolversTypes['CorpUser'] }>;
  AutoCompleteInput: AutoCompleteInput;
  AutoCompleteMultipleInput: AutoCompleteMultipleInput;
  AutoCompleteMultipleResults: ResolverTypeWrapper<Omit<AutoCompleteMultipleResults, 'suggestions'> & { suggestions: Array<ResolversTypes['AutoCompleteResultForEntity']> }>;
  AutoCompleteResultForEntity: ResolverTypeWrapper<Omit<AutoCompleteResultForEntity, 'entities'> & { entities: Array<ResolversTypes['Entity']> }>;
  AutoCompleteResults: ResolverTypeWrapper<Omit<AutoCompleteResults, 'entities'> & { entities: Array<ResolversTypes['Entity']> }>;
  BatchAddTagsInput: BatchAddTagsInput;
  BatchAddTermsInput: BatchAddTermsInput;
  BatchRemoveTagsInput: BatchRemoveTagsInput;
  BatchRemoveTermsInput: BatchRemoveTermsInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BooleanBox: ResolverTypeWrapper<BooleanBoxParent>;
  BrowsePathEntry: ResolverTypeWrapper<Omit<BrowsePathEntry, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  BrowsePathV2: ResolverTypeWrapper<Omit<BrowsePathV2, 'path'> & { path: Array<ResolversTypes['BrowsePathEntry']> }>;
  Container: ResolverTypeWrapper<EntityRef>;
  ContainerEditableProperties: ResolverTypeWrapper<ContainerEditableProperties>;
  ContainerEntitiesInput: ContainerEntitiesInput;
  ContainerProperties: ResolverTypeWrapper<ContainerPropertiesParent>;
  CorpGroup: ResolverTypeWrapper<EntityRef>;
  CorpGroupProperties: ResolverTypeWrapper<CorpGroupProperties>;
  CorpUser: ResolverTypeWrapper<EntityRef>;
  CorpUserEditableProperties: ResolverTypeWrapper<CorpUserEditableProperties>;
  CorpUserProperties: ResolverTypeWrapper<CorpUserProperties>;
  CreateTagInput: CreateTagInput;
  CustomPropertiesEntry: ResolverTypeWrapper<CustomPropertiesEntry>;
  DataFlow: ResolverTypeWrapper<EntityRef>;
  DataFlowEditableProperties: ResolverTypeWrapper<DataFlowEditableProperties>;
  DataFlowProperties: ResolverTypeWrapper<DataFlowPropertiesParent>;
  DataJob: ResolverTypeWrapper<EntityRef>;
  DataJobEditableProperties: ResolverTypeWrapper<DataJobEditableProperties>;
  DataJobInputOutput: ResolverTypeWrapper<DataJobInputOutputParent>;
  DataJobProperties: ResolverTypeWrapper<DataJobPropertiesParent>;
  DataPlatform: ResolverTypeWrapper<EntityRef>;
  DataPlatformInstance: ResolverTypeWrapper<Omit<DataPlatformInstance, 'platform' | 'relationships'> & { platform: ResolversTypes['DataPlatform'], relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']> }>;
  DataPlatformProperties: ResolverTypeWrapper<DataPlatformProperties>;
  DataProcessInstance: ResolverTypeWrapper<EntityRef>;
  DataProcessInstanceProperties: ResolverTypeWrapper<DataProcessInstancePropertiesParent>;
  DataProcessInstanceResult: ResolverTypeWrapper<Omit<DataProcessInstanceResult, 'runs'> & { runs?: Maybe<Array<Maybe<ResolversTypes['DataProcessInstance']>>> }>;
  DataProcessInstanceRunResult: ResolverTypeWrapper<DataProcessInstanceRunResult>;
  DataProcessInstanceRunResultType: DataProcessInstanceRunResultType;
  DataProcessRunEvent: ResolverTypeWrapper<DataProcessRunEvent>;
  DataProcessRunStatus: DataProcessRunStatus;
  DataTypeEntity: ResolverTypeWrapper<Omit<DataTypeEntity, 'info' | 'relationships'> & { info: ResolversTypes['DataTypeInfo'], relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']> }>;
  DataTypeInfo: ResolverTypeWrapper<DataTypeInfo>;
  Dataset: ResolverTypeWrapper<EntityRef>;
  DatasetEditableProperties: ResolverTypeWrapper<DatasetEditableProperties>;
  DatasetFieldProfile: ResolverTypeWrapper<DatasetFieldProfile>;
  DatasetProfile: ResolverTypeWrapper<DatasetProfile>;
  DatasetProperties: ResolverTypeWrapper<DatasetPropertiesParent>;
  Deprecation: ResolverTypeWrapper<Omit<Deprecation, 'actorEntity' | 'replacement'> & { actorEntity?: Maybe<ResolversTypes['Entity']>, replacement?: Maybe<ResolversTypes['Entity']> }>;
  DescriptionUpdateInput: DescriptionUpdateInput;
  Domain: ResolverTypeWrapper<EntityRef>;
  DomainAssociation: ResolverTypeWrapper<DomainAssociationParent>;
  DomainEntitiesInput: DomainEntitiesInput;
  DomainProperties: ResolverTypeWrapper<DomainProperties>;
  EditableSchemaFieldInfo: ResolverTypeWrapper<Omit<EditableSchemaFieldInfo, 'globalTags' | 'glossaryTerms' | 'tags'> & { globalTags?: Maybe<ResolversTypes['GlobalTags']>, glossaryTerms?: Maybe<ResolversTypes['GlossaryTerms']>, tags?: Maybe<ResolversTypes['GlobalTags']> }>;
  EditableSchemaMetadata: ResolverTypeWrapper<Omit<EditableSchemaMetadata, 'editableSchemaFieldInfo'> & { editableSchemaFieldInfo: Array<ResolversTypes['EditableSchemaFieldInfo']> }>;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  EntityChange: ResolverTypeWrapper<EntityChange>;
  EntityCountInput: EntityCountInput;
  EntityCountResult: ResolverTypeWrapper<EntityCountResult>;
  EntityCountResults: ResolverTypeWrapper<EntityCountResults>;
  EntityHistory: ResolverTypeWrapper<EntityHistory>;
  EntityLineageResult: ResolverTypeWrapper<Omit<EntityLineageResult, 'relationships'> & { relationships: Array<ResolversTypes['LineageRelationship']> }>;
  EntityPath: ResolverTypeWrapper<Omit<EntityPath, 'path'> & { path: Array<Maybe<ResolversTypes['Entity']>> }>;
  EntityRelationship: ResolverTypeWrapper<Omit<EntityRelationship, 'created' | 'entity'> & { created?: Maybe<ResolversTypes['AuditStamp']>, entity?: Maybe<ResolversTypes['Entity']> }>;
  EntityRelationshipsResult: ResolverTypeWrapper<Omit<EntityRelationshipsResult, 'relationships'> & { relationships: Array<ResolversTypes['EntityRelationship']> }>;
  EntityType: EntityType;
  EntityTypeEntity: ResolverTypeWrapper<Omit<EntityTypeEntity, 'info' | 'relationships'> & { info: ResolversTypes['EntityTypeInfo'], relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']> }>;
  EntityTypeInfo: ResolverTypeWrapper<EntityTypeInfo>;
  EntityWithRelationships: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['EntityWithRelationships']>;
  FabricType: FabricType;
  FacetFilterInput: FacetFilterInput;
  FacetMetadata: ResolverTypeWrapper<Omit<FacetMetadata, 'aggregations'> & { aggregations: Array<ResolversTypes['AggregationMetadata']> }>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  FieldUsageCounts: ResolverTypeWrapper<FieldUsageCounts>;
  FilterInput: FilterInput;
  FilterOperator: FilterOperator;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatBox: ResolverTypeWrapper<FloatBoxParent>;
  GlobalTags: ResolverTypeWrapper<Omit<GlobalTags, 'tags'> & { tags?: Maybe<Array<ResolversTypes['TagAssociation']>> }>;
  GlossaryNode: ResolverTypeWrapper<EntityRef>;
  GlossaryNodeProperties: ResolverTypeWrapper<GlossaryNodeProperties>;
  GlossaryTerm: ResolverTypeWrapper<EntityRef>;
  GlossaryTermAssociation: ResolverTypeWrapper<Omit<GlossaryTermAssociation, 'actor' | 'term'> & { actor?: Maybe<ResolversTypes['CorpUser']>, term: ResolversTypes['GlossaryTerm'] }>;
  GlossaryTermProperties: ResolverTypeWrapper<GlossaryTermProperties>;
  GlossaryTerms: ResolverTypeWrapper<Omit<GlossaryTerms, 'terms'> & { terms?: Maybe<Array<ResolversTypes['GlossaryTermAssociation']>> }>;
  HyperParameterMap: ResolverTypeWrapper<Omit<HyperParameterMap, 'value'> & { value: ResolversTypes['HyperParameterValueType'] }>;
  HyperParameterValueType: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['HyperParameterValueType']>;
  InstitutionalMemory: ResolverTypeWrapper<Omit<InstitutionalMemory, 'elements'> & { elements: Array<ResolversTypes['InstitutionalMemoryMetadata']> }>;
  InstitutionalMemoryMetadata: ResolverTypeWrapper<Omit<InstitutionalMemoryMetadata, 'author' | 'created' | 'updated'> & { author: ResolversTypes['CorpUser'], created: ResolversTypes['AuditStamp'], updated?: Maybe<ResolversTypes['AuditStamp']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntBox: ResolverTypeWrapper<IntBoxParent>;
  KeyValueSchema: ResolverTypeWrapper<KeyValueSchema>;
  LineageDirection: LineageDirection;
  LineageFeatures: ResolverTypeWrapper<Omit<LineageFeatures, 'computedAt'> & { computedAt: ResolversTypes['AuditStamp'] }>;
  LineageGraph: ResolverTypeWrapper<Omit<LineageGraph, 'nodes'> & { nodes: Array<ResolversTypes['LineageGraphNode']> }>;
  LineageGraphCap: LineageGraphCap;
  LineageGraphEdge: ResolverTypeWrapper<LineageGraphEdge>;
  LineageGraphExpandInput: LineageGraphExpandInput;
  LineageGraphInput: LineageGraphInput;
  LineageGraphNode: ResolverTypeWrapper<Omit<LineageGraphNode, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  LineageInput: LineageInput;
  LineageRelationship: ResolverTypeWrapper<Omit<LineageRelationship, 'createdActor' | 'entity' | 'paths' | 'updatedActor'> & { createdActor?: Maybe<ResolversTypes['Entity']>, entity?: Maybe<ResolversTypes['Entity']>, paths?: Maybe<Array<Maybe<ResolversTypes['EntityPath']>>>, updatedActor?: Maybe<ResolversTypes['Entity']> }>;
  Long: ResolverTypeWrapper<Scalars['Long']['output']>;
  MLFeature: ResolverTypeWrapper<EntityRef>;
  MLFeatureDataType: MLFeatureDataType;
  MLFeatureEditableProperties: ResolverTypeWrapper<MLFeatureEditableProperties>;
  MLFeatureProperties: ResolverTypeWrapper<MLFeaturePropertiesParent>;
  MLFeatureTable: ResolverTypeWrapper<EntityRef>;
  MLFeatureTableEditableProperties: ResolverTypeWrapper<MLFeatureTableEditableProperties>;
  MLFeatureTableProperties: ResolverTypeWrapper<MLFeatureTablePropertiesParent>;
  MLHyperParam: ResolverTypeWrapper<MLHyperParam>;
  MLMetric: ResolverTypeWrapper<MLMetric>;
  MLModel: ResolverTypeWrapper<EntityRef>;
  MLModelEditableProperties: ResolverTypeWrapper<MLModelEditableProperties>;
  MLModelGroup: ResolverTypeWrapper<EntityRef>;
  MLModelGroupEditableProperties: ResolverTypeWrapper<MLModelGroupEditableProperties>;
  MLModelGroupProperties: ResolverTypeWrapper<MLModelGroupPropertiesParent>;
  MLModelLineageInfo: ResolverTypeWrapper<MLModelLineageInfo>;
  MLModelProperties: ResolverTypeWrapper<MLModelPropertiesParent>;
  MLPrimaryKey: ResolverTypeWrapper<EntityRef>;
  MLPrimaryKeyEditableProperties: ResolverTypeWrapper<MLPrimaryKeyEditableProperties>;
  MLPrimaryKeyProperties: ResolverTypeWrapper<MLPrimaryKeyPropertiesParent>;
  MLTrainingRunProperties: ResolverTypeWrapper<MLTrainingRunPropertiesParent>;
  MatchedField: ResolverTypeWrapper<Omit<MatchedField, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NumberValue: ResolverTypeWrapper<NumberValue>;
  Operation: ResolverTypeWrapper<Operation>;
  OperationSourceType: OperationSourceType;
  OperationType: OperationType;
  OrreryDeploymentStatus: OrreryDeploymentStatus;
  OrreryFeatureSourceColumn: ResolverTypeWrapper<FeatureSourceColumn>;
  OrreryInfo: ResolverTypeWrapper<OrreryInfo>;
  OrreryMetricPoint: ResolverTypeWrapper<OrreryMetricPoint>;
  OrreryMetricSeries: ResolverTypeWrapper<OrreryMetricSeries>;
  OrreryMlFeatureDetails: ResolverTypeWrapper<Omit<OrreryMlFeatureDetails, 'sourceColumns'> & { sourceColumns: Array<ResolversTypes['OrreryFeatureSourceColumn']> }>;
  OrreryMlModelDashboard: ResolverTypeWrapper<OrreryMlModelDashboard>;
  OrreryMlModelDeployment: ResolverTypeWrapper<DeploymentParent>;
  OrreryMlModelDeploymentProperties: ResolverTypeWrapper<Omit<OrreryMlModelDeploymentProperties, 'version'> & { version?: Maybe<ResolversTypes['VersionTag']> }>;
  OrreryMlModelServing: ResolverTypeWrapper<OrreryMlModelServing>;
  OrreryMlModelStore: ResolverTypeWrapper<OrreryMlModelStore>;
  OrreryRunKey: ResolverTypeWrapper<OrreryRunKey>;
  OrreryRunSearchInput: OrreryRunSearchInput;
  OrreryRunSearchResult: ResolverTypeWrapper<Omit<OrreryRunSearchResult, 'runs'> & { runs: Array<ResolversTypes['DataProcessInstance']> }>;
  Owner: ResolverTypeWrapper<Omit<Owner, 'owner'> & { owner: ResolversTypes['OwnerType'] }>;
  OwnerEntityType: OwnerEntityType;
  OwnerInput: OwnerInput;
  OwnerType: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['OwnerType']>;
  Ownership: ResolverTypeWrapper<Omit<Ownership, 'lastModified' | 'owners'> & { lastModified: ResolversTypes['AuditStamp'], owners?: Maybe<Array<ResolversTypes['Owner']>> }>;
  OwnershipSource: ResolverTypeWrapper<OwnershipSource>;
  OwnershipSourceType: OwnershipSourceType;
  OwnershipType: OwnershipType;
  ParentContainersResult: ResolverTypeWrapper<Omit<ParentContainersResult, 'containers'> & { containers: Array<ResolversTypes['Container']> }>;
  ParentDomainsResult: ResolverTypeWrapper<Omit<ParentDomainsResult, 'domains'> & { domains: Array<ResolversTypes['Entity']> }>;
  ParentNodesResult: ResolverTypeWrapper<Omit<ParentNodesResult, 'nodes'> & { nodes: Array<ResolversTypes['GlossaryNode']> }>;
  PartitionSpec: ResolverTypeWrapper<PartitionSpec>;
  PartitionType: PartitionType;
  PatchEntityInput: PatchEntityInput;
  PatchEntityResult: ResolverTypeWrapper<PatchEntityResult>;
  PatchOperationInput: PatchOperationInput;
  PatchOperationType: PatchOperationType;
  PlatformPrivileges: ResolverTypeWrapper<PlatformPrivileges>;
  PlatformSchema: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PlatformSchema']>;
  PlatformType: PlatformType;
  PropertyCardinality: PropertyCardinality;
  PropertyValue: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PropertyValue']>;
  Quantile: ResolverTypeWrapper<Quantile>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationshipDirection: RelationshipDirection;
  RelationshipsInput: RelationshipsInput;
  RemoveOwnerInput: RemoveOwnerInput;
  ResolvedAuditStamp: ResolverTypeWrapper<Omit<ResolvedAuditStamp, 'actor'> & { actor?: Maybe<ResolversTypes['CorpUser']> }>;
  ResourceRefInput: ResourceRefInput;
  SchemaField: ResolverTypeWrapper<Omit<SchemaField, 'globalTags' | 'glossaryTerms' | 'tags'> & { globalTags?: Maybe<ResolversTypes['GlobalTags']>, glossaryTerms?: Maybe<ResolversTypes['GlossaryTerms']>, tags?: Maybe<ResolversTypes['GlobalTags']> }>;
  SchemaFieldDataType: SchemaFieldDataType;
  SchemaMetadata: ResolverTypeWrapper<SchemaMetadataParent>;
  SearchAcrossEntitiesInput: SearchAcrossEntitiesInput;
  SearchAcrossLineageInput: SearchAcrossLineageInput;
  SearchAcrossLineageResult: ResolverTypeWrapper<Omit<SearchAcrossLineageResult, 'entity' | 'matchedFields' | 'paths'> & { entity: ResolversTypes['Entity'], matchedFields: Array<ResolversTypes['MatchedField']>, paths?: Maybe<Array<Maybe<ResolversTypes['EntityPath']>>> }>;
  SearchAcrossLineageResults: ResolverTypeWrapper<Omit<SearchAcrossLineageResults, 'facets' | 'searchResults'> & { facets?: Maybe<Array<ResolversTypes['FacetMetadata']>>, searchResults: Array<ResolversTypes['SearchAcrossLineageResult']> }>;
  SearchResult: ResolverTypeWrapper<Omit<SearchResult, 'entity' | 'matchedFields'> & { entity: ResolversTypes['Entity'], matchedFields: Array<ResolversTypes['MatchedField']> }>;
  SearchResults: ResolverTypeWrapper<Omit<SearchResults, 'facets' | 'searchResults'> & { facets?: Maybe<Array<ResolversTypes['FacetMetadata']>>, searchResults: Array<ResolversTypes['SearchResult']> }>;
  SearchSortInput: SearchSortInput;
  SortCriterion: SortCriterion;
  SortOrder: SortOrder;
  Status: ResolverTypeWrapper<Status>;
  StdDataType: StdDataType;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringBox: ResolverTypeWrapper<StringBoxParent>;
  StringMapEntry: ResolverTypeWrapper<StringMapEntry>;
  StringMapEntryInput: StringMapEntryInput;
  StringValue: ResolverTypeWrapper<StringValue>;
  StructuredProperties: ResolverTypeWrapper<Omit<StructuredProperties, 'properties'> & { properties?: Maybe<Array<ResolversTypes['StructuredPropertiesEntry']>> }>;
  StructuredPropertiesEntry: ResolverTypeWrapper<StructuredPropertiesEntryParent>;
  StructuredPropertyDefinition: ResolverTypeWrapper<Omit<StructuredPropertyDefinition, 'allowedValues' | 'entityTypes' | 'valueType'> & { allowedValues?: Maybe<Array<ResolversTypes['AllowedValue']>>, entityTypes: Array<ResolversTypes['EntityTypeEntity']>, valueType: ResolversTypes['DataTypeEntity'] }>;
  StructuredPropertyEntity: ResolverTypeWrapper<EntityRef>;
  SubResourceType: SubResourceType;
  SubTypes: ResolverTypeWrapper<SubTypes>;
  SupportsVersions: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['SupportsVersions']>;
  SystemMetadataInput: SystemMetadataInput;
  TableSchema: ResolverTypeWrapper<TableSchema>;
  Tag: ResolverTypeWrapper<EntityRef>;
  TagAssociation: ResolverTypeWrapper<Omit<TagAssociation, 'tag'> & { tag: ResolversTypes['Tag'] }>;
  TagAssociationInput: TagAssociationInput;
  TagProperties: ResolverTypeWrapper<TagProperties>;
  TermAssociationInput: TermAssociationInput;
  TimeRange: TimeRange;
  TimeSeriesAspect: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['TimeSeriesAspect']>;
  TimeWindow: ResolverTypeWrapper<TimeWindow>;
  UpdateNameInput: UpdateNameInput;
  UsageAggregation: ResolverTypeWrapper<Omit<UsageAggregation, 'metrics'> & { metrics?: Maybe<ResolversTypes['UsageAggregationMetrics']> }>;
  UsageAggregationMetrics: ResolverTypeWrapper<Omit<UsageAggregationMetrics, 'fields' | 'users'> & { fields?: Maybe<Array<Maybe<ResolversTypes['FieldUsageCounts']>>>, users?: Maybe<Array<Maybe<ResolversTypes['UserUsageCounts']>>> }>;
  UsageQueryResult: ResolverTypeWrapper<Omit<UsageQueryResult, 'aggregations' | 'buckets'> & { aggregations?: Maybe<ResolversTypes['UsageQueryResultAggregations']>, buckets?: Maybe<Array<Maybe<ResolversTypes['UsageAggregation']>>> }>;
  UsageQueryResultAggregations: ResolverTypeWrapper<Omit<UsageQueryResultAggregations, 'fields' | 'users'> & { fields?: Maybe<Array<Maybe<ResolversTypes['FieldUsageCounts']>>>, users?: Maybe<Array<Maybe<ResolversTypes['UserUsageCounts']>>> }>;
  UserUsageCounts: ResolverTypeWrapper<Omit<UserUsageCounts, 'user'> & { user?: Maybe<ResolversTypes['CorpUser']> }>;
  ValueFrequency: ResolverTypeWrapper<ValueFrequency>;
  VersionProperties: ResolverTypeWrapper<VersionPropertiesParent>;
  VersionSet: ResolverTypeWrapper<EntityRef>;
  VersionTag: ResolverTypeWrapper<VersionTag>;
  WindowDuration: WindowDuration;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddOwnerInput: AddOwnerInput;
  AddOwnersInput: AddOwnersInput;
  AddTagsInput: AddTagsInput;
  AddTermsInput: AddTermsInput;
  AggregationMetadata: Omit<AggregationMetadata, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  AllowedValue: Omit<AllowedValue, 'value'> & { value: ResolversParentTypes['PropertyValue'] };
  AndFilterInput: AndFilterInput;
  Aspect: ResolversInterfaceTypes<ResolversParentTypes>['Aspect'];
  AspectChange: AspectChange;
  AuditStamp: AuditStamp;
  AuthenticatedUser: Omit<AuthenticatedUser, 'corpUser'> & { corpUser: ResolversParentTypes['CorpUser'] };
  AutoCompleteInput: AutoCompleteInput;
  AutoCompleteMultipleInput: AutoCompleteMultipleInput;
  AutoCompleteMultipleResults: Omit<AutoCompleteMultipleResults, 'suggestions'> & { suggestions: Array<ResolversParentTypes['AutoCompleteResultForEntity']> };
  AutoCompleteResultForEntity: Omit<AutoCompleteResultForEntity, 'entities'> & { entities: Array<ResolversParentTypes['Entity']> };
  AutoCompleteResults: Omit<AutoCompleteResults, 'entities'> & { entities: Array<ResolversParentTypes['Entity']> };
  BatchAddTagsInput: BatchAddTagsInput;
  BatchAddTermsInput: BatchAddTermsInput;
  BatchRemoveTagsInput: BatchRemoveTagsInput;
  BatchRemoveTermsInput: BatchRemoveTermsInput;
  Boolean: Scalars['Boolean']['output'];
  BooleanBox: BooleanBoxParent;
  BrowsePathEntry: Omit<BrowsePathEntry, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  BrowsePathV2: Omit<BrowsePathV2, 'path'> & { path: Array<ResolversParentTypes['BrowsePathEntry']> };
  Container: EntityRef;
  ContainerEditableProperties: ContainerEditableProperties;
  ContainerEntitiesInput: ContainerEntitiesInput;
  ContainerProperties: ContainerPropertiesParent;
  CorpGroup: EntityRef;
  CorpGroupProperties: CorpGroupProperties;
  CorpUser: EntityRef;
  CorpUserEditableProperties: CorpUserEditableProperties;
  CorpUserProperties: CorpUserProperties;
  CreateTagInput: CreateTagInput;
  CustomPropertiesEntry: CustomPropertiesEntry;
  DataFlow: EntityRef;
  DataFlowEditableProperties: DataFlowEditableProperties;
  DataFlowProperties: DataFlowPropertiesParent;
  DataJob: EntityRef;
  DataJobEditableProperties: DataJobEditableProperties;
  DataJobInputOutput: DataJobInputOutputParent;
  DataJobProperties: DataJobPropertiesParent;
  DataPlatform: EntityRef;
  DataPlatformInstance: Omit<DataPlatformInstance, 'platform' | 'relationships'> & { platform: ResolversParentTypes['DataPlatform'], relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']> };
  DataPlatformProperties: DataPlatformProperties;
  DataProcessInstance: EntityRef;
  DataProcessInstanceProperties: DataProcessInstancePropertiesParent;
  DataProcessInstanceResult: Omit<DataProcessInstanceResult, 'runs'> & { runs?: Maybe<Array<Maybe<ResolversParentTypes['DataProcessInstance']>>> };
  DataProcessInstanceRunResult: DataProcessInstanceRunResult;
  DataProcessRunEvent: DataProcessRunEvent;
  DataTypeEntity: Omit<DataTypeEntity, 'info' | 'relationships'> & { info: ResolversParentTypes['DataTypeInfo'], relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']> };
  DataTypeInfo: DataTypeInfo;
  Dataset: EntityRef;
  DatasetEditableProperties: DatasetEditableProperties;
  DatasetFieldProfile: DatasetFieldProfile;
  DatasetProfile: DatasetProfile;
  DatasetProperties: DatasetPropertiesParent;
  Deprecation: Omit<Deprecation, 'actorEntity' | 'replacement'> & { actorEntity?: Maybe<ResolversParentTypes['Entity']>, replacement?: Maybe<ResolversParentTypes['Entity']> };
  DescriptionUpdateInput: DescriptionUpdateInput;
  Domain: EntityRef;
  DomainAssociation: DomainAssociationParent;
  DomainEntitiesInput: DomainEntitiesInput;
  DomainProperties: DomainProperties;
  EditableSchemaFieldInfo: Omit<EditableSchemaFieldInfo, 'globalTags' | 'glossaryTerms' | 'tags'> & { globalTags?: Maybe<ResolversParentTypes['GlobalTags']>, glossaryTerms?: Maybe<ResolversParentTypes['GlossaryTerms']>, tags?: Maybe<ResolversParentTypes['GlobalTags']> };
  EditableSchemaMetadata: Omit<EditableSchemaMetadata, 'editableSchemaFieldInfo'> & { editableSchemaFieldInfo: Array<ResolversParentTypes['EditableSchemaFieldInfo']> };
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  EntityChange: EntityChange;
  EntityCountInput: EntityCountInput;
  EntityCountResult: EntityCountResult;
  EntityCountResults: EntityCountResults;
  EntityHistory: EntityHistory;
  EntityLineageResult: Omit<EntityLineageResult, 'relationships'> & { relationships: Array<ResolversParentTypes['LineageRelationship']> };
  EntityPath: Omit<EntityPath, 'path'> & { path: Array<Maybe<ResolversParentTypes['Entity']>> };
  EntityRelationship: Omit<EntityRelationship, 'created' | 'entity'> & { created?: Maybe<ResolversParentTypes['AuditStamp']>, entity?: Maybe<ResolversParentTypes['Entity']> };
  EntityRelationshipsResult: Omit<EntityRelationshipsResult, 'relationships'> & { relationships: Array<ResolversParentTypes['EntityRelationship']> };
  EntityTypeEntity: Omit<EntityTypeEntity, 'info' | 'relationships'> & { info: ResolversParentTypes['EntityTypeInfo'], relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']> };
  EntityTypeInfo: EntityTypeInfo;
  EntityWithRelationships: ResolversInterfaceTypes<ResolversParentTypes>['EntityWithRelationships'];
  FacetFilterInput: FacetFilterInput;
  FacetMetadata: Omit<FacetMetadata, 'aggregations'> & { aggregations: Array<ResolversParentTypes['AggregationMetadata']> };
  FieldChange: FieldChange;
  FieldUsageCounts: FieldUsageCounts;
  FilterInput: FilterInput;
  Float: Scalars['Float']['output'];
  FloatBox: FloatBoxParent;
  GlobalTags: Omit<GlobalTags, 'tags'> & { tags?: Maybe<Array<ResolversParentTypes['TagAssociation']>> };
  GlossaryNode: EntityRef;
  GlossaryNodeProperties: GlossaryNodeProperties;
  GlossaryTerm: EntityRef;
  GlossaryTermAssociation: Omit<GlossaryTermAssociation, 'actor' | 'term'> & { actor?: Maybe<ResolversParentTypes['CorpUser']>, term: ResolversParentTypes['GlossaryTerm'] };
  GlossaryTermProperties: GlossaryTermProperties;
  GlossaryTerms: Omit<GlossaryTerms, 'terms'> & { terms?: Maybe<Array<ResolversParentTypes['GlossaryTermAssociation']>> };
  HyperParameterMap: Omit<HyperParameterMap, 'value'> & { value: ResolversParentTypes['HyperParameterValueType'] };
  HyperParameterValueType: ResolversUnionTypes<ResolversParentTypes>['HyperParameterValueType'];
  InstitutionalMemory: Omit<InstitutionalMemory, 'elements'> & { elements: Array<ResolversParentTypes['InstitutionalMemoryMetadata']> };
  InstitutionalMemoryMetadata: Omit<InstitutionalMemoryMetadata, 'author' | 'created' | 'updated'> & { author: ResolversParentTypes['CorpUser'], created: ResolversParentTypes['AuditStamp'], updated?: Maybe<ResolversParentTypes['AuditStamp']> };
  Int: Scalars['Int']['output'];
  IntBox: IntBoxParent;
  KeyValueSchema: KeyValueSchema;
  LineageFeatures: Omit<LineageFeatures, 'computedAt'> & { computedAt: ResolversParentTypes['AuditStamp'] };
  LineageGraph: Omit<LineageGraph, 'nodes'> & { nodes: Array<ResolversParentTypes['LineageGraphNode']> };
  LineageGraphEdge: LineageGraphEdge;
  LineageGraphExpandInput: LineageGraphExpandInput;
  LineageGraphInput: LineageGraphInput;
  LineageGraphNode: Omit<LineageGraphNode, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  LineageInput: LineageInput;
  LineageRelationship: Omit<LineageRelationship, 'createdActor' | 'entity' | 'paths' | 'updatedActor'> & { createdActor?: Maybe<ResolversParentTypes['Entity']>, entity?: Maybe<ResolversParentTypes['Entity']>, paths?: Maybe<Array<Maybe<ResolversParentTypes['EntityPath']>>>, updatedActor?: Maybe<ResolversParentTypes['Entity']> };
  Long: Scalars['Long']['output'];
  MLFeature: EntityRef;
  MLFeatureEditableProperties: MLFeatureEditableProperties;
  MLFeatureProperties: MLFeaturePropertiesParent;
  MLFeatureTable: EntityRef;
  MLFeatureTableEditableProperties: MLFeatureTableEditableProperties;
  MLFeatureTableProperties: MLFeatureTablePropertiesParent;
  MLHyperParam: MLHyperParam;
  MLMetric: MLMetric;
  MLModel: EntityRef;
  MLModelEditableProperties: MLModelEditableProperties;
  MLModelGroup: EntityRef;
  MLModelGroupEditableProperties: MLModelGroupEditableProperties;
  MLModelGroupProperties: MLModelGroupPropertiesParent;
  MLModelLineageInfo: MLModelLineageInfo;
  MLModelProperties: MLModelPropertiesParent;
  MLPrimaryKey: EntityRef;
  MLPrimaryKeyEditableProperties: MLPrimaryKeyEditableProperties;
  MLPrimaryKeyProperties: MLPrimaryKeyPropertiesParent;
  MLTrainingRunProperties: MLTrainingRunPropertiesParent;
  MatchedField: Omit<MatchedField, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  Mutation: Record<PropertyKey, never>;
  NumberValue: NumberValue;
  Operation: Operation;
  OrreryFeatureSourceColumn: FeatureSourceColumn;
  OrreryInfo: OrreryInfo;
  OrreryMetricPoint: OrreryMetricPoint;
  OrreryMetricSeries: OrreryMetricSeries;
  OrreryMlFeatureDetails: Omit<OrreryMlFeatureDetails, 'sourceColumns'> & { sourceColumns: Array<ResolversParentTypes['OrreryFeatureSourceColumn']> };
  OrreryMlModelDashboard: OrreryMlModelDashboard;
  OrreryMlModelDeployment: DeploymentParent;
  OrreryMlModelDeploymentProperties: Omit<OrreryMlModelDeploymentProperties, 'version'> & { version?: Maybe<ResolversParentTypes['VersionTag']> };
  OrreryMlModelServing: OrreryMlModelServing;
  OrreryMlModelStore: OrreryMlModelStore;
  OrreryRunKey: OrreryRunKey;
  OrreryRunSearchInput: OrreryRunSearchInput;
  OrreryRunSearchResult: Omit<OrreryRunSearchResult, 'runs'> & { runs: Array<ResolversParentTypes['DataProcessInstance']> };
  Owner: Omit<Owner, 'owner'> & { owner: ResolversParentTypes['OwnerType'] };
  OwnerInput: OwnerInput;
  OwnerType: ResolversUnionTypes<ResolversParentTypes>['OwnerType'];
  Ownership: Omit<Ownership, 'lastModified' | 'owners'> & { lastModified: ResolversParentTypes['AuditStamp'], owners?: Maybe<Array<ResolversParentTypes['Owner']>> };
  OwnershipSource: OwnershipSource;
  ParentContainersResult: Omit<ParentContainersResult, 'containers'> & { containers: Array<ResolversParentTypes['Container']> };
  ParentDomainsResult: Omit<ParentDomainsResult, 'domains'> & { domains: Array<ResolversParentTypes['Entity']> };
  ParentNodesResult: Omit<ParentNodesResult, 'nodes'> & { nodes: Array<ResolversParentTypes['GlossaryNode']> };
  PartitionSpec: PartitionSpec;
  PatchEntityInput: PatchEntityInput;
  PatchEntityResult: PatchEntityResult;
  PatchOperationInput: PatchOperationInput;
  PlatformPrivileges: PlatformPrivileges;
  PlatformSchema: ResolversUnionTypes<ResolversParentTypes>['PlatformSchema'];
  PropertyValue: ResolversUnionTypes<ResolversParentTypes>['PropertyValue'];
  Quantile: Quantile;
  Query: Record<PropertyKey, never>;
  RelationshipsInput: RelationshipsInput;
  RemoveOwnerInput: RemoveOwnerInput;
  ResolvedAuditStamp: Omit<ResolvedAuditStamp, 'actor'> & { actor?: Maybe<ResolversParentTypes['CorpUser']> };
  ResourceRefInput: ResourceRefInput;
  SchemaField: Omit<SchemaField, 'globalTags' | 'glossaryTerms' | 'tags'> & { globalTags?: Maybe<ResolversParentTypes['GlobalTags']>, glossaryTerms?: Maybe<ResolversParentTypes['GlossaryTerms']>, tags?: Maybe<ResolversParentTypes['GlobalTags']> };
  SchemaMetadata: SchemaMetadataParent;
  SearchAcrossEntitiesInput: SearchAcrossEntitiesInput;
  SearchAcrossLineageInput: SearchAcrossLineageInput;
  SearchAcrossLineageResult: Omit<SearchAcrossLineageResult, 'entity' | 'matchedFields' | 'paths'> & { entity: ResolversParentTypes['Entity'], matchedFields: Array<ResolversParentTypes['MatchedField']>, paths?: Maybe<Array<Maybe<ResolversParentTypes['EntityPath']>>> };
  SearchAcrossLineageResults: Omit<SearchAcrossLineageResults, 'facets' | 'searchResults'> & { facets?: Maybe<Array<ResolversParentTypes['FacetMetadata']>>, searchResults: Array<ResolversParentTypes['SearchAcrossLineageResult']> };
  SearchResult: Omit<SearchResult, 'entity' | 'matchedFields'> & { entity: ResolversParentTypes['Entity'], matchedFields: Array<ResolversParentTypes['MatchedField']> };
  SearchResults: Omit<SearchResults, 'facets' | 'searchResults'> & { facets?: Maybe<Array<ResolversParentTypes['FacetMetadata']>>, searchResults: Array<ResolversParentTypes['SearchResult']> };
  SearchSortInput: SearchSortInput;
  SortCriterion: SortCriterion;
  Status: Status;
  String: Scalars['String']['output'];
  StringBox: StringBoxParent;
  StringMapEntry: StringMapEntry;
  StringMapEntryInput: StringMapEntryInput;
  StringValue: StringValue;
  StructuredProperties: Omit<StructuredProperties, 'properties'> & { properties?: Maybe<Array<ResolversParentTypes['StructuredPropertiesEntry']>> };
  StructuredPropertiesEntry: StructuredPropertiesEntryParent;
  StructuredPropertyDefinition: Omit<StructuredPropertyDefinition, 'allowedValues' | 'entityTypes' | 'valueType'> & { allowedValues?: Maybe<Array<ResolversParentTypes['AllowedValue']>>, entityTypes: Array<ResolversParentTypes['EntityTypeEntity']>, valueType: ResolversParentTypes['DataTypeEntity'] };
  StructuredPropertyEntity: EntityRef;
  SubTypes: SubTypes;
  SupportsVersions: ResolversInterfaceTypes<ResolversParentTypes>['SupportsVersions'];
  SystemMetadataInput: SystemMetadataInput;
  TableSchema: TableSchema;
  Tag: EntityRef;
  TagAssociation: Omit<TagAssociation, 'tag'> & { tag: ResolversParentTypes['Tag'] };
  TagAssociationInput: TagAssociationInput;
  TagProperties: TagProperties;
  TermAssociationInput: TermAssociationInput;
  TimeSeriesAspect: ResolversInterfaceTypes<ResolversParentTypes>['TimeSeriesAspect'];
  TimeWindow: TimeWindow;
  UpdateNameInput: UpdateNameInput;
  UsageAggregation: Omit<UsageAggregation, 'metrics'> & { metrics?: Maybe<ResolversParentTypes['UsageAggregationMetrics']> };
  UsageAggregationMetrics: Omit<UsageAggregationMetrics, 'fields' | 'users'> & { fields?: Maybe<Array<Maybe<ResolversParentTypes['FieldUsageCounts']>>>, users?: Maybe<Array<Maybe<ResolversParentTypes['UserUsageCounts']>>> };
  UsageQueryResult: Omit<UsageQueryResult, 'aggregations' | 'buckets'> & { aggregations?: Maybe<ResolversParentTypes['UsageQueryResultAggregations']>, buckets?: Maybe<Array<Maybe<ResolversParentTypes['UsageAggregation']>>> };
  UsageQueryResultAggregations: Omit<UsageQueryResultAggregations, 'fields' | 'users'> & { fields?: Maybe<Array<Maybe<ResolversParentTypes['FieldUsageCounts']>>>, users?: Maybe<Array<Maybe<ResolversParentTypes['UserUsageCounts']>>> };
  UserUsageCounts: Omit<UserUsageCounts, 'user'> & { user?: Maybe<ResolversParentTypes['CorpUser']> };
  ValueFrequency: ValueFrequency;
  VersionProperties: VersionPropertiesParent;
  VersionSet: EntityRef;
  VersionTag: VersionTag;
};

export type AggregationMetadataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AggregationMetadata'] = ResolversParentTypes['AggregationMetadata']> = {
  count?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AllowedValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AllowedValue'] = ResolversParentTypes['AllowedValue']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['PropertyValue'], ParentType, ContextType>;
};

export type AspectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Aspect'] = ResolversParentTypes['Aspect']> = {
  __resolveType: TypeResolveFn<'SchemaMetadata', ParentType, ContextType>;
};

export type AspectChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AspectChange'] = ResolversParentTypes['AspectChange']> = {
  aspect?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  storedVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditStampResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditStamp'] = ResolversParentTypes['AuditStamp']> = {
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  time?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
};

export type AuthenticatedUserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthenticatedUser'] = ResolversParentTypes['AuthenticatedUser']> = {
  corpUser?: Resolver<ResolversTypes['CorpUser'], ParentType, ContextType>;
  orreryRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platformPrivileges?: Resolver<ResolversTypes['PlatformPrivileges'], ParentType, ContextType>;
};

export type AutoCompleteMultipleResultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AutoCompleteMultipleResults'] = ResolversParentTypes['AutoCompleteMultipleResults']> = {
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['AutoCompleteResultForEntity']>, ParentType, ContextType>;
};

export type AutoCompleteResultForEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AutoCompleteResultForEntity'] = ResolversParentTypes['AutoCompleteResultForEntity']> = {
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
};

export type AutoCompleteResultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AutoCompleteResults'] = ResolversParentTypes['AutoCompleteResults']> = {
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BooleanBoxResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BooleanBox'] = ResolversParentTypes['BooleanBox']> = {
  booleanValue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BrowsePathEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrowsePathEntry'] = ResolversParentTypes['BrowsePathEntry']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BrowsePathV2Resolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrowsePathV2'] = ResolversParentTypes['BrowsePathV2']> = {
  path?: Resolver<Array<ResolversTypes['BrowsePathEntry']>, ParentType, ContextType>;
};

export type ContainerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Container'] = ResolversParentTypes['Container']> = {
  browsePathV2?: Resolver<Maybe<ResolversTypes['BrowsePathV2']>, ParentType, ContextType>;
  container?: Resolver<Maybe<ResolversTypes['Container']>, ParentType, ContextType>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['ContainerEditableProperties']>, ParentType, ContextType>;
  entities?: Resolver<Maybe<ResolversTypes['SearchResults']>, ParentType, ContextType, Partial<ContainerentitiesArgs>>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  orreryRuns?: Resolver<Maybe<ResolversTypes['OrreryRunSearchResult']>, ParentType, ContextType, Partial<ContainerorreryRunsArgs>>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  parentContainers?: Resolver<Maybe<ResolversTypes['ParentContainersResult']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['ContainerProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<ContainerrelationshipsArgs, 'input'>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  subTypes?: Resolver<Maybe<ResolversTypes['SubTypes']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ContainerEditablePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContainerEditableProperties'] = ResolversParentTypes['ContainerEditableProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContainerPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContainerProperties'] = ResolversParentTypes['ContainerProperties']> = {
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qualifiedName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CorpGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorpGroup'] = ResolversParentTypes['CorpGroup']> = {
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['CorpGroupProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<CorpGrouprelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CorpGroupPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorpGroupProperties'] = ResolversParentTypes['CorpGroupProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CorpUserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorpUser'] = ResolversParentTypes['CorpUser']> = {
  editableProperties?: Resolver<Maybe<ResolversTypes['CorpUserEditableProperties']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['CorpUserProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<CorpUserrelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CorpUserEditablePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorpUserEditableProperties'] = ResolversParentTypes['CorpUserEditableProperties']> = {
  aboutMe?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pictureLink?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CorpUserPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorpUserProperties'] = ResolversParentTypes['CorpUserProperties']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CustomPropertiesEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomPropertiesEntry'] = ResolversParentTypes['CustomPropertiesEntry']> = {
  associatedUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DataFlowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataFlow'] = ResolversParentTypes['DataFlow']> = {
  browsePathV2?: Resolver<Maybe<ResolversTypes['BrowsePathV2']>, ParentType, ContextType>;
  cluster?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  container?: Resolver<Maybe<ResolversTypes['Container']>, ParentType, ContextType>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['DataFlowEditableProperties']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  flowId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<DataFlowlineageArgs, 'input'>>;
  lineageFeatures?: Resolver<Maybe<ResolversTypes['LineageFeatures']>, ParentType, ContextType>;
  orchestrator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  parentContainers?: Resolver<Maybe<ResolversTypes['ParentContainersResult']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['DataFlowProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DataFlowrelationshipsArgs, 'input'>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataFlowEditablePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataFlowEditableProperties'] = ResolversParentTypes['DataFlowEditableProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DataFlowPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataFlowProperties'] = ResolversParentTypes['DataFlowProperties']> = {
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DataJobResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataJob'] = ResolversParentTypes['DataJob']> = {
  browsePathV2?: Resolver<Maybe<ResolversTypes['BrowsePathV2']>, ParentType, ContextType>;
  container?: Resolver<Maybe<ResolversTypes['Container']>, ParentType, ContextType>;
  dataFlow?: Resolver<Maybe<ResolversTypes['DataFlow']>, ParentType, ContextType>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['DataJobEditableProperties']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  inputOutput?: Resolver<Maybe<ResolversTypes['DataJobInputOutput']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  jobId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<DataJoblineageArgs, 'input'>>;
  lineageFeatures?: Resolver<Maybe<ResolversTypes['LineageFeatures']>, ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  parentContainers?: Resolver<Maybe<ResolversTypes['ParentContainersResult']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['DataJobProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DataJobrelationshipsArgs, 'input'>>;
  runs?: Resolver<Maybe<ResolversTypes['DataProcessInstanceResult']>, ParentType, ContextType, Partial<DataJobrunsArgs>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  subTypes?: Resolver<Maybe<ResolversTypes['SubTypes']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataJobEditablePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataJobEditableProperties'] = ResolversParentTypes['DataJobEditableProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DataJobInputOutputResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataJobInputOutput'] = ResolversParentTypes['DataJobInputOutput']> = {
  inputDatajobs?: Resolver<Maybe<Array<ResolversTypes['DataJob']>>, ParentType, ContextType>;
  inputDatasets?: Resolver<Maybe<Array<ResolversTypes['Dataset']>>, ParentType, ContextType>;
  outputDatasets?: Resolver<Maybe<Array<ResolversTypes['Dataset']>>, ParentType, ContextType>;
};

export type DataJobPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataJobProperties'] = ResolversParentTypes['DataJobProperties']> = {
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DataPlatformResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataPlatform'] = ResolversParentTypes['DataPlatform']> = {
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['DataPlatformProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DataPlatformrelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataPlatformInstanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataPlatformInstance'] = ResolversParentTypes['DataPlatformInstance']> = {
  instanceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DataPlatformInstancerelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataPlatformPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataPlatformProperties'] = ResolversParentTypes['DataPlatformProperties']> = {
  datasetNameDelimiter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  logoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PlatformType'], ParentType, ContextType>;
};

export type DataProcessInstanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataProcessInstance'] = ResolversParentTypes['DataProcessInstance']> = {
  container?: Resolver<Maybe<ResolversTypes['Container']>, ParentType, ContextType>;
  created?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<DataProcessInstancelineageArgs, 'input'>>;
  lineageFeatures?: Resolver<Maybe<ResolversTypes['LineageFeatures']>, ParentType, ContextType>;
  mlTrainingRunProperties?: Resolver<Maybe<ResolversTypes['MLTrainingRunProperties']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orreryDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orreryGlossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  orreryMetricHistory?: Resolver<Maybe<Array<ResolversTypes['OrreryMetricSeries']>>, ParentType, ContextType, Partial<DataProcessInstanceorreryMetricHistoryArgs>>;
  orreryOwnership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  orreryTags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  parentContainers?: Resolver<Maybe<ResolversTypes['ParentContainersResult']>, ParentType, ContextType>;
  parentTemplate?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['DataPlatform']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['DataProcessInstanceProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DataProcessInstancerelationshipsArgs, 'input'>>;
  state?: Resolver<Maybe<Array<Maybe<ResolversTypes['DataProcessRunEvent']>>>, ParentType, ContextType, Partial<DataProcessInstancestateArgs>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  subTypes?: Resolver<Maybe<ResolversTypes['SubTypes']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataProcessInstancePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataProcessInstanceProperties'] = ResolversParentTypes['DataProcessInstanceProperties']> = {
  created?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DataProcessInstanceResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataProcessInstanceResult'] = ResolversParentTypes['DataProcessInstanceResult']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  runs?: Resolver<Maybe<Array<Maybe<ResolversTypes['DataProcessInstance']>>>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DataProcessInstanceRunResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataProcessInstanceRunResult'] = ResolversParentTypes['DataProcessInstanceRunResult']> = {
  nativeResultType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resultType?: Resolver<Maybe<ResolversTypes['DataProcessInstanceRunResultType']>, ParentType, ContextType>;
};

export type DataProcessRunEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataProcessRunEvent'] = ResolversParentTypes['DataProcessRunEvent']> = {
  attempt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  durationMillis?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['DataProcessInstanceRunResult']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['DataProcessRunStatus']>, ParentType, ContextType>;
  timestampMillis?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataTypeEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataTypeEntity'] = ResolversParentTypes['DataTypeEntity']> = {
  info?: Resolver<ResolversTypes['DataTypeInfo'], ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DataTypeEntityrelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataTypeInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataTypeInfo'] = ResolversParentTypes['DataTypeInfo']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualifiedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StdDataType'], ParentType, ContextType>;
};

export type DatasetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dataset'] = ResolversParentTypes['Dataset']> = {
  browsePathV2?: Resolver<Maybe<ResolversTypes['BrowsePathV2']>, ParentType, ContextType>;
  container?: Resolver<Maybe<ResolversTypes['Container']>, ParentType, ContextType>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  datasetProfiles?: Resolver<Maybe<Array<ResolversTypes['DatasetProfile']>>, ParentType, ContextType, Partial<DatasetdatasetProfilesArgs>>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['DatasetEditableProperties']>, ParentType, ContextType>;
  editableSchemaMetadata?: Resolver<Maybe<ResolversTypes['EditableSchemaMetadata']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<DatasetlineageArgs, 'input'>>;
  lineageFeatures?: Resolver<Maybe<ResolversTypes['LineageFeatures']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operations?: Resolver<Maybe<Array<ResolversTypes['Operation']>>, ParentType, ContextType, Partial<DatasetoperationsArgs>>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  parentContainers?: Resolver<Maybe<ResolversTypes['ParentContainersResult']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['DatasetProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DatasetrelationshipsArgs, 'input'>>;
  schemaMetadata?: Resolver<Maybe<ResolversTypes['SchemaMetadata']>, ParentType, ContextType, Partial<DatasetschemaMetadataArgs>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  subTypes?: Resolver<Maybe<ResolversTypes['SubTypes']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usageStats?: Resolver<Maybe<ResolversTypes['UsageQueryResult']>, ParentType, ContextType, Partial<DatasetusageStatsArgs>>;
  versionProperties?: Resolver<Maybe<ResolversTypes['VersionProperties']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DatasetEditablePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetEditableProperties'] = ResolversParentTypes['DatasetEditableProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DatasetFieldProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetFieldProfile'] = ResolversParentTypes['DatasetFieldProfile']> = {
  distinctValueFrequencies?: Resolver<Maybe<Array<ResolversTypes['ValueFrequency']>>, ParentType, ContextType>;
  fieldPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mean?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  median?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nullCount?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  nullProportion?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  quantiles?: Resolver<Maybe<Array<ResolversTypes['Quantile']>>, ParentType, ContextType>;
  sampleValues?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  stdev?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uniqueCount?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  uniqueProportion?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type DatasetProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetProfile'] = ResolversParentTypes['DatasetProfile']> = {
  columnCount?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  fieldProfiles?: Resolver<Maybe<Array<ResolversTypes['DatasetFieldProfile']>>, ParentType, ContextType>;
  partitionSpec?: Resolver<Maybe<ResolversTypes['PartitionSpec']>, ParentType, ContextType>;
  rowCount?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  sizeInBytes?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  timestampMillis?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DatasetPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetProperties'] = ResolversParentTypes['DatasetProperties']> = {
  created?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  createdActor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastModified?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  lastModifiedActor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['FabricType'], ParentType, ContextType>;
  qualifiedName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeprecationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Deprecation'] = ResolversParentTypes['Deprecation']> = {
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorEntity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  decommissionTime?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  deprecated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  replacement?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type DomainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Domain'] = ResolversParentTypes['Domain']> = {
  entities?: Resolver<Maybe<ResolversTypes['SearchResults']>, ParentType, ContextType, Partial<DomainentitiesArgs>>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  parentDomains?: Resolver<Maybe<ResolversTypes['ParentDomainsResult']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['DomainProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DomainrelationshipsArgs, 'input'>>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DomainAssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DomainAssociation'] = ResolversParentTypes['DomainAssociation']> = {
  associatedUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['Domain'], ParentType, ContextType>;
};

export type DomainPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DomainProperties'] = ResolversParentTypes['DomainProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EditableSchemaFieldInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EditableSchemaFieldInfo'] = ResolversParentTypes['EditableSchemaFieldInfo']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fieldPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  globalTags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
};

export type EditableSchemaMetadataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EditableSchemaMetadata'] = ResolversParentTypes['EditableSchemaMetadata']> = {
  editableSchemaFieldInfo?: Resolver<Array<ResolversTypes['EditableSchemaFieldInfo']>, ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Container' | 'CorpGroup' | 'CorpUser' | 'DataFlow' | 'DataJob' | 'DataPlatform' | 'DataPlatformInstance' | 'DataProcessInstance' | 'DataTypeEntity' | 'Dataset' | 'Domain' | 'EntityTypeEntity' | 'GlossaryNode' | 'GlossaryTerm' | 'MLFeature' | 'MLFeatureTable' | 'MLModel' | 'MLModelGroup' | 'MLPrimaryKey' | 'OrreryMlModelDeployment' | 'StructuredPropertyEntity' | 'Tag' | 'VersionSet', ParentType, ContextType>;
};

export type EntityChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityChange'] = ResolversParentTypes['EntityChange']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aspects?: Resolver<Array<ResolversTypes['AspectChange']>, ParentType, ContextType>;
  major?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  timestampMillis?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EntityCountResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityCountResult'] = ResolversParentTypes['EntityCountResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
};

export type EntityCountResultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityCountResults'] = ResolversParentTypes['EntityCountResults']> = {
  counts?: Resolver<Maybe<Array<ResolversTypes['EntityCountResult']>>, ParentType, ContextType>;
};

export type EntityHistoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityHistory'] = ResolversParentTypes['EntityHistory']> = {
  changes?: Resolver<Array<ResolversTypes['EntityChange']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EntityLineageResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityLineageResult'] = ResolversParentTypes['EntityLineageResult']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  filtered?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['LineageRelationship']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type EntityPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityPath'] = ResolversParentTypes['EntityPath']> = {
  path?: Resolver<Array<Maybe<ResolversTypes['Entity']>>, ParentType, ContextType>;
};

export type EntityRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityRelationship'] = ResolversParentTypes['EntityRelationship']> = {
  created?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['RelationshipDirection'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EntityRelationshipsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityRelationshipsResult'] = ResolversParentTypes['EntityRelationshipsResult']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['EntityRelationship']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type EntityTypeEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityTypeEntity'] = ResolversParentTypes['EntityTypeEntity']> = {
  info?: Resolver<ResolversTypes['EntityTypeInfo'], ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<EntityTypeEntityrelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EntityTypeInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityTypeInfo'] = ResolversParentTypes['EntityTypeInfo']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualifiedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
};

export type EntityWithRelationshipsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityWithRelationships'] = ResolversParentTypes['EntityWithRelationships']> = {
  __resolveType: TypeResolveFn<'DataFlow' | 'DataJob' | 'DataProcessInstance' | 'Dataset' | 'MLFeature' | 'MLFeatureTable' | 'MLModel' | 'MLModelGroup' | 'MLPrimaryKey', ParentType, ContextType>;
};

export type FacetMetadataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FacetMetadata'] = ResolversParentTypes['FacetMetadata']> = {
  aggregations?: Resolver<Array<ResolversTypes['AggregationMetadata']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  change?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FieldUsageCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldUsageCounts'] = ResolversParentTypes['FieldUsageCounts']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fieldName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FloatBoxResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FloatBox'] = ResolversParentTypes['FloatBox']> = {
  floatValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GlobalTagsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlobalTags'] = ResolversParentTypes['GlobalTags']> = {
  tags?: Resolver<Maybe<Array<ResolversTypes['TagAssociation']>>, ParentType, ContextType>;
};

export type GlossaryNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlossaryNode'] = ResolversParentTypes['GlossaryNode']> = {
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  parentNodes?: Resolver<Maybe<ResolversTypes['ParentNodesResult']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['GlossaryNodeProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<GlossaryNoderelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GlossaryNodePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlossaryNodeProperties'] = ResolversParentTypes['GlossaryNodeProperties']> = {
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GlossaryTermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlossaryTerm'] = ResolversParentTypes['GlossaryTerm']> = {
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  hierarchicalName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  parentNodes?: Resolver<Maybe<ResolversTypes['ParentNodesResult']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['GlossaryTermProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<GlossaryTermrelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GlossaryTermAssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlossaryTermAssociation'] = ResolversParentTypes['GlossaryTermAssociation']> = {
  actor?: Resolver<Maybe<ResolversTypes['CorpUser']>, ParentType, ContextType>;
  associatedUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  context?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  term?: Resolver<ResolversTypes['GlossaryTerm'], ParentType, ContextType>;
};

export type GlossaryTermPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlossaryTermProperties'] = ResolversParentTypes['GlossaryTermProperties']> = {
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  termSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GlossaryTermsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlossaryTerms'] = ResolversParentTypes['GlossaryTerms']> = {
  terms?: Resolver<Maybe<Array<ResolversTypes['GlossaryTermAssociation']>>, ParentType, ContextType>;
};

export type HyperParameterMapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HyperParameterMap'] = ResolversParentTypes['HyperParameterMap']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['HyperParameterValueType'], ParentType, ContextType>;
};

export type HyperParameterValueTypeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HyperParameterValueType'] = ResolversParentTypes['HyperParameterValueType']> = {
  __resolveType: TypeResolveFn<'BooleanBox' | 'FloatBox' | 'IntBox' | 'StringBox', ParentType, ContextType>;
};

export type InstitutionalMemoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InstitutionalMemory'] = ResolversParentTypes['InstitutionalMemory']> = {
  elements?: Resolver<Array<ResolversTypes['InstitutionalMemoryMetadata']>, ParentType, ContextType>;
};

export type InstitutionalMemoryMetadataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InstitutionalMemoryMetadata'] = ResolversParentTypes['InstitutionalMemoryMetadata']> = {
  associatedUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['CorpUser'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IntBoxResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntBox'] = ResolversParentTypes['IntBox']> = {
  intValue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KeyValueSchemaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KeyValueSchema'] = ResolversParentTypes['KeyValueSchema']> = {
  keySchema?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  valueSchema?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LineageFeaturesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LineageFeatures'] = ResolversParentTypes['LineageFeatures']> = {
  computedAt?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  downstreamCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  upstreamCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LineageGraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LineageGraph'] = ResolversParentTypes['LineageGraph']> = {
  edges?: Resolver<Array<ResolversTypes['LineageGraphEdge']>, ParentType, ContextType>;
  focus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxEdges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LineageGraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  truncatedBy?: Resolver<Array<ResolversTypes['LineageGraphCap']>, ParentType, ContextType>;
};

export type LineageGraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LineageGraphEdge'] = ResolversParentTypes['LineageGraphEdge']> = {
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LineageGraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LineageGraphNode'] = ResolversParentTypes['LineageGraphNode']> = {
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['LineageDirection']>, ParentType, ContextType>;
  downstreamCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  downstreamExplored?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  upstreamCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  upstreamExplored?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LineageRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LineageRelationship'] = ResolversParentTypes['LineageRelationship']> = {
  createdActor?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  createdOn?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  isManual?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  paths?: Resolver<Maybe<Array<Maybe<ResolversTypes['EntityPath']>>>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedActor?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  updatedOn?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
};

export interface LongScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Long'], any> {
  name: 'Long';
}

export type MLFeatureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLFeature'] = ResolversParentTypes['MLFeature']> = {
  browsePathV2?: Resolver<Maybe<ResolversTypes['BrowsePathV2']>, ParentType, ContextType>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  dataType?: Resolver<Maybe<ResolversTypes['MLFeatureDataType']>, ParentType, ContextType>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['MLFeatureEditableProperties']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  featureNamespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  featureProperties?: Resolver<Maybe<ResolversTypes['MLFeatureProperties']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<MLFeaturelineageArgs, 'input'>>;
  lineageFeatures?: Resolver<Maybe<ResolversTypes['LineageFeatures']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orreryDetails?: Resolver<Maybe<ResolversTypes['OrreryMlFeatureDetails']>, ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['MLFeatureProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<MLFeaturerelationshipsArgs, 'input'>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MLFeatureEditablePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLFeatureEditableProperties'] = ResolversParentTypes['MLFeatureEditableProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MLFeaturePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLFeatureProperties'] = ResolversParentTypes['MLFeatureProperties']> = {
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  dataType?: Resolver<Maybe<ResolversTypes['MLFeatureDataType']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Maybe<Array<Maybe<ResolversTypes['Dataset']>>>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['VersionTag']>, ParentType, ContextType>;
};

export type MLFeatureTableResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLFeatureTable'] = ResolversParentTypes['MLFeatureTable']> = {
  browsePathV2?: Resolver<Maybe<ResolversTypes['BrowsePathV2']>, ParentType, ContextType>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['MLFeatureTableEditableProperties']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  featureTableProperties?: Resolver<Maybe<ResolversTypes['MLFeatureTableProperties']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<MLFeatureTablelineageArgs, 'input'>>;
  lineageFeatures?: Resolver<Maybe<ResolversTypes['LineageFeatures']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['MLFeatureTableProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<MLFeatureTablerelationshipsArgs, 'input'>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MLFeatureTableEditablePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLFeatureTableEditableProperties'] = ResolversParentTypes['MLFeatureTableEditableProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MLFeatureTablePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLFeatureTableProperties'] = ResolversParentTypes['MLFeatureTableProperties']> = {
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mlFeatures?: Resolver<Maybe<Array<Maybe<ResolversTypes['MLFeature']>>>, ParentType, ContextType>;
  mlPrimaryKeys?: Resolver<Maybe<Array<Maybe<ResolversTypes['MLPrimaryKey']>>>, ParentType, ContextType>;
};

export type MLHyperParamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLHyperParam'] = ResolversParentTypes['MLHyperParam']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MLMetricResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLMetric'] = ResolversParentTypes['MLMetric']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MLModelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLModel'] = ResolversParentTypes['MLModel']> = {
  browsePathV2?: Resolver<Maybe<ResolversTypes['BrowsePathV2']>, ParentType, ContextType>;
  container?: Resolver<Maybe<ResolversTypes['Container']>, ParentType, ContextType>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['MLModelEditableProperties']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  globalTags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<MLModellineageArgs, 'input'>>;
  lineageFeatures?: Resolver<Maybe<ResolversTypes['LineageFeatures']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['FabricType'], ParentType, ContextType>;
  orreryDeployments?: Resolver<Array<ResolversTypes['OrreryMlModelDeployment']>, ParentType, ContextType>;
  orreryServing?: Resolver<Maybe<ResolversTypes['OrreryMlModelServing']>, ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['MLModelProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<MLModelrelationshipsArgs, 'input'>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versionProperties?: Resolver<Maybe<ResolversTypes['VersionProperties']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MLModelEditablePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLModelEditableProperties'] = ResolversParentTypes['MLModelEditableProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MLModelGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLModelGroup'] = ResolversParentTypes['MLModelGroup']> = {
  browsePathV2?: Resolver<Maybe<ResolversTypes['BrowsePathV2']>, ParentType, ContextType>;
  container?: Resolver<Maybe<ResolversTypes['Container']>, ParentType, ContextType>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['MLModelGroupEditableProperties']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<MLModelGrouplineageArgs, 'input'>>;
  lineageFeatures?: Resolver<Maybe<ResolversTypes['LineageFeatures']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['FabricType'], ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['MLModelGroupProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<MLModelGrouprelationshipsArgs, 'input'>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MLModelGroupEditablePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLModelGroupEditableProperties'] = ResolversParentTypes['MLModelGroupEditableProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MLModelGroupPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLModelGroupProperties'] = ResolversParentTypes['MLModelGroupProperties']> = {
  created?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastModified?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  mlModelLineageInfo?: Resolver<Maybe<ResolversTypes['MLModelLineageInfo']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['VersionTag']>, ParentType, ContextType>;
};

export type MLModelLineageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLModelLineageInfo'] = ResolversParentTypes['MLModelLineageInfo']> = {
  downstreamJobs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  trainingJobs?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type MLModelPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLModelProperties'] = ResolversParentTypes['MLModelProperties']> = {
  created?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Maybe<Array<Maybe<ResolversTypes['MLModelGroup']>>>, ParentType, ContextType>;
  hyperParameters?: Resolver<Maybe<ResolversTypes['HyperParameterMap']>, ParentType, ContextType>;
  hyperParams?: Resolver<Maybe<Array<Maybe<ResolversTypes['MLHyperParam']>>>, ParentType, ContextType>;
  lastModified?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  mlFeatures?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  mlModelLineageInfo?: Resolver<Maybe<ResolversTypes['MLModelLineageInfo']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  trainingMetrics?: Resolver<Maybe<Array<Maybe<ResolversTypes['MLMetric']>>>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MLPrimaryKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLPrimaryKey'] = ResolversParentTypes['MLPrimaryKey']> = {
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  dataType?: Resolver<Maybe<ResolversTypes['MLFeatureDataType']>, ParentType, ContextType>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['MLPrimaryKeyEditableProperties']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  featureNamespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<MLPrimaryKeylineageArgs, 'input'>>;
  lineageFeatures?: Resolver<Maybe<ResolversTypes['LineageFeatures']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  primaryKeyProperties?: Resolver<Maybe<ResolversTypes['MLPrimaryKeyProperties']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['MLPrimaryKeyProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<MLPrimaryKeyrelationshipsArgs, 'input'>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MLPrimaryKeyEditablePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLPrimaryKeyEditableProperties'] = ResolversParentTypes['MLPrimaryKeyEditableProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MLPrimaryKeyPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLPrimaryKeyProperties'] = ResolversParentTypes['MLPrimaryKeyProperties']> = {
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  dataType?: Resolver<Maybe<ResolversTypes['MLFeatureDataType']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Maybe<Array<Maybe<ResolversTypes['Dataset']>>>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['VersionTag']>, ParentType, ContextType>;
};

export type MLTrainingRunPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLTrainingRunProperties'] = ResolversParentTypes['MLTrainingRunProperties']> = {
  hyperParams?: Resolver<Maybe<Array<Maybe<ResolversTypes['MLHyperParam']>>>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outputUrls?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  trainingMetrics?: Resolver<Maybe<Array<Maybe<ResolversTypes['MLMetric']>>>, ParentType, ContextType>;
};

export type MatchedFieldResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchedField'] = ResolversParentTypes['MatchedField']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addOwner?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationaddOwnerArgs, 'input'>>;
  addOwners?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationaddOwnersArgs, 'input'>>;
  addTag?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationaddTagArgs, 'input'>>;
  addTags?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationaddTagsArgs, 'input'>>;
  addTerm?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationaddTermArgs, 'input'>>;
  addTerms?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationaddTermsArgs, 'input'>>;
  batchAddTags?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationbatchAddTagsArgs, 'input'>>;
  batchAddTerms?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationbatchAddTermsArgs, 'input'>>;
  batchRemoveTags?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationbatchRemoveTagsArgs, 'input'>>;
  batchRemoveTerms?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationbatchRemoveTermsArgs, 'input'>>;
  createTag?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationcreateTagArgs, 'input'>>;
  patchEntities?: Resolver<Array<ResolversTypes['PatchEntityResult']>, ParentType, ContextType, RequireFields<MutationpatchEntitiesArgs, 'input'>>;
  patchEntity?: Resolver<ResolversTypes['PatchEntityResult'], ParentType, ContextType, RequireFields<MutationpatchEntityArgs, 'input'>>;
  removeOwner?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationremoveOwnerArgs, 'input'>>;
  removeTag?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationremoveTagArgs, 'input'>>;
  removeTerm?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationremoveTermArgs, 'input'>>;
  updateDescription?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationupdateDescriptionArgs, 'input'>>;
  updateName?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationupdateNameArgs, 'input'>>;
};

export type NumberValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NumberValue'] = ResolversParentTypes['NumberValue']> = {
  numberValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OperationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Operation'] = ResolversParentTypes['Operation']> = {
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  affectedDatasets?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  customOperationType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['StringMapEntry']>>, ParentType, ContextType>;
  lastUpdatedTimestamp?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  numAffectedRows?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  operationType?: Resolver<ResolversTypes['OperationType'], ParentType, ContextType>;
  partition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceType?: Resolver<Maybe<ResolversTypes['OperationSourceType']>, ParentType, ContextType>;
  timestampMillis?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrreryFeatureSourceColumnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryFeatureSourceColumn'] = ResolversParentTypes['OrreryFeatureSourceColumn']> = {
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dataType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dataset?: Resolver<Maybe<ResolversTypes['Dataset']>, ParentType, ContextType>;
  datasetUrn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fieldPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrreryInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryInfo'] = ResolversParentTypes['OrreryInfo']> = {
  extensions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrreryMetricPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryMetricPoint'] = ResolversParentTypes['OrreryMetricPoint']> = {
  step?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  timestampMillis?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type OrreryMetricSeriesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryMetricSeries'] = ResolversParentTypes['OrreryMetricSeries']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['OrreryMetricPoint']>, ParentType, ContextType>;
  totalPoints?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type OrreryMlFeatureDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryMlFeatureDetails'] = ResolversParentTypes['OrreryMlFeatureDetails']> = {
  featureAlgorithm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceColumns?: Resolver<Array<ResolversTypes['OrreryFeatureSourceColumn']>, ParentType, ContextType>;
};

export type OrreryMlModelDashboardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryMlModelDashboard'] = ResolversParentTypes['OrreryMlModelDashboard']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualifiedName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrreryMlModelDeploymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryMlModelDeployment'] = ResolversParentTypes['OrreryMlModelDeployment']> = {
  exists?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  models?: Resolver<Array<ResolversTypes['MLModel']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['FabricType']>, ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['DataPlatform']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['OrreryMlModelDeploymentProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<OrreryMlModelDeploymentrelationshipsArgs, 'input'>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrreryMlModelDeploymentPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryMlModelDeploymentProperties'] = ResolversParentTypes['OrreryMlModelDeploymentProperties']> = {
  createdAt?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['OrreryDeploymentStatus']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['VersionTag']>, ParentType, ContextType>;
};

export type OrreryMlModelServingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryMlModelServing'] = ResolversParentTypes['OrreryMlModelServing']> = {
  dashboard?: Resolver<Maybe<ResolversTypes['OrreryMlModelDashboard']>, ParentType, ContextType>;
  servingEndpoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  store?: Resolver<Maybe<ResolversTypes['OrreryMlModelStore']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrreryMlModelStoreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryMlModelStore'] = ResolversParentTypes['OrreryMlModelStore']> = {
  imageRepository?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  storage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrreryRunKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryRunKey'] = ResolversParentTypes['OrreryRunKey']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  runs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  varies?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type OrreryRunSearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryRunSearchResult'] = ResolversParentTypes['OrreryRunSearchResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['OrreryRunKey']>, ParentType, ContextType>;
  runs?: Resolver<Array<ResolversTypes['DataProcessInstance']>, ParentType, ContextType>;
  runsInExperiment?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OwnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Owner'] = ResolversParentTypes['Owner']> = {
  associatedUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['OwnerType'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['OwnershipSource']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['OwnershipType']>, ParentType, ContextType>;
};

export type OwnerTypeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OwnerType'] = ResolversParentTypes['OwnerType']> = {
  __resolveType: TypeResolveFn<'CorpGroup' | 'CorpUser', ParentType, ContextType>;
};

export type OwnershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Ownership'] = ResolversParentTypes['Ownership']> = {
  lastModified?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  owners?: Resolver<Maybe<Array<ResolversTypes['Owner']>>, ParentType, ContextType>;
};

export type OwnershipSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OwnershipSource'] = ResolversParentTypes['OwnershipSource']> = {
  type?: Resolver<ResolversTypes['OwnershipSourceType'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParentContainersResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParentContainersResult'] = ResolversParentTypes['ParentContainersResult']> = {
  containers?: Resolver<Array<ResolversTypes['Container']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ParentDomainsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParentDomainsResult'] = ResolversParentTypes['ParentDomainsResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  domains?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type ParentNodesResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParentNodesResult'] = ResolversParentTypes['ParentNodesResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GlossaryNode']>, ParentType, ContextType>;
};

export type PartitionSpecResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartitionSpec'] = ResolversParentTypes['PartitionSpec']> = {
  partition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timePartition?: Resolver<Maybe<ResolversTypes['TimeWindow']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PartitionType'], ParentType, ContextType>;
};

export type PatchEntityResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PatchEntityResult'] = ResolversParentTypes['PatchEntityResult']> = {
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlatformPrivilegesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlatformPrivileges'] = ResolversParentTypes['PlatformPrivileges']> = {
  createTags?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageGlossaries?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageIdentities?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageIngestion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageTags?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageTokens?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PlatformSchemaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlatformSchema'] = ResolversParentTypes['PlatformSchema']> = {
  __resolveType: TypeResolveFn<'KeyValueSchema' | 'TableSchema', ParentType, ContextType>;
};

export type PropertyValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PropertyValue'] = ResolversParentTypes['PropertyValue']> = {
  __resolveType: TypeResolveFn<'NumberValue' | 'StringValue', ParentType, ContextType>;
};

export type QuantileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Quantile'] = ResolversParentTypes['Quantile']> = {
  quantile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  autoComplete?: Resolver<Maybe<ResolversTypes['AutoCompleteResults']>, ParentType, ContextType, RequireFields<QueryautoCompleteArgs, 'input'>>;
  autoCompleteForMultiple?: Resolver<Maybe<ResolversTypes['AutoCompleteMultipleResults']>, ParentType, ContextType, RequireFields<QueryautoCompleteForMultipleArgs, 'input'>>;
  container?: Resolver<Maybe<ResolversTypes['Container']>, ParentType, ContextType, RequireFields<QuerycontainerArgs, 'urn'>>;
  corpGroup?: Resolver<Maybe<ResolversTypes['CorpGroup']>, ParentType, ContextType, RequireFields<QuerycorpGroupArgs, 'urn'>>;
  corpUser?: Resolver<Maybe<ResolversTypes['CorpUser']>, ParentType, ContextType, RequireFields<QuerycorpUserArgs, 'urn'>>;
  dataFlow?: Resolver<Maybe<ResolversTypes['DataFlow']>, ParentType, ContextType, RequireFields<QuerydataFlowArgs, 'urn'>>;
  dataJob?: Resolver<Maybe<ResolversTypes['DataJob']>, ParentType, ContextType, RequireFields<QuerydataJobArgs, 'urn'>>;
  dataPlatform?: Resolver<Maybe<ResolversTypes['DataPlatform']>, ParentType, ContextType, RequireFields<QuerydataPlatformArgs, 'urn'>>;
  dataProcessInstance?: Resolver<Maybe<ResolversTypes['DataProcessInstance']>, ParentType, ContextType, RequireFields<QuerydataProcessInstanceArgs, 'urn'>>;
  dataset?: Resolver<Maybe<ResolversTypes['Dataset']>, ParentType, ContextType, RequireFields<QuerydatasetArgs, 'urn'>>;
  domain?: Resolver<Maybe<ResolversTypes['Domain']>, ParentType, ContextType, RequireFields<QuerydomainArgs, 'urn'>>;
  entities?: Resolver<Maybe<Array<Maybe<ResolversTypes['Entity']>>>, ParentType, ContextType, RequireFields<QueryentitiesArgs, 'urns'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryentityArgs, 'urn'>>;
  entityExists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<QueryentityExistsArgs, 'urn'>>;
  entityHistory?: Resolver<Maybe<ResolversTypes['EntityHistory']>, ParentType, ContextType, RequireFields<QueryentityHistoryArgs, 'count' | 'start' | 'urn'>>;
  getEntityCounts?: Resolver<Maybe<ResolversTypes['EntityCountResults']>, ParentType, ContextType, Partial<QuerygetEntityCountsArgs>>;
  glossaryNode?: Resolver<Maybe<ResolversTypes['GlossaryNode']>, ParentType, ContextType, RequireFields<QueryglossaryNodeArgs, 'urn'>>;
  glossaryTerm?: Resolver<Maybe<ResolversTypes['GlossaryTerm']>, ParentType, ContextType, RequireFields<QueryglossaryTermArgs, 'urn'>>;
  lineageGraph?: Resolver<Maybe<ResolversTypes['LineageGraph']>, ParentType, ContextType, RequireFields<QuerylineageGraphArgs, 'input'>>;
  me?: Resolver<Maybe<ResolversTypes['AuthenticatedUser']>, ParentType, ContextType>;
  mlFeature?: Resolver<Maybe<ResolversTypes['MLFeature']>, ParentType, ContextType, RequireFields<QuerymlFeatureArgs, 'urn'>>;
  mlFeatureTable?: Resolver<Maybe<ResolversTypes['MLFeatureTable']>, ParentType, ContextType, RequireFields<QuerymlFeatureTableArgs, 'urn'>>;
  mlModel?: Resolver<Maybe<ResolversTypes['MLModel']>, ParentType, ContextType, RequireFields<QuerymlModelArgs, 'urn'>>;
  mlModelGroup?: Resolver<Maybe<ResolversTypes['MLModelGroup']>, ParentType, ContextType, RequireFields<QuerymlModelGroupArgs, 'urn'>>;
  mlPrimaryKey?: Resolver<Maybe<ResolversTypes['MLPrimaryKey']>, ParentType, ContextType, RequireFields<QuerymlPrimaryKeyArgs, 'urn'>>;
  orreryInfo?: Resolver<ResolversTypes['OrreryInfo'], ParentType, ContextType>;
  orreryMlModelDeployment?: Resolver<Maybe<ResolversTypes['OrreryMlModelDeployment']>, ParentType, ContextType, RequireFields<QueryorreryMlModelDeploymentArgs, 'urn'>>;
  searchAcrossEntities?: Resolver<Maybe<ResolversTypes['SearchResults']>, ParentType, ContextType, RequireFields<QuerysearchAcrossEntitiesArgs, 'input'>>;
  searchAcrossLineage?: Resolver<Maybe<ResolversTypes['SearchAcrossLineageResults']>, ParentType, ContextType, RequireFields<QuerysearchAcrossLineageArgs, 'input'>>;
  structuredProperty?: Resolver<Maybe<ResolversTypes['StructuredPropertyEntity']>, ParentType, ContextType, RequireFields<QuerystructuredPropertyArgs, 'urn'>>;
  tag?: Resolver<Maybe<ResolversTypes['Tag']>, ParentType, ContextType, RequireFields<QuerytagArgs, 'urn'>>;
  versionSet?: Resolver<Maybe<ResolversTypes['VersionSet']>, ParentType, ContextType, RequireFields<QueryversionSetArgs, 'urn'>>;
};

export type ResolvedAuditStampResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResolvedAuditStamp'] = ResolversParentTypes['ResolvedAuditStamp']> = {
  actor?: Resolver<Maybe<ResolversTypes['CorpUser']>, ParentType, ContextType>;
  time?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
};

export type SchemaFieldResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchemaField'] = ResolversParentTypes['SchemaField']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fieldPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  globalTags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  isPartOfKey?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isPartitioningKey?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  jsonPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jsonProps?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nativeDataType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nullable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recursive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SchemaFieldDataType'], ParentType, ContextType>;
};

export type SchemaMetadataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchemaMetadata'] = ResolversParentTypes['SchemaMetadata']> = {
  aspectVersion?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  cluster?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  datasetUrn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['SchemaField']>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platformSchema?: Resolver<Maybe<ResolversTypes['PlatformSchema']>, ParentType, ContextType>;
  platformUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  primaryKeys?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchAcrossLineageResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchAcrossLineageResult'] = ResolversParentTypes['SearchAcrossLineageResult']> = {
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  degrees?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  explored?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ignoredAsHop?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  matchedFields?: Resolver<Array<ResolversTypes['MatchedField']>, ParentType, ContextType>;
  paths?: Resolver<Maybe<Array<Maybe<ResolversTypes['EntityPath']>>>, ParentType, ContextType>;
  truncatedChildren?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SearchAcrossLineageResultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchAcrossLineageResults'] = ResolversParentTypes['SearchAcrossLineageResults']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facets?: Resolver<Maybe<Array<ResolversTypes['FacetMetadata']>>, ParentType, ContextType>;
  searchResults?: Resolver<Array<ResolversTypes['SearchAcrossLineageResult']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  matchedFields?: Resolver<Array<ResolversTypes['MatchedField']>, ParentType, ContextType>;
};

export type SearchResultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResults'] = ResolversParentTypes['SearchResults']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facets?: Resolver<Maybe<Array<ResolversTypes['FacetMetadata']>>, ParentType, ContextType>;
  searchResults?: Resolver<Array<ResolversTypes['SearchResult']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Status'] = ResolversParentTypes['Status']> = {
  removed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type StringBoxResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StringBox'] = ResolversParentTypes['StringBox']> = {
  stringValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StringMapEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StringMapEntry'] = ResolversParentTypes['StringMapEntry']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StringValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StringValue'] = ResolversParentTypes['StringValue']> = {
  stringValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StructuredPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StructuredProperties'] = ResolversParentTypes['StructuredProperties']> = {
  properties?: Resolver<Maybe<Array<ResolversTypes['StructuredPropertiesEntry']>>, ParentType, ContextType>;
};

export type StructuredPropertiesEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StructuredPropertiesEntry'] = ResolversParentTypes['StructuredPropertiesEntry']> = {
  associatedUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  structuredProperty?: Resolver<ResolversTypes['StructuredPropertyEntity'], ParentType, ContextType>;
  valueEntities?: Resolver<Maybe<Array<Maybe<ResolversTypes['Entity']>>>, ParentType, ContextType>;
  values?: Resolver<Array<Maybe<ResolversTypes['PropertyValue']>>, ParentType, ContextType>;
};

export type StructuredPropertyDefinitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StructuredPropertyDefinition'] = ResolversParentTypes['StructuredPropertyDefinition']> = {
  allowedValues?: Resolver<Maybe<Array<ResolversTypes['AllowedValue']>>, ParentType, ContextType>;
  cardinality?: Resolver<Maybe<ResolversTypes['PropertyCardinality']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityTypes?: Resolver<Array<ResolversTypes['EntityTypeEntity']>, ParentType, ContextType>;
  immutable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  qualifiedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  valueType?: Resolver<ResolversTypes['DataTypeEntity'], ParentType, ContextType>;
};

export type StructuredPropertyEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StructuredPropertyEntity'] = ResolversParentTypes['StructuredPropertyEntity']> = {
  definition?: Resolver<ResolversTypes['StructuredPropertyDefinition'], ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<StructuredPropertyEntityrelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubTypesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubTypes'] = ResolversParentTypes['SubTypes']> = {
  typeNames?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type SupportsVersionsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportsVersions'] = ResolversParentTypes['SupportsVersions']> = {
  __resolveType: TypeResolveFn<'Dataset' | 'MLModel', ParentType, ContextType>;
};

export type TableSchemaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TableSchema'] = ResolversParentTypes['TableSchema']> = {
  schema?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TagResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Tag'] = ResolversParentTypes['Tag']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['TagProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<TagrelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TagAssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TagAssociation'] = ResolversParentTypes['TagAssociation']> = {
  associatedUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  context?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tag?: Resolver<ResolversTypes['Tag'], ParentType, ContextType>;
};

export type TagPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TagProperties'] = ResolversParentTypes['TagProperties']> = {
  colorHex?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimeSeriesAspectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeSeriesAspect'] = ResolversParentTypes['TimeSeriesAspect']> = {
  __resolveType: TypeResolveFn<'DataProcessRunEvent' | 'DatasetProfile' | 'Operation', ParentType, ContextType>;
};

export type TimeWindowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeWindow'] = ResolversParentTypes['TimeWindow']> = {
  durationMillis?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  startTimeMillis?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
};

export type UsageAggregationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UsageAggregation'] = ResolversParentTypes['UsageAggregation']> = {
  bucket?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  duration?: Resolver<Maybe<ResolversTypes['WindowDuration']>, ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['UsageAggregationMetrics']>, ParentType, ContextType>;
  resource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UsageAggregationMetricsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UsageAggregationMetrics'] = ResolversParentTypes['UsageAggregationMetrics']> = {
  fields?: Resolver<Maybe<Array<Maybe<ResolversTypes['FieldUsageCounts']>>>, ParentType, ContextType>;
  topSqlQueries?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  totalSqlQueries?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  uniqueUserCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  users?: Resolver<Maybe<Array<Maybe<ResolversTypes['UserUsageCounts']>>>, ParentType, ContextType>;
};

export type UsageQueryResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UsageQueryResult'] = ResolversParentTypes['UsageQueryResult']> = {
  aggregations?: Resolver<Maybe<ResolversTypes['UsageQueryResultAggregations']>, ParentType, ContextType>;
  buckets?: Resolver<Maybe<Array<Maybe<ResolversTypes['UsageAggregation']>>>, ParentType, ContextType>;
};

export type UsageQueryResultAggregationsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UsageQueryResultAggregations'] = ResolversParentTypes['UsageQueryResultAggregations']> = {
  fields?: Resolver<Maybe<Array<Maybe<ResolversTypes['FieldUsageCounts']>>>, ParentType, ContextType>;
  totalSqlQueries?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  uniqueUserCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  users?: Resolver<Maybe<Array<Maybe<ResolversTypes['UserUsageCounts']>>>, ParentType, ContextType>;
};

export type UserUsageCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserUsageCounts'] = ResolversParentTypes['UserUsageCounts']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['CorpUser']>, ParentType, ContextType>;
  userEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ValueFrequencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ValueFrequency'] = ResolversParentTypes['ValueFrequency']> = {
  frequency?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VersionPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VersionProperties'] = ResolversParentTypes['VersionProperties']> = {
  aliases?: Resolver<Array<ResolversTypes['VersionTag']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  created?: Resolver<Maybe<ResolversTypes['ResolvedAuditStamp']>, ParentType, ContextType>;
  createdInSource?: Resolver<Maybe<ResolversTypes['ResolvedAuditStamp']>, ParentType, ContextType>;
  isLatest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['VersionTag'], ParentType, ContextType>;
  versionSet?: Resolver<ResolversTypes['VersionSet'], ParentType, ContextType>;
};

export type VersionSetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VersionSet'] = ResolversParentTypes['VersionSet']> = {
  latestVersion?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<VersionSetrelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VersionTagResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VersionTag'] = ResolversParentTypes['VersionTag']> = {
  versionTag?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AggregationMetadata?: AggregationMetadataResolvers<ContextType>;
  AllowedValue?: AllowedValueResolvers<ContextType>;
  Aspect?: AspectResolvers<ContextType>;
  AspectChange?: AspectChangeResolvers<ContextType>;
  AuditStamp?: AuditStampResolvers<ContextType>;
  AuthenticatedUser?: AuthenticatedUserResolvers<ContextType>;
  AutoCompleteMultipleResults?: AutoCompleteMultipleResultsResolvers<ContextType>;
  AutoCompleteResultForEntity?: AutoCompleteResultForEntityResolvers<ContextType>;
  AutoCompleteResults?: AutoCompleteResultsResolvers<ContextType>;
  BooleanBox?: BooleanBoxResolvers<ContextType>;
  BrowsePathEntry?: BrowsePathEntryResolvers<ContextType>;
  BrowsePathV2?: BrowsePathV2Resolvers<ContextType>;
  Container?: ContainerResolvers<ContextType>;
  ContainerEditableProperties?: ContainerEditablePropertiesResolvers<ContextType>;
  ContainerProperties?: ContainerPropertiesResolvers<ContextType>;
  CorpGroup?: CorpGroupResolvers<ContextType>;
  CorpGroupProperties?: CorpGroupPropertiesResolvers<ContextType>;
  CorpUser?: CorpUserResolvers<ContextType>;
  CorpUserEditableProperties?: CorpUserEditablePropertiesResolvers<ContextType>;
  CorpUserProperties?: CorpUserPropertiesResolvers<ContextType>;
  CustomPropertiesEntry?: CustomPropertiesEntryResolvers<ContextType>;
  DataFlow?: DataFlowResolvers<ContextType>;
  DataFlowEditableProperties?: DataFlowEditablePropertiesResolvers<ContextType>;
  DataFlowProperties?: DataFlowPropertiesResolvers<ContextType>;
  DataJob?: DataJobResolvers<ContextType>;
  DataJobEditableProperties?: DataJobEditablePropertiesResolvers<ContextType>;
  DataJobInputOutput?: DataJobInputOutputResolvers<ContextType>;
  DataJobProperties?: DataJobPropertiesResolvers<ContextType>;
  DataPlatform?: DataPlatformResolvers<ContextType>;
  DataPlatformInstance?: DataPlatformInstanceResolvers<ContextType>;
  DataPlatformProperties?: DataPlatformPropertiesResolvers<ContextType>;
  DataProcessInstance?: DataProcessInstanceResolvers<ContextType>;
  DataProcessInstanceProperties?: DataProcessInstancePropertiesResolvers<ContextType>;
  DataProcessInstanceResult?: DataProcessInstanceResultResolvers<ContextType>;
  DataProcessInstanceRunResult?: DataProcessInstanceRunResultResolvers<ContextType>;
  DataProcessRunEvent?: DataProcessRunEventResolvers<ContextType>;
  DataTypeEntity?: DataTypeEntityResolvers<ContextType>;
  DataTypeInfo?: DataTypeInfoResolvers<ContextType>;
  Dataset?: DatasetResolvers<ContextType>;
  DatasetEditableProperties?: DatasetEditablePropertiesResolvers<ContextType>;
  DatasetFieldProfile?: DatasetFieldProfileResolvers<ContextType>;
  DatasetProfile?: DatasetProfileResolvers<ContextType>;
  DatasetProperties?: DatasetPropertiesResolvers<ContextType>;
  Deprecation?: DeprecationResolvers<ContextType>;
  Domain?: DomainResolvers<ContextType>;
  DomainAssociation?: DomainAssociationResolvers<ContextType>;
  DomainProperties?: DomainPropertiesResolvers<ContextType>;
  EditableSchemaFieldInfo?: EditableSchemaFieldInfoResolvers<ContextType>;
  EditableSchemaMetadata?: EditableSchemaMetadataResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityChange?: EntityChangeResolvers<ContextType>;
  EntityCountResult?: EntityCountResultResolvers<ContextType>;
  EntityCountResults?: EntityCountResultsResolvers<ContextType>;
  EntityHistory?: EntityHistoryResolvers<ContextType>;
  EntityLineageResult?: EntityLineageResultResolvers<ContextType>;
  EntityPath?: EntityPathResolvers<ContextType>;
  EntityRelationship?: EntityRelationshipResolvers<ContextType>;
  EntityRelationshipsResult?: EntityRelationshipsResultResolvers<ContextType>;
  EntityTypeEntity?: EntityTypeEntityResolvers<ContextType>;
  EntityTypeInfo?: EntityTypeInfoResolvers<ContextType>;
  EntityWithRelationships?: EntityWithRelationshipsResolvers<ContextType>;
  FacetMetadata?: FacetMetadataResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  FieldUsageCounts?: FieldUsageCountsResolvers<ContextType>;
  FloatBox?: FloatBoxResolvers<ContextType>;
  GlobalTags?: GlobalTagsResolvers<ContextType>;
  GlossaryNode?: GlossaryNodeResolvers<ContextType>;
  GlossaryNodeProperties?: GlossaryNodePropertiesResolvers<ContextType>;
  GlossaryTerm?: GlossaryTermResolvers<ContextType>;
  GlossaryTermAssociation?: GlossaryTermAssociationResolvers<ContextType>;
  GlossaryTermProperties?: GlossaryTermPropertiesResolvers<ContextType>;
  GlossaryTerms?: GlossaryTermsResolvers<ContextType>;
  HyperParameterMap?: HyperParameterMapResolvers<ContextType>;
  HyperParameterValueType?: HyperParameterValueTypeResolvers<ContextType>;
  InstitutionalMemory?: InstitutionalMemoryResolvers<ContextType>;
  InstitutionalMemoryMetadata?: InstitutionalMemoryMetadataResolvers<ContextType>;
  IntBox?: IntBoxResolvers<ContextType>;
  KeyValueSchema?: KeyValueSchemaResolvers<ContextType>;
  LineageFeatures?: LineageFeaturesResolvers<ContextType>;
  LineageGraph?: LineageGraphResolvers<ContextType>;
  LineageGraphEdge?: LineageGraphEdgeResolvers<ContextType>;
  LineageGraphNode?: LineageGraphNodeResolvers<ContextType>;
  LineageRelationship?: LineageRelationshipResolvers<ContextType>;
  Long?: GraphQLScalarType;
  MLFeature?: MLFeatureResolvers<ContextType>;
  MLFeatureEditableProperties?: MLFeatureEditablePropertiesResolvers<ContextType>;
  MLFeatureProperties?: MLFeaturePropertiesResolvers<ContextType>;
  MLFeatureTable?: MLFeatureTableResolvers<ContextType>;
  MLFeatureTableEditableProperties?: MLFeatureTableEditablePropertiesResolvers<ContextType>;
  MLFeatureTableProperties?: MLFeatureTablePropertiesResolvers<ContextType>;
  MLHyperParam?: MLHyperParamResolvers<ContextType>;
  MLMetric?: MLMetricResolvers<ContextType>;
  MLModel?: MLModelResolvers<ContextType>;
  MLModelEditableProperties?: MLModelEditablePropertiesResolvers<ContextType>;
  MLModelGroup?: MLModelGroupResolvers<ContextType>;
  MLModelGroupEditableProperties?: MLModelGroupEditablePropertiesResolvers<ContextType>;
  MLModelGroupProperties?: MLModelGroupPropertiesResolvers<ContextType>;
  MLModelLineageInfo?: MLModelLineageInfoResolvers<ContextType>;
  MLModelProperties?: MLModelPropertiesResolvers<ContextType>;
  MLPrimaryKey?: MLPrimaryKeyResolvers<ContextType>;
  MLPrimaryKeyEditableProperties?: MLPrimaryKeyEditablePropertiesResolvers<ContextType>;
  MLPrimaryKeyProperties?: MLPrimaryKeyPropertiesResolvers<ContextType>;
  MLTrainingRunProperties?: MLTrainingRunPropertiesResolvers<ContextType>;
  MatchedField?: MatchedFieldResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NumberValue?: NumberValueResolvers<ContextType>;
  Operation?: OperationResolvers<ContextType>;
  OrreryFeatureSourceColumn?: OrreryFeatureSourceColumnResolvers<ContextType>;
  OrreryInfo?: OrreryInfoResolvers<ContextType>;
  OrreryMetricPoint?: OrreryMetricPointResolvers<ContextType>;
  OrreryMetricSeries?: OrreryMetricSeriesResolvers<ContextType>;
  OrreryMlFeatureDetails?: OrreryMlFeatureDetailsResolvers<ContextType>;
  OrreryMlModelDashboard?: OrreryMlModelDashboardResolvers<ContextType>;
  OrreryMlModelDeployment?: OrreryMlModelDeploymentResolvers<ContextType>;
  OrreryMlModelDeploymentProperties?: OrreryMlModelDeploymentPropertiesResolvers<ContextType>;
  OrreryMlModelServing?: OrreryMlModelServingResolvers<ContextType>;
  OrreryMlModelStore?: OrreryMlModelStoreResolvers<ContextType>;
  OrreryRunKey?: OrreryRunKeyResolvers<ContextType>;
  OrreryRunSearchResult?: OrreryRunSearchResultResolvers<ContextType>;
  Owner?: OwnerResolvers<ContextType>;
  OwnerType?: OwnerTypeResolvers<ContextType>;
  Ownership?: OwnershipResolvers<ContextType>;
  OwnershipSource?: OwnershipSourceResolvers<ContextType>;
  ParentContainersResult?: ParentContainersResultResolvers<ContextType>;
  ParentDomainsResult?: ParentDomainsResultResolvers<ContextType>;
  ParentNodesResult?: ParentNodesResultResolvers<ContextType>;
  PartitionSpec?: PartitionSpecResolvers<ContextType>;
  PatchEntityResult?: PatchEntityResultResolvers<ContextType>;
  PlatformPrivileges?: PlatformPrivilegesResolvers<ContextType>;
  PlatformSchema?: PlatformSchemaResolvers<ContextType>;
  PropertyValue?: PropertyValueResolvers<ContextType>;
  Quantile?: QuantileResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResolvedAuditStamp?: ResolvedAuditStampResolvers<ContextType>;
  SchemaField?: SchemaFieldResolvers<ContextType>;
  SchemaMetadata?: SchemaMetadataResolvers<ContextType>;
  SearchAcrossLineageResult?: SearchAcrossLineageResultResolvers<ContextType>;
  SearchAcrossLineageResults?: SearchAcrossLineageResultsResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SearchResults?: SearchResultsResolvers<ContextType>;
  Status?: StatusResolvers<ContextType>;
  StringBox?: StringBoxResolvers<ContextType>;
  StringMapEntry?: StringMapEntryResolvers<ContextType>;
  StringValue?: StringValueResolvers<ContextType>;
  StructuredProperties?: StructuredPropertiesResolvers<ContextType>;
  StructuredPropertiesEntry?: StructuredPropertiesEntryResolvers<ContextType>;
  StructuredPropertyDefinition?: StructuredPropertyDefinitionResolvers<ContextType>;
  StructuredPropertyEntity?: StructuredPropertyEntityResolvers<ContextType>;
  SubTypes?: SubTypesResolvers<ContextType>;
  SupportsVersions?: SupportsVersionsResolvers<ContextType>;
  TableSchema?: TableSchemaResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  TagAssociation?: TagAssociationResolvers<ContextType>;
  TagProperties?: TagPropertiesResolvers<ContextType>;
  TimeSeriesAspect?: TimeSeriesAspectResolvers<ContextType>;
  TimeWindow?: TimeWindowResolvers<ContextType>;
  UsageAggregation?: UsageAggregationResolvers<ContextType>;
  UsageAggregationMetrics?: UsageAggregationMetricsResolvers<ContextType>;
  UsageQueryResult?: UsageQueryResultResolvers<ContextType>;
  UsageQueryResultAggregations?: UsageQueryResultAggregationsResolvers<ContextType>;
  UserUsageCounts?: UserUsageCountsResolvers<ContextType>;
  ValueFrequency?: ValueFrequencyResolvers<ContextType>;
  VersionProperties?: VersionPropertiesResolvers<ContextType>;
  VersionSet?: VersionSetResolvers<ContextType>;
  VersionTag?: VersionTagResolvers<ContextType>;
};

