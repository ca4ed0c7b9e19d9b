import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: ["server/schema/*.graphql"],
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "src/gql/": {
      preset: "client",
      config: { useTypeImports: true, enumsAsTypes: true, nonOptionalTypename: true, scalars: { Long: "number" } },
      presetConfig: { fragmentMasking: { unmaskFunctionName: "getFragmentData" } },
    },
    // Which concrete types implement Entity & co., for Apollo's cache to match fragments on interfaces.
    "src/gql/possible-types.ts": {
      plugins: ["fragment-matcher"],
      config: { useExplicitTyping: true, apolloClientVersion: 3 },
    },
  },
};
export default config;
