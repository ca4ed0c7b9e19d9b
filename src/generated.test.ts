/**
 * The generated files are what their generators make of the sources today: a change to a GraphQL
 * document or to the schema that was not followed by `npm run codegen` fails here, not in a
 * browser later.
 */
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import config from "../codegen";

describe("generated files", () => {
  it("src/gql matches what GraphQL Code Generator makes of the documents and the schema", async () => {
    const outputs = (await generate({ ...config, silent: true }, false)) as Array<{ filename: string; content: string }>;
    expect(outputs.length).toBeGreaterThan(3);
    const stale = outputs
      .filter((o) => !fs.existsSync(o.filename) || fs.readFileSync(o.filename, "utf8") !== o.content)
      .map((o) => path.relative(process.cwd(), o.filename));
    expect(stale, "run `npm run codegen` and commit the result").toEqual([]);
  }, 120_000);
});
