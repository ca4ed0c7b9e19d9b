/**
 * Schemas of the aspects many kinds share (status, ownership, tags, terms, links, deprecation, domains,
 * browse paths, platform instance, sub-types, container membership), of containers, and of the kinds
 * other entities refer to: tags, glossary terms, users, groups, platforms and platform resources.
 */
import { z } from "zod";
import { CustomProperties, editable, list, name, obj, Stamp, str, text, time, TimeStamp, urn, urnOf } from "./fields";

const OWNERSHIP_TYPES = [
  "DATAOWNER",
  "TECHNICAL_OWNER",
  "BUSINESS_OWNER",
  "PRODUCER",
  "DEVELOPER",
  "CONSUMER",
  "DELEGATE",
  "STAKEHOLDER",
  "DATA_STEWARD",
  "NONE",
  "CUSTOM",
] as const;

export const SHARED_ASPECT_SCHEMAS = {
  status: obj({ removed: z.boolean() }),
  ownership: obj({
    owners: list(
      obj({
        owner: urnOf("corpuser", "corpGroup"),
        type: z.enum(OWNERSHIP_TYPES),
        typeUrn: urn.optional(),
        source: obj({ type: str(100), url: str(4000).optional() }).optional(),
        attribution: z.unknown().optional(),
      }),
    ),
    ownerTypes: z.unknown().optional(),
    lastModified: Stamp.optional(),
  }),
  globalTags: obj({ tags: list(obj({ tag: urnOf("tag"), context: str().optional(), attribution: z.unknown().optional() })) }),
  glossaryTerms: obj({
    terms: list(obj({ urn: urnOf("glossaryTerm"), context: str().optional(), attribution: z.unknown().optional() })),
    auditStamp: Stamp,
  }),
  institutionalMemory: obj({
    elements: list(obj({ url: str(4000), description: str(10_000), createStamp: Stamp, updateStamp: Stamp.optional() })),
  }),
  deprecation: obj({ deprecated: z.boolean(), decommissionTime: time.optional(), note: text, actor: urn, replacement: urn.optional() }),
  domains: obj({ domains: list(urn) }),
  browsePaths: obj({ paths: list(str(10_000)) }),
  browsePathsV2: obj({ path: list(obj({ id: str(10_000), urn: urn.optional() })) }),
  dataPlatformInstance: obj({ platform: urnOf("dataPlatform"), instance: urn.optional() }),
  subTypes: obj({ typeNames: list(str(200)) }),
  container: obj({ container: urnOf("container") }),
};

export const CONTAINER_ASPECT_SCHEMAS = {
  containerProperties: obj({
    name,
    description: text.optional(),
    customProperties: CustomProperties.optional(),
    externalUrl: str(4000).optional(),
    qualifiedName: str(4000).optional(),
    created: TimeStamp.optional(),
    lastModified: TimeStamp.optional(),
    env: str(100).optional(),
  }),
  editableContainerProperties: editable,
};

export const REFERENCED_ASPECT_SCHEMAS = {
  tagProperties: obj({ name, description: text.optional(), colorHex: str(20).optional() }),
  glossaryTermInfo: obj({
    id: str().optional(),
    name: name.optional(),
    definition: text,
    parentNode: urn.optional(),
    termSource: str(100),
    sourceRef: str().optional(),
    sourceUrl: str(4000).optional(),
    customProperties: CustomProperties.optional(),
  }),
  corpUserInfo: obj({
    active: z.boolean(),
    displayName: name.optional(),
    email: str(1000).optional(),
    title: str(1000).optional(),
    fullName: name.optional(),
    firstName: name.optional(),
    lastName: name.optional(),
    customProperties: CustomProperties.optional(),
  }),
  corpUserEditableInfo: obj({
    aboutMe: text.optional(),
    displayName: name.optional(),
    title: str(1000).optional(),
    pictureLink: str(4000).optional(),
    email: str(1000).optional(),
  }),
  corpGroupInfo: obj({ displayName: name.optional(), description: text.optional(), email: str(1000).optional() }),
  dataPlatformInfo: obj({ name, type: str(100), datasetNameDelimiter: str(10), displayName: name.optional(), logoUrl: str(4000).optional() }),
  platformResourceInfo: obj({ resourceType: str(1000), primaryKey: str(10_000), secondaryKeys: list(str(10_000)).optional(), value: z.unknown().optional() }),
};
