import { describe, expect, it } from "vitest";
import fc from "fast-check";
import fs from "node:fs";
import path from "node:path";
import {
  formatUrn,
  normalizeUrn,
  parseUrn,
  entityTypeOf,
  entityTypeOrNull,
  isUrn,
  displayNameFromUrn,
  UrnError,
  FABRIC_TYPES,
  ENTITY_TYPES,
  type ParsedUrn,
} from "./urn";

// Names as people write them: letters (also non-ASCII), digits, dots, dashes, underscores, slashes, spaces.
const nameChar = fc.constantFrom(..."abcxyzABCXYZ0189._-/ éüßλ数".split(""));
const name = fc
  .array(nameChar, { minLength: 1, maxLength: 40 })
  .map((a) => a.join(""))
  .filter((s) => s.trim() === s && s.length > 0);
const platform = fc.constantFrom("mlflow", "snowflake", "sagemaker", "vertexai", "s3", "bigquery").map((p) => `urn:li:dataPlatform:${p}`);
const env = fc.constantFrom(...FABRIC_TYPES);

const parsedUrn: fc.Arbitrary<ParsedUrn> = fc.oneof(
  fc.record({ entityType: fc.constantFrom("mlModel" as const, "mlModelGroup" as const, "dataset" as const), platform, name, env }),
  fc.record({ entityType: fc.constantFrom("mlFeature" as const, "mlPrimaryKey" as const), featureNamespace: name, name }),
  fc.record({ entityType: fc.constant("mlFeatureTable" as const), platform, name }),
  fc.record({ entityType: fc.constant("versionSet" as const), id: name, versionedEntityType: fc.constantFrom("mlModel", "dataset") }),
  fc.record({ entityType: fc.constant("dataFlow" as const), orchestrator: name, flowId: name, cluster: env }),
  fc.record({
    entityType: fc.constantFrom(
      "container" as const,
      "dataProcessInstance" as const,
      "tag" as const,
      "glossaryTerm" as const,
      "corpuser" as const,
      "corpGroup" as const,
    ),
    id: name,
  }),
);

