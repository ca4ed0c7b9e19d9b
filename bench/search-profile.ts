/**
 * Search profile: the store's search (no HTTP, no GraphQL) over a catalog file opened read-only,
 * for bench:api's words, their 3-letter prefixes, the web app's filtered search and listings; prints
 * p50/p95 of wall and CPU time per query class.
 *
 *   npx tsx bench/search-profile.ts --db PATH [--samples N]
 */
import { Command } from "commander";
import { Store } from "../server/store/store";
import { summarize } from "./stats";
import { searchCases } from "./search-cases";
import { searchQueryOf } from "../server/graphql/search";
import { ENTITY_TYPE_ENUM } from "../server/graphql/entities";

const program = new Command()
  .requiredOption("--db <path>", "catalog file (opened read-only)")
  .option("--samples <n>", "runs of each query", (v) => Number(v), 3)
  .option("--only <class>", "only this query class")
  .parse();
const opts = program.opts<{ db: string; samples: number; only?: string }>();

const store = Store.open(opts.db, { readonly: true });
const everything = store.search({ query: "*", facets: ["_entityType", "platform", "tags"], maxAggValues: 3, count: 0 });
const top = (f: string) => everything.facets.find((x) => x.field === f)?.aggregations.map((a) => a.value) ?? [];
const cases = searchCases({ types: top("_entityType").map((t) => ENTITY_TYPE_ENUM[t] ?? t), platforms: top("platform"), tags: top("tags") });
for (const [name, queries] of Object.entries(cases)) {
  if (opts.only && name !== opts.only) continue;
  const wall: number[] = [];
  const cpu: number[] = [];
  const totals: number[] = [];
  let inexact = 0;
  // Each read afresh: the kept results (search-cache.ts) would answer the repeats.
  const asked = queries.map((input) => ({ ...searchQueryOf(input).query, start: input.start ?? 0, count: input.count ?? 10, skipCache: true }));
  // Warm-up (the first broad search also reads the facet columns, search-facets.ts): its CPU time is shown apart.
  const warm = process.cpuUsage();
  for (const q of asked) store.search(q);
  const warmMs = (process.cpuUsage(warm).user + process.cpuUsage(warm).system) / 1000;
  for (let s = 0; s < opts.samples; s++)
    for (const q of asked) {
      const c = process.cpuUsage();
      const t = performance.now();
      const r = store.search(q);
      wall.push(performance.now() - t);
      const d = process.cpuUsage(c);
      cpu.push((d.user + d.system) / 1000);
      if (s === 0) totals.push(r.total);
      if (!r.facetsExact) inexact++;
      // Each match has one kind: the kind counts add up to the total when they are exact.
      const kinds = r.facets.find((f) => f.field === "_entityType")?.aggregations.reduce((n, a) => n + a.count, 0);
      if (s === 0 && r.facetsExact && kinds !== undefined && kinds !== r.total)
        console.log(`  kind counts ${kinds} != total ${r.total}: ${JSON.stringify(q.query)}`);
    }
  const w = summarize(wall);
  const c = summarize(cpu);
  console.log(
    `${name.padEnd(22)} wall p50 ${w.p50.toFixed(1).padStart(6)} p95 ${w.p95.toFixed(1).padStart(6)} | cpu p50 ${c.p50.toFixed(1).padStart(6)} p95 ${c.p95.toFixed(1).padStart(6)} ms | inexact ${inexact} | warm-up ${warmMs.toFixed(0)} ms | totals ${totals.slice(0, 8).join(",")}`,
  );
}
