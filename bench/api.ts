/**
 * API benchmark: builds a synthetic catalog through the ingestion path, then measures entity-page
 * queries for each kind, search, and 1-hop / 3-hop lineage over real HTTP on loopback.
 *
 *   npm run bench:api -- [--entities N] [--samples N] [--db PATH] [--keep]
 *
 * Writes bench/results/api.json and prints a table. Budgets (2-core machine, 1M entities) are
 * reported next to the figures; the benchmark never fails on a missed budget, it reports it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { startServer } from "../server/main";
import { buildCatalog, HUB_COUNT } from "./catalog";
import { summarize, type Summary } from "./stats";

const program = new Command()
  .option("--entities <n>", "entities in the synthetic catalog", (v) => Number(v), 100_000)
  .option("--samples <n>", "requests per measured operation", (v) => Number(v), 300)
  .option("--db <path>", "catalog file (default: a temporary file)")
  .option("--keep", "keep the catalog file afterwards")
  .option("--reuse", "reuse an existing catalog at --db instead of building one")
  .parse();
const opts = program.opts<{ entities: number; samples: number; db?: string; keep?: boolean; reuse?: boolean }>();

const ENTITY_QUERIES: Record<string, string> = {
  mlModel: `query($urn: String!) { mlModel(urn: $urn) { urn name description platform { name properties { displayName } }
    properties { name description version created { time } customProperties { key value } hyperParams { name value } trainingMetrics { name value }
      groups { urn name } mlModelLineageInfo { trainingJobs } }
    versionProperties { version { versionTag } aliases { versionTag } isLatest }
    tags { tags { tag { urn name properties { colorHex } } } } glossaryTerms { terms { term { urn name } } }
    ownership { owners { owner { ... on CorpUser { urn username } ... on CorpGroup { urn name } } type } } } }`,
  mlModelGroup: `query($urn: String!) { mlModelGroup(urn: $urn) { urn name description platform { name }
    properties { name description created { time } customProperties { key value } mlModelLineageInfo { trainingJobs } }
    tags { tags { tag { urn name } } } glossaryTerms { terms { term { urn name } } } ownership { owners { owner { ... on CorpUser { urn username } } } }
    relationships(input: { types: ["MemberOf"], direction: INCOMING, count: 50 }) { total relationships { entity { urn ... on MLModel { name versionProperties { version { versionTag } aliases { versionTag } } properties { trainingMetrics { name value } } } } } } } }`,
  container: `query($urn: String!) { container(urn: $urn) { urn platform { name } properties { name description customProperties { key value } }
    subTypes { typeNames } tags { tags { tag { urn name } } } ownership { owners { owner { ... on CorpUser { urn username } } } }
    entities(input: { start: 0, count: 20 }) { total searchResults { entity { urn ... on DataProcessInstance { name state(limit: 1) { result { resultType } } } } } } } }`,
  dataProcessInstance: `query($urn: String!) { dataProcessInstance(urn: $urn) { urn name created { time } externalUrl
    properties { name created { time } customProperties { key value } } subTypes { typeNames }
    mlTrainingRunProperties { id outputUrls hyperParams { name value } trainingMetrics { name value } }
    state(limit: 5) { status result { resultType } timestampMillis durationMillis }
    parentContainers { containers { urn properties { name } } } } }`,
  dataset: `query($urn: String!) { dataset(urn: $urn) { urn name platform { name } properties { name description customProperties { key value } }
    schemaMetadata { fields { fieldPath type nativeDataType description } } tags { tags { tag { urn name } } }
    ownership { owners { owner { ... on CorpUser { urn username } } } } } }`,
  mlFeature: `query($urn: String!) { mlFeature(urn: $urn) { urn name featureNamespace dataType properties { description dataType sources { urn name } } } }`,
};

const SEARCH_QUERY = `query($q: String!) { searchAcrossEntities(input: { query: $q, start: 0, count: 10 }) {
  total searchResults { entity { urn type } matchedFields { name value } } facets { field aggregations { value count } } } }`;
const LINEAGE_1HOP = `query($urn: String!) { entity(urn: $urn) { urn ... on EntityWithRelationships {
  up: lineage(input: { direction: UPSTREAM, count: 100 }) { total relationships { type entity { urn type } } }
  down: lineage(input: { direction: DOWNSTREAM, count: 100 }) { total relationships { type entity { urn type } } } } } }`;
const LINEAGE_3HOP = `query($urn: String!) { searchAcrossLineage(input: { urn: $urn, direction: DOWNSTREAM, query: "*", count: 1000,
  orFilters: [{ and: [{ field: "degree", values: ["1", "2", "3"] }] }] }) { total searchResults { degree entity { urn type } } } }`;

async function main() {
  const dbPath = opts.db ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), "orrery-bench-")), "bench.db");
  const result: Record<string, unknown> = {
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    entities: opts.entities,
    startedAt: new Date().toISOString(),
  };

  if (!opts.reuse) {
    result.ingest = await buildCatalog(dbPath, opts.entities);
    console.error(`ingested ${(result.ingest as { accepted: number }).accepted} aspects in ${(result.ingest as { seconds: number }).seconds} s`);
  }

  const server = await startServer({ db: dbPath, port: 0, host: "127.0.0.1", demo: false, announce: false, handleSignals: false });
  const store = server.store;
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const t = performance.now();
    const res = await fetch(`${server.url}/api/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await res.json()) as { errors?: Array<{ message: string }>; data?: any };
    const ms = performance.now() - t;
    if (body.errors) throw new Error(`${body.errors[0].message} (${JSON.stringify(variables)})`);
    return { ms, data: body.data };
  };
  const sample = (type: string, n: number) =>
    store
      .all<{ urn: string }>(`SELECT urn FROM entities WHERE type = ? AND removed = 0 ORDER BY (id * 2654435761) % 1000003 LIMIT ?`, type, n)
      .map((r) => r.urn);
  const measure = async (name: string, inputs: Array<Record<string, unknown>>, query: string): Promise<Summary> => {
    for (const v of inputs.slice(0, 20)) await gql(query, v); // warm-up
    const times: number[] = [];
    for (let i = 0; i < opts.samples; i++) times.push((await gql(query, inputs[i % inputs.length])).ms);
    const s = summarize(times);
    console.error(`${name.padEnd(28)} p50 ${s.p50.toFixed(2)} ms  p95 ${s.p95.toFixed(2)} ms  p99 ${s.p99.toFixed(2)} ms`);
    return s;
  };

  const queries: Record<string, Summary> = {};
  for (const [type, q] of Object.entries(ENTITY_QUERIES)) {
    const urns = sample(type, 200);
    if (urns.length === 0) continue;
    queries[`entityPage.${type}`] = await measure(
      `entity page ${type}`,
      urns.map((urn) => ({ urn })),
      q,
    );
  }
  const words = [
    "churn",
    "fraud",
    "forecast",
    "customer",
    "events",
    "xgb",
    "daily",
    "embedding",
    "ranking",
    "price",
    "accuracy",
    "learning_rate",
    "production",
    "clicks",
    "session",
    "revenue",
  ];
  queries.search = await measure(
    "search",
    words.map((q) => ({ q })),
    SEARCH_QUERY,
  );
  queries["search.prefix"] = await measure(
    "search (prefix)",
    words.map((q) => ({ q: q.slice(0, 3) })),
    SEARCH_QUERY,
  );
  const hopFoci = [...sample("dataProcessInstance", 100), ...sample("mlModel", 100)];
  queries["lineage.1hop"] = await measure(
    "lineage 1-hop",
    hopFoci.map((urn) => ({ urn })),
    LINEAGE_1HOP,
  );

  // 3-hop foci: the lineage hubs, plus the generated datasets with the largest downstream fan-out.
  const candidates = [
    ...Array.from({ length: HUB_COUNT }, (_, h) => `urn:li:dataset:(urn:li:dataPlatform:snowflake,hub${h}_source,PROD)`),
    ...store
      .all<{ urn: string }>(
        `SELECT dst AS urn, count(*) AS n FROM edges WHERE type IN ('DataProcessInstanceConsumes','DerivedFrom','DownstreamOf') GROUP BY dst ORDER BY n DESC LIMIT 50`,
      )
      .map((r) => r.urn),
  ];
  const sizes: Array<{ urn: string; size: number }> = [];
  for (const urn of candidates) sizes.push({ urn, size: (await gql(LINEAGE_3HOP, { urn })).data.searchAcrossLineage.total });
  sizes.sort((a, b) => Math.abs(a.size - 1000) - Math.abs(b.size - 1000));
  const foci = sizes.slice(0, 10);
  queries["lineage.3hop"] = await measure(
    "lineage 3-hop",
    foci.map((f) => ({ urn: f.urn })),
    LINEAGE_3HOP,
  );
  result.lineage3hopNodes = summarize(foci.map((f) => f.size));

  result.queries = queries;
  result.budgets = {
    "entityPage p95": "<= 5 ms",
    "search p95": "<= 30 ms",
    "lineage.3hop p95 (~1000 nodes)": "<= 50 ms",
  };
  result.finishedAt = new Date().toISOString();
  await server.close();
  if (!opts.keep && !opts.db) fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });

  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync("bench/results/api.json", `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nOrrery API benchmark — ${opts.entities.toLocaleString("en-US")} entities\n`);
  if (result.ingest) console.log(`ingest: ${JSON.stringify(result.ingest)}`);
  console.log("operation                      p50 ms   p95 ms   p99 ms");
  for (const [k, s] of Object.entries(queries))
    console.log(`${k.padEnd(30)} ${s.p50.toFixed(2).padStart(7)} ${s.p95.toFixed(2).padStart(8)} ${s.p99.toFixed(2).padStart(8)}`);
  console.log(`3-hop neighbourhood sizes: median ${(result.lineage3hopNodes as Summary).p50} nodes`);
  console.log("results: bench/results/api.json");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