describe("URN grammar", () => {
  it("round-trips every kind: parse(format(x)) = x", () => {
    fc.assert(
      fc.property(parsedUrn, (u) => {
        expect(parseUrn(formatUrn(u))).toEqual(u);
      }),
      { numRuns: 2000 },
    );
  });

  it("format(parse(s)) is the normalised spelling, and normalising is idempotent", () => {
    fc.assert(
      fc.property(parsedUrn, (u) => {
        const s = formatUrn(u);
        expect(normalizeUrn(s)).toBe(s);
        expect(normalizeUrn(normalizeUrn(s))).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });

  it("round-trips nested urns (dataJob inside dataFlow, schemaField inside dataset)", () => {
    fc.assert(
      fc.property(name, name, name, platform, (flow, job, field, p) => {
        const dataJob: ParsedUrn = { entityType: "dataJob", flow: `urn:li:dataFlow:(airflow,${flow},PROD)`, jobId: job };
        expect(parseUrn(formatUrn(dataJob))).toEqual(dataJob);
        const sf: ParsedUrn = { entityType: "schemaField", parent: `urn:li:dataset:(${p},${flow},PROD)`, fieldPath: field };
        expect(parseUrn(formatUrn(sf))).toEqual(sf);
      }),
    );
  });

  it("fills in the env the tutorial sometimes leaves out", () => {
    expect(normalizeUrn("urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,airline_forecast_models_group)")).toBe(
      "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,airline_forecast_models_group,PROD)",
    );
  });

  it("parses every urn of the reference examples and golden files (of the kinds it knows)", () => {
    const examples = [
      "urn:li:container:e37dbaee9481246e0997d7d8fefd8815",
      "urn:li:dataProcessInstance:2666299269d6ebea994d5ec0c29e3aca",
      "urn:li:dataProcessInstance:test-project-id.job.mock_training_job",
      "urn:li:mlModel:(urn:li:dataPlatform:mlflow,test-model_1,PROD)",
      "urn:li:mlModelGroup:(urn:li:dataPlatform:vertexai,test-project-id.model_group.mock_prediction_model_1,PROD)",
      "urn:li:versionSet:(658730e7177b283e4f94410fe4b41519,mlModel)",
      "urn:li:mlFeature:(feature_store.driver_hourly_stats,conv_rate)",
      "urn:li:mlFeatureTable:(urn:li:dataPlatform:feast,feature_store.driver_hourly_stats)",
      "urn:li:dataset:(urn:li:dataPlatform:snowflake,iris_input,PROD)",
      "urn:li:dataJob:(urn:li:dataFlow:(airflow,training_dag,PROD),train)",
    ];
    const dir = path.resolve("test/fixtures/datahub-golden");
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".json"))) {
      const text = fs.readFileSync(path.join(dir, f), "utf8");
      // Golden files also name charts, deployments, glossary nodes, …: kinds this grammar does not model.
      for (const m of text.matchAll(/"(urn:li:([A-Za-z]+):[^"]+)"/g)) if ((ENTITY_TYPES as readonly string[]).includes(m[2])) examples.push(m[1]);
    }
    expect(examples.length).toBeGreaterThan(50);
    for (const u of examples) expect(formatUrn(parseUrn(u)), u).toBe(normalizeUrn(u));
  });

  it.each([
    ["", /empty/],
    ["mlModel:(a,b,PROD)", /must start with 'urn:li:'/],
    ["urn:li:spaceship:x", /unknown entity type 'spaceship'/],
    ["urn:li:mlModel:(urn:li:dataPlatform:mlflow,a,b,PROD)", /has 2 or 3 components, not 4/],
    ["urn:li:mlModel:(urn:li:dataPlatform:mlflow,,PROD)", /component 2 of the key is empty/],
    ["urn:li:mlModel:(urn:li:dataPlatform:mlflow,a(b,PROD)", /unbalanced/],
    ["urn:li:mlModel:(mlflow,a,PROD)", /not a dataPlatform urn/],
    ["urn:li:mlModel:(urn:li:dataPlatform:mlflow,a,MARS)", /env 'MARS' is not a FabricType/],
    [" urn:li:tag:x", /whitespace/],
    ["urn:li:tag:a\u0000b", /control character/],
    ["urn:li:tag:", /key is empty/],
    [`urn:li:tag:${"x".repeat(3000)}`, /limit is 2000/],
  ])("rejects %#: a malformed urn, with a message saying why", (input, why) => {
    expect(() => parseUrn(input)).toThrow(UrnError);
    expect(() => parseUrn(input)).toThrow(why);
  });

  it("names the kind and the human part", () => {
    expect(entityTypeOf("urn:li:dataProcessInstance:simple_training_run")).toBe("dataProcessInstance");
    expect(displayNameFromUrn("urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)")).toBe("arima_model");
    expect(displayNameFromUrn("urn:li:mlFeature:(churn,persona)")).toBe("persona");
  });

  it("answers null for what is not a urn, the same the second time (remembered), and the type of each urn beside it", () => {
    const notUrns = [
      "",
      "urn:li:spaceship:x",
      "urn:li:mlModel:(mlflow,a,PROD)",
      "urn:li:tag:",
      "urn:li:tag:a\u0000b",
      "https://example.com",
      `urn:li:tag:${"x".repeat(3000)}`,
    ];
    for (let round = 0; round < 2; round++)
      for (const s of notUrns) {
        expect(entityTypeOrNull(s), s).toBeNull();
        expect(isUrn(s), s).toBe(false);
        expect(() => entityTypeOf(s), s).toThrow(UrnError);
      }
    expect(entityTypeOrNull("urn:li:mlModel:(urn:li:dataPlatform:mlflow,a,PROD)")).toBe("mlModel");
    expect(entityTypeOrNull("urn:li:tag:x")).toBe("tag");
    expect(isUrn("urn:li:tag:x")).toBe(true);
  });
});
