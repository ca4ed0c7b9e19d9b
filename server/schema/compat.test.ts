import { describe, expect, it } from "vitest";
import fs from "node:fs";
import { buildASTSchema, buildSchema, parse, printType, validate, Kind, type DocumentNode, type GraphQLNamedType } from "graphql";
import { buildReferenceSchema, compareSchemas, type Extensions } from "./compat";
import { SCHEMA_FILES, datahubTypeDefs, typeDefs, buildOrrerySchemaSDL } from "./index";
import { extractDataHubSchema, DATAHUB_SCHEMA_FILE } from "./extract";
import { referenceDocuments, withoutDescriptions } from "./reference";

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

/** A type as SDL text, without descriptions (what DataHub's type and ours must both print). */
const printed = (t: GraphQLNamedType | null | undefined) => (t ? printType(t) : "(missing)");

describe("GraphQL contract", () => {
  const reference = buildReferenceSchema();
  const ours = buildSchema(buildOrrerySchemaSDL());
  const datahub = buildSchema(datahubTypeDefs.join("\n"));
  const oss = buildASTSchema({ kind: Kind.DOCUMENT, definitions: referenceDocuments().flatMap((d) => withoutDescriptions(d).definitions) });

  it("serves DataHub's OSS schema whole in the datahub flavour, type by type", () => {
    const names = new Set([...Object.keys(oss.getTypeMap()), ...Object.keys(datahub.getTypeMap())].filter((n) => !n.startsWith("__")));
    expect(names.size).toBeGreaterThan(800);
    const differing = [...names].filter((n) => printed(datahub.getType(n)) !== printed(oss.getType(n)));
    expect(differing).toEqual([]);
  });

  it("serves every DataHub type, field and argument in the orrery flavour too, extensions added beside them", () => {
    const missing: string[] = [];
    for (const t of Object.values(oss.getTypeMap())) {
      if (t.name.startsWith("__")) continue;
      const o = ours.getType(t.name);
      if (!o) missing.push(t.name);
      else if ("getFields" in t && "getFields" in o)
        for (const f of Object.keys(t.getFields())) if (!Object.hasOwn(o.getFields(), f)) missing.push(`${t.name}.${f}`);
    }
    expect(missing).toEqual([]);
  });

  it("names every extension type with the Orrery prefix, so none can collide with a DataHub type", () => {
    const types = extensionsOf(extensionDocs.map((x) => x.doc)).types;
    expect(types.size).toBeGreaterThan(10);
    expect([...types].filter((n) => !n.startsWith("Orrery"))).toEqual([]);
  });

  it("is DataHub's schema plus marked extensions (names, types, arguments, defaults, nullability)", () => {
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
    expect(fs.readFileSync(DATAHUB_SCHEMA_FILE, "utf8")).toBe(extractDataHubSchema());
  });
});
