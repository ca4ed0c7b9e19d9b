/**
 * What a catalog answers and holds, for the tests that rewrite a catalog's layout (migrations, `orrery
 * compact`) and must find it answering exactly as before: entity pages (with one-hop lineage and
 * History), searches, three-hop lineage graphs, and the stored rows as the store reads them.
 */
import path from "node:path";
import { expect } from "vitest";
import { startServer } from "../server/main";
import { Store } from "../server/store/store";

export const PAGE = `query($urn: String!) {
  entity(urn: $urn) { urn type
    ... on MLModel { modelName: name properties { name description customProperties { key value } hyperParams { name value } trainingMetrics { name value } groups { urn } }
      tags { tags { tag { urn } } } glossaryTerms { terms { term { urn } } } ownership { owners { owner { ... on CorpUser { urn } ... on CorpGroup { urn } } type } } }
    ... on MLModelGroup { groupName: name groupProperties: properties { description } }
    ... on Dataset { datasetName: name datasetProperties: properties { description customProperties { key value } } schemaMetadata { fields { fieldPath nativeDataType } } }
    ... on DataProcessInstance { runName: name state(limit: 5) { status timestampMillis result { resultType } } orreryMetricHistory { name points { step value } } }
    ... on Container { containerProperties: properties { description } subTypes { typeNames } }
    ... on EntityWithRelationships {
      up: lineage(input: { direction: UPSTREAM, count: 100 }) { total relationships { type entity { urn } } }
      down: lineage(input: { direction: DOWNSTREAM, count: 100 }) { total relationships { type entity { urn } } } } }
  entityHistory(urn: $urn, count: 50) { version total changes { version major timestampMillis actor aspects { aspect storedVersion fields { field change before after } } } }
}`;
export const SEARCH = `query($q: String!) { searchAcrossEntities(input: { query: $q, start: 0, count: 20 }) {
  total searchResults { entity { urn type } matchedFields { name value } } facets { field aggregations { value count } } } }`;
const GRAPH = `query($urn: String!) { lineageGraph(input: { urn: $urn, upstreamHops: 3, downstreamHops: 3 }) {
  truncated nodes { urn upstreamCount downstreamCount } edges { source target type } } }`;

/** Some entities of every kind, those with the most versions, and runs with metric histories. */
export function sampleUrns(store: Store): string[] {
  const urns = [
    ...store.all<{ urn: string }>(
      `SELECT urn FROM (SELECT urn, type, row_number() OVER (PARTITION BY type ORDER BY id) AS n FROM entities) WHERE n <= 3 ORDER BY urn`,
    ),
    ...store.all<{ urn: string }>(`SELECT urn FROM aspects GROUP BY urn ORDER BY max(version) DESC, urn LIMIT 5`),
    ...store.all<{ urn: string }>(`SELECT DISTINCT urn FROM metric_series ORDER BY urn LIMIT 3`),
  ].map((r) => r.urn);
  return [...new Set(urns)];
}

/** The answers of a server on the catalog `db` to the pages, searches and (with `graphs`) lineage graphs of `urns`. */
export async function answersOf(db: string, dir: string, urns: readonly string[], opts: { graphs?: boolean } = {}): Promise<unknown[]> {
  const server = await startServer({ db, port: 0, host: "127.0.0.1", demo: false, announce: false, handleSignals: false, staticDir: path.join(dir, "no-spa") });
  try {
    const out: unknown[] = [];
    const ask = async (query: string, variables: Record<string, unknown>) => {
      const res = await fetch(`${server.url}/api/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { errors?: unknown; data?: unknown };
      expect(body.errors).toBeUndefined();
      out.push(body.data);
    };
    for (const urn of urns) await ask(PAGE, { urn });
    for (const q of ["churn", "customer", "*", "forcast"]) await ask(SEARCH, { q });
    if (opts.graphs) for (const urn of urns) await ask(GRAPH, { urn });
    return out;
  } finally {
    await server.close();
  }
}

/** The stored rows of the catalog `db`, and the versions and incoming edges of `urns`, as the store reads them. */
export function storedIn(db: string, urns: readonly string[]): { dump: unknown; records: unknown[] } {
  const store = Store.open(db, { readonly: true });
  try {
    return { dump: store.dump(), records: urns.map((u) => ({ history: store.getAspectHistory(u), edges: store.getEdges([u], "INCOMING") })) };
  } finally {
    store.close();
  }
}
