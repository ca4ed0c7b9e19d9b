/**
 * The seed: DataHub's ML tutorial, end to end. Its client's proposals go in over HTTP exactly as the
 * REST emitter sends them; every GraphQL query the guide prints must give the printed response.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, readJson, without, type TestServer } from "./helpers";
import { normalizeUrn } from "../server/model/urn";

interface SeedQuery {
  name: string;
  query: string;
  expected: Record<string, unknown>;
  afterProposal: number;
  ignorePaths?: string[];
  compatQuery?: string;
  compatExpected?: Record<string, unknown>;
}

const proposals = readJson<unknown[]>("server/demo/tutorial/proposals.json");
const queries = readJson<SeedQuery[]>("server/demo/tutorial/queries.json");

/** The guide prints customProperties as a map; DataHub's type is a list of {key, value}. */
function entriesToMaps(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(entriesToMaps);
  if (!v || typeof v !== "object") return v;
  return Object.fromEntries(
    Object.entries(v).map(([k, val]) =>
      k === "customProperties" && Array.isArray(val)
        ? [k, Object.fromEntries(val.map((e: { key: string; value: string }) => [e.key, e.value]))]
        : [k, entriesToMaps(val)],
    ),
  );
}

/** The guide prints one group urn without its `,PROD` env; compare urns in canonical form. */
function normalizeUrns(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalizeUrns);
  if (typeof v === "string" && v.startsWith("urn:li:")) return normalizeUrn(v);
  if (!v || typeof v !== "object") return v;
  return Object.fromEntries(Object.entries(v).map(([k, val]) => [k, normalizeUrns(val)]));
}

