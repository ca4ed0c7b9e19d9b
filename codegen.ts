import path from "node:path";
import type { CodegenConfig } from "@graphql-codegen/cli";
import { SCHEMA_FILES } from "./server/schema/index";

/** Exactly the SDL files the server serves (server/schema/index.ts), Orrery's extensions included. */
const served = SCHEMA_FILES.map((f) => `server/schema/${f}`);

/** The server's resolver types, and the modules they name, as imported from there. */
const RESOLVER_TYPES = "server/graphql/generated/resolvers-types.ts";
const PARENTS = importFrom(RESOLVER_TYPES, "server/graphql/parents");
const CONTEXT = importFrom(RESOLVER_TYPES, "server/graphql/context");

function importFrom(file: string, module: string): string {
  return path.posix.relative(path.posix.dirname(file), module);
}

/** The GraphQL types whose resolvers get an entity, `{ urn }` (see server/graphql/parents.ts). */
const ENTITY_TYPES = [
  "Container",
  "DataFlow",
  "DataJob",
  "Domain",
  "GlossaryNode",
  "StructuredPropertyEntity",
  "CorpGroup",
  "CorpUser",
  "DataPlatform",
  "DataProcessInstance",
  "Dataset",
  "GlossaryTerm",
  "MLFeature",
  "MLFeatureTable",
  "MLModel",
  "MLModelGroup",
  "MLPrimaryKey",
  "Tag",
  "VersionSet",
];

/** The GraphQL types whose resolvers get a stored aspect's value, with its entity's urn (`<type>Parent`). */
const ASPECT_TYPES = [
  "ContainerProperties",
  "DataProcessInstanceProperties",
  "DatasetProperties",
  "MLFeatureProperties",
  "MLFeatureTableProperties",
  "MLModelGroupProperties",
  "MLModelProperties",
  "MLPrimaryKeyProperties",
  "MLTrainingRunProperties",
  "SchemaMetadata",
  "VersionProperties",
];

const config: CodegenConfig = {
  schema: served,
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "src/gql/": {
      preset: "client",
      config: { useTypeImports: true, enumsAsTypes: true, nonOptionalTypename: true, scalars: { Long: "number" } },
      // `getFragmentData` is the client preset's `useFragment` under a name that does not look like a
      // React hook (it is a plain function, and Apollo has a real `useFragment` hook).
      presetConfig: { fragmentMasking: { unmaskFunctionName: "getFragmentData" } },
    },
    // Which concrete types implement Entity & co., for Apollo's cache to match fragments on interfaces.
    "src/gql/possible-types.ts": {
      plugins: ["fragment-matcher"],
      config: { useExplicitTyping: true, apolloClientVersion: 3 },
    },
    // Entities keyed by urn, everything else merged into its parent (see src/apollo.ts).
    "src/gql/cache-types.ts": {
      plugins: ["./scripts/codegen-cache-types.cjs"],
    },
    // The server's resolver types: what each resolver receives (its parent as the resolvers really
    // get it, the request's context, its arguments) and what it may return.
    [RESOLVER_TYPES]: {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        namingConvention: "keep",
        makeResolverTypeCallable: true,
        scalars: { Long: "number" },
        contextType: `${CONTEXT}#Context`,
        mappers: {
          ...Object.fromEntries(ENTITY_TYPES.map((t) => [t, `${PARENTS}#EntityRef`])),
          ...Object.fromEntries(ASPECT_TYPES.map((t) => [t, `${PARENTS}#${t}Parent`])),
          OrreryFeatureSourceColumn: `${PARENTS}#FeatureSourceColumn`,
          OrreryMlModelDeployment: `${PARENTS}#DeploymentParent`,
          DomainAssociation: `${PARENTS}#DomainAssociationParent`,
          DataFlowProperties: `${PARENTS}#DataFlowPropertiesParent`,
          DataJobProperties: `${PARENTS}#DataJobPropertiesParent`,
          DataJobInputOutput: `${PARENTS}#DataJobInputOutputParent`,
          StructuredPropertiesEntry: `${PARENTS}#StructuredPropertiesEntryParent`,
          BooleanBox: `${PARENTS}#BooleanBoxParent`,
          FloatBox: `${PARENTS}#FloatBoxParent`,
          IntBox: `${PARENTS}#IntBoxParent`,
          StringBox: `${PARENTS}#StringBoxParent`,
        },
      },
    },
  },
};
export default config;
