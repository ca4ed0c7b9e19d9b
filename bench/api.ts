/**
 * API benchmark: builds a synthetic catalog through the ingestion path, then measures entity-page
 * queries for each kind, search, and 1-hop / 3-hop lineage over real HTTP on loopback.
 *
 *   npm run bench:api -- [--entities N[,N…]] [--samples N] [--db PATH | --db-dir DIR] [--keep] [--reuse]
 *
 * With several sizes (`--entities 100000,1000000`) each catalog is built and measured in turn and one
 * report gives every figure per size and its ratio between the largest and the smallest, so the cost
 * curve is visible. Writes bench/results/api.json and prints a table. Budgets (2-core machine, 1M
 * entities) are reported next to the figures; the benchmark never fails on a missed budget, it
 * reports it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { startServer } from "../server/main";
import { bytesOf } from "../server/store/compact";
import { buildCatalog, HUB_COUNT, type IngestStats } from "./catalog";
import { summarize, type Summary } from "./stats";
import { WORDS } from "./search-cases";

const sizes = (v: string) => {
  const list = v.split(",").map((s) => Number(s.replaceAll("_", "")));
  if (list.some((n) => !Number.isInteger(n) || n < 1)) throw new InvalidArgumentError("a positive whole number or a comma-separated list of them");
  return [...new Set(list)].sort((a, b) => a - b);
};
const program = new Command()
  .option("--entities <list>", "entities in the synthetic catalog; several sizes comma-separated", sizes, [100_000])
  .option("--samples <n>", "requests per measured operation", (v) => Number(v), 300)
  .option("--db <path>", "catalog file, with one size only (default: a temporary file)")
  .option("--db-dir <dir>", "folder for the catalogs, one file per size (api-<entities>.db)")
  .option("--keep", "keep the catalog files afterwards")
  .option("--reuse", "reuse existing catalogs at --db / in --db-dir instead of building them")
  .parse();
const opts = program.opts<{ entities: number[]; samples: number; db?: string; dbDir?: string; keep?: boolean; reuse?: boolean }>();
if (opts.db && opts.entities.length > 1) program.error("--db names one catalog file: use --db-dir with several sizes");

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

/**
 * A search as the web app sends it, read afresh (searchFlags.skipCache) for the targets: the 16
 * words repeat, and would otherwise be answered from the server's kept results
 * (server/store/search-cache.ts), which "search (repeated)" measures.
 */
const searchQuery = (
  fresh: boolean,
) => `query($q: String!) { searchAcrossEntities(input: { query: $q, start: 0, count: 10${fresh ? ", searchFlags: { skipCache: true }" : ""} }) {
  total searchResults { entity { urn type } matchedFields { name value } } facets { field aggregations { value count } } } }`;
const SEARCH_QUERY = searchQuery(true);
const LINEAGE_1HOP = `query($urn: String!) { entity(urn: $urn) { urn ... on EntityWithRelationships {
  up: lineage(input: { direction: UPSTREAM, count: 100 }) { total relationships { type entity { urn type } } }
  down: lineage(input: { direction: DOWNSTREAM, count: 100 }) { total relationships { type entity { urn type } } } } } }`;
const LINEAGE_3HOP = `query($urn: String!) { searchAcrossLineage(input: { urn: $urn, direction: DOWNSTREAM, query: "*", count: 1000,
  orFilters: [{ and: [{ field: "degree", values: ["1", "2", "3"] }] }] }) { total searchResults { degree entity { urn type } } } }`;

interface SizeResult {
  entities: number;
  /** live entities in the catalog (the generator's plus the lineage hubs) */
  catalogEntities: number;
  ingest?: IngestStats;
  catalogBytes: number;
  bytesPerEntity: number;
  queries: Record<string, Summary>;
  lineage3hopNodes: Summary;
  loadAverage: { start: number[]; end: number[] };
}

