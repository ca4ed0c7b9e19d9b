import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: ["server/schema/*.graphql"],
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
  },
};
export default config;