describe("DataHub ML tutorial (seed)", () => {
  let server: TestServer;
  let applied = 0;
  let ingestToken: string;

  async function applyUpTo(n: number) {
    for (; applied < n; applied++) {
      // The REST emitter's single-proposal call, as DataHubGraph.emit() sends it.
      const res = await server.post("/aspects?action=ingestProposal", { proposal: proposals[applied], async: "false" }, ingestToken);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toEqual({ value: normalizeUrn((proposals[applied] as { entityUrn: string }).entityUrn) });
    }
  }

  beforeAll(async () => {
    server = await startTestServer();
    ingestToken = server.token("ingest");
  });
  afterAll(() => server.stop());

  it("answers the emitter's handshake like a GMS older than 1.0.1", async () => {
    const res = await fetch(`${server.url}/config`);
    const body = await res.json();
    expect(body.noCode).toBe("true");
    expect(body.versions["acryldata/datahub"].version).toMatch(/^v0\./);
  });

  for (const q of queries) {
    it(`${q.name}: the printed query gives the printed response`, async () => {
      await applyUpTo(q.afterProposal);
      const printed = await server.graphql(q.query);
      const expected = normalizeUrns(without(q.expected, q.ignorePaths));
      if (printed.body.errors) {
        // Printed forms that DataHub's own SDL rejects (customProperties without a sub-selection,
        // see docs/API.md) must fail validation with a message that says what to select…
        expect(q.compatQuery, JSON.stringify(printed.body.errors)).toBeDefined();
        expect(printed.body.errors[0].message).toMatch(/customProperties.*must have a selection of subfields/);
      } else {
        // …everything else answers the printed data; urns compare in canonical form because the
        // guide prints one group urn without its ",PROD".
        expect(normalizeUrns(without(printed.body.data, q.ignorePaths))).toEqual(expected);
      }
      if (q.compatQuery) {
        const compat = await server.graphql(q.compatQuery);
        expect(compat.body.errors).toBeUndefined();
        expect(without(compat.body.data, q.ignorePaths)).toEqual(without(q.compatExpected, q.ignorePaths));
        // The guide's map form is exactly DataHub's entry list folded into a map.
        expect(normalizeUrns(entriesToMaps(without(compat.body.data, q.ignorePaths)))).toEqual(expected);
      }
    });
  }

  it("applies every later update from the guide", async () => {
    await applyUpTo(proposals.length);
    const { body } = await server.graphql(`{
      mlModelGroup(urn: "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,airline_forecast_models_group,PROD)") {
        properties { description customProperties { key value } }
        tags { tags { tag { urn } } }
        glossaryTerms { terms { term { urn } } }
      }
      mlModel(urn: "urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)") {
        versionProperties { version { versionTag } aliases { versionTag } }
        tags { tags { tag { urn } } }
      }
      container(urn: "urn:li:container:airline_forecast_experiment") {
        properties { description customProperties { key value } }
        tags { tags { tag { urn } } }
      }
      dataProcessInstance(urn: "urn:li:dataProcessInstance:simple_training_run") {
        state(limit: 5) { status result { resultType } durationMillis }
        lineage(input: { direction: UPSTREAM }) { total relationships { type entity { urn } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const d = body.data;
    expect(d.mlModelGroup.properties.description).toBe("Updated description for airline forecast models");
    expect(d.mlModelGroup.properties.customProperties).toEqual(
      expect.arrayContaining([
        { key: "team", value: "forecasting" },
        { key: "business_unit", value: "operations" },
        { key: "status", value: "active" },
      ]),
    );
    expect(d.mlModelGroup.tags.tags.map((t: any) => t.tag.urn)).toContain("urn:li:tag:production");
    expect(d.mlModelGroup.glossaryTerms.terms.map((t: any) => t.term.urn)).toContain("urn:li:glossaryTerm:time-series");
    expect(d.mlModel.versionProperties.version.versionTag).toBe("2");
    expect(d.mlModel.versionProperties.aliases.map((a: any) => a.versionTag)).toEqual(expect.arrayContaining(["champion", "challenger"]));
    expect(d.mlModel.tags.tags.map((t: any) => t.tag.urn)).toContain("urn:li:tag:marketing");
    expect(d.container.properties.description).toBe("Updated experiment for forecasting passenger numbers");
    expect(d.container.tags.tags.map((t: any) => t.tag.urn)).toContain("urn:li:tag:time-series");
    expect(d.dataProcessInstance.state[0]).toEqual({ status: "COMPLETE", result: { resultType: "FAILURE" }, durationMillis: 1000 });
    expect(d.dataProcessInstance.lineage.relationships).toEqual([
      { type: "DataProcessInstanceConsumes", entity: { urn: "urn:li:dataset:(urn:li:dataPlatform:snowflake,iris_input,PROD)" } },
    ]);
  });

  it("links the whole chain dataset → run → model → group and run → output", async () => {
    await applyUpTo(proposals.length);
    const { body } = await server.graphql(`{
      searchAcrossLineage(input: { urn: "urn:li:dataset:(urn:li:dataPlatform:snowflake,iris_input,PROD)", direction: DOWNSTREAM, query: "*", count: 50 }) {
        total searchResults { degree entity { urn } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const byUrn = Object.fromEntries(body.data.searchAcrossLineage.searchResults.map((r: any) => [r.entity.urn, r.degree]));
    expect(byUrn).toMatchObject({
      "urn:li:dataProcessInstance:simple_training_run": 1,
      "urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)": 2,
      "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,airline_forecast_models_group,PROD)": 2,
      "urn:li:dataset:(urn:li:dataPlatform:snowflake,iris_output,PROD)": 2,
    });
  });

  it("serves DataHub's read-modify-write GET /aspects as DataHubGraph.get_aspect expects", async () => {
    await applyUpTo(proposals.length);
    const urn = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)";
    const res = await fetch(`${server.url}/aspects/${encodeURIComponent(urn)}?aspect=mlModelProperties&version=0`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.aspect["com.linkedin.ml.metadata.MLModelProperties"].name).toBe("ARIMA Model");
    const missing = await fetch(`${server.url}/aspects/${encodeURIComponent(urn)}?aspect=editableMlModelProperties`);
    expect(missing.status).toBe(404);
  });
});
