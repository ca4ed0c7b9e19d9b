
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "AnalyticsChart": [
      "BarChart",
      "TableChart",
      "TimeSeriesChart"
    ],
    "Aspect": [
      "SchemaMetadata"
    ],
    "BrowsableEntity": [
      "Chart",
      "Dashboard",
      "DataFlow",
      "DataJob",
      "Dataset",
      "MLFeatureTable",
      "MLModel",
      "MLModelGroup",
      "Notebook"
    ],
    "Entity": [
      "AccessTokenMetadata",
      "Application",
      "Assertion",
      "BusinessAttribute",
      "Chart",
      "Container",
      "CorpGroup",
      "CorpUser",
      "Dashboard",
      "DataContract",
      "DataFlow",
      "DataHubConnection",
      "DataHubFile",
      "DataHubPageModule",
      "DataHubPageTemplate",
      "DataHubPolicy",
      "DataHubRole",
      "DataHubView",
      "DataJob",
      "DataPlatform",
      "DataPlatformInstance",
      "DataProcessInstance",
      "DataProduct",
      "DataTypeEntity",
      "Dataset",
      "Document",
      "Domain",
      "ERModelRelationship",
      "EntityTypeEntity",
      "ExecutionRequest",
      "Form",
      "GlossaryNode",
      "GlossaryTerm",
      "Incident",
      "MLFeature",
      "MLFeatureTable",
      "MLModel",
      "MLModelGroup",
      "MLPrimaryKey",
      "Notebook",
      "OrreryMlModelDeployment",
      "OwnershipTypeEntity",
      "Post",
      "QueryEntity",
      "Restricted",
      "Role",
      "SchemaFieldEntity",
      "StructuredPropertyEntity",
      "Tag",
      "Test",
      "VersionSet",
      "VersionedDataset"
    ],
    "EntityWithRelationships": [
      "Assertion",
      "Chart",
      "Dashboard",
      "DataFlow",
      "DataJob",
      "DataProcessInstance",
      "Dataset",
      "ERModelRelationship",
      "MLFeature",
      "MLFeatureTable",
      "MLModel",
      "MLModelGroup",
      "MLPrimaryKey",
      "Restricted",
      "SchemaFieldEntity"
    ],
    "HasLogicalParent": [
      "Dataset",
      "SchemaFieldEntity"
    ],
    "HyperParameterValueType": [
      "BooleanBox",
      "FloatBox",
      "IntBox",
      "StringBox"
    ],
    "OwnerType": [
      "CorpGroup",
      "CorpUser"
    ],
    "PlatformSchema": [
      "KeyValueSchema",
      "TableSchema"
    ],
    "PropertyValue": [
      "NumberValue",
      "StringValue"
    ],
    "ResolvedActor": [
      "CorpGroup",
      "CorpUser"
    ],
    "ResultsType": [
      "StringBox"
    ],
    "SupportsVersions": [
      "Dataset",
      "MLModel"
    ],
    "TimeSeriesAspect": [
      "AssertionRunEvent",
      "DashboardUsageMetrics",
      "DataProcessRunEvent",
      "DatasetProfile",
      "Operation"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "AnalyticsChart": [
      "BarChart",
      "TableChart",
      "TimeSeriesChart"
    ],
    "Aspect": [
      "SchemaMetadata"
    ],
    "BrowsableEntity": [
      "Chart",
      "Dashboard",
      "DataFlow",
      "DataJob",
      "Dataset",
      "MLFeatureTable",
      "MLModel",
      "MLModelGroup",
      "Notebook"
    ],
    "Entity": [
      "AccessTokenMetadata",
      "Application",
      "Assertion",
      "BusinessAttribute",
      "Chart",
      "Container",
      "CorpGroup",
      "CorpUser",
      "Dashboard",
      "DataContract",
      "DataFlow",
      "DataHubConnection",
      "DataHubFile",
      "DataHubPageModule",
      "DataHubPageTemplate",
      "DataHubPolicy",
      "DataHubRole",
      "DataHubView",
      "DataJob",
      "DataPlatform",
      "DataPlatformInstance",
      "DataProcessInstance",
      "DataProduct",
      "DataTypeEntity",
      "Dataset",
      "Document",
      "Domain",
      "ERModelRelationship",
      "EntityTypeEntity",
      "ExecutionRequest",
      "Form",
      "GlossaryNode",
      "GlossaryTerm",
      "Incident",
      "MLFeature",
      "MLFeatureTable",
      "MLModel",
      "MLModelGroup",
      "MLPrimaryKey",
      "Notebook",
      "OrreryMlModelDeployment",
      "OwnershipTypeEntity",
      "Post",
      "QueryEntity",
      "Restricted",
      "Role",
      "SchemaFieldEntity",
      "StructuredPropertyEntity",
      "Tag",
      "Test",
      "VersionSet",
      "VersionedDataset"
    ],
    "EntityWithRelationships": [
      "Assertion",
      "Chart",
      "Dashboard",
      "DataFlow",
      "DataJob",
      "DataProcessInstance",
      "Dataset",
      "ERModelRelationship",
      "MLFeature",
      "MLFeatureTable",
      "MLModel",
      "MLModelGroup",
      "MLPrimaryKey",
      "Restricted",
      "SchemaFieldEntity"
    ],
    "HasLogicalParent": [
      "Dataset",
      "SchemaFieldEntity"
    ],
    "HyperParameterValueType": [
      "BooleanBox",
      "FloatBox",
      "IntBox",
      "StringBox"
    ],
    "OwnerType": [
      "CorpGroup",
      "CorpUser"
    ],
    "PlatformSchema": [
      "KeyValueSchema",
      "TableSchema"
    ],
    "PropertyValue": [
      "NumberValue",
      "StringValue"
    ],
    "ResolvedActor": [
      "CorpGroup",
      "CorpUser"
    ],
    "ResultsType": [
      "StringBox"
    ],
    "SupportsVersions": [
      "Dataset",
      "MLModel"
    ],
    "TimeSeriesAspect": [
      "AssertionRunEvent",
      "DashboardUsageMetrics",
      "DataProcessRunEvent",
      "DatasetProfile",
      "Operation"
    ]
  }
};
      export default result;
    