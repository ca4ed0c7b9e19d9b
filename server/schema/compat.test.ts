import { describe, expect, it } from "vitest";
import fs from "node:fs";
import { buildSchema, parse, validate, Kind, type DocumentNode } from "graphql";
import { buildReferenceSchema, compareSchemas, type Extensions } from "./compat";
import { SCHEMA_FILES, typeDefs, buildOrrerySchemaSDL } from "./index";
import { extractDataHubSubset, DATAHUB_SUBSET_FILE } from "./extract";

function extensionsOf(docs: DocumentNode[]): Extensions {
  const ext: Extensions = { types: new Set(), fields: new Set() };
  for (const doc of docs)
    for (const d of doc.definitions) {
      if (d.kind === Kind.OBJECT_TYPE_EXTENSION || d.kind === Kind.INPUT_OBJECT_TYPE_EXTENSION)
        for (const f of d.fields ?? []) ext.fields.add(`${d.name.value}.${f.name.value}`);
      else if ("name" in d && d.name) ext.types.add(d.name.value);
    }
  return ext;
}

const extensionDocs = SCHEMA_FILES.map((f, i) => ({ f, doc: parse(typeDefs[i]) })).filter((x) => x.f.endsWith(".orrery.graphql"));

describe("GraphQL contract", () => {
  const reference = buildReferenceSchema();
  const ours = buildSchema(buildOrrerySchemaSDL());

  it("is a faithful subset of DataHub's schema (names, types, arguments, defaults, nullability)", () => {
    expect(compareSchemas(ours, reference, extensionsOf(extensionDocs.map((x) => x.doc)))).toEqual([]);
  });

  it("marks every extension as such", () => {
    for (const { f, doc } of extensionDocs)
      for (const d of doc.definitions) {
        if (d.kind === Kind.OBJECT_TYPE_EXTENSION) {
          for (const field of d.fields ?? []) expect(field.description?.value, `${f}: ${d.name.value}.${field.name.value}`).toMatch(/^Orrery extension/);
        } else if ("description" in d && "name" in d && d.name) {
          expect(d.description?.value, `${f}: ${d.name.value}`).toMatch(/^Orrery extension/);
        }
      }
  });

  it("detects a drift from DataHub (the check itself works)", () => {
    const drifted = buildSchema(
      buildOrrerySchemaSDL().replace("type MLModelLineageInfo {\n  trainingJobs: [String!]", "type MLModelLineageInfo {\n  trainingJobs: [String]"),
    );
    expect(compareSchemas(drifted, reference, extensionsOf(extensionDocs.map((x) => x.doc)))).toEqual([
      "MLModelLineageInfo.trainingJobs: [String] here, [String!] in DataHub",
    ]);
  });

  it("validates the seed tutorial's queries (DataHub-valid forms)", () => {
    const queries = JSON.parse(fs.readFileSync("server/demo/tutorial/queries.json", "utf8")) as Array<{ query: string; compatQuery?: string }>;
    for (const q of queries) {
      const text = q.compatQuery ?? q.query;
      expect(
        validate(ours, parse(text)).map((e) => e.message),
        text,
      ).toEqual([]);
      expect(
        validate(reference, parse(text)).map((e) => e.message),
        text,
      ).toEqual([]);
    }
  });

  it("is generated from the reference: re-running the extractor changes nothing", () => {
    expect(fs.readFileSync(DATAHUB_SUBSET_FILE, "utf8")).toBe(extractDataHubSubset());
  });
});
