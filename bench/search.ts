/**
 * Search benchmark: searches with facets (the search page's query) on a synthetic catalog, over
 * real HTTP on loopback: bench:api's words and their 3-letter prefixes, with a kind, platform or tag
 * filter and without, listings (`*`) with those filters (./search-cases.ts), two words and typos.
 * Each class reports whether every answer's facet counts were exact (the kind counts add up to the total).
 *
 *   npm run bench:search -- [--entities N] [--samples N] [--db PATH] [--keep] [--reuse] [--label NAME]
 *
 * Writes bench/results/search[-LABEL].json and prints the medians.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { startServer } from "../server/main";
import { buildCatalog } from "./catalog";
import { summarize, type Summary } from "./stats";
import { searchCases } from "./search-cases";
import type { SearchInput } from "../server/graphql/search";

const program = new Command()
  .option("--entities <n>", "entities in the synthetic catalog", (v) => Number(v), 100_000)
  .option("--samples <n>", "requests per measured operation", (v) => Number(v), 60)
  .option("--db <path>", "catalog file (default: a temporary file)")
  .option("--keep", "keep the catalog file afterwards")
  .option("--reuse", "reuse an existing catalog at --db instead of building one")
  .option("--label <name>", "suffix of the result file name")
  .parse();
const opts = program.opts<{ entities: number; samples: number; db?: string; keep?: boolean; reuse?: boolean; label?: string }>();

/**
 * The search page's request: a page of results and the facets, with the page's filters. Each one
 * read afresh (searchFlags.skipCache): the same few searches repeat here, and would otherwise be
 * answered from the server's kept results (server/store/search-cache.ts).
 */
const SEARCH_QUERY = `query($q: String!, $count: Int!, $orFilters: [AndFilterInput!]) { searchAcrossEntities(input: { query: $q, start: 0, count: $count, orFilters: $orFilters, searchFlags: { skipCache: true } }) {
  total searchResults { entity { urn type } matchedFields { name value } } facets { field aggregations { value count } } } }`;

const MORE: Record<string, SearchInput[]> = {
  "two words": ["customer churn", "daily revenue", "fraud model"].map((query) => ({ query, count: 20 })),
  typo: ["forcast", "custmer", "revenu"].map((query) => ({ query, count: 20 })),
};

async function main() {
  const dbPath = opts.db ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), "orrery-bench-")), "bench.db");
  const result: Record<string, unknown> = {
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, loadavg: os.loadavg(), node: process.version },
    entities: opts.entities,
    startedAt: new Date().toISOString(),
  };
  if (!opts.reuse) result.ingest = await buildCatalog(dbPath, opts.entities);
  const server = await startServer({ db: dbPath, port: 0, host: "127.0.0.1", demo: false, announce: false, handleSignals: false });
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const t = performance.now();
    const res = await fetch(`${server.url}/api/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(120_000),
    });
    const body = (await res.json()) as { errors?: Array<{ message: string }>; data?: any };
    if (body.errors) throw new Error(`${body.errors[0].message} (${JSON.stringify(variables)})`);
    return { ms: performance.now() - t, data: body.data };
  };
  const common = (await gql(SEARCH_QUERY, { q: "*", count: 0 })).data.searchAcrossEntities.facets as Array<{
    field: string;
    aggregations: Array<{ value: string }>;
  }>;
  const top = (f: string) =>
    common
      .find((x) => x.field === f)
      ?.aggregations.slice(0, 3)
      .map((a) => a.value) ?? [];
  const cases = { ...searchCases({ types: top("_entityType"), platforms: top("platform"), tags: top("tags") }), ...MORE };
  const queries: Record<string, Summary & { totals: number[]; facetsExact: boolean }> = {};
  for (const [name, inputs] of Object.entries(cases)) {
    const vars = inputs.map((i) => ({ q: i.query ?? "*", count: i.count ?? 10, orFilters: i.orFilters ?? null }));
    const totals: number[] = [];
    let facetsExact = true;
    for (const v of vars) {
      const r = (await gql(SEARCH_QUERY, v)).data.searchAcrossEntities; // warm-up
      totals.push(r.total);
      const kinds = r.facets
        .find((f: { field: string }) => f.field === "_entityType")
        ?.aggregations.reduce((n: number, a: { count: number }) => n + a.count, 0);
      if (kinds !== r.total) facetsExact = false;
    }
    const times: number[] = [];
    for (let i = 0; i < opts.samples; i++) times.push((await gql(SEARCH_QUERY, vars[i % vars.length])).ms);
    queries[name] = { ...summarize(times), totals, facetsExact };
    console.error(
      `${name.padEnd(22)} p50 ${queries[name].p50.toFixed(1)} ms  p95 ${queries[name].p95.toFixed(1)} ms  facets ${facetsExact ? "exact" : "estimated"}  (matches: ${totals.join(", ")})`,
    );
  }
  result.queries = queries;
  result.finishedAt = new Date().toISOString();
  await server.close();
  if (!opts.keep && !opts.db) fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
  fs.mkdirSync("bench/results", { recursive: true });
  const file = `bench/results/search${opts.label ? `-${opts.label}` : ""}.json`;
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`results: ${file}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
