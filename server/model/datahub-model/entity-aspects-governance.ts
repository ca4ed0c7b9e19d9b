/**
 * The aspects of deployments, domains, glossary nodes and structured properties, from
 * `metadata-models/src/main/resources/entity-registry.yml` (the same commit as index.ts).
 */
export const GOVERNANCE_ENTITY_ASPECTS: Readonly<Record<string, { key: string; aspects: readonly string[] }>> = {
  mlModelDeployment: {
    key: "mlModelDeploymentKey",
    aspects: ["mlModelDeploymentProperties", "ownership", "status", "deprecation", "globalTags", "dataPlatformInstance", "testResults", "container"],
  },
  domain: {
    key: "domainKey",
    aspects: [
      "domainProperties",
      "institutionalMemory",
      "ownership",
      "deprecation",
      "structuredProperties",
      "forms",
      "testResults",
      "displayProperties",
      "assetSettings",
    ],
  },
  glossaryNode: {
    key: "glossaryNodeKey",
    aspects: [
      "glossaryNodeInfo",
      "institutionalMemory",
      "ownership",
      "status",
      "structuredProperties",
      "forms",
      "testResults",
      "subTypes",
      "displayProperties",
      "assetSettings",
      "domains",
    ],
  },
  structuredProperty: {
    key: "structuredPropertyKey",
    aspects: ["propertyDefinition", "structuredPropertySettings", "institutionalMemory", "status"],
  },
};