async function measureSize(entities: number, dbPath: string, reuse: boolean): Promise<SizeResult> {
  const loadStart = os.loadavg();
  let ingest: SizeResult["ingest"];
  if (!reuse) {
    ingest = await buildCatalog(dbPath, entities);
    console.error(`${entities}: ingested ${ingest.accepted} aspects in ${ingest.seconds} s (${ingest.cpuSeconds} CPU s)`);
  } else if (!fs.existsSync(dbPath)) {
    throw new Error(`--reuse: no catalog at ${dbPath}`);
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
    // Warm-up: enough requests for every read worker's JIT to compile this query's path (20 were too few:
    // the first kind measured came out slower than the rest).
    for (let i = 0; i < 100; i++) await gql(query, inputs[i % inputs.length]);
    const times: number[] = [];
    for (let i = 0; i < opts.samples; i++) times.push((await gql(query, inputs[i % inputs.length])).ms);
    const s = summarize(times);
    console.error(`${entities} ${name.padEnd(28)} p50 ${s.p50.toFixed(2)} ms  p95 ${s.p95.toFixed(2)} ms  p99 ${s.p99.toFixed(2)} ms`);
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
  queries.search = await measure(
    "search",
    WORDS.map((q) => ({ q })),
    SEARCH_QUERY,
  );
  queries["search.prefix"] = await measure(
    "search (prefix)",
    WORDS.map((q) => ({ q: q.slice(0, 3) })),
    SEARCH_QUERY,
  );
  queries["search.repeated"] = await measure(
    "search (repeated)",
    WORDS.map((q) => ({ q })),
    searchQuery(false),
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
  const catalogEntities = store.get<{ n: number }>(`SELECT count(*) AS n FROM entities WHERE removed = 0`)?.n ?? 0;
  await server.close();
  const catalogBytes = bytesOf(dbPath);
  return {
    entities,
    catalogEntities,
    ...(ingest ? { ingest } : {}),
    catalogBytes,
    bytesPerEntity: Math.round(catalogBytes / Math.max(1, catalogEntities)),
    queries,
    lineage3hopNodes: summarize(foci.map((f) => f.size)),
    loadAverage: { start: loadStart.map((x) => Number(x.toFixed(2))), end: os.loadavg().map((x) => Number(x.toFixed(2))) },
  };
}

/** Every figure of the largest size over the same figure of the smallest: how each cost grows. */
function growth(first: SizeResult, last: SizeResult): Record<string, { from: number; to: number; ratio: number }> {
  const figures = (r: SizeResult): Record<string, number> => ({
    ...(r.ingest ? { "ingest aspects/s": r.ingest.aspectsPerSecond, "ingest aspects/CPU s": r.ingest.aspectsPerCpuSecond } : {}),
    "bytes/entity": r.bytesPerEntity,
    ...Object.fromEntries(Object.entries(r.queries).flatMap(([k, s]) => [[`${k} p50 ms`, s.p50] as const, [`${k} p95 ms`, s.p95] as const])),
  });
  const a = figures(first);
  const b = figures(last);
  return Object.fromEntries(
    Object.keys(b)
      .filter((k) => k in a)
      .map((k) => [k, { from: a[k], to: b[k], ratio: Number((b[k] / a[k]).toFixed(2)) }]),
  );
}

async function main() {
  const tmp = opts.db || opts.dbDir ? null : fs.mkdtempSync(path.join(os.tmpdir(), "orrery-bench-"));
  if (opts.dbDir) fs.mkdirSync(opts.dbDir, { recursive: true });
  const pathFor = (n: number) => opts.db ?? path.join(opts.dbDir ?? tmp ?? ".", `api-${n}.db`);
  const startedAt = new Date().toISOString();
  const results: SizeResult[] = [];
  for (const n of opts.entities) {
    results.push(await measureSize(n, pathFor(n), opts.reuse === true));
    if (!opts.keep && !opts.reuse) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(pathFor(n) + suffix, { force: true });
  }
  if (tmp && !opts.keep) fs.rmSync(tmp, { recursive: true, force: true });

  const first = results[0];
  const last = results[results.length - 1];
  const report = {
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    startedAt,
    finishedAt: new Date().toISOString(),
    sizes: results,
    ...(results.length > 1 ? { growth: growth(first, last) } : {}),
    budgets: {
      "ingest at 1M": ">= 25000 aspects/s",
      "bytes/entity at 1M": "<= 4000",
      "entityPage p95": "<= 5 ms",
      "search p95": "<= 30 ms",
      "search.prefix p95": "<= 50 ms",
      "lineage.3hop p95 (~1000 nodes)": "<= 50 ms",
    },
  };
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync("bench/results/api.json", `${JSON.stringify(report, null, 2)}\n`);

  const label = (n: number) => (n >= 1_000_000 && n % 1_000_000 === 0 ? `${n / 1_000_000}M` : n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
  console.log(`\nOrrery API benchmark — ${results.map((r) => label(r.entities)).join(", ")} entities\n`);
  for (const r of results) {
    const ingest = r.ingest ? `ingest ${r.ingest.aspectsPerSecond} aspects/s (${r.ingest.aspectsPerCpuSecond} per CPU s), ` : "";
    console.log(
      `${label(r.entities)}: ${ingest}${(r.catalogBytes / 1e9).toFixed(2)} GB, ${r.bytesPerEntity} bytes/entity, load ${r.loadAverage.start[0]} → ${r.loadAverage.end[0]}`,
    );
  }
  const head = results.map((r) => `p50 ${label(r.entities)}`.padStart(10) + `p95 ${label(r.entities)}`.padStart(10)).join("");
  console.log(`\n${"operation".padEnd(32)}${head}${results.length > 1 ? "  p95 ratio".padStart(11) : ""}`);
  for (const k of Object.keys(last.queries)) {
    const cells = results
      .map((r) => (r.queries[k] ? r.queries[k].p50.toFixed(2).padStart(10) + r.queries[k].p95.toFixed(2).padStart(10) : " ".repeat(20)))
      .join("");
    const ratio = results.length > 1 && first.queries[k] ? `${(last.queries[k].p95 / first.queries[k].p95).toFixed(2)}×`.padStart(11) : "";
    console.log(`${k.padEnd(32)}${cells}${ratio}`);
  }
  console.log(`3-hop neighbourhood sizes: median ${results.map((r) => r.lineage3hopNodes.p50).join(" / ")} nodes`);
  console.log("results: bench/results/api.json");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
