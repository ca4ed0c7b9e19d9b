import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships CJS and ESM builds; graphql-yoga loads the CJS one, so our code must too, or
    // `instanceof GraphQLError` fails across the two copies (the dual-package hazard).
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    environment: "node",
    pool: "forks",
    include: ["server/**/*.test.ts", "common/**/*.test.ts", "src/**/*.test.ts", "test/**/*.test.ts", "bench/**/*.test.ts", "scripts/**/*.test.ts"],
    testTimeout: 30_000,
    // Servers started inside the tests run every query on the main thread, so the tests that count
    // SQL statements see them; test/attacks.test.ts and the read-worker tests ask for workers.
    env: { ORRERY_READ_WORKERS: "0" },
  },
});
