import path from "node:path";
import type { CodegenConfig } from "@graphql-codegen/cli";
import { SCHEMA_FILES } from "./server/schema/index";
import { ASPECT_PARENT_TYPES, ENTITY_PARENT_TYPES, OTHER_PARENTS } from "./server/graphql/parents";

/** Exactly the SDL files the server serves (server/schema/index.ts), Orrery's extensions included. */
const served = SCHEMA_FILES.map((f) => `server/schema/${f}`);

/** The server's resolver types, and the modules they name, as imported from there. */
const RESOLVER_TYPES = "server/graphql/generated/resolvers-types.ts";
const PARENTS = importFrom(RESOLVER_TYPES, "server/graphql/parents");
const CONTEXT = importFrom(RESOLVER_TYPES, "server/graphql/context");

function importFrom(file: string, module: string): string {
  return path.posix.relative(path.posix.dirname(file), module);
}

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
          // What each type's resolvers get as their parent (server/graphql/parents.ts).
          ...Object.fromEntries(ENTITY_PARENT_TYPES.map((t) => [t, `${PARENTS}#EntityRef`])),
          ...Object.fromEntries(Object.keys(ASPECT_PARENT_TYPES).map((t) => [t, `${PARENTS}#${t}Parent`])),
          ...Object.fromEntries(Object.entries(OTHER_PARENTS).map(([t, p]) => [t, `${PARENTS}#${p.mapper}`])),
        },
      },
    },
  },
};
export default config;
