/**
 * DataHub's key aspects: each restates its entity's urn (`mlModelKey` = platform, name, origin). They
 * are stored as DataHub stores them, after `validateAspect` has checked that the key is the urn's.
 */
import type { z } from "zod";
import type { EntityType } from "../urn";
import { obj, str, MAX_NAME, urnOf } from "./fields";

const keyPart = str(MAX_NAME * 2);
const platformKey = () => obj({ platform: urnOf("dataPlatform"), name: keyPart, origin: str(100) });

export const KEY_ASPECT_SCHEMAS = {
  mlModelKey: platformKey(),
  mlModelGroupKey: platformKey(),
  datasetKey: platformKey(),
  mlFeatureTableKey: obj({ platform: urnOf("dataPlatform"), name: keyPart }),
  mlFeatureKey: obj({ featureNamespace: keyPart, name: keyPart }),
  mlPrimaryKeyKey: obj({ featureNamespace: keyPart, name: keyPart }),
  // ContainerKey's guid is optional in DataHub's model; without it there is nothing to compare.
  containerKey: obj({ guid: keyPart.optional() }),
  dataProcessInstanceKey: obj({ id: keyPart }),
  tagKey: obj({ name: keyPart }),
  glossaryTermKey: obj({ name: keyPart }),
  corpUserKey: obj({ username: keyPart }),
  corpGroupKey: obj({ name: keyPart }),
  dataPlatformKey: obj({ platformName: keyPart }),
  platformResourceKey: obj({ id: keyPart }),
  mlModelDeploymentKey: platformKey(),
  domainKey: obj({ id: keyPart }),
  glossaryNodeKey: obj({ name: keyPart }),
  structuredPropertyKey: obj({ id: keyPart }),
  // pipelines and their tasks
  dataFlowKey: obj({ orchestrator: keyPart, flowId: keyPart, cluster: keyPart }),
  dataJobKey: obj({ flow: urnOf("dataFlow"), jobId: keyPart }),
};

type KeyAspectName = keyof typeof KEY_ASPECT_SCHEMAS;

/** Each kind's key aspect, and the urn a key value names (null: a key that names none). */
export const KEY_ASPECTS: Partial<Record<EntityType, { aspect: KeyAspectName; schema: z.ZodType; urnOf: (k: Record<string, unknown>) => string | null }>> = {
  mlModel: { aspect: "mlModelKey", schema: KEY_ASPECT_SCHEMAS.mlModelKey, urnOf: (k) => `urn:li:mlModel:(${k.platform},${k.name},${k.origin})` },
  mlModelGroup: {
    aspect: "mlModelGroupKey",
    schema: KEY_ASPECT_SCHEMAS.mlModelGroupKey,
    urnOf: (k) => `urn:li:mlModelGroup:(${k.platform},${k.name},${k.origin})`,
  },
  dataset: { aspect: "datasetKey", schema: KEY_ASPECT_SCHEMAS.datasetKey, urnOf: (k) => `urn:li:dataset:(${k.platform},${k.name},${k.origin})` },
  mlFeatureTable: {
    aspect: "mlFeatureTableKey",
    schema: KEY_ASPECT_SCHEMAS.mlFeatureTableKey,
    urnOf: (k) => `urn:li:mlFeatureTable:(${k.platform},${k.name})`,
  },
  mlFeature: { aspect: "mlFeatureKey", schema: KEY_ASPECT_SCHEMAS.mlFeatureKey, urnOf: (k) => `urn:li:mlFeature:(${k.featureNamespace},${k.name})` },
  mlPrimaryKey: {
    aspect: "mlPrimaryKeyKey",
    schema: KEY_ASPECT_SCHEMAS.mlPrimaryKeyKey,
    urnOf: (k) => `urn:li:mlPrimaryKey:(${k.featureNamespace},${k.name})`,
  },
  container: { aspect: "containerKey", schema: KEY_ASPECT_SCHEMAS.containerKey, urnOf: (k) => (k.guid === undefined ? null : `urn:li:container:${k.guid}`) },
  dataProcessInstance: {
    aspect: "dataProcessInstanceKey",
    schema: KEY_ASPECT_SCHEMAS.dataProcessInstanceKey,
    urnOf: (k) => `urn:li:dataProcessInstance:${k.id}`,
  },
  tag: { aspect: "tagKey", schema: KEY_ASPECT_SCHEMAS.tagKey, urnOf: (k) => `urn:li:tag:${k.name}` },
  glossaryTerm: { aspect: "glossaryTermKey", schema: KEY_ASPECT_SCHEMAS.glossaryTermKey, urnOf: (k) => `urn:li:glossaryTerm:${k.name}` },
  corpuser: { aspect: "corpUserKey", schema: KEY_ASPECT_SCHEMAS.corpUserKey, urnOf: (k) => `urn:li:corpuser:${k.username}` },
  corpGroup: { aspect: "corpGroupKey", schema: KEY_ASPECT_SCHEMAS.corpGroupKey, urnOf: (k) => `urn:li:corpGroup:${k.name}` },
  dataPlatform: { aspect: "dataPlatformKey", schema: KEY_ASPECT_SCHEMAS.dataPlatformKey, urnOf: (k) => `urn:li:dataPlatform:${k.platformName}` },
  platformResource: { aspect: "platformResourceKey", schema: KEY_ASPECT_SCHEMAS.platformResourceKey, urnOf: (k) => `urn:li:platformResource:${k.id}` },
  mlModelDeployment: {
    aspect: "mlModelDeploymentKey",
    schema: KEY_ASPECT_SCHEMAS.mlModelDeploymentKey,
    urnOf: (k) => `urn:li:mlModelDeployment:(${k.platform},${k.name},${k.origin})`,
  },
  domain: { aspect: "domainKey", schema: KEY_ASPECT_SCHEMAS.domainKey, urnOf: (k) => `urn:li:domain:${k.id}` },
  glossaryNode: { aspect: "glossaryNodeKey", schema: KEY_ASPECT_SCHEMAS.glossaryNodeKey, urnOf: (k) => `urn:li:glossaryNode:${k.name}` },
  structuredProperty: {
    aspect: "structuredPropertyKey",
    schema: KEY_ASPECT_SCHEMAS.structuredPropertyKey,
    urnOf: (k) => `urn:li:structuredProperty:${k.id}`,
  },
  // pipelines and their tasks
  dataFlow: {
    aspect: "dataFlowKey",
    schema: KEY_ASPECT_SCHEMAS.dataFlowKey,
    urnOf: (k) => `urn:li:dataFlow:(${k.orchestrator},${k.flowId},${k.cluster})`,
  },
  dataJob: { aspect: "dataJobKey", schema: KEY_ASPECT_SCHEMAS.dataJobKey, urnOf: (k) => `urn:li:dataJob:(${k.flow},${k.jobId})` },
};
