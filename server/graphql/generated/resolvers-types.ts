import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRef, ContainerPropertiesParent, DataProcessInstancePropertiesParent, DatasetPropertiesParent, MLFeaturePropertiesParent, MLFeatureTablePropertiesParent, MLModelGroupPropertiesParent, MLModelPropertiesParent, MLPrimaryKeyPropertiesParent, MLTrainingRunPropertiesParent, SchemaMetadataParent, VersionPropertiesParent, DataFlowPropertiesParent, DataJobPropertiesParent, DataJobInputOutputParent, FeatureSourceColumn, DeploymentParent, DomainAssociationParent, StructuredPropertiesEntryParent, BooleanBoxParent, FloatBoxParent, IntBoxParent, StringBoxParent } from '../parents';
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

export type AcceptRoleInput = {
  inviteToken: Scalars['String']['input'];
};

export type Access = {
  __typename?: 'Access';
  roles?: Maybe<Array<RoleAssociation>>;
};

export type AccessLevel =
  | 'PRIVATE'
  | 'PUBLIC';

export type AccessToken = {
  __typename?: 'AccessToken';
  accessToken: Scalars['String']['output'];
  metadata?: Maybe<AccessTokenMetadata>;
};

export type AccessTokenDuration =
  | 'NO_EXPIRY'
  | 'ONE_DAY'
  | 'ONE_HOUR'
  | 'ONE_MONTH'
  | 'ONE_WEEK'
  | 'ONE_YEAR'
  | 'SIX_MONTHS'
  | 'THREE_MONTHS';

export type AccessTokenMetadata = Entity & {
  __typename?: 'AccessTokenMetadata';
  actorUrn: Scalars['String']['output'];
  createdAt: Scalars['Long']['output'];
  description?: Maybe<Scalars['String']['output']>;
  expiresAt?: Maybe<Scalars['Long']['output']>;
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
  ownerUrn: Scalars['String']['output'];
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type AccessTokenMetadatarelationshipsArgs = {
  input: RelationshipsInput;
};

export type AccessTokenType =
  | 'PERSONAL';

export type ActiveIncidentHealthDetails = {
  __typename?: 'ActiveIncidentHealthDetails';
  count: Scalars['Int']['output'];
  lastActivityAt?: Maybe<Scalars['Long']['output']>;
  latestIncidentTitle?: Maybe<Scalars['String']['output']>;
  latestIncidentUrn?: Maybe<Scalars['String']['output']>;
};

export type Actor = {
  __typename?: 'Actor';
  groups?: Maybe<Array<RoleGroup>>;
  users?: Maybe<Array<RoleUser>>;
};

export type ActorFilter = {
  __typename?: 'ActorFilter';
  allGroups: Scalars['Boolean']['output'];
  allUsers: Scalars['Boolean']['output'];
  groups?: Maybe<Array<Scalars['String']['output']>>;
  resolvedGroups?: Maybe<Array<CorpGroup>>;
  resolvedOwnershipTypes?: Maybe<Array<OwnershipTypeEntity>>;
  resolvedRoles?: Maybe<Array<DataHubRole>>;
  resolvedUsers?: Maybe<Array<CorpUser>>;
  resourceOwners: Scalars['Boolean']['output'];
  resourceOwnersTypes?: Maybe<Array<Scalars['String']['output']>>;
  roles?: Maybe<Array<Scalars['String']['output']>>;
  users?: Maybe<Array<Scalars['String']['output']>>;
};

export type ActorFilterInput = {
  allGroups: Scalars['Boolean']['input'];
  allUsers: Scalars['Boolean']['input'];
  groups?: InputMaybe<Array<Scalars['String']['input']>>;
  resourceOwners: Scalars['Boolean']['input'];
  resourceOwnersTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  users?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type AddBusinessAttributeInput = {
  businessAttributeUrn: Scalars['String']['input'];
  resourceUrn: Array<ResourceRefInput>;
};

export type AddGroupMembersInput = {
  groupUrn: Scalars['String']['input'];
  userUrns: Array<Scalars['String']['input']>;
};

export type AddLinkInput = {
  label: Scalars['String']['input'];
  linkUrl: Scalars['String']['input'];
  resourceUrn: Scalars['String']['input'];
  settings?: InputMaybe<LinkSettingsInput>;
};

export type AddNativeGroupMembersInput = {
  groupUrn: Scalars['String']['input'];
  userUrns: Array<Scalars['String']['input']>;
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

export type AggregateAcrossEntitiesInput = {
  facets?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  orFilters?: InputMaybe<Array<AndFilterInput>>;
  query: Scalars['String']['input'];
  searchFlags?: InputMaybe<SearchFlags>;
  types?: InputMaybe<Array<EntityType>>;
  viewUrn?: InputMaybe<Scalars['String']['input']>;
};

export type AggregateResults = {
  __typename?: 'AggregateResults';
  facets?: Maybe<Array<FacetMetadata>>;
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

export type AllowedValueInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  numberValue?: InputMaybe<Scalars['Float']['input']>;
  stringValue?: InputMaybe<Scalars['String']['input']>;
};

export type AnalyticsChart = BarChart | TableChart | TimeSeriesChart;

export type AnalyticsChartGroup = {
  __typename?: 'AnalyticsChartGroup';
  charts: Array<AnalyticsChart>;
  groupId: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type AnalyticsConfig = {
  __typename?: 'AnalyticsConfig';
  enabled: Scalars['Boolean']['output'];
};

export type AndFilterInput = {
  and?: InputMaybe<Array<FacetFilterInput>>;
};

export type AppConfig = {
  __typename?: 'AppConfig';
  analyticsConfig: AnalyticsConfig;
  appVersion?: Maybe<Scalars['String']['output']>;
  authConfig: AuthConfig;
  chromeExtensionConfig: ChromeExtensionConfig;
  featureFlags: FeatureFlagsConfig;
  homePageConfig: HomePageConfig;
  identityManagementConfig: IdentityManagementConfig;
  lineageConfig: LineageConfig;
  managedIngestionConfig: ManagedIngestionConfig;
  policiesConfig: PoliciesConfig;
  searchBarConfig: SearchBarConfig;
  searchCardConfig: SearchCardConfig;
  searchFlagsConfig: SearchFlagsConfig;
  telemetryConfig: TelemetryConfig;
  testsConfig: TestsConfig;
  viewsConfig: ViewsConfig;
  visualConfig: VisualConfig;
};

export type Application = Entity & {
  __typename?: 'Application';
  aspects?: Maybe<Array<RawAspect>>;
  domain?: Maybe<DomainAssociation>;
  forms?: Maybe<Forms>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  ownership?: Maybe<Ownership>;
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<ApplicationProperties>;
  relatedDocuments?: Maybe<RelatedDocumentsResult>;
  relationships?: Maybe<EntityRelationshipsResult>;
  structuredProperties?: Maybe<StructuredProperties>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type ApplicationaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type ApplicationrelatedDocumentsArgs = {
  input: RelatedDocumentsInput;
};


export type ApplicationrelationshipsArgs = {
  input: RelationshipsInput;
};

export type ApplicationAssociation = {
  __typename?: 'ApplicationAssociation';
  application: Application;
  associatedUrn: Scalars['String']['output'];
};

export type ApplicationConfig = {
  __typename?: 'ApplicationConfig';
  showApplicationInNavigation?: Maybe<Scalars['Boolean']['output']>;
  showSidebarSectionWhenEmpty?: Maybe<Scalars['Boolean']['output']>;
};

export type ApplicationEntitiesInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  filters?: InputMaybe<Array<FacetFilterInput>>;
  query?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type ApplicationProperties = {
  __typename?: 'ApplicationProperties';
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  description?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  numAssets?: Maybe<Scalars['Int']['output']>;
};

export type ArrayPrimaryKeyInput = {
  arrayField: Scalars['String']['input'];
  keys: Array<Scalars['String']['input']>;
};

export type Aspect = {
  version?: Maybe<Scalars['Long']['output']>;
};

export type AspectParams = {
  aspectNames?: InputMaybe<Array<Scalars['String']['input']>>;
  autoRenderOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AspectRenderSpec = {
  __typename?: 'AspectRenderSpec';
  displayName?: Maybe<Scalars['String']['output']>;
  displayType?: Maybe<Scalars['String']['output']>;
  key?: Maybe<Scalars['String']['output']>;
};

export type Assertion = Entity & EntityWithRelationships & {
  __typename?: 'Assertion';
  actions?: Maybe<AssertionActions>;
  aspects?: Maybe<Array<RawAspect>>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  info?: Maybe<AssertionInfo>;
  lineage?: Maybe<EntityLineageResult>;
  platform: DataPlatform;
  relationships?: Maybe<EntityRelationshipsResult>;
  runEvents?: Maybe<AssertionRunEventsResult>;
  status?: Maybe<Status>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type AssertionaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type AssertionlineageArgs = {
  input: LineageInput;
};


export type AssertionrelationshipsArgs = {
  input: RelationshipsInput;
};


export type AssertionrunEventsArgs = {
  endTimeMillis?: InputMaybe<Scalars['Long']['input']>;
  filter?: InputMaybe<FilterInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  startTimeMillis?: InputMaybe<Scalars['Long']['input']>;
  status?: InputMaybe<AssertionRunStatus>;
};

export type AssertionAction = {
  __typename?: 'AssertionAction';
  type: AssertionActionType;
};

export type AssertionActionType =
  | 'RAISE_INCIDENT'
  | 'RESOLVE_INCIDENT';

export type AssertionActions = {
  __typename?: 'AssertionActions';
  onFailure: Array<AssertionAction>;
  onSuccess: Array<AssertionAction>;
};

export type AssertionHealthStatusByType = {
  __typename?: 'AssertionHealthStatusByType';
  lastStatusResultAt?: Maybe<Scalars['Long']['output']>;
  status: HealthStatus;
  statusCount: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  type: AssertionType;
};

export type AssertionInfo = {
  __typename?: 'AssertionInfo';
  customAssertion?: Maybe<CustomAssertionInfo>;
  datasetAssertion?: Maybe<DatasetAssertionInfo>;
  description?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  fieldAssertion?: Maybe<FieldAssertionInfo>;
  freshnessAssertion?: Maybe<FreshnessAssertionInfo>;
  lastUpdated?: Maybe<AuditStamp>;
  schemaAssertion?: Maybe<SchemaAssertionInfo>;
  source?: Maybe<AssertionSource>;
  sqlAssertion?: Maybe<SqlAssertionInfo>;
  type: AssertionType;
  volumeAssertion?: Maybe<VolumeAssertionInfo>;
};

export type AssertionResult = {
  __typename?: 'AssertionResult';
  actualAggValue?: Maybe<Scalars['Float']['output']>;
  error?: Maybe<AssertionResultError>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  missingCount?: Maybe<Scalars['Long']['output']>;
  nativeResults?: Maybe<Array<StringMapEntry>>;
  rowCount?: Maybe<Scalars['Long']['output']>;
  type: AssertionResultType;
  unexpectedCount?: Maybe<Scalars['Long']['output']>;
};

export type AssertionResultError = {
  __typename?: 'AssertionResultError';
  properties?: Maybe<Array<StringMapEntry>>;
  type: AssertionResultErrorType;
};

export type AssertionResultErrorInput = {
  message: Scalars['String']['input'];
  type: AssertionResultErrorType;
};

export type AssertionResultErrorType =
  | 'CUSTOM_SQL_ERROR'
  | 'FIELD_ASSERTION_ERROR'
  | 'INSUFFICIENT_DATA'
  | 'INVALID_PARAMETERS'
  | 'INVALID_SOURCE_TYPE'
  | 'SOURCE_CONNECTION_ERROR'
  | 'SOURCE_QUERY_FAILED'
  | 'UNKNOWN_ERROR'
  | 'UNSUPPORTED_PLATFORM';

export type AssertionResultInput = {
  error?: InputMaybe<AssertionResultErrorInput>;
  externalUrl?: InputMaybe<Scalars['String']['input']>;
  properties?: InputMaybe<Array<StringMapEntryInput>>;
  timestampMillis?: InputMaybe<Scalars['Long']['input']>;
  type: AssertionResultType;
};

export type AssertionResultType =
  | 'ERROR'
  | 'FAILURE'
  | 'INIT'
  | 'SUCCESS';

export type AssertionRunEvent = TimeSeriesAspect & {
  __typename?: 'AssertionRunEvent';
  asserteeUrn: Scalars['String']['output'];
  assertionUrn: Scalars['String']['output'];
  batchSpec?: Maybe<BatchSpec>;
  lastObservedMillis?: Maybe<Scalars['Long']['output']>;
  partitionSpec?: Maybe<PartitionSpec>;
  result?: Maybe<AssertionResult>;
  runId: Scalars['String']['output'];
  runtimeContext?: Maybe<Array<StringMapEntry>>;
  status: AssertionRunStatus;
  timestampMillis: Scalars['Long']['output'];
};

export type AssertionRunEventsResult = {
  __typename?: 'AssertionRunEventsResult';
  errored: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  runEvents: Array<AssertionRunEvent>;
  succeeded: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type AssertionRunStatus =
  | 'COMPLETE';

export type AssertionSource = {
  __typename?: 'AssertionSource';
  created?: Maybe<AuditStamp>;
  type: AssertionSourceType;
};

export type AssertionSourceType =
  | 'EXTERNAL'
  | 'INFERRED'
  | 'NATIVE';

export type AssertionStdAggregation =
  | 'COLUMNS'
  | 'COLUMN_COUNT'
  | 'IDENTITY'
  | 'MAX'
  | 'MEAN'
  | 'MEDIAN'
  | 'MIN'
  | 'NULL_COUNT'
  | 'NULL_PROPORTION'
  | 'ROW_COUNT'
  | 'STDDEV'
  | 'SUM'
  | 'UNIQUE_COUNT'
  | 'UNIQUE_PROPOTION'
  | '_NATIVE_';

export type AssertionStdOperator =
  | 'BETWEEN'
  | 'CONTAIN'
  | 'END_WITH'
  | 'EQUAL_TO'
  | 'GREATER_THAN'
  | 'GREATER_THAN_OR_EQUAL_TO'
  | 'IN'
  | 'IS_FALSE'
  | 'IS_TRUE'
  | 'LESS_THAN'
  | 'LESS_THAN_OR_EQUAL_TO'
  | 'NOT_EQUAL_TO'
  | 'NOT_IN'
  | 'NOT_NULL'
  | 'NULL'
  | 'REGEX_MATCH'
  | 'START_WITH'
  | '_NATIVE_';

export type AssertionStdParameter = {
  __typename?: 'AssertionStdParameter';
  type: AssertionStdParameterType;
  value: Scalars['String']['output'];
};

export type AssertionStdParameterType =
  | 'LIST'
  | 'NUMBER'
  | 'SET'
  | 'STRING'
  | 'UNKNOWN';

export type AssertionStdParameters = {
  __typename?: 'AssertionStdParameters';
  maxValue?: Maybe<AssertionStdParameter>;
  minValue?: Maybe<AssertionStdParameter>;
  value?: Maybe<AssertionStdParameter>;
};

export type AssertionType =
  | 'CUSTOM'
  | 'DATASET'
  | 'DATA_SCHEMA'
  | 'FIELD'
  | 'FRESHNESS'
  | 'SQL'
  | 'VOLUME';

export type AssertionValueChangeType =
  | 'ABSOLUTE'
  | 'PERCENTAGE';

export type AssetCollectionModuleParams = {
  __typename?: 'AssetCollectionModuleParams';
  assetUrns: Array<Scalars['String']['output']>;
  dynamicFilterJson?: Maybe<Scalars['String']['output']>;
};

export type AssetCollectionModuleParamsInput = {
  assetUrns: Array<Scalars['String']['input']>;
  dynamicFilterJson?: InputMaybe<Scalars['String']['input']>;
};

export type AssetSettings = {
  __typename?: 'AssetSettings';
  assetSummary?: Maybe<AssetSummarySettings>;
};

export type AssetStatsResult = {
  __typename?: 'AssetStatsResult';
  oldestDatasetProfileTime?: Maybe<Scalars['Long']['output']>;
  oldestDatasetUsageTime?: Maybe<Scalars['Long']['output']>;
  oldestOperationTime?: Maybe<Scalars['Long']['output']>;
};

export type AssetSummarySettings = {
  __typename?: 'AssetSummarySettings';
  templates?: Maybe<Array<AssetSummarySettingsTemplate>>;
};

export type AssetSummarySettingsTemplate = {
  __typename?: 'AssetSummarySettingsTemplate';
  template?: Maybe<DataHubPageTemplate>;
};

export type AuditStamp = {
  __typename?: 'AuditStamp';
  actor?: Maybe<Scalars['String']['output']>;
  time: Scalars['Long']['output'];
};

export type AuthConfig = {
  __typename?: 'AuthConfig';
  tokenAuthEnabled: Scalars['Boolean']['output'];
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
  viewUrn?: InputMaybe<Scalars['String']['input']>;
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

export type BarChart = {
  __typename?: 'BarChart';
  bars: Array<NamedBar>;
  title: Scalars['String']['output'];
};

export type BarSegment = {
  __typename?: 'BarSegment';
  label: Scalars['String']['output'];
  value: Scalars['Int']['output'];
};

export type BaseData = {
  __typename?: 'BaseData';
  dataset: Scalars['String']['output'];
  motivation?: Maybe<Scalars['String']['output']>;
  preProcessing?: Maybe<Array<Scalars['String']['output']>>;
};

export type BatchAddOwnersInput = {
  owners: Array<OwnerInput>;
  ownershipTypeUrn?: InputMaybe<Scalars['String']['input']>;
  resources: Array<InputMaybe<ResourceRefInput>>;
};

export type BatchAddTagsInput = {
  resources: Array<ResourceRefInput>;
  tagUrns: Array<Scalars['String']['input']>;
};

export type BatchAddTermsInput = {
  resources: Array<InputMaybe<ResourceRefInput>>;
  termUrns: Array<Scalars['String']['input']>;
};

export type BatchAssignFormInput = {
  entityUrns: Array<Scalars['String']['input']>;
  formUrn: Scalars['String']['input'];
};

export type BatchAssignRoleInput = {
  actors: Array<Scalars['String']['input']>;
  roleUrn?: InputMaybe<Scalars['String']['input']>;
};

export type BatchDatasetUpdateInput = {
  update: DatasetUpdateInput;
  urn: Scalars['String']['input'];
};

export type BatchGetStepStatesInput = {
  ids: Array<Scalars['String']['input']>;
};

export type BatchGetStepStatesResult = {
  __typename?: 'BatchGetStepStatesResult';
  results: Array<StepStateResult>;
};

export type BatchRemoveFormInput = {
  entityUrns: Array<Scalars['String']['input']>;
  formUrn: Scalars['String']['input'];
};

export type BatchRemoveOwnersInput = {
  ownerUrns: Array<Scalars['String']['input']>;
  ownershipTypeUrn?: InputMaybe<Scalars['String']['input']>;
  resources: Array<InputMaybe<ResourceRefInput>>;
};

export type BatchRemoveTagsInput = {
  resources: Array<InputMaybe<ResourceRefInput>>;
  tagUrns: Array<Scalars['String']['input']>;
};

export type BatchRemoveTermsInput = {
  resources: Array<InputMaybe<ResourceRefInput>>;
  termUrns: Array<Scalars['String']['input']>;
};

export type BatchSetApplicationInput = {
  applicationUrn?: InputMaybe<Scalars['String']['input']>;
  resourceUrns: Array<Scalars['String']['input']>;
};

export type BatchSetDataProductInput = {
  dataProductUrn?: InputMaybe<Scalars['String']['input']>;
  resourceUrns: Array<Scalars['String']['input']>;
};

export type BatchSetDomainInput = {
  domainUrn?: InputMaybe<Scalars['String']['input']>;
  resources: Array<ResourceRefInput>;
};

export type BatchSpec = {
  __typename?: 'BatchSpec';
  customProperties?: Maybe<Array<StringMapEntry>>;
  limit?: Maybe<Scalars['Int']['output']>;
  nativeBatchId?: Maybe<Scalars['String']['output']>;
  query?: Maybe<Scalars['String']['output']>;
};

export type BatchUnsetApplicationInput = {
  applicationUrn: Scalars['String']['input'];
  resourceUrns: Array<Scalars['String']['input']>;
};

export type BatchUpdateDeprecationInput = {
  decommissionTime?: InputMaybe<Scalars['Long']['input']>;
  deprecated: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  replacement?: InputMaybe<Scalars['String']['input']>;
  resources: Array<InputMaybe<ResourceRefInput>>;
};

export type BatchUpdateSoftDeletedInput = {
  deleted: Scalars['Boolean']['input'];
  urns: Array<Scalars['String']['input']>;
};

export type BatchUpdateStepStatesInput = {
  states: Array<StepStateInput>;
};

export type BatchUpdateStepStatesResult = {
  __typename?: 'BatchUpdateStepStatesResult';
  results: Array<UpdateStepStateResult>;
};

export type BooleanBox = {
  __typename?: 'BooleanBox';
  booleanValue: Scalars['Boolean']['output'];
};

export type BrowsableEntity = {
  browsePaths?: Maybe<Array<BrowsePath>>;
};

export type BrowseInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Use `orFilters`- they are more expressive */
  filters?: InputMaybe<Array<FacetFilterInput>>;
  orFilters?: InputMaybe<Array<AndFilterInput>>;
  path?: InputMaybe<Array<Scalars['String']['input']>>;
  start?: InputMaybe<Scalars['Int']['input']>;
  type: EntityType;
};

export type BrowsePath = {
  __typename?: 'BrowsePath';
  path: Array<Scalars['String']['output']>;
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

export type BrowsePathsInput = {
  type: EntityType;
  urn: Scalars['String']['input'];
};

export type BrowseResultGroup = {
  __typename?: 'BrowseResultGroup';
  count: Scalars['Long']['output'];
  name: Scalars['String']['output'];
};

export type BrowseResultGroupV2 = {
  __typename?: 'BrowseResultGroupV2';
  count: Scalars['Long']['output'];
  entity?: Maybe<Entity>;
  hasSubGroups: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
};

export type BrowseResultMetadata = {
  __typename?: 'BrowseResultMetadata';
  path: Array<Scalars['String']['output']>;
  totalNumEntities: Scalars['Long']['output'];
};

export type BrowseResults = {
  __typename?: 'BrowseResults';
  count: Scalars['Int']['output'];
  entities: Array<Entity>;
  groups: Array<BrowseResultGroup>;
  metadata: BrowseResultMetadata;
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type BrowseResultsV2 = {
  __typename?: 'BrowseResultsV2';
  count: Scalars['Int']['output'];
  groups: Array<BrowseResultGroupV2>;
  metadata: BrowseResultMetadata;
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type BrowseV2Input = {
  count?: InputMaybe<Scalars['Int']['input']>;
  orFilters?: InputMaybe<Array<AndFilterInput>>;
  path?: InputMaybe<Array<Scalars['String']['input']>>;
  query?: InputMaybe<Scalars['String']['input']>;
  searchFlags?: InputMaybe<SearchFlags>;
  start?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<EntityType>;
  types?: InputMaybe<Array<EntityType>>;
  viewUrn?: InputMaybe<Scalars['String']['input']>;
};

export type BucketStorageLocation = {
  __typename?: 'BucketStorageLocation';
  storageBucket: Scalars['String']['output'];
  storageKey: Scalars['String']['output'];
};

export type BusinessAttribute = Entity & {
  __typename?: 'BusinessAttribute';
  institutionalMemory?: Maybe<InstitutionalMemory>;
  ownership?: Maybe<Ownership>;
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<BusinessAttributeInfo>;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<Status>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type BusinessAttributerelationshipsArgs = {
  input: RelationshipsInput;
};

export type BusinessAttributeAssociation = {
  __typename?: 'BusinessAttributeAssociation';
  associatedUrn: Scalars['String']['output'];
  businessAttribute: BusinessAttribute;
};

export type BusinessAttributeInfo = {
  __typename?: 'BusinessAttributeInfo';
  created: AuditStamp;
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  deleted?: Maybe<AuditStamp>;
  description?: Maybe<Scalars['String']['output']>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  lastModified: AuditStamp;
  name: Scalars['String']['output'];
  tags?: Maybe<GlobalTags>;
  type?: Maybe<SchemaFieldDataType>;
};

export type BusinessAttributeInfoInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  type?: InputMaybe<SchemaFieldDataType>;
};

export type BusinessAttributes = {
  __typename?: 'BusinessAttributes';
  businessAttribute?: Maybe<BusinessAttributeAssociation>;
};

export type CancelIngestionExecutionRequestInput = {
  executionRequestUrn: Scalars['String']['input'];
  ingestionSourceUrn: Scalars['String']['input'];
};

export type CaveatDetails = {
  __typename?: 'CaveatDetails';
  caveatDescription?: Maybe<Scalars['String']['output']>;
  groupsNotRepresented?: Maybe<Array<Scalars['String']['output']>>;
  needsFurtherTesting?: Maybe<Scalars['Boolean']['output']>;
};

export type CaveatsAndRecommendations = {
  __typename?: 'CaveatsAndRecommendations';
  caveats?: Maybe<CaveatDetails>;
  idealDatasetCharacteristics?: Maybe<Array<Scalars['String']['output']>>;
  recommendations?: Maybe<Scalars['String']['output']>;
};

export type Cell = {
  __typename?: 'Cell';
  entity?: Maybe<Entity>;
  linkParams?: Maybe<LinkParams>;
  value: Scalars['String']['output'];
};

export type ChangeAuditStamps = {
  __typename?: 'ChangeAuditStamps';
  created: AuditStamp;
  deleted?: Maybe<AuditStamp>;
  lastModified: AuditStamp;
};

export type ChangeCategoryType =
  | 'DOCUMENTATION'
  | 'GLOSSARY_TERM'
  | 'OWNERSHIP'
  | 'PARENT'
  | 'RELATED_ENTITIES'
  | 'TAG'
  | 'TECHNICAL_SCHEMA';

export type ChangeEvent = {
  __typename?: 'ChangeEvent';
  auditStamp?: Maybe<AuditStamp>;
  category?: Maybe<ChangeCategoryType>;
  description?: Maybe<Scalars['String']['output']>;
  modifier?: Maybe<Scalars['String']['output']>;
  operation?: Maybe<ChangeOperationType>;
  parameters?: Maybe<Array<TimelineParameterEntry>>;
  urn: Scalars['String']['output'];
};

export type ChangeOperationType =
  | 'ADD'
  | 'MODIFY'
  | 'REMOVE';

export type ChangeTransaction = {
  __typename?: 'ChangeTransaction';
  changeType: ChangeOperationType;
  changes?: Maybe<Array<ChangeEvent>>;
  lastSemanticVersion: Scalars['String']['output'];
  timestampMillis: Scalars['Long']['output'];
  versionStamp: Scalars['String']['output'];
};

export type Chart = BrowsableEntity & Entity & EntityWithRelationships & {
  __typename?: 'Chart';
  /** @deprecated Use applications instead */
  application?: Maybe<ApplicationAssociation>;
  applications?: Maybe<Array<ApplicationAssociation>>;
  aspects?: Maybe<Array<RawAspect>>;
  browsePathV2?: Maybe<BrowsePathV2>;
  browsePaths?: Maybe<Array<BrowsePath>>;
  chartId: Scalars['String']['output'];
  container?: Maybe<Container>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  deprecation?: Maybe<Deprecation>;
  domain?: Maybe<DomainAssociation>;
  /** @deprecated Field no longer supported */
  editableInfo?: Maybe<ChartEditableProperties>;
  editableProperties?: Maybe<ChartEditableProperties>;
  embed?: Maybe<Embed>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  forms?: Maybe<Forms>;
  /** @deprecated Field no longer supported */
  globalTags?: Maybe<GlobalTags>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  health?: Maybe<Array<Health>>;
  incidents?: Maybe<EntityIncidentsResult>;
  /** @deprecated Field no longer supported */
  info?: Maybe<ChartInfo>;
  inputFields?: Maybe<InputFields>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  lastIngested?: Maybe<Scalars['Long']['output']>;
  lineage?: Maybe<EntityLineageResult>;
  ownership?: Maybe<Ownership>;
  parentContainers?: Maybe<ParentContainersResult>;
  platform: DataPlatform;
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<ChartProperties>;
  query?: Maybe<ChartQuery>;
  relatedDocuments?: Maybe<RelatedDocumentsResult>;
  relationships?: Maybe<EntityRelationshipsResult>;
  statsSummary?: Maybe<ChartStatsSummary>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  subTypes?: Maybe<SubTypes>;
  tags?: Maybe<GlobalTags>;
  tool: Scalars['String']['output'];
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type ChartaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type ChartincidentsArgs = {
  assigneeUrns?: InputMaybe<Array<Scalars['String']['input']>>;
  count?: InputMaybe<Scalars['Int']['input']>;
  priority?: InputMaybe<IncidentPriority>;
  stage?: InputMaybe<IncidentStage>;
  start?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<IncidentState>;
};


export type ChartlineageArgs = {
  input: LineageInput;
};


export type ChartrelatedDocumentsArgs = {
  input: RelatedDocumentsInput;
};


export type ChartrelationshipsArgs = {
  input: RelationshipsInput;
};

export type ChartCell = {
  __typename?: 'ChartCell';
  cellId: Scalars['String']['output'];
  cellTitle: Scalars['String']['output'];
  changeAuditStamps?: Maybe<ChangeAuditStamps>;
};

export type ChartEditableProperties = {
  __typename?: 'ChartEditableProperties';
  description?: Maybe<Scalars['String']['output']>;
};

export type ChartEditablePropertiesUpdate = {
  description: Scalars['String']['input'];
};

export type ChartInfo = {
  __typename?: 'ChartInfo';
  access?: Maybe<AccessLevel>;
  created: AuditStamp;
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  deleted?: Maybe<AuditStamp>;
  description?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  /** @deprecated Field no longer supported */
  inputs?: Maybe<Array<Dataset>>;
  lastModified: AuditStamp;
  lastRefreshed?: Maybe<Scalars['Long']['output']>;
  name: Scalars['String']['output'];
  type?: Maybe<ChartType>;
};

export type ChartProperties = {
  __typename?: 'ChartProperties';
  access?: Maybe<AccessLevel>;
  created: AuditStamp;
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  deleted?: Maybe<AuditStamp>;
  description?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  lastModified: AuditStamp;
  lastRefreshed?: Maybe<Scalars['Long']['output']>;
  name: Scalars['String']['output'];
  type?: Maybe<ChartType>;
};

export type ChartQuery = {
  __typename?: 'ChartQuery';
  rawQuery: Scalars['String']['output'];
  type: ChartQueryType;
};

export type ChartQueryType =
  | 'LOOKML'
  | 'SQL';

export type ChartStatsSummary = {
  __typename?: 'ChartStatsSummary';
  topUsersLast30Days?: Maybe<Array<CorpUser>>;
  uniqueUserCountLast30Days?: Maybe<Scalars['Int']['output']>;
  viewCount?: Maybe<Scalars['Int']['output']>;
  viewCountLast30Days?: Maybe<Scalars['Int']['output']>;
};

export type ChartType =
  | 'AREA'
  | 'BAR'
  | 'BOX_PLOT'
  | 'COHORT'
  | 'HISTOGRAM'
  | 'LINE'
  | 'PIE'
  | 'SCATTER'
  | 'TABLE'
  | 'TEXT'
  | 'WORD_CLOUD';

export type ChartUpdateInput = {
  editableProperties?: InputMaybe<ChartEditablePropertiesUpdate>;
  globalTags?: InputMaybe<GlobalTagsUpdate>;
  ownership?: InputMaybe<OwnershipUpdate>;
  tags?: InputMaybe<GlobalTagsUpdate>;
};

export type ChromeExtensionConfig = {
  __typename?: 'ChromeExtensionConfig';
  enabled: Scalars['Boolean']['output'];
  lineageEnabled: Scalars['Boolean']['output'];
};

export type Container = Entity & {
  __typename?: 'Container';
  access?: Maybe<Access>;
  /** @deprecated Use applications instead */
  application?: Maybe<ApplicationAssociation>;
  applications?: Maybe<Array<ApplicationAssociation>>;
  aspects?: Maybe<Array<RawAspect>>;
  browsePathV2?: Maybe<BrowsePathV2>;
  container?: Maybe<Container>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  deprecation?: Maybe<Deprecation>;
  domain?: Maybe<DomainAssociation>;
  editableProperties?: Maybe<ContainerEditableProperties>;
  entities?: Maybe<SearchResults>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  forms?: Maybe<Forms>;
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
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<ContainerProperties>;
  relatedDocuments?: Maybe<RelatedDocumentsResult>;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  subTypes?: Maybe<SubTypes>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type ContaineraspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type ContainerentitiesArgs = {
  input?: InputMaybe<ContainerEntitiesInput>;
};


export type ContainerorreryRunsArgs = {
  input?: InputMaybe<OrreryRunSearchInput>;
};


export type ContainerrelatedDocumentsArgs = {
  input: RelatedDocumentsInput;
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

export type ContentParams = {
  __typename?: 'ContentParams';
  count?: Maybe<Scalars['Long']['output']>;
};

export type CorpGroup = Entity & {
  __typename?: 'CorpGroup';
  aspects?: Maybe<Array<RawAspect>>;
  editableProperties?: Maybe<CorpGroupEditableProperties>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  forms?: Maybe<Forms>;
  /** @deprecated Field no longer supported */
  info?: Maybe<CorpGroupInfo>;
  name: Scalars['String']['output'];
  origin?: Maybe<Origin>;
  ownership?: Maybe<Ownership>;
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<CorpGroupProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  structuredProperties?: Maybe<StructuredProperties>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type CorpGroupaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type CorpGrouprelationshipsArgs = {
  input: RelationshipsInput;
};

export type CorpGroupEditableProperties = {
  __typename?: 'CorpGroupEditableProperties';
  description?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  pictureLink?: Maybe<Scalars['String']['output']>;
  slack?: Maybe<Scalars['String']['output']>;
};

export type CorpGroupInfo = {
  __typename?: 'CorpGroupInfo';
  /** @deprecated Field no longer supported */
  admins?: Maybe<Array<CorpUser>>;
  description?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  /** @deprecated Field no longer supported */
  groups?: Maybe<Array<Scalars['String']['output']>>;
  /** @deprecated Field no longer supported */
  members?: Maybe<Array<CorpUser>>;
};

export type CorpGroupProperties = {
  __typename?: 'CorpGroupProperties';
  description?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  slack?: Maybe<Scalars['String']['output']>;
};

export type CorpGroupUpdateInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  pictureLink?: InputMaybe<Scalars['String']['input']>;
  slack?: InputMaybe<Scalars['String']['input']>;
};

export type CorpUser = Entity & {
  __typename?: 'CorpUser';
  aspects?: Maybe<Array<RawAspect>>;
  /** @deprecated Field no longer supported */
  editableInfo?: Maybe<CorpUserEditableInfo>;
  editableProperties?: Maybe<CorpUserEditableProperties>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  forms?: Maybe<Forms>;
  /** @deprecated Field no longer supported */
  globalTags?: Maybe<GlobalTags>;
  /** @deprecated Field no longer supported */
  info?: Maybe<CorpUserInfo>;
  isNativeUser?: Maybe<Scalars['Boolean']['output']>;
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<CorpUserProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  settings?: Maybe<CorpUserSettings>;
  status?: Maybe<CorpUserStatus>;
  structuredProperties?: Maybe<StructuredProperties>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
  username: Scalars['String']['output'];
};


export type CorpUseraspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type CorpUserrelationshipsArgs = {
  input: RelationshipsInput;
};

export type CorpUserAppearanceSettings = {
  __typename?: 'CorpUserAppearanceSettings';
  showSimplifiedHomepage?: Maybe<Scalars['Boolean']['output']>;
  showThemeV2?: Maybe<Scalars['Boolean']['output']>;
};

export type CorpUserEditableInfo = {
  __typename?: 'CorpUserEditableInfo';
  aboutMe?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  pictureLink?: Maybe<Scalars['String']['output']>;
  skills?: Maybe<Array<Scalars['String']['output']>>;
  teams?: Maybe<Array<Scalars['String']['output']>>;
  title?: Maybe<Scalars['String']['output']>;
};

export type CorpUserEditableProperties = {
  __typename?: 'CorpUserEditableProperties';
  aboutMe?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  persona?: Maybe<DataHubPersona>;
  phone?: Maybe<Scalars['String']['output']>;
  pictureLink?: Maybe<Scalars['String']['output']>;
  platforms?: Maybe<Array<DataPlatform>>;
  skills?: Maybe<Array<Scalars['String']['output']>>;
  slack?: Maybe<Scalars['String']['output']>;
  teams?: Maybe<Array<Scalars['String']['output']>>;
  title?: Maybe<Scalars['String']['output']>;
};

export type CorpUserHomePageSettings = {
  __typename?: 'CorpUserHomePageSettings';
  dismissedAnnouncementUrns?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  pageTemplate?: Maybe<DataHubPageTemplate>;
};

export type CorpUserInfo = {
  __typename?: 'CorpUserInfo';
  active: Scalars['Boolean']['output'];
  countryCode?: Maybe<Scalars['String']['output']>;
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  departmentId?: Maybe<Scalars['Long']['output']>;
  departmentName?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  firstName?: Maybe<Scalars['String']['output']>;
  fullName?: Maybe<Scalars['String']['output']>;
  lastName?: Maybe<Scalars['String']['output']>;
  manager?: Maybe<CorpUser>;
  title?: Maybe<Scalars['String']['output']>;
};

export type CorpUserProperties = {
  __typename?: 'CorpUserProperties';
  active: Scalars['Boolean']['output'];
  countryCode?: Maybe<Scalars['String']['output']>;
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  departmentId?: Maybe<Scalars['Long']['output']>;
  departmentName?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  firstName?: Maybe<Scalars['String']['output']>;
  fullName?: Maybe<Scalars['String']['output']>;
  lastName?: Maybe<Scalars['String']['output']>;
  manager?: Maybe<CorpUser>;
  title?: Maybe<Scalars['String']['output']>;
};

export type CorpUserSettings = {
  __typename?: 'CorpUserSettings';
  appearance?: Maybe<CorpUserAppearanceSettings>;
  homePage?: Maybe<CorpUserHomePageSettings>;
  views?: Maybe<CorpUserViewsSettings>;
};

export type CorpUserStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

export type CorpUserUpdateInput = {
  aboutMe?: InputMaybe<Scalars['String']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  personaUrn?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  pictureLink?: InputMaybe<Scalars['String']['input']>;
  platformUrns?: InputMaybe<Array<Scalars['String']['input']>>;
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  slack?: InputMaybe<Scalars['String']['input']>;
  teams?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CorpUserViewsSettings = {
  __typename?: 'CorpUserViewsSettings';
  defaultView?: Maybe<DataHubView>;
};

export type Cost = {
  __typename?: 'Cost';
  costType: CostType;
  costValue: CostValue;
};

export type CostType =
  | 'ORG_COST_TYPE';

export type CostValue = {
  __typename?: 'CostValue';
  costCode?: Maybe<Scalars['String']['output']>;
  costId?: Maybe<Scalars['Float']['output']>;
};

export type CreateAccessTokenInput = {
  actorUrn: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  duration: AccessTokenDuration;
  name: Scalars['String']['input'];
  type: AccessTokenType;
};

export type CreateApplicationInput = {
  domainUrn?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  properties: CreateApplicationPropertiesInput;
};

export type CreateApplicationPropertiesInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateBusinessAttributeInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  type?: InputMaybe<SchemaFieldDataType>;
};

export type CreateDataHubFileInput = {
  contentHash?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['String']['input'];
  mimeType: Scalars['String']['input'];
  originalFileName: Scalars['String']['input'];
  referencedByAsset?: InputMaybe<Scalars['String']['input']>;
  scenario: UploadDownloadScenario;
  schemaField?: InputMaybe<Scalars['String']['input']>;
  sizeInBytes: Scalars['Long']['input'];
  storageKey: Scalars['String']['input'];
};

export type CreateDataHubFileResponse = {
  __typename?: 'CreateDataHubFileResponse';
  file: DataHubFile;
};

export type CreateDataProductInput = {
  domainUrn: Scalars['String']['input'];
  id?: InputMaybe<Scalars['String']['input']>;
  properties: CreateDataProductPropertiesInput;
};

export type CreateDataProductPropertiesInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateDocumentInput = {
  contents: DocumentContentInput;
  id?: InputMaybe<Scalars['String']['input']>;
  owners?: InputMaybe<Array<OwnerInput>>;
  parentDocument?: InputMaybe<Scalars['String']['input']>;
  relatedAssets?: InputMaybe<Array<Scalars['String']['input']>>;
  relatedDocuments?: InputMaybe<Array<Scalars['String']['input']>>;
  settings?: InputMaybe<DocumentSettingsInput>;
  state?: InputMaybe<DocumentState>;
  subType?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateDomainInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  owners?: InputMaybe<Array<OwnerInput>>;
  parentDomain?: InputMaybe<Scalars['String']['input']>;
};

export type CreateDynamicFormAssignmentInput = {
  formUrn: Scalars['String']['input'];
  orFilters: Array<AndFilterInput>;
};

export type CreateFormInput = {
  actors?: InputMaybe<FormActorAssignmentInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  prompts?: InputMaybe<Array<CreatePromptInput>>;
  type?: InputMaybe<FormType>;
};

export type CreateGlossaryEntityInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  parentNode?: InputMaybe<Scalars['String']['input']>;
};

export type CreateGroupInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateIngestionExecutionRequestInput = {
  ingestionSourceUrn: Scalars['String']['input'];
};

export type CreateInviteTokenInput = {
  roleUrn?: InputMaybe<Scalars['String']['input']>;
};

export type CreateNativeUserResetTokenInput = {
  userUrn: Scalars['String']['input'];
};

export type CreateOwnershipTypeInput = {
  description: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type CreatePostInput = {
  content: UpdatePostContentInput;
  postType: PostType;
  resourceUrn?: InputMaybe<Scalars['String']['input']>;
  subResource?: InputMaybe<Scalars['String']['input']>;
  subResourceType?: InputMaybe<SubResourceType>;
};

export type CreatePromptInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
  structuredPropertyParams?: InputMaybe<StructuredPropertyParamsInput>;
  title: Scalars['String']['input'];
  type: FormPromptType;
};

export type CreateQueryInput = {
  properties: CreateQueryPropertiesInput;
  subjects: Array<CreateQuerySubjectInput>;
};

export type CreateQueryPropertiesInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  statement: QueryStatementInput;
};

export type CreateQuerySubjectInput = {
  datasetUrn: Scalars['String']['input'];
};

export type CreateSecretInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type CreateStructuredPropertyInput = {
  allowedValues?: InputMaybe<Array<AllowedValueInput>>;
  cardinality?: InputMaybe<PropertyCardinality>;
  description?: InputMaybe<Scalars['String']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  entityTypes: Array<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  immutable?: InputMaybe<Scalars['Boolean']['input']>;
  qualifiedName?: InputMaybe<Scalars['String']['input']>;
  settings?: InputMaybe<StructuredPropertySettingsInput>;
  typeQualifier?: InputMaybe<TypeQualifierInput>;
  valueType: Scalars['String']['input'];
};

export type CreateTagInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateTestConnectionRequestInput = {
  recipe: Scalars['String']['input'];
  version?: InputMaybe<Scalars['String']['input']>;
};

export type CreateTestInput = {
  category: Scalars['String']['input'];
  definition: TestDefinitionInput;
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateViewInput = {
  definition: DataHubViewDefinitionInput;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  viewType: DataHubViewType;
};

export type CronSchedule = {
  __typename?: 'CronSchedule';
  cron: Scalars['String']['output'];
  timezone: Scalars['String']['output'];
};

export type CustomAssertionInfo = {
  __typename?: 'CustomAssertionInfo';
  entityUrn: Scalars['String']['output'];
  field?: Maybe<SchemaFieldRef>;
  logic?: Maybe<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

export type CustomPropertiesEntry = {
  __typename?: 'CustomPropertiesEntry';
  associatedUrn: Scalars['String']['output'];
  key: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

export type Dashboard = BrowsableEntity & Entity & EntityWithRelationships & {
  __typename?: 'Dashboard';
  /** @deprecated Use applications instead */
  application?: Maybe<ApplicationAssociation>;
  applications?: Maybe<Array<ApplicationAssociation>>;
  aspects?: Maybe<Array<RawAspect>>;
  browsePathV2?: Maybe<BrowsePathV2>;
  browsePaths?: Maybe<Array<BrowsePath>>;
  container?: Maybe<Container>;
  dashboardId: Scalars['String']['output'];
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  deprecation?: Maybe<Deprecation>;
  domain?: Maybe<DomainAssociation>;
  /** @deprecated Field no longer supported */
  editableInfo?: Maybe<DashboardEditableProperties>;
  editableProperties?: Maybe<DashboardEditableProperties>;
  embed?: Maybe<Embed>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  forms?: Maybe<Forms>;
  /** @deprecated Field no longer supported */
  globalTags?: Maybe<GlobalTags>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  health?: Maybe<Array<Health>>;
  incidents?: Maybe<EntityIncidentsResult>;
  /** @deprecated Field no longer supported */
  info?: Maybe<DashboardInfo>;
  inputFields?: Maybe<InputFields>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  lastIngested?: Maybe<Scalars['Long']['output']>;
  lineage?: Maybe<EntityLineageResult>;
  ownership?: Maybe<Ownership>;
  parentContainers?: Maybe<ParentContainersResult>;
  platform: DataPlatform;
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<DashboardProperties>;
  relatedDocuments?: Maybe<RelatedDocumentsResult>;
  relationships?: Maybe<EntityRelationshipsResult>;
  statsSummary?: Maybe<DashboardStatsSummary>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  subTypes?: Maybe<SubTypes>;
  tags?: Maybe<GlobalTags>;
  tool: Scalars['String']['output'];
  type: EntityType;
  urn: Scalars['String']['output'];
  usageStats?: Maybe<DashboardUsageQueryResult>;
};


export type DashboardaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type DashboardincidentsArgs = {
  assigneeUrns?: InputMaybe<Array<Scalars['String']['input']>>;
  count?: InputMaybe<Scalars['Int']['input']>;
  priority?: InputMaybe<IncidentPriority>;
  stage?: InputMaybe<IncidentStage>;
  start?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<IncidentState>;
};


export type DashboardlineageArgs = {
  input: LineageInput;
};


export type DashboardrelatedDocumentsArgs = {
  input: RelatedDocumentsInput;
};


export type DashboardrelationshipsArgs = {
  input: RelationshipsInput;
};


export type DashboardusageStatsArgs = {
  endTimeMillis?: InputMaybe<Scalars['Long']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  startTimeMillis?: InputMaybe<Scalars['Long']['input']>;
};

export type DashboardEditableProperties = {
  __typename?: 'DashboardEditableProperties';
  description?: Maybe<Scalars['String']['output']>;
};

export type DashboardEditablePropertiesUpdate = {
  description: Scalars['String']['input'];
};

export type DashboardInfo = {
  __typename?: 'DashboardInfo';
  access?: Maybe<AccessLevel>;
  /** @deprecated Field no longer supported */
  charts: Array<Chart>;
  created: AuditStamp;
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  deleted?: Maybe<AuditStamp>;
  description?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  lastModified: AuditStamp;
  lastRefreshed?: Maybe<Scalars['Long']['output']>;
  name: Scalars['String']['output'];
};

export type DashboardProperties = {
  __typename?: 'DashboardProperties';
  access?: Maybe<AccessLevel>;
  created: AuditStamp;
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  deleted?: Maybe<AuditStamp>;
  description?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  lastModified: AuditStamp;
  lastRefreshed?: Maybe<Scalars['Long']['output']>;
  name: Scalars['String']['output'];
};

export type DashboardStatsSummary = {
  __typename?: 'DashboardStatsSummary';
  topUsersLast30Days?: Maybe<Array<CorpUser>>;
  uniqueUserCountLast30Days?: Maybe<Scalars['Int']['output']>;
  viewCount?: Maybe<Scalars['Int']['output']>;
  viewCountLast30Days?: Maybe<Scalars['Int']['output']>;
};

export type DashboardUpdateInput = {
  editableProperties?: InputMaybe<DashboardEditablePropertiesUpdate>;
  globalTags?: InputMaybe<GlobalTagsUpdate>;
  ownership?: InputMaybe<OwnershipUpdate>;
  tags?: InputMaybe<GlobalTagsUpdate>;
};

export type DashboardUsageAggregation = {
  __typename?: 'DashboardUsageAggregation';
  bucket?: Maybe<Scalars['Long']['output']>;
  duration?: Maybe<WindowDuration>;
  metrics?: Maybe<DashboardUsageAggregationMetrics>;
  resource?: Maybe<Scalars['String']['output']>;
};

export type DashboardUsageAggregationMetrics = {
  __typename?: 'DashboardUsageAggregationMetrics';
  executionsCount?: Maybe<Scalars['Int']['output']>;
  uniqueUserCount?: Maybe<Scalars['Int']['output']>;
  viewsCount?: Maybe<Scalars['Int']['output']>;
};

export type DashboardUsageMetrics = TimeSeriesAspect & {
  __typename?: 'DashboardUsageMetrics';
  executionsCount?: Maybe<Scalars['Int']['output']>;
  favoritesCount?: Maybe<Scalars['Int']['output']>;
  lastViewed?: Maybe<Scalars['Long']['output']>;
  timestampMillis: Scalars['Long']['output'];
  viewsCount?: Maybe<Scalars['Int']['output']>;
};

export type DashboardUsageQueryResult = {
  __typename?: 'DashboardUsageQueryResult';
  aggregations?: Maybe<DashboardUsageQueryResultAggregations>;
  buckets?: Maybe<Array<Maybe<DashboardUsageAggregation>>>;
  metrics?: Maybe<Array<DashboardUsageMetrics>>;
};

export type DashboardUsageQueryResultAggregations = {
  __typename?: 'DashboardUsageQueryResultAggregations';
  executionsCount?: Maybe<Scalars['Int']['output']>;
  uniqueUserCount?: Maybe<Scalars['Int']['output']>;
  users?: Maybe<Array<Maybe<DashboardUserUsageCounts>>>;
  viewsCount?: Maybe<Scalars['Int']['output']>;
};

export type DashboardUserUsageCounts = {
  __typename?: 'DashboardUserUsageCounts';
  executionsCount?: Maybe<Scalars['Int']['output']>;
  usageCount?: Maybe<Scalars['Int']['output']>;
  user?: Maybe<CorpUser>;
  viewsCount?: Maybe<Scalars['Int']['output']>;
};

export type DataContract = Entity & {
  __typename?: 'DataContract';
  properties?: Maybe<DataContractProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<DataContractStatus>;
  structuredProperties?: Maybe<StructuredProperties>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DataContractrelationshipsArgs = {
  input: RelationshipsInput;
};

export type DataContractProperties = {
  __typename?: 'DataContractProperties';
  dataQuality?: Maybe<Array<DataQualityContract>>;
  entityUrn: Scalars['String']['output'];
  freshness?: Maybe<Array<FreshnessContract>>;
  schema?: Maybe<Array<SchemaContract>>;
};

export type DataContractState =
  | 'ACTIVE'
  | 'PENDING';

export type DataContractStatus = {
  __typename?: 'DataContractStatus';
  state: DataContractState;
};

export type DataFlow = BrowsableEntity & Entity & EntityWithRelationships & {
  __typename?: 'DataFlow';
  /** @deprecated Use applications instead */
  application?: Maybe<ApplicationAssociation>;
  applications?: Maybe<Array<ApplicationAssociation>>;
  aspects?: Maybe<Array<RawAspect>>;
  browsePathV2?: Maybe<BrowsePathV2>;
  browsePaths?: Maybe<Array<BrowsePath>>;
  cluster: Scalars['String']['output'];
  container?: Maybe<Container>;
  /** @deprecated Field no longer supported */
  dataJobs?: Maybe<DataFlowDataJobsRelationships>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  deprecation?: Maybe<Deprecation>;
  domain?: Maybe<DomainAssociation>;
  editableProperties?: Maybe<DataFlowEditableProperties>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  flowId: Scalars['String']['output'];
  forms?: Maybe<Forms>;
  /** @deprecated Field no longer supported */
  globalTags?: Maybe<GlobalTags>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  health?: Maybe<Array<Health>>;
  incidents?: Maybe<EntityIncidentsResult>;
  /** @deprecated Field no longer supported */
  info?: Maybe<DataFlowInfo>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  lastIngested?: Maybe<Scalars['Long']['output']>;
  lineage?: Maybe<EntityLineageResult>;
  orchestrator: Scalars['String']['output'];
  ownership?: Maybe<Ownership>;
  parentContainers?: Maybe<ParentContainersResult>;
  platform: DataPlatform;
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<DataFlowProperties>;
  relatedDocuments?: Maybe<RelatedDocumentsResult>;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  subTypes?: Maybe<SubTypes>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DataFlowaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type DataFlowincidentsArgs = {
  assigneeUrns?: InputMaybe<Array<Scalars['String']['input']>>;
  count?: InputMaybe<Scalars['Int']['input']>;
  priority?: InputMaybe<IncidentPriority>;
  stage?: InputMaybe<IncidentStage>;
  start?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<IncidentState>;
};


export type DataFlowlineageArgs = {
  input: LineageInput;
};


export type DataFlowrelatedDocumentsArgs = {
  input: RelatedDocumentsInput;
};


export type DataFlowrelationshipsArgs = {
  input: RelationshipsInput;
};

export type DataFlowDataJobsRelationships = {
  __typename?: 'DataFlowDataJobsRelationships';
  entities?: Maybe<Array<Maybe<EntityRelationshipLegacy>>>;
};

export type DataFlowEditableProperties = {
  __typename?: 'DataFlowEditableProperties';
  description?: Maybe<Scalars['String']['output']>;
};

export type DataFlowEditablePropertiesUpdate = {
  description: Scalars['String']['input'];
};

export type DataFlowInfo = {
  __typename?: 'DataFlowInfo';
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  description?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  project?: Maybe<Scalars['String']['output']>;
};

export type DataFlowProperties = {
  __typename?: 'DataFlowProperties';
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  description?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  project?: Maybe<Scalars['String']['output']>;
};

export type DataFlowUpdateInput = {
  editableProperties?: InputMaybe<DataFlowEditablePropertiesUpdate>;
  globalTags?: InputMaybe<GlobalTagsUpdate>;
  ownership?: InputMaybe<OwnershipUpdate>;
  tags?: InputMaybe<GlobalTagsUpdate>;
};

export type DataHubConnection = Entity & {
  __typename?: 'DataHubConnection';
  details: DataHubConnectionDetails;
  platform: DataPlatform;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DataHubConnectionrelationshipsArgs = {
  input: RelationshipsInput;
};

export type DataHubConnectionDetails = {
  __typename?: 'DataHubConnectionDetails';
  json?: Maybe<DataHubJsonConnection>;
  name?: Maybe<Scalars['String']['output']>;
  type: DataHubConnectionDetailsType;
};

export type DataHubConnectionDetailsType =
  | 'JSON';

export type DataHubFile = Entity & {
  __typename?: 'DataHubFile';
  info: DataHubFileInfo;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DataHubFilerelationshipsArgs = {
  input: RelationshipsInput;
};

export type DataHubFileInfo = {
  __typename?: 'DataHubFileInfo';
  bucketStorageLocation: BucketStorageLocation;
  created: ResolvedAuditStamp;
  mimeType: Scalars['String']['output'];
  originalFileName: Scalars['String']['output'];
  referencedByAsset?: Maybe<Entity>;
  scenario: UploadDownloadScenario;
  schemaField?: Maybe<SchemaFieldEntity>;
  sizeInBytes: Scalars['Long']['output'];
};

export type DataHubJsonConnection = {
  __typename?: 'DataHubJsonConnection';
  blob: Scalars['String']['output'];
};

export type DataHubJsonConnectionInput = {
  blob: Scalars['String']['input'];
};

export type DataHubPageModule = Entity & {
  __typename?: 'DataHubPageModule';
  exists?: Maybe<Scalars['Boolean']['output']>;
  properties: DataHubPageModuleProperties;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DataHubPageModulerelationshipsArgs = {
  input: RelationshipsInput;
};

export type DataHubPageModuleParams = {
  __typename?: 'DataHubPageModuleParams';
  assetCollectionParams?: Maybe<AssetCollectionModuleParams>;
  hierarchyViewParams?: Maybe<HierarchyViewModuleParams>;
  linkParams?: Maybe<LinkModuleParams>;
  richTextParams?: Maybe<RichTextModuleParams>;
};

export type DataHubPageModuleProperties = {
  __typename?: 'DataHubPageModuleProperties';
  created: ResolvedAuditStamp;
  lastModified: ResolvedAuditStamp;
  name: Scalars['String']['output'];
  params: DataHubPageModuleParams;
  type: DataHubPageModuleType;
  visibility: DataHubPageModuleVisibility;
};

export type DataHubPageModuleType =
  | 'ASSETS'
  | 'ASSET_COLLECTION'
  | 'CHILD_HIERARCHY'
  | 'COLUMNS'
  | 'DATA_PRODUCTS'
  | 'DOMAINS'
  | 'HIERARCHY'
  | 'LINEAGE'
  | 'LINK'
  | 'OWNED_ASSETS'
  | 'PLATFORMS'
  | 'RELATED_TERMS'
  | 'RICH_TEXT'
  | 'UNKNOWN';

export type DataHubPageModuleVisibility = {
  __typename?: 'DataHubPageModuleVisibility';
  scope?: Maybe<PageModuleScope>;
};

export type DataHubPageTemplate = Entity & {
  __typename?: 'DataHubPageTemplate';
  properties: DataHubPageTemplateProperties;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DataHubPageTemplaterelationshipsArgs = {
  input: RelationshipsInput;
};

export type DataHubPageTemplateAssetSummary = {
  __typename?: 'DataHubPageTemplateAssetSummary';
  summaryElements?: Maybe<Array<SummaryElement>>;
};

export type DataHubPageTemplateProperties = {
  __typename?: 'DataHubPageTemplateProperties';
  assetSummary?: Maybe<DataHubPageTemplateAssetSummary>;
  created: ResolvedAuditStamp;
  lastModified: ResolvedAuditStamp;
  rows: Array<DataHubPageTemplateRow>;
  surface: DataHubPageTemplateSurface;
  visibility: DataHubPageTemplateVisibility;
};

export type DataHubPageTemplateRow = {
  __typename?: 'DataHubPageTemplateRow';
  modules: Array<DataHubPageModule>;
};

export type DataHubPageTemplateSurface = {
  __typename?: 'DataHubPageTemplateSurface';
  surfaceType?: Maybe<PageTemplateSurfaceType>;
};

export type DataHubPageTemplateVisibility = {
  __typename?: 'DataHubPageTemplateVisibility';
  scope?: Maybe<PageTemplateScope>;
};

export type DataHubPersona = {
  __typename?: 'DataHubPersona';
  urn: Scalars['String']['output'];
};

export type DataHubPolicy = Entity & {
  __typename?: 'DataHubPolicy';
  actors: ActorFilter;
  description?: Maybe<Scalars['String']['output']>;
  editable: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  policyType: PolicyType;
  privileges: Array<Scalars['String']['output']>;
  relationships?: Maybe<EntityRelationshipsResult>;
  resources?: Maybe<ResourceFilter>;
  state: PolicyState;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DataHubPolicyrelationshipsArgs = {
  input: RelationshipsInput;
};

export type DataHubRole = Entity & {
  __typename?: 'DataHubRole';
  aspects?: Maybe<Array<RawAspect>>;
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DataHubRoleaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type DataHubRolerelationshipsArgs = {
  input: RelationshipsInput;
};

export type DataHubView = Entity & {
  __typename?: 'DataHubView';
  definition: DataHubViewDefinition;
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
  viewType: DataHubViewType;
};


export type DataHubViewrelationshipsArgs = {
  input: RelationshipsInput;
};

export type DataHubViewDefinition = {
  __typename?: 'DataHubViewDefinition';
  entityTypes: Array<EntityType>;
  filter: DataHubViewFilter;
};

export type DataHubViewDefinitionInput = {
  entityTypes: Array<EntityType>;
  filter: DataHubViewFilterInput;
};

export type DataHubViewFilter = {
  __typename?: 'DataHubViewFilter';
  filters: Array<FacetFilter>;
  operator: LogicalOperator;
};

export type DataHubViewFilterInput = {
  filters: Array<FacetFilterInput>;
  operator: LogicalOperator;
};

export type DataHubViewType =
  | 'GLOBAL'
  | 'PERSONAL';

export type DataJob = BrowsableEntity & Entity & EntityWithRelationships & {
  __typename?: 'DataJob';
  /** @deprecated Use applications instead */
  application?: Maybe<ApplicationAssociation>;
  applications?: Maybe<Array<ApplicationAssociation>>;
  aspects?: Maybe<Array<RawAspect>>;
  browsePathV2?: Maybe<BrowsePathV2>;
  browsePaths?: Maybe<Array<BrowsePath>>;
  container?: Maybe<Container>;
  dataFlow?: Maybe<DataFlow>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  dataTransformLogic?: Maybe<DataTransformLogic>;
  deprecation?: Maybe<Deprecation>;
  domain?: Maybe<DomainAssociation>;
  editableProperties?: Maybe<DataJobEditableProperties>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  forms?: Maybe<Forms>;
  /** @deprecated Field no longer supported */
  globalTags?: Maybe<GlobalTags>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  health?: Maybe<Array<Health>>;
  incidents?: Maybe<EntityIncidentsResult>;
  /** @deprecated Field no longer supported */
  info?: Maybe<DataJobInfo>;
  inputOutput?: Maybe<DataJobInputOutput>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  jobId: Scalars['String']['output'];
  lastIngested?: Maybe<Scalars['Long']['output']>;
  lineage?: Maybe<EntityLineageResult>;
  ownership?: Maybe<Ownership>;
  parentContainers?: Maybe<ParentContainersResult>;
  platform?: Maybe<DataPlatform>;
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<DataJobProperties>;
  relatedDocuments?: Maybe<RelatedDocumentsResult>;
  relationships?: Maybe<EntityRelationshipsResult>;
  runs?: Maybe<DataProcessInstanceResult>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  subTypes?: Maybe<SubTypes>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DataJobaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type DataJobincidentsArgs = {
  assigneeUrns?: InputMaybe<Array<Scalars['String']['input']>>;
  count?: InputMaybe<Scalars['Int']['input']>;
  priority?: InputMaybe<IncidentPriority>;
  stage?: InputMaybe<IncidentStage>;
  start?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<IncidentState>;
};


export type DataJoblineageArgs = {
  input: LineageInput;
};


export type DataJobrelatedDocumentsArgs = {
  input: RelatedDocumentsInput;
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

export type DataJobEditablePropertiesUpdate = {
  description: Scalars['String']['input'];
};

export type DataJobInfo = {
  __typename?: 'DataJobInfo';
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  description?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type DataJobInputOutput = {
  __typename?: 'DataJobInputOutput';
  fineGrainedLineages?: Maybe<Array<FineGrainedLineage>>;
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

export type DataJobUpdateInput = {
  editableProperties?: InputMaybe<DataJobEditablePropertiesUpdate>;
  globalTags?: InputMaybe<GlobalTagsUpdate>;
  ownership?: InputMaybe<OwnershipUpdate>;
  tags?: InputMaybe<GlobalTagsUpdate>;
};

export type DataPlatform = Entity & {
  __typename?: 'DataPlatform';
  /** @deprecated Field no longer supported */
  displayName?: Maybe<Scalars['String']['output']>;
  /** @deprecated Field no longer supported */
  info?: Maybe<DataPlatformInfo>;
  lastIngested?: Maybe<Scalars['Long']['output']>;
  name: Scalars['String']['output'];
  properties?: Maybe<DataPlatformProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DataPlatformrelationshipsArgs = {
  input: RelationshipsInput;
};

export type DataPlatformInfo = {
  __typename?: 'DataPlatformInfo';
  datasetNameDelimiter: Scalars['String']['output'];
  displayName?: Maybe<Scalars['String']['output']>;
  logoUrl?: Maybe<Scalars['String']['output']>;
  type: PlatformType;
};

export type DataPlatformInstance = Entity & {
  __typename?: 'DataPlatformInstance';
  deprecation?: Maybe<Deprecation>;
  instanceId: Scalars['String']['output'];
  institutionalMemory?: Maybe<InstitutionalMemory>;
  ownership?: Maybe<Ownership>;
  platform: DataPlatform;
  properties?: Maybe<DataPlatformInstanceProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<Status>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DataPlatformInstancerelationshipsArgs = {
  input: RelationshipsInput;
};

export type DataPlatformInstanceProperties = {
  __typename?: 'DataPlatformInstanceProperties';
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  description?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
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

export type DataProduct = Entity & {
  __typename?: 'DataProduct';
  /** @deprecated Use applications instead */
  application?: Maybe<ApplicationAssociation>;
  applications?: Maybe<Array<ApplicationAssociation>>;
  aspects?: Maybe<Array<RawAspect>>;
  domain?: Maybe<DomainAssociation>;
  entities?: Maybe<SearchResults>;
  forms?: Maybe<Forms>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  ownership?: Maybe<Ownership>;
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<DataProductProperties>;
  relatedDocuments?: Maybe<RelatedDocumentsResult>;
  relationships?: Maybe<EntityRelationshipsResult>;
  settings?: Maybe<AssetSettings>;
  structuredProperties?: Maybe<StructuredProperties>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DataProductaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type DataProductentitiesArgs = {
  input?: InputMaybe<SearchAcrossEntitiesInput>;
};


export type DataProductrelatedDocumentsArgs = {
  input: RelatedDocumentsInput;
};


export type DataProductrelationshipsArgs = {
  input: RelationshipsInput;
};

export type DataProductEntitiesInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  filters?: InputMaybe<Array<FacetFilterInput>>;
  query?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type DataProductProperties = {
  __typename?: 'DataProductProperties';
  createdOn?: Maybe<ResolvedAuditStamp>;
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  description?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  numAssets?: Maybe<Scalars['Int']['output']>;
};

export type DataQualityContract = {
  __typename?: 'DataQualityContract';
  assertion: Assertion;
};

export type DataQualityContractInput = {
  assertionUrn: Scalars['String']['input'];
};

export type DataTransform = {
  __typename?: 'DataTransform';
  queryStatement?: Maybe<QueryStatement>;
};

export type DataTransformLogic = {
  __typename?: 'DataTransformLogic';
  transforms: Array<DataTransform>;
};

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

export type Dataset = BrowsableEntity & Entity & EntityWithRelationships & HasLogicalParent & SupportsVersions & {
  __typename?: 'Dataset';
  access?: Maybe<Access>;
  /** @deprecated Use applications instead */
  application?: Maybe<ApplicationAssociation>;
  applications?: Maybe<Array<ApplicationAssociation>>;
  aspects?: Maybe<Array<RawAspect>>;
  assertions?: Maybe<EntityAssertionsResult>;
  browsePathV2?: Maybe<BrowsePathV2>;
  browsePaths?: Maybe<Array<BrowsePath>>;
  container?: Maybe<Container>;
  contract?: Maybe<DataContract>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  datasetProfiles?: Maybe<Array<DatasetProfile>>;
  deprecation?: Maybe<Deprecation>;
  /** @deprecated Field no longer supported */
  description?: Maybe<Scalars['String']['output']>;
  domain?: Maybe<DomainAssociation>;
  editableProperties?: Maybe<DatasetEditableProperties>;
  editableSchemaMetadata?: Maybe<EditableSchemaMetadata>;
  embed?: Maybe<Embed>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  /** @deprecated Field no longer supported */
  externalUrl?: Maybe<Scalars['String']['output']>;
  fineGrainedLineages?: Maybe<Array<FineGrainedLineage>>;
  forms?: Maybe<Forms>;
  /** @deprecated Field no longer supported */
  globalTags?: Maybe<GlobalTags>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  health?: Maybe<Array<Health>>;
  incidents?: Maybe<EntityIncidentsResult>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  lastIngested?: Maybe<Scalars['Long']['output']>;
  lineage?: Maybe<EntityLineageResult>;
  logicalParent?: Maybe<Entity>;
  name: Scalars['String']['output'];
  operations?: Maybe<Array<Operation>>;
  operationsStats?: Maybe<OperationsQueryResult>;
  /** @deprecated Field no longer supported */
  origin: FabricType;
  ownership?: Maybe<Ownership>;
  parentContainers?: Maybe<ParentContainersResult>;
  platform: DataPlatform;
  /** @deprecated Field no longer supported */
  platformNativeType?: Maybe<PlatformNativeType>;
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<DatasetProperties>;
  relatedDocuments?: Maybe<RelatedDocumentsResult>;
  relationships?: Maybe<EntityRelationshipsResult>;
  runs?: Maybe<DataProcessInstanceResult>;
  /** @deprecated Use `schemaMetadata` */
  schema?: Maybe<Schema>;
  schemaMetadata?: Maybe<SchemaMetadata>;
  settings?: Maybe<AssetSettings>;
  siblings?: Maybe<SiblingProperties>;
  siblingsSearch?: Maybe<ScrollResults>;
  statsSummary?: Maybe<DatasetStatsSummary>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  subTypes?: Maybe<SubTypes>;
  tags?: Maybe<GlobalTags>;
  testResults?: Maybe<TestResults>;
  timeseriesCapabilities?: Maybe<TimeseriesCapabilitiesResult>;
  type: EntityType;
  /** @deprecated Field no longer supported */
  uri?: Maybe<Scalars['String']['output']>;
  urn: Scalars['String']['output'];
  usageStats?: Maybe<UsageQueryResult>;
  versionProperties?: Maybe<VersionProperties>;
  viewProperties?: Maybe<ViewProperties>;
};


export type DatasetaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type DatasetassertionsArgs = {
  count?: InputMaybe<Scalars['Int']['input']>;
  includeSoftDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
};


export type DatasetdatasetProfilesArgs = {
  endTimeMillis?: InputMaybe<Scalars['Long']['input']>;
  filter?: InputMaybe<FilterInput>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  startTimeMillis?: InputMaybe<Scalars['Long']['input']>;
};


export type DatasetincidentsArgs = {
  assigneeUrns?: InputMaybe<Array<Scalars['String']['input']>>;
  count?: InputMaybe<Scalars['Int']['input']>;
  priority?: InputMaybe<IncidentPriority>;
  stage?: InputMaybe<IncidentStage>;
  start?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<IncidentState>;
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


export type DatasetoperationsStatsArgs = {
  input?: InputMaybe<OperationsStatsInput>;
};


export type DatasetrelatedDocumentsArgs = {
  input: RelatedDocumentsInput;
};


export type DatasetrelationshipsArgs = {
  input: RelationshipsInput;
};


export type DatasetrunsArgs = {
  count?: InputMaybe<Scalars['Int']['input']>;
  direction: RelationshipDirection;
  start?: InputMaybe<Scalars['Int']['input']>;
};


export type DatasetschemaMetadataArgs = {
  version?: InputMaybe<Scalars['Long']['input']>;
};


export type DatasetsiblingsSearchArgs = {
  input: ScrollAcrossEntitiesInput;
};


export type DatasetusageStatsArgs = {
  range?: InputMaybe<TimeRange>;
  resource?: InputMaybe<Scalars['String']['input']>;
  startTimeMillis?: InputMaybe<Scalars['Long']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type DatasetAssertionInfo = {
  __typename?: 'DatasetAssertionInfo';
  aggregation?: Maybe<AssertionStdAggregation>;
  datasetUrn: Scalars['String']['output'];
  fields?: Maybe<Array<SchemaFieldRef>>;
  logic?: Maybe<Scalars['String']['output']>;
  nativeParameters?: Maybe<Array<StringMapEntry>>;
  nativeType?: Maybe<Scalars['String']['output']>;
  operator: AssertionStdOperator;
  parameters?: Maybe<AssertionStdParameters>;
  scope: DatasetAssertionScope;
};

export type DatasetAssertionScope =
  | 'DATASET_COLUMN'
  | 'DATASET_ROWS'
  | 'DATASET_SCHEMA'
  | 'UNKNOWN';

export type DatasetDeprecation = {
  __typename?: 'DatasetDeprecation';
  actor?: Maybe<Scalars['String']['output']>;
  decommissionTime?: Maybe<Scalars['Long']['output']>;
  deprecated: Scalars['Boolean']['output'];
  note: Scalars['String']['output'];
};

export type DatasetDeprecationUpdate = {
  decommissionTime?: InputMaybe<Scalars['Long']['input']>;
  deprecated: Scalars['Boolean']['input'];
  note: Scalars['String']['input'];
};

export type DatasetEditableProperties = {
  __typename?: 'DatasetEditableProperties';
  description?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type DatasetEditablePropertiesUpdate = {
  description: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
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

export type DatasetFilter = {
  __typename?: 'DatasetFilter';
  sql?: Maybe<Scalars['String']['output']>;
  type: DatasetFilterType;
};

export type DatasetFilterInput = {
  sql?: InputMaybe<Scalars['String']['input']>;
  type: DatasetFilterType;
};

export type DatasetFilterType =
  | 'SQL';

export type DatasetLineageType =
  | 'COPY'
  | 'TRANSFORMED'
  | 'VIEW';

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

export type DatasetStatsSummary = {
  __typename?: 'DatasetStatsSummary';
  queryCountLast30Days?: Maybe<Scalars['Int']['output']>;
  topUsersLast30Days?: Maybe<Array<CorpUser>>;
  uniqueUserCountLast30Days?: Maybe<Scalars['Int']['output']>;
};

export type DatasetUpdateInput = {
  deprecation?: InputMaybe<DatasetDeprecationUpdate>;
  editableProperties?: InputMaybe<DatasetEditablePropertiesUpdate>;
  editableSchemaMetadata?: InputMaybe<EditableSchemaMetadataUpdate>;
  globalTags?: InputMaybe<GlobalTagsUpdate>;
  institutionalMemory?: InputMaybe<InstitutionalMemoryUpdate>;
  ownership?: InputMaybe<OwnershipUpdate>;
  tags?: InputMaybe<GlobalTagsUpdate>;
};

export type DateInterval =
  | 'DAY'
  | 'HOUR'
  | 'MINUTE'
  | 'MONTH'
  | 'SECOND'
  | 'WEEK'
  | 'YEAR';

export type DateRange = {
  __typename?: 'DateRange';
  end: Scalars['String']['output'];
  start: Scalars['String']['output'];
};

export type DebugAccessResult = {
  __typename?: 'DebugAccessResult';
  allRoles: Array<Scalars['String']['output']>;
  groups: Array<Scalars['String']['output']>;
  groupsWithRoles: Array<Scalars['String']['output']>;
  policies: Array<Scalars['String']['output']>;
  privileges: Array<Scalars['String']['output']>;
  roles: Array<Scalars['String']['output']>;
  rolesViaGroups: Array<Scalars['String']['output']>;
};

export type DeleteFormInput = {
  urn: Scalars['String']['input'];
};

export type DeletePageModuleInput = {
  urn: Scalars['String']['input'];
};

export type DeletePageTemplateInput = {
  urn: Scalars['String']['input'];
};

export type DeleteStructuredPropertyInput = {
  urn: Scalars['String']['input'];
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

export type DisplayProperties = {
  __typename?: 'DisplayProperties';
  colorHex?: Maybe<Scalars['String']['output']>;
  icon?: Maybe<IconProperties>;
};

export type DisplayPropertiesUpdateInput = {
  colorHex?: InputMaybe<Scalars['String']['input']>;
  icon?: InputMaybe<IconPropertiesInput>;
};

export type DocPropagationSettings = {
  __typename?: 'DocPropagationSettings';
  docColumnPropagation?: Maybe<Scalars['Boolean']['output']>;
};

export type Document = Entity & {
  __typename?: 'Document';
  aspects?: Maybe<Array<RawAspect>>;
  browsePathV2?: Maybe<BrowsePathV2>;
  changeHistory: Array<DocumentChange>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  domain?: Maybe<DomainAssociation>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  info?: Maybe<DocumentInfo>;
  ownership?: Maybe<Ownership>;
  parentDocuments?: Maybe<ParentDocumentsResult>;
  platform: DataPlatform;
  privileges?: Maybe<EntityPrivileges>;
  relationships?: Maybe<EntityRelationshipsResult>;
  settings?: Maybe<DocumentSettings>;
  structuredProperties?: Maybe<StructuredProperties>;
  subType?: Maybe<Scalars['String']['output']>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DocumentaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type DocumentchangeHistoryArgs = {
  endTimeMillis?: InputMaybe<Scalars['Long']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  startTimeMillis?: InputMaybe<Scalars['Long']['input']>;
};


export type DocumentrelationshipsArgs = {
  input: RelationshipsInput;
};

export type DocumentChange = {
  __typename?: 'DocumentChange';
  actor?: Maybe<CorpUser>;
  changeType: DocumentChangeType;
  description: Scalars['String']['output'];
  details?: Maybe<Array<StringMapEntry>>;
  timestamp: Scalars['Long']['output'];
};

export type DocumentChangeType =
  | 'CREATED'
  | 'DELETED'
  | 'PARENT_CHANGED'
  | 'RELATED_ASSETS_CHANGED'
  | 'RELATED_DOCUMENTS_CHANGED'
  | 'STATE_CHANGED'
  | 'TEXT_CHANGED'
  | 'TITLE_CHANGED';

export type DocumentContent = {
  __typename?: 'DocumentContent';
  text: Scalars['String']['output'];
};

export type DocumentContentInput = {
  text: Scalars['String']['input'];
};

export type DocumentInfo = {
  __typename?: 'DocumentInfo';
  contents: DocumentContent;
  created: ResolvedAuditStamp;
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  lastModified: ResolvedAuditStamp;
  parentDocument?: Maybe<DocumentParentDocument>;
  relatedAssets?: Maybe<Array<DocumentRelatedAsset>>;
  relatedDocuments?: Maybe<Array<DocumentRelatedDocument>>;
  source?: Maybe<DocumentSource>;
  status?: Maybe<DocumentStatus>;
  title?: Maybe<Scalars['String']['output']>;
};

export type DocumentParentDocument = {
  __typename?: 'DocumentParentDocument';
  document: Document;
};

export type DocumentRelatedAsset = {
  __typename?: 'DocumentRelatedAsset';
  asset: Entity;
};

export type DocumentRelatedDocument = {
  __typename?: 'DocumentRelatedDocument';
  document: Document;
};

export type DocumentSettings = {
  __typename?: 'DocumentSettings';
  showInGlobalContext: Scalars['Boolean']['output'];
};

export type DocumentSettingsInput = {
  showInGlobalContext?: InputMaybe<Scalars['Boolean']['input']>;
};

export type DocumentSource = {
  __typename?: 'DocumentSource';
  externalId?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  sourceType: DocumentSourceType;
};

export type DocumentSourceType =
  | 'EXTERNAL'
  | 'NATIVE';

export type DocumentState =
  | 'PUBLISHED'
  | 'UNPUBLISHED';

export type DocumentStatus = {
  __typename?: 'DocumentStatus';
  state: DocumentState;
};

export type Documentation = {
  __typename?: 'Documentation';
  documentations: Array<DocumentationAssociation>;
};

export type DocumentationAssociation = {
  __typename?: 'DocumentationAssociation';
  attribution?: Maybe<MetadataAttribution>;
  documentation: Scalars['String']['output'];
};

export type Domain = Entity & {
  __typename?: 'Domain';
  aspects?: Maybe<Array<RawAspect>>;
  displayProperties?: Maybe<DisplayProperties>;
  entities?: Maybe<SearchResults>;
  forms?: Maybe<Forms>;
  id: Scalars['String']['output'];
  institutionalMemory?: Maybe<InstitutionalMemory>;
  ownership?: Maybe<Ownership>;
  parentDomains?: Maybe<ParentDomainsResult>;
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<DomainProperties>;
  relatedDocuments?: Maybe<RelatedDocumentsResult>;
  relationships?: Maybe<EntityRelationshipsResult>;
  settings?: Maybe<AssetSettings>;
  structuredProperties?: Maybe<StructuredProperties>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type DomainaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type DomainentitiesArgs = {
  input?: InputMaybe<DomainEntitiesInput>;
};


export type DomainrelatedDocumentsArgs = {
  input: RelatedDocumentsInput;
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
  createdOn?: Maybe<ResolvedAuditStamp>;
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type DownstreamEntityRelationships = {
  __typename?: 'DownstreamEntityRelationships';
  entities?: Maybe<Array<Maybe<EntityRelationshipLegacy>>>;
};

export type ERModelRelationship = Entity & EntityWithRelationships & {
  __typename?: 'ERModelRelationship';
  editableProperties?: Maybe<ERModelRelationshipEditableProperties>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  id: Scalars['String']['output'];
  institutionalMemory?: Maybe<InstitutionalMemory>;
  lineage?: Maybe<EntityLineageResult>;
  ownership?: Maybe<Ownership>;
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<ERModelRelationshipProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<Status>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type ERModelRelationshiplineageArgs = {
  input: LineageInput;
};


export type ERModelRelationshiprelationshipsArgs = {
  input: RelationshipsInput;
};

export type ERModelRelationshipCardinality =
  | 'N_N'
  | 'N_ONE'
  | 'ONE_N'
  | 'ONE_ONE';

export type ERModelRelationshipEditableProperties = {
  __typename?: 'ERModelRelationshipEditableProperties';
  description?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type ERModelRelationshipEditablePropertiesUpdate = {
  description: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type ERModelRelationshipProperties = {
  __typename?: 'ERModelRelationshipProperties';
  cardinality: ERModelRelationshipCardinality;
  createdActor?: Maybe<Entity>;
  createdTime?: Maybe<Scalars['Long']['output']>;
  destination: Dataset;
  name: Scalars['String']['output'];
  relationshipFieldMappings?: Maybe<Array<RelationshipFieldMapping>>;
  source: Dataset;
};

export type ERModelRelationshipPropertiesInput = {
  created?: InputMaybe<Scalars['Boolean']['input']>;
  createdAt?: InputMaybe<Scalars['Long']['input']>;
  createdBy?: InputMaybe<Scalars['String']['input']>;
  destination: Scalars['String']['input'];
  erModelRelationshipCardinality?: InputMaybe<ERModelRelationshipCardinality>;
  name: Scalars['String']['input'];
  relationshipFieldmappings?: InputMaybe<Array<RelationshipFieldMappingInput>>;
  source: Scalars['String']['input'];
};

export type ERModelRelationshipUpdateInput = {
  editableProperties?: InputMaybe<ERModelRelationshipEditablePropertiesUpdate>;
  properties?: InputMaybe<ERModelRelationshipPropertiesInput>;
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

export type EditableSchemaFieldInfoUpdate = {
  description?: InputMaybe<Scalars['String']['input']>;
  fieldPath: Scalars['String']['input'];
  globalTags?: InputMaybe<GlobalTagsUpdate>;
};

export type EditableSchemaMetadata = {
  __typename?: 'EditableSchemaMetadata';
  editableSchemaFieldInfo: Array<EditableSchemaFieldInfo>;
};

export type EditableSchemaMetadataUpdate = {
  editableSchemaFieldInfo: Array<EditableSchemaFieldInfoUpdate>;
};

export type EditableTagProperties = {
  __typename?: 'EditableTagProperties';
  description?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type Embed = {
  __typename?: 'Embed';
  renderUrl?: Maybe<Scalars['String']['output']>;
};

export type Entity = {
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type EntityrelationshipsArgs = {
  input: RelationshipsInput;
};

export type EntityAssertionsResult = {
  __typename?: 'EntityAssertionsResult';
  assertions: Array<Assertion>;
  count: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type EntityCountInput = {
  types?: InputMaybe<Array<EntityType>>;
  viewUrn?: InputMaybe<Scalars['String']['input']>;
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

export type EntityIncidentsResult = {
  __typename?: 'EntityIncidentsResult';
  count: Scalars['Int']['output'];
  incidents: Array<Incident>;
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
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

export type EntityPrivileges = {
  __typename?: 'EntityPrivileges';
  canEditAssertions?: Maybe<Scalars['Boolean']['output']>;
  canEditDataProducts?: Maybe<Scalars['Boolean']['output']>;
  canEditDeprecation?: Maybe<Scalars['Boolean']['output']>;
  canEditDescription?: Maybe<Scalars['Boolean']['output']>;
  canEditDomains?: Maybe<Scalars['Boolean']['output']>;
  canEditEmbed?: Maybe<Scalars['Boolean']['output']>;
  canEditGlossaryTerms?: Maybe<Scalars['Boolean']['output']>;
  canEditIncidents?: Maybe<Scalars['Boolean']['output']>;
  canEditLineage?: Maybe<Scalars['Boolean']['output']>;
  canEditLinks?: Maybe<Scalars['Boolean']['output']>;
  canEditOwners?: Maybe<Scalars['Boolean']['output']>;
  canEditProperties?: Maybe<Scalars['Boolean']['output']>;
  canEditQueries?: Maybe<Scalars['Boolean']['output']>;
  canEditSchemaFieldDescription?: Maybe<Scalars['Boolean']['output']>;
  canEditSchemaFieldGlossaryTerms?: Maybe<Scalars['Boolean']['output']>;
  canEditSchemaFieldTags?: Maybe<Scalars['Boolean']['output']>;
  canEditTags?: Maybe<Scalars['Boolean']['output']>;
  canManageAssetSummary?: Maybe<Scalars['Boolean']['output']>;
  canManageChildren?: Maybe<Scalars['Boolean']['output']>;
  canManageEntity?: Maybe<Scalars['Boolean']['output']>;
  canViewDatasetOperations?: Maybe<Scalars['Boolean']['output']>;
  canViewDatasetProfile?: Maybe<Scalars['Boolean']['output']>;
  canViewDatasetUsage?: Maybe<Scalars['Boolean']['output']>;
};

export type EntityProfileConfig = {
  __typename?: 'EntityProfileConfig';
  defaultTab?: Maybe<Scalars['String']['output']>;
};

export type EntityProfileParams = {
  __typename?: 'EntityProfileParams';
  type: EntityType;
  urn: Scalars['String']['output'];
};

export type EntityProfilesConfig = {
  __typename?: 'EntityProfilesConfig';
  domain?: Maybe<EntityProfileConfig>;
};

export type EntityRelationship = {
  __typename?: 'EntityRelationship';
  created?: Maybe<AuditStamp>;
  direction: RelationshipDirection;
  entity?: Maybe<Entity>;
  type: Scalars['String']['output'];
};

export type EntityRelationshipLegacy = {
  __typename?: 'EntityRelationshipLegacy';
  created?: Maybe<AuditStamp>;
  entity?: Maybe<EntityWithRelationships>;
};

export type EntityRelationshipsResult = {
  __typename?: 'EntityRelationshipsResult';
  count?: Maybe<Scalars['Int']['output']>;
  relationships: Array<EntityRelationship>;
  start?: Maybe<Scalars['Int']['output']>;
  total?: Maybe<Scalars['Int']['output']>;
};

export type EntityRequestContext = {
  type: EntityType;
  urn: Scalars['String']['input'];
};

export type EntityType =
  | 'ACCESS_TOKEN'
  | 'APPLICATION'
  | 'ASSERTION'
  | 'BUSINESS_ATTRIBUTE'
  | 'CHART'
  | 'CONTAINER'
  | 'CORP_GROUP'
  | 'CORP_USER'
  | 'CUSTOM_OWNERSHIP_TYPE'
  | 'DASHBOARD'
  | 'DATAHUB_CONNECTION'
  | 'DATAHUB_FILE'
  | 'DATAHUB_PAGE_MODULE'
  | 'DATAHUB_PAGE_TEMPLATE'
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
  | 'DOCUMENT'
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
  | 'NOTEBOOK'
  | 'OTHER'
  | 'POST'
  | 'QUERY'
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

export type EntityTypeToPlatforms = {
  entityType: EntityType;
  platforms?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type EntityWithRelationships = {
  lineage?: Maybe<EntityLineageResult>;
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

export type EthicalConsiderations = {
  __typename?: 'EthicalConsiderations';
  data?: Maybe<Array<Scalars['String']['output']>>;
  humanLife?: Maybe<Array<Scalars['String']['output']>>;
  mitigations?: Maybe<Array<Scalars['String']['output']>>;
  risksAndHarms?: Maybe<Array<Scalars['String']['output']>>;
  useCases?: Maybe<Array<Scalars['String']['output']>>;
};

export type ExecutionRequest = Entity & {
  __typename?: 'ExecutionRequest';
  id: Scalars['String']['output'];
  input: ExecutionRequestInput;
  relationships?: Maybe<EntityRelationshipsResult>;
  result?: Maybe<ExecutionRequestResult>;
  source?: Maybe<IngestionSource>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type ExecutionRequestrelationshipsArgs = {
  input: RelationshipsInput;
};

export type ExecutionRequestInput = {
  __typename?: 'ExecutionRequestInput';
  actor?: Maybe<CorpUser>;
  /** @deprecated Use actor instead */
  actorUrn?: Maybe<Scalars['String']['output']>;
  arguments?: Maybe<Array<StringMapEntry>>;
  executorId?: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['Long']['output'];
  source: ExecutionRequestSource;
  task: Scalars['String']['output'];
};

export type ExecutionRequestResult = {
  __typename?: 'ExecutionRequestResult';
  durationMs?: Maybe<Scalars['Long']['output']>;
  report?: Maybe<Scalars['String']['output']>;
  startTimeMs?: Maybe<Scalars['Long']['output']>;
  status: Scalars['String']['output'];
  structuredReport?: Maybe<StructuredReport>;
};

export type ExecutionRequestSource = {
  __typename?: 'ExecutionRequestSource';
  ingestionSource?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

export type ExtraProperty = {
  __typename?: 'ExtraProperty';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
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

export type FacetFilter = {
  __typename?: 'FacetFilter';
  condition?: Maybe<FilterOperator>;
  field: Scalars['String']['output'];
  negated?: Maybe<Scalars['Boolean']['output']>;
  values: Array<Scalars['String']['output']>;
};

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
  entity?: Maybe<Entity>;
  field: Scalars['String']['output'];
};

export type FeatureFlagsConfig = {
  __typename?: 'FeatureFlagsConfig';
  assetSummaryPageV1: Scalars['Boolean']['output'];
  businessAttributeEntityEnabled: Scalars['Boolean']['output'];
  contextDocumentsEnabled: Scalars['Boolean']['output'];
  dataContractsEnabled: Scalars['Boolean']['output'];
  datasetSummaryPageV1: Scalars['Boolean']['output'];
  documentationFileUploadV1: Scalars['Boolean']['output'];
  editableDatasetNameEnabled: Scalars['Boolean']['output'];
  entityVersioningEnabled: Scalars['Boolean']['output'];
  erModelRelationshipFeatureEnabled: Scalars['Boolean']['output'];
  hideDbtSourceInLineage: Scalars['Boolean']['output'];
  ingestionOnboardingRedesignV1: Scalars['Boolean']['output'];
  lineageGraphV2: Scalars['Boolean']['output'];
  lineageGraphV3: Scalars['Boolean']['output'];
  logicalModelsEnabled: Scalars['Boolean']['output'];
  nestedDomainsEnabled: Scalars['Boolean']['output'];
  platformBrowseV2: Scalars['Boolean']['output'];
  readOnlyModeEnabled: Scalars['Boolean']['output'];
  schemaFieldCLLEnabled: Scalars['Boolean']['output'];
  schemaFieldLineageIgnoreStatus: Scalars['Boolean']['output'];
  showAccessManagement: Scalars['Boolean']['output'];
  showAcrylInfo: Scalars['Boolean']['output'];
  showAutoCompleteResults: Scalars['Boolean']['output'];
  showBrowseV2: Scalars['Boolean']['output'];
  showDefaultExternalLinks: Scalars['Boolean']['output'];
  showHasSiblingsFilter: Scalars['Boolean']['output'];
  showHomePageRedesign: Scalars['Boolean']['output'];
  showHomepageUserRole: Scalars['Boolean']['output'];
  showIngestionPageRedesign: Scalars['Boolean']['output'];
  showIntroducePage: Scalars['Boolean']['output'];
  showLineageExpandMore: Scalars['Boolean']['output'];
  showManageStructuredProperties: Scalars['Boolean']['output'];
  showManageTags: Scalars['Boolean']['output'];
  showNavBarRedesign: Scalars['Boolean']['output'];
  showProductUpdates: Scalars['Boolean']['output'];
  showSearchBarAutocompleteRedesign: Scalars['Boolean']['output'];
  showSearchFiltersV2: Scalars['Boolean']['output'];
  showSeparateSiblings: Scalars['Boolean']['output'];
  showStatsTabRedesign: Scalars['Boolean']['output'];
  themeV2Default: Scalars['Boolean']['output'];
  themeV2Enabled: Scalars['Boolean']['output'];
  themeV2Toggleable: Scalars['Boolean']['output'];
};

export type FieldAssertionInfo = {
  __typename?: 'FieldAssertionInfo';
  entityUrn: Scalars['String']['output'];
  fieldMetricAssertion?: Maybe<FieldMetricAssertion>;
  fieldValuesAssertion?: Maybe<FieldValuesAssertion>;
  filter?: Maybe<DatasetFilter>;
  type: FieldAssertionType;
};

export type FieldAssertionType =
  | 'FIELD_METRIC'
  | 'FIELD_VALUES';

export type FieldFormPromptAssociation = {
  __typename?: 'FieldFormPromptAssociation';
  fieldPath: Scalars['String']['output'];
  lastModified: ResolvedAuditStamp;
};

export type FieldMetricAssertion = {
  __typename?: 'FieldMetricAssertion';
  field: SchemaFieldSpec;
  metric: FieldMetricType;
  operator: AssertionStdOperator;
  parameters?: Maybe<AssertionStdParameters>;
};

export type FieldMetricType =
  | 'EMPTY_COUNT'
  | 'EMPTY_PERCENTAGE'
  | 'MAX'
  | 'MAX_LENGTH'
  | 'MEAN'
  | 'MEDIAN'
  | 'MIN'
  | 'MIN_LENGTH'
  | 'NEGATIVE_COUNT'
  | 'NEGATIVE_PERCENTAGE'
  | 'NULL_COUNT'
  | 'NULL_PERCENTAGE'
  | 'STDDEV'
  | 'UNIQUE_COUNT'
  | 'UNIQUE_PERCENTAGE'
  | 'ZERO_COUNT'
  | 'ZERO_PERCENTAGE';

export type FieldTransform = {
  __typename?: 'FieldTransform';
  type: FieldTransformType;
};

export type FieldTransformType =
  | 'LENGTH';

export type FieldUsageCounts = {
  __typename?: 'FieldUsageCounts';
  count?: Maybe<Scalars['Int']['output']>;
  fieldName?: Maybe<Scalars['String']['output']>;
};

export type FieldValuesAssertion = {
  __typename?: 'FieldValuesAssertion';
  excludeNulls: Scalars['Boolean']['output'];
  failThreshold: FieldValuesFailThreshold;
  field: SchemaFieldSpec;
  operator: AssertionStdOperator;
  parameters?: Maybe<AssertionStdParameters>;
  transform?: Maybe<FieldTransform>;
};

export type FieldValuesFailThreshold = {
  __typename?: 'FieldValuesFailThreshold';
  type: FieldValuesFailThresholdType;
  value: Scalars['Long']['output'];
};

export type FieldValuesFailThresholdType =
  | 'COUNT'
  | 'PERCENTAGE';

export type FilterInput = {
  and: Array<FacetFilterInput>;
};

export type FilterOperator =
  | 'ANCESTORS_INCL'
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

export type FineGrainedLineage = {
  __typename?: 'FineGrainedLineage';
  downstreams?: Maybe<Array<SchemaFieldRef>>;
  query?: Maybe<Scalars['String']['output']>;
  transformOperation?: Maybe<Scalars['String']['output']>;
  upstreams?: Maybe<Array<SchemaFieldRef>>;
};

export type FixedIntervalSchedule = {
  __typename?: 'FixedIntervalSchedule';
  multiple: Scalars['Int']['output'];
  unit: DateInterval;
};

export type FloatBox = {
  __typename?: 'FloatBox';
  floatValue: Scalars['Float']['output'];
};

export type ForeignKeyConstraint = {
  __typename?: 'ForeignKeyConstraint';
  foreignDataset?: Maybe<Dataset>;
  foreignFields?: Maybe<Array<Maybe<SchemaFieldEntity>>>;
  name?: Maybe<Scalars['String']['output']>;
  sourceFields?: Maybe<Array<Maybe<SchemaFieldEntity>>>;
};

export type Form = Entity & {
  __typename?: 'Form';
  info: FormInfo;
  ownership?: Maybe<Ownership>;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type FormrelationshipsArgs = {
  input: RelationshipsInput;
};

export type FormActorAssignment = {
  __typename?: 'FormActorAssignment';
  groups?: Maybe<Array<CorpGroup>>;
  isAssignedToMe: Scalars['Boolean']['output'];
  owners: Scalars['Boolean']['output'];
  users?: Maybe<Array<CorpUser>>;
};

export type FormActorAssignmentInput = {
  groups?: InputMaybe<Array<Scalars['String']['input']>>;
  owners?: InputMaybe<Scalars['Boolean']['input']>;
  users?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type FormActorAssignmentUpdateInput = {
  groupsToAdd?: InputMaybe<Array<Scalars['String']['input']>>;
  groupsToRemove?: InputMaybe<Array<Scalars['String']['input']>>;
  owners?: InputMaybe<Scalars['Boolean']['input']>;
  usersToAdd?: InputMaybe<Array<Scalars['String']['input']>>;
  usersToRemove?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type FormAssociation = {
  __typename?: 'FormAssociation';
  associatedUrn: Scalars['String']['output'];
  completedPrompts?: Maybe<Array<FormPromptAssociation>>;
  form: Form;
  incompletePrompts?: Maybe<Array<FormPromptAssociation>>;
};

export type FormInfo = {
  __typename?: 'FormInfo';
  actors: FormActorAssignment;
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  prompts: Array<FormPrompt>;
  type: FormType;
};

export type FormPrompt = {
  __typename?: 'FormPrompt';
  description?: Maybe<Scalars['String']['output']>;
  formUrn: Scalars['String']['output'];
  id: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
  structuredPropertyParams?: Maybe<StructuredPropertyParams>;
  title: Scalars['String']['output'];
  type: FormPromptType;
};

export type FormPromptAssociation = {
  __typename?: 'FormPromptAssociation';
  fieldAssociations?: Maybe<FormPromptFieldAssociations>;
  id: Scalars['String']['output'];
  lastModified: ResolvedAuditStamp;
};

export type FormPromptFieldAssociations = {
  __typename?: 'FormPromptFieldAssociations';
  completedFieldPrompts?: Maybe<Array<FieldFormPromptAssociation>>;
  incompleteFieldPrompts?: Maybe<Array<FieldFormPromptAssociation>>;
};

export type FormPromptType =
  | 'FIELDS_STRUCTURED_PROPERTY'
  | 'STRUCTURED_PROPERTY';

export type FormType =
  | 'COMPLETION'
  | 'VERIFICATION';

export type FormVerificationAssociation = {
  __typename?: 'FormVerificationAssociation';
  form: Form;
  lastModified?: Maybe<ResolvedAuditStamp>;
};

export type Forms = {
  __typename?: 'Forms';
  completedForms: Array<FormAssociation>;
  incompleteForms: Array<FormAssociation>;
  verifications: Array<FormVerificationAssociation>;
};

export type FreshnessAssertionInfo = {
  __typename?: 'FreshnessAssertionInfo';
  entityUrn: Scalars['String']['output'];
  filter?: Maybe<DatasetFilter>;
  schedule: FreshnessAssertionSchedule;
  type: FreshnessAssertionType;
};

export type FreshnessAssertionSchedule = {
  __typename?: 'FreshnessAssertionSchedule';
  cron?: Maybe<FreshnessCronSchedule>;
  fixedInterval?: Maybe<FixedIntervalSchedule>;
  type: FreshnessAssertionScheduleType;
};

export type FreshnessAssertionScheduleType =
  | 'CRON'
  | 'FIXED_INTERVAL'
  | 'SINCE_THE_LAST_CHECK';

export type FreshnessAssertionType =
  | 'DATASET_CHANGE'
  | 'DATA_JOB_RUN';

export type FreshnessContract = {
  __typename?: 'FreshnessContract';
  assertion: Assertion;
};

export type FreshnessContractInput = {
  assertionUrn: Scalars['String']['input'];
};

export type FreshnessCronSchedule = {
  __typename?: 'FreshnessCronSchedule';
  cron: Scalars['String']['output'];
  timezone: Scalars['String']['output'];
  windowStartOffsetMs?: Maybe<Scalars['Long']['output']>;
};

export type FreshnessStats = {
  __typename?: 'FreshnessStats';
  cached?: Maybe<Scalars['Boolean']['output']>;
  systemFreshness?: Maybe<Array<Maybe<SystemFreshness>>>;
};

export type GetAccessTokenInput = {
  actorUrn: Scalars['String']['input'];
  duration: AccessTokenDuration;
  type: AccessTokenType;
};

export type GetGrantedPrivilegesInput = {
  actorUrn: Scalars['String']['input'];
  includeEvaluationDetails?: InputMaybe<Scalars['Boolean']['input']>;
  resourceSpec?: InputMaybe<ResourceSpec>;
};

export type GetInviteTokenInput = {
  roleUrn?: InputMaybe<Scalars['String']['input']>;
};

export type GetPresignedUploadUrlInput = {
  assetUrn?: InputMaybe<Scalars['String']['input']>;
  contentType?: InputMaybe<Scalars['String']['input']>;
  fileName: Scalars['String']['input'];
  scenario: UploadDownloadScenario;
  schemaFieldUrn?: InputMaybe<Scalars['String']['input']>;
};

export type GetPresignedUploadUrlResponse = {
  __typename?: 'GetPresignedUploadUrlResponse';
  fileId: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type GetQuickFiltersInput = {
  viewUrn?: InputMaybe<Scalars['String']['input']>;
};

export type GetQuickFiltersResult = {
  __typename?: 'GetQuickFiltersResult';
  quickFilters: Array<Maybe<QuickFilter>>;
};

export type GetRootGlossaryEntitiesInput = {
  count: Scalars['Int']['input'];
  start: Scalars['Int']['input'];
};

export type GetRootGlossaryNodesResult = {
  __typename?: 'GetRootGlossaryNodesResult';
  count: Scalars['Int']['output'];
  nodes: Array<GlossaryNode>;
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type GetRootGlossaryTermsResult = {
  __typename?: 'GetRootGlossaryTermsResult';
  count: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  terms: Array<GlossaryTerm>;
  total: Scalars['Int']['output'];
};

export type GetSchemaBlameInput = {
  datasetUrn: Scalars['String']['input'];
  version?: InputMaybe<Scalars['String']['input']>;
};

export type GetSchemaBlameResult = {
  __typename?: 'GetSchemaBlameResult';
  schemaFieldBlameList?: Maybe<Array<SchemaFieldBlame>>;
  version?: Maybe<SemanticVersionStruct>;
};

export type GetSchemaVersionListInput = {
  datasetUrn: Scalars['String']['input'];
};

export type GetSchemaVersionListResult = {
  __typename?: 'GetSchemaVersionListResult';
  latestVersion?: Maybe<SemanticVersionStruct>;
  semanticVersionList?: Maybe<Array<SemanticVersionStruct>>;
  version?: Maybe<SemanticVersionStruct>;
};

export type GetSecretValuesInput = {
  secrets: Array<Scalars['String']['input']>;
};

export type GetTimelineInput = {
  changeCategories?: InputMaybe<Array<ChangeCategoryType>>;
  urn: Scalars['String']['input'];
};

export type GetTimelineResult = {
  __typename?: 'GetTimelineResult';
  changeTransactions: Array<ChangeTransaction>;
};

export type GlobalHomePageSettings = {
  __typename?: 'GlobalHomePageSettings';
  defaultTemplate?: Maybe<DataHubPageTemplate>;
};

export type GlobalTags = {
  __typename?: 'GlobalTags';
  tags?: Maybe<Array<TagAssociation>>;
};

export type GlobalTagsUpdate = {
  tags?: InputMaybe<Array<TagAssociationUpdate>>;
};

export type GlobalViewsSettings = {
  __typename?: 'GlobalViewsSettings';
  defaultView?: Maybe<Scalars['String']['output']>;
};

export type GlossaryNode = Entity & {
  __typename?: 'GlossaryNode';
  aspects?: Maybe<Array<RawAspect>>;
  childrenCount?: Maybe<GlossaryNodeChildrenCount>;
  displayProperties?: Maybe<DisplayProperties>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  forms?: Maybe<Forms>;
  glossaryChildrenSearch?: Maybe<ScrollResults>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  ownership?: Maybe<Ownership>;
  parentNodes?: Maybe<ParentNodesResult>;
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<GlossaryNodeProperties>;
  relatedDocuments?: Maybe<RelatedDocumentsResult>;
  relationships?: Maybe<EntityRelationshipsResult>;
  settings?: Maybe<AssetSettings>;
  structuredProperties?: Maybe<StructuredProperties>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type GlossaryNodeaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type GlossaryNodeglossaryChildrenSearchArgs = {
  input: ScrollAcrossEntitiesInput;
};


export type GlossaryNoderelatedDocumentsArgs = {
  input: RelatedDocumentsInput;
};


export type GlossaryNoderelationshipsArgs = {
  input: RelationshipsInput;
};

export type GlossaryNodeChildrenCount = {
  __typename?: 'GlossaryNodeChildrenCount';
  nodesCount: Scalars['Int']['output'];
  termsCount: Scalars['Int']['output'];
};

export type GlossaryNodeProperties = {
  __typename?: 'GlossaryNodeProperties';
  createdOn?: Maybe<ResolvedAuditStamp>;
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type GlossaryTerm = Entity & {
  __typename?: 'GlossaryTerm';
  /** @deprecated Use applications instead */
  application?: Maybe<ApplicationAssociation>;
  applications?: Maybe<Array<ApplicationAssociation>>;
  aspects?: Maybe<Array<RawAspect>>;
  deprecation?: Maybe<Deprecation>;
  domain?: Maybe<DomainAssociation>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  forms?: Maybe<Forms>;
  glossaryTermInfo?: Maybe<GlossaryTermInfo>;
  hierarchicalName: Scalars['String']['output'];
  institutionalMemory?: Maybe<InstitutionalMemory>;
  /** @deprecated Field no longer supported */
  name: Scalars['String']['output'];
  ownership?: Maybe<Ownership>;
  parentNodes?: Maybe<ParentNodesResult>;
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<GlossaryTermProperties>;
  relatedDocuments?: Maybe<RelatedDocumentsResult>;
  relationships?: Maybe<EntityRelationshipsResult>;
  schemaMetadata?: Maybe<SchemaMetadata>;
  settings?: Maybe<AssetSettings>;
  structuredProperties?: Maybe<StructuredProperties>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type GlossaryTermaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type GlossaryTermrelatedDocumentsArgs = {
  input: RelatedDocumentsInput;
};


export type GlossaryTermrelationshipsArgs = {
  input: RelationshipsInput;
};


export type GlossaryTermschemaMetadataArgs = {
  version?: InputMaybe<Scalars['Long']['input']>;
};

export type GlossaryTermAssociation = {
  __typename?: 'GlossaryTermAssociation';
  actor?: Maybe<CorpUser>;
  associatedUrn: Scalars['String']['output'];
  attribution?: Maybe<MetadataAttribution>;
  context?: Maybe<Scalars['String']['output']>;
  term: GlossaryTerm;
};

export type GlossaryTermInfo = {
  __typename?: 'GlossaryTermInfo';
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  /** @deprecated Field no longer supported */
  definition: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  rawSchema?: Maybe<Scalars['String']['output']>;
  sourceRef?: Maybe<Scalars['String']['output']>;
  sourceUrl?: Maybe<Scalars['String']['output']>;
  termSource: Scalars['String']['output'];
};

export type GlossaryTermProperties = {
  __typename?: 'GlossaryTermProperties';
  createdOn?: Maybe<ResolvedAuditStamp>;
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  /** @deprecated Field no longer supported */
  definition: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  rawSchema?: Maybe<Scalars['String']['output']>;
  sourceRef?: Maybe<Scalars['String']['output']>;
  sourceUrl?: Maybe<Scalars['String']['output']>;
  termSource: Scalars['String']['output'];
};

export type GlossaryTerms = {
  __typename?: 'GlossaryTerms';
  terms?: Maybe<Array<GlossaryTermAssociation>>;
};

export type GroupingCriterion = {
  baseEntityType?: InputMaybe<EntityType>;
  groupingEntityType: EntityType;
};

export type GroupingSpec = {
  groupingCriteria?: InputMaybe<Array<GroupingCriterion>>;
};

export type HasLogicalParent = {
  logicalParent?: Maybe<Entity>;
};

export type Health = {
  __typename?: 'Health';
  activeIncidentHealthDetails?: Maybe<ActiveIncidentHealthDetails>;
  causes?: Maybe<Array<Scalars['String']['output']>>;
  latestAssertionStatusByType?: Maybe<Array<AssertionHealthStatusByType>>;
  message?: Maybe<Scalars['String']['output']>;
  reportedAt?: Maybe<Scalars['Long']['output']>;
  status: HealthStatus;
  type: HealthStatusType;
};

export type HealthStatus =
  | 'FAIL'
  | 'PASS'
  | 'WARN';

export type HealthStatusType =
  | 'ASSERTIONS'
  | 'INCIDENTS';

export type HierarchyViewModuleParams = {
  __typename?: 'HierarchyViewModuleParams';
  assetUrns: Array<Scalars['String']['output']>;
  relatedEntitiesFilterJson?: Maybe<Scalars['String']['output']>;
  showRelatedEntities: Scalars['Boolean']['output'];
};

export type HierarchyViewModuleParamsInput = {
  assetUrns: Array<Scalars['String']['input']>;
  relatedEntitiesFilterJson?: InputMaybe<Scalars['String']['input']>;
  showRelatedEntities: Scalars['Boolean']['input'];
};

export type Highlight = {
  __typename?: 'Highlight';
  body: Scalars['String']['output'];
  title: Scalars['String']['output'];
  value: Scalars['Int']['output'];
};

export type HomePageConfig = {
  __typename?: 'HomePageConfig';
  firstInPersonalSidebar: PersonalSidebarSection;
};

export type HyperParameterMap = {
  __typename?: 'HyperParameterMap';
  key: Scalars['String']['output'];
  value: HyperParameterValueType;
};

export type HyperParameterValueType = BooleanBox | FloatBox | IntBox | StringBox;

export type IconLibrary =
  | 'MATERIAL';

export type IconProperties = {
  __typename?: 'IconProperties';
  iconLibrary?: Maybe<IconLibrary>;
  name?: Maybe<Scalars['String']['output']>;
  style?: Maybe<Scalars['String']['output']>;
};

export type IconPropertiesInput = {
  iconLibrary?: InputMaybe<IconLibrary>;
  name?: InputMaybe<Scalars['String']['input']>;
  style?: InputMaybe<Scalars['String']['input']>;
};

export type IdentityManagementConfig = {
  __typename?: 'IdentityManagementConfig';
  enabled: Scalars['Boolean']['output'];
};

export type Incident = Entity & {
  __typename?: 'Incident';
  assignees?: Maybe<Array<OwnerType>>;
  created: AuditStamp;
  customType?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  entity: Entity;
  incidentStatus: IncidentStatus;
  incidentType: IncidentType;
  priority?: Maybe<IncidentPriority>;
  relationships?: Maybe<EntityRelationshipsResult>;
  source?: Maybe<IncidentSource>;
  startedAt?: Maybe<Scalars['Long']['output']>;
  status: IncidentStatus;
  tags?: Maybe<GlobalTags>;
  title?: Maybe<Scalars['String']['output']>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type IncidentrelationshipsArgs = {
  input: RelationshipsInput;
};

export type IncidentPriority =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type IncidentSource = {
  __typename?: 'IncidentSource';
  source?: Maybe<Entity>;
  type: IncidentSourceType;
};

export type IncidentSourceInput = {
  type: IncidentSourceType;
};

export type IncidentSourceType =
  | 'ASSERTION_FAILURE'
  | 'MANUAL';

export type IncidentStage =
  | 'FIXED'
  | 'INVESTIGATION'
  | 'NO_ACTION_REQUIRED'
  | 'TRIAGE'
  | 'WORK_IN_PROGRESS';

export type IncidentState =
  | 'ACTIVE'
  | 'RESOLVED';

export type IncidentStatus = {
  __typename?: 'IncidentStatus';
  lastUpdated: AuditStamp;
  message?: Maybe<Scalars['String']['output']>;
  stage?: Maybe<IncidentStage>;
  state: IncidentState;
};

export type IncidentStatusInput = {
  message?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<IncidentStage>;
  state: IncidentState;
};

export type IncidentType =
  | 'CUSTOM'
  | 'DATA_SCHEMA'
  | 'FIELD'
  | 'FRESHNESS'
  | 'OPERATIONAL'
  | 'SQL'
  | 'VOLUME';

export type IncrementingSegmentFieldTransformer = {
  __typename?: 'IncrementingSegmentFieldTransformer';
  nativeType?: Maybe<Scalars['String']['output']>;
  type: IncrementingSegmentFieldTransformerType;
};

export type IncrementingSegmentFieldTransformerType =
  | 'CEILING'
  | 'FLOOR'
  | 'NATIVE'
  | 'TIMESTAMP_MS_TO_DATE'
  | 'TIMESTAMP_MS_TO_HOUR'
  | 'TIMESTAMP_MS_TO_MINUTE'
  | 'TIMESTAMP_MS_TO_MONTH'
  | 'TIMESTAMP_MS_TO_YEAR';

export type IncrementingSegmentRowCountChange = {
  __typename?: 'IncrementingSegmentRowCountChange';
  operator: AssertionStdOperator;
  parameters: AssertionStdParameters;
  segment: IncrementingSegmentSpec;
  type: AssertionValueChangeType;
};

export type IncrementingSegmentRowCountTotal = {
  __typename?: 'IncrementingSegmentRowCountTotal';
  operator: AssertionStdOperator;
  parameters: AssertionStdParameters;
  segment: IncrementingSegmentSpec;
};

export type IncrementingSegmentSpec = {
  __typename?: 'IncrementingSegmentSpec';
  field: SchemaFieldSpec;
  transformer?: Maybe<IncrementingSegmentFieldTransformer>;
};

export type IngestionConfig = {
  __typename?: 'IngestionConfig';
  debugMode?: Maybe<Scalars['Boolean']['output']>;
  executorId: Scalars['String']['output'];
  extraArgs?: Maybe<Array<StringMapEntry>>;
  recipe: Scalars['String']['output'];
  version?: Maybe<Scalars['String']['output']>;
};

export type IngestionRun = {
  __typename?: 'IngestionRun';
  executionRequestUrn?: Maybe<Scalars['String']['output']>;
};

export type IngestionSchedule = {
  __typename?: 'IngestionSchedule';
  interval: Scalars['String']['output'];
  timezone?: Maybe<Scalars['String']['output']>;
};

export type IngestionSource = {
  __typename?: 'IngestionSource';
  config: IngestionConfig;
  executions?: Maybe<IngestionSourceExecutionRequests>;
  latestSuccessfulExecution?: Maybe<ExecutionRequest>;
  name: Scalars['String']['output'];
  ownership?: Maybe<Ownership>;
  platform?: Maybe<DataPlatform>;
  schedule?: Maybe<IngestionSchedule>;
  source?: Maybe<IngestionSourceSource>;
  type: Scalars['String']['output'];
  urn: Scalars['String']['output'];
};


export type IngestionSourceexecutionsArgs = {
  count?: InputMaybe<Scalars['Int']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type IngestionSourceExecutionRequests = {
  __typename?: 'IngestionSourceExecutionRequests';
  count?: Maybe<Scalars['Int']['output']>;
  executionRequests: Array<ExecutionRequest>;
  start?: Maybe<Scalars['Int']['output']>;
  total?: Maybe<Scalars['Int']['output']>;
};

export type IngestionSourceSource = {
  __typename?: 'IngestionSourceSource';
  type: IngestionSourceSourceType;
};

export type IngestionSourceSourceInput = {
  type: IngestionSourceSourceType;
};

export type IngestionSourceSourceType =
  | 'SYSTEM';

export type InputField = {
  __typename?: 'InputField';
  schemaField?: Maybe<SchemaField>;
  schemaFieldUrn?: Maybe<Scalars['String']['output']>;
};

export type InputFields = {
  __typename?: 'InputFields';
  fields?: Maybe<Array<Maybe<InputField>>>;
};

export type InstitutionalMemory = {
  __typename?: 'InstitutionalMemory';
  elements: Array<InstitutionalMemoryMetadata>;
};

export type InstitutionalMemoryMetadata = {
  __typename?: 'InstitutionalMemoryMetadata';
  actor: ResolvedActor;
  associatedUrn: Scalars['String']['output'];
  /** @deprecated Use `actor` */
  author: CorpUser;
  created: AuditStamp;
  /** @deprecated Field no longer supported */
  description: Scalars['String']['output'];
  label: Scalars['String']['output'];
  settings?: Maybe<InstitutionalMemoryMetadataSettings>;
  updated?: Maybe<AuditStamp>;
  url: Scalars['String']['output'];
};

export type InstitutionalMemoryMetadataSettings = {
  __typename?: 'InstitutionalMemoryMetadataSettings';
  showInAssetPreview: Scalars['Boolean']['output'];
};

export type InstitutionalMemoryMetadataUpdate = {
  author: Scalars['String']['input'];
  createdAt?: InputMaybe<Scalars['Long']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  url: Scalars['String']['input'];
};

export type InstitutionalMemoryUpdate = {
  elements: Array<InstitutionalMemoryMetadataUpdate>;
};

export type IntBox = {
  __typename?: 'IntBox';
  intValue: Scalars['Int']['output'];
};

export type IntMapEntry = {
  __typename?: 'IntMapEntry';
  key: Scalars['String']['output'];
  value?: Maybe<Scalars['Int']['output']>;
};

export type IntendedUse = {
  __typename?: 'IntendedUse';
  outOfScopeUses?: Maybe<Array<Scalars['String']['output']>>;
  primaryUsers?: Maybe<Array<IntendedUserType>>;
  primaryUses?: Maybe<Array<Scalars['String']['output']>>;
};

export type IntendedUserType =
  | 'ENTERPRISE'
  | 'ENTERTAINMENT'
  | 'HOBBY';

export type InviteToken = {
  __typename?: 'InviteToken';
  inviteToken: Scalars['String']['output'];
};

export type KeyValueSchema = {
  __typename?: 'KeyValueSchema';
  keySchema: Scalars['String']['output'];
  valueSchema: Scalars['String']['output'];
};

export type LineageConfig = {
  __typename?: 'LineageConfig';
  supportsImpactAnalysis: Scalars['Boolean']['output'];
};

export type LineageDirection =
  | 'DOWNSTREAM'
  | 'UPSTREAM';

export type LineageEdge = {
  downstreamUrn: Scalars['String']['input'];
  upstreamUrn: Scalars['String']['input'];
};

export type LineageFlags = {
  endTimeMillis?: InputMaybe<Scalars['Long']['input']>;
  entitiesExploredPerHopLimit?: InputMaybe<Scalars['Int']['input']>;
  ignoreAsHops?: InputMaybe<Array<EntityTypeToPlatforms>>;
  startTimeMillis?: InputMaybe<Scalars['Long']['input']>;
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

export type LineageSearchPath =
  | 'LIGHTNING'
  | 'TORTOISE';

export type LinkModuleParams = {
  __typename?: 'LinkModuleParams';
  description?: Maybe<Scalars['String']['output']>;
  imageUrl?: Maybe<Scalars['String']['output']>;
  linkUrl: Scalars['String']['output'];
};

export type LinkModuleParamsInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  linkUrl: Scalars['String']['input'];
};

export type LinkParams = {
  __typename?: 'LinkParams';
  entityProfileParams?: Maybe<EntityProfileParams>;
  searchParams?: Maybe<SearchParams>;
};

export type LinkSettingsInput = {
  showInAssetPreview?: InputMaybe<Scalars['Boolean']['input']>;
};

export type LinkVersionInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  linkedEntity: Scalars['String']['input'];
  sourceCreator?: InputMaybe<Scalars['String']['input']>;
  sourceTimestamp?: InputMaybe<Scalars['Long']['input']>;
  version: Scalars['String']['input'];
  versionSet: Scalars['String']['input'];
};

export type ListAccessTokenInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  filters?: InputMaybe<Array<FacetFilterInput>>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type ListAccessTokenResult = {
  __typename?: 'ListAccessTokenResult';
  count: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  tokens: Array<AccessTokenMetadata>;
  total: Scalars['Int']['output'];
};

export type ListBusinessAttributesInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type ListBusinessAttributesResult = {
  __typename?: 'ListBusinessAttributesResult';
  businessAttributes: Array<BusinessAttribute>;
  count: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type ListDomainsInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  parentDomain?: InputMaybe<Scalars['String']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type ListDomainsResult = {
  __typename?: 'ListDomainsResult';
  count: Scalars['Int']['output'];
  domains: Array<Domain>;
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type ListExecutionRequestsInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  filters?: InputMaybe<Array<FacetFilterInput>>;
  query?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<SortCriterion>;
  start?: InputMaybe<Scalars['Int']['input']>;
  systemSources?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ListGlobalViewsInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type ListGroupsInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type ListGroupsResult = {
  __typename?: 'ListGroupsResult';
  count: Scalars['Int']['output'];
  groups: Array<CorpGroup>;
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type ListIngestionSourcesInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  filters?: InputMaybe<Array<FacetFilterInput>>;
  query?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<SortCriterion>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type ListIngestionSourcesResult = {
  __typename?: 'ListIngestionSourcesResult';
  count: Scalars['Int']['output'];
  ingestionSources: Array<IngestionSource>;
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type ListMyViewsInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
  viewType?: InputMaybe<DataHubViewType>;
};

export type ListOwnershipTypesInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  filters?: InputMaybe<Array<FacetFilterInput>>;
  query?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type ListOwnershipTypesResult = {
  __typename?: 'ListOwnershipTypesResult';
  count: Scalars['Int']['output'];
  ownershipTypes: Array<OwnershipTypeEntity>;
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type ListPoliciesInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  orFilters?: InputMaybe<Array<AndFilterInput>>;
  query?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type ListPoliciesResult = {
  __typename?: 'ListPoliciesResult';
  count: Scalars['Int']['output'];
  policies: Array<Policy>;
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type ListPostsInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  orFilters?: InputMaybe<Array<AndFilterInput>>;
  query?: InputMaybe<Scalars['String']['input']>;
  resourceUrn?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type ListPostsResult = {
  __typename?: 'ListPostsResult';
  count: Scalars['Int']['output'];
  posts: Array<Post>;
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type ListQueriesInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  datasetUrn?: InputMaybe<Scalars['String']['input']>;
  orFilters?: InputMaybe<Array<AndFilterInput>>;
  query?: InputMaybe<Scalars['String']['input']>;
  sortInput?: InputMaybe<SortQueriesInput>;
  source?: InputMaybe<QuerySource>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type ListQueriesResult = {
  __typename?: 'ListQueriesResult';
  count: Scalars['Int']['output'];
  queries: Array<QueryEntity>;
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type ListRecommendationsInput = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  requestContext?: InputMaybe<RecommendationRequestContext>;
  userUrn: Scalars['String']['input'];
  viewUrn?: InputMaybe<Scalars['String']['input']>;
};

export type ListRecommendationsResult = {
  __typename?: 'ListRecommendationsResult';
  modules: Array<RecommendationModule>;
};

export type ListRolesInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type ListRolesResult = {
  __typename?: 'ListRolesResult';
  count: Scalars['Int']['output'];
  roles: Array<DataHubRole>;
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type ListSecretsInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type ListSecretsResult = {
  __typename?: 'ListSecretsResult';
  count?: Maybe<Scalars['Int']['output']>;
  secrets: Array<Secret>;
  start?: Maybe<Scalars['Int']['output']>;
  total?: Maybe<Scalars['Int']['output']>;
};

export type ListTestsInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type ListTestsResult = {
  __typename?: 'ListTestsResult';
  count: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  tests: Array<Test>;
  total: Scalars['Int']['output'];
};

export type ListUsersInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type ListUsersResult = {
  __typename?: 'ListUsersResult';
  count: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  users: Array<CorpUser>;
};

export type ListViewsResult = {
  __typename?: 'ListViewsResult';
  count: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  views: Array<DataHubView>;
};

export type LogicalOperator =
  | 'AND'
  | 'OR';

export type MLFeature = Entity & EntityWithRelationships & {
  __typename?: 'MLFeature';
  /** @deprecated Use applications instead */
  application?: Maybe<ApplicationAssociation>;
  applications?: Maybe<Array<ApplicationAssociation>>;
  aspects?: Maybe<Array<RawAspect>>;
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
  forms?: Maybe<Forms>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  lastIngested?: Maybe<Scalars['Long']['output']>;
  lineage?: Maybe<EntityLineageResult>;
  name: Scalars['String']['output'];
  /**
   * Orrery extension: the feature's algorithm and its source columns (null when none are recorded).
   * Listed in `orreryInfo.extensions` as `mlFeatureDetails`.
   */
  orreryDetails?: Maybe<OrreryMlFeatureDetails>;
  ownership?: Maybe<Ownership>;
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<MLFeatureProperties>;
  relatedDocuments?: Maybe<RelatedDocumentsResult>;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type MLFeatureaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type MLFeaturelineageArgs = {
  input: LineageInput;
};


export type MLFeaturerelatedDocumentsArgs = {
  input: RelatedDocumentsInput;
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

export type MLFeatureTable = BrowsableEntity & Entity & EntityWithRelationships & {
  __typename?: 'MLFeatureTable';
  /** @deprecated Use applications instead */
  application?: Maybe<ApplicationAssociation>;
  applications?: Maybe<Array<ApplicationAssociation>>;
  aspects?: Maybe<Array<RawAspect>>;
  browsePathV2?: Maybe<BrowsePathV2>;
  browsePaths?: Maybe<Array<BrowsePath>>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  deprecation?: Maybe<Deprecation>;
  description?: Maybe<Scalars['String']['output']>;
  domain?: Maybe<DomainAssociation>;
  editableProperties?: Maybe<MLFeatureTableEditableProperties>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  /** @deprecated Field no longer supported */
  featureTableProperties?: Maybe<MLFeatureTableProperties>;
  forms?: Maybe<Forms>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  lastIngested?: Maybe<Scalars['Long']['output']>;
  lineage?: Maybe<EntityLineageResult>;
  name: Scalars['String']['output'];
  ownership?: Maybe<Ownership>;
  platform: DataPlatform;
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<MLFeatureTableProperties>;
  relatedDocuments?: Maybe<RelatedDocumentsResult>;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type MLFeatureTableaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type MLFeatureTablelineageArgs = {
  input: LineageInput;
};


export type MLFeatureTablerelatedDocumentsArgs = {
  input: RelatedDocumentsInput;
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

export type MLModel = BrowsableEntity & Entity & EntityWithRelationships & SupportsVersions & {
  __typename?: 'MLModel';
  /** @deprecated Use applications instead */
  application?: Maybe<ApplicationAssociation>;
  applications?: Maybe<Array<ApplicationAssociation>>;
  aspects?: Maybe<Array<RawAspect>>;
  browsePathV2?: Maybe<BrowsePathV2>;
  browsePaths?: Maybe<Array<BrowsePath>>;
  caveatsAndRecommendations?: Maybe<CaveatsAndRecommendations>;
  /**
   * Orrery extension: the container (project, catalog schema, …) the model belongs to, as DataHub's
   * `container` aspect says. Listed in `orreryInfo.extensions` as `mlModelContainer`.
   */
  container?: Maybe<Container>;
  cost?: Maybe<Cost>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  deprecation?: Maybe<Deprecation>;
  description?: Maybe<Scalars['String']['output']>;
  domain?: Maybe<DomainAssociation>;
  editableProperties?: Maybe<MLModelEditableProperties>;
  ethicalConsiderations?: Maybe<EthicalConsiderations>;
  evaluationData?: Maybe<Array<BaseData>>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  factorPrompts?: Maybe<MLModelFactorPrompts>;
  forms?: Maybe<Forms>;
  /** @deprecated Field no longer supported */
  globalTags?: Maybe<GlobalTags>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  intendedUse?: Maybe<IntendedUse>;
  lastIngested?: Maybe<Scalars['Long']['output']>;
  lineage?: Maybe<EntityLineageResult>;
  metrics?: Maybe<Metrics>;
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
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<MLModelProperties>;
  quantitativeAnalyses?: Maybe<QuantitativeAnalyses>;
  relatedDocuments?: Maybe<RelatedDocumentsResult>;
  relationships?: Maybe<EntityRelationshipsResult>;
  sourceCode?: Maybe<SourceCode>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  tags?: Maybe<GlobalTags>;
  trainingData?: Maybe<Array<BaseData>>;
  type: EntityType;
  urn: Scalars['String']['output'];
  versionProperties?: Maybe<VersionProperties>;
};


export type MLModelaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type MLModellineageArgs = {
  input: LineageInput;
};


export type MLModelrelatedDocumentsArgs = {
  input: RelatedDocumentsInput;
};


export type MLModelrelationshipsArgs = {
  input: RelationshipsInput;
};

export type MLModelEditableProperties = {
  __typename?: 'MLModelEditableProperties';
  description?: Maybe<Scalars['String']['output']>;
};

export type MLModelFactorPrompts = {
  __typename?: 'MLModelFactorPrompts';
  evaluationFactors?: Maybe<Array<MLModelFactors>>;
  relevantFactors?: Maybe<Array<MLModelFactors>>;
};

export type MLModelFactors = {
  __typename?: 'MLModelFactors';
  environment?: Maybe<Array<Scalars['String']['output']>>;
  groups?: Maybe<Array<Scalars['String']['output']>>;
  instrumentation?: Maybe<Array<Scalars['String']['output']>>;
};

export type MLModelGroup = BrowsableEntity & Entity & EntityWithRelationships & {
  __typename?: 'MLModelGroup';
  /** @deprecated Use applications instead */
  application?: Maybe<ApplicationAssociation>;
  applications?: Maybe<Array<ApplicationAssociation>>;
  aspects?: Maybe<Array<RawAspect>>;
  browsePathV2?: Maybe<BrowsePathV2>;
  browsePaths?: Maybe<Array<BrowsePath>>;
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
  forms?: Maybe<Forms>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  lastIngested?: Maybe<Scalars['Long']['output']>;
  lineage?: Maybe<EntityLineageResult>;
  name: Scalars['String']['output'];
  origin: FabricType;
  ownership?: Maybe<Ownership>;
  platform: DataPlatform;
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<MLModelGroupProperties>;
  relatedDocuments?: Maybe<RelatedDocumentsResult>;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type MLModelGroupaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type MLModelGrouplineageArgs = {
  input: LineageInput;
};


export type MLModelGrouprelatedDocumentsArgs = {
  input: RelatedDocumentsInput;
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
  /** @deprecated Use applications instead */
  application?: Maybe<ApplicationAssociation>;
  applications?: Maybe<Array<ApplicationAssociation>>;
  aspects?: Maybe<Array<RawAspect>>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  dataType?: Maybe<MLFeatureDataType>;
  deprecation?: Maybe<Deprecation>;
  description?: Maybe<Scalars['String']['output']>;
  domain?: Maybe<DomainAssociation>;
  editableProperties?: Maybe<MLPrimaryKeyEditableProperties>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  featureNamespace: Scalars['String']['output'];
  forms?: Maybe<Forms>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  lastIngested?: Maybe<Scalars['Long']['output']>;
  lineage?: Maybe<EntityLineageResult>;
  name: Scalars['String']['output'];
  ownership?: Maybe<Ownership>;
  /** @deprecated Field no longer supported */
  primaryKeyProperties?: Maybe<MLPrimaryKeyProperties>;
  privileges?: Maybe<EntityPrivileges>;
  properties?: Maybe<MLPrimaryKeyProperties>;
  relatedDocuments?: Maybe<RelatedDocumentsResult>;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type MLPrimaryKeyaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type MLPrimaryKeylineageArgs = {
  input: LineageInput;
};


export type MLPrimaryKeyrelatedDocumentsArgs = {
  input: RelatedDocumentsInput;
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

export type ManagedIngestionConfig = {
  __typename?: 'ManagedIngestionConfig';
  enabled: Scalars['Boolean']['output'];
};

export type MatchedField = {
  __typename?: 'MatchedField';
  entity?: Maybe<Entity>;
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type Media = {
  __typename?: 'Media';
  location: Scalars['String']['output'];
  type: MediaType;
};

export type MediaType =
  | 'IMAGE';

export type MetadataAnalyticsInput = {
  domain?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<EntityType>;
  query?: InputMaybe<Scalars['String']['input']>;
};

export type MetadataAttribution = {
  __typename?: 'MetadataAttribution';
  actor: Entity;
  source?: Maybe<Entity>;
  sourceDetail?: Maybe<Array<StringMapEntry>>;
  time: Scalars['Long']['output'];
};

export type Metrics = {
  __typename?: 'Metrics';
  decisionThreshold?: Maybe<Array<Scalars['String']['output']>>;
  performanceMeasures?: Maybe<Array<Scalars['String']['output']>>;
};

export type MoveDocumentInput = {
  parentDocument?: InputMaybe<Scalars['String']['input']>;
  urn: Scalars['String']['input'];
};

export type MoveDomainInput = {
  parentDomain?: InputMaybe<Scalars['String']['input']>;
  resourceUrn: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  acceptRole?: Maybe<Scalars['Boolean']['output']>;
  addBusinessAttribute?: Maybe<Scalars['Boolean']['output']>;
  addGroupMembers?: Maybe<Scalars['Boolean']['output']>;
  addLink?: Maybe<Scalars['Boolean']['output']>;
  addOwner?: Maybe<Scalars['Boolean']['output']>;
  addOwners?: Maybe<Scalars['Boolean']['output']>;
  addRelatedTerms?: Maybe<Scalars['Boolean']['output']>;
  addTag?: Maybe<Scalars['Boolean']['output']>;
  addTags?: Maybe<Scalars['Boolean']['output']>;
  addTerm?: Maybe<Scalars['Boolean']['output']>;
  addTerms?: Maybe<Scalars['Boolean']['output']>;
  batchAddOwners?: Maybe<Scalars['Boolean']['output']>;
  batchAddTags?: Maybe<Scalars['Boolean']['output']>;
  batchAddTerms?: Maybe<Scalars['Boolean']['output']>;
  batchAssignForm?: Maybe<Scalars['Boolean']['output']>;
  batchAssignRole?: Maybe<Scalars['Boolean']['output']>;
  batchRemoveForm: Scalars['Boolean']['output'];
  batchRemoveOwners?: Maybe<Scalars['Boolean']['output']>;
  batchRemoveTags?: Maybe<Scalars['Boolean']['output']>;
  batchRemoveTerms?: Maybe<Scalars['Boolean']['output']>;
  batchSetApplication?: Maybe<Scalars['Boolean']['output']>;
  batchSetDataProduct?: Maybe<Scalars['Boolean']['output']>;
  batchSetDomain?: Maybe<Scalars['Boolean']['output']>;
  batchUnsetApplication?: Maybe<Scalars['Boolean']['output']>;
  batchUpdateDeprecation?: Maybe<Scalars['Boolean']['output']>;
  batchUpdateSoftDeleted?: Maybe<Scalars['Boolean']['output']>;
  batchUpdateStepStates: BatchUpdateStepStatesResult;
  cancelIngestionExecutionRequest?: Maybe<Scalars['String']['output']>;
  createAccessToken?: Maybe<AccessToken>;
  createApplication?: Maybe<Application>;
  createBusinessAttribute?: Maybe<BusinessAttribute>;
  createDataHubFile: CreateDataHubFileResponse;
  createDataProduct?: Maybe<DataProduct>;
  createDocument: Scalars['String']['output'];
  createDomain?: Maybe<Scalars['String']['output']>;
  createDynamicFormAssignment?: Maybe<Scalars['Boolean']['output']>;
  createERModelRelationship?: Maybe<ERModelRelationship>;
  createForm: Form;
  createGlossaryNode?: Maybe<Scalars['String']['output']>;
  createGlossaryTerm?: Maybe<Scalars['String']['output']>;
  createGroup?: Maybe<Scalars['String']['output']>;
  createIngestionExecutionRequest?: Maybe<Scalars['String']['output']>;
  createIngestionSource?: Maybe<Scalars['String']['output']>;
  createInviteToken?: Maybe<InviteToken>;
  createNativeUserResetToken?: Maybe<ResetToken>;
  createOwnershipType?: Maybe<OwnershipTypeEntity>;
  createPolicy?: Maybe<Scalars['String']['output']>;
  createPost?: Maybe<Scalars['Boolean']['output']>;
  createQuery?: Maybe<QueryEntity>;
  createSecret?: Maybe<Scalars['String']['output']>;
  createStructuredProperty: StructuredPropertyEntity;
  createTag?: Maybe<Scalars['String']['output']>;
  createTest?: Maybe<Scalars['String']['output']>;
  createTestConnectionRequest?: Maybe<Scalars['String']['output']>;
  createView?: Maybe<DataHubView>;
  deleteApplication?: Maybe<Scalars['Boolean']['output']>;
  deleteAssertion?: Maybe<Scalars['Boolean']['output']>;
  deleteBusinessAttribute?: Maybe<Scalars['Boolean']['output']>;
  deleteDataProduct?: Maybe<Scalars['Boolean']['output']>;
  deleteDocument: Scalars['Boolean']['output'];
  deleteDomain?: Maybe<Scalars['Boolean']['output']>;
  deleteERModelRelationship?: Maybe<Scalars['Boolean']['output']>;
  deleteForm: Scalars['Boolean']['output'];
  deleteGlossaryEntity?: Maybe<Scalars['Boolean']['output']>;
  deleteIngestionSource?: Maybe<Scalars['String']['output']>;
  deleteOwnershipType?: Maybe<Scalars['Boolean']['output']>;
  deletePageModule: Scalars['Boolean']['output'];
  deletePageTemplate: Scalars['Boolean']['output'];
  deletePolicy?: Maybe<Scalars['String']['output']>;
  deletePost?: Maybe<Scalars['Boolean']['output']>;
  deleteQuery?: Maybe<Scalars['Boolean']['output']>;
  deleteSecret?: Maybe<Scalars['String']['output']>;
  deleteStructuredProperty: Scalars['Boolean']['output'];
  deleteTag?: Maybe<Scalars['Boolean']['output']>;
  deleteTest?: Maybe<Scalars['Boolean']['output']>;
  deleteView?: Maybe<Scalars['Boolean']['output']>;
  linkAssetVersion?: Maybe<VersionSet>;
  moveDocument: Scalars['Boolean']['output'];
  moveDomain?: Maybe<Scalars['Boolean']['output']>;
  patchEntities: Array<PatchEntityResult>;
  patchEntity: PatchEntityResult;
  raiseIncident?: Maybe<Scalars['String']['output']>;
  removeBusinessAttribute?: Maybe<Scalars['Boolean']['output']>;
  removeGroup?: Maybe<Scalars['Boolean']['output']>;
  removeGroupMembers?: Maybe<Scalars['Boolean']['output']>;
  removeLink?: Maybe<Scalars['Boolean']['output']>;
  removeOwner?: Maybe<Scalars['Boolean']['output']>;
  removeRelatedTerms?: Maybe<Scalars['Boolean']['output']>;
  removeStructuredProperties: StructuredProperties;
  removeTag?: Maybe<Scalars['Boolean']['output']>;
  removeTerm?: Maybe<Scalars['Boolean']['output']>;
  removeUser?: Maybe<Scalars['Boolean']['output']>;
  reportAssertionResult: Scalars['Boolean']['output'];
  reportOperation?: Maybe<Scalars['String']['output']>;
  revokeAccessToken: Scalars['Boolean']['output'];
  rollbackIngestion?: Maybe<Scalars['String']['output']>;
  setDomain?: Maybe<Scalars['Boolean']['output']>;
  setLogicalParent?: Maybe<Scalars['Boolean']['output']>;
  setTagColor?: Maybe<Scalars['Boolean']['output']>;
  submitFormPrompt?: Maybe<Scalars['Boolean']['output']>;
  unlinkAssetVersion?: Maybe<VersionSet>;
  unsetDomain?: Maybe<Scalars['Boolean']['output']>;
  updateApplication?: Maybe<Application>;
  updateApplicationsSettings: Scalars['Boolean']['output'];
  updateAssetSettings: AssetSettings;
  updateBusinessAttribute?: Maybe<BusinessAttribute>;
  updateChart?: Maybe<Chart>;
  updateCorpGroupProperties?: Maybe<CorpGroup>;
  updateCorpUserProperties?: Maybe<CorpUser>;
  updateCorpUserViewsSettings?: Maybe<Scalars['Boolean']['output']>;
  updateDashboard?: Maybe<Dashboard>;
  updateDataFlow?: Maybe<DataFlow>;
  updateDataJob?: Maybe<DataJob>;
  updateDataProduct?: Maybe<DataProduct>;
  updateDataset?: Maybe<Dataset>;
  updateDatasets?: Maybe<Array<Maybe<Dataset>>>;
  updateDeprecation?: Maybe<Scalars['Boolean']['output']>;
  updateDescription?: Maybe<Scalars['Boolean']['output']>;
  updateDisplayProperties?: Maybe<Scalars['Boolean']['output']>;
  updateDocPropagationSettings: Scalars['Boolean']['output'];
  updateDocumentContents: Scalars['Boolean']['output'];
  updateDocumentRelatedEntities: Scalars['Boolean']['output'];
  updateDocumentSettings: Scalars['Boolean']['output'];
  updateDocumentStatus: Scalars['Boolean']['output'];
  updateDocumentSubType: Scalars['Boolean']['output'];
  updateERModelRelationship?: Maybe<Scalars['Boolean']['output']>;
  updateEmbed?: Maybe<Scalars['Boolean']['output']>;
  updateForm: Form;
  updateGlobalViewsSettings: Scalars['Boolean']['output'];
  updateIncident?: Maybe<Scalars['Boolean']['output']>;
  updateIncidentStatus?: Maybe<Scalars['Boolean']['output']>;
  updateIngestionSource?: Maybe<Scalars['String']['output']>;
  updateLineage?: Maybe<Scalars['Boolean']['output']>;
  updateLink?: Maybe<Scalars['Boolean']['output']>;
  updateName?: Maybe<Scalars['Boolean']['output']>;
  updateNotebook?: Maybe<Notebook>;
  updateOwnershipType?: Maybe<OwnershipTypeEntity>;
  updateParentNode?: Maybe<Scalars['Boolean']['output']>;
  updatePolicy?: Maybe<Scalars['String']['output']>;
  updatePost?: Maybe<Scalars['Boolean']['output']>;
  updateQuery?: Maybe<QueryEntity>;
  updateSecret?: Maybe<Scalars['String']['output']>;
  updateStructuredProperty: StructuredPropertyEntity;
  updateTag?: Maybe<Tag>;
  updateTest?: Maybe<Scalars['String']['output']>;
  updateUserHomePageSettings?: Maybe<Scalars['Boolean']['output']>;
  updateUserSetting?: Maybe<Scalars['Boolean']['output']>;
  updateUserStatus?: Maybe<Scalars['String']['output']>;
  updateView?: Maybe<DataHubView>;
  upsertConnection: DataHubConnection;
  upsertCustomAssertion: Assertion;
  upsertDataContract: DataContract;
  upsertLink?: Maybe<Scalars['Boolean']['output']>;
  upsertPageModule: DataHubPageModule;
  upsertPageTemplate: DataHubPageTemplate;
  upsertStructuredProperties: StructuredProperties;
  verifyForm?: Maybe<Scalars['Boolean']['output']>;
};


export type MutationacceptRoleArgs = {
  input: AcceptRoleInput;
};


export type MutationaddBusinessAttributeArgs = {
  input: AddBusinessAttributeInput;
};


export type MutationaddGroupMembersArgs = {
  input: AddGroupMembersInput;
};


export type MutationaddLinkArgs = {
  input: AddLinkInput;
};


export type MutationaddOwnerArgs = {
  input: AddOwnerInput;
};


export type MutationaddOwnersArgs = {
  input: AddOwnersInput;
};


export type MutationaddRelatedTermsArgs = {
  input: RelatedTermsInput;
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


export type MutationbatchAddOwnersArgs = {
  input: BatchAddOwnersInput;
};


export type MutationbatchAddTagsArgs = {
  input: BatchAddTagsInput;
};


export type MutationbatchAddTermsArgs = {
  input: BatchAddTermsInput;
};


export type MutationbatchAssignFormArgs = {
  input: BatchAssignFormInput;
};


export type MutationbatchAssignRoleArgs = {
  input: BatchAssignRoleInput;
};


export type MutationbatchRemoveFormArgs = {
  input: BatchRemoveFormInput;
};


export type MutationbatchRemoveOwnersArgs = {
  input: BatchRemoveOwnersInput;
};


export type MutationbatchRemoveTagsArgs = {
  input: BatchRemoveTagsInput;
};


export type MutationbatchRemoveTermsArgs = {
  input: BatchRemoveTermsInput;
};


export type MutationbatchSetApplicationArgs = {
  input: BatchSetApplicationInput;
};


export type MutationbatchSetDataProductArgs = {
  input: BatchSetDataProductInput;
};


export type MutationbatchSetDomainArgs = {
  input: BatchSetDomainInput;
};


export type MutationbatchUnsetApplicationArgs = {
  input: BatchUnsetApplicationInput;
};


export type MutationbatchUpdateDeprecationArgs = {
  input: BatchUpdateDeprecationInput;
};


export type MutationbatchUpdateSoftDeletedArgs = {
  input: BatchUpdateSoftDeletedInput;
};


export type MutationbatchUpdateStepStatesArgs = {
  input: BatchUpdateStepStatesInput;
};


export type MutationcancelIngestionExecutionRequestArgs = {
  input: CancelIngestionExecutionRequestInput;
};


export type MutationcreateAccessTokenArgs = {
  input: CreateAccessTokenInput;
};


export type MutationcreateApplicationArgs = {
  input: CreateApplicationInput;
};


export type MutationcreateBusinessAttributeArgs = {
  input: CreateBusinessAttributeInput;
};


export type MutationcreateDataHubFileArgs = {
  input: CreateDataHubFileInput;
};


export type MutationcreateDataProductArgs = {
  input: CreateDataProductInput;
};


export type MutationcreateDocumentArgs = {
  input: CreateDocumentInput;
};


export type MutationcreateDomainArgs = {
  input: CreateDomainInput;
};


export type MutationcreateDynamicFormAssignmentArgs = {
  input: CreateDynamicFormAssignmentInput;
};


export type MutationcreateERModelRelationshipArgs = {
  input: ERModelRelationshipUpdateInput;
};


export type MutationcreateFormArgs = {
  input: CreateFormInput;
};


export type MutationcreateGlossaryNodeArgs = {
  input: CreateGlossaryEntityInput;
};


export type MutationcreateGlossaryTermArgs = {
  input: CreateGlossaryEntityInput;
};


export type MutationcreateGroupArgs = {
  input: CreateGroupInput;
};


export type MutationcreateIngestionExecutionRequestArgs = {
  input: CreateIngestionExecutionRequestInput;
};


export type MutationcreateIngestionSourceArgs = {
  input: UpdateIngestionSourceInput;
};


export type MutationcreateInviteTokenArgs = {
  input: CreateInviteTokenInput;
};


export type MutationcreateNativeUserResetTokenArgs = {
  input: CreateNativeUserResetTokenInput;
};


export type MutationcreateOwnershipTypeArgs = {
  input: CreateOwnershipTypeInput;
};


export type MutationcreatePolicyArgs = {
  input: PolicyUpdateInput;
};


export type MutationcreatePostArgs = {
  input: CreatePostInput;
};


export type MutationcreateQueryArgs = {
  input: CreateQueryInput;
};


export type MutationcreateSecretArgs = {
  input: CreateSecretInput;
};


export type MutationcreateStructuredPropertyArgs = {
  input: CreateStructuredPropertyInput;
};


export type MutationcreateTagArgs = {
  input: CreateTagInput;
};


export type MutationcreateTestArgs = {
  input: CreateTestInput;
};


export type MutationcreateTestConnectionRequestArgs = {
  input: CreateTestConnectionRequestInput;
};


export type MutationcreateViewArgs = {
  input: CreateViewInput;
};


export type MutationdeleteApplicationArgs = {
  urn: Scalars['String']['input'];
};


export type MutationdeleteAssertionArgs = {
  urn: Scalars['String']['input'];
};


export type MutationdeleteBusinessAttributeArgs = {
  urn: Scalars['String']['input'];
};


export type MutationdeleteDataProductArgs = {
  urn: Scalars['String']['input'];
};


export type MutationdeleteDocumentArgs = {
  urn: Scalars['String']['input'];
};


export type MutationdeleteDomainArgs = {
  urn: Scalars['String']['input'];
};


export type MutationdeleteERModelRelationshipArgs = {
  urn: Scalars['String']['input'];
};


export type MutationdeleteFormArgs = {
  input: DeleteFormInput;
};


export type MutationdeleteGlossaryEntityArgs = {
  urn: Scalars['String']['input'];
};


export type MutationdeleteIngestionSourceArgs = {
  urn: Scalars['String']['input'];
};


export type MutationdeleteOwnershipTypeArgs = {
  deleteReferences?: InputMaybe<Scalars['Boolean']['input']>;
  urn: Scalars['String']['input'];
};


export type MutationdeletePageModuleArgs = {
  input: DeletePageModuleInput;
};


export type MutationdeletePageTemplateArgs = {
  input: DeletePageTemplateInput;
};


export type MutationdeletePolicyArgs = {
  urn: Scalars['String']['input'];
};


export type MutationdeletePostArgs = {
  urn: Scalars['String']['input'];
};


export type MutationdeleteQueryArgs = {
  urn: Scalars['String']['input'];
};


export type MutationdeleteSecretArgs = {
  urn: Scalars['String']['input'];
};


export type MutationdeleteStructuredPropertyArgs = {
  input: DeleteStructuredPropertyInput;
};


export type MutationdeleteTagArgs = {
  urn: Scalars['String']['input'];
};


export type MutationdeleteTestArgs = {
  urn: Scalars['String']['input'];
};


export type MutationdeleteViewArgs = {
  urn: Scalars['String']['input'];
};


export type MutationlinkAssetVersionArgs = {
  input: LinkVersionInput;
};


export type MutationmoveDocumentArgs = {
  input: MoveDocumentInput;
};


export type MutationmoveDomainArgs = {
  input: MoveDomainInput;
};


export type MutationpatchEntitiesArgs = {
  input: Array<PatchEntityInput>;
};


export type MutationpatchEntityArgs = {
  input: PatchEntityInput;
};


export type MutationraiseIncidentArgs = {
  input: RaiseIncidentInput;
};


export type MutationremoveBusinessAttributeArgs = {
  input: AddBusinessAttributeInput;
};


export type MutationremoveGroupArgs = {
  urn: Scalars['String']['input'];
};


export type MutationremoveGroupMembersArgs = {
  input: RemoveGroupMembersInput;
};


export type MutationremoveLinkArgs = {
  input: RemoveLinkInput;
};


export type MutationremoveOwnerArgs = {
  input: RemoveOwnerInput;
};


export type MutationremoveRelatedTermsArgs = {
  input: RelatedTermsInput;
};


export type MutationremoveStructuredPropertiesArgs = {
  input: RemoveStructuredPropertiesInput;
};


export type MutationremoveTagArgs = {
  input: TagAssociationInput;
};


export type MutationremoveTermArgs = {
  input: TermAssociationInput;
};


export type MutationremoveUserArgs = {
  urn: Scalars['String']['input'];
};


export type MutationreportAssertionResultArgs = {
  result: AssertionResultInput;
  urn: Scalars['String']['input'];
};


export type MutationreportOperationArgs = {
  input: ReportOperationInput;
};


export type MutationrevokeAccessTokenArgs = {
  tokenId: Scalars['String']['input'];
};


export type MutationrollbackIngestionArgs = {
  input: RollbackIngestionInput;
};


export type MutationsetDomainArgs = {
  domainUrn: Scalars['String']['input'];
  entityUrn: Scalars['String']['input'];
};


export type MutationsetLogicalParentArgs = {
  input: SetLogicalParentInput;
};


export type MutationsetTagColorArgs = {
  colorHex: Scalars['String']['input'];
  urn: Scalars['String']['input'];
};


export type MutationsubmitFormPromptArgs = {
  input: SubmitFormPromptInput;
  urn: Scalars['String']['input'];
};


export type MutationunlinkAssetVersionArgs = {
  input: UnlinkVersionInput;
};


export type MutationunsetDomainArgs = {
  entityUrn: Scalars['String']['input'];
};


export type MutationupdateApplicationArgs = {
  input: UpdateApplicationInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateApplicationsSettingsArgs = {
  input: UpdateApplicationsSettingsInput;
};


export type MutationupdateAssetSettingsArgs = {
  input: UpdateAssetSettingsInput;
};


export type MutationupdateBusinessAttributeArgs = {
  input: UpdateBusinessAttributeInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateChartArgs = {
  input: ChartUpdateInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateCorpGroupPropertiesArgs = {
  input: CorpGroupUpdateInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateCorpUserPropertiesArgs = {
  input: CorpUserUpdateInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateCorpUserViewsSettingsArgs = {
  input: UpdateCorpUserViewsSettingsInput;
};


export type MutationupdateDashboardArgs = {
  input: DashboardUpdateInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateDataFlowArgs = {
  input: DataFlowUpdateInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateDataJobArgs = {
  input: DataJobUpdateInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateDataProductArgs = {
  input: UpdateDataProductInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateDatasetArgs = {
  input: DatasetUpdateInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateDatasetsArgs = {
  input: Array<BatchDatasetUpdateInput>;
};


export type MutationupdateDeprecationArgs = {
  input: UpdateDeprecationInput;
};


export type MutationupdateDescriptionArgs = {
  input: DescriptionUpdateInput;
};


export type MutationupdateDisplayPropertiesArgs = {
  input: DisplayPropertiesUpdateInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateDocPropagationSettingsArgs = {
  input: UpdateDocPropagationSettingsInput;
};


export type MutationupdateDocumentContentsArgs = {
  input: UpdateDocumentContentsInput;
};


export type MutationupdateDocumentRelatedEntitiesArgs = {
  input: UpdateDocumentRelatedEntitiesInput;
};


export type MutationupdateDocumentSettingsArgs = {
  input: UpdateDocumentSettingsInput;
};


export type MutationupdateDocumentStatusArgs = {
  input: UpdateDocumentStatusInput;
};


export type MutationupdateDocumentSubTypeArgs = {
  input: UpdateDocumentSubTypeInput;
};


export type MutationupdateERModelRelationshipArgs = {
  input: ERModelRelationshipUpdateInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateEmbedArgs = {
  input: UpdateEmbedInput;
};


export type MutationupdateFormArgs = {
  input: UpdateFormInput;
};


export type MutationupdateGlobalViewsSettingsArgs = {
  input: UpdateGlobalViewsSettingsInput;
};


export type MutationupdateIncidentArgs = {
  input: UpdateIncidentInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateIncidentStatusArgs = {
  input: IncidentStatusInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateIngestionSourceArgs = {
  input: UpdateIngestionSourceInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateLineageArgs = {
  input: UpdateLineageInput;
};


export type MutationupdateLinkArgs = {
  input: UpdateLinkInput;
};


export type MutationupdateNameArgs = {
  input: UpdateNameInput;
};


export type MutationupdateNotebookArgs = {
  input: NotebookUpdateInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateOwnershipTypeArgs = {
  input: UpdateOwnershipTypeInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateParentNodeArgs = {
  input: UpdateParentNodeInput;
};


export type MutationupdatePolicyArgs = {
  input: PolicyUpdateInput;
  urn: Scalars['String']['input'];
};


export type MutationupdatePostArgs = {
  input: UpdatePostInput;
};


export type MutationupdateQueryArgs = {
  input: UpdateQueryInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateSecretArgs = {
  input: UpdateSecretInput;
};


export type MutationupdateStructuredPropertyArgs = {
  input: UpdateStructuredPropertyInput;
};


export type MutationupdateTagArgs = {
  input: TagUpdateInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateTestArgs = {
  input: UpdateTestInput;
  urn: Scalars['String']['input'];
};


export type MutationupdateUserHomePageSettingsArgs = {
  input: UpdateUserHomePageSettingsInput;
};


export type MutationupdateUserSettingArgs = {
  input: UpdateUserSettingInput;
};


export type MutationupdateUserStatusArgs = {
  status: CorpUserStatus;
  urn: Scalars['String']['input'];
};


export type MutationupdateViewArgs = {
  input: UpdateViewInput;
  urn: Scalars['String']['input'];
};


export type MutationupsertConnectionArgs = {
  input: UpsertDataHubConnectionInput;
};


export type MutationupsertCustomAssertionArgs = {
  input: UpsertCustomAssertionInput;
  urn?: InputMaybe<Scalars['String']['input']>;
};


export type MutationupsertDataContractArgs = {
  input: UpsertDataContractInput;
  urn?: InputMaybe<Scalars['String']['input']>;
};


export type MutationupsertLinkArgs = {
  input: UpsertLinkInput;
};


export type MutationupsertPageModuleArgs = {
  input: UpsertPageModuleInput;
};


export type MutationupsertPageTemplateArgs = {
  input: UpsertPageTemplateInput;
};


export type MutationupsertStructuredPropertiesArgs = {
  input: UpsertStructuredPropertiesInput;
};


export type MutationverifyFormArgs = {
  input: VerifyFormInput;
};

export type NamedBar = {
  __typename?: 'NamedBar';
  name: Scalars['String']['output'];
  segments: Array<BarSegment>;
};

export type NamedLine = {
  __typename?: 'NamedLine';
  data: Array<NumericDataPoint>;
  name: Scalars['String']['output'];
};

export type Notebook = BrowsableEntity & Entity & {
  __typename?: 'Notebook';
  /** @deprecated Use applications instead */
  application?: Maybe<ApplicationAssociation>;
  applications?: Maybe<Array<ApplicationAssociation>>;
  aspects?: Maybe<Array<RawAspect>>;
  browsePathV2?: Maybe<BrowsePathV2>;
  browsePaths?: Maybe<Array<BrowsePath>>;
  content: NotebookContent;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  domain?: Maybe<DomainAssociation>;
  editableProperties?: Maybe<NotebookEditableProperties>;
  exists?: Maybe<Scalars['Boolean']['output']>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  info?: Maybe<NotebookInfo>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  notebookId: Scalars['String']['output'];
  ownership?: Maybe<Ownership>;
  platform: DataPlatform;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<Status>;
  subTypes?: Maybe<SubTypes>;
  tags?: Maybe<GlobalTags>;
  tool: Scalars['String']['output'];
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type NotebookaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type NotebookrelationshipsArgs = {
  input: RelationshipsInput;
};

export type NotebookCell = {
  __typename?: 'NotebookCell';
  chartCell?: Maybe<ChartCell>;
  queryChell?: Maybe<QueryCell>;
  textCell?: Maybe<TextCell>;
  type: NotebookCellType;
};

export type NotebookCellType =
  | 'CHART_CELL'
  | 'QUERY_CELL'
  | 'TEXT_CELL';

export type NotebookContent = {
  __typename?: 'NotebookContent';
  cells: Array<NotebookCell>;
};

export type NotebookEditableProperties = {
  __typename?: 'NotebookEditableProperties';
  description?: Maybe<Scalars['String']['output']>;
};

export type NotebookEditablePropertiesUpdate = {
  description: Scalars['String']['input'];
};

export type NotebookInfo = {
  __typename?: 'NotebookInfo';
  changeAuditStamps?: Maybe<ChangeAuditStamps>;
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  description?: Maybe<Scalars['String']['output']>;
  externalUrl?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

export type NotebookUpdateInput = {
  editableProperties?: InputMaybe<NotebookEditablePropertiesUpdate>;
  ownership?: InputMaybe<OwnershipUpdate>;
  tags?: InputMaybe<GlobalTagsUpdate>;
};

export type NumberValue = {
  __typename?: 'NumberValue';
  numberValue: Scalars['Float']['output'];
};

export type NumericDataPoint = {
  __typename?: 'NumericDataPoint';
  x: Scalars['String']['output'];
  y: Scalars['Int']['output'];
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

export type OperationsAggregation = {
  __typename?: 'OperationsAggregation';
  aggregations?: Maybe<OperationsAggregationsResult>;
  bucket?: Maybe<Scalars['Long']['output']>;
  duration?: Maybe<WindowDuration>;
  resource?: Maybe<Scalars['String']['output']>;
};

export type OperationsAggregationsResult = {
  __typename?: 'OperationsAggregationsResult';
  customOperationsMap?: Maybe<Array<IntMapEntry>>;
  totalAlters?: Maybe<Scalars['Int']['output']>;
  totalCreates?: Maybe<Scalars['Int']['output']>;
  totalCustoms?: Maybe<Scalars['Int']['output']>;
  totalDeletes?: Maybe<Scalars['Int']['output']>;
  totalDrops?: Maybe<Scalars['Int']['output']>;
  totalInserts?: Maybe<Scalars['Int']['output']>;
  totalOperations?: Maybe<Scalars['Int']['output']>;
  totalUpdates?: Maybe<Scalars['Int']['output']>;
};

export type OperationsQueryResult = {
  __typename?: 'OperationsQueryResult';
  aggregations?: Maybe<OperationsAggregationsResult>;
  buckets?: Maybe<Array<Maybe<OperationsAggregation>>>;
};

export type OperationsStatsInput = {
  range?: InputMaybe<TimeRange>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type Origin = {
  __typename?: 'Origin';
  externalType?: Maybe<Scalars['String']['output']>;
  type: OriginType;
};

export type OriginType =
  | 'EXTERNAL'
  | 'NATIVE'
  | 'UNKNOWN';

/** Orrery extension: what one change did to one aspect. */
export type OrreryAspectChange = {
  __typename?: 'OrreryAspectChange';
  /** Orrery extension: the aspect's name (`editableMlModelProperties`, `globalTags`, …). */
  aspect: Scalars['String']['output'];
  /** Orrery extension: the fields it changed. */
  fields: Array<OrreryFieldChange>;
  /** Orrery extension: the stored version of the aspect this change produced (0 is the current value). */
  storedVersion: Scalars['Int']['output'];
};

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

/** Orrery extension: one change of an entity: the aspects one actor wrote at one moment. */
export type OrreryEntityChange = {
  __typename?: 'OrreryEntityChange';
  /** Orrery extension: who wrote it (a corpuser urn). */
  actor: Scalars['String']['output'];
  /** Orrery extension: what it changed, aspect by aspect. */
  aspects: Array<OrreryAspectChange>;
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

/** Orrery extension: an entity's change history, newest first. */
export type OrreryEntityHistory = {
  __typename?: 'OrreryEntityHistory';
  /** Orrery extension: this page of changes, newest first. */
  changes: Array<OrreryEntityChange>;
  /** Orrery extension: how many changes match (before paging). */
  total: Scalars['Int']['output'];
  /** Orrery extension: the entity's urn. */
  urn: Scalars['String']['output'];
  /** Orrery extension: the entity's current version (see OrreryEntityChange.version). */
  version: Scalars['String']['output'];
};

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

/** Orrery extension: one field's change within a change of an entity. */
export type OrreryFieldChange = {
  __typename?: 'OrreryFieldChange';
  /** Orrery extension: the value after, as JSON (null when removed). */
  after?: Maybe<Scalars['String']['output']>;
  /** Orrery extension: the value before, as JSON (null when added). */
  before?: Maybe<Scalars['String']['output']>;
  /** Orrery extension: ADDED, REMOVED or UPDATED. */
  change: Scalars['String']['output'];
  /** Orrery extension: the field (`description`, `tags`, `customProperties.team`, …). */
  field: Scalars['String']['output'];
};

/** Orrery extension: what this server is and which schema extensions it implements. */
export type OrreryInfo = {
  __typename?: 'OrreryInfo';
  /** Orrery extension: names of the extensions this server implements. */
  extensions: Array<Scalars['String']['output']>;
  /** Orrery extension: server version. */
  version: Scalars['String']['output'];
};

/** Orrery extension: a lineage subgraph around a focus entity. */
export type OrreryLineageGraph = {
  __typename?: 'OrreryLineageGraph';
  /**
   * Orrery extension: every lineage edge between returned nodes (each once), from upstream to
   * downstream, including edges the walk did not follow.
   */
  edges: Array<OrreryLineageGraphEdge>;
  /** Orrery extension: the focus entity's urn. */
  focus: Scalars['String']['output'];
  /** Orrery extension: the edge cap that applied. */
  maxEdges: Scalars['Int']['output'];
  /** Orrery extension: the node cap that applied. */
  maxNodes: Scalars['Int']['output'];
  /** Orrery extension: the nodes reached, the focus first, then by hops from it, then by urn. */
  nodes: Array<OrreryLineageGraphNode>;
  /**
   * Orrery extension: true when a cap (nodes, edges, the relationships one request may read, or
   * hops of an expansion) stopped the walk or an expansion early, so some lineage is left out.
   */
  truncated: Scalars['Boolean']['output'];
  /** Orrery extension: the caps that cut the graph short, empty when `truncated` is false. */
  truncatedBy: Array<OrreryLineageGraphCap>;
};

/** Orrery extension: a cap that can cut a lineage graph short. */
export type OrreryLineageGraphCap =
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
export type OrreryLineageGraphEdge = {
  __typename?: 'OrreryLineageGraphEdge';
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
export type OrreryLineageGraphExpandInput = {
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
export type OrreryLineageGraphInput = {
  /** Orrery extension: hops to walk downstream from the focus (0–5). */
  downstreamHops?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Orrery extension: nodes whose neighbours in one direction are added one hop further, beyond the
   * hop limits (what a person expanded in the graph); at most 200. With `types`, an expansion goes on
   * through hidden neighbours until it reaches kept nodes or dead ends (at most 10 hops each, 400 for
   * all expansions of a request). Applied in order, so an expansion may name a node an earlier one
   * added; a node not in the graph is skipped.
   */
  expand?: InputMaybe<Array<OrreryLineageGraphExpandInput>>;
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
export type OrreryLineageGraphNode = {
  __typename?: 'OrreryLineageGraphNode';
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
  attribution?: Maybe<MetadataAttribution>;
  owner: OwnerType;
  ownershipType?: Maybe<OwnershipTypeEntity>;
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
  /** @deprecated Field no longer supported */
  type?: InputMaybe<OwnershipType>;
};

export type OwnerType = CorpGroup | CorpUser;

export type OwnerUpdate = {
  owner: Scalars['String']['input'];
  ownershipTypeUrn?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Field no longer supported */
  type?: InputMaybe<OwnershipType>;
};

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

export type OwnershipTypeEntity = Entity & {
  __typename?: 'OwnershipTypeEntity';
  info?: Maybe<OwnershipTypeInfo>;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<Status>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type OwnershipTypeEntityrelationshipsArgs = {
  input: RelationshipsInput;
};

export type OwnershipTypeInfo = {
  __typename?: 'OwnershipTypeInfo';
  created?: Maybe<AuditStamp>;
  description?: Maybe<Scalars['String']['output']>;
  lastModified?: Maybe<AuditStamp>;
  name: Scalars['String']['output'];
};

export type OwnershipUpdate = {
  owners: Array<OwnerUpdate>;
};

export type PageModuleParamsInput = {
  assetCollectionParams?: InputMaybe<AssetCollectionModuleParamsInput>;
  hierarchyViewParams?: InputMaybe<HierarchyViewModuleParamsInput>;
  linkParams?: InputMaybe<LinkModuleParamsInput>;
  richTextParams?: InputMaybe<RichTextModuleParamsInput>;
};

export type PageModuleScope =
  | 'GLOBAL'
  | 'PERSONAL';

export type PageTemplateAssetSummaryInput = {
  summaryElements: Array<SummaryElementInput>;
};

export type PageTemplateRowInput = {
  modules: Array<Scalars['String']['input']>;
};

export type PageTemplateScope =
  | 'GLOBAL'
  | 'PERSONAL';

export type PageTemplateSurfaceType =
  | 'ASSET_SUMMARY'
  | 'HOME_PAGE';

export type ParentContainersResult = {
  __typename?: 'ParentContainersResult';
  containers: Array<Container>;
  count: Scalars['Int']['output'];
};

export type ParentDocumentsResult = {
  __typename?: 'ParentDocumentsResult';
  count: Scalars['Int']['output'];
  documents: Array<Document>;
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
  arrayPrimaryKeys?: InputMaybe<Array<ArrayPrimaryKeyInput>>;
  aspectName: Scalars['String']['input'];
  entityType?: InputMaybe<Scalars['String']['input']>;
  forceGenericPatch?: InputMaybe<Scalars['Boolean']['input']>;
  headers?: InputMaybe<Array<StringMapEntryInput>>;
  patch: Array<PatchOperationInput>;
  systemMetadata?: InputMaybe<SystemMetadataInput>;
  urn?: InputMaybe<Scalars['String']['input']>;
};

export type PatchEntityResult = {
  __typename?: 'PatchEntityResult';
  error?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
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

export type PersonalSidebarSection =
  | 'YOUR_ASSETS'
  | 'YOUR_DOMAINS'
  | 'YOUR_GLOSSARY_NODES'
  | 'YOUR_GROUPS'
  | 'YOUR_TAGS';

export type PlatformInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  urn?: InputMaybe<Scalars['String']['input']>;
};

export type PlatformNativeType =
  | 'BUCKET'
  | 'DIRECTORY'
  | 'STREAM'
  | 'TABLE'
  | 'VIEW';

export type PlatformPrivileges = {
  __typename?: 'PlatformPrivileges';
  createBusinessAttributes: Scalars['Boolean']['output'];
  createDomains: Scalars['Boolean']['output'];
  createTags: Scalars['Boolean']['output'];
  generatePersonalAccessTokens: Scalars['Boolean']['output'];
  manageApplications: Scalars['Boolean']['output'];
  manageBusinessAttributes: Scalars['Boolean']['output'];
  manageDocuments: Scalars['Boolean']['output'];
  manageDomains: Scalars['Boolean']['output'];
  manageFeatures: Scalars['Boolean']['output'];
  manageGlobalAnnouncements: Scalars['Boolean']['output'];
  manageGlobalViews: Scalars['Boolean']['output'];
  manageGlossaries: Scalars['Boolean']['output'];
  manageHomePageTemplates: Scalars['Boolean']['output'];
  manageIdentities: Scalars['Boolean']['output'];
  manageIngestion: Scalars['Boolean']['output'];
  manageOwnershipTypes: Scalars['Boolean']['output'];
  managePolicies: Scalars['Boolean']['output'];
  manageSecrets: Scalars['Boolean']['output'];
  manageStructuredProperties: Scalars['Boolean']['output'];
  manageTags: Scalars['Boolean']['output'];
  manageTests: Scalars['Boolean']['output'];
  manageTokens: Scalars['Boolean']['output'];
  manageUserCredentials: Scalars['Boolean']['output'];
  viewAnalytics: Scalars['Boolean']['output'];
  viewManageTags: Scalars['Boolean']['output'];
  viewStructuredPropertiesPage: Scalars['Boolean']['output'];
  viewTests: Scalars['Boolean']['output'];
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

export type PoliciesConfig = {
  __typename?: 'PoliciesConfig';
  enabled: Scalars['Boolean']['output'];
  platformPrivileges: Array<Privilege>;
  resourcePrivileges: Array<ResourcePrivileges>;
};

export type Policy = {
  __typename?: 'Policy';
  actors: ActorFilter;
  description?: Maybe<Scalars['String']['output']>;
  editable: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  privileges: Array<Scalars['String']['output']>;
  resources?: Maybe<ResourceFilter>;
  state: PolicyState;
  type: PolicyType;
  urn: Scalars['String']['output'];
};

export type PolicyEvaluationDetail = {
  __typename?: 'PolicyEvaluationDetail';
  policyName: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

export type PolicyMatchCondition =
  | 'EQUALS'
  | 'NOT_EQUALS'
  | 'STARTS_WITH';

export type PolicyMatchCriterion = {
  __typename?: 'PolicyMatchCriterion';
  condition: PolicyMatchCondition;
  field: Scalars['String']['output'];
  values: Array<PolicyMatchCriterionValue>;
};

export type PolicyMatchCriterionInput = {
  condition: PolicyMatchCondition;
  field: Scalars['String']['input'];
  values: Array<Scalars['String']['input']>;
};

export type PolicyMatchCriterionValue = {
  __typename?: 'PolicyMatchCriterionValue';
  entity?: Maybe<Entity>;
  value: Scalars['String']['output'];
};

export type PolicyMatchFilter = {
  __typename?: 'PolicyMatchFilter';
  criteria?: Maybe<Array<PolicyMatchCriterion>>;
};

export type PolicyMatchFilterInput = {
  criteria?: InputMaybe<Array<PolicyMatchCriterionInput>>;
};

export type PolicyState =
  | 'ACTIVE'
  | 'DRAFT'
  | 'INACTIVE';

export type PolicyType =
  | 'METADATA'
  | 'PLATFORM';

export type PolicyUpdateInput = {
  actors: ActorFilterInput;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  privileges: Array<Scalars['String']['input']>;
  resources?: InputMaybe<ResourceFilterInput>;
  state: PolicyState;
  type: PolicyType;
};

export type Post = Entity & {
  __typename?: 'Post';
  content: PostContent;
  lastModified: AuditStamp;
  postType: PostType;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type PostrelationshipsArgs = {
  input: RelationshipsInput;
};

export type PostContent = {
  __typename?: 'PostContent';
  contentType: PostContentType;
  description?: Maybe<Scalars['String']['output']>;
  link?: Maybe<Scalars['String']['output']>;
  media?: Maybe<Media>;
  title: Scalars['String']['output'];
};

export type PostContentType =
  | 'LINK'
  | 'TEXT';

export type PostType =
  | 'ENTITY_ANNOUNCEMENT'
  | 'HOME_PAGE_ANNOUNCEMENT';

export type Privilege = {
  __typename?: 'Privilege';
  description?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

export type Privileges = {
  __typename?: 'Privileges';
  evaluationDetails?: Maybe<Array<Maybe<PolicyEvaluationDetail>>>;
  privileges: Array<Scalars['String']['output']>;
};

export type ProductUpdate = {
  __typename?: 'ProductUpdate';
  ctaLink: Scalars['String']['output'];
  ctaText: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  id: Scalars['String']['output'];
  image?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type PropertyCardinality =
  | 'MULTIPLE'
  | 'SINGLE';

export type PropertyValue = NumberValue | StringValue;

export type PropertyValueInput = {
  numberValue?: InputMaybe<Scalars['Float']['input']>;
  stringValue?: InputMaybe<Scalars['String']['input']>;
};

export type Quantile = {
  __typename?: 'Quantile';
  quantile: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type QuantitativeAnalyses = {
  __typename?: 'QuantitativeAnalyses';
  intersectionalResults?: Maybe<ResultsType>;
  unitaryResults?: Maybe<ResultsType>;
};

export type QueriesTabConfig = {
  __typename?: 'QueriesTabConfig';
  queriesTabResultSize?: Maybe<Scalars['Int']['output']>;
};

export type Query = {
  __typename?: 'Query';
  aggregateAcrossEntities?: Maybe<AggregateResults>;
  appConfig?: Maybe<AppConfig>;
  application?: Maybe<Application>;
  assertion?: Maybe<Assertion>;
  autoComplete?: Maybe<AutoCompleteResults>;
  autoCompleteForMultiple?: Maybe<AutoCompleteMultipleResults>;
  batchGetStepStates: BatchGetStepStatesResult;
  browse?: Maybe<BrowseResults>;
  browsePaths?: Maybe<Array<BrowsePath>>;
  browseV2?: Maybe<BrowseResultsV2>;
  businessAttribute?: Maybe<BusinessAttribute>;
  chart?: Maybe<Chart>;
  connection?: Maybe<DataHubConnection>;
  container?: Maybe<Container>;
  corpGroup?: Maybe<CorpGroup>;
  corpUser?: Maybe<CorpUser>;
  dashboard?: Maybe<Dashboard>;
  dataFlow?: Maybe<DataFlow>;
  dataJob?: Maybe<DataJob>;
  dataPlatform?: Maybe<DataPlatform>;
  dataPlatformInstance?: Maybe<DataPlatformInstance>;
  dataProcessInstance?: Maybe<DataProcessInstance>;
  dataProduct?: Maybe<DataProduct>;
  dataset?: Maybe<Dataset>;
  debugAccess: DebugAccessResult;
  docPropagationSettings?: Maybe<DocPropagationSettings>;
  document?: Maybe<Document>;
  domain?: Maybe<Domain>;
  entities?: Maybe<Array<Maybe<Entity>>>;
  entity?: Maybe<Entity>;
  entityExists?: Maybe<Scalars['Boolean']['output']>;
  /**
   * Orrery extension: who changed what on an entity and when, field by field, built from the stored
   * aspect versions; paged (count at most 200) and optionally only changes of one field (`field`,
   * e.g. "description" or "tags"). Null for an unknown entity.
   */
  entityHistory?: Maybe<OrreryEntityHistory>;
  erModelRelationship?: Maybe<ERModelRelationship>;
  executionRequest?: Maybe<ExecutionRequest>;
  form?: Maybe<Form>;
  getAccessToken?: Maybe<AccessToken>;
  getAccessTokenMetadata: AccessTokenMetadata;
  getAnalyticsCharts: Array<AnalyticsChartGroup>;
  getEntityCounts?: Maybe<EntityCountResults>;
  getGrantedPrivileges?: Maybe<Privileges>;
  getHighlights: Array<Highlight>;
  getInviteToken?: Maybe<InviteToken>;
  getMetadataAnalyticsCharts: Array<AnalyticsChartGroup>;
  getPresignedUploadUrl: GetPresignedUploadUrlResponse;
  getQuickFilters?: Maybe<GetQuickFiltersResult>;
  getRootGlossaryNodes?: Maybe<GetRootGlossaryNodesResult>;
  getRootGlossaryTerms?: Maybe<GetRootGlossaryTermsResult>;
  getSchemaBlame?: Maybe<GetSchemaBlameResult>;
  getSchemaVersionList?: Maybe<GetSchemaVersionListResult>;
  getSecretValues?: Maybe<Array<SecretValue>>;
  getTimeline?: Maybe<GetTimelineResult>;
  globalHomePageSettings?: Maybe<GlobalHomePageSettings>;
  globalViewsSettings?: Maybe<GlobalViewsSettings>;
  glossaryNode?: Maybe<GlossaryNode>;
  glossaryTerm?: Maybe<GlossaryTerm>;
  ingestionSource?: Maybe<IngestionSource>;
  /** @deprecated Field no longer supported */
  isAnalyticsEnabled: Scalars['Boolean']['output'];
  latestProductUpdate?: Maybe<ProductUpdate>;
  /**
   * Orrery extension: the lineage subgraph around an entity (nodes and edges, with caps), for graph
   * views. Absent on DataHub; the web app then shows one-hop lineage lists instead.
   */
  lineageGraph?: Maybe<OrreryLineageGraph>;
  listAccessTokens: ListAccessTokenResult;
  listApplicationAssets?: Maybe<SearchResults>;
  listBusinessAttributes?: Maybe<ListBusinessAttributesResult>;
  listDataProductAssets?: Maybe<SearchResults>;
  listDomains?: Maybe<ListDomainsResult>;
  listExecutionRequests?: Maybe<IngestionSourceExecutionRequests>;
  listGlobalViews?: Maybe<ListViewsResult>;
  listGroups?: Maybe<ListGroupsResult>;
  listIngestionSources?: Maybe<ListIngestionSourcesResult>;
  listMyViews?: Maybe<ListViewsResult>;
  listOwnershipTypes: ListOwnershipTypesResult;
  listPolicies?: Maybe<ListPoliciesResult>;
  listPosts?: Maybe<ListPostsResult>;
  listQueries?: Maybe<ListQueriesResult>;
  listRecommendations?: Maybe<ListRecommendationsResult>;
  listRoles?: Maybe<ListRolesResult>;
  listSecrets?: Maybe<ListSecretsResult>;
  listTests?: Maybe<ListTestsResult>;
  listUsers?: Maybe<ListUsersResult>;
  me?: Maybe<AuthenticatedUser>;
  mlFeature?: Maybe<MLFeature>;
  mlFeatureTable?: Maybe<MLFeatureTable>;
  mlModel?: Maybe<MLModel>;
  mlModelGroup?: Maybe<MLModelGroup>;
  mlPrimaryKey?: Maybe<MLPrimaryKey>;
  notebook?: Maybe<Notebook>;
  /** Orrery extension: server version and the extensions it offers (absent on DataHub). */
  orreryInfo: OrreryInfo;
  /**
   * Orrery extension: one deployment (DataHub's `mlModelDeployment` entity) by urn; null when the
   * catalog does not hold it. Listed in `orreryInfo.extensions` as `mlModelDeploymentPage`.
   */
  orreryMlModelDeployment?: Maybe<OrreryMlModelDeployment>;
  role?: Maybe<Role>;
  scrollAcrossEntities?: Maybe<ScrollResults>;
  scrollAcrossLineage?: Maybe<ScrollAcrossLineageResults>;
  search?: Maybe<SearchResults>;
  searchAcrossEntities?: Maybe<SearchResults>;
  searchAcrossLineage?: Maybe<SearchAcrossLineageResults>;
  searchDocuments: SearchDocumentsResult;
  structuredProperty?: Maybe<StructuredPropertyEntity>;
  tag?: Maybe<Tag>;
  test?: Maybe<Test>;
  versionSet?: Maybe<VersionSet>;
  versionedDataset?: Maybe<VersionedDataset>;
  view?: Maybe<DataHubView>;
};


export type QueryaggregateAcrossEntitiesArgs = {
  input: AggregateAcrossEntitiesInput;
};


export type QueryapplicationArgs = {
  urn: Scalars['String']['input'];
};


export type QueryassertionArgs = {
  urn: Scalars['String']['input'];
};


export type QueryautoCompleteArgs = {
  input: AutoCompleteInput;
};


export type QueryautoCompleteForMultipleArgs = {
  input: AutoCompleteMultipleInput;
};


export type QuerybatchGetStepStatesArgs = {
  input: BatchGetStepStatesInput;
};


export type QuerybrowseArgs = {
  input: BrowseInput;
};


export type QuerybrowsePathsArgs = {
  input: BrowsePathsInput;
};


export type QuerybrowseV2Args = {
  input: BrowseV2Input;
};


export type QuerybusinessAttributeArgs = {
  urn: Scalars['String']['input'];
};


export type QuerychartArgs = {
  urn: Scalars['String']['input'];
};


export type QueryconnectionArgs = {
  urn: Scalars['String']['input'];
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


export type QuerydashboardArgs = {
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


export type QuerydataPlatformInstanceArgs = {
  urn: Scalars['String']['input'];
};


export type QuerydataProcessInstanceArgs = {
  urn: Scalars['String']['input'];
};


export type QuerydataProductArgs = {
  urn: Scalars['String']['input'];
};


export type QuerydatasetArgs = {
  urn: Scalars['String']['input'];
};


export type QuerydebugAccessArgs = {
  userUrn: Scalars['String']['input'];
};


export type QuerydocumentArgs = {
  urn: Scalars['String']['input'];
};


export type QuerydomainArgs = {
  urn: Scalars['String']['input'];
};


export type QueryentitiesArgs = {
  checkForExistence?: InputMaybe<Scalars['Boolean']['input']>;
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


export type QueryerModelRelationshipArgs = {
  urn: Scalars['String']['input'];
};


export type QueryexecutionRequestArgs = {
  urn: Scalars['String']['input'];
};


export type QueryformArgs = {
  urn: Scalars['String']['input'];
};


export type QuerygetAccessTokenArgs = {
  input: GetAccessTokenInput;
};


export type QuerygetAccessTokenMetadataArgs = {
  token: Scalars['String']['input'];
};


export type QuerygetEntityCountsArgs = {
  input?: InputMaybe<EntityCountInput>;
};


export type QuerygetGrantedPrivilegesArgs = {
  input: GetGrantedPrivilegesInput;
};


export type QuerygetInviteTokenArgs = {
  input: GetInviteTokenInput;
};


export type QuerygetMetadataAnalyticsChartsArgs = {
  input: MetadataAnalyticsInput;
};


export type QuerygetPresignedUploadUrlArgs = {
  input: GetPresignedUploadUrlInput;
};


export type QuerygetQuickFiltersArgs = {
  input: GetQuickFiltersInput;
};


export type QuerygetRootGlossaryNodesArgs = {
  input: GetRootGlossaryEntitiesInput;
};


export type QuerygetRootGlossaryTermsArgs = {
  input: GetRootGlossaryEntitiesInput;
};


export type QuerygetSchemaBlameArgs = {
  input: GetSchemaBlameInput;
};


export type QuerygetSchemaVersionListArgs = {
  input: GetSchemaVersionListInput;
};


export type QuerygetSecretValuesArgs = {
  input: GetSecretValuesInput;
};


export type QuerygetTimelineArgs = {
  input: GetTimelineInput;
};


export type QueryglossaryNodeArgs = {
  urn: Scalars['String']['input'];
};


export type QueryglossaryTermArgs = {
  urn: Scalars['String']['input'];
};


export type QueryingestionSourceArgs = {
  urn: Scalars['String']['input'];
};


export type QuerylatestProductUpdateArgs = {
  refreshCache?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QuerylineageGraphArgs = {
  input: OrreryLineageGraphInput;
};


export type QuerylistAccessTokensArgs = {
  input: ListAccessTokenInput;
};


export type QuerylistApplicationAssetsArgs = {
  input: SearchAcrossEntitiesInput;
  urn: Scalars['String']['input'];
};


export type QuerylistBusinessAttributesArgs = {
  input: ListBusinessAttributesInput;
};


export type QuerylistDataProductAssetsArgs = {
  input: SearchAcrossEntitiesInput;
  urn: Scalars['String']['input'];
};


export type QuerylistDomainsArgs = {
  input: ListDomainsInput;
};


export type QuerylistExecutionRequestsArgs = {
  input: ListExecutionRequestsInput;
};


export type QuerylistGlobalViewsArgs = {
  input: ListGlobalViewsInput;
};


export type QuerylistGroupsArgs = {
  input: ListGroupsInput;
};


export type QuerylistIngestionSourcesArgs = {
  input: ListIngestionSourcesInput;
};


export type QuerylistMyViewsArgs = {
  input: ListMyViewsInput;
};


export type QuerylistOwnershipTypesArgs = {
  input: ListOwnershipTypesInput;
};


export type QuerylistPoliciesArgs = {
  input: ListPoliciesInput;
};


export type QuerylistPostsArgs = {
  input: ListPostsInput;
};


export type QuerylistQueriesArgs = {
  input: ListQueriesInput;
};


export type QuerylistRecommendationsArgs = {
  input: ListRecommendationsInput;
};


export type QuerylistRolesArgs = {
  input: ListRolesInput;
};


export type QuerylistSecretsArgs = {
  input: ListSecretsInput;
};


export type QuerylistTestsArgs = {
  input: ListTestsInput;
};


export type QuerylistUsersArgs = {
  input: ListUsersInput;
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


export type QuerynotebookArgs = {
  urn: Scalars['String']['input'];
};


export type QueryorreryMlModelDeploymentArgs = {
  urn: Scalars['String']['input'];
};


export type QueryroleArgs = {
  urn: Scalars['String']['input'];
};


export type QueryscrollAcrossEntitiesArgs = {
  input: ScrollAcrossEntitiesInput;
};


export type QueryscrollAcrossLineageArgs = {
  input: ScrollAcrossLineageInput;
};


export type QuerysearchArgs = {
  input: SearchInput;
};


export type QuerysearchAcrossEntitiesArgs = {
  input: SearchAcrossEntitiesInput;
};


export type QuerysearchAcrossLineageArgs = {
  input: SearchAcrossLineageInput;
};


export type QuerysearchDocumentsArgs = {
  input: SearchDocumentsInput;
};


export type QuerystructuredPropertyArgs = {
  urn: Scalars['String']['input'];
};


export type QuerytagArgs = {
  urn: Scalars['String']['input'];
};


export type QuerytestArgs = {
  urn: Scalars['String']['input'];
};


export type QueryversionSetArgs = {
  urn: Scalars['String']['input'];
};


export type QueryversionedDatasetArgs = {
  urn: Scalars['String']['input'];
  versionStamp?: InputMaybe<Scalars['String']['input']>;
};


export type QueryviewArgs = {
  urn: Scalars['String']['input'];
};

export type QueryCell = {
  __typename?: 'QueryCell';
  cellId: Scalars['String']['output'];
  cellTitle: Scalars['String']['output'];
  changeAuditStamps?: Maybe<ChangeAuditStamps>;
  lastExecuted?: Maybe<AuditStamp>;
  rawQuery: Scalars['String']['output'];
};

export type QueryEntity = Entity & {
  __typename?: 'QueryEntity';
  platform?: Maybe<DataPlatform>;
  properties?: Maybe<QueryProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  subjects?: Maybe<Array<QuerySubject>>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type QueryEntityrelationshipsArgs = {
  input: RelationshipsInput;
};

export type QueryLanguage =
  | 'SQL';

export type QueryProperties = {
  __typename?: 'QueryProperties';
  created: AuditStamp;
  createdOn: ResolvedAuditStamp;
  customProperties?: Maybe<Array<CustomPropertiesEntry>>;
  description?: Maybe<Scalars['String']['output']>;
  lastModified: AuditStamp;
  name?: Maybe<Scalars['String']['output']>;
  origin?: Maybe<Entity>;
  source: QuerySource;
  statement: QueryStatement;
};

export type QuerySource =
  | 'MANUAL'
  | 'SYSTEM';

export type QueryStatement = {
  __typename?: 'QueryStatement';
  language: QueryLanguage;
  value: Scalars['String']['output'];
};

export type QueryStatementInput = {
  language: QueryLanguage;
  value: Scalars['String']['input'];
};

export type QuerySubject = {
  __typename?: 'QuerySubject';
  dataset: Dataset;
  schemaField?: Maybe<SchemaFieldEntity>;
};

export type QuickFilter = {
  __typename?: 'QuickFilter';
  entity?: Maybe<Entity>;
  field: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type RaiseIncidentInput = {
  assigneeUrns?: InputMaybe<Array<Scalars['String']['input']>>;
  customType?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<IncidentPriority>;
  resourceUrn?: InputMaybe<Scalars['String']['input']>;
  resourceUrns?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<IncidentSourceInput>;
  startedAt?: InputMaybe<Scalars['Long']['input']>;
  status?: InputMaybe<IncidentStatusInput>;
  title?: InputMaybe<Scalars['String']['input']>;
  type: IncidentType;
};

export type RawAspect = {
  __typename?: 'RawAspect';
  aspectName: Scalars['String']['output'];
  payload?: Maybe<Scalars['String']['output']>;
  renderSpec?: Maybe<AspectRenderSpec>;
};

export type RecommendationContent = {
  __typename?: 'RecommendationContent';
  entity?: Maybe<Entity>;
  params?: Maybe<RecommendationParams>;
  value: Scalars['String']['output'];
};

export type RecommendationModule = {
  __typename?: 'RecommendationModule';
  content: Array<RecommendationContent>;
  moduleId: Scalars['String']['output'];
  renderType: RecommendationRenderType;
  title: Scalars['String']['output'];
};

export type RecommendationParams = {
  __typename?: 'RecommendationParams';
  contentParams?: Maybe<ContentParams>;
  entityProfileParams?: Maybe<EntityProfileParams>;
  searchParams?: Maybe<SearchParams>;
};

export type RecommendationRenderType =
  | 'DOMAIN_SEARCH_LIST'
  | 'ENTITY_NAME_LIST'
  | 'GLOSSARY_TERM_SEARCH_LIST'
  | 'PLATFORM_SEARCH_LIST'
  | 'SEARCH_QUERY_LIST'
  | 'TAG_SEARCH_LIST';

export type RecommendationRequestContext = {
  entityRequestContext?: InputMaybe<EntityRequestContext>;
  scenario: ScenarioType;
  searchRequestContext?: InputMaybe<SearchRequestContext>;
};

export type RelatedDocumentsInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  domains?: InputMaybe<Array<Scalars['String']['input']>>;
  parentDocuments?: InputMaybe<Array<Scalars['String']['input']>>;
  rootOnly?: InputMaybe<Scalars['Boolean']['input']>;
  sourceType?: InputMaybe<DocumentSourceType>;
  start?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type RelatedDocumentsResult = {
  __typename?: 'RelatedDocumentsResult';
  count: Scalars['Int']['output'];
  documents: Array<Document>;
  facets?: Maybe<Array<FacetMetadata>>;
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type RelatedTermsInput = {
  relationshipType: TermRelationshipType;
  termUrns: Array<Scalars['String']['input']>;
  urn: Scalars['String']['input'];
};

export type RelationshipDirection =
  | 'INCOMING'
  | 'OUTGOING';

export type RelationshipFieldMapping = {
  __typename?: 'RelationshipFieldMapping';
  destinationField: Scalars['String']['output'];
  sourceField: Scalars['String']['output'];
};

export type RelationshipFieldMappingInput = {
  destinationField?: InputMaybe<Scalars['String']['input']>;
  sourceField?: InputMaybe<Scalars['String']['input']>;
};

export type RelationshipsInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  direction: RelationshipDirection;
  includeSoftDelete?: InputMaybe<Scalars['Boolean']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
  types: Array<Scalars['String']['input']>;
};

export type RemoveGroupMembersInput = {
  groupUrn: Scalars['String']['input'];
  userUrns: Array<Scalars['String']['input']>;
};

export type RemoveLinkInput = {
  label?: InputMaybe<Scalars['String']['input']>;
  linkUrl: Scalars['String']['input'];
  resourceUrn: Scalars['String']['input'];
};

export type RemoveNativeGroupMembersInput = {
  groupUrn: Scalars['String']['input'];
  userUrns: Array<Scalars['String']['input']>;
};

export type RemoveOwnerInput = {
  ownerUrn: Scalars['String']['input'];
  ownershipTypeUrn?: InputMaybe<Scalars['String']['input']>;
  resourceUrn: Scalars['String']['input'];
};

export type RemoveStructuredPropertiesInput = {
  assetUrn: Scalars['String']['input'];
  structuredPropertyUrns: Array<Scalars['String']['input']>;
};

export type ReportOperationInput = {
  customOperationType?: InputMaybe<Scalars['String']['input']>;
  customProperties?: InputMaybe<Array<StringMapEntryInput>>;
  numAffectedRows?: InputMaybe<Scalars['Long']['input']>;
  operationType: OperationType;
  partition?: InputMaybe<Scalars['String']['input']>;
  sourceType: OperationSourceType;
  timestampMillis?: InputMaybe<Scalars['Long']['input']>;
  urn: Scalars['String']['input'];
};

export type ResetToken = {
  __typename?: 'ResetToken';
  resetToken: Scalars['String']['output'];
};

export type ResolvedActor = CorpGroup | CorpUser;

export type ResolvedAuditStamp = {
  __typename?: 'ResolvedAuditStamp';
  actor?: Maybe<CorpUser>;
  time: Scalars['Long']['output'];
};

export type ResourceFilter = {
  __typename?: 'ResourceFilter';
  /** @deprecated Field no longer supported */
  allResources?: Maybe<Scalars['Boolean']['output']>;
  filter?: Maybe<PolicyMatchFilter>;
  privilegeConstraints?: Maybe<PolicyMatchFilter>;
  /** @deprecated Field no longer supported */
  resources?: Maybe<Array<Scalars['String']['output']>>;
  /** @deprecated Field no longer supported */
  type?: Maybe<Scalars['String']['output']>;
};

export type ResourceFilterInput = {
  allResources?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<PolicyMatchFilterInput>;
  privilegeConstraints?: InputMaybe<PolicyMatchFilterInput>;
  resources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** @deprecated Field no longer supported */
  type?: InputMaybe<Scalars['String']['input']>;
};

export type ResourcePrivileges = {
  __typename?: 'ResourcePrivileges';
  entityType?: Maybe<EntityType>;
  privileges: Array<Privilege>;
  resourceType: Scalars['String']['output'];
  resourceTypeDisplayName?: Maybe<Scalars['String']['output']>;
};

export type ResourceRefInput = {
  resourceUrn: Scalars['String']['input'];
  subResource?: InputMaybe<Scalars['String']['input']>;
  subResourceType?: InputMaybe<SubResourceType>;
};

export type ResourceSpec = {
  resourceType: EntityType;
  resourceUrn: Scalars['String']['input'];
};

export type Restricted = Entity & EntityWithRelationships & {
  __typename?: 'Restricted';
  lineage?: Maybe<EntityLineageResult>;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type RestrictedlineageArgs = {
  input: LineageInput;
};


export type RestrictedrelationshipsArgs = {
  input: RelationshipsInput;
};

export type ResultsType = StringBox;

export type RichTextModuleParams = {
  __typename?: 'RichTextModuleParams';
  content: Scalars['String']['output'];
};

export type RichTextModuleParamsInput = {
  content: Scalars['String']['input'];
};

export type Role = Entity & {
  __typename?: 'Role';
  actors?: Maybe<Actor>;
  id: Scalars['String']['output'];
  isAssignedToMe: Scalars['Boolean']['output'];
  properties?: Maybe<RoleProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type RolerelationshipsArgs = {
  input: RelationshipsInput;
};

export type RoleAssociation = {
  __typename?: 'RoleAssociation';
  associatedUrn: Scalars['String']['output'];
  role: Role;
};

export type RoleGroup = {
  __typename?: 'RoleGroup';
  group: CorpGroup;
};

export type RoleProperties = {
  __typename?: 'RoleProperties';
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  requestUrl?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

export type RoleUser = {
  __typename?: 'RoleUser';
  user: CorpUser;
};

export type RollbackIngestionInput = {
  runId: Scalars['String']['input'];
};

export type Row = {
  __typename?: 'Row';
  cells?: Maybe<Array<Cell>>;
  values: Array<Scalars['String']['output']>;
};

export type RowCountChange = {
  __typename?: 'RowCountChange';
  operator: AssertionStdOperator;
  parameters: AssertionStdParameters;
  type: AssertionValueChangeType;
};

export type RowCountTotal = {
  __typename?: 'RowCountTotal';
  operator: AssertionStdOperator;
  parameters: AssertionStdParameters;
};

export type ScenarioType =
  | 'ENTITY_PROFILE'
  | 'HOME'
  | 'SEARCH_BAR'
  | 'SEARCH_RESULTS';

export type Schema = {
  __typename?: 'Schema';
  cluster?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['Long']['output']>;
  datasetUrn?: Maybe<Scalars['String']['output']>;
  fields: Array<SchemaField>;
  foreignKeys?: Maybe<Array<Maybe<ForeignKeyConstraint>>>;
  hash: Scalars['String']['output'];
  lastObserved?: Maybe<Scalars['Long']['output']>;
  name: Scalars['String']['output'];
  platformSchema?: Maybe<PlatformSchema>;
  platformUrn: Scalars['String']['output'];
  primaryKeys?: Maybe<Array<Scalars['String']['output']>>;
  version: Scalars['Long']['output'];
};

export type SchemaAssertionCompatibility =
  | 'EXACT_MATCH'
  | 'SUBSET'
  | 'SUPERSET';

export type SchemaAssertionField = {
  __typename?: 'SchemaAssertionField';
  nativeType?: Maybe<Scalars['String']['output']>;
  path: Scalars['String']['output'];
  type: SchemaFieldDataType;
};

export type SchemaAssertionInfo = {
  __typename?: 'SchemaAssertionInfo';
  compatibility: SchemaAssertionCompatibility;
  entityUrn: Scalars['String']['output'];
  fields: Array<SchemaAssertionField>;
  schema?: Maybe<SchemaMetadata>;
};

export type SchemaContract = {
  __typename?: 'SchemaContract';
  assertion: Assertion;
};

export type SchemaContractInput = {
  assertionUrn: Scalars['String']['input'];
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
  schemaFieldEntity?: Maybe<SchemaFieldEntity>;
  tags?: Maybe<GlobalTags>;
  type: SchemaFieldDataType;
};

export type SchemaFieldBlame = {
  __typename?: 'SchemaFieldBlame';
  fieldPath: Scalars['String']['output'];
  schemaFieldChange: SchemaFieldChange;
};

export type SchemaFieldChange = {
  __typename?: 'SchemaFieldChange';
  changeType: ChangeOperationType;
  lastSchemaFieldChange?: Maybe<Scalars['String']['output']>;
  lastSemanticVersion: Scalars['String']['output'];
  timestampMillis: Scalars['Long']['output'];
  versionStamp: Scalars['String']['output'];
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

export type SchemaFieldEntity = Entity & EntityWithRelationships & HasLogicalParent & {
  __typename?: 'SchemaFieldEntity';
  businessAttributes?: Maybe<BusinessAttributes>;
  deprecation?: Maybe<Deprecation>;
  documentation?: Maybe<Documentation>;
  fieldPath: Scalars['String']['output'];
  forms?: Maybe<Forms>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  lineage?: Maybe<EntityLineageResult>;
  logicalParent?: Maybe<Entity>;
  parent: Entity;
  relatedDocuments?: Maybe<RelatedDocumentsResult>;
  relationships?: Maybe<EntityRelationshipsResult>;
  status?: Maybe<Status>;
  structuredProperties?: Maybe<StructuredProperties>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type SchemaFieldEntitylineageArgs = {
  input: LineageInput;
};


export type SchemaFieldEntityrelatedDocumentsArgs = {
  input: RelatedDocumentsInput;
};


export type SchemaFieldEntityrelationshipsArgs = {
  input: RelationshipsInput;
};

export type SchemaFieldRef = {
  __typename?: 'SchemaFieldRef';
  path: Scalars['String']['output'];
  urn: Scalars['String']['output'];
};

export type SchemaFieldSpec = {
  __typename?: 'SchemaFieldSpec';
  nativeType: Scalars['String']['output'];
  path: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type SchemaMetadata = Aspect & {
  __typename?: 'SchemaMetadata';
  aspectVersion?: Maybe<Scalars['Long']['output']>;
  cluster?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['Long']['output']>;
  datasetUrn?: Maybe<Scalars['String']['output']>;
  fields: Array<SchemaField>;
  foreignKeys?: Maybe<Array<Maybe<ForeignKeyConstraint>>>;
  hash: Scalars['String']['output'];
  name: Scalars['String']['output'];
  platformSchema?: Maybe<PlatformSchema>;
  platformUrn: Scalars['String']['output'];
  primaryKeys?: Maybe<Array<Scalars['String']['output']>>;
  version: Scalars['Long']['output'];
};

export type ScrollAcrossEntitiesInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  keepAlive?: InputMaybe<Scalars['String']['input']>;
  orFilters?: InputMaybe<Array<AndFilterInput>>;
  query: Scalars['String']['input'];
  scrollId?: InputMaybe<Scalars['String']['input']>;
  searchFlags?: InputMaybe<SearchFlags>;
  sortInput?: InputMaybe<SearchSortInput>;
  types?: InputMaybe<Array<EntityType>>;
  viewUrn?: InputMaybe<Scalars['String']['input']>;
};

export type ScrollAcrossLineageInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  direction: LineageDirection;
  endTimeMillis?: InputMaybe<Scalars['Long']['input']>;
  keepAlive?: InputMaybe<Scalars['String']['input']>;
  lineageFlags?: InputMaybe<LineageFlags>;
  orFilters?: InputMaybe<Array<AndFilterInput>>;
  query?: InputMaybe<Scalars['String']['input']>;
  scrollId?: InputMaybe<Scalars['String']['input']>;
  searchFlags?: InputMaybe<SearchFlags>;
  startTimeMillis?: InputMaybe<Scalars['Long']['input']>;
  types?: InputMaybe<Array<EntityType>>;
  urn?: InputMaybe<Scalars['String']['input']>;
};

export type ScrollAcrossLineageResults = {
  __typename?: 'ScrollAcrossLineageResults';
  count: Scalars['Int']['output'];
  facets?: Maybe<Array<FacetMetadata>>;
  freshness?: Maybe<FreshnessStats>;
  isPartial?: Maybe<Scalars['Boolean']['output']>;
  nextScrollId?: Maybe<Scalars['String']['output']>;
  searchResults: Array<SearchAcrossLineageResult>;
  total: Scalars['Int']['output'];
};

export type ScrollResults = {
  __typename?: 'ScrollResults';
  count: Scalars['Int']['output'];
  facets?: Maybe<Array<FacetMetadata>>;
  nextScrollId?: Maybe<Scalars['String']['output']>;
  searchResults: Array<SearchResult>;
  total: Scalars['Int']['output'];
};

export type SearchAcrossEntitiesInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Use `orFilters`- they are more expressive */
  filters?: InputMaybe<Array<FacetFilterInput>>;
  orFilters?: InputMaybe<Array<AndFilterInput>>;
  query: Scalars['String']['input'];
  searchFlags?: InputMaybe<SearchFlags>;
  sortInput?: InputMaybe<SearchSortInput>;
  start?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
  viewUrn?: InputMaybe<Scalars['String']['input']>;
};

export type SearchAcrossLineageInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  direction: LineageDirection;
  /** @deprecated Use LineageFlags instead */
  endTimeMillis?: InputMaybe<Scalars['Long']['input']>;
  /** @deprecated Use `orFilters`- they are more expressive */
  filters?: InputMaybe<Array<FacetFilterInput>>;
  lineageFlags?: InputMaybe<LineageFlags>;
  orFilters?: InputMaybe<Array<AndFilterInput>>;
  query?: InputMaybe<Scalars['String']['input']>;
  searchFlags?: InputMaybe<SearchFlags>;
  sortInput?: InputMaybe<SearchSortInput>;
  start?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Use LineageFlags instead */
  startTimeMillis?: InputMaybe<Scalars['Long']['input']>;
  types?: InputMaybe<Array<EntityType>>;
  urn?: InputMaybe<Scalars['String']['input']>;
  viewUrn?: InputMaybe<Scalars['String']['input']>;
};

export type SearchAcrossLineageResult = {
  __typename?: 'SearchAcrossLineageResult';
  degree: Scalars['Int']['output'];
  degrees?: Maybe<Array<Scalars['Int']['output']>>;
  entity: Entity;
  explored: Scalars['Boolean']['output'];
  ignoredAsHop: Scalars['Boolean']['output'];
  insights?: Maybe<Array<SearchInsight>>;
  matchedFields: Array<MatchedField>;
  paths?: Maybe<Array<Maybe<EntityPath>>>;
  truncatedChildren: Scalars['Boolean']['output'];
};

export type SearchAcrossLineageResults = {
  __typename?: 'SearchAcrossLineageResults';
  count: Scalars['Int']['output'];
  facets?: Maybe<Array<FacetMetadata>>;
  freshness?: Maybe<FreshnessStats>;
  isPartial?: Maybe<Scalars['Boolean']['output']>;
  lineageSearchPath?: Maybe<LineageSearchPath>;
  searchResults: Array<SearchAcrossLineageResult>;
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type SearchBarAPI =
  | 'AUTOCOMPLETE_FOR_MULTIPLE'
  | 'SEARCH_ACROSS_ENTITIES';

export type SearchBarConfig = {
  __typename?: 'SearchBarConfig';
  apiVariant: SearchBarAPI;
};

export type SearchCardConfig = {
  __typename?: 'SearchCardConfig';
  showDescription: Scalars['Boolean']['output'];
};

export type SearchDocumentsInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  domains?: InputMaybe<Array<Scalars['String']['input']>>;
  parentDocuments?: InputMaybe<Array<Scalars['String']['input']>>;
  query?: InputMaybe<Scalars['String']['input']>;
  relatedAssets?: InputMaybe<Array<Scalars['String']['input']>>;
  rootOnly?: InputMaybe<Scalars['Boolean']['input']>;
  sourceType?: InputMaybe<DocumentSourceType>;
  start?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type SearchDocumentsResult = {
  __typename?: 'SearchDocumentsResult';
  count: Scalars['Int']['output'];
  documents: Array<Document>;
  facets?: Maybe<Array<FacetMetadata>>;
  start: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type SearchFlags = {
  customHighlightingFields?: InputMaybe<Array<Scalars['String']['input']>>;
  filterNonLatestVersions?: InputMaybe<Scalars['Boolean']['input']>;
  fulltext?: InputMaybe<Scalars['Boolean']['input']>;
  getSuggestions?: InputMaybe<Scalars['Boolean']['input']>;
  groupingSpec?: InputMaybe<GroupingSpec>;
  includeRestricted?: InputMaybe<Scalars['Boolean']['input']>;
  includeSoftDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  includeStructuredPropertyFacets?: InputMaybe<Scalars['Boolean']['input']>;
  maxAggValues?: InputMaybe<Scalars['Int']['input']>;
  skipAggregates?: InputMaybe<Scalars['Boolean']['input']>;
  skipCache?: InputMaybe<Scalars['Boolean']['input']>;
  skipHighlighting?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SearchFlagsConfig = {
  __typename?: 'SearchFlagsConfig';
  defaultSkipHighlighting: Scalars['Boolean']['output'];
};

export type SearchInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Use `orFilters`- they are more expressive */
  filters?: InputMaybe<Array<FacetFilterInput>>;
  orFilters?: InputMaybe<Array<AndFilterInput>>;
  query: Scalars['String']['input'];
  searchFlags?: InputMaybe<SearchFlags>;
  start?: InputMaybe<Scalars['Int']['input']>;
  type: EntityType;
};

export type SearchInsight = {
  __typename?: 'SearchInsight';
  icon?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

export type SearchParams = {
  __typename?: 'SearchParams';
  filters?: Maybe<Array<FacetFilter>>;
  query: Scalars['String']['output'];
  types?: Maybe<Array<EntityType>>;
};

export type SearchRequestContext = {
  filters?: InputMaybe<Array<FacetFilterInput>>;
  query: Scalars['String']['input'];
};

export type SearchResult = {
  __typename?: 'SearchResult';
  entity: Entity;
  extraProperties?: Maybe<Array<ExtraProperty>>;
  insights?: Maybe<Array<SearchInsight>>;
  matchedFields: Array<MatchedField>;
};

export type SearchResults = {
  __typename?: 'SearchResults';
  count: Scalars['Int']['output'];
  facets?: Maybe<Array<FacetMetadata>>;
  searchResults: Array<SearchResult>;
  start: Scalars['Int']['output'];
  suggestions?: Maybe<Array<SearchSuggestion>>;
  total: Scalars['Int']['output'];
};

export type SearchResultsVisualConfig = {
  __typename?: 'SearchResultsVisualConfig';
  enableNameHighlight?: Maybe<Scalars['Boolean']['output']>;
};

export type SearchSortInput = {
  sortCriteria?: InputMaybe<Array<SortCriterion>>;
  /** @deprecated Use sortCriteria instead */
  sortCriterion?: InputMaybe<SortCriterion>;
};

export type SearchSuggestion = {
  __typename?: 'SearchSuggestion';
  frequency?: Maybe<Scalars['Int']['output']>;
  score?: Maybe<Scalars['Float']['output']>;
  text: Scalars['String']['output'];
};

export type Secret = {
  __typename?: 'Secret';
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  urn: Scalars['String']['output'];
};

export type SecretValue = {
  __typename?: 'SecretValue';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type SemanticVersionStruct = {
  __typename?: 'SemanticVersionStruct';
  semanticVersion?: Maybe<Scalars['String']['output']>;
  semanticVersionTimestamp?: Maybe<Scalars['Long']['output']>;
  versionStamp?: Maybe<Scalars['String']['output']>;
};

export type SetLogicalParentInput = {
  parentUrn?: InputMaybe<Scalars['String']['input']>;
  resourceUrn: Scalars['String']['input'];
};

export type SiblingProperties = {
  __typename?: 'SiblingProperties';
  isPrimary?: Maybe<Scalars['Boolean']['output']>;
  siblings?: Maybe<Array<Maybe<Entity>>>;
};

export type SortCriterion = {
  field: Scalars['String']['input'];
  sortOrder: SortOrder;
};

export type SortOrder =
  | 'ASCENDING'
  | 'DESCENDING';

export type SortQueriesInput = {
  sortCriterion: SortCriterion;
};

export type SourceCode = {
  __typename?: 'SourceCode';
  sourceCode?: Maybe<Array<SourceCodeUrl>>;
};

export type SourceCodeUrl = {
  __typename?: 'SourceCodeUrl';
  sourceCodeUrl: Scalars['String']['output'];
  type: SourceCodeUrlType;
};

export type SourceCodeUrlType =
  | 'EVALUATION_PIPELINE_SOURCE_CODE'
  | 'ML_MODEL_SOURCE_CODE'
  | 'TRAINING_PIPELINE_SOURCE_CODE';

export type SqlAssertionInfo = {
  __typename?: 'SqlAssertionInfo';
  changeType?: Maybe<AssertionValueChangeType>;
  entityUrn: Scalars['String']['output'];
  operator: AssertionStdOperator;
  parameters: AssertionStdParameters;
  statement: Scalars['String']['output'];
  type: SqlAssertionType;
};

export type SqlAssertionType =
  | 'METRIC'
  | 'METRIC_CHANGE';

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

export type StepStateInput = {
  id: Scalars['String']['input'];
  properties: Array<InputMaybe<StringMapEntryInput>>;
};

export type StepStateResult = {
  __typename?: 'StepStateResult';
  id: Scalars['String']['output'];
  properties: Array<StringMapEntry>;
};

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
  attribution?: Maybe<MetadataAttribution>;
  structuredProperty: StructuredPropertyEntity;
  valueEntities?: Maybe<Array<Maybe<Entity>>>;
  values: Array<Maybe<PropertyValue>>;
};

export type StructuredPropertyDefinition = {
  __typename?: 'StructuredPropertyDefinition';
  allowedValues?: Maybe<Array<AllowedValue>>;
  cardinality?: Maybe<PropertyCardinality>;
  created?: Maybe<ResolvedAuditStamp>;
  description?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  entityTypes: Array<EntityTypeEntity>;
  immutable: Scalars['Boolean']['output'];
  lastModified?: Maybe<ResolvedAuditStamp>;
  qualifiedName: Scalars['String']['output'];
  typeQualifier?: Maybe<TypeQualifier>;
  valueType: DataTypeEntity;
};

export type StructuredPropertyEntity = Entity & {
  __typename?: 'StructuredPropertyEntity';
  definition: StructuredPropertyDefinition;
  exists?: Maybe<Scalars['Boolean']['output']>;
  relationships?: Maybe<EntityRelationshipsResult>;
  settings?: Maybe<StructuredPropertySettings>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type StructuredPropertyEntityrelationshipsArgs = {
  input: RelationshipsInput;
};

export type StructuredPropertyInputParams = {
  structuredPropertyUrn: Scalars['String']['input'];
  values: Array<PropertyValueInput>;
};

export type StructuredPropertyParams = {
  __typename?: 'StructuredPropertyParams';
  structuredProperty: StructuredPropertyEntity;
};

export type StructuredPropertyParamsInput = {
  urn: Scalars['String']['input'];
};

export type StructuredPropertySettings = {
  __typename?: 'StructuredPropertySettings';
  hideInAssetSummaryWhenEmpty: Scalars['Boolean']['output'];
  isHidden: Scalars['Boolean']['output'];
  showAsAssetBadge: Scalars['Boolean']['output'];
  showInAssetSummary: Scalars['Boolean']['output'];
  showInColumnsTable: Scalars['Boolean']['output'];
  showInSearchFilters: Scalars['Boolean']['output'];
};

export type StructuredPropertySettingsInput = {
  hideInAssetSummaryWhenEmpty?: InputMaybe<Scalars['Boolean']['input']>;
  isHidden?: InputMaybe<Scalars['Boolean']['input']>;
  showAsAssetBadge?: InputMaybe<Scalars['Boolean']['input']>;
  showInAssetSummary?: InputMaybe<Scalars['Boolean']['input']>;
  showInColumnsTable?: InputMaybe<Scalars['Boolean']['input']>;
  showInSearchFilters?: InputMaybe<Scalars['Boolean']['input']>;
};

export type StructuredReport = {
  __typename?: 'StructuredReport';
  contentType: Scalars['String']['output'];
  serializedValue: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type SubResourceType =
  | 'DATASET_FIELD';

export type SubTypes = {
  __typename?: 'SubTypes';
  typeNames?: Maybe<Array<Scalars['String']['output']>>;
};

export type SubmitFormPromptInput = {
  fieldPath?: InputMaybe<Scalars['String']['input']>;
  formUrn: Scalars['String']['input'];
  promptId: Scalars['String']['input'];
  structuredPropertyParams?: InputMaybe<StructuredPropertyInputParams>;
  type: FormPromptType;
};

export type SummaryElement = {
  __typename?: 'SummaryElement';
  elementType: SummaryElementType;
  structuredProperty?: Maybe<StructuredPropertyEntity>;
};

export type SummaryElementInput = {
  elementType: SummaryElementType;
  structuredPropertyUrn?: InputMaybe<Scalars['String']['input']>;
};

export type SummaryElementType =
  | 'CREATED'
  | 'DOCUMENT_STATUS'
  | 'DOCUMENT_TYPE'
  | 'DOMAIN'
  | 'GLOSSARY_TERMS'
  | 'LAST_MODIFIED'
  | 'OWNERS'
  | 'STRUCTURED_PROPERTY'
  | 'TAGS';

export type SupportsVersions = {
  versionProperties?: Maybe<VersionProperties>;
};

export type SystemFreshness = {
  __typename?: 'SystemFreshness';
  freshnessMillis: Scalars['Long']['output'];
  systemName: Scalars['String']['output'];
};

export type SystemMetadataInput = {
  lastObserved?: InputMaybe<Scalars['Long']['input']>;
  properties?: InputMaybe<Array<StringMapEntryInput>>;
  runId?: InputMaybe<Scalars['String']['input']>;
};

export type TableChart = {
  __typename?: 'TableChart';
  columns: Array<Scalars['String']['output']>;
  rows: Array<Row>;
  title: Scalars['String']['output'];
};

export type TableSchema = {
  __typename?: 'TableSchema';
  schema: Scalars['String']['output'];
};

export type Tag = Entity & {
  __typename?: 'Tag';
  aspects?: Maybe<Array<RawAspect>>;
  /** @deprecated Field no longer supported */
  description?: Maybe<Scalars['String']['output']>;
  /** @deprecated Field no longer supported */
  editableProperties?: Maybe<EditableTagProperties>;
  /** @deprecated Field no longer supported */
  name: Scalars['String']['output'];
  ownership?: Maybe<Ownership>;
  properties?: Maybe<TagProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type TagaspectsArgs = {
  input?: InputMaybe<AspectParams>;
};


export type TagrelationshipsArgs = {
  input: RelationshipsInput;
};

export type TagAssociation = {
  __typename?: 'TagAssociation';
  associatedUrn: Scalars['String']['output'];
  attribution?: Maybe<MetadataAttribution>;
  context?: Maybe<Scalars['String']['output']>;
  tag: Tag;
};

export type TagAssociationInput = {
  resourceUrn: Scalars['String']['input'];
  subResource?: InputMaybe<Scalars['String']['input']>;
  subResourceType?: InputMaybe<SubResourceType>;
  tagUrn: Scalars['String']['input'];
};

export type TagAssociationUpdate = {
  tag: TagUpdateInput;
};

export type TagProperties = {
  __typename?: 'TagProperties';
  colorHex?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type TagUpdateInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  ownership?: InputMaybe<OwnershipUpdate>;
  urn: Scalars['String']['input'];
};

export type TelemetryConfig = {
  __typename?: 'TelemetryConfig';
  enableThirdPartyLogging?: Maybe<Scalars['Boolean']['output']>;
};

export type TermAssociationInput = {
  resourceUrn: Scalars['String']['input'];
  subResource?: InputMaybe<Scalars['String']['input']>;
  subResourceType?: InputMaybe<SubResourceType>;
  termUrn: Scalars['String']['input'];
};

export type TermRelationshipType =
  | 'hasA'
  | 'isA';

export type Test = Entity & {
  __typename?: 'Test';
  category: Scalars['String']['output'];
  definition: TestDefinition;
  description?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  relationships?: Maybe<EntityRelationshipsResult>;
  type: EntityType;
  urn: Scalars['String']['output'];
};


export type TestrelationshipsArgs = {
  input: RelationshipsInput;
};

export type TestDefinition = {
  __typename?: 'TestDefinition';
  json?: Maybe<Scalars['String']['output']>;
};

export type TestDefinitionInput = {
  json?: InputMaybe<Scalars['String']['input']>;
};

export type TestResult = {
  __typename?: 'TestResult';
  test?: Maybe<Test>;
  type: TestResultType;
};

export type TestResultType =
  | 'FAILURE'
  | 'SUCCESS';

export type TestResults = {
  __typename?: 'TestResults';
  failing: Array<TestResult>;
  passing: Array<TestResult>;
};

export type TestsConfig = {
  __typename?: 'TestsConfig';
  enabled: Scalars['Boolean']['output'];
};

export type TextCell = {
  __typename?: 'TextCell';
  cellId: Scalars['String']['output'];
  cellTitle: Scalars['String']['output'];
  changeAuditStamps?: Maybe<ChangeAuditStamps>;
  text: Scalars['String']['output'];
};

export type ThemeConfig = {
  __typename?: 'ThemeConfig';
  themeId?: Maybe<Scalars['String']['output']>;
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

export type TimeSeriesChart = {
  __typename?: 'TimeSeriesChart';
  dateRange: DateRange;
  interval: DateInterval;
  lines: Array<NamedLine>;
  title: Scalars['String']['output'];
};

export type TimeWindow = {
  __typename?: 'TimeWindow';
  durationMillis: Scalars['Long']['output'];
  startTimeMillis: Scalars['Long']['output'];
};

export type TimelineParameterEntry = {
  __typename?: 'TimelineParameterEntry';
  key?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

export type TimeseriesCapabilitiesResult = {
  __typename?: 'TimeseriesCapabilitiesResult';
  assetStats?: Maybe<AssetStatsResult>;
};

export type TypeQualifier = {
  __typename?: 'TypeQualifier';
  allowedTypes?: Maybe<Array<EntityTypeEntity>>;
};

export type TypeQualifierInput = {
  allowedTypes?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UnlinkVersionInput = {
  unlinkedEntity?: InputMaybe<Scalars['String']['input']>;
  versionSet?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateApplicationInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateApplicationsSettingsInput = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateAssetSettingsInput = {
  summary?: InputMaybe<UpdateAssetSummaryInput>;
  urn: Scalars['String']['input'];
};

export type UpdateAssetSummaryInput = {
  template: Scalars['String']['input'];
};

export type UpdateBusinessAttributeInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<SchemaFieldDataType>;
};

export type UpdateCorpUserViewsSettingsInput = {
  defaultView?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateDataProductInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateDeprecationInput = {
  decommissionTime?: InputMaybe<Scalars['Long']['input']>;
  deprecated: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  replacement?: InputMaybe<Scalars['String']['input']>;
  subResource?: InputMaybe<Scalars['String']['input']>;
  subResourceType?: InputMaybe<SubResourceType>;
  urn: Scalars['String']['input'];
};

export type UpdateDocPropagationSettingsInput = {
  docColumnPropagation?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateDocumentContentsInput = {
  contents?: InputMaybe<DocumentContentInput>;
  subType?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  urn: Scalars['String']['input'];
};

export type UpdateDocumentRelatedEntitiesInput = {
  relatedAssets?: InputMaybe<Array<Scalars['String']['input']>>;
  relatedDocuments?: InputMaybe<Array<Scalars['String']['input']>>;
  urn: Scalars['String']['input'];
};

export type UpdateDocumentSettingsInput = {
  showInGlobalContext: Scalars['Boolean']['input'];
  urn: Scalars['String']['input'];
};

export type UpdateDocumentStatusInput = {
  state: DocumentState;
  urn: Scalars['String']['input'];
};

export type UpdateDocumentSubTypeInput = {
  subType?: InputMaybe<Scalars['String']['input']>;
  urn: Scalars['String']['input'];
};

export type UpdateEmbedInput = {
  renderUrl?: InputMaybe<Scalars['String']['input']>;
  urn: Scalars['String']['input'];
};

export type UpdateFormInput = {
  actors?: InputMaybe<FormActorAssignmentUpdateInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  promptsToAdd?: InputMaybe<Array<CreatePromptInput>>;
  promptsToRemove?: InputMaybe<Array<Scalars['String']['input']>>;
  type?: InputMaybe<FormType>;
  urn: Scalars['String']['input'];
};

export type UpdateGlobalViewsSettingsInput = {
  defaultView?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateIncidentInput = {
  assigneeUrns?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<IncidentPriority>;
  resourceUrns?: InputMaybe<Array<Scalars['String']['input']>>;
  startedAt?: InputMaybe<Scalars['Long']['input']>;
  status?: InputMaybe<IncidentStatusInput>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateIncidentStatusInput = {
  message?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<IncidentStage>;
  state: IncidentState;
};

export type UpdateIngestionSourceConfigInput = {
  debugMode?: InputMaybe<Scalars['Boolean']['input']>;
  executorId: Scalars['String']['input'];
  extraArgs?: InputMaybe<Array<StringMapEntryInput>>;
  recipe: Scalars['String']['input'];
  version?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateIngestionSourceInput = {
  config: UpdateIngestionSourceConfigInput;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  schedule?: InputMaybe<UpdateIngestionSourceScheduleInput>;
  source?: InputMaybe<IngestionSourceSourceInput>;
  type: Scalars['String']['input'];
};

export type UpdateIngestionSourceScheduleInput = {
  interval: Scalars['String']['input'];
  timezone: Scalars['String']['input'];
};

export type UpdateLineageInput = {
  edgesToAdd: Array<InputMaybe<LineageEdge>>;
  edgesToRemove: Array<InputMaybe<LineageEdge>>;
};

export type UpdateLinkInput = {
  currentLabel: Scalars['String']['input'];
  currentUrl: Scalars['String']['input'];
  label: Scalars['String']['input'];
  linkUrl: Scalars['String']['input'];
  resourceUrn: Scalars['String']['input'];
  settings?: InputMaybe<LinkSettingsInput>;
};

export type UpdateMediaInput = {
  location: Scalars['String']['input'];
  type: MediaType;
};

export type UpdateNameInput = {
  name: Scalars['String']['input'];
  urn: Scalars['String']['input'];
};

export type UpdateOwnershipTypeInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateParentNodeInput = {
  parentNode?: InputMaybe<Scalars['String']['input']>;
  resourceUrn: Scalars['String']['input'];
};

export type UpdatePostContentInput = {
  contentType: PostContentType;
  description?: InputMaybe<Scalars['String']['input']>;
  link?: InputMaybe<Scalars['String']['input']>;
  media?: InputMaybe<UpdateMediaInput>;
  title: Scalars['String']['input'];
};

export type UpdatePostInput = {
  content: UpdatePostContentInput;
  postType: PostType;
  urn: Scalars['String']['input'];
};

export type UpdateQueryInput = {
  properties?: InputMaybe<UpdateQueryPropertiesInput>;
  subjects?: InputMaybe<Array<UpdateQuerySubjectInput>>;
};

export type UpdateQueryPropertiesInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  statement?: InputMaybe<QueryStatementInput>;
};

export type UpdateQuerySubjectInput = {
  datasetUrn: Scalars['String']['input'];
};

export type UpdateSecretInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  urn: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type UpdateStepStateResult = {
  __typename?: 'UpdateStepStateResult';
  id: Scalars['String']['output'];
  succeeded: Scalars['Boolean']['output'];
};

export type UpdateStructuredPropertyInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  immutable?: InputMaybe<Scalars['Boolean']['input']>;
  newAllowedValues?: InputMaybe<Array<AllowedValueInput>>;
  newEntityTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  setCardinalityAsMultiple?: InputMaybe<Scalars['Boolean']['input']>;
  settings?: InputMaybe<StructuredPropertySettingsInput>;
  typeQualifier?: InputMaybe<UpdateTypeQualifierInput>;
  urn: Scalars['String']['input'];
};

export type UpdateTestInput = {
  category: Scalars['String']['input'];
  definition: TestDefinitionInput;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type UpdateTypeQualifierInput = {
  newAllowedTypes?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateUserHomePageSettingsInput = {
  newDismissedAnnouncements?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  pageTemplate?: InputMaybe<Scalars['String']['input']>;
  removePageTemplate?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateUserSettingInput = {
  name: UserSetting;
  value: Scalars['Boolean']['input'];
};

export type UpdateViewInput = {
  definition?: InputMaybe<DataHubViewDefinitionInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UploadDownloadScenario =
  | 'ASSET_DOCUMENTATION'
  | 'ASSET_DOCUMENTATION_LINKS';

export type UpsertCustomAssertionInput = {
  description: Scalars['String']['input'];
  entityUrn: Scalars['String']['input'];
  externalUrl?: InputMaybe<Scalars['String']['input']>;
  fieldPath?: InputMaybe<Scalars['String']['input']>;
  logic?: InputMaybe<Scalars['String']['input']>;
  platform: PlatformInput;
  type: Scalars['String']['input'];
};

export type UpsertDataContractInput = {
  dataQuality?: InputMaybe<Array<DataQualityContractInput>>;
  entityUrn: Scalars['String']['input'];
  freshness?: InputMaybe<Array<FreshnessContractInput>>;
  id?: InputMaybe<Scalars['String']['input']>;
  schema?: InputMaybe<Array<SchemaContractInput>>;
  state?: InputMaybe<DataContractState>;
};

export type UpsertDataHubConnectionInput = {
  id?: InputMaybe<Scalars['String']['input']>;
  json?: InputMaybe<DataHubJsonConnectionInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  platformUrn: Scalars['String']['input'];
  type: DataHubConnectionDetailsType;
};

export type UpsertLinkInput = {
  label: Scalars['String']['input'];
  linkUrl: Scalars['String']['input'];
  resourceUrn: Scalars['String']['input'];
  settings?: InputMaybe<LinkSettingsInput>;
};

export type UpsertPageModuleInput = {
  name: Scalars['String']['input'];
  params: PageModuleParamsInput;
  scope: PageModuleScope;
  type: DataHubPageModuleType;
  urn?: InputMaybe<Scalars['String']['input']>;
};

export type UpsertPageTemplateInput = {
  assetSummary?: InputMaybe<PageTemplateAssetSummaryInput>;
  rows: Array<PageTemplateRowInput>;
  scope: PageTemplateScope;
  surfaceType: PageTemplateSurfaceType;
  urn?: InputMaybe<Scalars['String']['input']>;
};

export type UpsertStructuredPropertiesInput = {
  assetUrn: Scalars['String']['input'];
  structuredPropertyInputParams: Array<StructuredPropertyInputParams>;
};

export type UpstreamEntityRelationships = {
  __typename?: 'UpstreamEntityRelationships';
  entities?: Maybe<Array<Maybe<EntityRelationshipLegacy>>>;
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

export type UserSetting =
  | 'SHOW_SIMPLIFIED_HOMEPAGE'
  | 'SHOW_THEME_V2';

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

export type VerifyFormInput = {
  entityUrn: Scalars['String']['input'];
  formUrn: Scalars['String']['input'];
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
  versionsSearch?: Maybe<SearchResults>;
};


export type VersionSetrelationshipsArgs = {
  input: RelationshipsInput;
};


export type VersionSetversionsSearchArgs = {
  input: SearchAcrossEntitiesInput;
};

export type VersionTag = {
  __typename?: 'VersionTag';
  versionTag?: Maybe<Scalars['String']['output']>;
};

export type VersionedDataset = Entity & {
  __typename?: 'VersionedDataset';
  /** @deprecated Use applications instead */
  application?: Maybe<ApplicationAssociation>;
  applications?: Maybe<Array<ApplicationAssociation>>;
  container?: Maybe<Container>;
  deprecation?: Maybe<Deprecation>;
  domain?: Maybe<DomainAssociation>;
  editableProperties?: Maybe<DatasetEditableProperties>;
  editableSchemaMetadata?: Maybe<EditableSchemaMetadata>;
  glossaryTerms?: Maybe<GlossaryTerms>;
  health?: Maybe<Array<Health>>;
  institutionalMemory?: Maybe<InstitutionalMemory>;
  name: Scalars['String']['output'];
  /** @deprecated Field no longer supported */
  origin: FabricType;
  ownership?: Maybe<Ownership>;
  parentContainers?: Maybe<ParentContainersResult>;
  platform: DataPlatform;
  properties?: Maybe<DatasetProperties>;
  relationships?: Maybe<EntityRelationshipsResult>;
  schema?: Maybe<Schema>;
  status?: Maybe<Status>;
  subTypes?: Maybe<SubTypes>;
  tags?: Maybe<GlobalTags>;
  type: EntityType;
  urn: Scalars['String']['output'];
  viewProperties?: Maybe<ViewProperties>;
};


export type VersionedDatasetrelationshipsArgs = {
  input: RelationshipsInput;
};

export type ViewProperties = {
  __typename?: 'ViewProperties';
  formattedLogic?: Maybe<Scalars['String']['output']>;
  language: Scalars['String']['output'];
  logic: Scalars['String']['output'];
  materialized: Scalars['Boolean']['output'];
};

export type ViewsConfig = {
  __typename?: 'ViewsConfig';
  enabled: Scalars['Boolean']['output'];
};

export type VisualConfig = {
  __typename?: 'VisualConfig';
  appTitle?: Maybe<Scalars['String']['output']>;
  application?: Maybe<ApplicationConfig>;
  entityProfiles?: Maybe<EntityProfilesConfig>;
  faviconUrl?: Maybe<Scalars['String']['output']>;
  hideGlossary?: Maybe<Scalars['Boolean']['output']>;
  logoUrl?: Maybe<Scalars['String']['output']>;
  queriesTab?: Maybe<QueriesTabConfig>;
  searchResult?: Maybe<SearchResultsVisualConfig>;
  showFullTitleInLineage?: Maybe<Scalars['Boolean']['output']>;
  theme?: Maybe<ThemeConfig>;
};

export type VolumeAssertionInfo = {
  __typename?: 'VolumeAssertionInfo';
  entityUrn: Scalars['String']['output'];
  filter?: Maybe<DatasetFilter>;
  incrementingSegmentRowCountChange?: Maybe<IncrementingSegmentRowCountChange>;
  incrementingSegmentRowCountTotal?: Maybe<IncrementingSegmentRowCountTotal>;
  rowCountChange?: Maybe<RowCountChange>;
  rowCountTotal?: Maybe<RowCountTotal>;
  type: VolumeAssertionType;
};

export type VolumeAssertionType =
  | 'INCREMENTING_SEGMENT_ROW_COUNT_CHANGE'
  | 'INCREMENTING_SEGMENT_ROW_COUNT_TOTAL'
  | 'ROW_COUNT_CHANGE'
  | 'ROW_COUNT_TOTAL';

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
  AnalyticsChart:
    | ( BarChart )
    | ( Omit<TableChart, 'rows'> & { rows: Array<_RefType['Row']> } )
    | ( TimeSeriesChart )
  ;
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
  ResolvedActor:
    | ( EntityRef )
    | ( EntityRef )
  ;
  ResultsType: ( StringBoxParent );
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Aspect: ( SchemaMetadataParent );
  BrowsableEntity:
    | ( Omit<Chart, 'application' | 'applications' | 'browsePathV2' | 'container' | 'dataPlatformInstance' | 'deprecation' | 'domain' | 'forms' | 'globalTags' | 'glossaryTerms' | 'incidents' | 'info' | 'inputFields' | 'institutionalMemory' | 'lineage' | 'ownership' | 'parentContainers' | 'platform' | 'properties' | 'relatedDocuments' | 'relationships' | 'statsSummary' | 'structuredProperties' | 'tags'> & { application?: Maybe<_RefType['ApplicationAssociation']>, applications?: Maybe<Array<_RefType['ApplicationAssociation']>>, browsePathV2?: Maybe<_RefType['BrowsePathV2']>, container?: Maybe<_RefType['Container']>, dataPlatformInstance?: Maybe<_RefType['DataPlatformInstance']>, deprecation?: Maybe<_RefType['Deprecation']>, domain?: Maybe<_RefType['DomainAssociation']>, forms?: Maybe<_RefType['Forms']>, globalTags?: Maybe<_RefType['GlobalTags']>, glossaryTerms?: Maybe<_RefType['GlossaryTerms']>, incidents?: Maybe<_RefType['EntityIncidentsResult']>, info?: Maybe<_RefType['ChartInfo']>, inputFields?: Maybe<_RefType['InputFields']>, institutionalMemory?: Maybe<_RefType['InstitutionalMemory']>, lineage?: Maybe<_RefType['EntityLineageResult']>, ownership?: Maybe<_RefType['Ownership']>, parentContainers?: Maybe<_RefType['ParentContainersResult']>, platform: _RefType['DataPlatform'], properties?: Maybe<_RefType['ChartProperties']>, relatedDocuments?: Maybe<_RefType['RelatedDocumentsResult']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']>, statsSummary?: Maybe<_RefType['ChartStatsSummary']>, structuredProperties?: Maybe<_RefType['StructuredProperties']>, tags?: Maybe<_RefType['GlobalTags']> } )
    | ( Omit<Dashboard, 'application' | 'applications' | 'browsePathV2' | 'container' | 'dataPlatformInstance' | 'deprecation' | 'domain' | 'forms' | 'globalTags' | 'glossaryTerms' | 'incidents' | 'info' | 'inputFields' | 'institutionalMemory' | 'lineage' | 'ownership' | 'parentContainers' | 'platform' | 'properties' | 'relatedDocuments' | 'relationships' | 'statsSummary' | 'structuredProperties' | 'tags' | 'usageStats'> & { application?: Maybe<_RefType['ApplicationAssociation']>, applications?: Maybe<Array<_RefType['ApplicationAssociation']>>, browsePathV2?: Maybe<_RefType['BrowsePathV2']>, container?: Maybe<_RefType['Container']>, dataPlatformInstance?: Maybe<_RefType['DataPlatformInstance']>, deprecation?: Maybe<_RefType['Deprecation']>, domain?: Maybe<_RefType['DomainAssociation']>, forms?: Maybe<_RefType['Forms']>, globalTags?: Maybe<_RefType['GlobalTags']>, glossaryTerms?: Maybe<_RefType['GlossaryTerms']>, incidents?: Maybe<_RefType['EntityIncidentsResult']>, info?: Maybe<_RefType['DashboardInfo']>, inputFields?: Maybe<_RefType['InputFields']>, institutionalMemory?: Maybe<_RefType['InstitutionalMemory']>, lineage?: Maybe<_RefType['EntityLineageResult']>, ownership?: Maybe<_RefType['Ownership']>, parentContainers?: Maybe<_RefType['ParentContainersResult']>, platform: _RefType['DataPlatform'], properties?: Maybe<_RefType['DashboardProperties']>, relatedDocuments?: Maybe<_RefType['RelatedDocumentsResult']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']>, statsSummary?: Maybe<_RefType['DashboardStatsSummary']>, structuredProperties?: Maybe<_RefType['StructuredProperties']>, tags?: Maybe<_RefType['GlobalTags']>, usageStats?: Maybe<_RefType['DashboardUsageQueryResult']> } )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( Omit<Notebook, 'application' | 'applications' | 'browsePathV2' | 'content' | 'dataPlatformInstance' | 'domain' | 'glossaryTerms' | 'info' | 'institutionalMemory' | 'ownership' | 'platform' | 'relationships' | 'tags'> & { application?: Maybe<_RefType['ApplicationAssociation']>, applications?: Maybe<Array<_RefType['ApplicationAssociation']>>, browsePathV2?: Maybe<_RefType['BrowsePathV2']>, content: _RefType['NotebookContent'], dataPlatformInstance?: Maybe<_RefType['DataPlatformInstance']>, domain?: Maybe<_RefType['DomainAssociation']>, glossaryTerms?: Maybe<_RefType['GlossaryTerms']>, info?: Maybe<_RefType['NotebookInfo']>, institutionalMemory?: Maybe<_RefType['InstitutionalMemory']>, ownership?: Maybe<_RefType['Ownership']>, platform: _RefType['DataPlatform'], relationships?: Maybe<_RefType['EntityRelationshipsResult']>, tags?: Maybe<_RefType['GlobalTags']> } )
  ;
  Entity:
    | ( Omit<AccessTokenMetadata, 'relationships'> & { relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( Omit<Application, 'domain' | 'forms' | 'glossaryTerms' | 'institutionalMemory' | 'ownership' | 'properties' | 'relatedDocuments' | 'relationships' | 'structuredProperties' | 'tags'> & { domain?: Maybe<_RefType['DomainAssociation']>, forms?: Maybe<_RefType['Forms']>, glossaryTerms?: Maybe<_RefType['GlossaryTerms']>, institutionalMemory?: Maybe<_RefType['InstitutionalMemory']>, ownership?: Maybe<_RefType['Ownership']>, properties?: Maybe<_RefType['ApplicationProperties']>, relatedDocuments?: Maybe<_RefType['RelatedDocumentsResult']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']>, structuredProperties?: Maybe<_RefType['StructuredProperties']>, tags?: Maybe<_RefType['GlobalTags']> } )
    | ( Omit<Assertion, 'dataPlatformInstance' | 'info' | 'lineage' | 'platform' | 'relationships' | 'tags'> & { dataPlatformInstance?: Maybe<_RefType['DataPlatformInstance']>, info?: Maybe<_RefType['AssertionInfo']>, lineage?: Maybe<_RefType['EntityLineageResult']>, platform: _RefType['DataPlatform'], relationships?: Maybe<_RefType['EntityRelationshipsResult']>, tags?: Maybe<_RefType['GlobalTags']> } )
    | ( Omit<BusinessAttribute, 'institutionalMemory' | 'ownership' | 'properties' | 'relationships'> & { institutionalMemory?: Maybe<_RefType['InstitutionalMemory']>, ownership?: Maybe<_RefType['Ownership']>, properties?: Maybe<_RefType['BusinessAttributeInfo']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( Omit<Chart, 'application' | 'applications' | 'browsePathV2' | 'container' | 'dataPlatformInstance' | 'deprecation' | 'domain' | 'forms' | 'globalTags' | 'glossaryTerms' | 'incidents' | 'info' | 'inputFields' | 'institutionalMemory' | 'lineage' | 'ownership' | 'parentContainers' | 'platform' | 'properties' | 'relatedDocuments' | 'relationships' | 'statsSummary' | 'structuredProperties' | 'tags'> & { application?: Maybe<_RefType['ApplicationAssociation']>, applications?: Maybe<Array<_RefType['ApplicationAssociation']>>, browsePathV2?: Maybe<_RefType['BrowsePathV2']>, container?: Maybe<_RefType['Container']>, dataPlatformInstance?: Maybe<_RefType['DataPlatformInstance']>, deprecation?: Maybe<_RefType['Deprecation']>, domain?: Maybe<_RefType['DomainAssociation']>, forms?: Maybe<_RefType['Forms']>, globalTags?: Maybe<_RefType['GlobalTags']>, glossaryTerms?: Maybe<_RefType['GlossaryTerms']>, incidents?: Maybe<_RefType['EntityIncidentsResult']>, info?: Maybe<_RefType['ChartInfo']>, inputFields?: Maybe<_RefType['InputFields']>, institutionalMemory?: Maybe<_RefType['InstitutionalMemory']>, lineage?: Maybe<_RefType['EntityLineageResult']>, ownership?: Maybe<_RefType['Ownership']>, parentContainers?: Maybe<_RefType['ParentContainersResult']>, platform: _RefType['DataPlatform'], properties?: Maybe<_RefType['ChartProperties']>, relatedDocuments?: Maybe<_RefType['RelatedDocumentsResult']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']>, statsSummary?: Maybe<_RefType['ChartStatsSummary']>, structuredProperties?: Maybe<_RefType['StructuredProperties']>, tags?: Maybe<_RefType['GlobalTags']> } )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( Omit<Dashboard, 'application' | 'applications' | 'browsePathV2' | 'container' | 'dataPlatformInstance' | 'deprecation' | 'domain' | 'forms' | 'globalTags' | 'glossaryTerms' | 'incidents' | 'info' | 'inputFields' | 'institutionalMemory' | 'lineage' | 'ownership' | 'parentContainers' | 'platform' | 'properties' | 'relatedDocuments' | 'relationships' | 'statsSummary' | 'structuredProperties' | 'tags' | 'usageStats'> & { application?: Maybe<_RefType['ApplicationAssociation']>, applications?: Maybe<Array<_RefType['ApplicationAssociation']>>, browsePathV2?: Maybe<_RefType['BrowsePathV2']>, container?: Maybe<_RefType['Container']>, dataPlatformInstance?: Maybe<_RefType['DataPlatformInstance']>, deprecation?: Maybe<_RefType['Deprecation']>, domain?: Maybe<_RefType['DomainAssociation']>, forms?: Maybe<_RefType['Forms']>, globalTags?: Maybe<_RefType['GlobalTags']>, glossaryTerms?: Maybe<_RefType['GlossaryTerms']>, incidents?: Maybe<_RefType['EntityIncidentsResult']>, info?: Maybe<_RefType['DashboardInfo']>, inputFields?: Maybe<_RefType['InputFields']>, institutionalMemory?: Maybe<_RefType['InstitutionalMemory']>, lineage?: Maybe<_RefType['EntityLineageResult']>, ownership?: Maybe<_RefType['Ownership']>, parentContainers?: Maybe<_RefType['ParentContainersResult']>, platform: _RefType['DataPlatform'], properties?: Maybe<_RefType['DashboardProperties']>, relatedDocuments?: Maybe<_RefType['RelatedDocumentsResult']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']>, statsSummary?: Maybe<_RefType['DashboardStatsSummary']>, structuredProperties?: Maybe<_RefType['StructuredProperties']>, tags?: Maybe<_RefType['GlobalTags']>, usageStats?: Maybe<_RefType['DashboardUsageQueryResult']> } )
    | ( Omit<DataContract, 'properties' | 'relationships' | 'structuredProperties'> & { properties?: Maybe<_RefType['DataContractProperties']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']>, structuredProperties?: Maybe<_RefType['StructuredProperties']> } )
    | ( EntityRef )
    | ( Omit<DataHubConnection, 'platform' | 'relationships'> & { platform: _RefType['DataPlatform'], relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( Omit<DataHubFile, 'info' | 'relationships'> & { info: _RefType['DataHubFileInfo'], relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( Omit<DataHubPageModule, 'properties' | 'relationships'> & { properties: _RefType['DataHubPageModuleProperties'], relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( Omit<DataHubPageTemplate, 'properties' | 'relationships'> & { properties: _RefType['DataHubPageTemplateProperties'], relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( Omit<DataHubPolicy, 'actors' | 'relationships' | 'resources'> & { actors: _RefType['ActorFilter'], relationships?: Maybe<_RefType['EntityRelationshipsResult']>, resources?: Maybe<_RefType['ResourceFilter']> } )
    | ( Omit<DataHubRole, 'relationships'> & { relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( Omit<DataHubView, 'relationships'> & { relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( EntityRef )
    | ( EntityRef )
    | ( Omit<DataPlatformInstance, 'deprecation' | 'institutionalMemory' | 'ownership' | 'platform' | 'properties' | 'relationships' | 'tags'> & { deprecation?: Maybe<_RefType['Deprecation']>, institutionalMemory?: Maybe<_RefType['InstitutionalMemory']>, ownership?: Maybe<_RefType['Ownership']>, platform: _RefType['DataPlatform'], properties?: Maybe<_RefType['DataPlatformInstanceProperties']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']>, tags?: Maybe<_RefType['GlobalTags']> } )
    | ( EntityRef )
    | ( Omit<DataProduct, 'application' | 'applications' | 'domain' | 'entities' | 'forms' | 'glossaryTerms' | 'institutionalMemory' | 'ownership' | 'properties' | 'relatedDocuments' | 'relationships' | 'settings' | 'structuredProperties' | 'tags'> & { application?: Maybe<_RefType['ApplicationAssociation']>, applications?: Maybe<Array<_RefType['ApplicationAssociation']>>, domain?: Maybe<_RefType['DomainAssociation']>, entities?: Maybe<_RefType['SearchResults']>, forms?: Maybe<_RefType['Forms']>, glossaryTerms?: Maybe<_RefType['GlossaryTerms']>, institutionalMemory?: Maybe<_RefType['InstitutionalMemory']>, ownership?: Maybe<_RefType['Ownership']>, properties?: Maybe<_RefType['DataProductProperties']>, relatedDocuments?: Maybe<_RefType['RelatedDocumentsResult']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']>, settings?: Maybe<_RefType['AssetSettings']>, structuredProperties?: Maybe<_RefType['StructuredProperties']>, tags?: Maybe<_RefType['GlobalTags']> } )
    | ( Omit<DataTypeEntity, 'info' | 'relationships'> & { info: _RefType['DataTypeInfo'], relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( EntityRef )
    | ( Omit<Document, 'browsePathV2' | 'changeHistory' | 'dataPlatformInstance' | 'domain' | 'glossaryTerms' | 'info' | 'ownership' | 'parentDocuments' | 'platform' | 'relationships' | 'structuredProperties' | 'tags'> & { browsePathV2?: Maybe<_RefType['BrowsePathV2']>, changeHistory: Array<_RefType['DocumentChange']>, dataPlatformInstance?: Maybe<_RefType['DataPlatformInstance']>, domain?: Maybe<_RefType['DomainAssociation']>, glossaryTerms?: Maybe<_RefType['GlossaryTerms']>, info?: Maybe<_RefType['DocumentInfo']>, ownership?: Maybe<_RefType['Ownership']>, parentDocuments?: Maybe<_RefType['ParentDocumentsResult']>, platform: _RefType['DataPlatform'], relationships?: Maybe<_RefType['EntityRelationshipsResult']>, structuredProperties?: Maybe<_RefType['StructuredProperties']>, tags?: Maybe<_RefType['GlobalTags']> } )
    | ( EntityRef )
    | ( Omit<ERModelRelationship, 'glossaryTerms' | 'institutionalMemory' | 'lineage' | 'ownership' | 'properties' | 'relationships' | 'tags'> & { glossaryTerms?: Maybe<_RefType['GlossaryTerms']>, institutionalMemory?: Maybe<_RefType['InstitutionalMemory']>, lineage?: Maybe<_RefType['EntityLineageResult']>, ownership?: Maybe<_RefType['Ownership']>, properties?: Maybe<_RefType['ERModelRelationshipProperties']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']>, tags?: Maybe<_RefType['GlobalTags']> } )
    | ( Omit<EntityTypeEntity, 'info' | 'relationships'> & { info: _RefType['EntityTypeInfo'], relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( Omit<ExecutionRequest, 'input' | 'relationships' | 'source'> & { input: _RefType['ExecutionRequestInput'], relationships?: Maybe<_RefType['EntityRelationshipsResult']>, source?: Maybe<_RefType['IngestionSource']> } )
    | ( Omit<Form, 'info' | 'ownership' | 'relationships'> & { info: _RefType['FormInfo'], ownership?: Maybe<_RefType['Ownership']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( EntityRef )
    | ( EntityRef )
    | ( Omit<Incident, 'assignees' | 'created' | 'entity' | 'incidentStatus' | 'relationships' | 'source' | 'status' | 'tags'> & { assignees?: Maybe<Array<_RefType['OwnerType']>>, created: _RefType['AuditStamp'], entity: _RefType['Entity'], incidentStatus: _RefType['IncidentStatus'], relationships?: Maybe<_RefType['EntityRelationshipsResult']>, source?: Maybe<_RefType['IncidentSource']>, status: _RefType['IncidentStatus'], tags?: Maybe<_RefType['GlobalTags']> } )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( Omit<Notebook, 'application' | 'applications' | 'browsePathV2' | 'content' | 'dataPlatformInstance' | 'domain' | 'glossaryTerms' | 'info' | 'institutionalMemory' | 'ownership' | 'platform' | 'relationships' | 'tags'> & { application?: Maybe<_RefType['ApplicationAssociation']>, applications?: Maybe<Array<_RefType['ApplicationAssociation']>>, browsePathV2?: Maybe<_RefType['BrowsePathV2']>, content: _RefType['NotebookContent'], dataPlatformInstance?: Maybe<_RefType['DataPlatformInstance']>, domain?: Maybe<_RefType['DomainAssociation']>, glossaryTerms?: Maybe<_RefType['GlossaryTerms']>, info?: Maybe<_RefType['NotebookInfo']>, institutionalMemory?: Maybe<_RefType['InstitutionalMemory']>, ownership?: Maybe<_RefType['Ownership']>, platform: _RefType['DataPlatform'], relationships?: Maybe<_RefType['EntityRelationshipsResult']>, tags?: Maybe<_RefType['GlobalTags']> } )
    | ( DeploymentParent )
    | ( Omit<OwnershipTypeEntity, 'info' | 'relationships'> & { info?: Maybe<_RefType['OwnershipTypeInfo']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( Omit<Post, 'lastModified' | 'relationships'> & { lastModified: _RefType['AuditStamp'], relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( Omit<QueryEntity, 'platform' | 'properties' | 'relationships' | 'subjects'> & { platform?: Maybe<_RefType['DataPlatform']>, properties?: Maybe<_RefType['QueryProperties']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']>, subjects?: Maybe<Array<_RefType['QuerySubject']>> } )
    | ( Omit<Restricted, 'lineage' | 'relationships'> & { lineage?: Maybe<_RefType['EntityLineageResult']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( Omit<Role, 'actors' | 'relationships'> & { actors?: Maybe<_RefType['Actor']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( Omit<SchemaFieldEntity, 'businessAttributes' | 'deprecation' | 'documentation' | 'forms' | 'glossaryTerms' | 'lineage' | 'logicalParent' | 'parent' | 'relatedDocuments' | 'relationships' | 'structuredProperties' | 'tags'> & { businessAttributes?: Maybe<_RefType['BusinessAttributes']>, deprecation?: Maybe<_RefType['Deprecation']>, documentation?: Maybe<_RefType['Documentation']>, forms?: Maybe<_RefType['Forms']>, glossaryTerms?: Maybe<_RefType['GlossaryTerms']>, lineage?: Maybe<_RefType['EntityLineageResult']>, logicalParent?: Maybe<_RefType['Entity']>, parent: _RefType['Entity'], relatedDocuments?: Maybe<_RefType['RelatedDocumentsResult']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']>, structuredProperties?: Maybe<_RefType['StructuredProperties']>, tags?: Maybe<_RefType['GlobalTags']> } )
    | ( EntityRef )
    | ( EntityRef )
    | ( Omit<Test, 'definition' | 'relationships'> & { definition: _RefType['TestDefinition'], relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( EntityRef )
    | ( Omit<VersionedDataset, 'application' | 'applications' | 'container' | 'deprecation' | 'domain' | 'editableSchemaMetadata' | 'glossaryTerms' | 'institutionalMemory' | 'ownership' | 'parentContainers' | 'platform' | 'properties' | 'relationships' | 'schema' | 'tags'> & { application?: Maybe<_RefType['ApplicationAssociation']>, applications?: Maybe<Array<_RefType['ApplicationAssociation']>>, container?: Maybe<_RefType['Container']>, deprecation?: Maybe<_RefType['Deprecation']>, domain?: Maybe<_RefType['DomainAssociation']>, editableSchemaMetadata?: Maybe<_RefType['EditableSchemaMetadata']>, glossaryTerms?: Maybe<_RefType['GlossaryTerms']>, institutionalMemory?: Maybe<_RefType['InstitutionalMemory']>, ownership?: Maybe<_RefType['Ownership']>, parentContainers?: Maybe<_RefType['ParentContainersResult']>, platform: _RefType['DataPlatform'], properties?: Maybe<_RefType['DatasetProperties']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']>, schema?: Maybe<_RefType['Schema']>, tags?: Maybe<_RefType['GlobalTags']> } )
  ;
  EntityWithRelationships:
    | ( Omit<Assertion, 'dataPlatformInstance' | 'info' | 'lineage' | 'platform' | 'relationships' | 'tags'> & { dataPlatformInstance?: Maybe<_RefType['DataPlatformInstance']>, info?: Maybe<_RefType['AssertionInfo']>, lineage?: Maybe<_RefType['EntityLineageResult']>, platform: _RefType['DataPlatform'], relationships?: Maybe<_RefType['EntityRelationshipsResult']>, tags?: Maybe<_RefType['GlobalTags']> } )
    | ( Omit<Chart, 'application' | 'applications' | 'browsePathV2' | 'container' | 'dataPlatformInstance' | 'deprecation' | 'domain' | 'forms' | 'globalTags' | 'glossaryTerms' | 'incidents' | 'info' | 'inputFields' | 'institutionalMemory' | 'lineage' | 'ownership' | 'parentContainers' | 'platform' | 'properties' | 'relatedDocuments' | 'relationships' | 'statsSummary' | 'structuredProperties' | 'tags'> & { application?: Maybe<_RefType['ApplicationAssociation']>, applications?: Maybe<Array<_RefType['ApplicationAssociation']>>, browsePathV2?: Maybe<_RefType['BrowsePathV2']>, container?: Maybe<_RefType['Container']>, dataPlatformInstance?: Maybe<_RefType['DataPlatformInstance']>, deprecation?: Maybe<_RefType['Deprecation']>, domain?: Maybe<_RefType['DomainAssociation']>, forms?: Maybe<_RefType['Forms']>, globalTags?: Maybe<_RefType['GlobalTags']>, glossaryTerms?: Maybe<_RefType['GlossaryTerms']>, incidents?: Maybe<_RefType['EntityIncidentsResult']>, info?: Maybe<_RefType['ChartInfo']>, inputFields?: Maybe<_RefType['InputFields']>, institutionalMemory?: Maybe<_RefType['InstitutionalMemory']>, lineage?: Maybe<_RefType['EntityLineageResult']>, ownership?: Maybe<_RefType['Ownership']>, parentContainers?: Maybe<_RefType['ParentContainersResult']>, platform: _RefType['DataPlatform'], properties?: Maybe<_RefType['ChartProperties']>, relatedDocuments?: Maybe<_RefType['RelatedDocumentsResult']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']>, statsSummary?: Maybe<_RefType['ChartStatsSummary']>, structuredProperties?: Maybe<_RefType['StructuredProperties']>, tags?: Maybe<_RefType['GlobalTags']> } )
    | ( Omit<Dashboard, 'application' | 'applications' | 'browsePathV2' | 'container' | 'dataPlatformInstance' | 'deprecation' | 'domain' | 'forms' | 'globalTags' | 'glossaryTerms' | 'incidents' | 'info' | 'inputFields' | 'institutionalMemory' | 'lineage' | 'ownership' | 'parentContainers' | 'platform' | 'properties' | 'relatedDocuments' | 'relationships' | 'statsSummary' | 'structuredProperties' | 'tags' | 'usageStats'> & { application?: Maybe<_RefType['ApplicationAssociation']>, applications?: Maybe<Array<_RefType['ApplicationAssociation']>>, browsePathV2?: Maybe<_RefType['BrowsePathV2']>, container?: Maybe<_RefType['Container']>, dataPlatformInstance?: Maybe<_RefType['DataPlatformInstance']>, deprecation?: Maybe<_RefType['Deprecation']>, domain?: Maybe<_RefType['DomainAssociation']>, forms?: Maybe<_RefType['Forms']>, globalTags?: Maybe<_RefType['GlobalTags']>, glossaryTerms?: Maybe<_RefType['GlossaryTerms']>, incidents?: Maybe<_RefType['EntityIncidentsResult']>, info?: Maybe<_RefType['DashboardInfo']>, inputFields?: Maybe<_RefType['InputFields']>, institutionalMemory?: Maybe<_RefType['InstitutionalMemory']>, lineage?: Maybe<_RefType['EntityLineageResult']>, ownership?: Maybe<_RefType['Ownership']>, parentContainers?: Maybe<_RefType['ParentContainersResult']>, platform: _RefType['DataPlatform'], properties?: Maybe<_RefType['DashboardProperties']>, relatedDocuments?: Maybe<_RefType['RelatedDocumentsResult']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']>, statsSummary?: Maybe<_RefType['DashboardStatsSummary']>, structuredProperties?: Maybe<_RefType['StructuredProperties']>, tags?: Maybe<_RefType['GlobalTags']>, usageStats?: Maybe<_RefType['DashboardUsageQueryResult']> } )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( Omit<ERModelRelationship, 'glossaryTerms' | 'institutionalMemory' | 'lineage' | 'ownership' | 'properties' | 'relationships' | 'tags'> & { glossaryTerms?: Maybe<_RefType['GlossaryTerms']>, institutionalMemory?: Maybe<_RefType['InstitutionalMemory']>, lineage?: Maybe<_RefType['EntityLineageResult']>, ownership?: Maybe<_RefType['Ownership']>, properties?: Maybe<_RefType['ERModelRelationshipProperties']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']>, tags?: Maybe<_RefType['GlobalTags']> } )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( EntityRef )
    | ( Omit<Restricted, 'lineage' | 'relationships'> & { lineage?: Maybe<_RefType['EntityLineageResult']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']> } )
    | ( Omit<SchemaFieldEntity, 'businessAttributes' | 'deprecation' | 'documentation' | 'forms' | 'glossaryTerms' | 'lineage' | 'logicalParent' | 'parent' | 'relatedDocuments' | 'relationships' | 'structuredProperties' | 'tags'> & { businessAttributes?: Maybe<_RefType['BusinessAttributes']>, deprecation?: Maybe<_RefType['Deprecation']>, documentation?: Maybe<_RefType['Documentation']>, forms?: Maybe<_RefType['Forms']>, glossaryTerms?: Maybe<_RefType['GlossaryTerms']>, lineage?: Maybe<_RefType['EntityLineageResult']>, logicalParent?: Maybe<_RefType['Entity']>, parent: _RefType['Entity'], relatedDocuments?: Maybe<_RefType['RelatedDocumentsResult']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']>, structuredProperties?: Maybe<_RefType['StructuredProperties']>, tags?: Maybe<_RefType['GlobalTags']> } )
  ;
  HasLogicalParent:
    | ( EntityRef )
    | ( Omit<SchemaFieldEntity, 'businessAttributes' | 'deprecation' | 'documentation' | 'forms' | 'glossaryTerms' | 'lineage' | 'logicalParent' | 'parent' | 'relatedDocuments' | 'relationships' | 'structuredProperties' | 'tags'> & { businessAttributes?: Maybe<_RefType['BusinessAttributes']>, deprecation?: Maybe<_RefType['Deprecation']>, documentation?: Maybe<_RefType['Documentation']>, forms?: Maybe<_RefType['Forms']>, glossaryTerms?: Maybe<_RefType['GlossaryTerms']>, lineage?: Maybe<_RefType['EntityLineageResult']>, logicalParent?: Maybe<_RefType['Entity']>, parent: _RefType['Entity'], relatedDocuments?: Maybe<_RefType['RelatedDocumentsResult']>, relationships?: Maybe<_RefType['EntityRelationshipsResult']>, structuredProperties?: Maybe<_RefType['StructuredProperties']>, tags?: Maybe<_RefType['GlobalTags']> } )
  ;
  SupportsVersions:
    | ( EntityRef )
    | ( EntityRef )
  ;
  TimeSeriesAspect:
    | ( AssertionRunEvent )
    | ( DashboardUsageMetrics )
    | ( DataProcessRunEvent )
    | ( DatasetProfile )
    | ( Operation )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptRoleInput: AcceptRoleInput;
  Access: ResolverTypeWrapper<Omit<Access, 'roles'> & { roles?: Maybe<Array<ResolversTypes['RoleAssociation']>> }>;
  AccessLevel: AccessLevel;
  AccessToken: ResolverTypeWrapper<Omit<AccessToken, 'metadata'> & { metadata?: Maybe<ResolversTypes['AccessTokenMetadata']> }>;
  AccessTokenDuration: AccessTokenDuration;
  AccessTokenMetadata: ResolverTypeWrapper<Omit<AccessTokenMetadata, 'relationships'> & { relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']> }>;
  AccessTokenType: AccessTokenType;
  ActiveIncidentHealthDetails: ResolverTypeWrapper<ActiveIncidentHealthDetails>;
  Actor: ResolverTypeWrapper<Omit<Actor, 'groups' | 'users'> & { groups?: Maybe<Array<ResolversTypes['RoleGroup']>>, users?: Maybe<Array<ResolversTypes['RoleUser']>> }>;
  ActorFilter: ResolverTypeWrapper<Omit<ActorFilter, 'resolvedGroups' | 'resolvedOwnershipTypes' | 'resolvedRoles' | 'resolvedUsers'> & { resolvedGroups?: Maybe<Array<ResolversTypes['CorpGroup']>>, resolvedOwnershipTypes?: Maybe<Array<ResolversTypes['OwnershipTypeEntity']>>, resolvedRoles?: Maybe<Array<ResolversTypes['DataHubRole']>>, resolvedUsers?: Maybe<Array<ResolversTypes['CorpUser']>> }>;
  ActorFilterInput: ActorFilterInput;
  AddBusinessAttributeInput: AddBusinessAttributeInput;
  AddGroupMembersInput: AddGroupMembersInput;
  AddLinkInput: AddLinkInput;
  AddNativeGroupMembersInput: AddNativeGroupMembersInput;
  AddOwnerInput: AddOwnerInput;
  AddOwnersInput: AddOwnersInput;
  AddTagsInput: AddTagsInput;
  AddTermsInput: AddTermsInput;
  AggregateAcrossEntitiesInput: AggregateAcrossEntitiesInput;
  AggregateResults: ResolverTypeWrapper<Omit<AggregateResults, 'facets'> & { facets?: Maybe<Array<ResolversTypes['FacetMetadata']>> }>;
  AggregationMetadata: ResolverTypeWrapper<Omit<AggregationMetadata, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  AllowedValue: ResolverTypeWrapper<Omit<AllowedValue, 'value'> & { value: ResolversTypes['PropertyValue'] }>;
  AllowedValueInput: AllowedValueInput;
  AnalyticsChart: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AnalyticsChart']>;
  AnalyticsChartGroup: ResolverTypeWrapper<Omit<AnalyticsChartGroup, 'charts'> & { charts: Array<ResolversTypes['AnalyticsChart']> }>;
  AnalyticsConfig: ResolverTypeWrapper<AnalyticsConfig>;
  AndFilterInput: AndFilterInput;
  AppConfig: ResolverTypeWrapper<AppConfig>;
  Application: ResolverTypeWrapper<Omit<Application, 'domain' | 'forms' | 'glossaryTerms' | 'institutionalMemory' | 'ownership' | 'properties' | 'relatedDocuments' | 'relationships' | 'structuredProperties' | 'tags'> & { domain?: Maybe<ResolversTypes['DomainAssociation']>, forms?: Maybe<ResolversTypes['Forms']>, glossaryTerms?: Maybe<ResolversTypes['GlossaryTerms']>, institutionalMemory?: Maybe<ResolversTypes['InstitutionalMemory']>, ownership?: Maybe<ResolversTypes['Ownership']>, properties?: Maybe<ResolversTypes['ApplicationProperties']>, relatedDocuments?: Maybe<ResolversTypes['RelatedDocumentsResult']>, relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']>, structuredProperties?: Maybe<ResolversTypes['StructuredProperties']>, tags?: Maybe<ResolversTypes['GlobalTags']> }>;
  ApplicationAssociation: ResolverTypeWrapper<Omit<ApplicationAssociation, 'application'> & { application: ResolversTypes['Application'] }>;
  ApplicationConfig: ResolverTypeWrapper<ApplicationConfig>;
  ApplicationEntitiesInput: ApplicationEntitiesInput;
  ApplicationProperties: ResolverTypeWrapper<Omit<ApplicationProperties, 'customProperties'> & { customProperties?: Maybe<Array<ResolversTypes['CustomPropertiesEntry']>> }>;
  ArrayPrimaryKeyInput: ArrayPrimaryKeyInput;
  Aspect: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Aspect']>;
  AspectParams: AspectParams;
  AspectRenderSpec: ResolverTypeWrapper<AspectRenderSpec>;
  Assertion: ResolverTypeWrapper<Omit<Assertion, 'dataPlatformInstance' | 'info' | 'lineage' | 'platform' | 'relationships' | 'tags'> & { dataPlatformInstance?: Maybe<ResolversTypes['DataPlatformInstance']>, info?: Maybe<ResolversTypes['AssertionInfo']>, lineage?: Maybe<ResolversTypes['EntityLineageResult']>, platform: ResolversTypes['DataPlatform'], relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']>, tags?: Maybe<ResolversTypes['GlobalTags']> }>;
  AssertionAction: ResolverTypeWrapper<AssertionAction>;
  AssertionActionType: AssertionActionType;
  AssertionActions: ResolverTypeWrapper<AssertionActions>;
  AssertionHealthStatusByType: ResolverTypeWrapper<AssertionHealthStatusByType>;
  AssertionInfo: ResolverTypeWrapper<Omit<AssertionInfo, 'lastUpdated' | 'schemaAssertion' | 'source'> & { lastUpdated?: Maybe<ResolversTypes['AuditStamp']>, schemaAssertion?: Maybe<ResolversTypes['SchemaAssertionInfo']>, source?: Maybe<ResolversTypes['AssertionSource']> }>;
  AssertionResult: ResolverTypeWrapper<AssertionResult>;
  AssertionResultError: ResolverTypeWrapper<AssertionResultError>;
  AssertionResultErrorInput: AssertionResultErrorInput;
  AssertionResultErrorType: AssertionResultErrorType;
  AssertionResultInput: AssertionResultInput;
  AssertionResultType: AssertionResultType;
  AssertionRunEvent: ResolverTypeWrapper<AssertionRunEvent>;
  AssertionRunEventsResult: ResolverTypeWrapper<AssertionRunEventsResult>;
  AssertionRunStatus: AssertionRunStatus;
  AssertionSource: ResolverTypeWrapper<Omit<AssertionSource, 'created'> & { created?: Maybe<ResolversTypes['AuditStamp']> }>;
  AssertionSourceType: AssertionSourceType;
  AssertionStdAggregation: AssertionStdAggregation;
  AssertionStdOperator: AssertionStdOperator;
  AssertionStdParameter: ResolverTypeWrapper<AssertionStdParameter>;
  AssertionStdParameterType: AssertionStdParameterType;
  AssertionStdParameters: ResolverTypeWrapper<AssertionStdParameters>;
  AssertionType: AssertionType;
  AssertionValueChangeType: AssertionValueChangeType;
  AssetCollectionModuleParams: ResolverTypeWrapper<AssetCollectionModuleParams>;
  AssetCollectionModuleParamsInput: AssetCollectionModuleParamsInput;
  AssetSettings: ResolverTypeWrapper<Omit<AssetSettings, 'assetSummary'> & { assetSummary?: Maybe<ResolversTypes['AssetSummarySettings']> }>;
  AssetStatsResult: ResolverTypeWrapper<AssetStatsResult>;
  AssetSummarySettings: ResolverTypeWrapper<Omit<AssetSummarySettings, 'templates'> & { templates?: Maybe<Array<ResolversTypes['AssetSummarySettingsTemplate']>> }>;
  AssetSummarySettingsTemplate: ResolverTypeWrapper<Omit<AssetSummarySettingsTemplate, 'template'> & { template?: Maybe<ResolversTypes['DataHubPageTemplate']> }>;
  AuditStamp: ResolverTypeWrapper<AuditStamp>;
  AuthConfig: ResolverTypeWrapper<AuthConfig>;
  AuthenticatedUser: ResolverTypeWrapper<Omit<AuthenticatedUser, 'corpUser'> & { corpUser: ResolversTypes['CorpUser'] }>;
  AutoCompleteInput: AutoCompleteInput;
  AutoCompleteMultipleInput: AutoCompleteMultipleInput;
  AutoCompleteMultipleResults: ResolverTypeWrapper<Omit<AutoCompleteMultipleResults, 'suggestions'> & { suggestions: Array<ResolversTypes['AutoCompleteResultForEntity']> }>;
  AutoCompleteResultForEntity: ResolverTypeWrapper<Omit<AutoCompleteResultForEntity, 'entities'> & { entities: Array<ResolversTypes['Entity']> }>;
  AutoCompleteResults: ResolverTypeWrapper<Omit<AutoCompleteResults, 'entities'> & { entities: Array<ResolversTypes['Entity']> }>;
  BarChart: ResolverTypeWrapper<BarChart>;
  BarSegment: ResolverTypeWrapper<BarSegment>;
  BaseData: ResolverTypeWrapper<BaseData>;
  BatchAddOwnersInput: BatchAddOwnersInput;
  BatchAddTagsInput: BatchAddTagsInput;
  BatchAddTermsInput: BatchAddTermsInput;
  BatchAssignFormInput: BatchAssignFormInput;
  BatchAssignRoleInput: BatchAssignRoleInput;
  BatchDatasetUpdateInput: BatchDatasetUpdateInput;
  BatchGetStepStatesInput: BatchGetStepStatesInput;
  BatchGetStepStatesResult: ResolverTypeWrapper<BatchGetStepStatesResult>;
  BatchRemoveFormInput: BatchRemoveFormInput;
  BatchRemoveOwnersInput: BatchRemoveOwnersInput;
  BatchRemoveTagsInput: BatchRemoveTagsInput;
  BatchRemoveTermsInput: BatchRemoveTermsInput;
  BatchSetApplicationInput: BatchSetApplicationInput;
  BatchSetDataProductInput: BatchSetDataProductInput;
  BatchSetDomainInput: BatchSetDomainInput;
  BatchSpec: ResolverTypeWrapper<BatchSpec>;
  BatchUnsetApplicationInput: BatchUnsetApplicationInput;
  BatchUpdateDeprecationInput: BatchUpdateDeprecationInput;
  BatchUpdateSoftDeletedInput: BatchUpdateSoftDeletedInput;
  BatchUpdateStepStatesInput: BatchUpdateStepStatesInput;
  BatchUpdateStepStatesResult: ResolverTypeWrapper<BatchUpdateStepStatesResult>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BooleanBox: ResolverTypeWrapper<BooleanBoxParent>;
  BrowsableEntity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['BrowsableEntity']>;
  BrowseInput: BrowseInput;
  BrowsePath: ResolverTypeWrapper<BrowsePath>;
  BrowsePathEntry: ResolverTypeWrapper<Omit<BrowsePathEntry, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  BrowsePathV2: ResolverTypeWrapper<Omit<BrowsePathV2, 'path'> & { path: Array<ResolversTypes['BrowsePathEntry']> }>;
  BrowsePathsInput: BrowsePathsInput;
  BrowseResultGroup: ResolverTypeWrapper<BrowseResultGroup>;
  BrowseResultGroupV2: ResolverTypeWrapper<Omit<BrowseResultGroupV2, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  BrowseResultMetadata: ResolverTypeWrapper<BrowseResultMetadata>;
  BrowseResults: ResolverTypeWrapper<Omit<BrowseResults, 'entities'> & { entities: Array<ResolversTypes['Entity']> }>;
  BrowseResultsV2: ResolverTypeWrapper<Omit<BrowseResultsV2, 'groups'> & { groups: Array<ResolversTypes['BrowseResultGroupV2']> }>;
  BrowseV2Input: BrowseV2Input;
  BucketStorageLocation: ResolverTypeWrapper<BucketStorageLocation>;
  BusinessAttribute: ResolverTypeWrapper<Omit<BusinessAttribute, 'institutionalMemory' | 'ownership' | 'properties' | 'relationships'> & { institutionalMemory?: Maybe<ResolversTypes['InstitutionalMemory']>, ownership?: Maybe<ResolversTypes['Ownership']>, properties?: Maybe<ResolversTypes['BusinessAttributeInfo']>, relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']> }>;
  BusinessAttributeAssociation: ResolverTypeWrapper<Omit<BusinessAttributeAssociation, 'businessAttribute'> & { businessAttribute: ResolversTypes['BusinessAttribute'] }>;
  BusinessAttributeInfo: ResolverTypeWrapper<Omit<BusinessAttributeInfo, 'created' | 'customProperties' | 'deleted' | 'glossaryTerms' | 'lastModified' | 'tags'> & { created: ResolversTypes['AuditStamp'], customProperties?: Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, deleted?: Maybe<ResolversTypes['AuditStamp']>, glossaryTerms?: Maybe<ResolversTypes['GlossaryTerms']>, lastModified: ResolversTypes['AuditStamp'], tags?: Maybe<ResolversTypes['GlobalTags']> }>;
  BusinessAttributeInfoInput: BusinessAttributeInfoInput;
  BusinessAttributes: ResolverTypeWrapper<Omit<BusinessAttributes, 'businessAttribute'> & { businessAttribute?: Maybe<ResolversTypes['BusinessAttributeAssociation']> }>;
  CancelIngestionExecutionRequestInput: CancelIngestionExecutionRequestInput;
  CaveatDetails: ResolverTypeWrapper<CaveatDetails>;
  CaveatsAndRecommendations: ResolverTypeWrapper<CaveatsAndRecommendations>;
  Cell: ResolverTypeWrapper<Omit<Cell, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  ChangeAuditStamps: ResolverTypeWrapper<Omit<ChangeAuditStamps, 'created' | 'deleted' | 'lastModified'> & { created: ResolversTypes['AuditStamp'], deleted?: Maybe<ResolversTypes['AuditStamp']>, lastModified: ResolversTypes['AuditStamp'] }>;
  ChangeCategoryType: ChangeCategoryType;
  ChangeEvent: ResolverTypeWrapper<Omit<ChangeEvent, 'auditStamp'> & { auditStamp?: Maybe<ResolversTypes['AuditStamp']> }>;
  ChangeOperationType: ChangeOperationType;
  ChangeTransaction: ResolverTypeWrapper<Omit<ChangeTransaction, 'changes'> & { changes?: Maybe<Array<ResolversTypes['ChangeEvent']>> }>;
  Chart: ResolverTypeWrapper<Omit<Chart, 'application' | 'applications' | 'browsePathV2' | 'container' | 'dataPlatformInstance' | 'deprecation' | 'domain' | 'forms' | 'globalTags' | 'glossaryTerms' | 'incidents' | 'info' | 'inputFields' | 'institutionalMemory' | 'lineage' | 'ownership' | 'parentContainers' | 'platform' | 'properties' | 'relatedDocuments' | 'relationships' | 'statsSummary' | 'structuredProperties' | 'tags'> & { application?: Maybe<ResolversTypes['ApplicationAssociation']>, applications?: Maybe<Array<ResolversTypes['ApplicationAssociation']>>, browsePathV2?: Maybe<ResolversTypes['BrowsePathV2']>, container?: Maybe<ResolversTypes['Container']>, dataPlatformInstance?: Maybe<ResolversTypes['DataPlatformInstance']>, deprecation?: Maybe<ResolversTypes['Deprecation']>, domain?: Maybe<ResolversTypes['DomainAssociation']>, forms?: Maybe<ResolversTypes['Forms']>, globalTags?: Maybe<ResolversTypes['GlobalTags']>, glossaryTerms?: Maybe<ResolversTypes['GlossaryTerms']>, incidents?: Maybe<ResolversTypes['EntityIncidentsResult']>, info?: Maybe<ResolversTypes['ChartInfo']>, inputFields?: Maybe<ResolversTypes['InputFields']>, institutionalMemory?: Maybe<ResolversTypes['InstitutionalMemory']>, lineage?: Maybe<ResolversTypes['EntityLineageResult']>, ownership?: Maybe<ResolversTypes['Ownership']>, parentContainers?: Maybe<ResolversTypes['ParentContainersResult']>, platform: ResolversTypes['DataPlatform'], properties?: Maybe<ResolversTypes['ChartProperties']>, relatedDocuments?: Maybe<ResolversTypes['RelatedDocumentsResult']>, relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']>, statsSummary?: Maybe<ResolversTypes['ChartStatsSummary']>, structuredProperties?: Maybe<ResolversTypes['StructuredProperties']>, tags?: Maybe<ResolversTypes['GlobalTags']> }>;
  ChartCell: ResolverTypeWrapper<Omit<ChartCell, 'changeAuditStamps'> & { changeAuditStamps?: Maybe<ResolversTypes['ChangeAuditStamps']> }>;
  ChartEditableProperties: ResolverTypeWrapper<ChartEditableProperties>;
  ChartEditablePropertiesUpdate: ChartEditablePropertiesUpdate;
  ChartInfo: ResolverTypeWrapper<Omit<ChartInfo, 'created' | 'customProperties' | 'deleted' | 'inputs' | 'lastModified'> & { created: ResolversTypes['AuditStamp'], customProperties?: Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, deleted?: Maybe<ResolversTypes['AuditStamp']>, inputs?: Maybe<Array<ResolversTypes['Dataset']>>, lastModified: ResolversTypes['AuditStamp'] }>;
  ChartProperties: ResolverTypeWrapper<Omit<ChartProperties, 'created' | 'customProperties' | 'deleted' | 'lastModified'> & { created: ResolversTypes['AuditStamp'], customProperties?: Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, deleted?: Maybe<ResolversTypes['AuditStamp']>, lastModified: ResolversTypes['AuditStamp'] }>;
  ChartQuery: ResolverTypeWrapper<ChartQuery>;
  ChartQueryType: ChartQueryType;
  ChartStatsSummary: ResolverTypeWrapper<Omit<ChartStatsSummary, 'topUsersLast30Days'> & { topUsersLast30Days?: Maybe<Array<ResolversTypes['CorpUser']>> }>;
  ChartType: ChartType;
  ChartUpdateInput: ChartUpdateInput;
  ChromeExtensionConfig: ResolverTypeWrapper<ChromeExtensionConfig>;
  Container: ResolverTypeWrapper<EntityRef>;
  ContainerEditableProperties: ResolverTypeWrapper<ContainerEditableProperties>;
  ContainerEntitiesInput: ContainerEntitiesInput;
  ContainerProperties: ResolverTypeWrapper<ContainerPropertiesParent>;
  ContentParams: ResolverTypeWrapper<ContentParams>;
  CorpGroup: ResolverTypeWrapper<EntityRef>;
  CorpGroupEditableProperties: ResolverTypeWrapper<CorpGroupEditableProperties>;
  CorpGroupInfo: ResolverTypeWrapper<Omit<CorpGroupInfo, 'admins' | 'members'> & { admins?: Maybe<Array<ResolversTypes['CorpUser']>>, members?: Maybe<Array<ResolversTypes['CorpUser']>> }>;
  CorpGroupProperties: ResolverTypeWrapper<CorpGroupProperties>;
  CorpGroupUpdateInput: CorpGroupUpdateInput;
  CorpUser: ResolverTypeWrapper<EntityRef>;
  CorpUserAppearanceSettings: ResolverTypeWrapper<CorpUserAppearanceSettings>;
  CorpUserEditableInfo: ResolverTypeWrapper<CorpUserEditableInfo>;
  CorpUserEditableProperties: ResolverTypeWrapper<Omit<CorpUserEditableProperties, 'persona' | 'platforms'> & { persona?: Maybe<ResolversTypes['DataHubPersona']>, platforms?: Maybe<Array<ResolversTypes['DataPlatform']>> }>;
  CorpUserHomePageSettings: ResolverTypeWrapper<Omit<CorpUserHomePageSettings, 'pageTemplate'> & { pageTemplate?: Maybe<ResolversTypes['DataHubPageTemplate']> }>;
  CorpUserInfo: ResolverTypeWrapper<Omit<CorpUserInfo, 'customProperties' | 'manager'> & { customProperties?: Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, manager?: Maybe<ResolversTypes['CorpUser']> }>;
  CorpUserProperties: ResolverTypeWrapper<Omit<CorpUserProperties, 'customProperties' | 'manager'> & { customProperties?: Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, manager?: Maybe<ResolversTypes['CorpUser']> }>;
  CorpUserSettings: ResolverTypeWrapper<Omit<CorpUserSettings, 'appearance' | 'homePage' | 'views'> & { appearance?: Maybe<ResolversTypes['CorpUserAppearanceSettings']>, homePage?: Maybe<ResolversTypes['CorpUserHomePageSettings']>, views?: Maybe<ResolversTypes['CorpUserViewsSettings']> }>;
  CorpUserStatus: CorpUserStatus;
  CorpUserUpdateInput: CorpUserUpdateInput;
  CorpUserViewsSettings: ResolverTypeWrapper<Omit<CorpUserViewsSettings, 'defaultView'> & { defaultView?: Maybe<ResolversTypes['DataHubView']> }>;
  Cost: ResolverTypeWrapper<Cost>;
  CostType: CostType;
  CostValue: ResolverTypeWrapper<CostValue>;
  CreateAccessTokenInput: CreateAccessTokenInput;
  CreateApplicationInput: CreateApplicationInput;
  CreateApplicationPropertiesInput: CreateApplicationPropertiesInput;
  CreateBusinessAttributeInput: CreateBusinessAttributeInput;
  CreateDataHubFileInput: CreateDataHubFileInput;
  CreateDataHubFileResponse: ResolverTypeWrapper<Omit<CreateDataHubFileResponse, 'file'> & { file: ResolversTypes['DataHubFile'] }>;
  CreateDataProductInput: CreateDataProductInput;
  CreateDataProductPropertiesInput: CreateDataProductPropertiesInput;
  CreateDocumentInput: CreateDocumentInput;
  CreateDomainInput: CreateDomainInput;
  CreateDynamicFormAssignmentInput: CreateDynamicFormAssignmentInput;
  CreateFormInput: CreateFormInput;
  CreateGlossaryEntityInput: CreateGlossaryEntityInput;
  CreateGroupInput: CreateGroupInput;
  CreateIngestionExecutionRequestInput: CreateIngestionExecutionRequestInput;
  CreateInviteTokenInput: CreateInviteTokenInput;
  CreateNativeUserResetTokenInput: CreateNativeUserResetTokenInput;
  CreateOwnershipTypeInput: CreateOwnershipTypeInput;
  CreatePostInput: CreatePostInput;
  CreatePromptInput: CreatePromptInput;
  CreateQueryInput: CreateQueryInput;
  CreateQueryPropertiesInput: CreateQueryPropertiesInput;
  CreateQuerySubjectInput: CreateQuerySubjectInput;
  CreateSecretInput: CreateSecretInput;
  CreateStructuredPropertyInput: CreateStructuredPropertyInput;
  CreateTagInput: CreateTagInput;
  CreateTestConnectionRequestInput: CreateTestConnectionRequestInput;
  CreateTestInput: CreateTestInput;
  CreateViewInput: CreateViewInput;
  CronSchedule: ResolverTypeWrapper<CronSchedule>;
  CustomAssertionInfo: ResolverTypeWrapper<CustomAssertionInfo>;
  CustomPropertiesEntry: ResolverTypeWrapper<CustomPropertiesEntry>;
  Dashboard: ResolverTypeWrapper<Omit<Dashboard, 'application' | 'applications' | 'browsePathV2' | 'container' | 'dataPlatformInstance' | 'deprecation' | 'domain' | 'forms' | 'globalTags' | 'glossaryTerms' | 'incidents' | 'info' | 'inputFields' | 'institutionalMemory' | 'lineage' | 'ownership' | 'parentContainers' | 'platform' | 'properties' | 'relatedDocuments' | 'relationships' | 'statsSummary' | 'structuredProperties' | 'tags' | 'usageStats'> & { application?: Maybe<ResolversTypes['ApplicationAssociation']>, applications?: Maybe<Array<ResolversTypes['ApplicationAssociation']>>, browsePathV2?: Maybe<ResolversTypes['BrowsePathV2']>, container?: Maybe<ResolversTypes['Container']>, dataPlatformInstance?: Maybe<ResolversTypes['DataPlatformInstance']>, deprecation?: Maybe<ResolversTypes['Deprecation']>, domain?: Maybe<ResolversTypes['DomainAssociation']>, forms?: Maybe<ResolversTypes['Forms']>, globalTags?: Maybe<ResolversTypes['GlobalTags']>, glossaryTerms?: Maybe<ResolversTypes['GlossaryTerms']>, incidents?: Maybe<ResolversTypes['EntityIncidentsResult']>, info?: Maybe<ResolversTypes['DashboardInfo']>, inputFields?: Maybe<ResolversTypes['InputFields']>, institutionalMemory?: Maybe<ResolversTypes['InstitutionalMemory']>, lineage?: Maybe<ResolversTypes['EntityLineageResult']>, ownership?: Maybe<ResolversTypes['Ownership']>, parentContainers?: Maybe<ResolversTypes['ParentContainersResult']>, platform: ResolversTypes['DataPlatform'], properties?: Maybe<ResolversTypes['DashboardProperties']>, relatedDocuments?: Maybe<ResolversTypes['RelatedDocumentsResult']>, relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']>, statsSummary?: Maybe<ResolversTypes['DashboardStatsSummary']>, structuredProperties?: Maybe<ResolversTypes['StructuredProperties']>, tags?: Maybe<ResolversTypes['GlobalTags']>, usageStats?: Maybe<ResolversTypes['DashboardUsageQueryResult']> }>;
  DashboardEditableProperties: ResolverTypeWrapper<DashboardEditableProperties>;
  DashboardEditablePropertiesUpdate: DashboardEditablePropertiesUpdate;
  DashboardInfo: ResolverTypeWrapper<Omit<DashboardInfo, 'charts' | 'created' | 'customProperties' | 'deleted' | 'lastModified'> & { charts: Array<ResolversTypes['Chart']>, created: ResolversTypes['AuditStamp'], customProperties?: Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, deleted?: Maybe<ResolversTypes['AuditStamp']>, lastModified: ResolversTypes['AuditStamp'] }>;
  DashboardProperties: ResolverTypeWrapper<Omit<DashboardProperties, 'created' | 'customProperties' | 'deleted' | 'lastModified'> & { created: ResolversTypes['AuditStamp'], customProperties?: Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, deleted?: Maybe<ResolversTypes['AuditStamp']>, lastModified: ResolversTypes['AuditStamp'] }>;
  DashboardStatsSummary: ResolverTypeWrapper<Omit<DashboardStatsSummary, 'topUsersLast30Days'> & { topUsersLast30Days?: Maybe<Array<ResolversTypes['CorpUser']>> }>;
  DashboardUpdateInput: DashboardUpdateInput;
  DashboardUsageAggregation: ResolverTypeWrapper<DashboardUsageAggregation>;
  DashboardUsageAggregationMetrics: ResolverTypeWrapper<DashboardUsageAggregationMetrics>;
  DashboardUsageMetrics: ResolverTypeWrapper<DashboardUsageMetrics>;
  DashboardUsageQueryResult: ResolverTypeWrapper<Omit<DashboardUsageQueryResult, 'aggregations'> & { aggregations?: Maybe<ResolversTypes['DashboardUsageQueryResultAggregations']> }>;
  DashboardUsageQueryResultAggregations: ResolverTypeWrapper<Omit<DashboardUsageQueryResultAggregations, 'users'> & { users?: Maybe<Array<Maybe<ResolversTypes['DashboardUserUsageCounts']>>> }>;
  DashboardUserUsageCounts: ResolverTypeWrapper<Omit<DashboardUserUsageCounts, 'user'> & { user?: Maybe<ResolversTypes['CorpUser']> }>;
  DataContract: ResolverTypeWrapper<Omit<DataContract, 'properties' | 'relationships' | 'structuredProperties'> & { properties?: Maybe<ResolversTypes['DataContractProperties']>, relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']>, structuredProperties?: Maybe<ResolversTypes['StructuredProperties']> }>;
  DataContractProperties: ResolverTypeWrapper<Omit<DataContractProperties, 'dataQuality' | 'freshness' | 'schema'> & { dataQuality?: Maybe<Array<ResolversTypes['DataQualityContract']>>, freshness?: Maybe<Array<ResolversTypes['FreshnessContract']>>, schema?: Maybe<Array<ResolversTypes['SchemaContract']>> }>;
  DataContractState: DataContractState;
  DataContractStatus: ResolverTypeWrapper<DataContractStatus>;
  DataFlow: ResolverTypeWrapper<EntityRef>;
  DataFlowDataJobsRelationships: ResolverTypeWrapper<Omit<DataFlowDataJobsRelationships, 'entities'> & { entities?: Maybe<Array<Maybe<ResolversTypes['EntityRelationshipLegacy']>>> }>;
  DataFlowEditableProperties: ResolverTypeWrapper<DataFlowEditableProperties>;
  DataFlowEditablePropertiesUpdate: DataFlowEditablePropertiesUpdate;
  DataFlowInfo: ResolverTypeWrapper<Omit<DataFlowInfo, 'customProperties'> & { customProperties?: Maybe<Array<ResolversTypes['CustomPropertiesEntry']>> }>;
  DataFlowProperties: ResolverTypeWrapper<DataFlowPropertiesParent>;
  DataFlowUpdateInput: DataFlowUpdateInput;
  DataHubConnection: ResolverTypeWrapper<Omit<DataHubConnection, 'platform' | 'relationships'> & { platform: ResolversTypes['DataPlatform'], relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']> }>;
  DataHubConnectionDetails: ResolverTypeWrapper<DataHubConnectionDetails>;
  DataHubConnectionDetailsType: DataHubConnectionDetailsType;
  DataHubFile: ResolverTypeWrapper<Omit<DataHubFile, 'info' | 'relationships'> & { info: ResolversTypes['DataHubFileInfo'], relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']> }>;
  DataHubFileInfo: ResolverTypeWrapper<Omit<DataHubFileInfo, 'bucketStorageLocation' | 'created' | 'referencedByAsset' | 'schemaField'> & { bucketStorageLocation: ResolversTypes['BucketStorageLocation'], created: ResolversTypes['ResolvedAuditStamp'], referencedByAsset?: Maybe<ResolversTypes['Entity']>, schemaField?: Maybe<ResolversTypes['SchemaFieldEntity']> }>;
  DataHubJsonConnection: ResolverTypeWrapper<DataHubJsonConnection>;
  DataHubJsonConnectionInput: DataHubJsonConnectionInput;
  DataHubPageModule: ResolverTypeWrapper<Omit<DataHubPageModule, 'properties' | 'relationships'> & { properties: ResolversTypes['DataHubPageModuleProperties'], relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']> }>;
  DataHubPageModuleParams: ResolverTypeWrapper<DataHubPageModuleParams>;
  DataHubPageModuleProperties: ResolverTypeWrapper<Omit<DataHubPageModuleProperties, 'created' | 'lastModified'> & { created: ResolversTypes['ResolvedAuditStamp'], lastModified: ResolversTypes['ResolvedAuditStamp'] }>;
  DataHubPageModuleType: DataHubPageModuleType;
  DataHubPageModuleVisibility: ResolverTypeWrapper<DataHubPageModuleVisibility>;
  DataHubPageTemplate: ResolverTypeWrapper<Omit<DataHubPageTemplate, 'properties' | 'relationships'> & { properties: ResolversTypes['DataHubPageTemplateProperties'], relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']> }>;
  DataHubPageTemplateAssetSummary: ResolverTypeWrapper<Omit<DataHubPageTemplateAssetSummary, 'summaryElements'> & { summaryElements?: Maybe<Array<ResolversTypes['SummaryElement']>> }>;
  DataHubPageTemplateProperties: ResolverTypeWrapper<Omit<DataHubPageTemplateProperties, 'assetSummary' | 'created' | 'lastModified' | 'rows'> & { assetSummary?: Maybe<ResolversTypes['DataHubPageTemplateAssetSummary']>, created: ResolversTypes['ResolvedAuditStamp'], lastModified: ResolversTypes['ResolvedAuditStamp'], rows: Array<ResolversTypes['DataHubPageTemplateRow']> }>;
  DataHubPageTemplateRow: ResolverTypeWrapper<Omit<DataHubPageTemplateRow, 'modules'> & { modules: Array<ResolversTypes['DataHubPageModule']> }>;
  DataHubPageTemplateSurface: ResolverTypeWrapper<DataHubPageTemplateSurface>;
  DataHubPageTemplateVisibility: ResolverTypeWrapper<DataHubPageTemplateVisibility>;
  DataHubPersona: ResolverTypeWrapper<DataHubPersona>;
  DataHubPolicy: ResolverTypeWrapper<Omit<DataHubPolicy, 'actors' | 'relationships' | 'resources'> & { actors: ResolversTypes['ActorFilter'], relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']>, resources?: Maybe<ResolversTypes['ResourceFilter']> }>;
  DataHubRole: ResolverTypeWrapper<Omit<DataHubRole, 'relationships'> & { relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']> }>;
  DataHubView: ResolverTypeWrapper<Omit<DataHubView, 'relationships'> & { relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']> }>;
  DataHubViewDefinition: ResolverTypeWrapper<DataHubViewDefinition>;
  DataHubViewDefinitionInput: DataHubViewDefinitionInput;
  DataHubViewFilter: ResolverTypeWrapper<DataHubViewFilter>;
  DataHubViewFilterInput: DataHubViewFilterInput;
  DataHubViewType: DataHubViewType;
  DataJob: ResolverTypeWrapper<EntityRef>;
  DataJobEditableProperties: ResolverTypeWrapper<DataJobEditableProperties>;
  DataJobEditablePropertiesUpdate: DataJobEditablePropertiesUpdate;
  DataJobInfo: ResolverTypeWrapper<Omit<DataJobInfo, 'customProperties'> & { customProperties?: Maybe<Array<ResolversTypes['CustomPropertiesEntry']>> }>;
  DataJobInputOutput: ResolverTypeWrapper<DataJobInputOutputParent>;
  DataJobProperties: ResolverTypeWrapper<DataJobPropertiesParent>;
  DataJobUpdateInput: DataJobUpdateInput;
  DataPlatform: ResolverTypeWrapper<EntityRef>;
  DataPlatformInfo: ResolverTypeWrapper<DataPlatformInfo>;
  DataPlatformInstance: ResolverTypeWrapper<Omit<DataPlatformInstance, 'deprecation' | 'institutionalMemory' | 'ownership' | 'platform' | 'properties' | 'relationships' | 'tags'> & { deprecation?: Maybe<ResolversTypes['Deprecation']>, institutionalMemory?: Maybe<ResolversTypes['InstitutionalMemory']>, ownership?: Maybe<ResolversTypes['Ownership']>, platform: ResolversTypes['DataPlatform'], properties?: Maybe<ResolversTypes['DataPlatformInstanceProperties']>, relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']>, tags?: Maybe<ResolversTypes['GlobalTags']> }>;
  DataPlatformInstanceProperties: ResolverTypeWrapper<Omit<DataPlatformInstanceProperties, 'customProperties'> & { customProperties?: Maybe<Array<ResolversTypes['CustomPropertiesEntry']>> }>;
  DataPlatformProperties: ResolverTypeWrapper<DataPlatformProperties>;
  DataProcessInstance: ResolverTypeWrapper<EntityRef>;
  DataProcessInstanceProperties: ResolverTypeWrapper<DataProcessInstancePropertiesParent>;
  DataProcessInstanceResult: ResolverTypeWrapper<Omit<DataProcessInstanceResult, 'runs'> & { runs?: Maybe<Array<Maybe<ResolversTypes['DataProcessInstance']>>> }>;
  DataProcessInstanceRunResult: ResolverTypeWrapper<DataProcessInstanceRunResult>;
  DataProcessInstanceRunResultType: DataProcessInstanceRunResultType;
  DataProcessRunEvent: ResolverTypeWrapper<DataProcessRunEvent>;
  DataProcessRunStatus: DataProcessRunStatus;
  DataProduct: ResolverTypeWrapper<Omit<DataProduct, 'application' | 'applications' | 'domain' | 'entities' | 'forms' | 'glossaryTerms' | 'institutionalMemory' | 'ownership' | 'properties' | 'relatedDocuments' | 'relationships' | 'settings' | 'structuredProperties' | 'tags'> & { application?: Maybe<ResolversTypes['ApplicationAssociation']>, applications?: Maybe<Array<ResolversTypes['ApplicationAssociation']>>, domain?: Maybe<ResolversTypes['DomainAssociation']>, entities?: Maybe<ResolversTypes['SearchResults']>, forms?: Maybe<ResolversTypes['Forms']>, glossaryTerms?: Maybe<ResolversTypes['GlossaryTerms']>, institutionalMemory?: Maybe<ResolversTypes['InstitutionalMemory']>, ownership?: Maybe<ResolversTypes['Ownership']>, properties?: Maybe<ResolversTypes['DataProductProperties']>, relatedDocuments?: Maybe<ResolversTypes['RelatedDocumentsResult']>, relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']>, settings?: Maybe<ResolversTypes['AssetSettings']>, structuredProperties?: Maybe<ResolversTypes['StructuredProperties']>, tags?: Maybe<ResolversTypes['GlobalTags']> }>;
  DataProductEntitiesInput: DataProductEntitiesInput;
  DataProductProperties: ResolverTypeWrapper<Omit<DataProductProperties, 'createdOn' | 'customProperties'> & { createdOn?: Maybe<ResolversTypes['ResolvedAuditStamp']>, customProperties?: Maybe<Array<ResolversTypes['CustomPropertiesEntry']>> }>;
  DataQualityContract: ResolverTypeWrapper<Omit<DataQualityContract, 'assertion'> & { assertion: ResolversTypes['Assertion'] }>;
  DataQualityContractInput: DataQualityContractInput;
  DataTransform: ResolverTypeWrapper<DataTransform>;
  DataTransformLogic: ResolverTypeWrapper<DataTransformLogic>;
  DataTypeEntity: ResolverTypeWrapper<Omit<DataTypeEntity, 'info' | 'relationships'> & { info: ResolversTypes['DataTypeInfo'], relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']> }>;
  DataTypeInfo: ResolverTypeWrapper<DataTypeInfo>;
  Dataset: ResolverTypeWrapper<EntityRef>;
  DatasetAssertionInfo: ResolverTypeWrapper<DatasetAssertionInfo>;
  DatasetAssertionScope: DatasetAssertionScope;
  DatasetDeprecation: ResolverTypeWrapper<DatasetDeprecation>;
  DatasetDeprecationUpdate: DatasetDeprecationUpdate;
  DatasetEditableProperties: ResolverTypeWrapper<DatasetEditableProperties>;
  DatasetEditablePropertiesUpdate: DatasetEditablePropertiesUpdate;
  DatasetFieldProfile: ResolverTypeWrapper<DatasetFieldProfile>;
  DatasetFilter: ResolverTypeWrapper<DatasetFilter>;
  DatasetFilterInput: DatasetFilterInput;
  DatasetFilterType: DatasetFilterType;
  DatasetLineageType: DatasetLineageType;
  DatasetProfile: ResolverTypeWrapper<DatasetProfile>;
  DatasetProperties: ResolverTypeWrapper<DatasetPropertiesParent>;
  DatasetStatsSummary: ResolverTypeWrapper<Omit<DatasetStatsSummary, 'topUsersLast30Days'> & { topUsersLast30Days?: Maybe<Array<ResolversTypes['CorpUser']>> }>;
  DatasetUpdateInput: DatasetUpdateInput;
  DateInterval: DateInterval;
  DateRange: ResolverTypeWrapper<DateRange>;
  DebugAccessResult: ResolverTypeWrapper<DebugAccessResult>;
  DeleteFormInput: DeleteFormInput;
  DeletePageModuleInput: DeletePageModuleInput;
  DeletePageTemplateInput: DeletePageTemplateInput;
  DeleteStructuredPropertyInput: DeleteStructuredPropertyInput;
  Deprecation: ResolverTypeWrapper<Omit<Deprecation, 'actorEntity' | 'replacement'> & { actorEntity?: Maybe<ResolversTypes['Entity']>, replacement?: Maybe<ResolversTypes['Entity']> }>;
  DescriptionUpdateInput: DescriptionUpdateInput;
  DisplayProperties: ResolverTypeWrapper<DisplayProperties>;
  DisplayPropertiesUpdateInput: DisplayPropertiesUpdateInput;
  DocPropagationSettings: ResolverTypeWrapper<DocPropagationSettings>;
  Document: ResolverTypeWrapper<Omit<Document, 'browsePathV2' | 'changeHistory' | 'dataPlatformInstance' | 'domain' | 'glossaryTerms' | 'info' | 'ownership' | 'parentDocuments' | 'platform' | 'relationships' | 'structuredProperties' | 'tags'> & { browsePathV2?: Maybe<ResolversTypes['BrowsePathV2']>, changeHistory: Array<ResolversTypes['DocumentChange']>, dataPlatformInstance?: Maybe<ResolversTypes['DataPlatformInstance']>, domain?: Maybe<ResolversTypes['DomainAssociation']>, glossaryTerms?: Maybe<ResolversTypes['GlossaryTerms']>, info?: Maybe<ResolversTypes['DocumentInfo']>, ownership?: Maybe<ResolversTypes['Ownership']>, parentDocuments?: Maybe<ResolversTypes['ParentDocumentsResult']>, platform: ResolversTypes['DataPlatform'], relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']>, structuredProperties?: Maybe<ResolversTypes['StructuredProperties']>, tags?: Maybe<ResolversTypes['GlobalTags']> }>;
  DocumentChange: ResolverTypeWrapper<Omit<DocumentChange, 'actor'> & { actor?: Maybe<ResolversTypes['CorpUser']> }>;
  DocumentChangeType: DocumentChangeType;
  DocumentContent: ResolverTypeWrapper<DocumentContent>;
  DocumentContentInput: DocumentContentInput;
  DocumentInfo: ResolverTypeWrapper<Omit<DocumentInfo, 'contents' | 'created' | 'customProperties' | 'lastModified' | 'parentDocument' | 'relatedAssets' | 'relatedDocuments'> & { contents: ResolversTypes['DocumentContent'], created: ResolversTypes['ResolvedAuditStamp'], customProperties?: Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, lastModified: ResolversTypes['ResolvedAuditStamp'], parentDocument?: Maybe<ResolversTypes['DocumentParentDocument']>, relatedAssets?: Maybe<Array<ResolversTypes['DocumentRelatedAsset']>>, relatedDocuments?: Maybe<Array<ResolversTypes['DocumentRelatedDocument']>> }>;
  DocumentParentDocument: ResolverTypeWrapper<Omit<DocumentParentDocument, 'document'> & { document: ResolversTypes['Document'] }>;
  DocumentRelatedAsset: ResolverTypeWrapper<Omit<DocumentRelatedAsset, 'asset'> & { asset: ResolversTypes['Entity'] }>;
  DocumentRelatedDocument: ResolverTypeWrapper<Omit<DocumentRelatedDocument, 'document'> & { document: ResolversTypes['Document'] }>;
  DocumentSettings: ResolverTypeWrapper<DocumentSettings>;
  DocumentSettingsInput: DocumentSettingsInput;
  DocumentSource: ResolverTypeWrapper<DocumentSource>;
  DocumentSourceType: DocumentSourceType;
  DocumentState: DocumentState;
  DocumentStatus: ResolverTypeWrapper<DocumentStatus>;
  Documentation: ResolverTypeWrapper<Omit<Documentation, 'documentations'> & { documentations: Array<ResolversTypes['DocumentationAssociation']> }>;
  DocumentationAssociation: ResolverTypeWrapper<Omit<DocumentationAssociation, 'attribution'> & { attribution?: Maybe<ResolversTypes['MetadataAttribution']> }>;
  Domain: ResolverTypeWrapper<EntityRef>;
  DomainAssociation: ResolverTypeWrapper<DomainAssociationParent>;
  DomainEntitiesInput: DomainEntitiesInput;
  DomainProperties: ResolverTypeWrapper<Omit<DomainProperties, 'createdOn'> & { createdOn?: Maybe<ResolversTypes['ResolvedAuditStamp']> }>;
  DownstreamEntityRelationships: ResolverTypeWrapper<Omit<DownstreamEntityRelationships, 'entities'> & { entities?: Maybe<Array<Maybe<ResolversTypes['EntityRelationshipLegacy']>>> }>;
  ERModelRelationship: ResolverTypeWrapper<Omit<ERModelRelationship, 'glossaryTerms' | 'institutionalMemory' | 'lineage' | 'ownership' | 'properties' | 'relationships' | 'tags'> & { glossaryTerms?: Maybe<ResolversTypes['GlossaryTerms']>, institutionalMemory?: Maybe<ResolversTypes['InstitutionalMemory']>, lineage?: Maybe<ResolversTypes['EntityLineageResult']>, ownership?: Maybe<ResolversTypes['Ownership']>, properties?: Maybe<ResolversTypes['ERModelRelationshipProperties']>, relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']>, tags?: Maybe<ResolversTypes['GlobalTags']> }>;
  ERModelRelationshipCardinality: ERModelRelationshipCardinality;
  ERModelRelationshipEditableProperties: ResolverTypeWrapper<ERModelRelationshipEditableProperties>;
  ERModelRelationshipEditablePropertiesUpdate: ERModelRelationshipEditablePropertiesUpdate;
  ERModelRelationshipProperties: ResolverTypeWrapper<Omit<ERModelRelationshipProperties, 'createdActor' | 'destination' | 'source'> & { createdActor?: Maybe<ResolversTypes['Entity']>, destination: ResolversTypes['Dataset'], source: ResolversTypes['Dataset'] }>;
  ERModelRelationshipPropertiesInput: ERModelRelationshipPropertiesInput;
  ERModelRelationshipUpdateInput: ERModelRelationshipUpdateInput;
  EditableSchemaFieldInfo: ResolverTypeWrapper<Omit<EditableSchemaFieldInfo, 'globalTags' | 'glossaryTerms' | 'tags'> & { globalTags?: Maybe<ResolversTypes['GlobalTags']>, glossaryTerms?: Maybe<ResolversTypes['GlossaryTerms']>, tags?: Maybe<ResolversTypes['GlobalTags']> }>;
  EditableSchemaFieldInfoUpdate: EditableSchemaFieldInfoUpdate;
  EditableSchemaMetadata: ResolverTypeWrapper<Omit<EditableSchemaMetadata, 'editableSchemaFieldInfo'> & { editableSchemaFieldInfo: Array<ResolversTypes['EditableSchemaFieldInfo']> }>;
  EditableSchemaMetadataUpdate: EditableSchemaMetadataUpdate;
  EditableTagProperties: ResolverTypeWrapper<EditableTagProperties>;
  Embed: ResolverTypeWrapper<Embed>;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  EntityAssertionsResult: ResolverTypeWrapper<Omit<EntityAssertionsResult, 'assertions'> & { assertions: Array<ResolversTypes['Assertion']> }>;
  EntityCountInput: EntityCountInput;
  EntityCountResult: ResolverTypeWrapper<EntityCountResult>;
  EntityCountResults: ResolverTypeWrapper<EntityCountResults>;
  EntityIncidentsResult: ResolverTypeWrapper<Omit<EntityIncidentsResult, 'incidents'> & { incidents: Array<ResolversTypes['Incident']> }>;
  EntityLineageResult: ResolverTypeWrapper<Omit<EntityLineageResult, 'relationships'> & { relationships: Array<ResolversTypes['LineageRelationship']> }>;
  EntityPath: ResolverTypeWrapper<Omit<EntityPath, 'path'> & { path: Array<Maybe<ResolversTypes['Entity']>> }>;
  EntityPrivileges: ResolverTypeWrapper<EntityPrivileges>;
  EntityProfileConfig: ResolverTypeWrapper<EntityProfileConfig>;
  EntityProfileParams: ResolverTypeWrapper<EntityProfileParams>;
  EntityProfilesConfig: ResolverTypeWrapper<EntityProfilesConfig>;
  EntityRelationship: ResolverTypeWrapper<Omit<EntityRelationship, 'created' | 'entity'> & { created?: Maybe<ResolversTypes['AuditStamp']>, entity?: Maybe<ResolversTypes['Entity']> }>;
  EntityRelationshipLegacy: ResolverTypeWrapper<Omit<EntityRelationshipLegacy, 'created' | 'entity'> & { created?: Maybe<ResolversTypes['AuditStamp']>, entity?: Maybe<ResolversTypes['EntityWithRelationships']> }>;
  EntityRelationshipsResult: ResolverTypeWrapper<Omit<EntityRelationshipsResult, 'relationships'> & { relationships: Array<ResolversTypes['EntityRelationship']> }>;
  EntityRequestContext: EntityRequestContext;
  EntityType: EntityType;
  EntityTypeEntity: ResolverTypeWrapper<Omit<EntityTypeEntity, 'info' | 'relationships'> & { info: ResolversTypes['EntityTypeInfo'], relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']> }>;
  EntityTypeInfo: ResolverTypeWrapper<EntityTypeInfo>;
  EntityTypeToPlatforms: EntityTypeToPlatforms;
  EntityWithRelationships: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['EntityWithRelationships']>;
  EthicalConsiderations: ResolverTypeWrapper<EthicalConsiderations>;
  ExecutionRequest: ResolverTypeWrapper<Omit<ExecutionRequest, 'input' | 'relationships' | 'source'> & { input: ResolversTypes['ExecutionRequestInput'], relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']>, source?: Maybe<ResolversTypes['IngestionSource']> }>;
  ExecutionRequestInput: ResolverTypeWrapper<Omit<ExecutionRequestInput, 'actor'> & { actor?: Maybe<ResolversTypes['CorpUser']> }>;
  ExecutionRequestResult: ResolverTypeWrapper<ExecutionRequestResult>;
  ExecutionRequestSource: ResolverTypeWrapper<ExecutionRequestSource>;
  ExtraProperty: ResolverTypeWrapper<ExtraProperty>;
  FabricType: FabricType;
  FacetFilter: ResolverTypeWrapper<FacetFilter>;
  FacetFilterInput: FacetFilterInput;
  FacetMetadata: ResolverTypeWrapper<Omit<FacetMetadata, 'aggregations' | 'entity'> & { aggregations: Array<ResolversTypes['AggregationMetadata']>, entity?: Maybe<ResolversTypes['Entity']> }>;
  FeatureFlagsConfig: ResolverTypeWrapper<FeatureFlagsConfig>;
  FieldAssertionInfo: ResolverTypeWrapper<FieldAssertionInfo>;
  FieldAssertionType: FieldAssertionType;
  FieldFormPromptAssociation: ResolverTypeWrapper<Omit<FieldFormPromptAssociation, 'lastModified'> & { lastModified: ResolversTypes['ResolvedAuditStamp'] }>;
  FieldMetricAssertion: ResolverTypeWrapper<FieldMetricAssertion>;
  FieldMetricType: FieldMetricType;
  FieldTransform: ResolverTypeWrapper<FieldTransform>;
  FieldTransformType: FieldTransformType;
  FieldUsageCounts: ResolverTypeWrapper<FieldUsageCounts>;
  FieldValuesAssertion: ResolverTypeWrapper<FieldValuesAssertion>;
  FieldValuesFailThreshold: ResolverTypeWrapper<FieldValuesFailThreshold>;
  FieldValuesFailThresholdType: FieldValuesFailThresholdType;
  FilterInput: FilterInput;
  FilterOperator: FilterOperator;
  FineGrainedLineage: ResolverTypeWrapper<FineGrainedLineage>;
  FixedIntervalSchedule: ResolverTypeWrapper<FixedIntervalSchedule>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatBox: ResolverTypeWrapper<FloatBoxParent>;
  ForeignKeyConstraint: ResolverTypeWrapper<Omit<ForeignKeyConstraint, 'foreignDataset' | 'foreignFields' | 'sourceFields'> & { foreignDataset?: Maybe<ResolversTypes['Dataset']>, foreignFields?: Maybe<Array<Maybe<ResolversTypes['SchemaFieldEntity']>>>, sourceFields?: Maybe<Array<Maybe<ResolversTypes['SchemaFieldEntity']>>> }>;
  Form: ResolverTypeWrapper<Omit<Form, 'info' | 'ownership' | 'relationships'> & { info: ResolversTypes['FormInfo'], ownership?: Maybe<ResolversTypes['Ownership']>, relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']> }>;
  FormActorAssignment: ResolverTypeWrapper<Omit<FormActorAssignment, 'groups' | 'users'> & { groups?: Maybe<Array<ResolversTypes['CorpGroup']>>, users?: Maybe<Array<ResolversTypes['CorpUser']>> }>;
  FormActorAssignmentInput: FormActorAssignmentInput;
  FormActorAssignmentUpdateInput: FormActorAssignmentUpdateInput;
  FormAssociation: ResolverTypeWrapper<Omit<FormAssociation, 'completedPrompts' | 'form' | 'incompletePrompts'> & { completedPrompts?: Maybe<Array<ResolversTypes['FormPromptAssociation']>>, form: ResolversTypes['Form'], incompletePrompts?: Maybe<Array<ResolversTypes['FormPromptAssociation']>> }>;
  FormInfo: ResolverTypeWrapper<Omit<FormInfo, 'actors' | 'prompts'> & { actors: ResolversTypes['FormActorAssignment'], prompts: Array<ResolversTypes['FormPrompt']> }>;
  FormPrompt: ResolverTypeWrapper<Omit<FormPrompt, 'structuredPropertyParams'> & { structuredPropertyParams?: Maybe<ResolversTypes['StructuredPropertyParams']> }>;
  FormPromptAssociation: ResolverTypeWrapper<Omit<FormPromptAssociation, 'fieldAssociations' | 'lastModified'> & { fieldAssociations?: Maybe<ResolversTypes['FormPromptFieldAssociations']>, lastModified: ResolversTypes['ResolvedAuditStamp'] }>;
  FormPromptFieldAssociations: ResolverTypeWrapper<Omit<FormPromptFieldAssociations, 'completedFieldPrompts' | 'incompleteFieldPrompts'> & { completedFieldPrompts?: Maybe<Array<ResolversTypes['FieldFormPromptAssociation']>>, incompleteFieldPrompts?: Maybe<Array<ResolversTypes['FieldFormPromptAssociation']>> }>;
  FormPromptType: FormPromptType;
  FormType: FormType;
  FormVerificationAssociation: ResolverTypeWrapper<Omit<FormVerificationAssociation, 'form' | 'lastModified'> & { form: ResolversTypes['Form'], lastModified?: Maybe<ResolversTypes['ResolvedAuditStamp']> }>;
  Forms: ResolverTypeWrapper<Omit<Forms, 'completedForms' | 'incompleteForms' | 'verifications'> & { completedForms: Array<ResolversTypes['FormAssociation']>, incompleteForms: Array<ResolversTypes['FormAssociation']>, verifications: Array<ResolversTypes['FormVerificationAssociation']> }>;
  FreshnessAssertionInfo: ResolverTypeWrapper<FreshnessAssertionInfo>;
  FreshnessAssertionSchedule: ResolverTypeWrapper<FreshnessAssertionSchedule>;
  FreshnessAssertionScheduleType: FreshnessAssertionScheduleType;
  FreshnessAssertionType: FreshnessAssertionType;
  FreshnessContract: ResolverTypeWrapper<Omit<FreshnessContract, 'assertion'> & { assertion: ResolversTypes['Assertion'] }>;
  FreshnessContractInput: FreshnessContractInput;
  FreshnessCronSchedule: ResolverTypeWrapper<FreshnessCronSchedule>;
  FreshnessStats: ResolverTypeWrapper<FreshnessStats>;
  GetAccessTokenInput: GetAccessTokenInput;
  GetGrantedPrivilegesInput: GetGrantedPrivilegesInput;
  GetInviteTokenInput: GetInviteTokenInput;
  GetPresignedUploadUrlInput: GetPresignedUploadUrlInput;
  GetPresignedUploadUrlResponse: ResolverTypeWrapper<GetPresignedUploadUrlResponse>;
  GetQuickFiltersInput: GetQuickFiltersInput;
  GetQuickFiltersResult: ResolverTypeWrapper<Omit<GetQuickFiltersResult, 'quickFilters'> & { quickFilters: Array<Maybe<ResolversTypes['QuickFilter']>> }>;
  GetRootGlossaryEntitiesInput: GetRootGlossaryEntitiesInput;
  GetRootGlossaryNodesResult: ResolverTypeWrapper<Omit<GetRootGlossaryNodesResult, 'nodes'> & { nodes: Array<ResolversTypes['GlossaryNode']> }>;
  GetRootGlossaryTermsResult: ResolverTypeWrapper<Omit<GetRootGlossaryTermsResult, 'terms'> & { terms: Array<ResolversTypes['GlossaryTerm']> }>;
  GetSchemaBlameInput: GetSchemaBlameInput;
  GetSchemaBlameResult: ResolverTypeWrapper<GetSchemaBlameResult>;
  GetSchemaVersionListInput: GetSchemaVersionListInput;
  GetSchemaVersionListResult: ResolverTypeWrapper<GetSchemaVersionListResult>;
  GetSecretValuesInput: GetSecretValuesInput;
  GetTimelineInput: GetTimelineInput;
  GetTimelineResult: ResolverTypeWrapper<Omit<GetTimelineResult, 'changeTransactions'> & { changeTransactions: Array<ResolversTypes['ChangeTransaction']> }>;
  GlobalHomePageSettings: ResolverTypeWrapper<Omit<GlobalHomePageSettings, 'defaultTemplate'> & { defaultTemplate?: Maybe<ResolversTypes['DataHubPageTemplate']> }>;
  GlobalTags: ResolverTypeWrapper<Omit<GlobalTags, 'tags'> & { tags?: Maybe<Array<ResolversTypes['TagAssociation']>> }>;
  GlobalTagsUpdate: GlobalTagsUpdate;
  GlobalViewsSettings: ResolverTypeWrapper<GlobalViewsSettings>;
  GlossaryNode: ResolverTypeWrapper<EntityRef>;
  GlossaryNodeChildrenCount: ResolverTypeWrapper<GlossaryNodeChildrenCount>;
  GlossaryNodeProperties: ResolverTypeWrapper<Omit<GlossaryNodeProperties, 'createdOn' | 'customProperties'> & { createdOn?: Maybe<ResolversTypes['ResolvedAuditStamp']>, customProperties?: Maybe<Array<ResolversTypes['CustomPropertiesEntry']>> }>;
  GlossaryTerm: ResolverTypeWrapper<EntityRef>;
  GlossaryTermAssociation: ResolverTypeWrapper<Omit<GlossaryTermAssociation, 'actor' | 'attribution' | 'term'> & { actor?: Maybe<ResolversTypes['CorpUser']>, attribution?: Maybe<ResolversTypes['MetadataAttribution']>, term: ResolversTypes['GlossaryTerm'] }>;
  GlossaryTermInfo: ResolverTypeWrapper<Omit<GlossaryTermInfo, 'customProperties'> & { customProperties?: Maybe<Array<ResolversTypes['CustomPropertiesEntry']>> }>;
  GlossaryTermProperties: ResolverTypeWrapper<Omit<GlossaryTermProperties, 'createdOn' | 'customProperties'> & { createdOn?: Maybe<ResolversTypes['ResolvedAuditStamp']>, customProperties?: Maybe<Array<ResolversTypes['CustomPropertiesEntry']>> }>;
  GlossaryTerms: ResolverTypeWrapper<Omit<GlossaryTerms, 'terms'> & { terms?: Maybe<Array<ResolversTypes['GlossaryTermAssociation']>> }>;
  GroupingCriterion: GroupingCriterion;
  GroupingSpec: GroupingSpec;
  HasLogicalParent: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['HasLogicalParent']>;
  Health: ResolverTypeWrapper<Health>;
  HealthStatus: HealthStatus;
  HealthStatusType: HealthStatusType;
  HierarchyViewModuleParams: ResolverTypeWrapper<HierarchyViewModuleParams>;
  HierarchyViewModuleParamsInput: HierarchyViewModuleParamsInput;
  Highlight: ResolverTypeWrapper<Highlight>;
  HomePageConfig: ResolverTypeWrapper<HomePageConfig>;
  HyperParameterMap: ResolverTypeWrapper<Omit<HyperParameterMap, 'value'> & { value: ResolversTypes['HyperParameterValueType'] }>;
  HyperParameterValueType: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['HyperParameterValueType']>;
  IconLibrary: IconLibrary;
  IconProperties: ResolverTypeWrapper<IconProperties>;
  IconPropertiesInput: IconPropertiesInput;
  IdentityManagementConfig: ResolverTypeWrapper<IdentityManagementConfig>;
  Incident: ResolverTypeWrapper<Omit<Incident, 'assignees' | 'created' | 'entity' | 'incidentStatus' | 'relationships' | 'source' | 'status' | 'tags'> & { assignees?: Maybe<Array<ResolversTypes['OwnerType']>>, created: ResolversTypes['AuditStamp'], entity: ResolversTypes['Entity'], incidentStatus: ResolversTypes['IncidentStatus'], relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']>, source?: Maybe<ResolversTypes['IncidentSource']>, status: ResolversTypes['IncidentStatus'], tags?: Maybe<ResolversTypes['GlobalTags']> }>;
  IncidentPriority: IncidentPriority;
  IncidentSource: ResolverTypeWrapper<Omit<IncidentSource, 'source'> & { source?: Maybe<ResolversTypes['Entity']> }>;
  IncidentSourceInput: IncidentSourceInput;
  IncidentSourceType: IncidentSourceType;
  IncidentStage: IncidentStage;
  IncidentState: IncidentState;
  IncidentStatus: ResolverTypeWrapper<Omit<IncidentStatus, 'lastUpdated'> & { lastUpdated: ResolversTypes['AuditStamp'] }>;
  IncidentStatusInput: IncidentStatusInput;
  IncidentType: IncidentType;
  IncrementingSegmentFieldTransformer: ResolverTypeWrapper<IncrementingSegmentFieldTransformer>;
  IncrementingSegmentFieldTransformerType: IncrementingSegmentFieldTransformerType;
  IncrementingSegmentRowCountChange: ResolverTypeWrapper<IncrementingSegmentRowCountChange>;
  IncrementingSegmentRowCountTotal: ResolverTypeWrapper<IncrementingSegmentRowCountTotal>;
  IncrementingSegmentSpec: ResolverTypeWrapper<IncrementingSegmentSpec>;
  IngestionConfig: ResolverTypeWrapper<IngestionConfig>;
  IngestionRun: ResolverTypeWrapper<IngestionRun>;
  IngestionSchedule: ResolverTypeWrapper<IngestionSchedule>;
  IngestionSource: ResolverTypeWrapper<Omit<IngestionSource, 'config' | 'executions' | 'latestSuccessfulExecution' | 'ownership' | 'platform'> & { config: ResolversTypes['IngestionConfig'], executions?: Maybe<ResolversTypes['IngestionSourceExecutionRequests']>, latestSuccessfulExecution?: Maybe<ResolversTypes['ExecutionRequest']>, ownership?: Maybe<ResolversTypes['Ownership']>, platform?: Maybe<ResolversTypes['DataPlatform']> }>;
  IngestionSourceExecutionRequests: ResolverTypeWrapper<Omit<IngestionSourceExecutionRequests, 'executionRequests'> & { executionRequests: Array<ResolversTypes['ExecutionRequest']> }>;
  IngestionSourceSource: ResolverTypeWrapper<IngestionSourceSource>;
  IngestionSourceSourceInput: IngestionSourceSourceInput;
  IngestionSourceSourceType: IngestionSourceSourceType;
  InputField: ResolverTypeWrapper<Omit<InputField, 'schemaField'> & { schemaField?: Maybe<ResolversTypes['SchemaField']> }>;
  InputFields: ResolverTypeWrapper<Omit<InputFields, 'fields'> & { fields?: Maybe<Array<Maybe<ResolversTypes['InputField']>>> }>;
  InstitutionalMemory: ResolverTypeWrapper<Omit<InstitutionalMemory, 'elements'> & { elements: Array<ResolversTypes['InstitutionalMemoryMetadata']> }>;
  InstitutionalMemoryMetadata: ResolverTypeWrapper<Omit<InstitutionalMemoryMetadata, 'actor' | 'author' | 'created' | 'updated'> & { actor: ResolversTypes['ResolvedActor'], author: ResolversTypes['CorpUser'], created: ResolversTypes['AuditStamp'], updated?: Maybe<ResolversTypes['AuditStamp']> }>;
  InstitutionalMemoryMetadataSettings: ResolverTypeWrapper<InstitutionalMemoryMetadataSettings>;
  InstitutionalMemoryMetadataUpdate: InstitutionalMemoryMetadataUpdate;
  InstitutionalMemoryUpdate: InstitutionalMemoryUpdate;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntBox: ResolverTypeWrapper<IntBoxParent>;
  IntMapEntry: ResolverTypeWrapper<IntMapEntry>;
  IntendedUse: ResolverTypeWrapper<IntendedUse>;
  IntendedUserType: IntendedUserType;
  InviteToken: ResolverTypeWrapper<InviteToken>;
  KeyValueSchema: ResolverTypeWrapper<KeyValueSchema>;
  LineageConfig: ResolverTypeWrapper<LineageConfig>;
  LineageDirection: LineageDirection;
  LineageEdge: LineageEdge;
  LineageFlags: LineageFlags;
  LineageInput: LineageInput;
  LineageRelationship: ResolverTypeWrapper<Omit<LineageRelationship, 'createdActor' | 'entity' | 'paths' | 'updatedActor'> & { createdActor?: Maybe<ResolversTypes['Entity']>, entity?: Maybe<ResolversTypes['Entity']>, paths?: Maybe<Array<Maybe<ResolversTypes['EntityPath']>>>, updatedActor?: Maybe<ResolversTypes['Entity']> }>;
  LineageSearchPath: LineageSearchPath;
  LinkModuleParams: ResolverTypeWrapper<LinkModuleParams>;
  LinkModuleParamsInput: LinkModuleParamsInput;
  LinkParams: ResolverTypeWrapper<LinkParams>;
  LinkSettingsInput: LinkSettingsInput;
  LinkVersionInput: LinkVersionInput;
  ListAccessTokenInput: ListAccessTokenInput;
  ListAccessTokenResult: ResolverTypeWrapper<Omit<ListAccessTokenResult, 'tokens'> & { tokens: Array<ResolversTypes['AccessTokenMetadata']> }>;
  ListBusinessAttributesInput: ListBusinessAttributesInput;
  ListBusinessAttributesResult: ResolverTypeWrapper<Omit<ListBusinessAttributesResult, 'businessAttributes'> & { businessAttributes: Array<ResolversTypes['BusinessAttribute']> }>;
  ListDomainsInput: ListDomainsInput;
  ListDomainsResult: ResolverTypeWrapper<Omit<ListDomainsResult, 'domains'> & { domains: Array<ResolversTypes['Domain']> }>;
  ListExecutionRequestsInput: ListExecutionRequestsInput;
  ListGlobalViewsInput: ListGlobalViewsInput;
  ListGroupsInput: ListGroupsInput;
  ListGroupsResult: ResolverTypeWrapper<Omit<ListGroupsResult, 'groups'> & { groups: Array<ResolversTypes['CorpGroup']> }>;
  ListIngestionSourcesInput: ListIngestionSourcesInput;
  ListIngestionSourcesResult: ResolverTypeWrapper<Omit<ListIngestionSourcesResult, 'ingestionSources'> & { ingestionSources: Array<ResolversTypes['IngestionSource']> }>;
  ListMyViewsInput: ListMyViewsInput;
  ListOwnershipTypesInput: ListOwnershipTypesInput;
  ListOwnershipTypesResult: ResolverTypeWrapper<Omit<ListOwnershipTypesResult, 'ownershipTypes'> & { ownershipTypes: Array<ResolversTypes['OwnershipTypeEntity']> }>;
  ListPoliciesInput: ListPoliciesInput;
  ListPoliciesResult: ResolverTypeWrapper<Omit<ListPoliciesResult, 'policies'> & { policies: Array<ResolversTypes['Policy']> }>;
  ListPostsInput: ListPostsInput;
  ListPostsResult: ResolverTypeWrapper<Omit<ListPostsResult, 'posts'> & { posts: Array<ResolversTypes['Post']> }>;
  ListQueriesInput: ListQueriesInput;
  ListQueriesResult: ResolverTypeWrapper<Omit<ListQueriesResult, 'queries'> & { queries: Array<ResolversTypes['QueryEntity']> }>;
  ListRecommendationsInput: ListRecommendationsInput;
  ListRecommendationsResult: ResolverTypeWrapper<Omit<ListRecommendationsResult, 'modules'> & { modules: Array<ResolversTypes['RecommendationModule']> }>;
  ListRolesInput: ListRolesInput;
  ListRolesResult: ResolverTypeWrapper<Omit<ListRolesResult, 'roles'> & { roles: Array<ResolversTypes['DataHubRole']> }>;
  ListSecretsInput: ListSecretsInput;
  ListSecretsResult: ResolverTypeWrapper<ListSecretsResult>;
  ListTestsInput: ListTestsInput;
  ListTestsResult: ResolverTypeWrapper<Omit<ListTestsResult, 'tests'> & { tests: Array<ResolversTypes['Test']> }>;
  ListUsersInput: ListUsersInput;
  ListUsersResult: ResolverTypeWrapper<Omit<ListUsersResult, 'users'> & { users: Array<ResolversTypes['CorpUser']> }>;
  ListViewsResult: ResolverTypeWrapper<Omit<ListViewsResult, 'views'> & { views: Array<ResolversTypes['DataHubView']> }>;
  LogicalOperator: LogicalOperator;
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
  MLModelFactorPrompts: ResolverTypeWrapper<MLModelFactorPrompts>;
  MLModelFactors: ResolverTypeWrapper<MLModelFactors>;
  MLModelGroup: ResolverTypeWrapper<EntityRef>;
  MLModelGroupEditableProperties: ResolverTypeWrapper<MLModelGroupEditableProperties>;
  MLModelGroupProperties: ResolverTypeWrapper<MLModelGroupPropertiesParent>;
  MLModelLineageInfo: ResolverTypeWrapper<MLModelLineageInfo>;
  MLModelProperties: ResolverTypeWrapper<MLModelPropertiesParent>;
  MLPrimaryKey: ResolverTypeWrapper<EntityRef>;
  MLPrimaryKeyEditableProperties: ResolverTypeWrapper<MLPrimaryKeyEditableProperties>;
  MLPrimaryKeyProperties: ResolverTypeWrapper<MLPrimaryKeyPropertiesParent>;
  MLTrainingRunProperties: ResolverTypeWrapper<MLTrainingRunPropertiesParent>;
  ManagedIngestionConfig: ResolverTypeWrapper<ManagedIngestionConfig>;
  MatchedField: ResolverTypeWrapper<Omit<MatchedField, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  Media: ResolverTypeWrapper<Media>;
  MediaType: MediaType;
  MetadataAnalyticsInput: MetadataAnalyticsInput;
  MetadataAttribution: ResolverTypeWrapper<Omit<MetadataAttribution, 'actor' | 'source'> & { actor: ResolversTypes['Entity'], source?: Maybe<ResolversTypes['Entity']> }>;
  Metrics: ResolverTypeWrapper<Metrics>;
  MoveDocumentInput: MoveDocumentInput;
  MoveDomainInput: MoveDomainInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NamedBar: ResolverTypeWrapper<NamedBar>;
  NamedLine: ResolverTypeWrapper<NamedLine>;
  Notebook: ResolverTypeWrapper<Omit<Notebook, 'application' | 'applications' | 'browsePathV2' | 'content' | 'dataPlatformInstance' | 'domain' | 'glossaryTerms' | 'info' | 'institutionalMemory' | 'ownership' | 'platform' | 'relationships' | 'tags'> & { application?: Maybe<ResolversTypes['ApplicationAssociation']>, applications?: Maybe<Array<ResolversTypes['ApplicationAssociation']>>, browsePathV2?: Maybe<ResolversTypes['BrowsePathV2']>, content: ResolversTypes['NotebookContent'], dataPlatformInstance?: Maybe<ResolversTypes['DataPlatformInstance']>, domain?: Maybe<ResolversTypes['DomainAssociation']>, glossaryTerms?: Maybe<ResolversTypes['GlossaryTerms']>, info?: Maybe<ResolversTypes['NotebookInfo']>, institutionalMemory?: Maybe<ResolversTypes['InstitutionalMemory']>, ownership?: Maybe<ResolversTypes['Ownership']>, platform: ResolversTypes['DataPlatform'], relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']>, tags?: Maybe<ResolversTypes['GlobalTags']> }>;
  NotebookCell: ResolverTypeWrapper<Omit<NotebookCell, 'chartCell' | 'queryChell' | 'textCell'> & { chartCell?: Maybe<ResolversTypes['ChartCell']>, queryChell?: Maybe<ResolversTypes['QueryCell']>, textCell?: Maybe<ResolversTypes['TextCell']> }>;
  NotebookCellType: NotebookCellType;
  NotebookContent: ResolverTypeWrapper<Omit<NotebookContent, 'cells'> & { cells: Array<ResolversTypes['NotebookCell']> }>;
  NotebookEditableProperties: ResolverTypeWrapper<NotebookEditableProperties>;
  NotebookEditablePropertiesUpdate: NotebookEditablePropertiesUpdate;
  NotebookInfo: ResolverTypeWrapper<Omit<NotebookInfo, 'changeAuditStamps' | 'customProperties'> & { changeAuditStamps?: Maybe<ResolversTypes['ChangeAuditStamps']>, customProperties?: Maybe<Array<ResolversTypes['CustomPropertiesEntry']>> }>;
  NotebookUpdateInput: NotebookUpdateInput;
  NumberValue: ResolverTypeWrapper<NumberValue>;
  NumericDataPoint: ResolverTypeWrapper<NumericDataPoint>;
  Operation: ResolverTypeWrapper<Operation>;
  OperationSourceType: OperationSourceType;
  OperationType: OperationType;
  OperationsAggregation: ResolverTypeWrapper<OperationsAggregation>;
  OperationsAggregationsResult: ResolverTypeWrapper<OperationsAggregationsResult>;
  OperationsQueryResult: ResolverTypeWrapper<OperationsQueryResult>;
  OperationsStatsInput: OperationsStatsInput;
  Origin: ResolverTypeWrapper<Origin>;
  OriginType: OriginType;
  OrreryAspectChange: ResolverTypeWrapper<OrreryAspectChange>;
  OrreryDeploymentStatus: OrreryDeploymentStatus;
  OrreryEntityChange: ResolverTypeWrapper<OrreryEntityChange>;
  OrreryEntityHistory: ResolverTypeWrapper<OrreryEntityHistory>;
  OrreryFeatureSourceColumn: ResolverTypeWrapper<FeatureSourceColumn>;
  OrreryFieldChange: ResolverTypeWrapper<OrreryFieldChange>;
  OrreryInfo: ResolverTypeWrapper<OrreryInfo>;
  OrreryLineageGraph: ResolverTypeWrapper<Omit<OrreryLineageGraph, 'nodes'> & { nodes: Array<ResolversTypes['OrreryLineageGraphNode']> }>;
  OrreryLineageGraphCap: OrreryLineageGraphCap;
  OrreryLineageGraphEdge: ResolverTypeWrapper<OrreryLineageGraphEdge>;
  OrreryLineageGraphExpandInput: OrreryLineageGraphExpandInput;
  OrreryLineageGraphInput: OrreryLineageGraphInput;
  OrreryLineageGraphNode: ResolverTypeWrapper<Omit<OrreryLineageGraphNode, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  OrreryMetricPoint: ResolverTypeWrapper<OrreryMetricPoint>;
  OrreryMetricSeries: ResolverTypeWrapper<OrreryMetricSeries>;
  OrreryMlFeatureDetails: ResolverTypeWrapper<Omit<OrreryMlFeatureDetails, 'sourceColumns'> & { sourceColumns: Array<ResolversTypes['OrreryFeatureSourceColumn']> }>;
  OrreryMlModelDashboard: ResolverTypeWrapper<OrreryMlModelDashboard>;
  OrreryMlModelDeployment: ResolverTypeWrapper<DeploymentParent>;
  OrreryMlModelDeploymentProperties: ResolverTypeWrapper<Omit<OrreryMlModelDeploymentProperties, 'customProperties' | 'version'> & { customProperties?: Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, version?: Maybe<ResolversTypes['VersionTag']> }>;
  OrreryMlModelServing: ResolverTypeWrapper<OrreryMlModelServing>;
  OrreryMlModelStore: ResolverTypeWrapper<OrreryMlModelStore>;
  OrreryRunKey: ResolverTypeWrapper<OrreryRunKey>;
  OrreryRunSearchInput: OrreryRunSearchInput;
  OrreryRunSearchResult: ResolverTypeWrapper<Omit<OrreryRunSearchResult, 'keys' | 'runs'> & { keys: Array<ResolversTypes['OrreryRunKey']>, runs: Array<ResolversTypes['DataProcessInstance']> }>;
  Owner: ResolverTypeWrapper<Omit<Owner, 'attribution' | 'owner' | 'ownershipType'> & { attribution?: Maybe<ResolversTypes['MetadataAttribution']>, owner: ResolversTypes['OwnerType'], ownershipType?: Maybe<ResolversTypes['OwnershipTypeEntity']> }>;
  OwnerEntityType: OwnerEntityType;
  OwnerInput: OwnerInput;
  OwnerType: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['OwnerType']>;
  OwnerUpdate: OwnerUpdate;
  Ownership: ResolverTypeWrapper<Omit<Ownership, 'lastModified' | 'owners'> & { lastModified: ResolversTypes['AuditStamp'], owners?: Maybe<Array<ResolversTypes['Owner']>> }>;
  OwnershipSource: ResolverTypeWrapper<OwnershipSource>;
  OwnershipSourceType: OwnershipSourceType;
  OwnershipType: OwnershipType;
  OwnershipTypeEntity: ResolverTypeWrapper<Omit<OwnershipTypeEntity, 'info' | 'relationships'> & { info?: Maybe<ResolversTypes['OwnershipTypeInfo']>, relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']> }>;
  OwnershipTypeInfo: ResolverTypeWrapper<Omit<OwnershipTypeInfo, 'created' | 'lastModified'> & { created?: Maybe<ResolversTypes['AuditStamp']>, lastModified?: Maybe<ResolversTypes['AuditStamp']> }>;
  OwnershipUpdate: OwnershipUpdate;
  PageModuleParamsInput: PageModuleParamsInput;
  PageModuleScope: PageModuleScope;
  PageTemplateAssetSummaryInput: PageTemplateAssetSummaryInput;
  PageTemplateRowInput: PageTemplateRowInput;
  PageTemplateScope: PageTemplateScope;
  PageTemplateSurfaceType: PageTemplateSurfaceType;
  ParentContainersResult: ResolverTypeWrapper<Omit<ParentContainersResult, 'containers'> & { containers: Array<ResolversTypes['Container']> }>;
  ParentDocumentsResult: ResolverTypeWrapper<Omit<ParentDocumentsResult, 'documents'> & { documents: Array<ResolversTypes['Document']> }>;
  ParentDomainsResult: ResolverTypeWrapper<Omit<ParentDomainsResult, 'domains'> & { domains: Array<ResolversTypes['Entity']> }>;
  ParentNodesResult: ResolverTypeWrapper<Omit<ParentNodesResult, 'nodes'> & { nodes: Array<ResolversTypes['GlossaryNode']> }>;
  PartitionSpec: ResolverTypeWrapper<PartitionSpec>;
  PartitionType: PartitionType;
  PatchEntityInput: PatchEntityInput;
  PatchEntityResult: ResolverTypeWrapper<PatchEntityResult>;
  PatchOperationInput: PatchOperationInput;
  PatchOperationType: PatchOperationType;
  PersonalSidebarSection: PersonalSidebarSection;
  PlatformInput: PlatformInput;
  PlatformNativeType: PlatformNativeType;
  PlatformPrivileges: ResolverTypeWrapper<PlatformPrivileges>;
  PlatformSchema: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PlatformSchema']>;
  PlatformType: PlatformType;
  PoliciesConfig: ResolverTypeWrapper<PoliciesConfig>;
  Policy: ResolverTypeWrapper<Omit<Policy, 'actors' | 'resources'> & { actors: ResolversTypes['ActorFilter'], resources?: Maybe<ResolversTypes['ResourceFilter']> }>;
  PolicyEvaluationDetail: ResolverTypeWrapper<PolicyEvaluationDetail>;
  PolicyMatchCondition: PolicyMatchCondition;
  PolicyMatchCriterion: ResolverTypeWrapper<Omit<PolicyMatchCriterion, 'values'> & { values: Array<ResolversTypes['PolicyMatchCriterionValue']> }>;
  PolicyMatchCriterionInput: PolicyMatchCriterionInput;
  PolicyMatchCriterionValue: ResolverTypeWrapper<Omit<PolicyMatchCriterionValue, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  PolicyMatchFilter: ResolverTypeWrapper<Omit<PolicyMatchFilter, 'criteria'> & { criteria?: Maybe<Array<ResolversTypes['PolicyMatchCriterion']>> }>;
  PolicyMatchFilterInput: PolicyMatchFilterInput;
  PolicyState: PolicyState;
  PolicyType: PolicyType;
  PolicyUpdateInput: PolicyUpdateInput;
  Post: ResolverTypeWrapper<Omit<Post, 'lastModified' | 'relationships'> & { lastModified: ResolversTypes['AuditStamp'], relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']> }>;
  PostContent: ResolverTypeWrapper<PostContent>;
  PostContentType: PostContentType;
  PostType: PostType;
  Privilege: ResolverTypeWrapper<Privilege>;
  Privileges: ResolverTypeWrapper<Privileges>;
  ProductUpdate: ResolverTypeWrapper<ProductUpdate>;
  PropertyCardinality: PropertyCardinality;
  PropertyValue: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PropertyValue']>;
  PropertyValueInput: PropertyValueInput;
  Quantile: ResolverTypeWrapper<Quantile>;
  QuantitativeAnalyses: ResolverTypeWrapper<Omit<QuantitativeAnalyses, 'intersectionalResults' | 'unitaryResults'> & { intersectionalResults?: Maybe<ResolversTypes['ResultsType']>, unitaryResults?: Maybe<ResolversTypes['ResultsType']> }>;
  QueriesTabConfig: ResolverTypeWrapper<QueriesTabConfig>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QueryCell: ResolverTypeWrapper<Omit<QueryCell, 'changeAuditStamps' | 'lastExecuted'> & { changeAuditStamps?: Maybe<ResolversTypes['ChangeAuditStamps']>, lastExecuted?: Maybe<ResolversTypes['AuditStamp']> }>;
  QueryEntity: ResolverTypeWrapper<Omit<QueryEntity, 'platform' | 'properties' | 'relationships' | 'subjects'> & { platform?: Maybe<ResolversTypes['DataPlatform']>, properties?: Maybe<ResolversTypes['QueryProperties']>, relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']>, subjects?: Maybe<Array<ResolversTypes['QuerySubject']>> }>;
  QueryLanguage: QueryLanguage;
  QueryProperties: ResolverTypeWrapper<Omit<QueryProperties, 'created' | 'createdOn' | 'customProperties' | 'lastModified' | 'origin'> & { created: ResolversTypes['AuditStamp'], createdOn: ResolversTypes['ResolvedAuditStamp'], customProperties?: Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, lastModified: ResolversTypes['AuditStamp'], origin?: Maybe<ResolversTypes['Entity']> }>;
  QuerySource: QuerySource;
  QueryStatement: ResolverTypeWrapper<QueryStatement>;
  QueryStatementInput: QueryStatementInput;
  QuerySubject: ResolverTypeWrapper<Omit<QuerySubject, 'dataset' | 'schemaField'> & { dataset: ResolversTypes['Dataset'], schemaField?: Maybe<ResolversTypes['SchemaFieldEntity']> }>;
  QuickFilter: ResolverTypeWrapper<Omit<QuickFilter, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  RaiseIncidentInput: RaiseIncidentInput;
  RawAspect: ResolverTypeWrapper<RawAspect>;
  RecommendationContent: ResolverTypeWrapper<Omit<RecommendationContent, 'entity'> & { entity?: Maybe<ResolversTypes['Entity']> }>;
  RecommendationModule: ResolverTypeWrapper<Omit<RecommendationModule, 'content'> & { content: Array<ResolversTypes['RecommendationContent']> }>;
  RecommendationParams: ResolverTypeWrapper<RecommendationParams>;
  RecommendationRenderType: RecommendationRenderType;
  RecommendationRequestContext: RecommendationRequestContext;
  RelatedDocumentsInput: RelatedDocumentsInput;
  RelatedDocumentsResult: ResolverTypeWrapper<Omit<RelatedDocumentsResult, 'documents' | 'facets'> & { documents: Array<ResolversTypes['Document']>, facets?: Maybe<Array<ResolversTypes['FacetMetadata']>> }>;
  RelatedTermsInput: RelatedTermsInput;
  RelationshipDirection: RelationshipDirection;
  RelationshipFieldMapping: ResolverTypeWrapper<RelationshipFieldMapping>;
  RelationshipFieldMappingInput: RelationshipFieldMappingInput;
  RelationshipsInput: RelationshipsInput;
  RemoveGroupMembersInput: RemoveGroupMembersInput;
  RemoveLinkInput: RemoveLinkInput;
  RemoveNativeGroupMembersInput: RemoveNativeGroupMembersInput;
  RemoveOwnerInput: RemoveOwnerInput;
  RemoveStructuredPropertiesInput: RemoveStructuredPropertiesInput;
  ReportOperationInput: ReportOperationInput;
  ResetToken: ResolverTypeWrapper<ResetToken>;
  ResolvedActor: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ResolvedActor']>;
  ResolvedAuditStamp: ResolverTypeWrapper<Omit<ResolvedAuditStamp, 'actor'> & { actor?: Maybe<ResolversTypes['CorpUser']> }>;
  ResourceFilter: ResolverTypeWrapper<Omit<ResourceFilter, 'filter' | 'privilegeConstraints'> & { filter?: Maybe<ResolversTypes['PolicyMatchFilter']>, privilegeConstraints?: Maybe<ResolversTypes['PolicyMatchFilter']> }>;
  ResourceFilterInput: ResourceFilterInput;
  ResourcePrivileges: ResolverTypeWrapper<ResourcePrivileges>;
  ResourceRefInput: ResourceRefInput;
  ResourceSpec: ResourceSpec;
  Restricted: ResolverTypeWrapper<Omit<Restricted, 'lineage' | 'relationships'> & { lineage?: Maybe<ResolversTypes['EntityLineageResult']>, relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']> }>;
  ResultsType: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ResultsType']>;
  RichTextModuleParams: ResolverTypeWrapper<RichTextModuleParams>;
  RichTextModuleParamsInput: RichTextModuleParamsInput;
  Role: ResolverTypeWrapper<Omit<Role, 'actors' | 'relationships'> & { actors?: Maybe<ResolversTypes['Actor']>, relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']> }>;
  RoleAssociation: ResolverTypeWrapper<Omit<RoleAssociation, 'role'> & { role: ResolversTypes['Role'] }>;
  RoleGroup: ResolverTypeWrapper<Omit<RoleGroup, 'group'> & { group: ResolversTypes['CorpGroup'] }>;
  RoleProperties: ResolverTypeWrapper<RoleProperties>;
  RoleUser: ResolverTypeWrapper<Omit<RoleUser, 'user'> & { user: ResolversTypes['CorpUser'] }>;
  RollbackIngestionInput: RollbackIngestionInput;
  Row: ResolverTypeWrapper<Omit<Row, 'cells'> & { cells?: Maybe<Array<ResolversTypes['Cell']>> }>;
  RowCountChange: ResolverTypeWrapper<RowCountChange>;
  RowCountTotal: ResolverTypeWrapper<RowCountTotal>;
  ScenarioType: ScenarioType;
  Schema: ResolverTypeWrapper<Omit<Schema, 'fields' | 'foreignKeys' | 'platformSchema'> & { fields: Array<ResolversTypes['SchemaField']>, foreignKeys?: Maybe<Array<Maybe<ResolversTypes['ForeignKeyConstraint']>>>, platformSchema?: Maybe<ResolversTypes['PlatformSchema']> }>;
  SchemaAssertionCompatibility: SchemaAssertionCompatibility;
  SchemaAssertionField: ResolverTypeWrapper<SchemaAssertionField>;
  SchemaAssertionInfo: ResolverTypeWrapper<Omit<SchemaAssertionInfo, 'fields' | 'schema'> & { fields: Array<ResolversTypes['SchemaAssertionField']>, schema?: Maybe<ResolversTypes['SchemaMetadata']> }>;
  SchemaContract: ResolverTypeWrapper<Omit<SchemaContract, 'assertion'> & { assertion: ResolversTypes['Assertion'] }>;
  SchemaContractInput: SchemaContractInput;
  SchemaField: ResolverTypeWrapper<Omit<SchemaField, 'globalTags' | 'glossaryTerms' | 'schemaFieldEntity' | 'tags'> & { globalTags?: Maybe<ResolversTypes['GlobalTags']>, glossaryTerms?: Maybe<ResolversTypes['GlossaryTerms']>, schemaFieldEntity?: Maybe<ResolversTypes['SchemaFieldEntity']>, tags?: Maybe<ResolversTypes['GlobalTags']> }>;
  SchemaFieldBlame: ResolverTypeWrapper<SchemaFieldBlame>;
  SchemaFieldChange: ResolverTypeWrapper<SchemaFieldChange>;
  SchemaFieldDataType: SchemaFieldDataType;
  SchemaFieldEntity: ResolverTypeWrapper<Omit<SchemaFieldEntity, 'businessAttributes' | 'deprecation' | 'documentation' | 'forms' | 'glossaryTerms' | 'lineage' | 'logicalParent' | 'parent' | 'relatedDocuments' | 'relationships' | 'structuredProperties' | 'tags'> & { businessAttributes?: Maybe<ResolversTypes['BusinessAttributes']>, deprecation?: Maybe<ResolversTypes['Deprecation']>, documentation?: Maybe<ResolversTypes['Documentation']>, forms?: Maybe<ResolversTypes['Forms']>, glossaryTerms?: Maybe<ResolversTypes['GlossaryTerms']>, lineage?: Maybe<ResolversTypes['EntityLineageResult']>, logicalParent?: Maybe<ResolversTypes['Entity']>, parent: ResolversTypes['Entity'], relatedDocuments?: Maybe<ResolversTypes['RelatedDocumentsResult']>, relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']>, structuredProperties?: Maybe<ResolversTypes['StructuredProperties']>, tags?: Maybe<ResolversTypes['GlobalTags']> }>;
  SchemaFieldRef: ResolverTypeWrapper<SchemaFieldRef>;
  SchemaFieldSpec: ResolverTypeWrapper<SchemaFieldSpec>;
  SchemaMetadata: ResolverTypeWrapper<SchemaMetadataParent>;
  ScrollAcrossEntitiesInput: ScrollAcrossEntitiesInput;
  ScrollAcrossLineageInput: ScrollAcrossLineageInput;
  ScrollAcrossLineageResults: ResolverTypeWrapper<Omit<ScrollAcrossLineageResults, 'facets' | 'searchResults'> & { facets?: Maybe<Array<ResolversTypes['FacetMetadata']>>, searchResults: Array<ResolversTypes['SearchAcrossLineageResult']> }>;
  ScrollResults: ResolverTypeWrapper<Omit<ScrollResults, 'facets' | 'searchResults'> & { facets?: Maybe<Array<ResolversTypes['FacetMetadata']>>, searchResults: Array<ResolversTypes['SearchResult']> }>;
  SearchAcrossEntitiesInput: SearchAcrossEntitiesInput;
  SearchAcrossLineageInput: SearchAcrossLineageInput;
  SearchAcrossLineageResult: ResolverTypeWrapper<Omit<SearchAcrossLineageResult, 'entity' | 'matchedFields' | 'paths'> & { entity: ResolversTypes['Entity'], matchedFields: Array<ResolversTypes['MatchedField']>, paths?: Maybe<Array<Maybe<ResolversTypes['EntityPath']>>> }>;
  SearchAcrossLineageResults: ResolverTypeWrapper<Omit<SearchAcrossLineageResults, 'facets' | 'searchResults'> & { facets?: Maybe<Array<ResolversTypes['FacetMetadata']>>, searchResults: Array<ResolversTypes['SearchAcrossLineageResult']> }>;
  SearchBarAPI: SearchBarAPI;
  SearchBarConfig: ResolverTypeWrapper<SearchBarConfig>;
  SearchCardConfig: ResolverTypeWrapper<SearchCardConfig>;
  SearchDocumentsInput: SearchDocumentsInput;
  SearchDocumentsResult: ResolverTypeWrapper<Omit<SearchDocumentsResult, 'documents' | 'facets'> & { documents: Array<ResolversTypes['Document']>, facets?: Maybe<Array<ResolversTypes['FacetMetadata']>> }>;
  SearchFlags: SearchFlags;
  SearchFlagsConfig: ResolverTypeWrapper<SearchFlagsConfig>;
  SearchInput: SearchInput;
  SearchInsight: ResolverTypeWrapper<SearchInsight>;
  SearchParams: ResolverTypeWrapper<SearchParams>;
  SearchRequestContext: SearchRequestContext;
  SearchResult: ResolverTypeWrapper<Omit<SearchResult, 'entity' | 'matchedFields'> & { entity: ResolversTypes['Entity'], matchedFields: Array<ResolversTypes['MatchedField']> }>;
  SearchResults: ResolverTypeWrapper<Omit<SearchResults, 'facets' | 'searchResults'> & { facets?: Maybe<Array<ResolversTypes['FacetMetadata']>>, searchResults: Array<ResolversTypes['SearchResult']> }>;
  SearchResultsVisualConfig: ResolverTypeWrapper<SearchResultsVisualConfig>;
  SearchSortInput: SearchSortInput;
  SearchSuggestion: ResolverTypeWrapper<SearchSuggestion>;
  Secret: ResolverTypeWrapper<Secret>;
  SecretValue: ResolverTypeWrapper<SecretValue>;
  SemanticVersionStruct: ResolverTypeWrapper<SemanticVersionStruct>;
  SetLogicalParentInput: SetLogicalParentInput;
  SiblingProperties: ResolverTypeWrapper<Omit<SiblingProperties, 'siblings'> & { siblings?: Maybe<Array<Maybe<ResolversTypes['Entity']>>> }>;
  SortCriterion: SortCriterion;
  SortOrder: SortOrder;
  SortQueriesInput: SortQueriesInput;
  SourceCode: ResolverTypeWrapper<SourceCode>;
  SourceCodeUrl: ResolverTypeWrapper<SourceCodeUrl>;
  SourceCodeUrlType: SourceCodeUrlType;
  SqlAssertionInfo: ResolverTypeWrapper<SqlAssertionInfo>;
  SqlAssertionType: SqlAssertionType;
  Status: ResolverTypeWrapper<Status>;
  StdDataType: StdDataType;
  StepStateInput: StepStateInput;
  StepStateResult: ResolverTypeWrapper<StepStateResult>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringBox: ResolverTypeWrapper<StringBoxParent>;
  StringMapEntry: ResolverTypeWrapper<StringMapEntry>;
  StringMapEntryInput: StringMapEntryInput;
  StringValue: ResolverTypeWrapper<StringValue>;
  StructuredProperties: ResolverTypeWrapper<Omit<StructuredProperties, 'properties'> & { properties?: Maybe<Array<ResolversTypes['StructuredPropertiesEntry']>> }>;
  StructuredPropertiesEntry: ResolverTypeWrapper<StructuredPropertiesEntryParent>;
  StructuredPropertyDefinition: ResolverTypeWrapper<Omit<StructuredPropertyDefinition, 'allowedValues' | 'created' | 'entityTypes' | 'lastModified' | 'typeQualifier' | 'valueType'> & { allowedValues?: Maybe<Array<ResolversTypes['AllowedValue']>>, created?: Maybe<ResolversTypes['ResolvedAuditStamp']>, entityTypes: Array<ResolversTypes['EntityTypeEntity']>, lastModified?: Maybe<ResolversTypes['ResolvedAuditStamp']>, typeQualifier?: Maybe<ResolversTypes['TypeQualifier']>, valueType: ResolversTypes['DataTypeEntity'] }>;
  StructuredPropertyEntity: ResolverTypeWrapper<EntityRef>;
  StructuredPropertyInputParams: StructuredPropertyInputParams;
  StructuredPropertyParams: ResolverTypeWrapper<Omit<StructuredPropertyParams, 'structuredProperty'> & { structuredProperty: ResolversTypes['StructuredPropertyEntity'] }>;
  StructuredPropertyParamsInput: StructuredPropertyParamsInput;
  StructuredPropertySettings: ResolverTypeWrapper<StructuredPropertySettings>;
  StructuredPropertySettingsInput: StructuredPropertySettingsInput;
  StructuredReport: ResolverTypeWrapper<StructuredReport>;
  SubResourceType: SubResourceType;
  SubTypes: ResolverTypeWrapper<SubTypes>;
  SubmitFormPromptInput: SubmitFormPromptInput;
  SummaryElement: ResolverTypeWrapper<Omit<SummaryElement, 'structuredProperty'> & { structuredProperty?: Maybe<ResolversTypes['StructuredPropertyEntity']> }>;
  SummaryElementInput: SummaryElementInput;
  SummaryElementType: SummaryElementType;
  SupportsVersions: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['SupportsVersions']>;
  SystemFreshness: ResolverTypeWrapper<SystemFreshness>;
  SystemMetadataInput: SystemMetadataInput;
  TableChart: ResolverTypeWrapper<Omit<TableChart, 'rows'> & { rows: Array<ResolversTypes['Row']> }>;
  TableSchema: ResolverTypeWrapper<TableSchema>;
  Tag: ResolverTypeWrapper<EntityRef>;
  TagAssociation: ResolverTypeWrapper<Omit<TagAssociation, 'attribution' | 'tag'> & { attribution?: Maybe<ResolversTypes['MetadataAttribution']>, tag: ResolversTypes['Tag'] }>;
  TagAssociationInput: TagAssociationInput;
  TagAssociationUpdate: TagAssociationUpdate;
  TagProperties: ResolverTypeWrapper<TagProperties>;
  TagUpdateInput: TagUpdateInput;
  TelemetryConfig: ResolverTypeWrapper<TelemetryConfig>;
  TermAssociationInput: TermAssociationInput;
  TermRelationshipType: TermRelationshipType;
  Test: ResolverTypeWrapper<Omit<Test, 'definition' | 'relationships'> & { definition: ResolversTypes['TestDefinition'], relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']> }>;
  TestDefinition: ResolverTypeWrapper<TestDefinition>;
  TestDefinitionInput: TestDefinitionInput;
  TestResult: ResolverTypeWrapper<Omit<TestResult, 'test'> & { test?: Maybe<ResolversTypes['Test']> }>;
  TestResultType: TestResultType;
  TestResults: ResolverTypeWrapper<Omit<TestResults, 'failing' | 'passing'> & { failing: Array<ResolversTypes['TestResult']>, passing: Array<ResolversTypes['TestResult']> }>;
  TestsConfig: ResolverTypeWrapper<TestsConfig>;
  TextCell: ResolverTypeWrapper<Omit<TextCell, 'changeAuditStamps'> & { changeAuditStamps?: Maybe<ResolversTypes['ChangeAuditStamps']> }>;
  ThemeConfig: ResolverTypeWrapper<ThemeConfig>;
  TimeRange: TimeRange;
  TimeSeriesAspect: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['TimeSeriesAspect']>;
  TimeSeriesChart: ResolverTypeWrapper<TimeSeriesChart>;
  TimeWindow: ResolverTypeWrapper<TimeWindow>;
  TimelineParameterEntry: ResolverTypeWrapper<TimelineParameterEntry>;
  TimeseriesCapabilitiesResult: ResolverTypeWrapper<TimeseriesCapabilitiesResult>;
  TypeQualifier: ResolverTypeWrapper<Omit<TypeQualifier, 'allowedTypes'> & { allowedTypes?: Maybe<Array<ResolversTypes['EntityTypeEntity']>> }>;
  TypeQualifierInput: TypeQualifierInput;
  UnlinkVersionInput: UnlinkVersionInput;
  UpdateApplicationInput: UpdateApplicationInput;
  UpdateApplicationsSettingsInput: UpdateApplicationsSettingsInput;
  UpdateAssetSettingsInput: UpdateAssetSettingsInput;
  UpdateAssetSummaryInput: UpdateAssetSummaryInput;
  UpdateBusinessAttributeInput: UpdateBusinessAttributeInput;
  UpdateCorpUserViewsSettingsInput: UpdateCorpUserViewsSettingsInput;
  UpdateDataProductInput: UpdateDataProductInput;
  UpdateDeprecationInput: UpdateDeprecationInput;
  UpdateDocPropagationSettingsInput: UpdateDocPropagationSettingsInput;
  UpdateDocumentContentsInput: UpdateDocumentContentsInput;
  UpdateDocumentRelatedEntitiesInput: UpdateDocumentRelatedEntitiesInput;
  UpdateDocumentSettingsInput: UpdateDocumentSettingsInput;
  UpdateDocumentStatusInput: UpdateDocumentStatusInput;
  UpdateDocumentSubTypeInput: UpdateDocumentSubTypeInput;
  UpdateEmbedInput: UpdateEmbedInput;
  UpdateFormInput: UpdateFormInput;
  UpdateGlobalViewsSettingsInput: UpdateGlobalViewsSettingsInput;
  UpdateIncidentInput: UpdateIncidentInput;
  UpdateIncidentStatusInput: UpdateIncidentStatusInput;
  UpdateIngestionSourceConfigInput: UpdateIngestionSourceConfigInput;
  UpdateIngestionSourceInput: UpdateIngestionSourceInput;
  UpdateIngestionSourceScheduleInput: UpdateIngestionSourceScheduleInput;
  UpdateLineageInput: UpdateLineageInput;
  UpdateLinkInput: UpdateLinkInput;
  UpdateMediaInput: UpdateMediaInput;
  UpdateNameInput: UpdateNameInput;
  UpdateOwnershipTypeInput: UpdateOwnershipTypeInput;
  UpdateParentNodeInput: UpdateParentNodeInput;
  UpdatePostContentInput: UpdatePostContentInput;
  UpdatePostInput: UpdatePostInput;
  UpdateQueryInput: UpdateQueryInput;
  UpdateQueryPropertiesInput: UpdateQueryPropertiesInput;
  UpdateQuerySubjectInput: UpdateQuerySubjectInput;
  UpdateSecretInput: UpdateSecretInput;
  UpdateStepStateResult: ResolverTypeWrapper<UpdateStepStateResult>;
  UpdateStructuredPropertyInput: UpdateStructuredPropertyInput;
  UpdateTestInput: UpdateTestInput;
  UpdateTypeQualifierInput: UpdateTypeQualifierInput;
  UpdateUserHomePageSettingsInput: UpdateUserHomePageSettingsInput;
  UpdateUserSettingInput: UpdateUserSettingInput;
  UpdateViewInput: UpdateViewInput;
  UploadDownloadScenario: UploadDownloadScenario;
  UpsertCustomAssertionInput: UpsertCustomAssertionInput;
  UpsertDataContractInput: UpsertDataContractInput;
  UpsertDataHubConnectionInput: UpsertDataHubConnectionInput;
  UpsertLinkInput: UpsertLinkInput;
  UpsertPageModuleInput: UpsertPageModuleInput;
  UpsertPageTemplateInput: UpsertPageTemplateInput;
  UpsertStructuredPropertiesInput: UpsertStructuredPropertiesInput;
  UpstreamEntityRelationships: ResolverTypeWrapper<Omit<UpstreamEntityRelationships, 'entities'> & { entities?: Maybe<Array<Maybe<ResolversTypes['EntityRelationshipLegacy']>>> }>;
  UsageAggregation: ResolverTypeWrapper<Omit<UsageAggregation, 'metrics'> & { metrics?: Maybe<ResolversTypes['UsageAggregationMetrics']> }>;
  UsageAggregationMetrics: ResolverTypeWrapper<Omit<UsageAggregationMetrics, 'fields' | 'users'> & { fields?: Maybe<Array<Maybe<ResolversTypes['FieldUsageCounts']>>>, users?: Maybe<Array<Maybe<ResolversTypes['UserUsageCounts']>>> }>;
  UsageQueryResult: ResolverTypeWrapper<Omit<UsageQueryResult, 'aggregations' | 'buckets'> & { aggregations?: Maybe<ResolversTypes['UsageQueryResultAggregations']>, buckets?: Maybe<Array<Maybe<ResolversTypes['UsageAggregation']>>> }>;
  UsageQueryResultAggregations: ResolverTypeWrapper<Omit<UsageQueryResultAggregations, 'fields' | 'users'> & { fields?: Maybe<Array<Maybe<ResolversTypes['FieldUsageCounts']>>>, users?: Maybe<Array<Maybe<ResolversTypes['UserUsageCounts']>>> }>;
  UserSetting: UserSetting;
  UserUsageCounts: ResolverTypeWrapper<Omit<UserUsageCounts, 'user'> & { user?: Maybe<ResolversTypes['CorpUser']> }>;
  ValueFrequency: ResolverTypeWrapper<ValueFrequency>;
  VerifyFormInput: VerifyFormInput;
  VersionProperties: ResolverTypeWrapper<VersionPropertiesParent>;
  VersionSet: ResolverTypeWrapper<EntityRef>;
  VersionTag: ResolverTypeWrapper<VersionTag>;
  VersionedDataset: ResolverTypeWrapper<Omit<VersionedDataset, 'application' | 'applications' | 'container' | 'deprecation' | 'domain' | 'editableSchemaMetadata' | 'glossaryTerms' | 'institutionalMemory' | 'ownership' | 'parentContainers' | 'platform' | 'properties' | 'relationships' | 'schema' | 'tags'> & { application?: Maybe<ResolversTypes['ApplicationAssociation']>, applications?: Maybe<Array<ResolversTypes['ApplicationAssociation']>>, container?: Maybe<ResolversTypes['Container']>, deprecation?: Maybe<ResolversTypes['Deprecation']>, domain?: Maybe<ResolversTypes['DomainAssociation']>, editableSchemaMetadata?: Maybe<ResolversTypes['EditableSchemaMetadata']>, glossaryTerms?: Maybe<ResolversTypes['GlossaryTerms']>, institutionalMemory?: Maybe<ResolversTypes['InstitutionalMemory']>, ownership?: Maybe<ResolversTypes['Ownership']>, parentContainers?: Maybe<ResolversTypes['ParentContainersResult']>, platform: ResolversTypes['DataPlatform'], properties?: Maybe<ResolversTypes['DatasetProperties']>, relationships?: Maybe<ResolversTypes['EntityRelationshipsResult']>, schema?: Maybe<ResolversTypes['Schema']>, tags?: Maybe<ResolversTypes['GlobalTags']> }>;
  ViewProperties: ResolverTypeWrapper<ViewProperties>;
  ViewsConfig: ResolverTypeWrapper<ViewsConfig>;
  VisualConfig: ResolverTypeWrapper<VisualConfig>;
  VolumeAssertionInfo: ResolverTypeWrapper<VolumeAssertionInfo>;
  VolumeAssertionType: VolumeAssertionType;
  WindowDuration: WindowDuration;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptRoleInput: AcceptRoleInput;
  Access: Omit<Access, 'roles'> & { roles?: Maybe<Array<ResolversParentTypes['RoleAssociation']>> };
  AccessToken: Omit<AccessToken, 'metadata'> & { metadata?: Maybe<ResolversParentTypes['AccessTokenMetadata']> };
  AccessTokenMetadata: Omit<AccessTokenMetadata, 'relationships'> & { relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']> };
  ActiveIncidentHealthDetails: ActiveIncidentHealthDetails;
  Actor: Omit<Actor, 'groups' | 'users'> & { groups?: Maybe<Array<ResolversParentTypes['RoleGroup']>>, users?: Maybe<Array<ResolversParentTypes['RoleUser']>> };
  ActorFilter: Omit<ActorFilter, 'resolvedGroups' | 'resolvedOwnershipTypes' | 'resolvedRoles' | 'resolvedUsers'> & { resolvedGroups?: Maybe<Array<ResolversParentTypes['CorpGroup']>>, resolvedOwnershipTypes?: Maybe<Array<ResolversParentTypes['OwnershipTypeEntity']>>, resolvedRoles?: Maybe<Array<ResolversParentTypes['DataHubRole']>>, resolvedUsers?: Maybe<Array<ResolversParentTypes['CorpUser']>> };
  ActorFilterInput: ActorFilterInput;
  AddBusinessAttributeInput: AddBusinessAttributeInput;
  AddGroupMembersInput: AddGroupMembersInput;
  AddLinkInput: AddLinkInput;
  AddNativeGroupMembersInput: AddNativeGroupMembersInput;
  AddOwnerInput: AddOwnerInput;
  AddOwnersInput: AddOwnersInput;
  AddTagsInput: AddTagsInput;
  AddTermsInput: AddTermsInput;
  AggregateAcrossEntitiesInput: AggregateAcrossEntitiesInput;
  AggregateResults: Omit<AggregateResults, 'facets'> & { facets?: Maybe<Array<ResolversParentTypes['FacetMetadata']>> };
  AggregationMetadata: Omit<AggregationMetadata, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  AllowedValue: Omit<AllowedValue, 'value'> & { value: ResolversParentTypes['PropertyValue'] };
  AllowedValueInput: AllowedValueInput;
  AnalyticsChart: ResolversUnionTypes<ResolversParentTypes>['AnalyticsChart'];
  AnalyticsChartGroup: Omit<AnalyticsChartGroup, 'charts'> & { charts: Array<ResolversParentTypes['AnalyticsChart']> };
  AnalyticsConfig: AnalyticsConfig;
  AndFilterInput: AndFilterInput;
  AppConfig: AppConfig;
  Application: Omit<Application, 'domain' | 'forms' | 'glossaryTerms' | 'institutionalMemory' | 'ownership' | 'properties' | 'relatedDocuments' | 'relationships' | 'structuredProperties' | 'tags'> & { domain?: Maybe<ResolversParentTypes['DomainAssociation']>, forms?: Maybe<ResolversParentTypes['Forms']>, glossaryTerms?: Maybe<ResolversParentTypes['GlossaryTerms']>, institutionalMemory?: Maybe<ResolversParentTypes['InstitutionalMemory']>, ownership?: Maybe<ResolversParentTypes['Ownership']>, properties?: Maybe<ResolversParentTypes['ApplicationProperties']>, relatedDocuments?: Maybe<ResolversParentTypes['RelatedDocumentsResult']>, relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']>, structuredProperties?: Maybe<ResolversParentTypes['StructuredProperties']>, tags?: Maybe<ResolversParentTypes['GlobalTags']> };
  ApplicationAssociation: Omit<ApplicationAssociation, 'application'> & { application: ResolversParentTypes['Application'] };
  ApplicationConfig: ApplicationConfig;
  ApplicationEntitiesInput: ApplicationEntitiesInput;
  ApplicationProperties: Omit<ApplicationProperties, 'customProperties'> & { customProperties?: Maybe<Array<ResolversParentTypes['CustomPropertiesEntry']>> };
  ArrayPrimaryKeyInput: ArrayPrimaryKeyInput;
  Aspect: ResolversInterfaceTypes<ResolversParentTypes>['Aspect'];
  AspectParams: AspectParams;
  AspectRenderSpec: AspectRenderSpec;
  Assertion: Omit<Assertion, 'dataPlatformInstance' | 'info' | 'lineage' | 'platform' | 'relationships' | 'tags'> & { dataPlatformInstance?: Maybe<ResolversParentTypes['DataPlatformInstance']>, info?: Maybe<ResolversParentTypes['AssertionInfo']>, lineage?: Maybe<ResolversParentTypes['EntityLineageResult']>, platform: ResolversParentTypes['DataPlatform'], relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']>, tags?: Maybe<ResolversParentTypes['GlobalTags']> };
  AssertionAction: AssertionAction;
  AssertionActions: AssertionActions;
  AssertionHealthStatusByType: AssertionHealthStatusByType;
  AssertionInfo: Omit<AssertionInfo, 'lastUpdated' | 'schemaAssertion' | 'source'> & { lastUpdated?: Maybe<ResolversParentTypes['AuditStamp']>, schemaAssertion?: Maybe<ResolversParentTypes['SchemaAssertionInfo']>, source?: Maybe<ResolversParentTypes['AssertionSource']> };
  AssertionResult: AssertionResult;
  AssertionResultError: AssertionResultError;
  AssertionResultErrorInput: AssertionResultErrorInput;
  AssertionResultInput: AssertionResultInput;
  AssertionRunEvent: AssertionRunEvent;
  AssertionRunEventsResult: AssertionRunEventsResult;
  AssertionSource: Omit<AssertionSource, 'created'> & { created?: Maybe<ResolversParentTypes['AuditStamp']> };
  AssertionStdParameter: AssertionStdParameter;
  AssertionStdParameters: AssertionStdParameters;
  AssetCollectionModuleParams: AssetCollectionModuleParams;
  AssetCollectionModuleParamsInput: AssetCollectionModuleParamsInput;
  AssetSettings: Omit<AssetSettings, 'assetSummary'> & { assetSummary?: Maybe<ResolversParentTypes['AssetSummarySettings']> };
  AssetStatsResult: AssetStatsResult;
  AssetSummarySettings: Omit<AssetSummarySettings, 'templates'> & { templates?: Maybe<Array<ResolversParentTypes['AssetSummarySettingsTemplate']>> };
  AssetSummarySettingsTemplate: Omit<AssetSummarySettingsTemplate, 'template'> & { template?: Maybe<ResolversParentTypes['DataHubPageTemplate']> };
  AuditStamp: AuditStamp;
  AuthConfig: AuthConfig;
  AuthenticatedUser: Omit<AuthenticatedUser, 'corpUser'> & { corpUser: ResolversParentTypes['CorpUser'] };
  AutoCompleteInput: AutoCompleteInput;
  AutoCompleteMultipleInput: AutoCompleteMultipleInput;
  AutoCompleteMultipleResults: Omit<AutoCompleteMultipleResults, 'suggestions'> & { suggestions: Array<ResolversParentTypes['AutoCompleteResultForEntity']> };
  AutoCompleteResultForEntity: Omit<AutoCompleteResultForEntity, 'entities'> & { entities: Array<ResolversParentTypes['Entity']> };
  AutoCompleteResults: Omit<AutoCompleteResults, 'entities'> & { entities: Array<ResolversParentTypes['Entity']> };
  BarChart: BarChart;
  BarSegment: BarSegment;
  BaseData: BaseData;
  BatchAddOwnersInput: BatchAddOwnersInput;
  BatchAddTagsInput: BatchAddTagsInput;
  BatchAddTermsInput: BatchAddTermsInput;
  BatchAssignFormInput: BatchAssignFormInput;
  BatchAssignRoleInput: BatchAssignRoleInput;
  BatchDatasetUpdateInput: BatchDatasetUpdateInput;
  BatchGetStepStatesInput: BatchGetStepStatesInput;
  BatchGetStepStatesResult: BatchGetStepStatesResult;
  BatchRemoveFormInput: BatchRemoveFormInput;
  BatchRemoveOwnersInput: BatchRemoveOwnersInput;
  BatchRemoveTagsInput: BatchRemoveTagsInput;
  BatchRemoveTermsInput: BatchRemoveTermsInput;
  BatchSetApplicationInput: BatchSetApplicationInput;
  BatchSetDataProductInput: BatchSetDataProductInput;
  BatchSetDomainInput: BatchSetDomainInput;
  BatchSpec: BatchSpec;
  BatchUnsetApplicationInput: BatchUnsetApplicationInput;
  BatchUpdateDeprecationInput: BatchUpdateDeprecationInput;
  BatchUpdateSoftDeletedInput: BatchUpdateSoftDeletedInput;
  BatchUpdateStepStatesInput: BatchUpdateStepStatesInput;
  BatchUpdateStepStatesResult: BatchUpdateStepStatesResult;
  Boolean: Scalars['Boolean']['output'];
  BooleanBox: BooleanBoxParent;
  BrowsableEntity: ResolversInterfaceTypes<ResolversParentTypes>['BrowsableEntity'];
  BrowseInput: BrowseInput;
  BrowsePath: BrowsePath;
  BrowsePathEntry: Omit<BrowsePathEntry, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  BrowsePathV2: Omit<BrowsePathV2, 'path'> & { path: Array<ResolversParentTypes['BrowsePathEntry']> };
  BrowsePathsInput: BrowsePathsInput;
  BrowseResultGroup: BrowseResultGroup;
  BrowseResultGroupV2: Omit<BrowseResultGroupV2, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  BrowseResultMetadata: BrowseResultMetadata;
  BrowseResults: Omit<BrowseResults, 'entities'> & { entities: Array<ResolversParentTypes['Entity']> };
  BrowseResultsV2: Omit<BrowseResultsV2, 'groups'> & { groups: Array<ResolversParentTypes['BrowseResultGroupV2']> };
  BrowseV2Input: BrowseV2Input;
  BucketStorageLocation: BucketStorageLocation;
  BusinessAttribute: Omit<BusinessAttribute, 'institutionalMemory' | 'ownership' | 'properties' | 'relationships'> & { institutionalMemory?: Maybe<ResolversParentTypes['InstitutionalMemory']>, ownership?: Maybe<ResolversParentTypes['Ownership']>, properties?: Maybe<ResolversParentTypes['BusinessAttributeInfo']>, relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']> };
  BusinessAttributeAssociation: Omit<BusinessAttributeAssociation, 'businessAttribute'> & { businessAttribute: ResolversParentTypes['BusinessAttribute'] };
  BusinessAttributeInfo: Omit<BusinessAttributeInfo, 'created' | 'customProperties' | 'deleted' | 'glossaryTerms' | 'lastModified' | 'tags'> & { created: ResolversParentTypes['AuditStamp'], customProperties?: Maybe<Array<ResolversParentTypes['CustomPropertiesEntry']>>, deleted?: Maybe<ResolversParentTypes['AuditStamp']>, glossaryTerms?: Maybe<ResolversParentTypes['GlossaryTerms']>, lastModified: ResolversParentTypes['AuditStamp'], tags?: Maybe<ResolversParentTypes['GlobalTags']> };
  BusinessAttributeInfoInput: BusinessAttributeInfoInput;
  BusinessAttributes: Omit<BusinessAttributes, 'businessAttribute'> & { businessAttribute?: Maybe<ResolversParentTypes['BusinessAttributeAssociation']> };
  CancelIngestionExecutionRequestInput: CancelIngestionExecutionRequestInput;
  CaveatDetails: CaveatDetails;
  CaveatsAndRecommendations: CaveatsAndRecommendations;
  Cell: Omit<Cell, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  ChangeAuditStamps: Omit<ChangeAuditStamps, 'created' | 'deleted' | 'lastModified'> & { created: ResolversParentTypes['AuditStamp'], deleted?: Maybe<ResolversParentTypes['AuditStamp']>, lastModified: ResolversParentTypes['AuditStamp'] };
  ChangeEvent: Omit<ChangeEvent, 'auditStamp'> & { auditStamp?: Maybe<ResolversParentTypes['AuditStamp']> };
  ChangeTransaction: Omit<ChangeTransaction, 'changes'> & { changes?: Maybe<Array<ResolversParentTypes['ChangeEvent']>> };
  Chart: Omit<Chart, 'application' | 'applications' | 'browsePathV2' | 'container' | 'dataPlatformInstance' | 'deprecation' | 'domain' | 'forms' | 'globalTags' | 'glossaryTerms' | 'incidents' | 'info' | 'inputFields' | 'institutionalMemory' | 'lineage' | 'ownership' | 'parentContainers' | 'platform' | 'properties' | 'relatedDocuments' | 'relationships' | 'statsSummary' | 'structuredProperties' | 'tags'> & { application?: Maybe<ResolversParentTypes['ApplicationAssociation']>, applications?: Maybe<Array<ResolversParentTypes['ApplicationAssociation']>>, browsePathV2?: Maybe<ResolversParentTypes['BrowsePathV2']>, container?: Maybe<ResolversParentTypes['Container']>, dataPlatformInstance?: Maybe<ResolversParentTypes['DataPlatformInstance']>, deprecation?: Maybe<ResolversParentTypes['Deprecation']>, domain?: Maybe<ResolversParentTypes['DomainAssociation']>, forms?: Maybe<ResolversParentTypes['Forms']>, globalTags?: Maybe<ResolversParentTypes['GlobalTags']>, glossaryTerms?: Maybe<ResolversParentTypes['GlossaryTerms']>, incidents?: Maybe<ResolversParentTypes['EntityIncidentsResult']>, info?: Maybe<ResolversParentTypes['ChartInfo']>, inputFields?: Maybe<ResolversParentTypes['InputFields']>, institutionalMemory?: Maybe<ResolversParentTypes['InstitutionalMemory']>, lineage?: Maybe<ResolversParentTypes['EntityLineageResult']>, ownership?: Maybe<ResolversParentTypes['Ownership']>, parentContainers?: Maybe<ResolversParentTypes['ParentContainersResult']>, platform: ResolversParentTypes['DataPlatform'], properties?: Maybe<ResolversParentTypes['ChartProperties']>, relatedDocuments?: Maybe<ResolversParentTypes['RelatedDocumentsResult']>, relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']>, statsSummary?: Maybe<ResolversParentTypes['ChartStatsSummary']>, structuredProperties?: Maybe<ResolversParentTypes['StructuredProperties']>, tags?: Maybe<ResolversParentTypes['GlobalTags']> };
  ChartCell: Omit<ChartCell, 'changeAuditStamps'> & { changeAuditStamps?: Maybe<ResolversParentTypes['ChangeAuditStamps']> };
  ChartEditableProperties: ChartEditableProperties;
  ChartEditablePropertiesUpdate: ChartEditablePropertiesUpdate;
  ChartInfo: Omit<ChartInfo, 'created' | 'customProperties' | 'deleted' | 'inputs' | 'lastModified'> & { created: ResolversParentTypes['AuditStamp'], customProperties?: Maybe<Array<ResolversParentTypes['CustomPropertiesEntry']>>, deleted?: Maybe<ResolversParentTypes['AuditStamp']>, inputs?: Maybe<Array<ResolversParentTypes['Dataset']>>, lastModified: ResolversParentTypes['AuditStamp'] };
  ChartProperties: Omit<ChartProperties, 'created' | 'customProperties' | 'deleted' | 'lastModified'> & { created: ResolversParentTypes['AuditStamp'], customProperties?: Maybe<Array<ResolversParentTypes['CustomPropertiesEntry']>>, deleted?: Maybe<ResolversParentTypes['AuditStamp']>, lastModified: ResolversParentTypes['AuditStamp'] };
  ChartQuery: ChartQuery;
  ChartStatsSummary: Omit<ChartStatsSummary, 'topUsersLast30Days'> & { topUsersLast30Days?: Maybe<Array<ResolversParentTypes['CorpUser']>> };
  ChartUpdateInput: ChartUpdateInput;
  ChromeExtensionConfig: ChromeExtensionConfig;
  Container: EntityRef;
  ContainerEditableProperties: ContainerEditableProperties;
  ContainerEntitiesInput: ContainerEntitiesInput;
  ContainerProperties: ContainerPropertiesParent;
  ContentParams: ContentParams;
  CorpGroup: EntityRef;
  CorpGroupEditableProperties: CorpGroupEditableProperties;
  CorpGroupInfo: Omit<CorpGroupInfo, 'admins' | 'members'> & { admins?: Maybe<Array<ResolversParentTypes['CorpUser']>>, members?: Maybe<Array<ResolversParentTypes['CorpUser']>> };
  CorpGroupProperties: CorpGroupProperties;
  CorpGroupUpdateInput: CorpGroupUpdateInput;
  CorpUser: EntityRef;
  CorpUserAppearanceSettings: CorpUserAppearanceSettings;
  CorpUserEditableInfo: CorpUserEditableInfo;
  CorpUserEditableProperties: Omit<CorpUserEditableProperties, 'persona' | 'platforms'> & { persona?: Maybe<ResolversParentTypes['DataHubPersona']>, platforms?: Maybe<Array<ResolversParentTypes['DataPlatform']>> };
  CorpUserHomePageSettings: Omit<CorpUserHomePageSettings, 'pageTemplate'> & { pageTemplate?: Maybe<ResolversParentTypes['DataHubPageTemplate']> };
  CorpUserInfo: Omit<CorpUserInfo, 'customProperties' | 'manager'> & { customProperties?: Maybe<Array<ResolversParentTypes['CustomPropertiesEntry']>>, manager?: Maybe<ResolversParentTypes['CorpUser']> };
  CorpUserProperties: Omit<CorpUserProperties, 'customProperties' | 'manager'> & { customProperties?: Maybe<Array<ResolversParentTypes['CustomPropertiesEntry']>>, manager?: Maybe<ResolversParentTypes['CorpUser']> };
  CorpUserSettings: Omit<CorpUserSettings, 'appearance' | 'homePage' | 'views'> & { appearance?: Maybe<ResolversParentTypes['CorpUserAppearanceSettings']>, homePage?: Maybe<ResolversParentTypes['CorpUserHomePageSettings']>, views?: Maybe<ResolversParentTypes['CorpUserViewsSettings']> };
  CorpUserUpdateInput: CorpUserUpdateInput;
  CorpUserViewsSettings: Omit<CorpUserViewsSettings, 'defaultView'> & { defaultView?: Maybe<ResolversParentTypes['DataHubView']> };
  Cost: Cost;
  CostValue: CostValue;
  CreateAccessTokenInput: CreateAccessTokenInput;
  CreateApplicationInput: CreateApplicationInput;
  CreateApplicationPropertiesInput: CreateApplicationPropertiesInput;
  CreateBusinessAttributeInput: CreateBusinessAttributeInput;
  CreateDataHubFileInput: CreateDataHubFileInput;
  CreateDataHubFileResponse: Omit<CreateDataHubFileResponse, 'file'> & { file: ResolversParentTypes['DataHubFile'] };
  CreateDataProductInput: CreateDataProductInput;
  CreateDataProductPropertiesInput: CreateDataProductPropertiesInput;
  CreateDocumentInput: CreateDocumentInput;
  CreateDomainInput: CreateDomainInput;
  CreateDynamicFormAssignmentInput: CreateDynamicFormAssignmentInput;
  CreateFormInput: CreateFormInput;
  CreateGlossaryEntityInput: CreateGlossaryEntityInput;
  CreateGroupInput: CreateGroupInput;
  CreateIngestionExecutionRequestInput: CreateIngestionExecutionRequestInput;
  CreateInviteTokenInput: CreateInviteTokenInput;
  CreateNativeUserResetTokenInput: CreateNativeUserResetTokenInput;
  CreateOwnershipTypeInput: CreateOwnershipTypeInput;
  CreatePostInput: CreatePostInput;
  CreatePromptInput: CreatePromptInput;
  CreateQueryInput: CreateQueryInput;
  CreateQueryPropertiesInput: CreateQueryPropertiesInput;
  CreateQuerySubjectInput: CreateQuerySubjectInput;
  CreateSecretInput: CreateSecretInput;
  CreateStructuredPropertyInput: CreateStructuredPropertyInput;
  CreateTagInput: CreateTagInput;
  CreateTestConnectionRequestInput: CreateTestConnectionRequestInput;
  CreateTestInput: CreateTestInput;
  CreateViewInput: CreateViewInput;
  CronSchedule: CronSchedule;
  CustomAssertionInfo: CustomAssertionInfo;
  CustomPropertiesEntry: CustomPropertiesEntry;
  Dashboard: Omit<Dashboard, 'application' | 'applications' | 'browsePathV2' | 'container' | 'dataPlatformInstance' | 'deprecation' | 'domain' | 'forms' | 'globalTags' | 'glossaryTerms' | 'incidents' | 'info' | 'inputFields' | 'institutionalMemory' | 'lineage' | 'ownership' | 'parentContainers' | 'platform' | 'properties' | 'relatedDocuments' | 'relationships' | 'statsSummary' | 'structuredProperties' | 'tags' | 'usageStats'> & { application?: Maybe<ResolversParentTypes['ApplicationAssociation']>, applications?: Maybe<Array<ResolversParentTypes['ApplicationAssociation']>>, browsePathV2?: Maybe<ResolversParentTypes['BrowsePathV2']>, container?: Maybe<ResolversParentTypes['Container']>, dataPlatformInstance?: Maybe<ResolversParentTypes['DataPlatformInstance']>, deprecation?: Maybe<ResolversParentTypes['Deprecation']>, domain?: Maybe<ResolversParentTypes['DomainAssociation']>, forms?: Maybe<ResolversParentTypes['Forms']>, globalTags?: Maybe<ResolversParentTypes['GlobalTags']>, glossaryTerms?: Maybe<ResolversParentTypes['GlossaryTerms']>, incidents?: Maybe<ResolversParentTypes['EntityIncidentsResult']>, info?: Maybe<ResolversParentTypes['DashboardInfo']>, inputFields?: Maybe<ResolversParentTypes['InputFields']>, institutionalMemory?: Maybe<ResolversParentTypes['InstitutionalMemory']>, lineage?: Maybe<ResolversParentTypes['EntityLineageResult']>, ownership?: Maybe<ResolversParentTypes['Ownership']>, parentContainers?: Maybe<ResolversParentTypes['ParentContainersResult']>, platform: ResolversParentTypes['DataPlatform'], properties?: Maybe<ResolversParentTypes['DashboardProperties']>, relatedDocuments?: Maybe<ResolversParentTypes['RelatedDocumentsResult']>, relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']>, statsSummary?: Maybe<ResolversParentTypes['DashboardStatsSummary']>, structuredProperties?: Maybe<ResolversParentTypes['StructuredProperties']>, tags?: Maybe<ResolversParentTypes['GlobalTags']>, usageStats?: Maybe<ResolversParentTypes['DashboardUsageQueryResult']> };
  DashboardEditableProperties: DashboardEditableProperties;
  DashboardEditablePropertiesUpdate: DashboardEditablePropertiesUpdate;
  DashboardInfo: Omit<DashboardInfo, 'charts' | 'created' | 'customProperties' | 'deleted' | 'lastModified'> & { charts: Array<ResolversParentTypes['Chart']>, created: ResolversParentTypes['AuditStamp'], customProperties?: Maybe<Array<ResolversParentTypes['CustomPropertiesEntry']>>, deleted?: Maybe<ResolversParentTypes['AuditStamp']>, lastModified: ResolversParentTypes['AuditStamp'] };
  DashboardProperties: Omit<DashboardProperties, 'created' | 'customProperties' | 'deleted' | 'lastModified'> & { created: ResolversParentTypes['AuditStamp'], customProperties?: Maybe<Array<ResolversParentTypes['CustomPropertiesEntry']>>, deleted?: Maybe<ResolversParentTypes['AuditStamp']>, lastModified: ResolversParentTypes['AuditStamp'] };
  DashboardStatsSummary: Omit<DashboardStatsSummary, 'topUsersLast30Days'> & { topUsersLast30Days?: Maybe<Array<ResolversParentTypes['CorpUser']>> };
  DashboardUpdateInput: DashboardUpdateInput;
  DashboardUsageAggregation: DashboardUsageAggregation;
  DashboardUsageAggregationMetrics: DashboardUsageAggregationMetrics;
  DashboardUsageMetrics: DashboardUsageMetrics;
  DashboardUsageQueryResult: Omit<DashboardUsageQueryResult, 'aggregations'> & { aggregations?: Maybe<ResolversParentTypes['DashboardUsageQueryResultAggregations']> };
  DashboardUsageQueryResultAggregations: Omit<DashboardUsageQueryResultAggregations, 'users'> & { users?: Maybe<Array<Maybe<ResolversParentTypes['DashboardUserUsageCounts']>>> };
  DashboardUserUsageCounts: Omit<DashboardUserUsageCounts, 'user'> & { user?: Maybe<ResolversParentTypes['CorpUser']> };
  DataContract: Omit<DataContract, 'properties' | 'relationships' | 'structuredProperties'> & { properties?: Maybe<ResolversParentTypes['DataContractProperties']>, relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']>, structuredProperties?: Maybe<ResolversParentTypes['StructuredProperties']> };
  DataContractProperties: Omit<DataContractProperties, 'dataQuality' | 'freshness' | 'schema'> & { dataQuality?: Maybe<Array<ResolversParentTypes['DataQualityContract']>>, freshness?: Maybe<Array<ResolversParentTypes['FreshnessContract']>>, schema?: Maybe<Array<ResolversParentTypes['SchemaContract']>> };
  DataContractStatus: DataContractStatus;
  DataFlow: EntityRef;
  DataFlowDataJobsRelationships: Omit<DataFlowDataJobsRelationships, 'entities'> & { entities?: Maybe<Array<Maybe<ResolversParentTypes['EntityRelationshipLegacy']>>> };
  DataFlowEditableProperties: DataFlowEditableProperties;
  DataFlowEditablePropertiesUpdate: DataFlowEditablePropertiesUpdate;
  DataFlowInfo: Omit<DataFlowInfo, 'customProperties'> & { customProperties?: Maybe<Array<ResolversParentTypes['CustomPropertiesEntry']>> };
  DataFlowProperties: DataFlowPropertiesParent;
  DataFlowUpdateInput: DataFlowUpdateInput;
  DataHubConnection: Omit<DataHubConnection, 'platform' | 'relationships'> & { platform: ResolversParentTypes['DataPlatform'], relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']> };
  DataHubConnectionDetails: DataHubConnectionDetails;
  DataHubFile: Omit<DataHubFile, 'info' | 'relationships'> & { info: ResolversParentTypes['DataHubFileInfo'], relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']> };
  DataHubFileInfo: Omit<DataHubFileInfo, 'bucketStorageLocation' | 'created' | 'referencedByAsset' | 'schemaField'> & { bucketStorageLocation: ResolversParentTypes['BucketStorageLocation'], created: ResolversParentTypes['ResolvedAuditStamp'], referencedByAsset?: Maybe<ResolversParentTypes['Entity']>, schemaField?: Maybe<ResolversParentTypes['SchemaFieldEntity']> };
  DataHubJsonConnection: DataHubJsonConnection;
  DataHubJsonConnectionInput: DataHubJsonConnectionInput;
  DataHubPageModule: Omit<DataHubPageModule, 'properties' | 'relationships'> & { properties: ResolversParentTypes['DataHubPageModuleProperties'], relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']> };
  DataHubPageModuleParams: DataHubPageModuleParams;
  DataHubPageModuleProperties: Omit<DataHubPageModuleProperties, 'created' | 'lastModified'> & { created: ResolversParentTypes['ResolvedAuditStamp'], lastModified: ResolversParentTypes['ResolvedAuditStamp'] };
  DataHubPageModuleVisibility: DataHubPageModuleVisibility;
  DataHubPageTemplate: Omit<DataHubPageTemplate, 'properties' | 'relationships'> & { properties: ResolversParentTypes['DataHubPageTemplateProperties'], relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']> };
  DataHubPageTemplateAssetSummary: Omit<DataHubPageTemplateAssetSummary, 'summaryElements'> & { summaryElements?: Maybe<Array<ResolversParentTypes['SummaryElement']>> };
  DataHubPageTemplateProperties: Omit<DataHubPageTemplateProperties, 'assetSummary' | 'created' | 'lastModified' | 'rows'> & { assetSummary?: Maybe<ResolversParentTypes['DataHubPageTemplateAssetSummary']>, created: ResolversParentTypes['ResolvedAuditStamp'], lastModified: ResolversParentTypes['ResolvedAuditStamp'], rows: Array<ResolversParentTypes['DataHubPageTemplateRow']> };
  DataHubPageTemplateRow: Omit<DataHubPageTemplateRow, 'modules'> & { modules: Array<ResolversParentTypes['DataHubPageModule']> };
  DataHubPageTemplateSurface: DataHubPageTemplateSurface;
  DataHubPageTemplateVisibility: DataHubPageTemplateVisibility;
  DataHubPersona: DataHubPersona;
  DataHubPolicy: Omit<DataHubPolicy, 'actors' | 'relationships' | 'resources'> & { actors: ResolversParentTypes['ActorFilter'], relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']>, resources?: Maybe<ResolversParentTypes['ResourceFilter']> };
  DataHubRole: Omit<DataHubRole, 'relationships'> & { relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']> };
  DataHubView: Omit<DataHubView, 'relationships'> & { relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']> };
  DataHubViewDefinition: DataHubViewDefinition;
  DataHubViewDefinitionInput: DataHubViewDefinitionInput;
  DataHubViewFilter: DataHubViewFilter;
  DataHubViewFilterInput: DataHubViewFilterInput;
  DataJob: EntityRef;
  DataJobEditableProperties: DataJobEditableProperties;
  DataJobEditablePropertiesUpdate: DataJobEditablePropertiesUpdate;
  DataJobInfo: Omit<DataJobInfo, 'customProperties'> & { customProperties?: Maybe<Array<ResolversParentTypes['CustomPropertiesEntry']>> };
  DataJobInputOutput: DataJobInputOutputParent;
  DataJobProperties: DataJobPropertiesParent;
  DataJobUpdateInput: DataJobUpdateInput;
  DataPlatform: EntityRef;
  DataPlatformInfo: DataPlatformInfo;
  DataPlatformInstance: Omit<DataPlatformInstance, 'deprecation' | 'institutionalMemory' | 'ownership' | 'platform' | 'properties' | 'relationships' | 'tags'> & { deprecation?: Maybe<ResolversParentTypes['Deprecation']>, institutionalMemory?: Maybe<ResolversParentTypes['InstitutionalMemory']>, ownership?: Maybe<ResolversParentTypes['Ownership']>, platform: ResolversParentTypes['DataPlatform'], properties?: Maybe<ResolversParentTypes['DataPlatformInstanceProperties']>, relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']>, tags?: Maybe<ResolversParentTypes['GlobalTags']> };
  DataPlatformInstanceProperties: Omit<DataPlatformInstanceProperties, 'customProperties'> & { customProperties?: Maybe<Array<ResolversParentTypes['CustomPropertiesEntry']>> };
  DataPlatformProperties: DataPlatformProperties;
  DataProcessInstance: EntityRef;
  DataProcessInstanceProperties: DataProcessInstancePropertiesParent;
  DataProcessInstanceResult: Omit<DataProcessInstanceResult, 'runs'> & { runs?: Maybe<Array<Maybe<ResolversParentTypes['DataProcessInstance']>>> };
  DataProcessInstanceRunResult: DataProcessInstanceRunResult;
  DataProcessRunEvent: DataProcessRunEvent;
  DataProduct: Omit<DataProduct, 'application' | 'applications' | 'domain' | 'entities' | 'forms' | 'glossaryTerms' | 'institutionalMemory' | 'ownership' | 'properties' | 'relatedDocuments' | 'relationships' | 'settings' | 'structuredProperties' | 'tags'> & { application?: Maybe<ResolversParentTypes['ApplicationAssociation']>, applications?: Maybe<Array<ResolversParentTypes['ApplicationAssociation']>>, domain?: Maybe<ResolversParentTypes['DomainAssociation']>, entities?: Maybe<ResolversParentTypes['SearchResults']>, forms?: Maybe<ResolversParentTypes['Forms']>, glossaryTerms?: Maybe<ResolversParentTypes['GlossaryTerms']>, institutionalMemory?: Maybe<ResolversParentTypes['InstitutionalMemory']>, ownership?: Maybe<ResolversParentTypes['Ownership']>, properties?: Maybe<ResolversParentTypes['DataProductProperties']>, relatedDocuments?: Maybe<ResolversParentTypes['RelatedDocumentsResult']>, relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']>, settings?: Maybe<ResolversParentTypes['AssetSettings']>, structuredProperties?: Maybe<ResolversParentTypes['StructuredProperties']>, tags?: Maybe<ResolversParentTypes['GlobalTags']> };
  DataProductEntitiesInput: DataProductEntitiesInput;
  DataProductProperties: Omit<DataProductProperties, 'createdOn' | 'customProperties'> & { createdOn?: Maybe<ResolversParentTypes['ResolvedAuditStamp']>, customProperties?: Maybe<Array<ResolversParentTypes['CustomPropertiesEntry']>> };
  DataQualityContract: Omit<DataQualityContract, 'assertion'> & { assertion: ResolversParentTypes['Assertion'] };
  DataQualityContractInput: DataQualityContractInput;
  DataTransform: DataTransform;
  DataTransformLogic: DataTransformLogic;
  DataTypeEntity: Omit<DataTypeEntity, 'info' | 'relationships'> & { info: ResolversParentTypes['DataTypeInfo'], relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']> };
  DataTypeInfo: DataTypeInfo;
  Dataset: EntityRef;
  DatasetAssertionInfo: DatasetAssertionInfo;
  DatasetDeprecation: DatasetDeprecation;
  DatasetDeprecationUpdate: DatasetDeprecationUpdate;
  DatasetEditableProperties: DatasetEditableProperties;
  DatasetEditablePropertiesUpdate: DatasetEditablePropertiesUpdate;
  DatasetFieldProfile: DatasetFieldProfile;
  DatasetFilter: DatasetFilter;
  DatasetFilterInput: DatasetFilterInput;
  DatasetProfile: DatasetProfile;
  DatasetProperties: DatasetPropertiesParent;
  DatasetStatsSummary: Omit<DatasetStatsSummary, 'topUsersLast30Days'> & { topUsersLast30Days?: Maybe<Array<ResolversParentTypes['CorpUser']>> };
  DatasetUpdateInput: DatasetUpdateInput;
  DateRange: DateRange;
  DebugAccessResult: DebugAccessResult;
  DeleteFormInput: DeleteFormInput;
  DeletePageModuleInput: DeletePageModuleInput;
  DeletePageTemplateInput: DeletePageTemplateInput;
  DeleteStructuredPropertyInput: DeleteStructuredPropertyInput;
  Deprecation: Omit<Deprecation, 'actorEntity' | 'replacement'> & { actorEntity?: Maybe<ResolversParentTypes['Entity']>, replacement?: Maybe<ResolversParentTypes['Entity']> };
  DescriptionUpdateInput: DescriptionUpdateInput;
  DisplayProperties: DisplayProperties;
  DisplayPropertiesUpdateInput: DisplayPropertiesUpdateInput;
  DocPropagationSettings: DocPropagationSettings;
  Document: Omit<Document, 'browsePathV2' | 'changeHistory' | 'dataPlatformInstance' | 'domain' | 'glossaryTerms' | 'info' | 'ownership' | 'parentDocuments' | 'platform' | 'relationships' | 'structuredProperties' | 'tags'> & { browsePathV2?: Maybe<ResolversParentTypes['BrowsePathV2']>, changeHistory: Array<ResolversParentTypes['DocumentChange']>, dataPlatformInstance?: Maybe<ResolversParentTypes['DataPlatformInstance']>, domain?: Maybe<ResolversParentTypes['DomainAssociation']>, glossaryTerms?: Maybe<ResolversParentTypes['GlossaryTerms']>, info?: Maybe<ResolversParentTypes['DocumentInfo']>, ownership?: Maybe<ResolversParentTypes['Ownership']>, parentDocuments?: Maybe<ResolversParentTypes['ParentDocumentsResult']>, platform: ResolversParentTypes['DataPlatform'], relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']>, structuredProperties?: Maybe<ResolversParentTypes['StructuredProperties']>, tags?: Maybe<ResolversParentTypes['GlobalTags']> };
  DocumentChange: Omit<DocumentChange, 'actor'> & { actor?: Maybe<ResolversParentTypes['CorpUser']> };
  DocumentContent: DocumentContent;
  DocumentContentInput: DocumentContentInput;
  DocumentInfo: Omit<DocumentInfo, 'contents' | 'created' | 'customProperties' | 'lastModified' | 'parentDocument' | 'relatedAssets' | 'relatedDocuments'> & { contents: ResolversParentTypes['DocumentContent'], created: ResolversParentTypes['ResolvedAuditStamp'], customProperties?: Maybe<Array<ResolversParentTypes['CustomPropertiesEntry']>>, lastModified: ResolversParentTypes['ResolvedAuditStamp'], parentDocument?: Maybe<ResolversParentTypes['DocumentParentDocument']>, relatedAssets?: Maybe<Array<ResolversParentTypes['DocumentRelatedAsset']>>, relatedDocuments?: Maybe<Array<ResolversParentTypes['DocumentRelatedDocument']>> };
  DocumentParentDocument: Omit<DocumentParentDocument, 'document'> & { document: ResolversParentTypes['Document'] };
  DocumentRelatedAsset: Omit<DocumentRelatedAsset, 'asset'> & { asset: ResolversParentTypes['Entity'] };
  DocumentRelatedDocument: Omit<DocumentRelatedDocument, 'document'> & { document: ResolversParentTypes['Document'] };
  DocumentSettings: DocumentSettings;
  DocumentSettingsInput: DocumentSettingsInput;
  DocumentSource: DocumentSource;
  DocumentStatus: DocumentStatus;
  Documentation: Omit<Documentation, 'documentations'> & { documentations: Array<ResolversParentTypes['DocumentationAssociation']> };
  DocumentationAssociation: Omit<DocumentationAssociation, 'attribution'> & { attribution?: Maybe<ResolversParentTypes['MetadataAttribution']> };
  Domain: EntityRef;
  DomainAssociation: DomainAssociationParent;
  DomainEntitiesInput: DomainEntitiesInput;
  DomainProperties: Omit<DomainProperties, 'createdOn'> & { createdOn?: Maybe<ResolversParentTypes['ResolvedAuditStamp']> };
  DownstreamEntityRelationships: Omit<DownstreamEntityRelationships, 'entities'> & { entities?: Maybe<Array<Maybe<ResolversParentTypes['EntityRelationshipLegacy']>>> };
  ERModelRelationship: Omit<ERModelRelationship, 'glossaryTerms' | 'institutionalMemory' | 'lineage' | 'ownership' | 'properties' | 'relationships' | 'tags'> & { glossaryTerms?: Maybe<ResolversParentTypes['GlossaryTerms']>, institutionalMemory?: Maybe<ResolversParentTypes['InstitutionalMemory']>, lineage?: Maybe<ResolversParentTypes['EntityLineageResult']>, ownership?: Maybe<ResolversParentTypes['Ownership']>, properties?: Maybe<ResolversParentTypes['ERModelRelationshipProperties']>, relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']>, tags?: Maybe<ResolversParentTypes['GlobalTags']> };
  ERModelRelationshipEditableProperties: ERModelRelationshipEditableProperties;
  ERModelRelationshipEditablePropertiesUpdate: ERModelRelationshipEditablePropertiesUpdate;
  ERModelRelationshipProperties: Omit<ERModelRelationshipProperties, 'createdActor' | 'destination' | 'source'> & { createdActor?: Maybe<ResolversParentTypes['Entity']>, destination: ResolversParentTypes['Dataset'], source: ResolversParentTypes['Dataset'] };
  ERModelRelationshipPropertiesInput: ERModelRelationshipPropertiesInput;
  ERModelRelationshipUpdateInput: ERModelRelationshipUpdateInput;
  EditableSchemaFieldInfo: Omit<EditableSchemaFieldInfo, 'globalTags' | 'glossaryTerms' | 'tags'> & { globalTags?: Maybe<ResolversParentTypes['GlobalTags']>, glossaryTerms?: Maybe<ResolversParentTypes['GlossaryTerms']>, tags?: Maybe<ResolversParentTypes['GlobalTags']> };
  EditableSchemaFieldInfoUpdate: EditableSchemaFieldInfoUpdate;
  EditableSchemaMetadata: Omit<EditableSchemaMetadata, 'editableSchemaFieldInfo'> & { editableSchemaFieldInfo: Array<ResolversParentTypes['EditableSchemaFieldInfo']> };
  EditableSchemaMetadataUpdate: EditableSchemaMetadataUpdate;
  EditableTagProperties: EditableTagProperties;
  Embed: Embed;
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  EntityAssertionsResult: Omit<EntityAssertionsResult, 'assertions'> & { assertions: Array<ResolversParentTypes['Assertion']> };
  EntityCountInput: EntityCountInput;
  EntityCountResult: EntityCountResult;
  EntityCountResults: EntityCountResults;
  EntityIncidentsResult: Omit<EntityIncidentsResult, 'incidents'> & { incidents: Array<ResolversParentTypes['Incident']> };
  EntityLineageResult: Omit<EntityLineageResult, 'relationships'> & { relationships: Array<ResolversParentTypes['LineageRelationship']> };
  EntityPath: Omit<EntityPath, 'path'> & { path: Array<Maybe<ResolversParentTypes['Entity']>> };
  EntityPrivileges: EntityPrivileges;
  EntityProfileConfig: EntityProfileConfig;
  EntityProfileParams: EntityProfileParams;
  EntityProfilesConfig: EntityProfilesConfig;
  EntityRelationship: Omit<EntityRelationship, 'created' | 'entity'> & { created?: Maybe<ResolversParentTypes['AuditStamp']>, entity?: Maybe<ResolversParentTypes['Entity']> };
  EntityRelationshipLegacy: Omit<EntityRelationshipLegacy, 'created' | 'entity'> & { created?: Maybe<ResolversParentTypes['AuditStamp']>, entity?: Maybe<ResolversParentTypes['EntityWithRelationships']> };
  EntityRelationshipsResult: Omit<EntityRelationshipsResult, 'relationships'> & { relationships: Array<ResolversParentTypes['EntityRelationship']> };
  EntityRequestContext: EntityRequestContext;
  EntityTypeEntity: Omit<EntityTypeEntity, 'info' | 'relationships'> & { info: ResolversParentTypes['EntityTypeInfo'], relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']> };
  EntityTypeInfo: EntityTypeInfo;
  EntityTypeToPlatforms: EntityTypeToPlatforms;
  EntityWithRelationships: ResolversInterfaceTypes<ResolversParentTypes>['EntityWithRelationships'];
  EthicalConsiderations: EthicalConsiderations;
  ExecutionRequest: Omit<ExecutionRequest, 'input' | 'relationships' | 'source'> & { input: ResolversParentTypes['ExecutionRequestInput'], relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']>, source?: Maybe<ResolversParentTypes['IngestionSource']> };
  ExecutionRequestInput: Omit<ExecutionRequestInput, 'actor'> & { actor?: Maybe<ResolversParentTypes['CorpUser']> };
  ExecutionRequestResult: ExecutionRequestResult;
  ExecutionRequestSource: ExecutionRequestSource;
  ExtraProperty: ExtraProperty;
  FacetFilter: FacetFilter;
  FacetFilterInput: FacetFilterInput;
  FacetMetadata: Omit<FacetMetadata, 'aggregations' | 'entity'> & { aggregations: Array<ResolversParentTypes['AggregationMetadata']>, entity?: Maybe<ResolversParentTypes['Entity']> };
  FeatureFlagsConfig: FeatureFlagsConfig;
  FieldAssertionInfo: FieldAssertionInfo;
  FieldFormPromptAssociation: Omit<FieldFormPromptAssociation, 'lastModified'> & { lastModified: ResolversParentTypes['ResolvedAuditStamp'] };
  FieldMetricAssertion: FieldMetricAssertion;
  FieldTransform: FieldTransform;
  FieldUsageCounts: FieldUsageCounts;
  FieldValuesAssertion: FieldValuesAssertion;
  FieldValuesFailThreshold: FieldValuesFailThreshold;
  FilterInput: FilterInput;
  FineGrainedLineage: FineGrainedLineage;
  FixedIntervalSchedule: FixedIntervalSchedule;
  Float: Scalars['Float']['output'];
  FloatBox: FloatBoxParent;
  ForeignKeyConstraint: Omit<ForeignKeyConstraint, 'foreignDataset' | 'foreignFields' | 'sourceFields'> & { foreignDataset?: Maybe<ResolversParentTypes['Dataset']>, foreignFields?: Maybe<Array<Maybe<ResolversParentTypes['SchemaFieldEntity']>>>, sourceFields?: Maybe<Array<Maybe<ResolversParentTypes['SchemaFieldEntity']>>> };
  Form: Omit<Form, 'info' | 'ownership' | 'relationships'> & { info: ResolversParentTypes['FormInfo'], ownership?: Maybe<ResolversParentTypes['Ownership']>, relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']> };
  FormActorAssignment: Omit<FormActorAssignment, 'groups' | 'users'> & { groups?: Maybe<Array<ResolversParentTypes['CorpGroup']>>, users?: Maybe<Array<ResolversParentTypes['CorpUser']>> };
  FormActorAssignmentInput: FormActorAssignmentInput;
  FormActorAssignmentUpdateInput: FormActorAssignmentUpdateInput;
  FormAssociation: Omit<FormAssociation, 'completedPrompts' | 'form' | 'incompletePrompts'> & { completedPrompts?: Maybe<Array<ResolversParentTypes['FormPromptAssociation']>>, form: ResolversParentTypes['Form'], incompletePrompts?: Maybe<Array<ResolversParentTypes['FormPromptAssociation']>> };
  FormInfo: Omit<FormInfo, 'actors' | 'prompts'> & { actors: ResolversParentTypes['FormActorAssignment'], prompts: Array<ResolversParentTypes['FormPrompt']> };
  FormPrompt: Omit<FormPrompt, 'structuredPropertyParams'> & { structuredPropertyParams?: Maybe<ResolversParentTypes['StructuredPropertyParams']> };
  FormPromptAssociation: Omit<FormPromptAssociation, 'fieldAssociations' | 'lastModified'> & { fieldAssociations?: Maybe<ResolversParentTypes['FormPromptFieldAssociations']>, lastModified: ResolversParentTypes['ResolvedAuditStamp'] };
  FormPromptFieldAssociations: Omit<FormPromptFieldAssociations, 'completedFieldPrompts' | 'incompleteFieldPrompts'> & { completedFieldPrompts?: Maybe<Array<ResolversParentTypes['FieldFormPromptAssociation']>>, incompleteFieldPrompts?: Maybe<Array<ResolversParentTypes['FieldFormPromptAssociation']>> };
  FormVerificationAssociation: Omit<FormVerificationAssociation, 'form' | 'lastModified'> & { form: ResolversParentTypes['Form'], lastModified?: Maybe<ResolversParentTypes['ResolvedAuditStamp']> };
  Forms: Omit<Forms, 'completedForms' | 'incompleteForms' | 'verifications'> & { completedForms: Array<ResolversParentTypes['FormAssociation']>, incompleteForms: Array<ResolversParentTypes['FormAssociation']>, verifications: Array<ResolversParentTypes['FormVerificationAssociation']> };
  FreshnessAssertionInfo: FreshnessAssertionInfo;
  FreshnessAssertionSchedule: FreshnessAssertionSchedule;
  FreshnessContract: Omit<FreshnessContract, 'assertion'> & { assertion: ResolversParentTypes['Assertion'] };
  FreshnessContractInput: FreshnessContractInput;
  FreshnessCronSchedule: FreshnessCronSchedule;
  FreshnessStats: FreshnessStats;
  GetAccessTokenInput: GetAccessTokenInput;
  GetGrantedPrivilegesInput: GetGrantedPrivilegesInput;
  GetInviteTokenInput: GetInviteTokenInput;
  GetPresignedUploadUrlInput: GetPresignedUploadUrlInput;
  GetPresignedUploadUrlResponse: GetPresignedUploadUrlResponse;
  GetQuickFiltersInput: GetQuickFiltersInput;
  GetQuickFiltersResult: Omit<GetQuickFiltersResult, 'quickFilters'> & { quickFilters: Array<Maybe<ResolversParentTypes['QuickFilter']>> };
  GetRootGlossaryEntitiesInput: GetRootGlossaryEntitiesInput;
  GetRootGlossaryNodesResult: Omit<GetRootGlossaryNodesResult, 'nodes'> & { nodes: Array<ResolversParentTypes['GlossaryNode']> };
  GetRootGlossaryTermsResult: Omit<GetRootGlossaryTermsResult, 'terms'> & { terms: Array<ResolversParentTypes['GlossaryTerm']> };
  GetSchemaBlameInput: GetSchemaBlameInput;
  GetSchemaBlameResult: GetSchemaBlameResult;
  GetSchemaVersionListInput: GetSchemaVersionListInput;
  GetSchemaVersionListResult: GetSchemaVersionListResult;
  GetSecretValuesInput: GetSecretValuesInput;
  GetTimelineInput: GetTimelineInput;
  GetTimelineResult: Omit<GetTimelineResult, 'changeTransactions'> & { changeTransactions: Array<ResolversParentTypes['ChangeTransaction']> };
  GlobalHomePageSettings: Omit<GlobalHomePageSettings, 'defaultTemplate'> & { defaultTemplate?: Maybe<ResolversParentTypes['DataHubPageTemplate']> };
  GlobalTags: Omit<GlobalTags, 'tags'> & { tags?: Maybe<Array<ResolversParentTypes['TagAssociation']>> };
  GlobalTagsUpdate: GlobalTagsUpdate;
  GlobalViewsSettings: GlobalViewsSettings;
  GlossaryNode: EntityRef;
  GlossaryNodeChildrenCount: GlossaryNodeChildrenCount;
  GlossaryNodeProperties: Omit<GlossaryNodeProperties, 'createdOn' | 'customProperties'> & { createdOn?: Maybe<ResolversParentTypes['ResolvedAuditStamp']>, customProperties?: Maybe<Array<ResolversParentTypes['CustomPropertiesEntry']>> };
  GlossaryTerm: EntityRef;
  GlossaryTermAssociation: Omit<GlossaryTermAssociation, 'actor' | 'attribution' | 'term'> & { actor?: Maybe<ResolversParentTypes['CorpUser']>, attribution?: Maybe<ResolversParentTypes['MetadataAttribution']>, term: ResolversParentTypes['GlossaryTerm'] };
  GlossaryTermInfo: Omit<GlossaryTermInfo, 'customProperties'> & { customProperties?: Maybe<Array<ResolversParentTypes['CustomPropertiesEntry']>> };
  GlossaryTermProperties: Omit<GlossaryTermProperties, 'createdOn' | 'customProperties'> & { createdOn?: Maybe<ResolversParentTypes['ResolvedAuditStamp']>, customProperties?: Maybe<Array<ResolversParentTypes['CustomPropertiesEntry']>> };
  GlossaryTerms: Omit<GlossaryTerms, 'terms'> & { terms?: Maybe<Array<ResolversParentTypes['GlossaryTermAssociation']>> };
  GroupingCriterion: GroupingCriterion;
  GroupingSpec: GroupingSpec;
  HasLogicalParent: ResolversInterfaceTypes<ResolversParentTypes>['HasLogicalParent'];
  Health: Health;
  HierarchyViewModuleParams: HierarchyViewModuleParams;
  HierarchyViewModuleParamsInput: HierarchyViewModuleParamsInput;
  Highlight: Highlight;
  HomePageConfig: HomePageConfig;
  HyperParameterMap: Omit<HyperParameterMap, 'value'> & { value: ResolversParentTypes['HyperParameterValueType'] };
  HyperParameterValueType: ResolversUnionTypes<ResolversParentTypes>['HyperParameterValueType'];
  IconProperties: IconProperties;
  IconPropertiesInput: IconPropertiesInput;
  IdentityManagementConfig: IdentityManagementConfig;
  Incident: Omit<Incident, 'assignees' | 'created' | 'entity' | 'incidentStatus' | 'relationships' | 'source' | 'status' | 'tags'> & { assignees?: Maybe<Array<ResolversParentTypes['OwnerType']>>, created: ResolversParentTypes['AuditStamp'], entity: ResolversParentTypes['Entity'], incidentStatus: ResolversParentTypes['IncidentStatus'], relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']>, source?: Maybe<ResolversParentTypes['IncidentSource']>, status: ResolversParentTypes['IncidentStatus'], tags?: Maybe<ResolversParentTypes['GlobalTags']> };
  IncidentSource: Omit<IncidentSource, 'source'> & { source?: Maybe<ResolversParentTypes['Entity']> };
  IncidentSourceInput: IncidentSourceInput;
  IncidentStatus: Omit<IncidentStatus, 'lastUpdated'> & { lastUpdated: ResolversParentTypes['AuditStamp'] };
  IncidentStatusInput: IncidentStatusInput;
  IncrementingSegmentFieldTransformer: IncrementingSegmentFieldTransformer;
  IncrementingSegmentRowCountChange: IncrementingSegmentRowCountChange;
  IncrementingSegmentRowCountTotal: IncrementingSegmentRowCountTotal;
  IncrementingSegmentSpec: IncrementingSegmentSpec;
  IngestionConfig: IngestionConfig;
  IngestionRun: IngestionRun;
  IngestionSchedule: IngestionSchedule;
  IngestionSource: Omit<IngestionSource, 'config' | 'executions' | 'latestSuccessfulExecution' | 'ownership' | 'platform'> & { config: ResolversParentTypes['IngestionConfig'], executions?: Maybe<ResolversParentTypes['IngestionSourceExecutionRequests']>, latestSuccessfulExecution?: Maybe<ResolversParentTypes['ExecutionRequest']>, ownership?: Maybe<ResolversParentTypes['Ownership']>, platform?: Maybe<ResolversParentTypes['DataPlatform']> };
  IngestionSourceExecutionRequests: Omit<IngestionSourceExecutionRequests, 'executionRequests'> & { executionRequests: Array<ResolversParentTypes['ExecutionRequest']> };
  IngestionSourceSource: IngestionSourceSource;
  IngestionSourceSourceInput: IngestionSourceSourceInput;
  InputField: Omit<InputField, 'schemaField'> & { schemaField?: Maybe<ResolversParentTypes['SchemaField']> };
  InputFields: Omit<InputFields, 'fields'> & { fields?: Maybe<Array<Maybe<ResolversParentTypes['InputField']>>> };
  InstitutionalMemory: Omit<InstitutionalMemory, 'elements'> & { elements: Array<ResolversParentTypes['InstitutionalMemoryMetadata']> };
  InstitutionalMemoryMetadata: Omit<InstitutionalMemoryMetadata, 'actor' | 'author' | 'created' | 'updated'> & { actor: ResolversParentTypes['ResolvedActor'], author: ResolversParentTypes['CorpUser'], created: ResolversParentTypes['AuditStamp'], updated?: Maybe<ResolversParentTypes['AuditStamp']> };
  InstitutionalMemoryMetadataSettings: InstitutionalMemoryMetadataSettings;
  InstitutionalMemoryMetadataUpdate: InstitutionalMemoryMetadataUpdate;
  InstitutionalMemoryUpdate: InstitutionalMemoryUpdate;
  Int: Scalars['Int']['output'];
  IntBox: IntBoxParent;
  IntMapEntry: IntMapEntry;
  IntendedUse: IntendedUse;
  InviteToken: InviteToken;
  KeyValueSchema: KeyValueSchema;
  LineageConfig: LineageConfig;
  LineageEdge: LineageEdge;
  LineageFlags: LineageFlags;
  LineageInput: LineageInput;
  LineageRelationship: Omit<LineageRelationship, 'createdActor' | 'entity' | 'paths' | 'updatedActor'> & { createdActor?: Maybe<ResolversParentTypes['Entity']>, entity?: Maybe<ResolversParentTypes['Entity']>, paths?: Maybe<Array<Maybe<ResolversParentTypes['EntityPath']>>>, updatedActor?: Maybe<ResolversParentTypes['Entity']> };
  LinkModuleParams: LinkModuleParams;
  LinkModuleParamsInput: LinkModuleParamsInput;
  LinkParams: LinkParams;
  LinkSettingsInput: LinkSettingsInput;
  LinkVersionInput: LinkVersionInput;
  ListAccessTokenInput: ListAccessTokenInput;
  ListAccessTokenResult: Omit<ListAccessTokenResult, 'tokens'> & { tokens: Array<ResolversParentTypes['AccessTokenMetadata']> };
  ListBusinessAttributesInput: ListBusinessAttributesInput;
  ListBusinessAttributesResult: Omit<ListBusinessAttributesResult, 'businessAttributes'> & { businessAttributes: Array<ResolversParentTypes['BusinessAttribute']> };
  ListDomainsInput: ListDomainsInput;
  ListDomainsResult: Omit<ListDomainsResult, 'domains'> & { domains: Array<ResolversParentTypes['Domain']> };
  ListExecutionRequestsInput: ListExecutionRequestsInput;
  ListGlobalViewsInput: ListGlobalViewsInput;
  ListGroupsInput: ListGroupsInput;
  ListGroupsResult: Omit<ListGroupsResult, 'groups'> & { groups: Array<ResolversParentTypes['CorpGroup']> };
  ListIngestionSourcesInput: ListIngestionSourcesInput;
  ListIngestionSourcesResult: Omit<ListIngestionSourcesResult, 'ingestionSources'> & { ingestionSources: Array<ResolversParentTypes['IngestionSource']> };
  ListMyViewsInput: ListMyViewsInput;
  ListOwnershipTypesInput: ListOwnershipTypesInput;
  ListOwnershipTypesResult: Omit<ListOwnershipTypesResult, 'ownershipTypes'> & { ownershipTypes: Array<ResolversParentTypes['OwnershipTypeEntity']> };
  ListPoliciesInput: ListPoliciesInput;
  ListPoliciesResult: Omit<ListPoliciesResult, 'policies'> & { policies: Array<ResolversParentTypes['Policy']> };
  ListPostsInput: ListPostsInput;
  ListPostsResult: Omit<ListPostsResult, 'posts'> & { posts: Array<ResolversParentTypes['Post']> };
  ListQueriesInput: ListQueriesInput;
  ListQueriesResult: Omit<ListQueriesResult, 'queries'> & { queries: Array<ResolversParentTypes['QueryEntity']> };
  ListRecommendationsInput: ListRecommendationsInput;
  ListRecommendationsResult: Omit<ListRecommendationsResult, 'modules'> & { modules: Array<ResolversParentTypes['RecommendationModule']> };
  ListRolesInput: ListRolesInput;
  ListRolesResult: Omit<ListRolesResult, 'roles'> & { roles: Array<ResolversParentTypes['DataHubRole']> };
  ListSecretsInput: ListSecretsInput;
  ListSecretsResult: ListSecretsResult;
  ListTestsInput: ListTestsInput;
  ListTestsResult: Omit<ListTestsResult, 'tests'> & { tests: Array<ResolversParentTypes['Test']> };
  ListUsersInput: ListUsersInput;
  ListUsersResult: Omit<ListUsersResult, 'users'> & { users: Array<ResolversParentTypes['CorpUser']> };
  ListViewsResult: Omit<ListViewsResult, 'views'> & { views: Array<ResolversParentTypes['DataHubView']> };
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
  MLModelFactorPrompts: MLModelFactorPrompts;
  MLModelFactors: MLModelFactors;
  MLModelGroup: EntityRef;
  MLModelGroupEditableProperties: MLModelGroupEditableProperties;
  MLModelGroupProperties: MLModelGroupPropertiesParent;
  MLModelLineageInfo: MLModelLineageInfo;
  MLModelProperties: MLModelPropertiesParent;
  MLPrimaryKey: EntityRef;
  MLPrimaryKeyEditableProperties: MLPrimaryKeyEditableProperties;
  MLPrimaryKeyProperties: MLPrimaryKeyPropertiesParent;
  MLTrainingRunProperties: MLTrainingRunPropertiesParent;
  ManagedIngestionConfig: ManagedIngestionConfig;
  MatchedField: Omit<MatchedField, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  Media: Media;
  MetadataAnalyticsInput: MetadataAnalyticsInput;
  MetadataAttribution: Omit<MetadataAttribution, 'actor' | 'source'> & { actor: ResolversParentTypes['Entity'], source?: Maybe<ResolversParentTypes['Entity']> };
  Metrics: Metrics;
  MoveDocumentInput: MoveDocumentInput;
  MoveDomainInput: MoveDomainInput;
  Mutation: Record<PropertyKey, never>;
  NamedBar: NamedBar;
  NamedLine: NamedLine;
  Notebook: Omit<Notebook, 'application' | 'applications' | 'browsePathV2' | 'content' | 'dataPlatformInstance' | 'domain' | 'glossaryTerms' | 'info' | 'institutionalMemory' | 'ownership' | 'platform' | 'relationships' | 'tags'> & { application?: Maybe<ResolversParentTypes['ApplicationAssociation']>, applications?: Maybe<Array<ResolversParentTypes['ApplicationAssociation']>>, browsePathV2?: Maybe<ResolversParentTypes['BrowsePathV2']>, content: ResolversParentTypes['NotebookContent'], dataPlatformInstance?: Maybe<ResolversParentTypes['DataPlatformInstance']>, domain?: Maybe<ResolversParentTypes['DomainAssociation']>, glossaryTerms?: Maybe<ResolversParentTypes['GlossaryTerms']>, info?: Maybe<ResolversParentTypes['NotebookInfo']>, institutionalMemory?: Maybe<ResolversParentTypes['InstitutionalMemory']>, ownership?: Maybe<ResolversParentTypes['Ownership']>, platform: ResolversParentTypes['DataPlatform'], relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']>, tags?: Maybe<ResolversParentTypes['GlobalTags']> };
  NotebookCell: Omit<NotebookCell, 'chartCell' | 'queryChell' | 'textCell'> & { chartCell?: Maybe<ResolversParentTypes['ChartCell']>, queryChell?: Maybe<ResolversParentTypes['QueryCell']>, textCell?: Maybe<ResolversParentTypes['TextCell']> };
  NotebookContent: Omit<NotebookContent, 'cells'> & { cells: Array<ResolversParentTypes['NotebookCell']> };
  NotebookEditableProperties: NotebookEditableProperties;
  NotebookEditablePropertiesUpdate: NotebookEditablePropertiesUpdate;
  NotebookInfo: Omit<NotebookInfo, 'changeAuditStamps' | 'customProperties'> & { changeAuditStamps?: Maybe<ResolversParentTypes['ChangeAuditStamps']>, customProperties?: Maybe<Array<ResolversParentTypes['CustomPropertiesEntry']>> };
  NotebookUpdateInput: NotebookUpdateInput;
  NumberValue: NumberValue;
  NumericDataPoint: NumericDataPoint;
  Operation: Operation;
  OperationsAggregation: OperationsAggregation;
  OperationsAggregationsResult: OperationsAggregationsResult;
  OperationsQueryResult: OperationsQueryResult;
  OperationsStatsInput: OperationsStatsInput;
  Origin: Origin;
  OrreryAspectChange: OrreryAspectChange;
  OrreryEntityChange: OrreryEntityChange;
  OrreryEntityHistory: OrreryEntityHistory;
  OrreryFeatureSourceColumn: FeatureSourceColumn;
  OrreryFieldChange: OrreryFieldChange;
  OrreryInfo: OrreryInfo;
  OrreryLineageGraph: Omit<OrreryLineageGraph, 'nodes'> & { nodes: Array<ResolversParentTypes['OrreryLineageGraphNode']> };
  OrreryLineageGraphEdge: OrreryLineageGraphEdge;
  OrreryLineageGraphExpandInput: OrreryLineageGraphExpandInput;
  OrreryLineageGraphInput: OrreryLineageGraphInput;
  OrreryLineageGraphNode: Omit<OrreryLineageGraphNode, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  OrreryMetricPoint: OrreryMetricPoint;
  OrreryMetricSeries: OrreryMetricSeries;
  OrreryMlFeatureDetails: Omit<OrreryMlFeatureDetails, 'sourceColumns'> & { sourceColumns: Array<ResolversParentTypes['OrreryFeatureSourceColumn']> };
  OrreryMlModelDashboard: OrreryMlModelDashboard;
  OrreryMlModelDeployment: DeploymentParent;
  OrreryMlModelDeploymentProperties: Omit<OrreryMlModelDeploymentProperties, 'customProperties' | 'version'> & { customProperties?: Maybe<Array<ResolversParentTypes['CustomPropertiesEntry']>>, version?: Maybe<ResolversParentTypes['VersionTag']> };
  OrreryMlModelServing: OrreryMlModelServing;
  OrreryMlModelStore: OrreryMlModelStore;
  OrreryRunKey: OrreryRunKey;
  OrreryRunSearchInput: OrreryRunSearchInput;
  OrreryRunSearchResult: Omit<OrreryRunSearchResult, 'keys' | 'runs'> & { keys: Array<ResolversParentTypes['OrreryRunKey']>, runs: Array<ResolversParentTypes['DataProcessInstance']> };
  Owner: Omit<Owner, 'attribution' | 'owner' | 'ownershipType'> & { attribution?: Maybe<ResolversParentTypes['MetadataAttribution']>, owner: ResolversParentTypes['OwnerType'], ownershipType?: Maybe<ResolversParentTypes['OwnershipTypeEntity']> };
  OwnerInput: OwnerInput;
  OwnerType: ResolversUnionTypes<ResolversParentTypes>['OwnerType'];
  OwnerUpdate: OwnerUpdate;
  Ownership: Omit<Ownership, 'lastModified' | 'owners'> & { lastModified: ResolversParentTypes['AuditStamp'], owners?: Maybe<Array<ResolversParentTypes['Owner']>> };
  OwnershipSource: OwnershipSource;
  OwnershipTypeEntity: Omit<OwnershipTypeEntity, 'info' | 'relationships'> & { info?: Maybe<ResolversParentTypes['OwnershipTypeInfo']>, relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']> };
  OwnershipTypeInfo: Omit<OwnershipTypeInfo, 'created' | 'lastModified'> & { created?: Maybe<ResolversParentTypes['AuditStamp']>, lastModified?: Maybe<ResolversParentTypes['AuditStamp']> };
  OwnershipUpdate: OwnershipUpdate;
  PageModuleParamsInput: PageModuleParamsInput;
  PageTemplateAssetSummaryInput: PageTemplateAssetSummaryInput;
  PageTemplateRowInput: PageTemplateRowInput;
  ParentContainersResult: Omit<ParentContainersResult, 'containers'> & { containers: Array<ResolversParentTypes['Container']> };
  ParentDocumentsResult: Omit<ParentDocumentsResult, 'documents'> & { documents: Array<ResolversParentTypes['Document']> };
  ParentDomainsResult: Omit<ParentDomainsResult, 'domains'> & { domains: Array<ResolversParentTypes['Entity']> };
  ParentNodesResult: Omit<ParentNodesResult, 'nodes'> & { nodes: Array<ResolversParentTypes['GlossaryNode']> };
  PartitionSpec: PartitionSpec;
  PatchEntityInput: PatchEntityInput;
  PatchEntityResult: PatchEntityResult;
  PatchOperationInput: PatchOperationInput;
  PlatformInput: PlatformInput;
  PlatformPrivileges: PlatformPrivileges;
  PlatformSchema: ResolversUnionTypes<ResolversParentTypes>['PlatformSchema'];
  PoliciesConfig: PoliciesConfig;
  Policy: Omit<Policy, 'actors' | 'resources'> & { actors: ResolversParentTypes['ActorFilter'], resources?: Maybe<ResolversParentTypes['ResourceFilter']> };
  PolicyEvaluationDetail: PolicyEvaluationDetail;
  PolicyMatchCriterion: Omit<PolicyMatchCriterion, 'values'> & { values: Array<ResolversParentTypes['PolicyMatchCriterionValue']> };
  PolicyMatchCriterionInput: PolicyMatchCriterionInput;
  PolicyMatchCriterionValue: Omit<PolicyMatchCriterionValue, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  PolicyMatchFilter: Omit<PolicyMatchFilter, 'criteria'> & { criteria?: Maybe<Array<ResolversParentTypes['PolicyMatchCriterion']>> };
  PolicyMatchFilterInput: PolicyMatchFilterInput;
  PolicyUpdateInput: PolicyUpdateInput;
  Post: Omit<Post, 'lastModified' | 'relationships'> & { lastModified: ResolversParentTypes['AuditStamp'], relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']> };
  PostContent: PostContent;
  Privilege: Privilege;
  Privileges: Privileges;
  ProductUpdate: ProductUpdate;
  PropertyValue: ResolversUnionTypes<ResolversParentTypes>['PropertyValue'];
  PropertyValueInput: PropertyValueInput;
  Quantile: Quantile;
  QuantitativeAnalyses: Omit<QuantitativeAnalyses, 'intersectionalResults' | 'unitaryResults'> & { intersectionalResults?: Maybe<ResolversParentTypes['ResultsType']>, unitaryResults?: Maybe<ResolversParentTypes['ResultsType']> };
  QueriesTabConfig: QueriesTabConfig;
  Query: Record<PropertyKey, never>;
  QueryCell: Omit<QueryCell, 'changeAuditStamps' | 'lastExecuted'> & { changeAuditStamps?: Maybe<ResolversParentTypes['ChangeAuditStamps']>, lastExecuted?: Maybe<ResolversParentTypes['AuditStamp']> };
  QueryEntity: Omit<QueryEntity, 'platform' | 'properties' | 'relationships' | 'subjects'> & { platform?: Maybe<ResolversParentTypes['DataPlatform']>, properties?: Maybe<ResolversParentTypes['QueryProperties']>, relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']>, subjects?: Maybe<Array<ResolversParentTypes['QuerySubject']>> };
  QueryProperties: Omit<QueryProperties, 'created' | 'createdOn' | 'customProperties' | 'lastModified' | 'origin'> & { created: ResolversParentTypes['AuditStamp'], createdOn: ResolversParentTypes['ResolvedAuditStamp'], customProperties?: Maybe<Array<ResolversParentTypes['CustomPropertiesEntry']>>, lastModified: ResolversParentTypes['AuditStamp'], origin?: Maybe<ResolversParentTypes['Entity']> };
  QueryStatement: QueryStatement;
  QueryStatementInput: QueryStatementInput;
  QuerySubject: Omit<QuerySubject, 'dataset' | 'schemaField'> & { dataset: ResolversParentTypes['Dataset'], schemaField?: Maybe<ResolversParentTypes['SchemaFieldEntity']> };
  QuickFilter: Omit<QuickFilter, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  RaiseIncidentInput: RaiseIncidentInput;
  RawAspect: RawAspect;
  RecommendationContent: Omit<RecommendationContent, 'entity'> & { entity?: Maybe<ResolversParentTypes['Entity']> };
  RecommendationModule: Omit<RecommendationModule, 'content'> & { content: Array<ResolversParentTypes['RecommendationContent']> };
  RecommendationParams: RecommendationParams;
  RecommendationRequestContext: RecommendationRequestContext;
  RelatedDocumentsInput: RelatedDocumentsInput;
  RelatedDocumentsResult: Omit<RelatedDocumentsResult, 'documents' | 'facets'> & { documents: Array<ResolversParentTypes['Document']>, facets?: Maybe<Array<ResolversParentTypes['FacetMetadata']>> };
  RelatedTermsInput: RelatedTermsInput;
  RelationshipFieldMapping: RelationshipFieldMapping;
  RelationshipFieldMappingInput: RelationshipFieldMappingInput;
  RelationshipsInput: RelationshipsInput;
  RemoveGroupMembersInput: RemoveGroupMembersInput;
  RemoveLinkInput: RemoveLinkInput;
  RemoveNativeGroupMembersInput: RemoveNativeGroupMembersInput;
  RemoveOwnerInput: RemoveOwnerInput;
  RemoveStructuredPropertiesInput: RemoveStructuredPropertiesInput;
  ReportOperationInput: ReportOperationInput;
  ResetToken: ResetToken;
  ResolvedActor: ResolversUnionTypes<ResolversParentTypes>['ResolvedActor'];
  ResolvedAuditStamp: Omit<ResolvedAuditStamp, 'actor'> & { actor?: Maybe<ResolversParentTypes['CorpUser']> };
  ResourceFilter: Omit<ResourceFilter, 'filter' | 'privilegeConstraints'> & { filter?: Maybe<ResolversParentTypes['PolicyMatchFilter']>, privilegeConstraints?: Maybe<ResolversParentTypes['PolicyMatchFilter']> };
  ResourceFilterInput: ResourceFilterInput;
  ResourcePrivileges: ResourcePrivileges;
  ResourceRefInput: ResourceRefInput;
  ResourceSpec: ResourceSpec;
  Restricted: Omit<Restricted, 'lineage' | 'relationships'> & { lineage?: Maybe<ResolversParentTypes['EntityLineageResult']>, relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']> };
  ResultsType: ResolversUnionTypes<ResolversParentTypes>['ResultsType'];
  RichTextModuleParams: RichTextModuleParams;
  RichTextModuleParamsInput: RichTextModuleParamsInput;
  Role: Omit<Role, 'actors' | 'relationships'> & { actors?: Maybe<ResolversParentTypes['Actor']>, relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']> };
  RoleAssociation: Omit<RoleAssociation, 'role'> & { role: ResolversParentTypes['Role'] };
  RoleGroup: Omit<RoleGroup, 'group'> & { group: ResolversParentTypes['CorpGroup'] };
  RoleProperties: RoleProperties;
  RoleUser: Omit<RoleUser, 'user'> & { user: ResolversParentTypes['CorpUser'] };
  RollbackIngestionInput: RollbackIngestionInput;
  Row: Omit<Row, 'cells'> & { cells?: Maybe<Array<ResolversParentTypes['Cell']>> };
  RowCountChange: RowCountChange;
  RowCountTotal: RowCountTotal;
  Schema: Omit<Schema, 'fields' | 'foreignKeys' | 'platformSchema'> & { fields: Array<ResolversParentTypes['SchemaField']>, foreignKeys?: Maybe<Array<Maybe<ResolversParentTypes['ForeignKeyConstraint']>>>, platformSchema?: Maybe<ResolversParentTypes['PlatformSchema']> };
  SchemaAssertionField: SchemaAssertionField;
  SchemaAssertionInfo: Omit<SchemaAssertionInfo, 'fields' | 'schema'> & { fields: Array<ResolversParentTypes['SchemaAssertionField']>, schema?: Maybe<ResolversParentTypes['SchemaMetadata']> };
  SchemaContract: Omit<SchemaContract, 'assertion'> & { assertion: ResolversParentTypes['Assertion'] };
  SchemaContractInput: SchemaContractInput;
  SchemaField: Omit<SchemaField, 'globalTags' | 'glossaryTerms' | 'schemaFieldEntity' | 'tags'> & { globalTags?: Maybe<ResolversParentTypes['GlobalTags']>, glossaryTerms?: Maybe<ResolversParentTypes['GlossaryTerms']>, schemaFieldEntity?: Maybe<ResolversParentTypes['SchemaFieldEntity']>, tags?: Maybe<ResolversParentTypes['GlobalTags']> };
  SchemaFieldBlame: SchemaFieldBlame;
  SchemaFieldChange: SchemaFieldChange;
  SchemaFieldEntity: Omit<SchemaFieldEntity, 'businessAttributes' | 'deprecation' | 'documentation' | 'forms' | 'glossaryTerms' | 'lineage' | 'logicalParent' | 'parent' | 'relatedDocuments' | 'relationships' | 'structuredProperties' | 'tags'> & { businessAttributes?: Maybe<ResolversParentTypes['BusinessAttributes']>, deprecation?: Maybe<ResolversParentTypes['Deprecation']>, documentation?: Maybe<ResolversParentTypes['Documentation']>, forms?: Maybe<ResolversParentTypes['Forms']>, glossaryTerms?: Maybe<ResolversParentTypes['GlossaryTerms']>, lineage?: Maybe<ResolversParentTypes['EntityLineageResult']>, logicalParent?: Maybe<ResolversParentTypes['Entity']>, parent: ResolversParentTypes['Entity'], relatedDocuments?: Maybe<ResolversParentTypes['RelatedDocumentsResult']>, relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']>, structuredProperties?: Maybe<ResolversParentTypes['StructuredProperties']>, tags?: Maybe<ResolversParentTypes['GlobalTags']> };
  SchemaFieldRef: SchemaFieldRef;
  SchemaFieldSpec: SchemaFieldSpec;
  SchemaMetadata: SchemaMetadataParent;
  ScrollAcrossEntitiesInput: ScrollAcrossEntitiesInput;
  ScrollAcrossLineageInput: ScrollAcrossLineageInput;
  ScrollAcrossLineageResults: Omit<ScrollAcrossLineageResults, 'facets' | 'searchResults'> & { facets?: Maybe<Array<ResolversParentTypes['FacetMetadata']>>, searchResults: Array<ResolversParentTypes['SearchAcrossLineageResult']> };
  ScrollResults: Omit<ScrollResults, 'facets' | 'searchResults'> & { facets?: Maybe<Array<ResolversParentTypes['FacetMetadata']>>, searchResults: Array<ResolversParentTypes['SearchResult']> };
  SearchAcrossEntitiesInput: SearchAcrossEntitiesInput;
  SearchAcrossLineageInput: SearchAcrossLineageInput;
  SearchAcrossLineageResult: Omit<SearchAcrossLineageResult, 'entity' | 'matchedFields' | 'paths'> & { entity: ResolversParentTypes['Entity'], matchedFields: Array<ResolversParentTypes['MatchedField']>, paths?: Maybe<Array<Maybe<ResolversParentTypes['EntityPath']>>> };
  SearchAcrossLineageResults: Omit<SearchAcrossLineageResults, 'facets' | 'searchResults'> & { facets?: Maybe<Array<ResolversParentTypes['FacetMetadata']>>, searchResults: Array<ResolversParentTypes['SearchAcrossLineageResult']> };
  SearchBarConfig: SearchBarConfig;
  SearchCardConfig: SearchCardConfig;
  SearchDocumentsInput: SearchDocumentsInput;
  SearchDocumentsResult: Omit<SearchDocumentsResult, 'documents' | 'facets'> & { documents: Array<ResolversParentTypes['Document']>, facets?: Maybe<Array<ResolversParentTypes['FacetMetadata']>> };
  SearchFlags: SearchFlags;
  SearchFlagsConfig: SearchFlagsConfig;
  SearchInput: SearchInput;
  SearchInsight: SearchInsight;
  SearchParams: SearchParams;
  SearchRequestContext: SearchRequestContext;
  SearchResult: Omit<SearchResult, 'entity' | 'matchedFields'> & { entity: ResolversParentTypes['Entity'], matchedFields: Array<ResolversParentTypes['MatchedField']> };
  SearchResults: Omit<SearchResults, 'facets' | 'searchResults'> & { facets?: Maybe<Array<ResolversParentTypes['FacetMetadata']>>, searchResults: Array<ResolversParentTypes['SearchResult']> };
  SearchResultsVisualConfig: SearchResultsVisualConfig;
  SearchSortInput: SearchSortInput;
  SearchSuggestion: SearchSuggestion;
  Secret: Secret;
  SecretValue: SecretValue;
  SemanticVersionStruct: SemanticVersionStruct;
  SetLogicalParentInput: SetLogicalParentInput;
  SiblingProperties: Omit<SiblingProperties, 'siblings'> & { siblings?: Maybe<Array<Maybe<ResolversParentTypes['Entity']>>> };
  SortCriterion: SortCriterion;
  SortQueriesInput: SortQueriesInput;
  SourceCode: SourceCode;
  SourceCodeUrl: SourceCodeUrl;
  SqlAssertionInfo: SqlAssertionInfo;
  Status: Status;
  StepStateInput: StepStateInput;
  StepStateResult: StepStateResult;
  String: Scalars['String']['output'];
  StringBox: StringBoxParent;
  StringMapEntry: StringMapEntry;
  StringMapEntryInput: StringMapEntryInput;
  StringValue: StringValue;
  StructuredProperties: Omit<StructuredProperties, 'properties'> & { properties?: Maybe<Array<ResolversParentTypes['StructuredPropertiesEntry']>> };
  StructuredPropertiesEntry: StructuredPropertiesEntryParent;
  StructuredPropertyDefinition: Omit<StructuredPropertyDefinition, 'allowedValues' | 'created' | 'entityTypes' | 'lastModified' | 'typeQualifier' | 'valueType'> & { allowedValues?: Maybe<Array<ResolversParentTypes['AllowedValue']>>, created?: Maybe<ResolversParentTypes['ResolvedAuditStamp']>, entityTypes: Array<ResolversParentTypes['EntityTypeEntity']>, lastModified?: Maybe<ResolversParentTypes['ResolvedAuditStamp']>, typeQualifier?: Maybe<ResolversParentTypes['TypeQualifier']>, valueType: ResolversParentTypes['DataTypeEntity'] };
  StructuredPropertyEntity: EntityRef;
  StructuredPropertyInputParams: StructuredPropertyInputParams;
  StructuredPropertyParams: Omit<StructuredPropertyParams, 'structuredProperty'> & { structuredProperty: ResolversParentTypes['StructuredPropertyEntity'] };
  StructuredPropertyParamsInput: StructuredPropertyParamsInput;
  StructuredPropertySettings: StructuredPropertySettings;
  StructuredPropertySettingsInput: StructuredPropertySettingsInput;
  StructuredReport: StructuredReport;
  SubTypes: SubTypes;
  SubmitFormPromptInput: SubmitFormPromptInput;
  SummaryElement: Omit<SummaryElement, 'structuredProperty'> & { structuredProperty?: Maybe<ResolversParentTypes['StructuredPropertyEntity']> };
  SummaryElementInput: SummaryElementInput;
  SupportsVersions: ResolversInterfaceTypes<ResolversParentTypes>['SupportsVersions'];
  SystemFreshness: SystemFreshness;
  SystemMetadataInput: SystemMetadataInput;
  TableChart: Omit<TableChart, 'rows'> & { rows: Array<ResolversParentTypes['Row']> };
  TableSchema: TableSchema;
  Tag: EntityRef;
  TagAssociation: Omit<TagAssociation, 'attribution' | 'tag'> & { attribution?: Maybe<ResolversParentTypes['MetadataAttribution']>, tag: ResolversParentTypes['Tag'] };
  TagAssociationInput: TagAssociationInput;
  TagAssociationUpdate: TagAssociationUpdate;
  TagProperties: TagProperties;
  TagUpdateInput: TagUpdateInput;
  TelemetryConfig: TelemetryConfig;
  TermAssociationInput: TermAssociationInput;
  Test: Omit<Test, 'definition' | 'relationships'> & { definition: ResolversParentTypes['TestDefinition'], relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']> };
  TestDefinition: TestDefinition;
  TestDefinitionInput: TestDefinitionInput;
  TestResult: Omit<TestResult, 'test'> & { test?: Maybe<ResolversParentTypes['Test']> };
  TestResults: Omit<TestResults, 'failing' | 'passing'> & { failing: Array<ResolversParentTypes['TestResult']>, passing: Array<ResolversParentTypes['TestResult']> };
  TestsConfig: TestsConfig;
  TextCell: Omit<TextCell, 'changeAuditStamps'> & { changeAuditStamps?: Maybe<ResolversParentTypes['ChangeAuditStamps']> };
  ThemeConfig: ThemeConfig;
  TimeSeriesAspect: ResolversInterfaceTypes<ResolversParentTypes>['TimeSeriesAspect'];
  TimeSeriesChart: TimeSeriesChart;
  TimeWindow: TimeWindow;
  TimelineParameterEntry: TimelineParameterEntry;
  TimeseriesCapabilitiesResult: TimeseriesCapabilitiesResult;
  TypeQualifier: Omit<TypeQualifier, 'allowedTypes'> & { allowedTypes?: Maybe<Array<ResolversParentTypes['EntityTypeEntity']>> };
  TypeQualifierInput: TypeQualifierInput;
  UnlinkVersionInput: UnlinkVersionInput;
  UpdateApplicationInput: UpdateApplicationInput;
  UpdateApplicationsSettingsInput: UpdateApplicationsSettingsInput;
  UpdateAssetSettingsInput: UpdateAssetSettingsInput;
  UpdateAssetSummaryInput: UpdateAssetSummaryInput;
  UpdateBusinessAttributeInput: UpdateBusinessAttributeInput;
  UpdateCorpUserViewsSettingsInput: UpdateCorpUserViewsSettingsInput;
  UpdateDataProductInput: UpdateDataProductInput;
  UpdateDeprecationInput: UpdateDeprecationInput;
  UpdateDocPropagationSettingsInput: UpdateDocPropagationSettingsInput;
  UpdateDocumentContentsInput: UpdateDocumentContentsInput;
  UpdateDocumentRelatedEntitiesInput: UpdateDocumentRelatedEntitiesInput;
  UpdateDocumentSettingsInput: UpdateDocumentSettingsInput;
  UpdateDocumentStatusInput: UpdateDocumentStatusInput;
  UpdateDocumentSubTypeInput: UpdateDocumentSubTypeInput;
  UpdateEmbedInput: UpdateEmbedInput;
  UpdateFormInput: UpdateFormInput;
  UpdateGlobalViewsSettingsInput: UpdateGlobalViewsSettingsInput;
  UpdateIncidentInput: UpdateIncidentInput;
  UpdateIncidentStatusInput: UpdateIncidentStatusInput;
  UpdateIngestionSourceConfigInput: UpdateIngestionSourceConfigInput;
  UpdateIngestionSourceInput: UpdateIngestionSourceInput;
  UpdateIngestionSourceScheduleInput: UpdateIngestionSourceScheduleInput;
  UpdateLineageInput: UpdateLineageInput;
  UpdateLinkInput: UpdateLinkInput;
  UpdateMediaInput: UpdateMediaInput;
  UpdateNameInput: UpdateNameInput;
  UpdateOwnershipTypeInput: UpdateOwnershipTypeInput;
  UpdateParentNodeInput: UpdateParentNodeInput;
  UpdatePostContentInput: UpdatePostContentInput;
  UpdatePostInput: UpdatePostInput;
  UpdateQueryInput: UpdateQueryInput;
  UpdateQueryPropertiesInput: UpdateQueryPropertiesInput;
  UpdateQuerySubjectInput: UpdateQuerySubjectInput;
  UpdateSecretInput: UpdateSecretInput;
  UpdateStepStateResult: UpdateStepStateResult;
  UpdateStructuredPropertyInput: UpdateStructuredPropertyInput;
  UpdateTestInput: UpdateTestInput;
  UpdateTypeQualifierInput: UpdateTypeQualifierInput;
  UpdateUserHomePageSettingsInput: UpdateUserHomePageSettingsInput;
  UpdateUserSettingInput: UpdateUserSettingInput;
  UpdateViewInput: UpdateViewInput;
  UpsertCustomAssertionInput: UpsertCustomAssertionInput;
  UpsertDataContractInput: UpsertDataContractInput;
  UpsertDataHubConnectionInput: UpsertDataHubConnectionInput;
  UpsertLinkInput: UpsertLinkInput;
  UpsertPageModuleInput: UpsertPageModuleInput;
  UpsertPageTemplateInput: UpsertPageTemplateInput;
  UpsertStructuredPropertiesInput: UpsertStructuredPropertiesInput;
  UpstreamEntityRelationships: Omit<UpstreamEntityRelationships, 'entities'> & { entities?: Maybe<Array<Maybe<ResolversParentTypes['EntityRelationshipLegacy']>>> };
  UsageAggregation: Omit<UsageAggregation, 'metrics'> & { metrics?: Maybe<ResolversParentTypes['UsageAggregationMetrics']> };
  UsageAggregationMetrics: Omit<UsageAggregationMetrics, 'fields' | 'users'> & { fields?: Maybe<Array<Maybe<ResolversParentTypes['FieldUsageCounts']>>>, users?: Maybe<Array<Maybe<ResolversParentTypes['UserUsageCounts']>>> };
  UsageQueryResult: Omit<UsageQueryResult, 'aggregations' | 'buckets'> & { aggregations?: Maybe<ResolversParentTypes['UsageQueryResultAggregations']>, buckets?: Maybe<Array<Maybe<ResolversParentTypes['UsageAggregation']>>> };
  UsageQueryResultAggregations: Omit<UsageQueryResultAggregations, 'fields' | 'users'> & { fields?: Maybe<Array<Maybe<ResolversParentTypes['FieldUsageCounts']>>>, users?: Maybe<Array<Maybe<ResolversParentTypes['UserUsageCounts']>>> };
  UserUsageCounts: Omit<UserUsageCounts, 'user'> & { user?: Maybe<ResolversParentTypes['CorpUser']> };
  ValueFrequency: ValueFrequency;
  VerifyFormInput: VerifyFormInput;
  VersionProperties: VersionPropertiesParent;
  VersionSet: EntityRef;
  VersionTag: VersionTag;
  VersionedDataset: Omit<VersionedDataset, 'application' | 'applications' | 'container' | 'deprecation' | 'domain' | 'editableSchemaMetadata' | 'glossaryTerms' | 'institutionalMemory' | 'ownership' | 'parentContainers' | 'platform' | 'properties' | 'relationships' | 'schema' | 'tags'> & { application?: Maybe<ResolversParentTypes['ApplicationAssociation']>, applications?: Maybe<Array<ResolversParentTypes['ApplicationAssociation']>>, container?: Maybe<ResolversParentTypes['Container']>, deprecation?: Maybe<ResolversParentTypes['Deprecation']>, domain?: Maybe<ResolversParentTypes['DomainAssociation']>, editableSchemaMetadata?: Maybe<ResolversParentTypes['EditableSchemaMetadata']>, glossaryTerms?: Maybe<ResolversParentTypes['GlossaryTerms']>, institutionalMemory?: Maybe<ResolversParentTypes['InstitutionalMemory']>, ownership?: Maybe<ResolversParentTypes['Ownership']>, parentContainers?: Maybe<ResolversParentTypes['ParentContainersResult']>, platform: ResolversParentTypes['DataPlatform'], properties?: Maybe<ResolversParentTypes['DatasetProperties']>, relationships?: Maybe<ResolversParentTypes['EntityRelationshipsResult']>, schema?: Maybe<ResolversParentTypes['Schema']>, tags?: Maybe<ResolversParentTypes['GlobalTags']> };
  ViewProperties: ViewProperties;
  ViewsConfig: ViewsConfig;
  VisualConfig: VisualConfig;
  VolumeAssertionInfo: VolumeAssertionInfo;
};

export type AccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Access'] = ResolversParentTypes['Access']> = {
  roles?: Resolver<Maybe<Array<ResolversTypes['RoleAssociation']>>, ParentType, ContextType>;
};

export type AccessTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessToken'] = ResolversParentTypes['AccessToken']> = {
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadata?: Resolver<Maybe<ResolversTypes['AccessTokenMetadata']>, ParentType, ContextType>;
};

export type AccessTokenMetadataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessTokenMetadata'] = ResolversParentTypes['AccessTokenMetadata']> = {
  actorUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<AccessTokenMetadatarelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActiveIncidentHealthDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActiveIncidentHealthDetails'] = ResolversParentTypes['ActiveIncidentHealthDetails']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastActivityAt?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  latestIncidentTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latestIncidentUrn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  groups?: Resolver<Maybe<Array<ResolversTypes['RoleGroup']>>, ParentType, ContextType>;
  users?: Resolver<Maybe<Array<ResolversTypes['RoleUser']>>, ParentType, ContextType>;
};

export type ActorFilterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorFilter'] = ResolversParentTypes['ActorFilter']> = {
  allGroups?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  allUsers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  groups?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  resolvedGroups?: Resolver<Maybe<Array<ResolversTypes['CorpGroup']>>, ParentType, ContextType>;
  resolvedOwnershipTypes?: Resolver<Maybe<Array<ResolversTypes['OwnershipTypeEntity']>>, ParentType, ContextType>;
  resolvedRoles?: Resolver<Maybe<Array<ResolversTypes['DataHubRole']>>, ParentType, ContextType>;
  resolvedUsers?: Resolver<Maybe<Array<ResolversTypes['CorpUser']>>, ParentType, ContextType>;
  resourceOwners?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resourceOwnersTypes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  roles?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  users?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type AggregateResultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AggregateResults'] = ResolversParentTypes['AggregateResults']> = {
  facets?: Resolver<Maybe<Array<ResolversTypes['FacetMetadata']>>, ParentType, ContextType>;
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

export type AnalyticsChartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnalyticsChart'] = ResolversParentTypes['AnalyticsChart']> = {
  __resolveType: TypeResolveFn<'BarChart' | 'TableChart' | 'TimeSeriesChart', ParentType, ContextType>;
};

export type AnalyticsChartGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnalyticsChartGroup'] = ResolversParentTypes['AnalyticsChartGroup']> = {
  charts?: Resolver<Array<ResolversTypes['AnalyticsChart']>, ParentType, ContextType>;
  groupId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AnalyticsConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnalyticsConfig'] = ResolversParentTypes['AnalyticsConfig']> = {
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AppConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppConfig'] = ResolversParentTypes['AppConfig']> = {
  analyticsConfig?: Resolver<ResolversTypes['AnalyticsConfig'], ParentType, ContextType>;
  appVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authConfig?: Resolver<ResolversTypes['AuthConfig'], ParentType, ContextType>;
  chromeExtensionConfig?: Resolver<ResolversTypes['ChromeExtensionConfig'], ParentType, ContextType>;
  featureFlags?: Resolver<ResolversTypes['FeatureFlagsConfig'], ParentType, ContextType>;
  homePageConfig?: Resolver<ResolversTypes['HomePageConfig'], ParentType, ContextType>;
  identityManagementConfig?: Resolver<ResolversTypes['IdentityManagementConfig'], ParentType, ContextType>;
  lineageConfig?: Resolver<ResolversTypes['LineageConfig'], ParentType, ContextType>;
  managedIngestionConfig?: Resolver<ResolversTypes['ManagedIngestionConfig'], ParentType, ContextType>;
  policiesConfig?: Resolver<ResolversTypes['PoliciesConfig'], ParentType, ContextType>;
  searchBarConfig?: Resolver<ResolversTypes['SearchBarConfig'], ParentType, ContextType>;
  searchCardConfig?: Resolver<ResolversTypes['SearchCardConfig'], ParentType, ContextType>;
  searchFlagsConfig?: Resolver<ResolversTypes['SearchFlagsConfig'], ParentType, ContextType>;
  telemetryConfig?: Resolver<ResolversTypes['TelemetryConfig'], ParentType, ContextType>;
  testsConfig?: Resolver<ResolversTypes['TestsConfig'], ParentType, ContextType>;
  viewsConfig?: Resolver<ResolversTypes['ViewsConfig'], ParentType, ContextType>;
  visualConfig?: Resolver<ResolversTypes['VisualConfig'], ParentType, ContextType>;
};

export type ApplicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application']> = {
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<ApplicationaspectsArgs>>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  forms?: Resolver<Maybe<ResolversTypes['Forms']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['ApplicationProperties']>, ParentType, ContextType>;
  relatedDocuments?: Resolver<Maybe<ResolversTypes['RelatedDocumentsResult']>, ParentType, ContextType, RequireFields<ApplicationrelatedDocumentsArgs, 'input'>>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<ApplicationrelationshipsArgs, 'input'>>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApplicationAssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplicationAssociation'] = ResolversParentTypes['ApplicationAssociation']> = {
  application?: Resolver<ResolversTypes['Application'], ParentType, ContextType>;
  associatedUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ApplicationConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplicationConfig'] = ResolversParentTypes['ApplicationConfig']> = {
  showApplicationInNavigation?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  showSidebarSectionWhenEmpty?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type ApplicationPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplicationProperties'] = ResolversParentTypes['ApplicationProperties']> = {
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  numAssets?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type AspectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Aspect'] = ResolversParentTypes['Aspect']> = {
  __resolveType: TypeResolveFn<'SchemaMetadata', ParentType, ContextType>;
};

export type AspectRenderSpecResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AspectRenderSpec'] = ResolversParentTypes['AspectRenderSpec']> = {
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AssertionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Assertion'] = ResolversParentTypes['Assertion']> = {
  actions?: Resolver<Maybe<ResolversTypes['AssertionActions']>, ParentType, ContextType>;
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<AssertionaspectsArgs>>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  info?: Resolver<Maybe<ResolversTypes['AssertionInfo']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<AssertionlineageArgs, 'input'>>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<AssertionrelationshipsArgs, 'input'>>;
  runEvents?: Resolver<Maybe<ResolversTypes['AssertionRunEventsResult']>, ParentType, ContextType, Partial<AssertionrunEventsArgs>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssertionActionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssertionAction'] = ResolversParentTypes['AssertionAction']> = {
  type?: Resolver<ResolversTypes['AssertionActionType'], ParentType, ContextType>;
};

export type AssertionActionsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssertionActions'] = ResolversParentTypes['AssertionActions']> = {
  onFailure?: Resolver<Array<ResolversTypes['AssertionAction']>, ParentType, ContextType>;
  onSuccess?: Resolver<Array<ResolversTypes['AssertionAction']>, ParentType, ContextType>;
};

export type AssertionHealthStatusByTypeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssertionHealthStatusByType'] = ResolversParentTypes['AssertionHealthStatusByType']> = {
  lastStatusResultAt?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
  statusCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AssertionType'], ParentType, ContextType>;
};

export type AssertionInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssertionInfo'] = ResolversParentTypes['AssertionInfo']> = {
  customAssertion?: Resolver<Maybe<ResolversTypes['CustomAssertionInfo']>, ParentType, ContextType>;
  datasetAssertion?: Resolver<Maybe<ResolversTypes['DatasetAssertionInfo']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fieldAssertion?: Resolver<Maybe<ResolversTypes['FieldAssertionInfo']>, ParentType, ContextType>;
  freshnessAssertion?: Resolver<Maybe<ResolversTypes['FreshnessAssertionInfo']>, ParentType, ContextType>;
  lastUpdated?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  schemaAssertion?: Resolver<Maybe<ResolversTypes['SchemaAssertionInfo']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['AssertionSource']>, ParentType, ContextType>;
  sqlAssertion?: Resolver<Maybe<ResolversTypes['SqlAssertionInfo']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AssertionType'], ParentType, ContextType>;
  volumeAssertion?: Resolver<Maybe<ResolversTypes['VolumeAssertionInfo']>, ParentType, ContextType>;
};

export type AssertionResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssertionResult'] = ResolversParentTypes['AssertionResult']> = {
  actualAggValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['AssertionResultError']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  missingCount?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  nativeResults?: Resolver<Maybe<Array<ResolversTypes['StringMapEntry']>>, ParentType, ContextType>;
  rowCount?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AssertionResultType'], ParentType, ContextType>;
  unexpectedCount?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
};

export type AssertionResultErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssertionResultError'] = ResolversParentTypes['AssertionResultError']> = {
  properties?: Resolver<Maybe<Array<ResolversTypes['StringMapEntry']>>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AssertionResultErrorType'], ParentType, ContextType>;
};

export type AssertionRunEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssertionRunEvent'] = ResolversParentTypes['AssertionRunEvent']> = {
  asserteeUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assertionUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  batchSpec?: Resolver<Maybe<ResolversTypes['BatchSpec']>, ParentType, ContextType>;
  lastObservedMillis?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  partitionSpec?: Resolver<Maybe<ResolversTypes['PartitionSpec']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['AssertionResult']>, ParentType, ContextType>;
  runId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  runtimeContext?: Resolver<Maybe<Array<ResolversTypes['StringMapEntry']>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssertionRunStatus'], ParentType, ContextType>;
  timestampMillis?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssertionRunEventsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssertionRunEventsResult'] = ResolversParentTypes['AssertionRunEventsResult']> = {
  errored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  runEvents?: Resolver<Array<ResolversTypes['AssertionRunEvent']>, ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssertionSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssertionSource'] = ResolversParentTypes['AssertionSource']> = {
  created?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AssertionSourceType'], ParentType, ContextType>;
};

export type AssertionStdParameterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssertionStdParameter'] = ResolversParentTypes['AssertionStdParameter']> = {
  type?: Resolver<ResolversTypes['AssertionStdParameterType'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AssertionStdParametersResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssertionStdParameters'] = ResolversParentTypes['AssertionStdParameters']> = {
  maxValue?: Resolver<Maybe<ResolversTypes['AssertionStdParameter']>, ParentType, ContextType>;
  minValue?: Resolver<Maybe<ResolversTypes['AssertionStdParameter']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['AssertionStdParameter']>, ParentType, ContextType>;
};

export type AssetCollectionModuleParamsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetCollectionModuleParams'] = ResolversParentTypes['AssetCollectionModuleParams']> = {
  assetUrns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  dynamicFilterJson?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AssetSettingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetSettings'] = ResolversParentTypes['AssetSettings']> = {
  assetSummary?: Resolver<Maybe<ResolversTypes['AssetSummarySettings']>, ParentType, ContextType>;
};

export type AssetStatsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetStatsResult'] = ResolversParentTypes['AssetStatsResult']> = {
  oldestDatasetProfileTime?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  oldestDatasetUsageTime?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  oldestOperationTime?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
};

export type AssetSummarySettingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetSummarySettings'] = ResolversParentTypes['AssetSummarySettings']> = {
  templates?: Resolver<Maybe<Array<ResolversTypes['AssetSummarySettingsTemplate']>>, ParentType, ContextType>;
};

export type AssetSummarySettingsTemplateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssetSummarySettingsTemplate'] = ResolversParentTypes['AssetSummarySettingsTemplate']> = {
  template?: Resolver<Maybe<ResolversTypes['DataHubPageTemplate']>, ParentType, ContextType>;
};

export type AuditStampResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditStamp'] = ResolversParentTypes['AuditStamp']> = {
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  time?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
};

export type AuthConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthConfig'] = ResolversParentTypes['AuthConfig']> = {
  tokenAuthEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type BarChartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BarChart'] = ResolversParentTypes['BarChart']> = {
  bars?: Resolver<Array<ResolversTypes['NamedBar']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BarSegmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BarSegment'] = ResolversParentTypes['BarSegment']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BaseDataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BaseData'] = ResolversParentTypes['BaseData']> = {
  dataset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  motivation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preProcessing?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type BatchGetStepStatesResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BatchGetStepStatesResult'] = ResolversParentTypes['BatchGetStepStatesResult']> = {
  results?: Resolver<Array<ResolversTypes['StepStateResult']>, ParentType, ContextType>;
};

export type BatchSpecResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BatchSpec'] = ResolversParentTypes['BatchSpec']> = {
  customProperties?: Resolver<Maybe<Array<ResolversTypes['StringMapEntry']>>, ParentType, ContextType>;
  limit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nativeBatchId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  query?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BatchUpdateStepStatesResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BatchUpdateStepStatesResult'] = ResolversParentTypes['BatchUpdateStepStatesResult']> = {
  results?: Resolver<Array<ResolversTypes['UpdateStepStateResult']>, ParentType, ContextType>;
};

export type BooleanBoxResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BooleanBox'] = ResolversParentTypes['BooleanBox']> = {
  booleanValue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BrowsableEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrowsableEntity'] = ResolversParentTypes['BrowsableEntity']> = {
  __resolveType: TypeResolveFn<'Chart' | 'Dashboard' | 'DataFlow' | 'DataJob' | 'Dataset' | 'MLFeatureTable' | 'MLModel' | 'MLModelGroup' | 'Notebook', ParentType, ContextType>;
};

export type BrowsePathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrowsePath'] = ResolversParentTypes['BrowsePath']> = {
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BrowsePathEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrowsePathEntry'] = ResolversParentTypes['BrowsePathEntry']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BrowsePathV2Resolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrowsePathV2'] = ResolversParentTypes['BrowsePathV2']> = {
  path?: Resolver<Array<ResolversTypes['BrowsePathEntry']>, ParentType, ContextType>;
};

export type BrowseResultGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrowseResultGroup'] = ResolversParentTypes['BrowseResultGroup']> = {
  count?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BrowseResultGroupV2Resolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrowseResultGroupV2'] = ResolversParentTypes['BrowseResultGroupV2']> = {
  count?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  hasSubGroups?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BrowseResultMetadataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrowseResultMetadata'] = ResolversParentTypes['BrowseResultMetadata']> = {
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  totalNumEntities?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
};

export type BrowseResultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrowseResults'] = ResolversParentTypes['BrowseResults']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['BrowseResultGroup']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['BrowseResultMetadata'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BrowseResultsV2Resolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrowseResultsV2'] = ResolversParentTypes['BrowseResultsV2']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['BrowseResultGroupV2']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['BrowseResultMetadata'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BucketStorageLocationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BucketStorageLocation'] = ResolversParentTypes['BucketStorageLocation']> = {
  storageBucket?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  storageKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BusinessAttributeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BusinessAttribute'] = ResolversParentTypes['BusinessAttribute']> = {
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['BusinessAttributeInfo']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<BusinessAttributerelationshipsArgs, 'input'>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BusinessAttributeAssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BusinessAttributeAssociation'] = ResolversParentTypes['BusinessAttributeAssociation']> = {
  associatedUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  businessAttribute?: Resolver<ResolversTypes['BusinessAttribute'], ParentType, ContextType>;
};

export type BusinessAttributeInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BusinessAttributeInfo'] = ResolversParentTypes['BusinessAttributeInfo']> = {
  created?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  lastModified?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['SchemaFieldDataType']>, ParentType, ContextType>;
};

export type BusinessAttributesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BusinessAttributes'] = ResolversParentTypes['BusinessAttributes']> = {
  businessAttribute?: Resolver<Maybe<ResolversTypes['BusinessAttributeAssociation']>, ParentType, ContextType>;
};

export type CaveatDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaveatDetails'] = ResolversParentTypes['CaveatDetails']> = {
  caveatDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groupsNotRepresented?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  needsFurtherTesting?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type CaveatsAndRecommendationsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaveatsAndRecommendations'] = ResolversParentTypes['CaveatsAndRecommendations']> = {
  caveats?: Resolver<Maybe<ResolversTypes['CaveatDetails']>, ParentType, ContextType>;
  idealDatasetCharacteristics?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  recommendations?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Cell'] = ResolversParentTypes['Cell']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  linkParams?: Resolver<Maybe<ResolversTypes['LinkParams']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChangeAuditStampsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeAuditStamps'] = ResolversParentTypes['ChangeAuditStamps']> = {
  created?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  lastModified?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
};

export type ChangeEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeEvent'] = ResolversParentTypes['ChangeEvent']> = {
  auditStamp?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['ChangeCategoryType']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  modifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<Maybe<ResolversTypes['ChangeOperationType']>, ParentType, ContextType>;
  parameters?: Resolver<Maybe<Array<ResolversTypes['TimelineParameterEntry']>>, ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChangeTransactionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeTransaction'] = ResolversParentTypes['ChangeTransaction']> = {
  changeType?: Resolver<ResolversTypes['ChangeOperationType'], ParentType, ContextType>;
  changes?: Resolver<Maybe<Array<ResolversTypes['ChangeEvent']>>, ParentType, ContextType>;
  lastSemanticVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timestampMillis?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  versionStamp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Chart'] = ResolversParentTypes['Chart']> = {
  application?: Resolver<Maybe<ResolversTypes['ApplicationAssociation']>, ParentType, ContextType>;
  applications?: Resolver<Maybe<Array<ResolversTypes['ApplicationAssociation']>>, ParentType, ContextType>;
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<ChartaspectsArgs>>;
  browsePathV2?: Resolver<Maybe<ResolversTypes['BrowsePathV2']>, ParentType, ContextType>;
  browsePaths?: Resolver<Maybe<Array<ResolversTypes['BrowsePath']>>, ParentType, ContextType>;
  chartId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  container?: Resolver<Maybe<ResolversTypes['Container']>, ParentType, ContextType>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableInfo?: Resolver<Maybe<ResolversTypes['ChartEditableProperties']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['ChartEditableProperties']>, ParentType, ContextType>;
  embed?: Resolver<Maybe<ResolversTypes['Embed']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  forms?: Resolver<Maybe<ResolversTypes['Forms']>, ParentType, ContextType>;
  globalTags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  health?: Resolver<Maybe<Array<ResolversTypes['Health']>>, ParentType, ContextType>;
  incidents?: Resolver<Maybe<ResolversTypes['EntityIncidentsResult']>, ParentType, ContextType, Partial<ChartincidentsArgs>>;
  info?: Resolver<Maybe<ResolversTypes['ChartInfo']>, ParentType, ContextType>;
  inputFields?: Resolver<Maybe<ResolversTypes['InputFields']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<ChartlineageArgs, 'input'>>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  parentContainers?: Resolver<Maybe<ResolversTypes['ParentContainersResult']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['ChartProperties']>, ParentType, ContextType>;
  query?: Resolver<Maybe<ResolversTypes['ChartQuery']>, ParentType, ContextType>;
  relatedDocuments?: Resolver<Maybe<ResolversTypes['RelatedDocumentsResult']>, ParentType, ContextType, RequireFields<ChartrelatedDocumentsArgs, 'input'>>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<ChartrelationshipsArgs, 'input'>>;
  statsSummary?: Resolver<Maybe<ResolversTypes['ChartStatsSummary']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  subTypes?: Resolver<Maybe<ResolversTypes['SubTypes']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  tool?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChartCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChartCell'] = ResolversParentTypes['ChartCell']> = {
  cellId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cellTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changeAuditStamps?: Resolver<Maybe<ResolversTypes['ChangeAuditStamps']>, ParentType, ContextType>;
};

export type ChartEditablePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChartEditableProperties'] = ResolversParentTypes['ChartEditableProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ChartInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChartInfo'] = ResolversParentTypes['ChartInfo']> = {
  access?: Resolver<Maybe<ResolversTypes['AccessLevel']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inputs?: Resolver<Maybe<Array<ResolversTypes['Dataset']>>, ParentType, ContextType>;
  lastModified?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  lastRefreshed?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['ChartType']>, ParentType, ContextType>;
};

export type ChartPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChartProperties'] = ResolversParentTypes['ChartProperties']> = {
  access?: Resolver<Maybe<ResolversTypes['AccessLevel']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastModified?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  lastRefreshed?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['ChartType']>, ParentType, ContextType>;
};

export type ChartQueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChartQuery'] = ResolversParentTypes['ChartQuery']> = {
  rawQuery?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ChartQueryType'], ParentType, ContextType>;
};

export type ChartStatsSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChartStatsSummary'] = ResolversParentTypes['ChartStatsSummary']> = {
  topUsersLast30Days?: Resolver<Maybe<Array<ResolversTypes['CorpUser']>>, ParentType, ContextType>;
  uniqueUserCountLast30Days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  viewCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  viewCountLast30Days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ChromeExtensionConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChromeExtensionConfig'] = ResolversParentTypes['ChromeExtensionConfig']> = {
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lineageEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ContainerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Container'] = ResolversParentTypes['Container']> = {
  access?: Resolver<Maybe<ResolversTypes['Access']>, ParentType, ContextType>;
  application?: Resolver<Maybe<ResolversTypes['ApplicationAssociation']>, ParentType, ContextType>;
  applications?: Resolver<Maybe<Array<ResolversTypes['ApplicationAssociation']>>, ParentType, ContextType>;
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<ContaineraspectsArgs>>;
  browsePathV2?: Resolver<Maybe<ResolversTypes['BrowsePathV2']>, ParentType, ContextType>;
  container?: Resolver<Maybe<ResolversTypes['Container']>, ParentType, ContextType>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['ContainerEditableProperties']>, ParentType, ContextType>;
  entities?: Resolver<Maybe<ResolversTypes['SearchResults']>, ParentType, ContextType, Partial<ContainerentitiesArgs>>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  forms?: Resolver<Maybe<ResolversTypes['Forms']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  orreryRuns?: Resolver<Maybe<ResolversTypes['OrreryRunSearchResult']>, ParentType, ContextType, Partial<ContainerorreryRunsArgs>>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  parentContainers?: Resolver<Maybe<ResolversTypes['ParentContainersResult']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['ContainerProperties']>, ParentType, ContextType>;
  relatedDocuments?: Resolver<Maybe<ResolversTypes['RelatedDocumentsResult']>, ParentType, ContextType, RequireFields<ContainerrelatedDocumentsArgs, 'input'>>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<ContainerrelationshipsArgs, 'input'>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
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

export type ContentParamsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContentParams'] = ResolversParentTypes['ContentParams']> = {
  count?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
};

export type CorpGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorpGroup'] = ResolversParentTypes['CorpGroup']> = {
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<CorpGroupaspectsArgs>>;
  editableProperties?: Resolver<Maybe<ResolversTypes['CorpGroupEditableProperties']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  forms?: Resolver<Maybe<ResolversTypes['Forms']>, ParentType, ContextType>;
  info?: Resolver<Maybe<ResolversTypes['CorpGroupInfo']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['Origin']>, ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['CorpGroupProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<CorpGrouprelationshipsArgs, 'input'>>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CorpGroupEditablePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorpGroupEditableProperties'] = ResolversParentTypes['CorpGroupEditableProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pictureLink?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slack?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CorpGroupInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorpGroupInfo'] = ResolversParentTypes['CorpGroupInfo']> = {
  admins?: Resolver<Maybe<Array<ResolversTypes['CorpUser']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  members?: Resolver<Maybe<Array<ResolversTypes['CorpUser']>>, ParentType, ContextType>;
};

export type CorpGroupPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorpGroupProperties'] = ResolversParentTypes['CorpGroupProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slack?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CorpUserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorpUser'] = ResolversParentTypes['CorpUser']> = {
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<CorpUseraspectsArgs>>;
  editableInfo?: Resolver<Maybe<ResolversTypes['CorpUserEditableInfo']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['CorpUserEditableProperties']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  forms?: Resolver<Maybe<ResolversTypes['Forms']>, ParentType, ContextType>;
  globalTags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  info?: Resolver<Maybe<ResolversTypes['CorpUserInfo']>, ParentType, ContextType>;
  isNativeUser?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['CorpUserProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<CorpUserrelationshipsArgs, 'input'>>;
  settings?: Resolver<Maybe<ResolversTypes['CorpUserSettings']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['CorpUserStatus']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CorpUserAppearanceSettingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorpUserAppearanceSettings'] = ResolversParentTypes['CorpUserAppearanceSettings']> = {
  showSimplifiedHomepage?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  showThemeV2?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type CorpUserEditableInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorpUserEditableInfo'] = ResolversParentTypes['CorpUserEditableInfo']> = {
  aboutMe?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pictureLink?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  skills?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  teams?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CorpUserEditablePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorpUserEditableProperties'] = ResolversParentTypes['CorpUserEditableProperties']> = {
  aboutMe?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  persona?: Resolver<Maybe<ResolversTypes['DataHubPersona']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pictureLink?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  platforms?: Resolver<Maybe<Array<ResolversTypes['DataPlatform']>>, ParentType, ContextType>;
  skills?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  slack?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  teams?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CorpUserHomePageSettingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorpUserHomePageSettings'] = ResolversParentTypes['CorpUserHomePageSettings']> = {
  dismissedAnnouncementUrns?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  pageTemplate?: Resolver<Maybe<ResolversTypes['DataHubPageTemplate']>, ParentType, ContextType>;
};

export type CorpUserInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorpUserInfo'] = ResolversParentTypes['CorpUserInfo']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  departmentId?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  departmentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['CorpUser']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CorpUserPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorpUserProperties'] = ResolversParentTypes['CorpUserProperties']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  departmentId?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  departmentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['CorpUser']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CorpUserSettingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorpUserSettings'] = ResolversParentTypes['CorpUserSettings']> = {
  appearance?: Resolver<Maybe<ResolversTypes['CorpUserAppearanceSettings']>, ParentType, ContextType>;
  homePage?: Resolver<Maybe<ResolversTypes['CorpUserHomePageSettings']>, ParentType, ContextType>;
  views?: Resolver<Maybe<ResolversTypes['CorpUserViewsSettings']>, ParentType, ContextType>;
};

export type CorpUserViewsSettingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorpUserViewsSettings'] = ResolversParentTypes['CorpUserViewsSettings']> = {
  defaultView?: Resolver<Maybe<ResolversTypes['DataHubView']>, ParentType, ContextType>;
};

export type CostResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Cost'] = ResolversParentTypes['Cost']> = {
  costType?: Resolver<ResolversTypes['CostType'], ParentType, ContextType>;
  costValue?: Resolver<ResolversTypes['CostValue'], ParentType, ContextType>;
};

export type CostValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CostValue'] = ResolversParentTypes['CostValue']> = {
  costCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  costId?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CreateDataHubFileResponseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateDataHubFileResponse'] = ResolversParentTypes['CreateDataHubFileResponse']> = {
  file?: Resolver<ResolversTypes['DataHubFile'], ParentType, ContextType>;
};

export type CronScheduleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CronSchedule'] = ResolversParentTypes['CronSchedule']> = {
  cron?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CustomAssertionInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomAssertionInfo'] = ResolversParentTypes['CustomAssertionInfo']> = {
  entityUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['SchemaFieldRef']>, ParentType, ContextType>;
  logic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CustomPropertiesEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomPropertiesEntry'] = ResolversParentTypes['CustomPropertiesEntry']> = {
  associatedUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DashboardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dashboard'] = ResolversParentTypes['Dashboard']> = {
  application?: Resolver<Maybe<ResolversTypes['ApplicationAssociation']>, ParentType, ContextType>;
  applications?: Resolver<Maybe<Array<ResolversTypes['ApplicationAssociation']>>, ParentType, ContextType>;
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<DashboardaspectsArgs>>;
  browsePathV2?: Resolver<Maybe<ResolversTypes['BrowsePathV2']>, ParentType, ContextType>;
  browsePaths?: Resolver<Maybe<Array<ResolversTypes['BrowsePath']>>, ParentType, ContextType>;
  container?: Resolver<Maybe<ResolversTypes['Container']>, ParentType, ContextType>;
  dashboardId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableInfo?: Resolver<Maybe<ResolversTypes['DashboardEditableProperties']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['DashboardEditableProperties']>, ParentType, ContextType>;
  embed?: Resolver<Maybe<ResolversTypes['Embed']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  forms?: Resolver<Maybe<ResolversTypes['Forms']>, ParentType, ContextType>;
  globalTags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  health?: Resolver<Maybe<Array<ResolversTypes['Health']>>, ParentType, ContextType>;
  incidents?: Resolver<Maybe<ResolversTypes['EntityIncidentsResult']>, ParentType, ContextType, Partial<DashboardincidentsArgs>>;
  info?: Resolver<Maybe<ResolversTypes['DashboardInfo']>, ParentType, ContextType>;
  inputFields?: Resolver<Maybe<ResolversTypes['InputFields']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<DashboardlineageArgs, 'input'>>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  parentContainers?: Resolver<Maybe<ResolversTypes['ParentContainersResult']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['DashboardProperties']>, ParentType, ContextType>;
  relatedDocuments?: Resolver<Maybe<ResolversTypes['RelatedDocumentsResult']>, ParentType, ContextType, RequireFields<DashboardrelatedDocumentsArgs, 'input'>>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DashboardrelationshipsArgs, 'input'>>;
  statsSummary?: Resolver<Maybe<ResolversTypes['DashboardStatsSummary']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  subTypes?: Resolver<Maybe<ResolversTypes['SubTypes']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  tool?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usageStats?: Resolver<Maybe<ResolversTypes['DashboardUsageQueryResult']>, ParentType, ContextType, Partial<DashboardusageStatsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DashboardEditablePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardEditableProperties'] = ResolversParentTypes['DashboardEditableProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DashboardInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardInfo'] = ResolversParentTypes['DashboardInfo']> = {
  access?: Resolver<Maybe<ResolversTypes['AccessLevel']>, ParentType, ContextType>;
  charts?: Resolver<Array<ResolversTypes['Chart']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastModified?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  lastRefreshed?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DashboardPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardProperties'] = ResolversParentTypes['DashboardProperties']> = {
  access?: Resolver<Maybe<ResolversTypes['AccessLevel']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastModified?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  lastRefreshed?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DashboardStatsSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardStatsSummary'] = ResolversParentTypes['DashboardStatsSummary']> = {
  topUsersLast30Days?: Resolver<Maybe<Array<ResolversTypes['CorpUser']>>, ParentType, ContextType>;
  uniqueUserCountLast30Days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  viewCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  viewCountLast30Days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DashboardUsageAggregationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardUsageAggregation'] = ResolversParentTypes['DashboardUsageAggregation']> = {
  bucket?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  duration?: Resolver<Maybe<ResolversTypes['WindowDuration']>, ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['DashboardUsageAggregationMetrics']>, ParentType, ContextType>;
  resource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DashboardUsageAggregationMetricsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardUsageAggregationMetrics'] = ResolversParentTypes['DashboardUsageAggregationMetrics']> = {
  executionsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  uniqueUserCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  viewsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DashboardUsageMetricsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardUsageMetrics'] = ResolversParentTypes['DashboardUsageMetrics']> = {
  executionsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  favoritesCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastViewed?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  timestampMillis?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  viewsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DashboardUsageQueryResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardUsageQueryResult'] = ResolversParentTypes['DashboardUsageQueryResult']> = {
  aggregations?: Resolver<Maybe<ResolversTypes['DashboardUsageQueryResultAggregations']>, ParentType, ContextType>;
  buckets?: Resolver<Maybe<Array<Maybe<ResolversTypes['DashboardUsageAggregation']>>>, ParentType, ContextType>;
  metrics?: Resolver<Maybe<Array<ResolversTypes['DashboardUsageMetrics']>>, ParentType, ContextType>;
};

export type DashboardUsageQueryResultAggregationsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardUsageQueryResultAggregations'] = ResolversParentTypes['DashboardUsageQueryResultAggregations']> = {
  executionsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  uniqueUserCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  users?: Resolver<Maybe<Array<Maybe<ResolversTypes['DashboardUserUsageCounts']>>>, ParentType, ContextType>;
  viewsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DashboardUserUsageCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DashboardUserUsageCounts'] = ResolversParentTypes['DashboardUserUsageCounts']> = {
  executionsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  usageCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['CorpUser']>, ParentType, ContextType>;
  viewsCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DataContractResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataContract'] = ResolversParentTypes['DataContract']> = {
  properties?: Resolver<Maybe<ResolversTypes['DataContractProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DataContractrelationshipsArgs, 'input'>>;
  status?: Resolver<Maybe<ResolversTypes['DataContractStatus']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataContractPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataContractProperties'] = ResolversParentTypes['DataContractProperties']> = {
  dataQuality?: Resolver<Maybe<Array<ResolversTypes['DataQualityContract']>>, ParentType, ContextType>;
  entityUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freshness?: Resolver<Maybe<Array<ResolversTypes['FreshnessContract']>>, ParentType, ContextType>;
  schema?: Resolver<Maybe<Array<ResolversTypes['SchemaContract']>>, ParentType, ContextType>;
};

export type DataContractStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataContractStatus'] = ResolversParentTypes['DataContractStatus']> = {
  state?: Resolver<ResolversTypes['DataContractState'], ParentType, ContextType>;
};

export type DataFlowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataFlow'] = ResolversParentTypes['DataFlow']> = {
  application?: Resolver<Maybe<ResolversTypes['ApplicationAssociation']>, ParentType, ContextType>;
  applications?: Resolver<Maybe<Array<ResolversTypes['ApplicationAssociation']>>, ParentType, ContextType>;
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<DataFlowaspectsArgs>>;
  browsePathV2?: Resolver<Maybe<ResolversTypes['BrowsePathV2']>, ParentType, ContextType>;
  browsePaths?: Resolver<Maybe<Array<ResolversTypes['BrowsePath']>>, ParentType, ContextType>;
  cluster?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  container?: Resolver<Maybe<ResolversTypes['Container']>, ParentType, ContextType>;
  dataJobs?: Resolver<Maybe<ResolversTypes['DataFlowDataJobsRelationships']>, ParentType, ContextType>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['DataFlowEditableProperties']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  flowId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  forms?: Resolver<Maybe<ResolversTypes['Forms']>, ParentType, ContextType>;
  globalTags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  health?: Resolver<Maybe<Array<ResolversTypes['Health']>>, ParentType, ContextType>;
  incidents?: Resolver<Maybe<ResolversTypes['EntityIncidentsResult']>, ParentType, ContextType, Partial<DataFlowincidentsArgs>>;
  info?: Resolver<Maybe<ResolversTypes['DataFlowInfo']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<DataFlowlineageArgs, 'input'>>;
  orchestrator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  parentContainers?: Resolver<Maybe<ResolversTypes['ParentContainersResult']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['DataFlowProperties']>, ParentType, ContextType>;
  relatedDocuments?: Resolver<Maybe<ResolversTypes['RelatedDocumentsResult']>, ParentType, ContextType, RequireFields<DataFlowrelatedDocumentsArgs, 'input'>>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DataFlowrelationshipsArgs, 'input'>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  subTypes?: Resolver<Maybe<ResolversTypes['SubTypes']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataFlowDataJobsRelationshipsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataFlowDataJobsRelationships'] = ResolversParentTypes['DataFlowDataJobsRelationships']> = {
  entities?: Resolver<Maybe<Array<Maybe<ResolversTypes['EntityRelationshipLegacy']>>>, ParentType, ContextType>;
};

export type DataFlowEditablePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataFlowEditableProperties'] = ResolversParentTypes['DataFlowEditableProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DataFlowInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataFlowInfo'] = ResolversParentTypes['DataFlowInfo']> = {
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DataFlowPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataFlowProperties'] = ResolversParentTypes['DataFlowProperties']> = {
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DataHubConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubConnection'] = ResolversParentTypes['DataHubConnection']> = {
  details?: Resolver<ResolversTypes['DataHubConnectionDetails'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DataHubConnectionrelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataHubConnectionDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubConnectionDetails'] = ResolversParentTypes['DataHubConnectionDetails']> = {
  json?: Resolver<Maybe<ResolversTypes['DataHubJsonConnection']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DataHubConnectionDetailsType'], ParentType, ContextType>;
};

export type DataHubFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubFile'] = ResolversParentTypes['DataHubFile']> = {
  info?: Resolver<ResolversTypes['DataHubFileInfo'], ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DataHubFilerelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataHubFileInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubFileInfo'] = ResolversParentTypes['DataHubFileInfo']> = {
  bucketStorageLocation?: Resolver<ResolversTypes['BucketStorageLocation'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['ResolvedAuditStamp'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  originalFileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referencedByAsset?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  scenario?: Resolver<ResolversTypes['UploadDownloadScenario'], ParentType, ContextType>;
  schemaField?: Resolver<Maybe<ResolversTypes['SchemaFieldEntity']>, ParentType, ContextType>;
  sizeInBytes?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
};

export type DataHubJsonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubJsonConnection'] = ResolversParentTypes['DataHubJsonConnection']> = {
  blob?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DataHubPageModuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubPageModule'] = ResolversParentTypes['DataHubPageModule']> = {
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['DataHubPageModuleProperties'], ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DataHubPageModulerelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataHubPageModuleParamsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubPageModuleParams'] = ResolversParentTypes['DataHubPageModuleParams']> = {
  assetCollectionParams?: Resolver<Maybe<ResolversTypes['AssetCollectionModuleParams']>, ParentType, ContextType>;
  hierarchyViewParams?: Resolver<Maybe<ResolversTypes['HierarchyViewModuleParams']>, ParentType, ContextType>;
  linkParams?: Resolver<Maybe<ResolversTypes['LinkModuleParams']>, ParentType, ContextType>;
  richTextParams?: Resolver<Maybe<ResolversTypes['RichTextModuleParams']>, ParentType, ContextType>;
};

export type DataHubPageModulePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubPageModuleProperties'] = ResolversParentTypes['DataHubPageModuleProperties']> = {
  created?: Resolver<ResolversTypes['ResolvedAuditStamp'], ParentType, ContextType>;
  lastModified?: Resolver<ResolversTypes['ResolvedAuditStamp'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  params?: Resolver<ResolversTypes['DataHubPageModuleParams'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DataHubPageModuleType'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['DataHubPageModuleVisibility'], ParentType, ContextType>;
};

export type DataHubPageModuleVisibilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubPageModuleVisibility'] = ResolversParentTypes['DataHubPageModuleVisibility']> = {
  scope?: Resolver<Maybe<ResolversTypes['PageModuleScope']>, ParentType, ContextType>;
};

export type DataHubPageTemplateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubPageTemplate'] = ResolversParentTypes['DataHubPageTemplate']> = {
  properties?: Resolver<ResolversTypes['DataHubPageTemplateProperties'], ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DataHubPageTemplaterelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataHubPageTemplateAssetSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubPageTemplateAssetSummary'] = ResolversParentTypes['DataHubPageTemplateAssetSummary']> = {
  summaryElements?: Resolver<Maybe<Array<ResolversTypes['SummaryElement']>>, ParentType, ContextType>;
};

export type DataHubPageTemplatePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubPageTemplateProperties'] = ResolversParentTypes['DataHubPageTemplateProperties']> = {
  assetSummary?: Resolver<Maybe<ResolversTypes['DataHubPageTemplateAssetSummary']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['ResolvedAuditStamp'], ParentType, ContextType>;
  lastModified?: Resolver<ResolversTypes['ResolvedAuditStamp'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['DataHubPageTemplateRow']>, ParentType, ContextType>;
  surface?: Resolver<ResolversTypes['DataHubPageTemplateSurface'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['DataHubPageTemplateVisibility'], ParentType, ContextType>;
};

export type DataHubPageTemplateRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubPageTemplateRow'] = ResolversParentTypes['DataHubPageTemplateRow']> = {
  modules?: Resolver<Array<ResolversTypes['DataHubPageModule']>, ParentType, ContextType>;
};

export type DataHubPageTemplateSurfaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubPageTemplateSurface'] = ResolversParentTypes['DataHubPageTemplateSurface']> = {
  surfaceType?: Resolver<Maybe<ResolversTypes['PageTemplateSurfaceType']>, ParentType, ContextType>;
};

export type DataHubPageTemplateVisibilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubPageTemplateVisibility'] = ResolversParentTypes['DataHubPageTemplateVisibility']> = {
  scope?: Resolver<Maybe<ResolversTypes['PageTemplateScope']>, ParentType, ContextType>;
};

export type DataHubPersonaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubPersona'] = ResolversParentTypes['DataHubPersona']> = {
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DataHubPolicyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubPolicy'] = ResolversParentTypes['DataHubPolicy']> = {
  actors?: Resolver<ResolversTypes['ActorFilter'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  editable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policyType?: Resolver<ResolversTypes['PolicyType'], ParentType, ContextType>;
  privileges?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DataHubPolicyrelationshipsArgs, 'input'>>;
  resources?: Resolver<Maybe<ResolversTypes['ResourceFilter']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['PolicyState'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataHubRoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubRole'] = ResolversParentTypes['DataHubRole']> = {
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<DataHubRoleaspectsArgs>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DataHubRolerelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataHubViewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubView'] = ResolversParentTypes['DataHubView']> = {
  definition?: Resolver<ResolversTypes['DataHubViewDefinition'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DataHubViewrelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewType?: Resolver<ResolversTypes['DataHubViewType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataHubViewDefinitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubViewDefinition'] = ResolversParentTypes['DataHubViewDefinition']> = {
  entityTypes?: Resolver<Array<ResolversTypes['EntityType']>, ParentType, ContextType>;
  filter?: Resolver<ResolversTypes['DataHubViewFilter'], ParentType, ContextType>;
};

export type DataHubViewFilterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataHubViewFilter'] = ResolversParentTypes['DataHubViewFilter']> = {
  filters?: Resolver<Array<ResolversTypes['FacetFilter']>, ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['LogicalOperator'], ParentType, ContextType>;
};

export type DataJobResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataJob'] = ResolversParentTypes['DataJob']> = {
  application?: Resolver<Maybe<ResolversTypes['ApplicationAssociation']>, ParentType, ContextType>;
  applications?: Resolver<Maybe<Array<ResolversTypes['ApplicationAssociation']>>, ParentType, ContextType>;
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<DataJobaspectsArgs>>;
  browsePathV2?: Resolver<Maybe<ResolversTypes['BrowsePathV2']>, ParentType, ContextType>;
  browsePaths?: Resolver<Maybe<Array<ResolversTypes['BrowsePath']>>, ParentType, ContextType>;
  container?: Resolver<Maybe<ResolversTypes['Container']>, ParentType, ContextType>;
  dataFlow?: Resolver<Maybe<ResolversTypes['DataFlow']>, ParentType, ContextType>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  dataTransformLogic?: Resolver<Maybe<ResolversTypes['DataTransformLogic']>, ParentType, ContextType>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['DataJobEditableProperties']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  forms?: Resolver<Maybe<ResolversTypes['Forms']>, ParentType, ContextType>;
  globalTags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  health?: Resolver<Maybe<Array<ResolversTypes['Health']>>, ParentType, ContextType>;
  incidents?: Resolver<Maybe<ResolversTypes['EntityIncidentsResult']>, ParentType, ContextType, Partial<DataJobincidentsArgs>>;
  info?: Resolver<Maybe<ResolversTypes['DataJobInfo']>, ParentType, ContextType>;
  inputOutput?: Resolver<Maybe<ResolversTypes['DataJobInputOutput']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  jobId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<DataJoblineageArgs, 'input'>>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  parentContainers?: Resolver<Maybe<ResolversTypes['ParentContainersResult']>, ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['DataPlatform']>, ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['DataJobProperties']>, ParentType, ContextType>;
  relatedDocuments?: Resolver<Maybe<ResolversTypes['RelatedDocumentsResult']>, ParentType, ContextType, RequireFields<DataJobrelatedDocumentsArgs, 'input'>>;
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

export type DataJobInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataJobInfo'] = ResolversParentTypes['DataJobInfo']> = {
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DataJobInputOutputResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataJobInputOutput'] = ResolversParentTypes['DataJobInputOutput']> = {
  fineGrainedLineages?: Resolver<Maybe<Array<ResolversTypes['FineGrainedLineage']>>, ParentType, ContextType>;
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
  info?: Resolver<Maybe<ResolversTypes['DataPlatformInfo']>, ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['DataPlatformProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DataPlatformrelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataPlatformInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataPlatformInfo'] = ResolversParentTypes['DataPlatformInfo']> = {
  datasetNameDelimiter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  logoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PlatformType'], ParentType, ContextType>;
};

export type DataPlatformInstanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataPlatformInstance'] = ResolversParentTypes['DataPlatformInstance']> = {
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  instanceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['DataPlatformInstanceProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DataPlatformInstancerelationshipsArgs, 'input'>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataPlatformInstancePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataPlatformInstanceProperties'] = ResolversParentTypes['DataPlatformInstanceProperties']> = {
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type DataProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataProduct'] = ResolversParentTypes['DataProduct']> = {
  application?: Resolver<Maybe<ResolversTypes['ApplicationAssociation']>, ParentType, ContextType>;
  applications?: Resolver<Maybe<Array<ResolversTypes['ApplicationAssociation']>>, ParentType, ContextType>;
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<DataProductaspectsArgs>>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  entities?: Resolver<Maybe<ResolversTypes['SearchResults']>, ParentType, ContextType, Partial<DataProductentitiesArgs>>;
  forms?: Resolver<Maybe<ResolversTypes['Forms']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['DataProductProperties']>, ParentType, ContextType>;
  relatedDocuments?: Resolver<Maybe<ResolversTypes['RelatedDocumentsResult']>, ParentType, ContextType, RequireFields<DataProductrelatedDocumentsArgs, 'input'>>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DataProductrelationshipsArgs, 'input'>>;
  settings?: Resolver<Maybe<ResolversTypes['AssetSettings']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataProductPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataProductProperties'] = ResolversParentTypes['DataProductProperties']> = {
  createdOn?: Resolver<Maybe<ResolversTypes['ResolvedAuditStamp']>, ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  numAssets?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DataQualityContractResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataQualityContract'] = ResolversParentTypes['DataQualityContract']> = {
  assertion?: Resolver<ResolversTypes['Assertion'], ParentType, ContextType>;
};

export type DataTransformResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataTransform'] = ResolversParentTypes['DataTransform']> = {
  queryStatement?: Resolver<Maybe<ResolversTypes['QueryStatement']>, ParentType, ContextType>;
};

export type DataTransformLogicResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataTransformLogic'] = ResolversParentTypes['DataTransformLogic']> = {
  transforms?: Resolver<Array<ResolversTypes['DataTransform']>, ParentType, ContextType>;
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
  access?: Resolver<Maybe<ResolversTypes['Access']>, ParentType, ContextType>;
  application?: Resolver<Maybe<ResolversTypes['ApplicationAssociation']>, ParentType, ContextType>;
  applications?: Resolver<Maybe<Array<ResolversTypes['ApplicationAssociation']>>, ParentType, ContextType>;
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<DatasetaspectsArgs>>;
  assertions?: Resolver<Maybe<ResolversTypes['EntityAssertionsResult']>, ParentType, ContextType, Partial<DatasetassertionsArgs>>;
  browsePathV2?: Resolver<Maybe<ResolversTypes['BrowsePathV2']>, ParentType, ContextType>;
  browsePaths?: Resolver<Maybe<Array<ResolversTypes['BrowsePath']>>, ParentType, ContextType>;
  container?: Resolver<Maybe<ResolversTypes['Container']>, ParentType, ContextType>;
  contract?: Resolver<Maybe<ResolversTypes['DataContract']>, ParentType, ContextType>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  datasetProfiles?: Resolver<Maybe<Array<ResolversTypes['DatasetProfile']>>, ParentType, ContextType, Partial<DatasetdatasetProfilesArgs>>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['DatasetEditableProperties']>, ParentType, ContextType>;
  editableSchemaMetadata?: Resolver<Maybe<ResolversTypes['EditableSchemaMetadata']>, ParentType, ContextType>;
  embed?: Resolver<Maybe<ResolversTypes['Embed']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fineGrainedLineages?: Resolver<Maybe<Array<ResolversTypes['FineGrainedLineage']>>, ParentType, ContextType>;
  forms?: Resolver<Maybe<ResolversTypes['Forms']>, ParentType, ContextType>;
  globalTags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  health?: Resolver<Maybe<Array<ResolversTypes['Health']>>, ParentType, ContextType>;
  incidents?: Resolver<Maybe<ResolversTypes['EntityIncidentsResult']>, ParentType, ContextType, Partial<DatasetincidentsArgs>>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<DatasetlineageArgs, 'input'>>;
  logicalParent?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operations?: Resolver<Maybe<Array<ResolversTypes['Operation']>>, ParentType, ContextType, Partial<DatasetoperationsArgs>>;
  operationsStats?: Resolver<Maybe<ResolversTypes['OperationsQueryResult']>, ParentType, ContextType, Partial<DatasetoperationsStatsArgs>>;
  origin?: Resolver<ResolversTypes['FabricType'], ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  parentContainers?: Resolver<Maybe<ResolversTypes['ParentContainersResult']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  platformNativeType?: Resolver<Maybe<ResolversTypes['PlatformNativeType']>, ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['DatasetProperties']>, ParentType, ContextType>;
  relatedDocuments?: Resolver<Maybe<ResolversTypes['RelatedDocumentsResult']>, ParentType, ContextType, RequireFields<DatasetrelatedDocumentsArgs, 'input'>>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DatasetrelationshipsArgs, 'input'>>;
  runs?: Resolver<Maybe<ResolversTypes['DataProcessInstanceResult']>, ParentType, ContextType, RequireFields<DatasetrunsArgs, 'direction'>>;
  schema?: Resolver<Maybe<ResolversTypes['Schema']>, ParentType, ContextType>;
  schemaMetadata?: Resolver<Maybe<ResolversTypes['SchemaMetadata']>, ParentType, ContextType, Partial<DatasetschemaMetadataArgs>>;
  settings?: Resolver<Maybe<ResolversTypes['AssetSettings']>, ParentType, ContextType>;
  siblings?: Resolver<Maybe<ResolversTypes['SiblingProperties']>, ParentType, ContextType>;
  siblingsSearch?: Resolver<Maybe<ResolversTypes['ScrollResults']>, ParentType, ContextType, RequireFields<DatasetsiblingsSearchArgs, 'input'>>;
  statsSummary?: Resolver<Maybe<ResolversTypes['DatasetStatsSummary']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  subTypes?: Resolver<Maybe<ResolversTypes['SubTypes']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  testResults?: Resolver<Maybe<ResolversTypes['TestResults']>, ParentType, ContextType>;
  timeseriesCapabilities?: Resolver<Maybe<ResolversTypes['TimeseriesCapabilitiesResult']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  uri?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usageStats?: Resolver<Maybe<ResolversTypes['UsageQueryResult']>, ParentType, ContextType, Partial<DatasetusageStatsArgs>>;
  versionProperties?: Resolver<Maybe<ResolversTypes['VersionProperties']>, ParentType, ContextType>;
  viewProperties?: Resolver<Maybe<ResolversTypes['ViewProperties']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DatasetAssertionInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetAssertionInfo'] = ResolversParentTypes['DatasetAssertionInfo']> = {
  aggregation?: Resolver<Maybe<ResolversTypes['AssertionStdAggregation']>, ParentType, ContextType>;
  datasetUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Maybe<Array<ResolversTypes['SchemaFieldRef']>>, ParentType, ContextType>;
  logic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nativeParameters?: Resolver<Maybe<Array<ResolversTypes['StringMapEntry']>>, ParentType, ContextType>;
  nativeType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['AssertionStdOperator'], ParentType, ContextType>;
  parameters?: Resolver<Maybe<ResolversTypes['AssertionStdParameters']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['DatasetAssertionScope'], ParentType, ContextType>;
};

export type DatasetDeprecationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetDeprecation'] = ResolversParentTypes['DatasetDeprecation']> = {
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decommissionTime?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  deprecated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type DatasetFilterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetFilter'] = ResolversParentTypes['DatasetFilter']> = {
  sql?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DatasetFilterType'], ParentType, ContextType>;
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

export type DatasetStatsSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetStatsSummary'] = ResolversParentTypes['DatasetStatsSummary']> = {
  queryCountLast30Days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  topUsersLast30Days?: Resolver<Maybe<Array<ResolversTypes['CorpUser']>>, ParentType, ContextType>;
  uniqueUserCountLast30Days?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DateRangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DateRange'] = ResolversParentTypes['DateRange']> = {
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DebugAccessResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DebugAccessResult'] = ResolversParentTypes['DebugAccessResult']> = {
  allRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  groupsWithRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  policies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  privileges?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rolesViaGroups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeprecationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Deprecation'] = ResolversParentTypes['Deprecation']> = {
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorEntity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  decommissionTime?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  deprecated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  replacement?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type DisplayPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisplayProperties'] = ResolversParentTypes['DisplayProperties']> = {
  colorHex?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  icon?: Resolver<Maybe<ResolversTypes['IconProperties']>, ParentType, ContextType>;
};

export type DocPropagationSettingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocPropagationSettings'] = ResolversParentTypes['DocPropagationSettings']> = {
  docColumnPropagation?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<DocumentaspectsArgs>>;
  browsePathV2?: Resolver<Maybe<ResolversTypes['BrowsePathV2']>, ParentType, ContextType>;
  changeHistory?: Resolver<Array<ResolversTypes['DocumentChange']>, ParentType, ContextType, RequireFields<DocumentchangeHistoryArgs, 'limit'>>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  info?: Resolver<Maybe<ResolversTypes['DocumentInfo']>, ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  parentDocuments?: Resolver<Maybe<ResolversTypes['ParentDocumentsResult']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DocumentrelationshipsArgs, 'input'>>;
  settings?: Resolver<Maybe<ResolversTypes['DocumentSettings']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  subType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentChange'] = ResolversParentTypes['DocumentChange']> = {
  actor?: Resolver<Maybe<ResolversTypes['CorpUser']>, ParentType, ContextType>;
  changeType?: Resolver<ResolversTypes['DocumentChangeType'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  details?: Resolver<Maybe<Array<ResolversTypes['StringMapEntry']>>, ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
};

export type DocumentContentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentContent'] = ResolversParentTypes['DocumentContent']> = {
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DocumentInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentInfo'] = ResolversParentTypes['DocumentInfo']> = {
  contents?: Resolver<ResolversTypes['DocumentContent'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['ResolvedAuditStamp'], ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  lastModified?: Resolver<ResolversTypes['ResolvedAuditStamp'], ParentType, ContextType>;
  parentDocument?: Resolver<Maybe<ResolversTypes['DocumentParentDocument']>, ParentType, ContextType>;
  relatedAssets?: Resolver<Maybe<Array<ResolversTypes['DocumentRelatedAsset']>>, ParentType, ContextType>;
  relatedDocuments?: Resolver<Maybe<Array<ResolversTypes['DocumentRelatedDocument']>>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['DocumentSource']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['DocumentStatus']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DocumentParentDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentParentDocument'] = ResolversParentTypes['DocumentParentDocument']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type DocumentRelatedAssetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentRelatedAsset'] = ResolversParentTypes['DocumentRelatedAsset']> = {
  asset?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type DocumentRelatedDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentRelatedDocument'] = ResolversParentTypes['DocumentRelatedDocument']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type DocumentSettingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentSettings'] = ResolversParentTypes['DocumentSettings']> = {
  showInGlobalContext?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DocumentSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentSource'] = ResolversParentTypes['DocumentSource']> = {
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceType?: Resolver<ResolversTypes['DocumentSourceType'], ParentType, ContextType>;
};

export type DocumentStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentStatus'] = ResolversParentTypes['DocumentStatus']> = {
  state?: Resolver<ResolversTypes['DocumentState'], ParentType, ContextType>;
};

export type DocumentationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Documentation'] = ResolversParentTypes['Documentation']> = {
  documentations?: Resolver<Array<ResolversTypes['DocumentationAssociation']>, ParentType, ContextType>;
};

export type DocumentationAssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentationAssociation'] = ResolversParentTypes['DocumentationAssociation']> = {
  attribution?: Resolver<Maybe<ResolversTypes['MetadataAttribution']>, ParentType, ContextType>;
  documentation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DomainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Domain'] = ResolversParentTypes['Domain']> = {
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<DomainaspectsArgs>>;
  displayProperties?: Resolver<Maybe<ResolversTypes['DisplayProperties']>, ParentType, ContextType>;
  entities?: Resolver<Maybe<ResolversTypes['SearchResults']>, ParentType, ContextType, Partial<DomainentitiesArgs>>;
  forms?: Resolver<Maybe<ResolversTypes['Forms']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  parentDomains?: Resolver<Maybe<ResolversTypes['ParentDomainsResult']>, ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['DomainProperties']>, ParentType, ContextType>;
  relatedDocuments?: Resolver<Maybe<ResolversTypes['RelatedDocumentsResult']>, ParentType, ContextType, RequireFields<DomainrelatedDocumentsArgs, 'input'>>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<DomainrelationshipsArgs, 'input'>>;
  settings?: Resolver<Maybe<ResolversTypes['AssetSettings']>, ParentType, ContextType>;
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
  createdOn?: Resolver<Maybe<ResolversTypes['ResolvedAuditStamp']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DownstreamEntityRelationshipsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DownstreamEntityRelationships'] = ResolversParentTypes['DownstreamEntityRelationships']> = {
  entities?: Resolver<Maybe<Array<Maybe<ResolversTypes['EntityRelationshipLegacy']>>>, ParentType, ContextType>;
};

export type ERModelRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ERModelRelationship'] = ResolversParentTypes['ERModelRelationship']> = {
  editableProperties?: Resolver<Maybe<ResolversTypes['ERModelRelationshipEditableProperties']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<ERModelRelationshiplineageArgs, 'input'>>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['ERModelRelationshipProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<ERModelRelationshiprelationshipsArgs, 'input'>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ERModelRelationshipEditablePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ERModelRelationshipEditableProperties'] = ResolversParentTypes['ERModelRelationshipEditableProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ERModelRelationshipPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ERModelRelationshipProperties'] = ResolversParentTypes['ERModelRelationshipProperties']> = {
  cardinality?: Resolver<ResolversTypes['ERModelRelationshipCardinality'], ParentType, ContextType>;
  createdActor?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  createdTime?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  destination?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationshipFieldMappings?: Resolver<Maybe<Array<ResolversTypes['RelationshipFieldMapping']>>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
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

export type EditableTagPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EditableTagProperties'] = ResolversParentTypes['EditableTagProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EmbedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Embed'] = ResolversParentTypes['Embed']> = {
  renderUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'AccessTokenMetadata' | 'Application' | 'Assertion' | 'BusinessAttribute' | 'Chart' | 'Container' | 'CorpGroup' | 'CorpUser' | 'Dashboard' | 'DataContract' | 'DataFlow' | 'DataHubConnection' | 'DataHubFile' | 'DataHubPageModule' | 'DataHubPageTemplate' | 'DataHubPolicy' | 'DataHubRole' | 'DataHubView' | 'DataJob' | 'DataPlatform' | 'DataPlatformInstance' | 'DataProcessInstance' | 'DataProduct' | 'DataTypeEntity' | 'Dataset' | 'Document' | 'Domain' | 'ERModelRelationship' | 'EntityTypeEntity' | 'ExecutionRequest' | 'Form' | 'GlossaryNode' | 'GlossaryTerm' | 'Incident' | 'MLFeature' | 'MLFeatureTable' | 'MLModel' | 'MLModelGroup' | 'MLPrimaryKey' | 'Notebook' | 'OrreryMlModelDeployment' | 'OwnershipTypeEntity' | 'Post' | 'QueryEntity' | 'Restricted' | 'Role' | 'SchemaFieldEntity' | 'StructuredPropertyEntity' | 'Tag' | 'Test' | 'VersionSet' | 'VersionedDataset', ParentType, ContextType>;
};

export type EntityAssertionsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityAssertionsResult'] = ResolversParentTypes['EntityAssertionsResult']> = {
  assertions?: Resolver<Array<ResolversTypes['Assertion']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityCountResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityCountResult'] = ResolversParentTypes['EntityCountResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
};

export type EntityCountResultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityCountResults'] = ResolversParentTypes['EntityCountResults']> = {
  counts?: Resolver<Maybe<Array<ResolversTypes['EntityCountResult']>>, ParentType, ContextType>;
};

export type EntityIncidentsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityIncidentsResult'] = ResolversParentTypes['EntityIncidentsResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incidents?: Resolver<Array<ResolversTypes['Incident']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type EntityPrivilegesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityPrivileges'] = ResolversParentTypes['EntityPrivileges']> = {
  canEditAssertions?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canEditDataProducts?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canEditDeprecation?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canEditDescription?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canEditDomains?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canEditEmbed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canEditGlossaryTerms?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canEditIncidents?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canEditLineage?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canEditLinks?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canEditOwners?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canEditProperties?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canEditQueries?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canEditSchemaFieldDescription?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canEditSchemaFieldGlossaryTerms?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canEditSchemaFieldTags?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canEditTags?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canManageAssetSummary?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canManageChildren?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canManageEntity?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canViewDatasetOperations?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canViewDatasetProfile?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canViewDatasetUsage?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type EntityProfileConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityProfileConfig'] = ResolversParentTypes['EntityProfileConfig']> = {
  defaultTab?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EntityProfileParamsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityProfileParams'] = ResolversParentTypes['EntityProfileParams']> = {
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EntityProfilesConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityProfilesConfig'] = ResolversParentTypes['EntityProfilesConfig']> = {
  domain?: Resolver<Maybe<ResolversTypes['EntityProfileConfig']>, ParentType, ContextType>;
};

export type EntityRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityRelationship'] = ResolversParentTypes['EntityRelationship']> = {
  created?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['RelationshipDirection'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EntityRelationshipLegacyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityRelationshipLegacy'] = ResolversParentTypes['EntityRelationshipLegacy']> = {
  created?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['EntityWithRelationships']>, ParentType, ContextType>;
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
  __resolveType: TypeResolveFn<'Assertion' | 'Chart' | 'Dashboard' | 'DataFlow' | 'DataJob' | 'DataProcessInstance' | 'Dataset' | 'ERModelRelationship' | 'MLFeature' | 'MLFeatureTable' | 'MLModel' | 'MLModelGroup' | 'MLPrimaryKey' | 'Restricted' | 'SchemaFieldEntity', ParentType, ContextType>;
};

export type EthicalConsiderationsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EthicalConsiderations'] = ResolversParentTypes['EthicalConsiderations']> = {
  data?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  humanLife?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  mitigations?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  risksAndHarms?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  useCases?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type ExecutionRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExecutionRequest'] = ResolversParentTypes['ExecutionRequest']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  input?: Resolver<ResolversTypes['ExecutionRequestInput'], ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<ExecutionRequestrelationshipsArgs, 'input'>>;
  result?: Resolver<Maybe<ResolversTypes['ExecutionRequestResult']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['IngestionSource']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExecutionRequestInputResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExecutionRequestInput'] = ResolversParentTypes['ExecutionRequestInput']> = {
  actor?: Resolver<Maybe<ResolversTypes['CorpUser']>, ParentType, ContextType>;
  actorUrn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  arguments?: Resolver<Maybe<Array<ResolversTypes['StringMapEntry']>>, ParentType, ContextType>;
  executorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ExecutionRequestSource'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExecutionRequestResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExecutionRequestResult'] = ResolversParentTypes['ExecutionRequestResult']> = {
  durationMs?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startTimeMs?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  structuredReport?: Resolver<Maybe<ResolversTypes['StructuredReport']>, ParentType, ContextType>;
};

export type ExecutionRequestSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExecutionRequestSource'] = ResolversParentTypes['ExecutionRequestSource']> = {
  ingestionSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ExtraPropertyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExtraProperty'] = ResolversParentTypes['ExtraProperty']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FacetFilterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FacetFilter'] = ResolversParentTypes['FacetFilter']> = {
  condition?: Resolver<Maybe<ResolversTypes['FilterOperator']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  negated?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FacetMetadataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FacetMetadata'] = ResolversParentTypes['FacetMetadata']> = {
  aggregations?: Resolver<Array<ResolversTypes['AggregationMetadata']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeatureFlagsConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FeatureFlagsConfig'] = ResolversParentTypes['FeatureFlagsConfig']> = {
  assetSummaryPageV1?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  businessAttributeEntityEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contextDocumentsEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dataContractsEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  datasetSummaryPageV1?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  documentationFileUploadV1?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  editableDatasetNameEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entityVersioningEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  erModelRelationshipFeatureEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hideDbtSourceInLineage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ingestionOnboardingRedesignV1?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lineageGraphV2?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lineageGraphV3?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  logicalModelsEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nestedDomainsEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  platformBrowseV2?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readOnlyModeEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  schemaFieldCLLEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  schemaFieldLineageIgnoreStatus?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showAccessManagement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showAcrylInfo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showAutoCompleteResults?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showBrowseV2?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showDefaultExternalLinks?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showHasSiblingsFilter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showHomePageRedesign?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showHomepageUserRole?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showIngestionPageRedesign?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showIntroducePage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showLineageExpandMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showManageStructuredProperties?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showManageTags?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showNavBarRedesign?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showProductUpdates?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showSearchBarAutocompleteRedesign?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showSearchFiltersV2?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showSeparateSiblings?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showStatsTabRedesign?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  themeV2Default?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  themeV2Enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  themeV2Toggleable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FieldAssertionInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldAssertionInfo'] = ResolversParentTypes['FieldAssertionInfo']> = {
  entityUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fieldMetricAssertion?: Resolver<Maybe<ResolversTypes['FieldMetricAssertion']>, ParentType, ContextType>;
  fieldValuesAssertion?: Resolver<Maybe<ResolversTypes['FieldValuesAssertion']>, ParentType, ContextType>;
  filter?: Resolver<Maybe<ResolversTypes['DatasetFilter']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FieldAssertionType'], ParentType, ContextType>;
};

export type FieldFormPromptAssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldFormPromptAssociation'] = ResolversParentTypes['FieldFormPromptAssociation']> = {
  fieldPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastModified?: Resolver<ResolversTypes['ResolvedAuditStamp'], ParentType, ContextType>;
};

export type FieldMetricAssertionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldMetricAssertion'] = ResolversParentTypes['FieldMetricAssertion']> = {
  field?: Resolver<ResolversTypes['SchemaFieldSpec'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['FieldMetricType'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['AssertionStdOperator'], ParentType, ContextType>;
  parameters?: Resolver<Maybe<ResolversTypes['AssertionStdParameters']>, ParentType, ContextType>;
};

export type FieldTransformResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldTransform'] = ResolversParentTypes['FieldTransform']> = {
  type?: Resolver<ResolversTypes['FieldTransformType'], ParentType, ContextType>;
};

export type FieldUsageCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldUsageCounts'] = ResolversParentTypes['FieldUsageCounts']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fieldName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FieldValuesAssertionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldValuesAssertion'] = ResolversParentTypes['FieldValuesAssertion']> = {
  excludeNulls?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  failThreshold?: Resolver<ResolversTypes['FieldValuesFailThreshold'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['SchemaFieldSpec'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['AssertionStdOperator'], ParentType, ContextType>;
  parameters?: Resolver<Maybe<ResolversTypes['AssertionStdParameters']>, ParentType, ContextType>;
  transform?: Resolver<Maybe<ResolversTypes['FieldTransform']>, ParentType, ContextType>;
};

export type FieldValuesFailThresholdResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldValuesFailThreshold'] = ResolversParentTypes['FieldValuesFailThreshold']> = {
  type?: Resolver<ResolversTypes['FieldValuesFailThresholdType'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
};

export type FineGrainedLineageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FineGrainedLineage'] = ResolversParentTypes['FineGrainedLineage']> = {
  downstreams?: Resolver<Maybe<Array<ResolversTypes['SchemaFieldRef']>>, ParentType, ContextType>;
  query?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  transformOperation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  upstreams?: Resolver<Maybe<Array<ResolversTypes['SchemaFieldRef']>>, ParentType, ContextType>;
};

export type FixedIntervalScheduleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FixedIntervalSchedule'] = ResolversParentTypes['FixedIntervalSchedule']> = {
  multiple?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['DateInterval'], ParentType, ContextType>;
};

export type FloatBoxResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FloatBox'] = ResolversParentTypes['FloatBox']> = {
  floatValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ForeignKeyConstraintResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForeignKeyConstraint'] = ResolversParentTypes['ForeignKeyConstraint']> = {
  foreignDataset?: Resolver<Maybe<ResolversTypes['Dataset']>, ParentType, ContextType>;
  foreignFields?: Resolver<Maybe<Array<Maybe<ResolversTypes['SchemaFieldEntity']>>>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceFields?: Resolver<Maybe<Array<Maybe<ResolversTypes['SchemaFieldEntity']>>>, ParentType, ContextType>;
};

export type FormResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Form'] = ResolversParentTypes['Form']> = {
  info?: Resolver<ResolversTypes['FormInfo'], ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<FormrelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FormActorAssignmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FormActorAssignment'] = ResolversParentTypes['FormActorAssignment']> = {
  groups?: Resolver<Maybe<Array<ResolversTypes['CorpGroup']>>, ParentType, ContextType>;
  isAssignedToMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owners?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  users?: Resolver<Maybe<Array<ResolversTypes['CorpUser']>>, ParentType, ContextType>;
};

export type FormAssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FormAssociation'] = ResolversParentTypes['FormAssociation']> = {
  associatedUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completedPrompts?: Resolver<Maybe<Array<ResolversTypes['FormPromptAssociation']>>, ParentType, ContextType>;
  form?: Resolver<ResolversTypes['Form'], ParentType, ContextType>;
  incompletePrompts?: Resolver<Maybe<Array<ResolversTypes['FormPromptAssociation']>>, ParentType, ContextType>;
};

export type FormInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FormInfo'] = ResolversParentTypes['FormInfo']> = {
  actors?: Resolver<ResolversTypes['FormActorAssignment'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prompts?: Resolver<Array<ResolversTypes['FormPrompt']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FormType'], ParentType, ContextType>;
};

export type FormPromptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FormPrompt'] = ResolversParentTypes['FormPrompt']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  formUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  structuredPropertyParams?: Resolver<Maybe<ResolversTypes['StructuredPropertyParams']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FormPromptType'], ParentType, ContextType>;
};

export type FormPromptAssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FormPromptAssociation'] = ResolversParentTypes['FormPromptAssociation']> = {
  fieldAssociations?: Resolver<Maybe<ResolversTypes['FormPromptFieldAssociations']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastModified?: Resolver<ResolversTypes['ResolvedAuditStamp'], ParentType, ContextType>;
};

export type FormPromptFieldAssociationsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FormPromptFieldAssociations'] = ResolversParentTypes['FormPromptFieldAssociations']> = {
  completedFieldPrompts?: Resolver<Maybe<Array<ResolversTypes['FieldFormPromptAssociation']>>, ParentType, ContextType>;
  incompleteFieldPrompts?: Resolver<Maybe<Array<ResolversTypes['FieldFormPromptAssociation']>>, ParentType, ContextType>;
};

export type FormVerificationAssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FormVerificationAssociation'] = ResolversParentTypes['FormVerificationAssociation']> = {
  form?: Resolver<ResolversTypes['Form'], ParentType, ContextType>;
  lastModified?: Resolver<Maybe<ResolversTypes['ResolvedAuditStamp']>, ParentType, ContextType>;
};

export type FormsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Forms'] = ResolversParentTypes['Forms']> = {
  completedForms?: Resolver<Array<ResolversTypes['FormAssociation']>, ParentType, ContextType>;
  incompleteForms?: Resolver<Array<ResolversTypes['FormAssociation']>, ParentType, ContextType>;
  verifications?: Resolver<Array<ResolversTypes['FormVerificationAssociation']>, ParentType, ContextType>;
};

export type FreshnessAssertionInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FreshnessAssertionInfo'] = ResolversParentTypes['FreshnessAssertionInfo']> = {
  entityUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filter?: Resolver<Maybe<ResolversTypes['DatasetFilter']>, ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['FreshnessAssertionSchedule'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FreshnessAssertionType'], ParentType, ContextType>;
};

export type FreshnessAssertionScheduleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FreshnessAssertionSchedule'] = ResolversParentTypes['FreshnessAssertionSchedule']> = {
  cron?: Resolver<Maybe<ResolversTypes['FreshnessCronSchedule']>, ParentType, ContextType>;
  fixedInterval?: Resolver<Maybe<ResolversTypes['FixedIntervalSchedule']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FreshnessAssertionScheduleType'], ParentType, ContextType>;
};

export type FreshnessContractResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FreshnessContract'] = ResolversParentTypes['FreshnessContract']> = {
  assertion?: Resolver<ResolversTypes['Assertion'], ParentType, ContextType>;
};

export type FreshnessCronScheduleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FreshnessCronSchedule'] = ResolversParentTypes['FreshnessCronSchedule']> = {
  cron?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  windowStartOffsetMs?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
};

export type FreshnessStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FreshnessStats'] = ResolversParentTypes['FreshnessStats']> = {
  cached?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  systemFreshness?: Resolver<Maybe<Array<Maybe<ResolversTypes['SystemFreshness']>>>, ParentType, ContextType>;
};

export type GetPresignedUploadUrlResponseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GetPresignedUploadUrlResponse'] = ResolversParentTypes['GetPresignedUploadUrlResponse']> = {
  fileId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GetQuickFiltersResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GetQuickFiltersResult'] = ResolversParentTypes['GetQuickFiltersResult']> = {
  quickFilters?: Resolver<Array<Maybe<ResolversTypes['QuickFilter']>>, ParentType, ContextType>;
};

export type GetRootGlossaryNodesResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GetRootGlossaryNodesResult'] = ResolversParentTypes['GetRootGlossaryNodesResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GlossaryNode']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GetRootGlossaryTermsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GetRootGlossaryTermsResult'] = ResolversParentTypes['GetRootGlossaryTermsResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  terms?: Resolver<Array<ResolversTypes['GlossaryTerm']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GetSchemaBlameResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GetSchemaBlameResult'] = ResolversParentTypes['GetSchemaBlameResult']> = {
  schemaFieldBlameList?: Resolver<Maybe<Array<ResolversTypes['SchemaFieldBlame']>>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['SemanticVersionStruct']>, ParentType, ContextType>;
};

export type GetSchemaVersionListResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GetSchemaVersionListResult'] = ResolversParentTypes['GetSchemaVersionListResult']> = {
  latestVersion?: Resolver<Maybe<ResolversTypes['SemanticVersionStruct']>, ParentType, ContextType>;
  semanticVersionList?: Resolver<Maybe<Array<ResolversTypes['SemanticVersionStruct']>>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['SemanticVersionStruct']>, ParentType, ContextType>;
};

export type GetTimelineResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GetTimelineResult'] = ResolversParentTypes['GetTimelineResult']> = {
  changeTransactions?: Resolver<Array<ResolversTypes['ChangeTransaction']>, ParentType, ContextType>;
};

export type GlobalHomePageSettingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlobalHomePageSettings'] = ResolversParentTypes['GlobalHomePageSettings']> = {
  defaultTemplate?: Resolver<Maybe<ResolversTypes['DataHubPageTemplate']>, ParentType, ContextType>;
};

export type GlobalTagsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlobalTags'] = ResolversParentTypes['GlobalTags']> = {
  tags?: Resolver<Maybe<Array<ResolversTypes['TagAssociation']>>, ParentType, ContextType>;
};

export type GlobalViewsSettingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlobalViewsSettings'] = ResolversParentTypes['GlobalViewsSettings']> = {
  defaultView?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GlossaryNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlossaryNode'] = ResolversParentTypes['GlossaryNode']> = {
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<GlossaryNodeaspectsArgs>>;
  childrenCount?: Resolver<Maybe<ResolversTypes['GlossaryNodeChildrenCount']>, ParentType, ContextType>;
  displayProperties?: Resolver<Maybe<ResolversTypes['DisplayProperties']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  forms?: Resolver<Maybe<ResolversTypes['Forms']>, ParentType, ContextType>;
  glossaryChildrenSearch?: Resolver<Maybe<ResolversTypes['ScrollResults']>, ParentType, ContextType, RequireFields<GlossaryNodeglossaryChildrenSearchArgs, 'input'>>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  parentNodes?: Resolver<Maybe<ResolversTypes['ParentNodesResult']>, ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['GlossaryNodeProperties']>, ParentType, ContextType>;
  relatedDocuments?: Resolver<Maybe<ResolversTypes['RelatedDocumentsResult']>, ParentType, ContextType, RequireFields<GlossaryNoderelatedDocumentsArgs, 'input'>>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<GlossaryNoderelationshipsArgs, 'input'>>;
  settings?: Resolver<Maybe<ResolversTypes['AssetSettings']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GlossaryNodeChildrenCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlossaryNodeChildrenCount'] = ResolversParentTypes['GlossaryNodeChildrenCount']> = {
  nodesCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  termsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GlossaryNodePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlossaryNodeProperties'] = ResolversParentTypes['GlossaryNodeProperties']> = {
  createdOn?: Resolver<Maybe<ResolversTypes['ResolvedAuditStamp']>, ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GlossaryTermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlossaryTerm'] = ResolversParentTypes['GlossaryTerm']> = {
  application?: Resolver<Maybe<ResolversTypes['ApplicationAssociation']>, ParentType, ContextType>;
  applications?: Resolver<Maybe<Array<ResolversTypes['ApplicationAssociation']>>, ParentType, ContextType>;
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<GlossaryTermaspectsArgs>>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  forms?: Resolver<Maybe<ResolversTypes['Forms']>, ParentType, ContextType>;
  glossaryTermInfo?: Resolver<Maybe<ResolversTypes['GlossaryTermInfo']>, ParentType, ContextType>;
  hierarchicalName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  parentNodes?: Resolver<Maybe<ResolversTypes['ParentNodesResult']>, ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['GlossaryTermProperties']>, ParentType, ContextType>;
  relatedDocuments?: Resolver<Maybe<ResolversTypes['RelatedDocumentsResult']>, ParentType, ContextType, RequireFields<GlossaryTermrelatedDocumentsArgs, 'input'>>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<GlossaryTermrelationshipsArgs, 'input'>>;
  schemaMetadata?: Resolver<Maybe<ResolversTypes['SchemaMetadata']>, ParentType, ContextType, Partial<GlossaryTermschemaMetadataArgs>>;
  settings?: Resolver<Maybe<ResolversTypes['AssetSettings']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GlossaryTermAssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlossaryTermAssociation'] = ResolversParentTypes['GlossaryTermAssociation']> = {
  actor?: Resolver<Maybe<ResolversTypes['CorpUser']>, ParentType, ContextType>;
  associatedUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  attribution?: Resolver<Maybe<ResolversTypes['MetadataAttribution']>, ParentType, ContextType>;
  context?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  term?: Resolver<ResolversTypes['GlossaryTerm'], ParentType, ContextType>;
};

export type GlossaryTermInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlossaryTermInfo'] = ResolversParentTypes['GlossaryTermInfo']> = {
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rawSchema?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  termSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GlossaryTermPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlossaryTermProperties'] = ResolversParentTypes['GlossaryTermProperties']> = {
  createdOn?: Resolver<Maybe<ResolversTypes['ResolvedAuditStamp']>, ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rawSchema?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  termSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GlossaryTermsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GlossaryTerms'] = ResolversParentTypes['GlossaryTerms']> = {
  terms?: Resolver<Maybe<Array<ResolversTypes['GlossaryTermAssociation']>>, ParentType, ContextType>;
};

export type HasLogicalParentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HasLogicalParent'] = ResolversParentTypes['HasLogicalParent']> = {
  __resolveType: TypeResolveFn<'Dataset' | 'SchemaFieldEntity', ParentType, ContextType>;
};

export type HealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  activeIncidentHealthDetails?: Resolver<Maybe<ResolversTypes['ActiveIncidentHealthDetails']>, ParentType, ContextType>;
  causes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  latestAssertionStatusByType?: Resolver<Maybe<Array<ResolversTypes['AssertionHealthStatusByType']>>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedAt?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['HealthStatusType'], ParentType, ContextType>;
};

export type HierarchyViewModuleParamsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HierarchyViewModuleParams'] = ResolversParentTypes['HierarchyViewModuleParams']> = {
  assetUrns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  relatedEntitiesFilterJson?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  showRelatedEntities?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type HighlightResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Highlight'] = ResolversParentTypes['Highlight']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HomePageConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HomePageConfig'] = ResolversParentTypes['HomePageConfig']> = {
  firstInPersonalSidebar?: Resolver<ResolversTypes['PersonalSidebarSection'], ParentType, ContextType>;
};

export type HyperParameterMapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HyperParameterMap'] = ResolversParentTypes['HyperParameterMap']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['HyperParameterValueType'], ParentType, ContextType>;
};

export type HyperParameterValueTypeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HyperParameterValueType'] = ResolversParentTypes['HyperParameterValueType']> = {
  __resolveType: TypeResolveFn<'BooleanBox' | 'FloatBox' | 'IntBox' | 'StringBox', ParentType, ContextType>;
};

export type IconPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IconProperties'] = ResolversParentTypes['IconProperties']> = {
  iconLibrary?: Resolver<Maybe<ResolversTypes['IconLibrary']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  style?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IdentityManagementConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IdentityManagementConfig'] = ResolversParentTypes['IdentityManagementConfig']> = {
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type IncidentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident']> = {
  assignees?: Resolver<Maybe<Array<ResolversTypes['OwnerType']>>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  customType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  incidentStatus?: Resolver<ResolversTypes['IncidentStatus'], ParentType, ContextType>;
  incidentType?: Resolver<ResolversTypes['IncidentType'], ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['IncidentPriority']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<IncidentrelationshipsArgs, 'input'>>;
  source?: Resolver<Maybe<ResolversTypes['IncidentSource']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IncidentStatus'], ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IncidentSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IncidentSource'] = ResolversParentTypes['IncidentSource']> = {
  source?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['IncidentSourceType'], ParentType, ContextType>;
};

export type IncidentStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IncidentStatus'] = ResolversParentTypes['IncidentStatus']> = {
  lastUpdated?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['IncidentStage']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['IncidentState'], ParentType, ContextType>;
};

export type IncrementingSegmentFieldTransformerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IncrementingSegmentFieldTransformer'] = ResolversParentTypes['IncrementingSegmentFieldTransformer']> = {
  nativeType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['IncrementingSegmentFieldTransformerType'], ParentType, ContextType>;
};

export type IncrementingSegmentRowCountChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IncrementingSegmentRowCountChange'] = ResolversParentTypes['IncrementingSegmentRowCountChange']> = {
  operator?: Resolver<ResolversTypes['AssertionStdOperator'], ParentType, ContextType>;
  parameters?: Resolver<ResolversTypes['AssertionStdParameters'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['IncrementingSegmentSpec'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AssertionValueChangeType'], ParentType, ContextType>;
};

export type IncrementingSegmentRowCountTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IncrementingSegmentRowCountTotal'] = ResolversParentTypes['IncrementingSegmentRowCountTotal']> = {
  operator?: Resolver<ResolversTypes['AssertionStdOperator'], ParentType, ContextType>;
  parameters?: Resolver<ResolversTypes['AssertionStdParameters'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['IncrementingSegmentSpec'], ParentType, ContextType>;
};

export type IncrementingSegmentSpecResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IncrementingSegmentSpec'] = ResolversParentTypes['IncrementingSegmentSpec']> = {
  field?: Resolver<ResolversTypes['SchemaFieldSpec'], ParentType, ContextType>;
  transformer?: Resolver<Maybe<ResolversTypes['IncrementingSegmentFieldTransformer']>, ParentType, ContextType>;
};

export type IngestionConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestionConfig'] = ResolversParentTypes['IngestionConfig']> = {
  debugMode?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  executorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  extraArgs?: Resolver<Maybe<Array<ResolversTypes['StringMapEntry']>>, ParentType, ContextType>;
  recipe?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IngestionRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestionRun'] = ResolversParentTypes['IngestionRun']> = {
  executionRequestUrn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IngestionScheduleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestionSchedule'] = ResolversParentTypes['IngestionSchedule']> = {
  interval?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timezone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IngestionSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestionSource'] = ResolversParentTypes['IngestionSource']> = {
  config?: Resolver<ResolversTypes['IngestionConfig'], ParentType, ContextType>;
  executions?: Resolver<Maybe<ResolversTypes['IngestionSourceExecutionRequests']>, ParentType, ContextType, Partial<IngestionSourceexecutionsArgs>>;
  latestSuccessfulExecution?: Resolver<Maybe<ResolversTypes['ExecutionRequest']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['DataPlatform']>, ParentType, ContextType>;
  schedule?: Resolver<Maybe<ResolversTypes['IngestionSchedule']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['IngestionSourceSource']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngestionSourceExecutionRequestsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestionSourceExecutionRequests'] = ResolversParentTypes['IngestionSourceExecutionRequests']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  executionRequests?: Resolver<Array<ResolversTypes['ExecutionRequest']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type IngestionSourceSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestionSourceSource'] = ResolversParentTypes['IngestionSourceSource']> = {
  type?: Resolver<ResolversTypes['IngestionSourceSourceType'], ParentType, ContextType>;
};

export type InputFieldResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InputField'] = ResolversParentTypes['InputField']> = {
  schemaField?: Resolver<Maybe<ResolversTypes['SchemaField']>, ParentType, ContextType>;
  schemaFieldUrn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type InputFieldsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InputFields'] = ResolversParentTypes['InputFields']> = {
  fields?: Resolver<Maybe<Array<Maybe<ResolversTypes['InputField']>>>, ParentType, ContextType>;
};

export type InstitutionalMemoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InstitutionalMemory'] = ResolversParentTypes['InstitutionalMemory']> = {
  elements?: Resolver<Array<ResolversTypes['InstitutionalMemoryMetadata']>, ParentType, ContextType>;
};

export type InstitutionalMemoryMetadataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InstitutionalMemoryMetadata'] = ResolversParentTypes['InstitutionalMemoryMetadata']> = {
  actor?: Resolver<ResolversTypes['ResolvedActor'], ParentType, ContextType>;
  associatedUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['CorpUser'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  settings?: Resolver<Maybe<ResolversTypes['InstitutionalMemoryMetadataSettings']>, ParentType, ContextType>;
  updated?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InstitutionalMemoryMetadataSettingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InstitutionalMemoryMetadataSettings'] = ResolversParentTypes['InstitutionalMemoryMetadataSettings']> = {
  showInAssetPreview?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type IntBoxResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntBox'] = ResolversParentTypes['IntBox']> = {
  intValue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IntMapEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntMapEntry'] = ResolversParentTypes['IntMapEntry']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type IntendedUseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntendedUse'] = ResolversParentTypes['IntendedUse']> = {
  outOfScopeUses?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  primaryUsers?: Resolver<Maybe<Array<ResolversTypes['IntendedUserType']>>, ParentType, ContextType>;
  primaryUses?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type InviteTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InviteToken'] = ResolversParentTypes['InviteToken']> = {
  inviteToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type KeyValueSchemaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KeyValueSchema'] = ResolversParentTypes['KeyValueSchema']> = {
  keySchema?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  valueSchema?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LineageConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LineageConfig'] = ResolversParentTypes['LineageConfig']> = {
  supportsImpactAnalysis?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type LinkModuleParamsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkModuleParams'] = ResolversParentTypes['LinkModuleParams']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  imageUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LinkParamsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkParams'] = ResolversParentTypes['LinkParams']> = {
  entityProfileParams?: Resolver<Maybe<ResolversTypes['EntityProfileParams']>, ParentType, ContextType>;
  searchParams?: Resolver<Maybe<ResolversTypes['SearchParams']>, ParentType, ContextType>;
};

export type ListAccessTokenResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListAccessTokenResult'] = ResolversParentTypes['ListAccessTokenResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tokens?: Resolver<Array<ResolversTypes['AccessTokenMetadata']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ListBusinessAttributesResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListBusinessAttributesResult'] = ResolversParentTypes['ListBusinessAttributesResult']> = {
  businessAttributes?: Resolver<Array<ResolversTypes['BusinessAttribute']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ListDomainsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListDomainsResult'] = ResolversParentTypes['ListDomainsResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  domains?: Resolver<Array<ResolversTypes['Domain']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ListGroupsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListGroupsResult'] = ResolversParentTypes['ListGroupsResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['CorpGroup']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ListIngestionSourcesResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListIngestionSourcesResult'] = ResolversParentTypes['ListIngestionSourcesResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ingestionSources?: Resolver<Array<ResolversTypes['IngestionSource']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ListOwnershipTypesResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListOwnershipTypesResult'] = ResolversParentTypes['ListOwnershipTypesResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ownershipTypes?: Resolver<Array<ResolversTypes['OwnershipTypeEntity']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ListPoliciesResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListPoliciesResult'] = ResolversParentTypes['ListPoliciesResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  policies?: Resolver<Array<ResolversTypes['Policy']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ListPostsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListPostsResult'] = ResolversParentTypes['ListPostsResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  posts?: Resolver<Array<ResolversTypes['Post']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ListQueriesResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListQueriesResult'] = ResolversParentTypes['ListQueriesResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  queries?: Resolver<Array<ResolversTypes['QueryEntity']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ListRecommendationsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListRecommendationsResult'] = ResolversParentTypes['ListRecommendationsResult']> = {
  modules?: Resolver<Array<ResolversTypes['RecommendationModule']>, ParentType, ContextType>;
};

export type ListRolesResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListRolesResult'] = ResolversParentTypes['ListRolesResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['DataHubRole']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ListSecretsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListSecretsResult'] = ResolversParentTypes['ListSecretsResult']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  secrets?: Resolver<Array<ResolversTypes['Secret']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ListTestsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListTestsResult'] = ResolversParentTypes['ListTestsResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tests?: Resolver<Array<ResolversTypes['Test']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ListUsersResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListUsersResult'] = ResolversParentTypes['ListUsersResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['CorpUser']>, ParentType, ContextType>;
};

export type ListViewsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListViewsResult'] = ResolversParentTypes['ListViewsResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  views?: Resolver<Array<ResolversTypes['DataHubView']>, ParentType, ContextType>;
};

export interface LongScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Long'], any> {
  name: 'Long';
}

export type MLFeatureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLFeature'] = ResolversParentTypes['MLFeature']> = {
  application?: Resolver<Maybe<ResolversTypes['ApplicationAssociation']>, ParentType, ContextType>;
  applications?: Resolver<Maybe<Array<ResolversTypes['ApplicationAssociation']>>, ParentType, ContextType>;
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<MLFeatureaspectsArgs>>;
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
  forms?: Resolver<Maybe<ResolversTypes['Forms']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<MLFeaturelineageArgs, 'input'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orreryDetails?: Resolver<Maybe<ResolversTypes['OrreryMlFeatureDetails']>, ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['MLFeatureProperties']>, ParentType, ContextType>;
  relatedDocuments?: Resolver<Maybe<ResolversTypes['RelatedDocumentsResult']>, ParentType, ContextType, RequireFields<MLFeaturerelatedDocumentsArgs, 'input'>>;
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
  application?: Resolver<Maybe<ResolversTypes['ApplicationAssociation']>, ParentType, ContextType>;
  applications?: Resolver<Maybe<Array<ResolversTypes['ApplicationAssociation']>>, ParentType, ContextType>;
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<MLFeatureTableaspectsArgs>>;
  browsePathV2?: Resolver<Maybe<ResolversTypes['BrowsePathV2']>, ParentType, ContextType>;
  browsePaths?: Resolver<Maybe<Array<ResolversTypes['BrowsePath']>>, ParentType, ContextType>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['MLFeatureTableEditableProperties']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  featureTableProperties?: Resolver<Maybe<ResolversTypes['MLFeatureTableProperties']>, ParentType, ContextType>;
  forms?: Resolver<Maybe<ResolversTypes['Forms']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<MLFeatureTablelineageArgs, 'input'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['MLFeatureTableProperties']>, ParentType, ContextType>;
  relatedDocuments?: Resolver<Maybe<ResolversTypes['RelatedDocumentsResult']>, ParentType, ContextType, RequireFields<MLFeatureTablerelatedDocumentsArgs, 'input'>>;
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
  application?: Resolver<Maybe<ResolversTypes['ApplicationAssociation']>, ParentType, ContextType>;
  applications?: Resolver<Maybe<Array<ResolversTypes['ApplicationAssociation']>>, ParentType, ContextType>;
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<MLModelaspectsArgs>>;
  browsePathV2?: Resolver<Maybe<ResolversTypes['BrowsePathV2']>, ParentType, ContextType>;
  browsePaths?: Resolver<Maybe<Array<ResolversTypes['BrowsePath']>>, ParentType, ContextType>;
  caveatsAndRecommendations?: Resolver<Maybe<ResolversTypes['CaveatsAndRecommendations']>, ParentType, ContextType>;
  container?: Resolver<Maybe<ResolversTypes['Container']>, ParentType, ContextType>;
  cost?: Resolver<Maybe<ResolversTypes['Cost']>, ParentType, ContextType>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['MLModelEditableProperties']>, ParentType, ContextType>;
  ethicalConsiderations?: Resolver<Maybe<ResolversTypes['EthicalConsiderations']>, ParentType, ContextType>;
  evaluationData?: Resolver<Maybe<Array<ResolversTypes['BaseData']>>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  factorPrompts?: Resolver<Maybe<ResolversTypes['MLModelFactorPrompts']>, ParentType, ContextType>;
  forms?: Resolver<Maybe<ResolversTypes['Forms']>, ParentType, ContextType>;
  globalTags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  intendedUse?: Resolver<Maybe<ResolversTypes['IntendedUse']>, ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<MLModellineageArgs, 'input'>>;
  metrics?: Resolver<Maybe<ResolversTypes['Metrics']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['FabricType'], ParentType, ContextType>;
  orreryDeployments?: Resolver<Array<ResolversTypes['OrreryMlModelDeployment']>, ParentType, ContextType>;
  orreryServing?: Resolver<Maybe<ResolversTypes['OrreryMlModelServing']>, ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['MLModelProperties']>, ParentType, ContextType>;
  quantitativeAnalyses?: Resolver<Maybe<ResolversTypes['QuantitativeAnalyses']>, ParentType, ContextType>;
  relatedDocuments?: Resolver<Maybe<ResolversTypes['RelatedDocumentsResult']>, ParentType, ContextType, RequireFields<MLModelrelatedDocumentsArgs, 'input'>>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<MLModelrelationshipsArgs, 'input'>>;
  sourceCode?: Resolver<Maybe<ResolversTypes['SourceCode']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  trainingData?: Resolver<Maybe<Array<ResolversTypes['BaseData']>>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versionProperties?: Resolver<Maybe<ResolversTypes['VersionProperties']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MLModelEditablePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLModelEditableProperties'] = ResolversParentTypes['MLModelEditableProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MLModelFactorPromptsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLModelFactorPrompts'] = ResolversParentTypes['MLModelFactorPrompts']> = {
  evaluationFactors?: Resolver<Maybe<Array<ResolversTypes['MLModelFactors']>>, ParentType, ContextType>;
  relevantFactors?: Resolver<Maybe<Array<ResolversTypes['MLModelFactors']>>, ParentType, ContextType>;
};

export type MLModelFactorsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLModelFactors'] = ResolversParentTypes['MLModelFactors']> = {
  environment?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  groups?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  instrumentation?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type MLModelGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MLModelGroup'] = ResolversParentTypes['MLModelGroup']> = {
  application?: Resolver<Maybe<ResolversTypes['ApplicationAssociation']>, ParentType, ContextType>;
  applications?: Resolver<Maybe<Array<ResolversTypes['ApplicationAssociation']>>, ParentType, ContextType>;
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<MLModelGroupaspectsArgs>>;
  browsePathV2?: Resolver<Maybe<ResolversTypes['BrowsePathV2']>, ParentType, ContextType>;
  browsePaths?: Resolver<Maybe<Array<ResolversTypes['BrowsePath']>>, ParentType, ContextType>;
  container?: Resolver<Maybe<ResolversTypes['Container']>, ParentType, ContextType>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['MLModelGroupEditableProperties']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  forms?: Resolver<Maybe<ResolversTypes['Forms']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<MLModelGrouplineageArgs, 'input'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['FabricType'], ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['MLModelGroupProperties']>, ParentType, ContextType>;
  relatedDocuments?: Resolver<Maybe<ResolversTypes['RelatedDocumentsResult']>, ParentType, ContextType, RequireFields<MLModelGrouprelatedDocumentsArgs, 'input'>>;
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
  application?: Resolver<Maybe<ResolversTypes['ApplicationAssociation']>, ParentType, ContextType>;
  applications?: Resolver<Maybe<Array<ResolversTypes['ApplicationAssociation']>>, ParentType, ContextType>;
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<MLPrimaryKeyaspectsArgs>>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  dataType?: Resolver<Maybe<ResolversTypes['MLFeatureDataType']>, ParentType, ContextType>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['MLPrimaryKeyEditableProperties']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  featureNamespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  forms?: Resolver<Maybe<ResolversTypes['Forms']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  lastIngested?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<MLPrimaryKeylineageArgs, 'input'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  primaryKeyProperties?: Resolver<Maybe<ResolversTypes['MLPrimaryKeyProperties']>, ParentType, ContextType>;
  privileges?: Resolver<Maybe<ResolversTypes['EntityPrivileges']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['MLPrimaryKeyProperties']>, ParentType, ContextType>;
  relatedDocuments?: Resolver<Maybe<ResolversTypes['RelatedDocumentsResult']>, ParentType, ContextType, RequireFields<MLPrimaryKeyrelatedDocumentsArgs, 'input'>>;
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

export type ManagedIngestionConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ManagedIngestionConfig'] = ResolversParentTypes['ManagedIngestionConfig']> = {
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MatchedFieldResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchedField'] = ResolversParentTypes['MatchedField']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MediaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Media'] = ResolversParentTypes['Media']> = {
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MediaType'], ParentType, ContextType>;
};

export type MetadataAttributionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MetadataAttribution'] = ResolversParentTypes['MetadataAttribution']> = {
  actor?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  sourceDetail?: Resolver<Maybe<Array<ResolversTypes['StringMapEntry']>>, ParentType, ContextType>;
  time?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
};

export type MetricsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Metrics'] = ResolversParentTypes['Metrics']> = {
  decisionThreshold?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  performanceMeasures?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptRole?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationacceptRoleArgs, 'input'>>;
  addBusinessAttribute?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationaddBusinessAttributeArgs, 'input'>>;
  addGroupMembers?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationaddGroupMembersArgs, 'input'>>;
  addLink?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationaddLinkArgs, 'input'>>;
  addOwner?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationaddOwnerArgs, 'input'>>;
  addOwners?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationaddOwnersArgs, 'input'>>;
  addRelatedTerms?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationaddRelatedTermsArgs, 'input'>>;
  addTag?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationaddTagArgs, 'input'>>;
  addTags?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationaddTagsArgs, 'input'>>;
  addTerm?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationaddTermArgs, 'input'>>;
  addTerms?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationaddTermsArgs, 'input'>>;
  batchAddOwners?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationbatchAddOwnersArgs, 'input'>>;
  batchAddTags?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationbatchAddTagsArgs, 'input'>>;
  batchAddTerms?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationbatchAddTermsArgs, 'input'>>;
  batchAssignForm?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationbatchAssignFormArgs, 'input'>>;
  batchAssignRole?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationbatchAssignRoleArgs, 'input'>>;
  batchRemoveForm?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationbatchRemoveFormArgs, 'input'>>;
  batchRemoveOwners?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationbatchRemoveOwnersArgs, 'input'>>;
  batchRemoveTags?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationbatchRemoveTagsArgs, 'input'>>;
  batchRemoveTerms?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationbatchRemoveTermsArgs, 'input'>>;
  batchSetApplication?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationbatchSetApplicationArgs, 'input'>>;
  batchSetDataProduct?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationbatchSetDataProductArgs, 'input'>>;
  batchSetDomain?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationbatchSetDomainArgs, 'input'>>;
  batchUnsetApplication?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationbatchUnsetApplicationArgs, 'input'>>;
  batchUpdateDeprecation?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationbatchUpdateDeprecationArgs, 'input'>>;
  batchUpdateSoftDeleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationbatchUpdateSoftDeletedArgs, 'input'>>;
  batchUpdateStepStates?: Resolver<ResolversTypes['BatchUpdateStepStatesResult'], ParentType, ContextType, RequireFields<MutationbatchUpdateStepStatesArgs, 'input'>>;
  cancelIngestionExecutionRequest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationcancelIngestionExecutionRequestArgs, 'input'>>;
  createAccessToken?: Resolver<Maybe<ResolversTypes['AccessToken']>, ParentType, ContextType, RequireFields<MutationcreateAccessTokenArgs, 'input'>>;
  createApplication?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<MutationcreateApplicationArgs, 'input'>>;
  createBusinessAttribute?: Resolver<Maybe<ResolversTypes['BusinessAttribute']>, ParentType, ContextType, RequireFields<MutationcreateBusinessAttributeArgs, 'input'>>;
  createDataHubFile?: Resolver<ResolversTypes['CreateDataHubFileResponse'], ParentType, ContextType, RequireFields<MutationcreateDataHubFileArgs, 'input'>>;
  createDataProduct?: Resolver<Maybe<ResolversTypes['DataProduct']>, ParentType, ContextType, RequireFields<MutationcreateDataProductArgs, 'input'>>;
  createDocument?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MutationcreateDocumentArgs, 'input'>>;
  createDomain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationcreateDomainArgs, 'input'>>;
  createDynamicFormAssignment?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationcreateDynamicFormAssignmentArgs, 'input'>>;
  createERModelRelationship?: Resolver<Maybe<ResolversTypes['ERModelRelationship']>, ParentType, ContextType, RequireFields<MutationcreateERModelRelationshipArgs, 'input'>>;
  createForm?: Resolver<ResolversTypes['Form'], ParentType, ContextType, RequireFields<MutationcreateFormArgs, 'input'>>;
  createGlossaryNode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationcreateGlossaryNodeArgs, 'input'>>;
  createGlossaryTerm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationcreateGlossaryTermArgs, 'input'>>;
  createGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationcreateGroupArgs, 'input'>>;
  createIngestionExecutionRequest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationcreateIngestionExecutionRequestArgs, 'input'>>;
  createIngestionSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationcreateIngestionSourceArgs, 'input'>>;
  createInviteToken?: Resolver<Maybe<ResolversTypes['InviteToken']>, ParentType, ContextType, RequireFields<MutationcreateInviteTokenArgs, 'input'>>;
  createNativeUserResetToken?: Resolver<Maybe<ResolversTypes['ResetToken']>, ParentType, ContextType, RequireFields<MutationcreateNativeUserResetTokenArgs, 'input'>>;
  createOwnershipType?: Resolver<Maybe<ResolversTypes['OwnershipTypeEntity']>, ParentType, ContextType, RequireFields<MutationcreateOwnershipTypeArgs, 'input'>>;
  createPolicy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationcreatePolicyArgs, 'input'>>;
  createPost?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationcreatePostArgs, 'input'>>;
  createQuery?: Resolver<Maybe<ResolversTypes['QueryEntity']>, ParentType, ContextType, RequireFields<MutationcreateQueryArgs, 'input'>>;
  createSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationcreateSecretArgs, 'input'>>;
  createStructuredProperty?: Resolver<ResolversTypes['StructuredPropertyEntity'], ParentType, ContextType, RequireFields<MutationcreateStructuredPropertyArgs, 'input'>>;
  createTag?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationcreateTagArgs, 'input'>>;
  createTest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationcreateTestArgs, 'input'>>;
  createTestConnectionRequest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationcreateTestConnectionRequestArgs, 'input'>>;
  createView?: Resolver<Maybe<ResolversTypes['DataHubView']>, ParentType, ContextType, RequireFields<MutationcreateViewArgs, 'input'>>;
  deleteApplication?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationdeleteApplicationArgs, 'urn'>>;
  deleteAssertion?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationdeleteAssertionArgs, 'urn'>>;
  deleteBusinessAttribute?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationdeleteBusinessAttributeArgs, 'urn'>>;
  deleteDataProduct?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationdeleteDataProductArgs, 'urn'>>;
  deleteDocument?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationdeleteDocumentArgs, 'urn'>>;
  deleteDomain?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationdeleteDomainArgs, 'urn'>>;
  deleteERModelRelationship?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationdeleteERModelRelationshipArgs, 'urn'>>;
  deleteForm?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationdeleteFormArgs, 'input'>>;
  deleteGlossaryEntity?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationdeleteGlossaryEntityArgs, 'urn'>>;
  deleteIngestionSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationdeleteIngestionSourceArgs, 'urn'>>;
  deleteOwnershipType?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationdeleteOwnershipTypeArgs, 'urn'>>;
  deletePageModule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationdeletePageModuleArgs, 'input'>>;
  deletePageTemplate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationdeletePageTemplateArgs, 'input'>>;
  deletePolicy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationdeletePolicyArgs, 'urn'>>;
  deletePost?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationdeletePostArgs, 'urn'>>;
  deleteQuery?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationdeleteQueryArgs, 'urn'>>;
  deleteSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationdeleteSecretArgs, 'urn'>>;
  deleteStructuredProperty?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationdeleteStructuredPropertyArgs, 'input'>>;
  deleteTag?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationdeleteTagArgs, 'urn'>>;
  deleteTest?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationdeleteTestArgs, 'urn'>>;
  deleteView?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationdeleteViewArgs, 'urn'>>;
  linkAssetVersion?: Resolver<Maybe<ResolversTypes['VersionSet']>, ParentType, ContextType, RequireFields<MutationlinkAssetVersionArgs, 'input'>>;
  moveDocument?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationmoveDocumentArgs, 'input'>>;
  moveDomain?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationmoveDomainArgs, 'input'>>;
  patchEntities?: Resolver<Array<ResolversTypes['PatchEntityResult']>, ParentType, ContextType, RequireFields<MutationpatchEntitiesArgs, 'input'>>;
  patchEntity?: Resolver<ResolversTypes['PatchEntityResult'], ParentType, ContextType, RequireFields<MutationpatchEntityArgs, 'input'>>;
  raiseIncident?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationraiseIncidentArgs, 'input'>>;
  removeBusinessAttribute?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationremoveBusinessAttributeArgs, 'input'>>;
  removeGroup?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationremoveGroupArgs, 'urn'>>;
  removeGroupMembers?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationremoveGroupMembersArgs, 'input'>>;
  removeLink?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationremoveLinkArgs, 'input'>>;
  removeOwner?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationremoveOwnerArgs, 'input'>>;
  removeRelatedTerms?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationremoveRelatedTermsArgs, 'input'>>;
  removeStructuredProperties?: Resolver<ResolversTypes['StructuredProperties'], ParentType, ContextType, RequireFields<MutationremoveStructuredPropertiesArgs, 'input'>>;
  removeTag?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationremoveTagArgs, 'input'>>;
  removeTerm?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationremoveTermArgs, 'input'>>;
  removeUser?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationremoveUserArgs, 'urn'>>;
  reportAssertionResult?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationreportAssertionResultArgs, 'result' | 'urn'>>;
  reportOperation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationreportOperationArgs, 'input'>>;
  revokeAccessToken?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationrevokeAccessTokenArgs, 'tokenId'>>;
  rollbackIngestion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationrollbackIngestionArgs, 'input'>>;
  setDomain?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationsetDomainArgs, 'domainUrn' | 'entityUrn'>>;
  setLogicalParent?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationsetLogicalParentArgs, 'input'>>;
  setTagColor?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationsetTagColorArgs, 'colorHex' | 'urn'>>;
  submitFormPrompt?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationsubmitFormPromptArgs, 'input' | 'urn'>>;
  unlinkAssetVersion?: Resolver<Maybe<ResolversTypes['VersionSet']>, ParentType, ContextType, RequireFields<MutationunlinkAssetVersionArgs, 'input'>>;
  unsetDomain?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationunsetDomainArgs, 'entityUrn'>>;
  updateApplication?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<MutationupdateApplicationArgs, 'input' | 'urn'>>;
  updateApplicationsSettings?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationupdateApplicationsSettingsArgs, 'input'>>;
  updateAssetSettings?: Resolver<ResolversTypes['AssetSettings'], ParentType, ContextType, RequireFields<MutationupdateAssetSettingsArgs, 'input'>>;
  updateBusinessAttribute?: Resolver<Maybe<ResolversTypes['BusinessAttribute']>, ParentType, ContextType, RequireFields<MutationupdateBusinessAttributeArgs, 'input' | 'urn'>>;
  updateChart?: Resolver<Maybe<ResolversTypes['Chart']>, ParentType, ContextType, RequireFields<MutationupdateChartArgs, 'input' | 'urn'>>;
  updateCorpGroupProperties?: Resolver<Maybe<ResolversTypes['CorpGroup']>, ParentType, ContextType, RequireFields<MutationupdateCorpGroupPropertiesArgs, 'input' | 'urn'>>;
  updateCorpUserProperties?: Resolver<Maybe<ResolversTypes['CorpUser']>, ParentType, ContextType, RequireFields<MutationupdateCorpUserPropertiesArgs, 'input' | 'urn'>>;
  updateCorpUserViewsSettings?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationupdateCorpUserViewsSettingsArgs, 'input'>>;
  updateDashboard?: Resolver<Maybe<ResolversTypes['Dashboard']>, ParentType, ContextType, RequireFields<MutationupdateDashboardArgs, 'input' | 'urn'>>;
  updateDataFlow?: Resolver<Maybe<ResolversTypes['DataFlow']>, ParentType, ContextType, RequireFields<MutationupdateDataFlowArgs, 'input' | 'urn'>>;
  updateDataJob?: Resolver<Maybe<ResolversTypes['DataJob']>, ParentType, ContextType, RequireFields<MutationupdateDataJobArgs, 'input' | 'urn'>>;
  updateDataProduct?: Resolver<Maybe<ResolversTypes['DataProduct']>, ParentType, ContextType, RequireFields<MutationupdateDataProductArgs, 'input' | 'urn'>>;
  updateDataset?: Resolver<Maybe<ResolversTypes['Dataset']>, ParentType, ContextType, RequireFields<MutationupdateDatasetArgs, 'input' | 'urn'>>;
  updateDatasets?: Resolver<Maybe<Array<Maybe<ResolversTypes['Dataset']>>>, ParentType, ContextType, RequireFields<MutationupdateDatasetsArgs, 'input'>>;
  updateDeprecation?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationupdateDeprecationArgs, 'input'>>;
  updateDescription?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationupdateDescriptionArgs, 'input'>>;
  updateDisplayProperties?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationupdateDisplayPropertiesArgs, 'input' | 'urn'>>;
  updateDocPropagationSettings?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationupdateDocPropagationSettingsArgs, 'input'>>;
  updateDocumentContents?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationupdateDocumentContentsArgs, 'input'>>;
  updateDocumentRelatedEntities?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationupdateDocumentRelatedEntitiesArgs, 'input'>>;
  updateDocumentSettings?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationupdateDocumentSettingsArgs, 'input'>>;
  updateDocumentStatus?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationupdateDocumentStatusArgs, 'input'>>;
  updateDocumentSubType?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationupdateDocumentSubTypeArgs, 'input'>>;
  updateERModelRelationship?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationupdateERModelRelationshipArgs, 'input' | 'urn'>>;
  updateEmbed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationupdateEmbedArgs, 'input'>>;
  updateForm?: Resolver<ResolversTypes['Form'], ParentType, ContextType, RequireFields<MutationupdateFormArgs, 'input'>>;
  updateGlobalViewsSettings?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationupdateGlobalViewsSettingsArgs, 'input'>>;
  updateIncident?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationupdateIncidentArgs, 'input' | 'urn'>>;
  updateIncidentStatus?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationupdateIncidentStatusArgs, 'input' | 'urn'>>;
  updateIngestionSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationupdateIngestionSourceArgs, 'input' | 'urn'>>;
  updateLineage?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationupdateLineageArgs, 'input'>>;
  updateLink?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationupdateLinkArgs, 'input'>>;
  updateName?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationupdateNameArgs, 'input'>>;
  updateNotebook?: Resolver<Maybe<ResolversTypes['Notebook']>, ParentType, ContextType, RequireFields<MutationupdateNotebookArgs, 'input' | 'urn'>>;
  updateOwnershipType?: Resolver<Maybe<ResolversTypes['OwnershipTypeEntity']>, ParentType, ContextType, RequireFields<MutationupdateOwnershipTypeArgs, 'input' | 'urn'>>;
  updateParentNode?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationupdateParentNodeArgs, 'input'>>;
  updatePolicy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationupdatePolicyArgs, 'input' | 'urn'>>;
  updatePost?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationupdatePostArgs, 'input'>>;
  updateQuery?: Resolver<Maybe<ResolversTypes['QueryEntity']>, ParentType, ContextType, RequireFields<MutationupdateQueryArgs, 'input' | 'urn'>>;
  updateSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationupdateSecretArgs, 'input'>>;
  updateStructuredProperty?: Resolver<ResolversTypes['StructuredPropertyEntity'], ParentType, ContextType, RequireFields<MutationupdateStructuredPropertyArgs, 'input'>>;
  updateTag?: Resolver<Maybe<ResolversTypes['Tag']>, ParentType, ContextType, RequireFields<MutationupdateTagArgs, 'input' | 'urn'>>;
  updateTest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationupdateTestArgs, 'input' | 'urn'>>;
  updateUserHomePageSettings?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationupdateUserHomePageSettingsArgs, 'input'>>;
  updateUserSetting?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationupdateUserSettingArgs, 'input'>>;
  updateUserStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationupdateUserStatusArgs, 'status' | 'urn'>>;
  updateView?: Resolver<Maybe<ResolversTypes['DataHubView']>, ParentType, ContextType, RequireFields<MutationupdateViewArgs, 'input' | 'urn'>>;
  upsertConnection?: Resolver<ResolversTypes['DataHubConnection'], ParentType, ContextType, RequireFields<MutationupsertConnectionArgs, 'input'>>;
  upsertCustomAssertion?: Resolver<ResolversTypes['Assertion'], ParentType, ContextType, RequireFields<MutationupsertCustomAssertionArgs, 'input'>>;
  upsertDataContract?: Resolver<ResolversTypes['DataContract'], ParentType, ContextType, RequireFields<MutationupsertDataContractArgs, 'input'>>;
  upsertLink?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationupsertLinkArgs, 'input'>>;
  upsertPageModule?: Resolver<ResolversTypes['DataHubPageModule'], ParentType, ContextType, RequireFields<MutationupsertPageModuleArgs, 'input'>>;
  upsertPageTemplate?: Resolver<ResolversTypes['DataHubPageTemplate'], ParentType, ContextType, RequireFields<MutationupsertPageTemplateArgs, 'input'>>;
  upsertStructuredProperties?: Resolver<ResolversTypes['StructuredProperties'], ParentType, ContextType, RequireFields<MutationupsertStructuredPropertiesArgs, 'input'>>;
  verifyForm?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationverifyFormArgs, 'input'>>;
};

export type NamedBarResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NamedBar'] = ResolversParentTypes['NamedBar']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['BarSegment']>, ParentType, ContextType>;
};

export type NamedLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NamedLine'] = ResolversParentTypes['NamedLine']> = {
  data?: Resolver<Array<ResolversTypes['NumericDataPoint']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NotebookResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Notebook'] = ResolversParentTypes['Notebook']> = {
  application?: Resolver<Maybe<ResolversTypes['ApplicationAssociation']>, ParentType, ContextType>;
  applications?: Resolver<Maybe<Array<ResolversTypes['ApplicationAssociation']>>, ParentType, ContextType>;
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<NotebookaspectsArgs>>;
  browsePathV2?: Resolver<Maybe<ResolversTypes['BrowsePathV2']>, ParentType, ContextType>;
  browsePaths?: Resolver<Maybe<Array<ResolversTypes['BrowsePath']>>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['NotebookContent'], ParentType, ContextType>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['NotebookEditableProperties']>, ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  info?: Resolver<Maybe<ResolversTypes['NotebookInfo']>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  notebookId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<NotebookrelationshipsArgs, 'input'>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  subTypes?: Resolver<Maybe<ResolversTypes['SubTypes']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  tool?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotebookCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotebookCell'] = ResolversParentTypes['NotebookCell']> = {
  chartCell?: Resolver<Maybe<ResolversTypes['ChartCell']>, ParentType, ContextType>;
  queryChell?: Resolver<Maybe<ResolversTypes['QueryCell']>, ParentType, ContextType>;
  textCell?: Resolver<Maybe<ResolversTypes['TextCell']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NotebookCellType'], ParentType, ContextType>;
};

export type NotebookContentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotebookContent'] = ResolversParentTypes['NotebookContent']> = {
  cells?: Resolver<Array<ResolversTypes['NotebookCell']>, ParentType, ContextType>;
};

export type NotebookEditablePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotebookEditableProperties'] = ResolversParentTypes['NotebookEditableProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NotebookInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotebookInfo'] = ResolversParentTypes['NotebookInfo']> = {
  changeAuditStamps?: Resolver<Maybe<ResolversTypes['ChangeAuditStamps']>, ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NumberValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NumberValue'] = ResolversParentTypes['NumberValue']> = {
  numberValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NumericDataPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NumericDataPoint'] = ResolversParentTypes['NumericDataPoint']> = {
  x?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type OperationsAggregationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OperationsAggregation'] = ResolversParentTypes['OperationsAggregation']> = {
  aggregations?: Resolver<Maybe<ResolversTypes['OperationsAggregationsResult']>, ParentType, ContextType>;
  bucket?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  duration?: Resolver<Maybe<ResolversTypes['WindowDuration']>, ParentType, ContextType>;
  resource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OperationsAggregationsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OperationsAggregationsResult'] = ResolversParentTypes['OperationsAggregationsResult']> = {
  customOperationsMap?: Resolver<Maybe<Array<ResolversTypes['IntMapEntry']>>, ParentType, ContextType>;
  totalAlters?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalCreates?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalCustoms?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalDeletes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalDrops?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalInserts?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalOperations?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalUpdates?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type OperationsQueryResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OperationsQueryResult'] = ResolversParentTypes['OperationsQueryResult']> = {
  aggregations?: Resolver<Maybe<ResolversTypes['OperationsAggregationsResult']>, ParentType, ContextType>;
  buckets?: Resolver<Maybe<Array<Maybe<ResolversTypes['OperationsAggregation']>>>, ParentType, ContextType>;
};

export type OriginResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Origin'] = ResolversParentTypes['Origin']> = {
  externalType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['OriginType'], ParentType, ContextType>;
};

export type OrreryAspectChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryAspectChange'] = ResolversParentTypes['OrreryAspectChange']> = {
  aspect?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['OrreryFieldChange']>, ParentType, ContextType>;
  storedVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrreryEntityChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryEntityChange'] = ResolversParentTypes['OrreryEntityChange']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aspects?: Resolver<Array<ResolversTypes['OrreryAspectChange']>, ParentType, ContextType>;
  major?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  timestampMillis?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrreryEntityHistoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryEntityHistory'] = ResolversParentTypes['OrreryEntityHistory']> = {
  changes?: Resolver<Array<ResolversTypes['OrreryEntityChange']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrreryFeatureSourceColumnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryFeatureSourceColumn'] = ResolversParentTypes['OrreryFeatureSourceColumn']> = {
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dataType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dataset?: Resolver<Maybe<ResolversTypes['Dataset']>, ParentType, ContextType>;
  datasetUrn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fieldPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrreryFieldChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryFieldChange'] = ResolversParentTypes['OrreryFieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  change?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrreryInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryInfo'] = ResolversParentTypes['OrreryInfo']> = {
  extensions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrreryLineageGraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryLineageGraph'] = ResolversParentTypes['OrreryLineageGraph']> = {
  edges?: Resolver<Array<ResolversTypes['OrreryLineageGraphEdge']>, ParentType, ContextType>;
  focus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxEdges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['OrreryLineageGraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  truncatedBy?: Resolver<Array<ResolversTypes['OrreryLineageGraphCap']>, ParentType, ContextType>;
};

export type OrreryLineageGraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryLineageGraphEdge'] = ResolversParentTypes['OrreryLineageGraphEdge']> = {
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrreryLineageGraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrreryLineageGraphNode'] = ResolversParentTypes['OrreryLineageGraphNode']> = {
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['LineageDirection']>, ParentType, ContextType>;
  downstreamCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  downstreamExplored?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  upstreamCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  upstreamExplored?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  attribution?: Resolver<Maybe<ResolversTypes['MetadataAttribution']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['OwnerType'], ParentType, ContextType>;
  ownershipType?: Resolver<Maybe<ResolversTypes['OwnershipTypeEntity']>, ParentType, ContextType>;
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

export type OwnershipTypeEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OwnershipTypeEntity'] = ResolversParentTypes['OwnershipTypeEntity']> = {
  info?: Resolver<Maybe<ResolversTypes['OwnershipTypeInfo']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<OwnershipTypeEntityrelationshipsArgs, 'input'>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OwnershipTypeInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OwnershipTypeInfo'] = ResolversParentTypes['OwnershipTypeInfo']> = {
  created?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastModified?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ParentContainersResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParentContainersResult'] = ResolversParentTypes['ParentContainersResult']> = {
  containers?: Resolver<Array<ResolversTypes['Container']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ParentDocumentsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParentDocumentsResult'] = ResolversParentTypes['ParentDocumentsResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
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
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlatformPrivilegesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlatformPrivileges'] = ResolversParentTypes['PlatformPrivileges']> = {
  createBusinessAttributes?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createDomains?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createTags?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  generatePersonalAccessTokens?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageApplications?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageBusinessAttributes?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageDocuments?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageDomains?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageFeatures?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageGlobalAnnouncements?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageGlobalViews?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageGlossaries?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageHomePageTemplates?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageIdentities?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageIngestion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageOwnershipTypes?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  managePolicies?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageSecrets?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageStructuredProperties?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageTags?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageTests?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageTokens?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageUserCredentials?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewAnalytics?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewManageTags?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewStructuredPropertiesPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewTests?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PlatformSchemaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlatformSchema'] = ResolversParentTypes['PlatformSchema']> = {
  __resolveType: TypeResolveFn<'KeyValueSchema' | 'TableSchema', ParentType, ContextType>;
};

export type PoliciesConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PoliciesConfig'] = ResolversParentTypes['PoliciesConfig']> = {
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  platformPrivileges?: Resolver<Array<ResolversTypes['Privilege']>, ParentType, ContextType>;
  resourcePrivileges?: Resolver<Array<ResolversTypes['ResourcePrivileges']>, ParentType, ContextType>;
};

export type PolicyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy']> = {
  actors?: Resolver<ResolversTypes['ActorFilter'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  editable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  privileges?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  resources?: Resolver<Maybe<ResolversTypes['ResourceFilter']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['PolicyState'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PolicyType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PolicyEvaluationDetailResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolicyEvaluationDetail'] = ResolversParentTypes['PolicyEvaluationDetail']> = {
  policyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PolicyMatchCriterionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolicyMatchCriterion'] = ResolversParentTypes['PolicyMatchCriterion']> = {
  condition?: Resolver<ResolversTypes['PolicyMatchCondition'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['PolicyMatchCriterionValue']>, ParentType, ContextType>;
};

export type PolicyMatchCriterionValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolicyMatchCriterionValue'] = ResolversParentTypes['PolicyMatchCriterionValue']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PolicyMatchFilterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolicyMatchFilter'] = ResolversParentTypes['PolicyMatchFilter']> = {
  criteria?: Resolver<Maybe<Array<ResolversTypes['PolicyMatchCriterion']>>, ParentType, ContextType>;
};

export type PostResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Post'] = ResolversParentTypes['Post']> = {
  content?: Resolver<ResolversTypes['PostContent'], ParentType, ContextType>;
  lastModified?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  postType?: Resolver<ResolversTypes['PostType'], ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<PostrelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PostContentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PostContent'] = ResolversParentTypes['PostContent']> = {
  contentType?: Resolver<ResolversTypes['PostContentType'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  media?: Resolver<Maybe<ResolversTypes['Media']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PrivilegeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Privilege'] = ResolversParentTypes['Privilege']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PrivilegesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Privileges'] = ResolversParentTypes['Privileges']> = {
  evaluationDetails?: Resolver<Maybe<Array<Maybe<ResolversTypes['PolicyEvaluationDetail']>>>, ParentType, ContextType>;
  privileges?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProductUpdateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductUpdate'] = ResolversParentTypes['ProductUpdate']> = {
  ctaLink?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ctaText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PropertyValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PropertyValue'] = ResolversParentTypes['PropertyValue']> = {
  __resolveType: TypeResolveFn<'NumberValue' | 'StringValue', ParentType, ContextType>;
};

export type QuantileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Quantile'] = ResolversParentTypes['Quantile']> = {
  quantile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QuantitativeAnalysesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuantitativeAnalyses'] = ResolversParentTypes['QuantitativeAnalyses']> = {
  intersectionalResults?: Resolver<Maybe<ResolversTypes['ResultsType']>, ParentType, ContextType>;
  unitaryResults?: Resolver<Maybe<ResolversTypes['ResultsType']>, ParentType, ContextType>;
};

export type QueriesTabConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QueriesTabConfig'] = ResolversParentTypes['QueriesTabConfig']> = {
  queriesTabResultSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  aggregateAcrossEntities?: Resolver<Maybe<ResolversTypes['AggregateResults']>, ParentType, ContextType, RequireFields<QueryaggregateAcrossEntitiesArgs, 'input'>>;
  appConfig?: Resolver<Maybe<ResolversTypes['AppConfig']>, ParentType, ContextType>;
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<QueryapplicationArgs, 'urn'>>;
  assertion?: Resolver<Maybe<ResolversTypes['Assertion']>, ParentType, ContextType, RequireFields<QueryassertionArgs, 'urn'>>;
  autoComplete?: Resolver<Maybe<ResolversTypes['AutoCompleteResults']>, ParentType, ContextType, RequireFields<QueryautoCompleteArgs, 'input'>>;
  autoCompleteForMultiple?: Resolver<Maybe<ResolversTypes['AutoCompleteMultipleResults']>, ParentType, ContextType, RequireFields<QueryautoCompleteForMultipleArgs, 'input'>>;
  batchGetStepStates?: Resolver<ResolversTypes['BatchGetStepStatesResult'], ParentType, ContextType, RequireFields<QuerybatchGetStepStatesArgs, 'input'>>;
  browse?: Resolver<Maybe<ResolversTypes['BrowseResults']>, ParentType, ContextType, RequireFields<QuerybrowseArgs, 'input'>>;
  browsePaths?: Resolver<Maybe<Array<ResolversTypes['BrowsePath']>>, ParentType, ContextType, RequireFields<QuerybrowsePathsArgs, 'input'>>;
  browseV2?: Resolver<Maybe<ResolversTypes['BrowseResultsV2']>, ParentType, ContextType, RequireFields<QuerybrowseV2Args, 'input'>>;
  businessAttribute?: Resolver<Maybe<ResolversTypes['BusinessAttribute']>, ParentType, ContextType, RequireFields<QuerybusinessAttributeArgs, 'urn'>>;
  chart?: Resolver<Maybe<ResolversTypes['Chart']>, ParentType, ContextType, RequireFields<QuerychartArgs, 'urn'>>;
  connection?: Resolver<Maybe<ResolversTypes['DataHubConnection']>, ParentType, ContextType, RequireFields<QueryconnectionArgs, 'urn'>>;
  container?: Resolver<Maybe<ResolversTypes['Container']>, ParentType, ContextType, RequireFields<QuerycontainerArgs, 'urn'>>;
  corpGroup?: Resolver<Maybe<ResolversTypes['CorpGroup']>, ParentType, ContextType, RequireFields<QuerycorpGroupArgs, 'urn'>>;
  corpUser?: Resolver<Maybe<ResolversTypes['CorpUser']>, ParentType, ContextType, RequireFields<QuerycorpUserArgs, 'urn'>>;
  dashboard?: Resolver<Maybe<ResolversTypes['Dashboard']>, ParentType, ContextType, RequireFields<QuerydashboardArgs, 'urn'>>;
  dataFlow?: Resolver<Maybe<ResolversTypes['DataFlow']>, ParentType, ContextType, RequireFields<QuerydataFlowArgs, 'urn'>>;
  dataJob?: Resolver<Maybe<ResolversTypes['DataJob']>, ParentType, ContextType, RequireFields<QuerydataJobArgs, 'urn'>>;
  dataPlatform?: Resolver<Maybe<ResolversTypes['DataPlatform']>, ParentType, ContextType, RequireFields<QuerydataPlatformArgs, 'urn'>>;
  dataPlatformInstance?: Resolver<Maybe<ResolversTypes['DataPlatformInstance']>, ParentType, ContextType, RequireFields<QuerydataPlatformInstanceArgs, 'urn'>>;
  dataProcessInstance?: Resolver<Maybe<ResolversTypes['DataProcessInstance']>, ParentType, ContextType, RequireFields<QuerydataProcessInstanceArgs, 'urn'>>;
  dataProduct?: Resolver<Maybe<ResolversTypes['DataProduct']>, ParentType, ContextType, RequireFields<QuerydataProductArgs, 'urn'>>;
  dataset?: Resolver<Maybe<ResolversTypes['Dataset']>, ParentType, ContextType, RequireFields<QuerydatasetArgs, 'urn'>>;
  debugAccess?: Resolver<ResolversTypes['DebugAccessResult'], ParentType, ContextType, RequireFields<QuerydebugAccessArgs, 'userUrn'>>;
  docPropagationSettings?: Resolver<Maybe<ResolversTypes['DocPropagationSettings']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QuerydocumentArgs, 'urn'>>;
  domain?: Resolver<Maybe<ResolversTypes['Domain']>, ParentType, ContextType, RequireFields<QuerydomainArgs, 'urn'>>;
  entities?: Resolver<Maybe<Array<Maybe<ResolversTypes['Entity']>>>, ParentType, ContextType, RequireFields<QueryentitiesArgs, 'urns'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryentityArgs, 'urn'>>;
  entityExists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<QueryentityExistsArgs, 'urn'>>;
  entityHistory?: Resolver<Maybe<ResolversTypes['OrreryEntityHistory']>, ParentType, ContextType, RequireFields<QueryentityHistoryArgs, 'count' | 'start' | 'urn'>>;
  erModelRelationship?: Resolver<Maybe<ResolversTypes['ERModelRelationship']>, ParentType, ContextType, RequireFields<QueryerModelRelationshipArgs, 'urn'>>;
  executionRequest?: Resolver<Maybe<ResolversTypes['ExecutionRequest']>, ParentType, ContextType, RequireFields<QueryexecutionRequestArgs, 'urn'>>;
  form?: Resolver<Maybe<ResolversTypes['Form']>, ParentType, ContextType, RequireFields<QueryformArgs, 'urn'>>;
  getAccessToken?: Resolver<Maybe<ResolversTypes['AccessToken']>, ParentType, ContextType, RequireFields<QuerygetAccessTokenArgs, 'input'>>;
  getAccessTokenMetadata?: Resolver<ResolversTypes['AccessTokenMetadata'], ParentType, ContextType, RequireFields<QuerygetAccessTokenMetadataArgs, 'token'>>;
  getAnalyticsCharts?: Resolver<Array<ResolversTypes['AnalyticsChartGroup']>, ParentType, ContextType>;
  getEntityCounts?: Resolver<Maybe<ResolversTypes['EntityCountResults']>, ParentType, ContextType, Partial<QuerygetEntityCountsArgs>>;
  getGrantedPrivileges?: Resolver<Maybe<ResolversTypes['Privileges']>, ParentType, ContextType, RequireFields<QuerygetGrantedPrivilegesArgs, 'input'>>;
  getHighlights?: Resolver<Array<ResolversTypes['Highlight']>, ParentType, ContextType>;
  getInviteToken?: Resolver<Maybe<ResolversTypes['InviteToken']>, ParentType, ContextType, RequireFields<QuerygetInviteTokenArgs, 'input'>>;
  getMetadataAnalyticsCharts?: Resolver<Array<ResolversTypes['AnalyticsChartGroup']>, ParentType, ContextType, RequireFields<QuerygetMetadataAnalyticsChartsArgs, 'input'>>;
  getPresignedUploadUrl?: Resolver<ResolversTypes['GetPresignedUploadUrlResponse'], ParentType, ContextType, RequireFields<QuerygetPresignedUploadUrlArgs, 'input'>>;
  getQuickFilters?: Resolver<Maybe<ResolversTypes['GetQuickFiltersResult']>, ParentType, ContextType, RequireFields<QuerygetQuickFiltersArgs, 'input'>>;
  getRootGlossaryNodes?: Resolver<Maybe<ResolversTypes['GetRootGlossaryNodesResult']>, ParentType, ContextType, RequireFields<QuerygetRootGlossaryNodesArgs, 'input'>>;
  getRootGlossaryTerms?: Resolver<Maybe<ResolversTypes['GetRootGlossaryTermsResult']>, ParentType, ContextType, RequireFields<QuerygetRootGlossaryTermsArgs, 'input'>>;
  getSchemaBlame?: Resolver<Maybe<ResolversTypes['GetSchemaBlameResult']>, ParentType, ContextType, RequireFields<QuerygetSchemaBlameArgs, 'input'>>;
  getSchemaVersionList?: Resolver<Maybe<ResolversTypes['GetSchemaVersionListResult']>, ParentType, ContextType, RequireFields<QuerygetSchemaVersionListArgs, 'input'>>;
  getSecretValues?: Resolver<Maybe<Array<ResolversTypes['SecretValue']>>, ParentType, ContextType, RequireFields<QuerygetSecretValuesArgs, 'input'>>;
  getTimeline?: Resolver<Maybe<ResolversTypes['GetTimelineResult']>, ParentType, ContextType, RequireFields<QuerygetTimelineArgs, 'input'>>;
  globalHomePageSettings?: Resolver<Maybe<ResolversTypes['GlobalHomePageSettings']>, ParentType, ContextType>;
  globalViewsSettings?: Resolver<Maybe<ResolversTypes['GlobalViewsSettings']>, ParentType, ContextType>;
  glossaryNode?: Resolver<Maybe<ResolversTypes['GlossaryNode']>, ParentType, ContextType, RequireFields<QueryglossaryNodeArgs, 'urn'>>;
  glossaryTerm?: Resolver<Maybe<ResolversTypes['GlossaryTerm']>, ParentType, ContextType, RequireFields<QueryglossaryTermArgs, 'urn'>>;
  ingestionSource?: Resolver<Maybe<ResolversTypes['IngestionSource']>, ParentType, ContextType, RequireFields<QueryingestionSourceArgs, 'urn'>>;
  isAnalyticsEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  latestProductUpdate?: Resolver<Maybe<ResolversTypes['ProductUpdate']>, ParentType, ContextType, RequireFields<QuerylatestProductUpdateArgs, 'refreshCache'>>;
  lineageGraph?: Resolver<Maybe<ResolversTypes['OrreryLineageGraph']>, ParentType, ContextType, RequireFields<QuerylineageGraphArgs, 'input'>>;
  listAccessTokens?: Resolver<ResolversTypes['ListAccessTokenResult'], ParentType, ContextType, RequireFields<QuerylistAccessTokensArgs, 'input'>>;
  listApplicationAssets?: Resolver<Maybe<ResolversTypes['SearchResults']>, ParentType, ContextType, RequireFields<QuerylistApplicationAssetsArgs, 'input' | 'urn'>>;
  listBusinessAttributes?: Resolver<Maybe<ResolversTypes['ListBusinessAttributesResult']>, ParentType, ContextType, RequireFields<QuerylistBusinessAttributesArgs, 'input'>>;
  listDataProductAssets?: Resolver<Maybe<ResolversTypes['SearchResults']>, ParentType, ContextType, RequireFields<QuerylistDataProductAssetsArgs, 'input' | 'urn'>>;
  listDomains?: Resolver<Maybe<ResolversTypes['ListDomainsResult']>, ParentType, ContextType, RequireFields<QuerylistDomainsArgs, 'input'>>;
  listExecutionRequests?: Resolver<Maybe<ResolversTypes['IngestionSourceExecutionRequests']>, ParentType, ContextType, RequireFields<QuerylistExecutionRequestsArgs, 'input'>>;
  listGlobalViews?: Resolver<Maybe<ResolversTypes['ListViewsResult']>, ParentType, ContextType, RequireFields<QuerylistGlobalViewsArgs, 'input'>>;
  listGroups?: Resolver<Maybe<ResolversTypes['ListGroupsResult']>, ParentType, ContextType, RequireFields<QuerylistGroupsArgs, 'input'>>;
  listIngestionSources?: Resolver<Maybe<ResolversTypes['ListIngestionSourcesResult']>, ParentType, ContextType, RequireFields<QuerylistIngestionSourcesArgs, 'input'>>;
  listMyViews?: Resolver<Maybe<ResolversTypes['ListViewsResult']>, ParentType, ContextType, RequireFields<QuerylistMyViewsArgs, 'input'>>;
  listOwnershipTypes?: Resolver<ResolversTypes['ListOwnershipTypesResult'], ParentType, ContextType, RequireFields<QuerylistOwnershipTypesArgs, 'input'>>;
  listPolicies?: Resolver<Maybe<ResolversTypes['ListPoliciesResult']>, ParentType, ContextType, RequireFields<QuerylistPoliciesArgs, 'input'>>;
  listPosts?: Resolver<Maybe<ResolversTypes['ListPostsResult']>, ParentType, ContextType, RequireFields<QuerylistPostsArgs, 'input'>>;
  listQueries?: Resolver<Maybe<ResolversTypes['ListQueriesResult']>, ParentType, ContextType, RequireFields<QuerylistQueriesArgs, 'input'>>;
  listRecommendations?: Resolver<Maybe<ResolversTypes['ListRecommendationsResult']>, ParentType, ContextType, RequireFields<QuerylistRecommendationsArgs, 'input'>>;
  listRoles?: Resolver<Maybe<ResolversTypes['ListRolesResult']>, ParentType, ContextType, RequireFields<QuerylistRolesArgs, 'input'>>;
  listSecrets?: Resolver<Maybe<ResolversTypes['ListSecretsResult']>, ParentType, ContextType, RequireFields<QuerylistSecretsArgs, 'input'>>;
  listTests?: Resolver<Maybe<ResolversTypes['ListTestsResult']>, ParentType, ContextType, RequireFields<QuerylistTestsArgs, 'input'>>;
  listUsers?: Resolver<Maybe<ResolversTypes['ListUsersResult']>, ParentType, ContextType, RequireFields<QuerylistUsersArgs, 'input'>>;
  me?: Resolver<Maybe<ResolversTypes['AuthenticatedUser']>, ParentType, ContextType>;
  mlFeature?: Resolver<Maybe<ResolversTypes['MLFeature']>, ParentType, ContextType, RequireFields<QuerymlFeatureArgs, 'urn'>>;
  mlFeatureTable?: Resolver<Maybe<ResolversTypes['MLFeatureTable']>, ParentType, ContextType, RequireFields<QuerymlFeatureTableArgs, 'urn'>>;
  mlModel?: Resolver<Maybe<ResolversTypes['MLModel']>, ParentType, ContextType, RequireFields<QuerymlModelArgs, 'urn'>>;
  mlModelGroup?: Resolver<Maybe<ResolversTypes['MLModelGroup']>, ParentType, ContextType, RequireFields<QuerymlModelGroupArgs, 'urn'>>;
  mlPrimaryKey?: Resolver<Maybe<ResolversTypes['MLPrimaryKey']>, ParentType, ContextType, RequireFields<QuerymlPrimaryKeyArgs, 'urn'>>;
  notebook?: Resolver<Maybe<ResolversTypes['Notebook']>, ParentType, ContextType, RequireFields<QuerynotebookArgs, 'urn'>>;
  orreryInfo?: Resolver<ResolversTypes['OrreryInfo'], ParentType, ContextType>;
  orreryMlModelDeployment?: Resolver<Maybe<ResolversTypes['OrreryMlModelDeployment']>, ParentType, ContextType, RequireFields<QueryorreryMlModelDeploymentArgs, 'urn'>>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType, RequireFields<QueryroleArgs, 'urn'>>;
  scrollAcrossEntities?: Resolver<Maybe<ResolversTypes['ScrollResults']>, ParentType, ContextType, RequireFields<QueryscrollAcrossEntitiesArgs, 'input'>>;
  scrollAcrossLineage?: Resolver<Maybe<ResolversTypes['ScrollAcrossLineageResults']>, ParentType, ContextType, RequireFields<QueryscrollAcrossLineageArgs, 'input'>>;
  search?: Resolver<Maybe<ResolversTypes['SearchResults']>, ParentType, ContextType, RequireFields<QuerysearchArgs, 'input'>>;
  searchAcrossEntities?: Resolver<Maybe<ResolversTypes['SearchResults']>, ParentType, ContextType, RequireFields<QuerysearchAcrossEntitiesArgs, 'input'>>;
  searchAcrossLineage?: Resolver<Maybe<ResolversTypes['SearchAcrossLineageResults']>, ParentType, ContextType, RequireFields<QuerysearchAcrossLineageArgs, 'input'>>;
  searchDocuments?: Resolver<ResolversTypes['SearchDocumentsResult'], ParentType, ContextType, RequireFields<QuerysearchDocumentsArgs, 'input'>>;
  structuredProperty?: Resolver<Maybe<ResolversTypes['StructuredPropertyEntity']>, ParentType, ContextType, RequireFields<QuerystructuredPropertyArgs, 'urn'>>;
  tag?: Resolver<Maybe<ResolversTypes['Tag']>, ParentType, ContextType, RequireFields<QuerytagArgs, 'urn'>>;
  test?: Resolver<Maybe<ResolversTypes['Test']>, ParentType, ContextType, RequireFields<QuerytestArgs, 'urn'>>;
  versionSet?: Resolver<Maybe<ResolversTypes['VersionSet']>, ParentType, ContextType, RequireFields<QueryversionSetArgs, 'urn'>>;
  versionedDataset?: Resolver<Maybe<ResolversTypes['VersionedDataset']>, ParentType, ContextType, RequireFields<QueryversionedDatasetArgs, 'urn'>>;
  view?: Resolver<Maybe<ResolversTypes['DataHubView']>, ParentType, ContextType, RequireFields<QueryviewArgs, 'urn'>>;
};

export type QueryCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QueryCell'] = ResolversParentTypes['QueryCell']> = {
  cellId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cellTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changeAuditStamps?: Resolver<Maybe<ResolversTypes['ChangeAuditStamps']>, ParentType, ContextType>;
  lastExecuted?: Resolver<Maybe<ResolversTypes['AuditStamp']>, ParentType, ContextType>;
  rawQuery?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QueryEntity'] = ResolversParentTypes['QueryEntity']> = {
  platform?: Resolver<Maybe<ResolversTypes['DataPlatform']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['QueryProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<QueryEntityrelationshipsArgs, 'input'>>;
  subjects?: Resolver<Maybe<Array<ResolversTypes['QuerySubject']>>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QueryProperties'] = ResolversParentTypes['QueryProperties']> = {
  created?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  createdOn?: Resolver<ResolversTypes['ResolvedAuditStamp'], ParentType, ContextType>;
  customProperties?: Resolver<Maybe<Array<ResolversTypes['CustomPropertiesEntry']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastModified?: Resolver<ResolversTypes['AuditStamp'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['QuerySource'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['QueryStatement'], ParentType, ContextType>;
};

export type QueryStatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QueryStatement'] = ResolversParentTypes['QueryStatement']> = {
  language?: Resolver<ResolversTypes['QueryLanguage'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QuerySubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuerySubject'] = ResolversParentTypes['QuerySubject']> = {
  dataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
  schemaField?: Resolver<Maybe<ResolversTypes['SchemaFieldEntity']>, ParentType, ContextType>;
};

export type QuickFilterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuickFilter'] = ResolversParentTypes['QuickFilter']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RawAspectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RawAspect'] = ResolversParentTypes['RawAspect']> = {
  aspectName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payload?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  renderSpec?: Resolver<Maybe<ResolversTypes['AspectRenderSpec']>, ParentType, ContextType>;
};

export type RecommendationContentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecommendationContent'] = ResolversParentTypes['RecommendationContent']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  params?: Resolver<Maybe<ResolversTypes['RecommendationParams']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RecommendationModuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecommendationModule'] = ResolversParentTypes['RecommendationModule']> = {
  content?: Resolver<Array<ResolversTypes['RecommendationContent']>, ParentType, ContextType>;
  moduleId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  renderType?: Resolver<ResolversTypes['RecommendationRenderType'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RecommendationParamsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecommendationParams'] = ResolversParentTypes['RecommendationParams']> = {
  contentParams?: Resolver<Maybe<ResolversTypes['ContentParams']>, ParentType, ContextType>;
  entityProfileParams?: Resolver<Maybe<ResolversTypes['EntityProfileParams']>, ParentType, ContextType>;
  searchParams?: Resolver<Maybe<ResolversTypes['SearchParams']>, ParentType, ContextType>;
};

export type RelatedDocumentsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelatedDocumentsResult'] = ResolversParentTypes['RelatedDocumentsResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  facets?: Resolver<Maybe<Array<ResolversTypes['FacetMetadata']>>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationshipFieldMappingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationshipFieldMapping'] = ResolversParentTypes['RelationshipFieldMapping']> = {
  destinationField?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceField?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ResetTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResetToken'] = ResolversParentTypes['ResetToken']> = {
  resetToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ResolvedActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResolvedActor'] = ResolversParentTypes['ResolvedActor']> = {
  __resolveType: TypeResolveFn<'CorpGroup' | 'CorpUser', ParentType, ContextType>;
};

export type ResolvedAuditStampResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResolvedAuditStamp'] = ResolversParentTypes['ResolvedAuditStamp']> = {
  actor?: Resolver<Maybe<ResolversTypes['CorpUser']>, ParentType, ContextType>;
  time?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
};

export type ResourceFilterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResourceFilter'] = ResolversParentTypes['ResourceFilter']> = {
  allResources?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  filter?: Resolver<Maybe<ResolversTypes['PolicyMatchFilter']>, ParentType, ContextType>;
  privilegeConstraints?: Resolver<Maybe<ResolversTypes['PolicyMatchFilter']>, ParentType, ContextType>;
  resources?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ResourcePrivilegesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResourcePrivileges'] = ResolversParentTypes['ResourcePrivileges']> = {
  entityType?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  privileges?: Resolver<Array<ResolversTypes['Privilege']>, ParentType, ContextType>;
  resourceType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resourceTypeDisplayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RestrictedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Restricted'] = ResolversParentTypes['Restricted']> = {
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<RestrictedlineageArgs, 'input'>>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<RestrictedrelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ResultsTypeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResultsType'] = ResolversParentTypes['ResultsType']> = {
  __resolveType: TypeResolveFn<'StringBox', ParentType, ContextType>;
};

export type RichTextModuleParamsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RichTextModuleParams'] = ResolversParentTypes['RichTextModuleParams']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  actors?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isAssignedToMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['RoleProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<RolerelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RoleAssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoleAssociation'] = ResolversParentTypes['RoleAssociation']> = {
  associatedUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type RoleGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoleGroup'] = ResolversParentTypes['RoleGroup']> = {
  group?: Resolver<ResolversTypes['CorpGroup'], ParentType, ContextType>;
};

export type RolePropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoleProperties'] = ResolversParentTypes['RoleProperties']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RoleUserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoleUser'] = ResolversParentTypes['RoleUser']> = {
  user?: Resolver<ResolversTypes['CorpUser'], ParentType, ContextType>;
};

export type RowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Row'] = ResolversParentTypes['Row']> = {
  cells?: Resolver<Maybe<Array<ResolversTypes['Cell']>>, ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RowCountChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RowCountChange'] = ResolversParentTypes['RowCountChange']> = {
  operator?: Resolver<ResolversTypes['AssertionStdOperator'], ParentType, ContextType>;
  parameters?: Resolver<ResolversTypes['AssertionStdParameters'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AssertionValueChangeType'], ParentType, ContextType>;
};

export type RowCountTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RowCountTotal'] = ResolversParentTypes['RowCountTotal']> = {
  operator?: Resolver<ResolversTypes['AssertionStdOperator'], ParentType, ContextType>;
  parameters?: Resolver<ResolversTypes['AssertionStdParameters'], ParentType, ContextType>;
};

export type SchemaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Schema'] = ResolversParentTypes['Schema']> = {
  cluster?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  datasetUrn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['SchemaField']>, ParentType, ContextType>;
  foreignKeys?: Resolver<Maybe<Array<Maybe<ResolversTypes['ForeignKeyConstraint']>>>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastObserved?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platformSchema?: Resolver<Maybe<ResolversTypes['PlatformSchema']>, ParentType, ContextType>;
  platformUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  primaryKeys?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
};

export type SchemaAssertionFieldResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchemaAssertionField'] = ResolversParentTypes['SchemaAssertionField']> = {
  nativeType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SchemaFieldDataType'], ParentType, ContextType>;
};

export type SchemaAssertionInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchemaAssertionInfo'] = ResolversParentTypes['SchemaAssertionInfo']> = {
  compatibility?: Resolver<ResolversTypes['SchemaAssertionCompatibility'], ParentType, ContextType>;
  entityUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['SchemaAssertionField']>, ParentType, ContextType>;
  schema?: Resolver<Maybe<ResolversTypes['SchemaMetadata']>, ParentType, ContextType>;
};

export type SchemaContractResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchemaContract'] = ResolversParentTypes['SchemaContract']> = {
  assertion?: Resolver<ResolversTypes['Assertion'], ParentType, ContextType>;
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
  schemaFieldEntity?: Resolver<Maybe<ResolversTypes['SchemaFieldEntity']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SchemaFieldDataType'], ParentType, ContextType>;
};

export type SchemaFieldBlameResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchemaFieldBlame'] = ResolversParentTypes['SchemaFieldBlame']> = {
  fieldPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schemaFieldChange?: Resolver<ResolversTypes['SchemaFieldChange'], ParentType, ContextType>;
};

export type SchemaFieldChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchemaFieldChange'] = ResolversParentTypes['SchemaFieldChange']> = {
  changeType?: Resolver<ResolversTypes['ChangeOperationType'], ParentType, ContextType>;
  lastSchemaFieldChange?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSemanticVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timestampMillis?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  versionStamp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SchemaFieldEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchemaFieldEntity'] = ResolversParentTypes['SchemaFieldEntity']> = {
  businessAttributes?: Resolver<Maybe<ResolversTypes['BusinessAttributes']>, ParentType, ContextType>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  documentation?: Resolver<Maybe<ResolversTypes['Documentation']>, ParentType, ContextType>;
  fieldPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  forms?: Resolver<Maybe<ResolversTypes['Forms']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['EntityLineageResult']>, ParentType, ContextType, RequireFields<SchemaFieldEntitylineageArgs, 'input'>>;
  logicalParent?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  parent?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relatedDocuments?: Resolver<Maybe<ResolversTypes['RelatedDocumentsResult']>, ParentType, ContextType, RequireFields<SchemaFieldEntityrelatedDocumentsArgs, 'input'>>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<SchemaFieldEntityrelationshipsArgs, 'input'>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  structuredProperties?: Resolver<Maybe<ResolversTypes['StructuredProperties']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SchemaFieldRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchemaFieldRef'] = ResolversParentTypes['SchemaFieldRef']> = {
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SchemaFieldSpecResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchemaFieldSpec'] = ResolversParentTypes['SchemaFieldSpec']> = {
  nativeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SchemaMetadataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SchemaMetadata'] = ResolversParentTypes['SchemaMetadata']> = {
  aspectVersion?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  cluster?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  datasetUrn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['SchemaField']>, ParentType, ContextType>;
  foreignKeys?: Resolver<Maybe<Array<Maybe<ResolversTypes['ForeignKeyConstraint']>>>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platformSchema?: Resolver<Maybe<ResolversTypes['PlatformSchema']>, ParentType, ContextType>;
  platformUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  primaryKeys?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ScrollAcrossLineageResultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScrollAcrossLineageResults'] = ResolversParentTypes['ScrollAcrossLineageResults']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facets?: Resolver<Maybe<Array<ResolversTypes['FacetMetadata']>>, ParentType, ContextType>;
  freshness?: Resolver<Maybe<ResolversTypes['FreshnessStats']>, ParentType, ContextType>;
  isPartial?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  nextScrollId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  searchResults?: Resolver<Array<ResolversTypes['SearchAcrossLineageResult']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScrollResultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScrollResults'] = ResolversParentTypes['ScrollResults']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facets?: Resolver<Maybe<Array<ResolversTypes['FacetMetadata']>>, ParentType, ContextType>;
  nextScrollId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  searchResults?: Resolver<Array<ResolversTypes['SearchResult']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchAcrossLineageResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchAcrossLineageResult'] = ResolversParentTypes['SearchAcrossLineageResult']> = {
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  degrees?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  explored?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ignoredAsHop?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  insights?: Resolver<Maybe<Array<ResolversTypes['SearchInsight']>>, ParentType, ContextType>;
  matchedFields?: Resolver<Array<ResolversTypes['MatchedField']>, ParentType, ContextType>;
  paths?: Resolver<Maybe<Array<Maybe<ResolversTypes['EntityPath']>>>, ParentType, ContextType>;
  truncatedChildren?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SearchAcrossLineageResultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchAcrossLineageResults'] = ResolversParentTypes['SearchAcrossLineageResults']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facets?: Resolver<Maybe<Array<ResolversTypes['FacetMetadata']>>, ParentType, ContextType>;
  freshness?: Resolver<Maybe<ResolversTypes['FreshnessStats']>, ParentType, ContextType>;
  isPartial?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  lineageSearchPath?: Resolver<Maybe<ResolversTypes['LineageSearchPath']>, ParentType, ContextType>;
  searchResults?: Resolver<Array<ResolversTypes['SearchAcrossLineageResult']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchBarConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchBarConfig'] = ResolversParentTypes['SearchBarConfig']> = {
  apiVariant?: Resolver<ResolversTypes['SearchBarAPI'], ParentType, ContextType>;
};

export type SearchCardConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchCardConfig'] = ResolversParentTypes['SearchCardConfig']> = {
  showDescription?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SearchDocumentsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchDocumentsResult'] = ResolversParentTypes['SearchDocumentsResult']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  facets?: Resolver<Maybe<Array<ResolversTypes['FacetMetadata']>>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchFlagsConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchFlagsConfig'] = ResolversParentTypes['SearchFlagsConfig']> = {
  defaultSkipHighlighting?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SearchInsightResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchInsight'] = ResolversParentTypes['SearchInsight']> = {
  icon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchParamsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchParams'] = ResolversParentTypes['SearchParams']> = {
  filters?: Resolver<Maybe<Array<ResolversTypes['FacetFilter']>>, ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  types?: Resolver<Maybe<Array<ResolversTypes['EntityType']>>, ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  extraProperties?: Resolver<Maybe<Array<ResolversTypes['ExtraProperty']>>, ParentType, ContextType>;
  insights?: Resolver<Maybe<Array<ResolversTypes['SearchInsight']>>, ParentType, ContextType>;
  matchedFields?: Resolver<Array<ResolversTypes['MatchedField']>, ParentType, ContextType>;
};

export type SearchResultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResults'] = ResolversParentTypes['SearchResults']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facets?: Resolver<Maybe<Array<ResolversTypes['FacetMetadata']>>, ParentType, ContextType>;
  searchResults?: Resolver<Array<ResolversTypes['SearchResult']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suggestions?: Resolver<Maybe<Array<ResolversTypes['SearchSuggestion']>>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchResultsVisualConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResultsVisualConfig'] = ResolversParentTypes['SearchResultsVisualConfig']> = {
  enableNameHighlight?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type SearchSuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchSuggestion'] = ResolversParentTypes['SearchSuggestion']> = {
  frequency?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SecretResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Secret'] = ResolversParentTypes['Secret']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SecretValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecretValue'] = ResolversParentTypes['SecretValue']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SemanticVersionStructResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SemanticVersionStruct'] = ResolversParentTypes['SemanticVersionStruct']> = {
  semanticVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  semanticVersionTimestamp?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  versionStamp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SiblingPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SiblingProperties'] = ResolversParentTypes['SiblingProperties']> = {
  isPrimary?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  siblings?: Resolver<Maybe<Array<Maybe<ResolversTypes['Entity']>>>, ParentType, ContextType>;
};

export type SourceCodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceCode'] = ResolversParentTypes['SourceCode']> = {
  sourceCode?: Resolver<Maybe<Array<ResolversTypes['SourceCodeUrl']>>, ParentType, ContextType>;
};

export type SourceCodeUrlResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceCodeUrl'] = ResolversParentTypes['SourceCodeUrl']> = {
  sourceCodeUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SourceCodeUrlType'], ParentType, ContextType>;
};

export type SqlAssertionInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SqlAssertionInfo'] = ResolversParentTypes['SqlAssertionInfo']> = {
  changeType?: Resolver<Maybe<ResolversTypes['AssertionValueChangeType']>, ParentType, ContextType>;
  entityUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['AssertionStdOperator'], ParentType, ContextType>;
  parameters?: Resolver<ResolversTypes['AssertionStdParameters'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SqlAssertionType'], ParentType, ContextType>;
};

export type StatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Status'] = ResolversParentTypes['Status']> = {
  removed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type StepStateResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StepStateResult'] = ResolversParentTypes['StepStateResult']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  properties?: Resolver<Array<ResolversTypes['StringMapEntry']>, ParentType, ContextType>;
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
  attribution?: Resolver<Maybe<ResolversTypes['MetadataAttribution']>, ParentType, ContextType>;
  structuredProperty?: Resolver<ResolversTypes['StructuredPropertyEntity'], ParentType, ContextType>;
  valueEntities?: Resolver<Maybe<Array<Maybe<ResolversTypes['Entity']>>>, ParentType, ContextType>;
  values?: Resolver<Array<Maybe<ResolversTypes['PropertyValue']>>, ParentType, ContextType>;
};

export type StructuredPropertyDefinitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StructuredPropertyDefinition'] = ResolversParentTypes['StructuredPropertyDefinition']> = {
  allowedValues?: Resolver<Maybe<Array<ResolversTypes['AllowedValue']>>, ParentType, ContextType>;
  cardinality?: Resolver<Maybe<ResolversTypes['PropertyCardinality']>, ParentType, ContextType>;
  created?: Resolver<Maybe<ResolversTypes['ResolvedAuditStamp']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityTypes?: Resolver<Array<ResolversTypes['EntityTypeEntity']>, ParentType, ContextType>;
  immutable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastModified?: Resolver<Maybe<ResolversTypes['ResolvedAuditStamp']>, ParentType, ContextType>;
  qualifiedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  typeQualifier?: Resolver<Maybe<ResolversTypes['TypeQualifier']>, ParentType, ContextType>;
  valueType?: Resolver<ResolversTypes['DataTypeEntity'], ParentType, ContextType>;
};

export type StructuredPropertyEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StructuredPropertyEntity'] = ResolversParentTypes['StructuredPropertyEntity']> = {
  definition?: Resolver<ResolversTypes['StructuredPropertyDefinition'], ParentType, ContextType>;
  exists?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<StructuredPropertyEntityrelationshipsArgs, 'input'>>;
  settings?: Resolver<Maybe<ResolversTypes['StructuredPropertySettings']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StructuredPropertyParamsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StructuredPropertyParams'] = ResolversParentTypes['StructuredPropertyParams']> = {
  structuredProperty?: Resolver<ResolversTypes['StructuredPropertyEntity'], ParentType, ContextType>;
};

export type StructuredPropertySettingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StructuredPropertySettings'] = ResolversParentTypes['StructuredPropertySettings']> = {
  hideInAssetSummaryWhenEmpty?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isHidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showAsAssetBadge?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showInAssetSummary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showInColumnsTable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showInSearchFilters?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type StructuredReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StructuredReport'] = ResolversParentTypes['StructuredReport']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serializedValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubTypesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubTypes'] = ResolversParentTypes['SubTypes']> = {
  typeNames?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type SummaryElementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SummaryElement'] = ResolversParentTypes['SummaryElement']> = {
  elementType?: Resolver<ResolversTypes['SummaryElementType'], ParentType, ContextType>;
  structuredProperty?: Resolver<Maybe<ResolversTypes['StructuredPropertyEntity']>, ParentType, ContextType>;
};

export type SupportsVersionsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportsVersions'] = ResolversParentTypes['SupportsVersions']> = {
  __resolveType: TypeResolveFn<'Dataset' | 'MLModel', ParentType, ContextType>;
};

export type SystemFreshnessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SystemFreshness'] = ResolversParentTypes['SystemFreshness']> = {
  freshnessMillis?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  systemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TableChartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TableChart'] = ResolversParentTypes['TableChart']> = {
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['Row']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TableSchemaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TableSchema'] = ResolversParentTypes['TableSchema']> = {
  schema?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TagResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Tag'] = ResolversParentTypes['Tag']> = {
  aspects?: Resolver<Maybe<Array<ResolversTypes['RawAspect']>>, ParentType, ContextType, Partial<TagaspectsArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['EditableTagProperties']>, ParentType, ContextType>;
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
  attribution?: Resolver<Maybe<ResolversTypes['MetadataAttribution']>, ParentType, ContextType>;
  context?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tag?: Resolver<ResolversTypes['Tag'], ParentType, ContextType>;
};

export type TagPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TagProperties'] = ResolversParentTypes['TagProperties']> = {
  colorHex?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TelemetryConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TelemetryConfig'] = ResolversParentTypes['TelemetryConfig']> = {
  enableThirdPartyLogging?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type TestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Test'] = ResolversParentTypes['Test']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['TestDefinition'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<TestrelationshipsArgs, 'input'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TestDefinitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TestDefinition'] = ResolversParentTypes['TestDefinition']> = {
  json?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TestResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TestResult'] = ResolversParentTypes['TestResult']> = {
  test?: Resolver<Maybe<ResolversTypes['Test']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TestResultType'], ParentType, ContextType>;
};

export type TestResultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TestResults'] = ResolversParentTypes['TestResults']> = {
  failing?: Resolver<Array<ResolversTypes['TestResult']>, ParentType, ContextType>;
  passing?: Resolver<Array<ResolversTypes['TestResult']>, ParentType, ContextType>;
};

export type TestsConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TestsConfig'] = ResolversParentTypes['TestsConfig']> = {
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TextCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TextCell'] = ResolversParentTypes['TextCell']> = {
  cellId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cellTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changeAuditStamps?: Resolver<Maybe<ResolversTypes['ChangeAuditStamps']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ThemeConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThemeConfig'] = ResolversParentTypes['ThemeConfig']> = {
  themeId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TimeSeriesAspectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeSeriesAspect'] = ResolversParentTypes['TimeSeriesAspect']> = {
  __resolveType: TypeResolveFn<'AssertionRunEvent' | 'DashboardUsageMetrics' | 'DataProcessRunEvent' | 'DatasetProfile' | 'Operation', ParentType, ContextType>;
};

export type TimeSeriesChartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeSeriesChart'] = ResolversParentTypes['TimeSeriesChart']> = {
  dateRange?: Resolver<ResolversTypes['DateRange'], ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['DateInterval'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['NamedLine']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TimeWindowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeWindow'] = ResolversParentTypes['TimeWindow']> = {
  durationMillis?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  startTimeMillis?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
};

export type TimelineParameterEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineParameterEntry'] = ResolversParentTypes['TimelineParameterEntry']> = {
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TimeseriesCapabilitiesResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeseriesCapabilitiesResult'] = ResolversParentTypes['TimeseriesCapabilitiesResult']> = {
  assetStats?: Resolver<Maybe<ResolversTypes['AssetStatsResult']>, ParentType, ContextType>;
};

export type TypeQualifierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TypeQualifier'] = ResolversParentTypes['TypeQualifier']> = {
  allowedTypes?: Resolver<Maybe<Array<ResolversTypes['EntityTypeEntity']>>, ParentType, ContextType>;
};

export type UpdateStepStateResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateStepStateResult'] = ResolversParentTypes['UpdateStepStateResult']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UpstreamEntityRelationshipsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpstreamEntityRelationships'] = ResolversParentTypes['UpstreamEntityRelationships']> = {
  entities?: Resolver<Maybe<Array<Maybe<ResolversTypes['EntityRelationshipLegacy']>>>, ParentType, ContextType>;
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
  versionsSearch?: Resolver<Maybe<ResolversTypes['SearchResults']>, ParentType, ContextType, RequireFields<VersionSetversionsSearchArgs, 'input'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VersionTagResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VersionTag'] = ResolversParentTypes['VersionTag']> = {
  versionTag?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type VersionedDatasetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VersionedDataset'] = ResolversParentTypes['VersionedDataset']> = {
  application?: Resolver<Maybe<ResolversTypes['ApplicationAssociation']>, ParentType, ContextType>;
  applications?: Resolver<Maybe<Array<ResolversTypes['ApplicationAssociation']>>, ParentType, ContextType>;
  container?: Resolver<Maybe<ResolversTypes['Container']>, ParentType, ContextType>;
  deprecation?: Resolver<Maybe<ResolversTypes['Deprecation']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['DomainAssociation']>, ParentType, ContextType>;
  editableProperties?: Resolver<Maybe<ResolversTypes['DatasetEditableProperties']>, ParentType, ContextType>;
  editableSchemaMetadata?: Resolver<Maybe<ResolversTypes['EditableSchemaMetadata']>, ParentType, ContextType>;
  glossaryTerms?: Resolver<Maybe<ResolversTypes['GlossaryTerms']>, ParentType, ContextType>;
  health?: Resolver<Maybe<Array<ResolversTypes['Health']>>, ParentType, ContextType>;
  institutionalMemory?: Resolver<Maybe<ResolversTypes['InstitutionalMemory']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['FabricType'], ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['Ownership']>, ParentType, ContextType>;
  parentContainers?: Resolver<Maybe<ResolversTypes['ParentContainersResult']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DataPlatform'], ParentType, ContextType>;
  properties?: Resolver<Maybe<ResolversTypes['DatasetProperties']>, ParentType, ContextType>;
  relationships?: Resolver<Maybe<ResolversTypes['EntityRelationshipsResult']>, ParentType, ContextType, RequireFields<VersionedDatasetrelationshipsArgs, 'input'>>;
  schema?: Resolver<Maybe<ResolversTypes['Schema']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  subTypes?: Resolver<Maybe<ResolversTypes['SubTypes']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<ResolversTypes['GlobalTags']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewProperties?: Resolver<Maybe<ResolversTypes['ViewProperties']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ViewPropertiesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ViewProperties'] = ResolversParentTypes['ViewProperties']> = {
  formattedLogic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  materialized?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ViewsConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ViewsConfig'] = ResolversParentTypes['ViewsConfig']> = {
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type VisualConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VisualConfig'] = ResolversParentTypes['VisualConfig']> = {
  appTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  application?: Resolver<Maybe<ResolversTypes['ApplicationConfig']>, ParentType, ContextType>;
  entityProfiles?: Resolver<Maybe<ResolversTypes['EntityProfilesConfig']>, ParentType, ContextType>;
  faviconUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hideGlossary?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  logoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  queriesTab?: Resolver<Maybe<ResolversTypes['QueriesTabConfig']>, ParentType, ContextType>;
  searchResult?: Resolver<Maybe<ResolversTypes['SearchResultsVisualConfig']>, ParentType, ContextType>;
  showFullTitleInLineage?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['ThemeConfig']>, ParentType, ContextType>;
};

export type VolumeAssertionInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VolumeAssertionInfo'] = ResolversParentTypes['VolumeAssertionInfo']> = {
  entityUrn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filter?: Resolver<Maybe<ResolversTypes['DatasetFilter']>, ParentType, ContextType>;
  incrementingSegmentRowCountChange?: Resolver<Maybe<ResolversTypes['IncrementingSegmentRowCountChange']>, ParentType, ContextType>;
  incrementingSegmentRowCountTotal?: Resolver<Maybe<ResolversTypes['IncrementingSegmentRowCountTotal']>, ParentType, ContextType>;
  rowCountChange?: Resolver<Maybe<ResolversTypes['RowCountChange']>, ParentType, ContextType>;
  rowCountTotal?: Resolver<Maybe<ResolversTypes['RowCountTotal']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['VolumeAssertionType'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Access?: AccessResolvers<ContextType>;
  AccessToken?: AccessTokenResolvers<ContextType>;
  AccessTokenMetadata?: AccessTokenMetadataResolvers<ContextType>;
  ActiveIncidentHealthDetails?: ActiveIncidentHealthDetailsResolvers<ContextType>;
  Actor?: ActorResolvers<ContextType>;
  ActorFilter?: ActorFilterResolvers<ContextType>;
  AggregateResults?: AggregateResultsResolvers<ContextType>;
  AggregationMetadata?: AggregationMetadataResolvers<ContextType>;
  AllowedValue?: AllowedValueResolvers<ContextType>;
  AnalyticsChart?: AnalyticsChartResolvers<ContextType>;
  AnalyticsChartGroup?: AnalyticsChartGroupResolvers<ContextType>;
  AnalyticsConfig?: AnalyticsConfigResolvers<ContextType>;
  AppConfig?: AppConfigResolvers<ContextType>;
  Application?: ApplicationResolvers<ContextType>;
  ApplicationAssociation?: ApplicationAssociationResolvers<ContextType>;
  ApplicationConfig?: ApplicationConfigResolvers<ContextType>;
  ApplicationProperties?: ApplicationPropertiesResolvers<ContextType>;
  Aspect?: AspectResolvers<ContextType>;
  AspectRenderSpec?: AspectRenderSpecResolvers<ContextType>;
  Assertion?: AssertionResolvers<ContextType>;
  AssertionAction?: AssertionActionResolvers<ContextType>;
  AssertionActions?: AssertionActionsResolvers<ContextType>;
  AssertionHealthStatusByType?: AssertionHealthStatusByTypeResolvers<ContextType>;
  AssertionInfo?: AssertionInfoResolvers<ContextType>;
  AssertionResult?: AssertionResultResolvers<ContextType>;
  AssertionResultError?: AssertionResultErrorResolvers<ContextType>;
  AssertionRunEvent?: AssertionRunEventResolvers<ContextType>;
  AssertionRunEventsResult?: AssertionRunEventsResultResolvers<ContextType>;
  AssertionSource?: AssertionSourceResolvers<ContextType>;
  AssertionStdParameter?: AssertionStdParameterResolvers<ContextType>;
  AssertionStdParameters?: AssertionStdParametersResolvers<ContextType>;
  AssetCollectionModuleParams?: AssetCollectionModuleParamsResolvers<ContextType>;
  AssetSettings?: AssetSettingsResolvers<ContextType>;
  AssetStatsResult?: AssetStatsResultResolvers<ContextType>;
  AssetSummarySettings?: AssetSummarySettingsResolvers<ContextType>;
  AssetSummarySettingsTemplate?: AssetSummarySettingsTemplateResolvers<ContextType>;
  AuditStamp?: AuditStampResolvers<ContextType>;
  AuthConfig?: AuthConfigResolvers<ContextType>;
  AuthenticatedUser?: AuthenticatedUserResolvers<ContextType>;
  AutoCompleteMultipleResults?: AutoCompleteMultipleResultsResolvers<ContextType>;
  AutoCompleteResultForEntity?: AutoCompleteResultForEntityResolvers<ContextType>;
  AutoCompleteResults?: AutoCompleteResultsResolvers<ContextType>;
  BarChart?: BarChartResolvers<ContextType>;
  BarSegment?: BarSegmentResolvers<ContextType>;
  BaseData?: BaseDataResolvers<ContextType>;
  BatchGetStepStatesResult?: BatchGetStepStatesResultResolvers<ContextType>;
  BatchSpec?: BatchSpecResolvers<ContextType>;
  BatchUpdateStepStatesResult?: BatchUpdateStepStatesResultResolvers<ContextType>;
  BooleanBox?: BooleanBoxResolvers<ContextType>;
  BrowsableEntity?: BrowsableEntityResolvers<ContextType>;
  BrowsePath?: BrowsePathResolvers<ContextType>;
  BrowsePathEntry?: BrowsePathEntryResolvers<ContextType>;
  BrowsePathV2?: BrowsePathV2Resolvers<ContextType>;
  BrowseResultGroup?: BrowseResultGroupResolvers<ContextType>;
  BrowseResultGroupV2?: BrowseResultGroupV2Resolvers<ContextType>;
  BrowseResultMetadata?: BrowseResultMetadataResolvers<ContextType>;
  BrowseResults?: BrowseResultsResolvers<ContextType>;
  BrowseResultsV2?: BrowseResultsV2Resolvers<ContextType>;
  BucketStorageLocation?: BucketStorageLocationResolvers<ContextType>;
  BusinessAttribute?: BusinessAttributeResolvers<ContextType>;
  BusinessAttributeAssociation?: BusinessAttributeAssociationResolvers<ContextType>;
  BusinessAttributeInfo?: BusinessAttributeInfoResolvers<ContextType>;
  BusinessAttributes?: BusinessAttributesResolvers<ContextType>;
  CaveatDetails?: CaveatDetailsResolvers<ContextType>;
  CaveatsAndRecommendations?: CaveatsAndRecommendationsResolvers<ContextType>;
  Cell?: CellResolvers<ContextType>;
  ChangeAuditStamps?: ChangeAuditStampsResolvers<ContextType>;
  ChangeEvent?: ChangeEventResolvers<ContextType>;
  ChangeTransaction?: ChangeTransactionResolvers<ContextType>;
  Chart?: ChartResolvers<ContextType>;
  ChartCell?: ChartCellResolvers<ContextType>;
  ChartEditableProperties?: ChartEditablePropertiesResolvers<ContextType>;
  ChartInfo?: ChartInfoResolvers<ContextType>;
  ChartProperties?: ChartPropertiesResolvers<ContextType>;
  ChartQuery?: ChartQueryResolvers<ContextType>;
  ChartStatsSummary?: ChartStatsSummaryResolvers<ContextType>;
  ChromeExtensionConfig?: ChromeExtensionConfigResolvers<ContextType>;
  Container?: ContainerResolvers<ContextType>;
  ContainerEditableProperties?: ContainerEditablePropertiesResolvers<ContextType>;
  ContainerProperties?: ContainerPropertiesResolvers<ContextType>;
  ContentParams?: ContentParamsResolvers<ContextType>;
  CorpGroup?: CorpGroupResolvers<ContextType>;
  CorpGroupEditableProperties?: CorpGroupEditablePropertiesResolvers<ContextType>;
  CorpGroupInfo?: CorpGroupInfoResolvers<ContextType>;
  CorpGroupProperties?: CorpGroupPropertiesResolvers<ContextType>;
  CorpUser?: CorpUserResolvers<ContextType>;
  CorpUserAppearanceSettings?: CorpUserAppearanceSettingsResolvers<ContextType>;
  CorpUserEditableInfo?: CorpUserEditableInfoResolvers<ContextType>;
  CorpUserEditableProperties?: CorpUserEditablePropertiesResolvers<ContextType>;
  CorpUserHomePageSettings?: CorpUserHomePageSettingsResolvers<ContextType>;
  CorpUserInfo?: CorpUserInfoResolvers<ContextType>;
  CorpUserProperties?: CorpUserPropertiesResolvers<ContextType>;
  CorpUserSettings?: CorpUserSettingsResolvers<ContextType>;
  CorpUserViewsSettings?: CorpUserViewsSettingsResolvers<ContextType>;
  Cost?: CostResolvers<ContextType>;
  CostValue?: CostValueResolvers<ContextType>;
  CreateDataHubFileResponse?: CreateDataHubFileResponseResolvers<ContextType>;
  CronSchedule?: CronScheduleResolvers<ContextType>;
  CustomAssertionInfo?: CustomAssertionInfoResolvers<ContextType>;
  CustomPropertiesEntry?: CustomPropertiesEntryResolvers<ContextType>;
  Dashboard?: DashboardResolvers<ContextType>;
  DashboardEditableProperties?: DashboardEditablePropertiesResolvers<ContextType>;
  DashboardInfo?: DashboardInfoResolvers<ContextType>;
  DashboardProperties?: DashboardPropertiesResolvers<ContextType>;
  DashboardStatsSummary?: DashboardStatsSummaryResolvers<ContextType>;
  DashboardUsageAggregation?: DashboardUsageAggregationResolvers<ContextType>;
  DashboardUsageAggregationMetrics?: DashboardUsageAggregationMetricsResolvers<ContextType>;
  DashboardUsageMetrics?: DashboardUsageMetricsResolvers<ContextType>;
  DashboardUsageQueryResult?: DashboardUsageQueryResultResolvers<ContextType>;
  DashboardUsageQueryResultAggregations?: DashboardUsageQueryResultAggregationsResolvers<ContextType>;
  DashboardUserUsageCounts?: DashboardUserUsageCountsResolvers<ContextType>;
  DataContract?: DataContractResolvers<ContextType>;
  DataContractProperties?: DataContractPropertiesResolvers<ContextType>;
  DataContractStatus?: DataContractStatusResolvers<ContextType>;
  DataFlow?: DataFlowResolvers<ContextType>;
  DataFlowDataJobsRelationships?: DataFlowDataJobsRelationshipsResolvers<ContextType>;
  DataFlowEditableProperties?: DataFlowEditablePropertiesResolvers<ContextType>;
  DataFlowInfo?: DataFlowInfoResolvers<ContextType>;
  DataFlowProperties?: DataFlowPropertiesResolvers<ContextType>;
  DataHubConnection?: DataHubConnectionResolvers<ContextType>;
  DataHubConnectionDetails?: DataHubConnectionDetailsResolvers<ContextType>;
  DataHubFile?: DataHubFileResolvers<ContextType>;
  DataHubFileInfo?: DataHubFileInfoResolvers<ContextType>;
  DataHubJsonConnection?: DataHubJsonConnectionResolvers<ContextType>;
  DataHubPageModule?: DataHubPageModuleResolvers<ContextType>;
  DataHubPageModuleParams?: DataHubPageModuleParamsResolvers<ContextType>;
  DataHubPageModuleProperties?: DataHubPageModulePropertiesResolvers<ContextType>;
  DataHubPageModuleVisibility?: DataHubPageModuleVisibilityResolvers<ContextType>;
  DataHubPageTemplate?: DataHubPageTemplateResolvers<ContextType>;
  DataHubPageTemplateAssetSummary?: DataHubPageTemplateAssetSummaryResolvers<ContextType>;
  DataHubPageTemplateProperties?: DataHubPageTemplatePropertiesResolvers<ContextType>;
  DataHubPageTemplateRow?: DataHubPageTemplateRowResolvers<ContextType>;
  DataHubPageTemplateSurface?: DataHubPageTemplateSurfaceResolvers<ContextType>;
  DataHubPageTemplateVisibility?: DataHubPageTemplateVisibilityResolvers<ContextType>;
  DataHubPersona?: DataHubPersonaResolvers<ContextType>;
  DataHubPolicy?: DataHubPolicyResolvers<ContextType>;
  DataHubRole?: DataHubRoleResolvers<ContextType>;
  DataHubView?: DataHubViewResolvers<ContextType>;
  DataHubViewDefinition?: DataHubViewDefinitionResolvers<ContextType>;
  DataHubViewFilter?: DataHubViewFilterResolvers<ContextType>;
  DataJob?: DataJobResolvers<ContextType>;
  DataJobEditableProperties?: DataJobEditablePropertiesResolvers<ContextType>;
  DataJobInfo?: DataJobInfoResolvers<ContextType>;
  DataJobInputOutput?: DataJobInputOutputResolvers<ContextType>;
  DataJobProperties?: DataJobPropertiesResolvers<ContextType>;
  DataPlatform?: DataPlatformResolvers<ContextType>;
  DataPlatformInfo?: DataPlatformInfoResolvers<ContextType>;
  DataPlatformInstance?: DataPlatformInstanceResolvers<ContextType>;
  DataPlatformInstanceProperties?: DataPlatformInstancePropertiesResolvers<ContextType>;
  DataPlatformProperties?: DataPlatformPropertiesResolvers<ContextType>;
  DataProcessInstance?: DataProcessInstanceResolvers<ContextType>;
  DataProcessInstanceProperties?: DataProcessInstancePropertiesResolvers<ContextType>;
  DataProcessInstanceResult?: DataProcessInstanceResultResolvers<ContextType>;
  DataProcessInstanceRunResult?: DataProcessInstanceRunResultResolvers<ContextType>;
  DataProcessRunEvent?: DataProcessRunEventResolvers<ContextType>;
  DataProduct?: DataProductResolvers<ContextType>;
  DataProductProperties?: DataProductPropertiesResolvers<ContextType>;
  DataQualityContract?: DataQualityContractResolvers<ContextType>;
  DataTransform?: DataTransformResolvers<ContextType>;
  DataTransformLogic?: DataTransformLogicResolvers<ContextType>;
  DataTypeEntity?: DataTypeEntityResolvers<ContextType>;
  DataTypeInfo?: DataTypeInfoResolvers<ContextType>;
  Dataset?: DatasetResolvers<ContextType>;
  DatasetAssertionInfo?: DatasetAssertionInfoResolvers<ContextType>;
  DatasetDeprecation?: DatasetDeprecationResolvers<ContextType>;
  DatasetEditableProperties?: DatasetEditablePropertiesResolvers<ContextType>;
  DatasetFieldProfile?: DatasetFieldProfileResolvers<ContextType>;
  DatasetFilter?: DatasetFilterResolvers<ContextType>;
  DatasetProfile?: DatasetProfileResolvers<ContextType>;
  DatasetProperties?: DatasetPropertiesResolvers<ContextType>;
  DatasetStatsSummary?: DatasetStatsSummaryResolvers<ContextType>;
  DateRange?: DateRangeResolvers<ContextType>;
  DebugAccessResult?: DebugAccessResultResolvers<ContextType>;
  Deprecation?: DeprecationResolvers<ContextType>;
  DisplayProperties?: DisplayPropertiesResolvers<ContextType>;
  DocPropagationSettings?: DocPropagationSettingsResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentChange?: DocumentChangeResolvers<ContextType>;
  DocumentContent?: DocumentContentResolvers<ContextType>;
  DocumentInfo?: DocumentInfoResolvers<ContextType>;
  DocumentParentDocument?: DocumentParentDocumentResolvers<ContextType>;
  DocumentRelatedAsset?: DocumentRelatedAssetResolvers<ContextType>;
  DocumentRelatedDocument?: DocumentRelatedDocumentResolvers<ContextType>;
  DocumentSettings?: DocumentSettingsResolvers<ContextType>;
  DocumentSource?: DocumentSourceResolvers<ContextType>;
  DocumentStatus?: DocumentStatusResolvers<ContextType>;
  Documentation?: DocumentationResolvers<ContextType>;
  DocumentationAssociation?: DocumentationAssociationResolvers<ContextType>;
  Domain?: DomainResolvers<ContextType>;
  DomainAssociation?: DomainAssociationResolvers<ContextType>;
  DomainProperties?: DomainPropertiesResolvers<ContextType>;
  DownstreamEntityRelationships?: DownstreamEntityRelationshipsResolvers<ContextType>;
  ERModelRelationship?: ERModelRelationshipResolvers<ContextType>;
  ERModelRelationshipEditableProperties?: ERModelRelationshipEditablePropertiesResolvers<ContextType>;
  ERModelRelationshipProperties?: ERModelRelationshipPropertiesResolvers<ContextType>;
  EditableSchemaFieldInfo?: EditableSchemaFieldInfoResolvers<ContextType>;
  EditableSchemaMetadata?: EditableSchemaMetadataResolvers<ContextType>;
  EditableTagProperties?: EditableTagPropertiesResolvers<ContextType>;
  Embed?: EmbedResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityAssertionsResult?: EntityAssertionsResultResolvers<ContextType>;
  EntityCountResult?: EntityCountResultResolvers<ContextType>;
  EntityCountResults?: EntityCountResultsResolvers<ContextType>;
  EntityIncidentsResult?: EntityIncidentsResultResolvers<ContextType>;
  EntityLineageResult?: EntityLineageResultResolvers<ContextType>;
  EntityPath?: EntityPathResolvers<ContextType>;
  EntityPrivileges?: EntityPrivilegesResolvers<ContextType>;
  EntityProfileConfig?: EntityProfileConfigResolvers<ContextType>;
  EntityProfileParams?: EntityProfileParamsResolvers<ContextType>;
  EntityProfilesConfig?: EntityProfilesConfigResolvers<ContextType>;
  EntityRelationship?: EntityRelationshipResolvers<ContextType>;
  EntityRelationshipLegacy?: EntityRelationshipLegacyResolvers<ContextType>;
  EntityRelationshipsResult?: EntityRelationshipsResultResolvers<ContextType>;
  EntityTypeEntity?: EntityTypeEntityResolvers<ContextType>;
  EntityTypeInfo?: EntityTypeInfoResolvers<ContextType>;
  EntityWithRelationships?: EntityWithRelationshipsResolvers<ContextType>;
  EthicalConsiderations?: EthicalConsiderationsResolvers<ContextType>;
  ExecutionRequest?: ExecutionRequestResolvers<ContextType>;
  ExecutionRequestInput?: ExecutionRequestInputResolvers<ContextType>;
  ExecutionRequestResult?: ExecutionRequestResultResolvers<ContextType>;
  ExecutionRequestSource?: ExecutionRequestSourceResolvers<ContextType>;
  ExtraProperty?: ExtraPropertyResolvers<ContextType>;
  FacetFilter?: FacetFilterResolvers<ContextType>;
  FacetMetadata?: FacetMetadataResolvers<ContextType>;
  FeatureFlagsConfig?: FeatureFlagsConfigResolvers<ContextType>;
  FieldAssertionInfo?: FieldAssertionInfoResolvers<ContextType>;
  FieldFormPromptAssociation?: FieldFormPromptAssociationResolvers<ContextType>;
  FieldMetricAssertion?: FieldMetricAssertionResolvers<ContextType>;
  FieldTransform?: FieldTransformResolvers<ContextType>;
  FieldUsageCounts?: FieldUsageCountsResolvers<ContextType>;
  FieldValuesAssertion?: FieldValuesAssertionResolvers<ContextType>;
  FieldValuesFailThreshold?: FieldValuesFailThresholdResolvers<ContextType>;
  FineGrainedLineage?: FineGrainedLineageResolvers<ContextType>;
  FixedIntervalSchedule?: FixedIntervalScheduleResolvers<ContextType>;
  FloatBox?: FloatBoxResolvers<ContextType>;
  ForeignKeyConstraint?: ForeignKeyConstraintResolvers<ContextType>;
  Form?: FormResolvers<ContextType>;
  FormActorAssignment?: FormActorAssignmentResolvers<ContextType>;
  FormAssociation?: FormAssociationResolvers<ContextType>;
  FormInfo?: FormInfoResolvers<ContextType>;
  FormPrompt?: FormPromptResolvers<ContextType>;
  FormPromptAssociation?: FormPromptAssociationResolvers<ContextType>;
  FormPromptFieldAssociations?: FormPromptFieldAssociationsResolvers<ContextType>;
  FormVerificationAssociation?: FormVerificationAssociationResolvers<ContextType>;
  Forms?: FormsResolvers<ContextType>;
  FreshnessAssertionInfo?: FreshnessAssertionInfoResolvers<ContextType>;
  FreshnessAssertionSchedule?: FreshnessAssertionScheduleResolvers<ContextType>;
  FreshnessContract?: FreshnessContractResolvers<ContextType>;
  FreshnessCronSchedule?: FreshnessCronScheduleResolvers<ContextType>;
  FreshnessStats?: FreshnessStatsResolvers<ContextType>;
  GetPresignedUploadUrlResponse?: GetPresignedUploadUrlResponseResolvers<ContextType>;
  GetQuickFiltersResult?: GetQuickFiltersResultResolvers<ContextType>;
  GetRootGlossaryNodesResult?: GetRootGlossaryNodesResultResolvers<ContextType>;
  GetRootGlossaryTermsResult?: GetRootGlossaryTermsResultResolvers<ContextType>;
  GetSchemaBlameResult?: GetSchemaBlameResultResolvers<ContextType>;
  GetSchemaVersionListResult?: GetSchemaVersionListResultResolvers<ContextType>;
  GetTimelineResult?: GetTimelineResultResolvers<ContextType>;
  GlobalHomePageSettings?: GlobalHomePageSettingsResolvers<ContextType>;
  GlobalTags?: GlobalTagsResolvers<ContextType>;
  GlobalViewsSettings?: GlobalViewsSettingsResolvers<ContextType>;
  GlossaryNode?: GlossaryNodeResolvers<ContextType>;
  GlossaryNodeChildrenCount?: GlossaryNodeChildrenCountResolvers<ContextType>;
  GlossaryNodeProperties?: GlossaryNodePropertiesResolvers<ContextType>;
  GlossaryTerm?: GlossaryTermResolvers<ContextType>;
  GlossaryTermAssociation?: GlossaryTermAssociationResolvers<ContextType>;
  GlossaryTermInfo?: GlossaryTermInfoResolvers<ContextType>;
  GlossaryTermProperties?: GlossaryTermPropertiesResolvers<ContextType>;
  GlossaryTerms?: GlossaryTermsResolvers<ContextType>;
  HasLogicalParent?: HasLogicalParentResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  HierarchyViewModuleParams?: HierarchyViewModuleParamsResolvers<ContextType>;
  Highlight?: HighlightResolvers<ContextType>;
  HomePageConfig?: HomePageConfigResolvers<ContextType>;
  HyperParameterMap?: HyperParameterMapResolvers<ContextType>;
  HyperParameterValueType?: HyperParameterValueTypeResolvers<ContextType>;
  IconProperties?: IconPropertiesResolvers<ContextType>;
  IdentityManagementConfig?: IdentityManagementConfigResolvers<ContextType>;
  Incident?: IncidentResolvers<ContextType>;
  IncidentSource?: IncidentSourceResolvers<ContextType>;
  IncidentStatus?: IncidentStatusResolvers<ContextType>;
  IncrementingSegmentFieldTransformer?: IncrementingSegmentFieldTransformerResolvers<ContextType>;
  IncrementingSegmentRowCountChange?: IncrementingSegmentRowCountChangeResolvers<ContextType>;
  IncrementingSegmentRowCountTotal?: IncrementingSegmentRowCountTotalResolvers<ContextType>;
  IncrementingSegmentSpec?: IncrementingSegmentSpecResolvers<ContextType>;
  IngestionConfig?: IngestionConfigResolvers<ContextType>;
  IngestionRun?: IngestionRunResolvers<ContextType>;
  IngestionSchedule?: IngestionScheduleResolvers<ContextType>;
  IngestionSource?: IngestionSourceResolvers<ContextType>;
  IngestionSourceExecutionRequests?: IngestionSourceExecutionRequestsResolvers<ContextType>;
  IngestionSourceSource?: IngestionSourceSourceResolvers<ContextType>;
  InputField?: InputFieldResolvers<ContextType>;
  InputFields?: InputFieldsResolvers<ContextType>;
  InstitutionalMemory?: InstitutionalMemoryResolvers<ContextType>;
  InstitutionalMemoryMetadata?: InstitutionalMemoryMetadataResolvers<ContextType>;
  InstitutionalMemoryMetadataSettings?: InstitutionalMemoryMetadataSettingsResolvers<ContextType>;
  IntBox?: IntBoxResolvers<ContextType>;
  IntMapEntry?: IntMapEntryResolvers<ContextType>;
  IntendedUse?: IntendedUseResolvers<ContextType>;
  InviteToken?: InviteTokenResolvers<ContextType>;
  KeyValueSchema?: KeyValueSchemaResolvers<ContextType>;
  LineageConfig?: LineageConfigResolvers<ContextType>;
  LineageRelationship?: LineageRelationshipResolvers<ContextType>;
  LinkModuleParams?: LinkModuleParamsResolvers<ContextType>;
  LinkParams?: LinkParamsResolvers<ContextType>;
  ListAccessTokenResult?: ListAccessTokenResultResolvers<ContextType>;
  ListBusinessAttributesResult?: ListBusinessAttributesResultResolvers<ContextType>;
  ListDomainsResult?: ListDomainsResultResolvers<ContextType>;
  ListGroupsResult?: ListGroupsResultResolvers<ContextType>;
  ListIngestionSourcesResult?: ListIngestionSourcesResultResolvers<ContextType>;
  ListOwnershipTypesResult?: ListOwnershipTypesResultResolvers<ContextType>;
  ListPoliciesResult?: ListPoliciesResultResolvers<ContextType>;
  ListPostsResult?: ListPostsResultResolvers<ContextType>;
  ListQueriesResult?: ListQueriesResultResolvers<ContextType>;
  ListRecommendationsResult?: ListRecommendationsResultResolvers<ContextType>;
  ListRolesResult?: ListRolesResultResolvers<ContextType>;
  ListSecretsResult?: ListSecretsResultResolvers<ContextType>;
  ListTestsResult?: ListTestsResultResolvers<ContextType>;
  ListUsersResult?: ListUsersResultResolvers<ContextType>;
  ListViewsResult?: ListViewsResultResolvers<ContextType>;
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
  MLModelFactorPrompts?: MLModelFactorPromptsResolvers<ContextType>;
  MLModelFactors?: MLModelFactorsResolvers<ContextType>;
  MLModelGroup?: MLModelGroupResolvers<ContextType>;
  MLModelGroupEditableProperties?: MLModelGroupEditablePropertiesResolvers<ContextType>;
  MLModelGroupProperties?: MLModelGroupPropertiesResolvers<ContextType>;
  MLModelLineageInfo?: MLModelLineageInfoResolvers<ContextType>;
  MLModelProperties?: MLModelPropertiesResolvers<ContextType>;
  MLPrimaryKey?: MLPrimaryKeyResolvers<ContextType>;
  MLPrimaryKeyEditableProperties?: MLPrimaryKeyEditablePropertiesResolvers<ContextType>;
  MLPrimaryKeyProperties?: MLPrimaryKeyPropertiesResolvers<ContextType>;
  MLTrainingRunProperties?: MLTrainingRunPropertiesResolvers<ContextType>;
  ManagedIngestionConfig?: ManagedIngestionConfigResolvers<ContextType>;
  MatchedField?: MatchedFieldResolvers<ContextType>;
  Media?: MediaResolvers<ContextType>;
  MetadataAttribution?: MetadataAttributionResolvers<ContextType>;
  Metrics?: MetricsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NamedBar?: NamedBarResolvers<ContextType>;
  NamedLine?: NamedLineResolvers<ContextType>;
  Notebook?: NotebookResolvers<ContextType>;
  NotebookCell?: NotebookCellResolvers<ContextType>;
  NotebookContent?: NotebookContentResolvers<ContextType>;
  NotebookEditableProperties?: NotebookEditablePropertiesResolvers<ContextType>;
  NotebookInfo?: NotebookInfoResolvers<ContextType>;
  NumberValue?: NumberValueResolvers<ContextType>;
  NumericDataPoint?: NumericDataPointResolvers<ContextType>;
  Operation?: OperationResolvers<ContextType>;
  OperationsAggregation?: OperationsAggregationResolvers<ContextType>;
  OperationsAggregationsResult?: OperationsAggregationsResultResolvers<ContextType>;
  OperationsQueryResult?: OperationsQueryResultResolvers<ContextType>;
  Origin?: OriginResolvers<ContextType>;
  OrreryAspectChange?: OrreryAspectChangeResolvers<ContextType>;
  OrreryEntityChange?: OrreryEntityChangeResolvers<ContextType>;
  OrreryEntityHistory?: OrreryEntityHistoryResolvers<ContextType>;
  OrreryFeatureSourceColumn?: OrreryFeatureSourceColumnResolvers<ContextType>;
  OrreryFieldChange?: OrreryFieldChangeResolvers<ContextType>;
  OrreryInfo?: OrreryInfoResolvers<ContextType>;
  OrreryLineageGraph?: OrreryLineageGraphResolvers<ContextType>;
  OrreryLineageGraphEdge?: OrreryLineageGraphEdgeResolvers<ContextType>;
  OrreryLineageGraphNode?: OrreryLineageGraphNodeResolvers<ContextType>;
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
  OwnershipTypeEntity?: OwnershipTypeEntityResolvers<ContextType>;
  OwnershipTypeInfo?: OwnershipTypeInfoResolvers<ContextType>;
  ParentContainersResult?: ParentContainersResultResolvers<ContextType>;
  ParentDocumentsResult?: ParentDocumentsResultResolvers<ContextType>;
  ParentDomainsResult?: ParentDomainsResultResolvers<ContextType>;
  ParentNodesResult?: ParentNodesResultResolvers<ContextType>;
  PartitionSpec?: PartitionSpecResolvers<ContextType>;
  PatchEntityResult?: PatchEntityResultResolvers<ContextType>;
  PlatformPrivileges?: PlatformPrivilegesResolvers<ContextType>;
  PlatformSchema?: PlatformSchemaResolvers<ContextType>;
  PoliciesConfig?: PoliciesConfigResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  PolicyEvaluationDetail?: PolicyEvaluationDetailResolvers<ContextType>;
  PolicyMatchCriterion?: PolicyMatchCriterionResolvers<ContextType>;
  PolicyMatchCriterionValue?: PolicyMatchCriterionValueResolvers<ContextType>;
  PolicyMatchFilter?: PolicyMatchFilterResolvers<ContextType>;
  Post?: PostResolvers<ContextType>;
  PostContent?: PostContentResolvers<ContextType>;
  Privilege?: PrivilegeResolvers<ContextType>;
  Privileges?: PrivilegesResolvers<ContextType>;
  ProductUpdate?: ProductUpdateResolvers<ContextType>;
  PropertyValue?: PropertyValueResolvers<ContextType>;
  Quantile?: QuantileResolvers<ContextType>;
  QuantitativeAnalyses?: QuantitativeAnalysesResolvers<ContextType>;
  QueriesTabConfig?: QueriesTabConfigResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QueryCell?: QueryCellResolvers<ContextType>;
  QueryEntity?: QueryEntityResolvers<ContextType>;
  QueryProperties?: QueryPropertiesResolvers<ContextType>;
  QueryStatement?: QueryStatementResolvers<ContextType>;
  QuerySubject?: QuerySubjectResolvers<ContextType>;
  QuickFilter?: QuickFilterResolvers<ContextType>;
  RawAspect?: RawAspectResolvers<ContextType>;
  RecommendationContent?: RecommendationContentResolvers<ContextType>;
  RecommendationModule?: RecommendationModuleResolvers<ContextType>;
  RecommendationParams?: RecommendationParamsResolvers<ContextType>;
  RelatedDocumentsResult?: RelatedDocumentsResultResolvers<ContextType>;
  RelationshipFieldMapping?: RelationshipFieldMappingResolvers<ContextType>;
  ResetToken?: ResetTokenResolvers<ContextType>;
  ResolvedActor?: ResolvedActorResolvers<ContextType>;
  ResolvedAuditStamp?: ResolvedAuditStampResolvers<ContextType>;
  ResourceFilter?: ResourceFilterResolvers<ContextType>;
  ResourcePrivileges?: ResourcePrivilegesResolvers<ContextType>;
  Restricted?: RestrictedResolvers<ContextType>;
  ResultsType?: ResultsTypeResolvers<ContextType>;
  RichTextModuleParams?: RichTextModuleParamsResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  RoleAssociation?: RoleAssociationResolvers<ContextType>;
  RoleGroup?: RoleGroupResolvers<ContextType>;
  RoleProperties?: RolePropertiesResolvers<ContextType>;
  RoleUser?: RoleUserResolvers<ContextType>;
  Row?: RowResolvers<ContextType>;
  RowCountChange?: RowCountChangeResolvers<ContextType>;
  RowCountTotal?: RowCountTotalResolvers<ContextType>;
  Schema?: SchemaResolvers<ContextType>;
  SchemaAssertionField?: SchemaAssertionFieldResolvers<ContextType>;
  SchemaAssertionInfo?: SchemaAssertionInfoResolvers<ContextType>;
  SchemaContract?: SchemaContractResolvers<ContextType>;
  SchemaField?: SchemaFieldResolvers<ContextType>;
  SchemaFieldBlame?: SchemaFieldBlameResolvers<ContextType>;
  SchemaFieldChange?: SchemaFieldChangeResolvers<ContextType>;
  SchemaFieldEntity?: SchemaFieldEntityResolvers<ContextType>;
  SchemaFieldRef?: SchemaFieldRefResolvers<ContextType>;
  SchemaFieldSpec?: SchemaFieldSpecResolvers<ContextType>;
  SchemaMetadata?: SchemaMetadataResolvers<ContextType>;
  ScrollAcrossLineageResults?: ScrollAcrossLineageResultsResolvers<ContextType>;
  ScrollResults?: ScrollResultsResolvers<ContextType>;
  SearchAcrossLineageResult?: SearchAcrossLineageResultResolvers<ContextType>;
  SearchAcrossLineageResults?: SearchAcrossLineageResultsResolvers<ContextType>;
  SearchBarConfig?: SearchBarConfigResolvers<ContextType>;
  SearchCardConfig?: SearchCardConfigResolvers<ContextType>;
  SearchDocumentsResult?: SearchDocumentsResultResolvers<ContextType>;
  SearchFlagsConfig?: SearchFlagsConfigResolvers<ContextType>;
  SearchInsight?: SearchInsightResolvers<ContextType>;
  SearchParams?: SearchParamsResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SearchResults?: SearchResultsResolvers<ContextType>;
  SearchResultsVisualConfig?: SearchResultsVisualConfigResolvers<ContextType>;
  SearchSuggestion?: SearchSuggestionResolvers<ContextType>;
  Secret?: SecretResolvers<ContextType>;
  SecretValue?: SecretValueResolvers<ContextType>;
  SemanticVersionStruct?: SemanticVersionStructResolvers<ContextType>;
  SiblingProperties?: SiblingPropertiesResolvers<ContextType>;
  SourceCode?: SourceCodeResolvers<ContextType>;
  SourceCodeUrl?: SourceCodeUrlResolvers<ContextType>;
  SqlAssertionInfo?: SqlAssertionInfoResolvers<ContextType>;
  Status?: StatusResolvers<ContextType>;
  StepStateResult?: StepStateResultResolvers<ContextType>;
  StringBox?: StringBoxResolvers<ContextType>;
  StringMapEntry?: StringMapEntryResolvers<ContextType>;
  StringValue?: StringValueResolvers<ContextType>;
  StructuredProperties?: StructuredPropertiesResolvers<ContextType>;
  StructuredPropertiesEntry?: StructuredPropertiesEntryResolvers<ContextType>;
  StructuredPropertyDefinition?: StructuredPropertyDefinitionResolvers<ContextType>;
  StructuredPropertyEntity?: StructuredPropertyEntityResolvers<ContextType>;
  StructuredPropertyParams?: StructuredPropertyParamsResolvers<ContextType>;
  StructuredPropertySettings?: StructuredPropertySettingsResolvers<ContextType>;
  StructuredReport?: StructuredReportResolvers<ContextType>;
  SubTypes?: SubTypesResolvers<ContextType>;
  SummaryElement?: SummaryElementResolvers<ContextType>;
  SupportsVersions?: SupportsVersionsResolvers<ContextType>;
  SystemFreshness?: SystemFreshnessResolvers<ContextType>;
  TableChart?: TableChartResolvers<ContextType>;
  TableSchema?: TableSchemaResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  TagAssociation?: TagAssociationResolvers<ContextType>;
  TagProperties?: TagPropertiesResolvers<ContextType>;
  TelemetryConfig?: TelemetryConfigResolvers<ContextType>;
  Test?: TestResolvers<ContextType>;
  TestDefinition?: TestDefinitionResolvers<ContextType>;
  TestResult?: TestResultResolvers<ContextType>;
  TestResults?: TestResultsResolvers<ContextType>;
  TestsConfig?: TestsConfigResolvers<ContextType>;
  TextCell?: TextCellResolvers<ContextType>;
  ThemeConfig?: ThemeConfigResolvers<ContextType>;
  TimeSeriesAspect?: TimeSeriesAspectResolvers<ContextType>;
  TimeSeriesChart?: TimeSeriesChartResolvers<ContextType>;
  TimeWindow?: TimeWindowResolvers<ContextType>;
  TimelineParameterEntry?: TimelineParameterEntryResolvers<ContextType>;
  TimeseriesCapabilitiesResult?: TimeseriesCapabilitiesResultResolvers<ContextType>;
  TypeQualifier?: TypeQualifierResolvers<ContextType>;
  UpdateStepStateResult?: UpdateStepStateResultResolvers<ContextType>;
  UpstreamEntityRelationships?: UpstreamEntityRelationshipsResolvers<ContextType>;
  UsageAggregation?: UsageAggregationResolvers<ContextType>;
  UsageAggregationMetrics?: UsageAggregationMetricsResolvers<ContextType>;
  UsageQueryResult?: UsageQueryResultResolvers<ContextType>;
  UsageQueryResultAggregations?: UsageQueryResultAggregationsResolvers<ContextType>;
  UserUsageCounts?: UserUsageCountsResolvers<ContextType>;
  ValueFrequency?: ValueFrequencyResolvers<ContextType>;
  VersionProperties?: VersionPropertiesResolvers<ContextType>;
  VersionSet?: VersionSetResolvers<ContextType>;
  VersionTag?: VersionTagResolvers<ContextType>;
  VersionedDataset?: VersionedDatasetResolvers<ContextType>;
  ViewProperties?: ViewPropertiesResolvers<ContextType>;
  ViewsConfig?: ViewsConfigResolvers<ContextType>;
  VisualConfig?: VisualConfigResolvers<ContextType>;
  VolumeAssertionInfo?: VolumeAssertionInfoResolvers<ContextType>;
};

