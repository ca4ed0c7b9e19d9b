
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Aspect": [
      "SchemaMetadata"
    ],
    "Entity": [
      "Container",
      "CorpGroup",
      "CorpUser",
      "DataFlow",
      "DataJob",
      "DataPlatform",
      "DataPlatformInstance",
      "DataProcessInstance",
      "Dataset",
      "GlossaryTerm",
      "MLFeature",
      "MLFeatureTable",
      "MLModel",
      "MLModelGroup",
      "MLPrimaryKey",
      "Tag",
      "VersionSet"
    ],
    "EntityWithRelationships": [
      "DataFlow",
      "DataJob",
      "DataProcessInstance",
      "Dataset",
      "MLFeature",
      "MLFeatureTable",
      "MLModel",
      "MLModelGroup",
      "MLPrimaryKey"
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
    "SupportsVersions": [
      "Dataset",
      "MLModel"
    ],
    "TimeSeriesAspect": [
      "DataProcessRunEvent"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Aspect": [
      "SchemaMetadata"
    ],
    "Entity": [
      "Container",
      "CorpGroup",
      "CorpUser",
      "DataFlow",
      "DataJob",
      "DataPlatform",
      "DataPlatformInstance",
      "DataProcessInstance",
      "Dataset",
      "GlossaryTerm",
      "MLFeature",
      "MLFeatureTable",
      "MLModel",
      "MLModelGroup",
      "MLPrimaryKey",
      "Tag",
      "VersionSet"
    ],
    "EntityWithRelationships": [
      "DataFlow",
      "DataJob",
      "DataProcessInstance",
      "Dataset",
      "MLFeature",
      "MLFeatureTable",
      "MLModel",
      "MLModelGroup",
      "MLPrimaryKey"
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
    "SupportsVersions": [
      "Dataset",
      "MLModel"
    ],
    "TimeSeriesAspect": [
      "DataProcessRunEvent"
    ]
  }
};
      export default result;
    