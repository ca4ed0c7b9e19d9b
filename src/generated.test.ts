/**
 * The generated files are what their generators make of the sources today: a change to a GraphQL
 * document or to the schema that was not followed by `npm run codegen` fails here, not in a
 * browser later, nor in a resolver typed against a schema that is no longer served.
 */
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import config from "../codegen";
import { typeDefs } from "../server/schema/index";

const RESOLVER_TYPES = path.join("server", "graphql", "generated", "resolvers-types.ts");

describe("generated files", () => {
  it("src/gql and the server's resolver types match what GraphQL Code Generator makes of the documents and the schema", async () => {
    const outputs = (await generate({ ...config, silent: true }, false)) as Array<{ filename: string; content: string }>;
    const files = outputs.map((o) => path.relative(process.cwd(), o.filename));
    expect(files.filter((f) => f.startsWith(`src${path.sep}gql`)).length).toBeGreaterThan(3);
    expect(files).toContain(RESOLVER_TYPES);
    const stale = outputs
      .filter((o) => !fs.existsSync(o.filename) || fs.readFileSync(o.filename, "utf8") !== o.content)
      .map((o) => path.relative(process.cwd(), o.filename));
    expect(stale, "run `npm run codegen` and commit the result").toEqual([]);
  }, 120_000);

  it("are generated from exactly the schema the server serves", () => {
    const schema = Array.isArray(config.schema) ? config.schema : [config.schema];
    expect(schema.map((f) => fs.readFileSync(String(f), "utf8"))).toEqual(typeDefs);
  });
});
