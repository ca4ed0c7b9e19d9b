
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
      "DataTypeEntity",
      "Dataset",
      "Domain",
      "EntityTypeEntity",
      "GlossaryNode",
      "GlossaryTerm",
      "MLFeature",
      "MLFeatureTable",
      "MLModel",
      "MLModelGroup",
      "MLPrimaryKey",
      "OrreryMlModelDeployment",
      "StructuredPropertyEntity",
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
    "PropertyValue": [
      "NumberValue",
      "StringValue"
    ],
    "SupportsVersions": [
      "Dataset",
      "MLModel"
    ],
    "TimeSeriesAspect": [
      "DataProcessRunEvent",
      "DatasetProfile",
      "Operation"
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
      "DataTypeEntity",
      "Dataset",
      "Domain",
      "EntityTypeEntity",
      "GlossaryNode",
      "GlossaryTerm",
      "MLFeature",
      "MLFeatureTable",
      "MLModel",
      "MLModelGroup",
      "MLPrimaryKey",
      "OrreryMlModelDeployment",
      "StructuredPropertyEntity",
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
    "PropertyValue": [
      "NumberValue",
      "StringValue"
    ],
    "SupportsVersions": [
      "Dataset",
      "MLModel"
    ],
    "TimeSeriesAspect": [
      "DataProcessRunEvent",
      "DatasetProfile",
      "Operation"
    ]
  }
};
      export default result;
    