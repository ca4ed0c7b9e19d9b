/**
 * Storage benchmark: where a catalog's bytes go. Builds the synthetic catalog through the ingestion
 * path (or reads an existing one with --db --reuse), then asks SQLite's dbstat virtual table for the
 * pages of every table and index and reports bytes per entity for each, grouped by the table they
 * belong to (an FTS5 table's shadow tables count as that table's), plus the aspect bytes by aspect.
 * With --runs N the catalog is built N times and the ingest rate is the median of the N runs.
 *
 *   npm run bench:size -- [--entities N] [--runs N] [--db PATH] [--reuse] [--keep] [--label NAME]
 *
 * Writes bench/results/size[-LABEL].json and prints the table.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { Command } from "commander";
import { buildCatalog, type IngestStats } from "./catalog";
import { registerCatalogFunctions } from "../server/store/aspect-values";

const program = new Command()
  .option("--entities <n>", "entities in the synthetic catalog", (v) => Number(v), 100_000)
  .option("--runs <n>", "builds of the catalog (the ingest rate reported is their median)", (v) => Number(v), 1)
  .option("--db <path>", "catalog file (default: a temporary file)")
  .option("--reuse", "measure the existing catalog at --db instead of building one")
  .option("--keep", "keep the catalog file afterwards")
  .option("--label <name>", "suffix of the result file name")
  .parse();
const opts = program.opts<{ entities: number; runs: number; db?: string; reuse?: boolean; keep?: boolean; label?: string }>();

export interface ObjectSize {
  /** table or index name as in sqlite_schema */
  name: string;
  /** the table it belongs to (an index's table; an FTS5 shadow table's virtual table) */
  table: string;
  kind: "table" | "index";
  pages: number;
  bytes: number;
  /** bytes of cell payload (the rest is page headers, cell pointers and free space in pages) */
  payload: number;
  bytesPerEntity: number;
}

export interface SizeReport {
  file: string;
  fileBytes: number;
  pageSize: number;
  freePages: number;
  entities: number;
  aspectRows: number;
  currentAspects: number;
  bytesPerEntity: number;
  objects: ObjectSize[];
  byTable: Array<{ table: string; bytes: number; bytesPerEntity: number; share: number }>;
  /** per aspect: its rows and the bytes of their values as stored (and, in catalogs before migration 9, of their systemMetadata) */
  aspectBytes: Array<{ aspect: string; rows: number; valueBytes: number; systemMetadataBytes: number }>;
}

/** The size breakdown of a catalog file, read-only. */
export function measureSize(file: string): SizeReport {
  const db = new Database(file, { readonly: true });
  registerCatalogFunctions(db); // the aspects view unpacks values with it (migration 12)
  try {
    const pageSize = db.pragma("page_size", { simple: true }) as number;
    const freePages = db.pragma("freelist_count", { simple: true }) as number;
    const entities = db.prepare(`SELECT count(*) FROM entities`).pluck().get() as number;
    const schema = db.prepare(`SELECT name, type, tbl_name FROM sqlite_schema`).all() as Array<{ name: string; type: string; tbl_name: string }>;
    const rowsTable = schema.some((s) => s.name === "aspect_rows") ? "aspect_rows" : "aspects";
    const aspectRows = db.prepare(`SELECT count(*) FROM ${rowsTable}`).pluck().get() as number;
    const currentAspects = db.prepare(`SELECT count(*) FROM ${rowsTable} WHERE version = 0`).pluck().get() as number;
    const virtual = schema.filter((s) => s.type === "table").map((s) => s.name);
    const owner = (name: string): string => {
      const s = schema.find((x) => x.name === name);
      const table = s?.tbl_name ?? name;
      // FTS5 keeps a virtual table's data in shadow tables named <table>_data, _idx, _content, _docsize, _config.
      const shadow = virtual.find(
        (v) => table.startsWith(`${v}_`) && /_(data|idx|content|docsize|config)$/.test(table) && table.slice(v.length + 1).indexOf("_") < 0,
      );
      return shadow ?? table;
    };
    const rows = db.prepare(`SELECT name, count(*) AS pages, sum(pgsize) AS bytes, sum(payload) AS payload FROM dbstat GROUP BY name`).all() as Array<{
      name: string;
      pages: number;
      bytes: number;
      payload: number;
    }>;
    const per = (b: number) => (entities ? Math.round((b / entities) * 10) / 10 : 0);
    const objects: ObjectSize[] = rows
      .map((r) => ({
        name: r.name,
        table: owner(r.name),
        kind: (schema.find((s) => s.name === r.name)?.type === "index" ? "index" : "table") as "table" | "index",
        pages: r.pages,
        bytes: r.bytes,
        payload: r.payload,
        bytesPerEntity: per(r.bytes),
      }))
      .sort((a, b) => b.bytes - a.bytes);
    const fileBytes = fs.statSync(file).size;
    const tables = new Map<string, number>();
    for (const o of objects) tables.set(o.table, (tables.get(o.table) ?? 0) + o.bytes);
    const byTable = [...tables]
      .map(([table, bytes]) => ({ table, bytes, bytesPerEntity: per(bytes), share: Math.round((bytes / fileBytes) * 1000) / 10 }))
      .sort((a, b) => b.bytes - a.bytes);
    // Before migration 9 each row held its systemMetadata's JSON; since, the id of a shared template.
    const inline = (db.prepare(`SELECT name FROM pragma_table_info('aspects')`).pluck().all() as string[]).includes("system_metadata");
    // Since migration 12 the rows are in aspect_rows (values of 512 bytes or more deflated): the bytes stored.
    const interned = schema.some((s) => s.name === "aspect_rows");
    const aspectBytes = db
      .prepare(
        interned
          ? `SELECT n.name AS aspect, count(*) AS rows, sum(length(CAST(a.value AS BLOB))) AS valueBytes, 0 AS systemMetadataBytes
               FROM aspect_rows a JOIN names n ON n.id = a.aspect_id GROUP BY n.name ORDER BY valueBytes DESC`
          : `SELECT aspect, count(*) AS rows, sum(length(CAST(value AS BLOB))) AS valueBytes,
                ${inline ? "coalesce(sum(length(CAST(system_metadata AS BLOB))), 0)" : "0"} AS systemMetadataBytes
           FROM aspects GROUP BY aspect ORDER BY valueBytes DESC`,
      )
      .all() as SizeReport["aspectBytes"];
    return { file, fileBytes, pageSize, freePages, entities, aspectRows, currentAspects, bytesPerEntity: per(fileBytes), objects, byTable, aspectBytes };
  } finally {
    db.close();
  }
}

function print(r: SizeReport): void {
  const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
  console.log(
    `\n${r.file}: ${mb(r.fileBytes)}, ${r.entities.toLocaleString("en-US")} entities, ${r.bytesPerEntity} bytes per entity (page size ${r.pageSize}, ${r.freePages} free pages)`,
  );
  console.log(`${r.aspectRows.toLocaleString("en-US")} aspect rows, ${r.currentAspects.toLocaleString("en-US")} current\n`);
  console.log("table / index                         kind      MB   bytes/entity");
  for (const t of r.byTable) {
    console.log(
      `${t.table.padEnd(36)} ${"total".padEnd(6)} ${(t.bytes / 1e6).toFixed(1).padStart(6)} ${String(t.bytesPerEntity).padStart(10)}  (${t.share} %)`,
    );
    for (const o of r.objects.filter((x) => x.table === t.table && (x.name !== t.table || r.objects.filter((y) => y.table === t.table).length > 1)))
      console.log(`  ${o.name.padEnd(34)} ${o.kind.padEnd(6)} ${(o.bytes / 1e6).toFixed(1).padStart(6)} ${String(o.bytesPerEntity).padStart(10)}`);
  }
}

async function main() {
  const dbPath = opts.db ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), "orrery-size-")), "bench.db");
  const result: Record<string, unknown> = {
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version },
    entities: opts.entities,
    startedAt: new Date().toISOString(),
  };
  if (!opts.reuse) {
    const runs: Array<IngestStats & { loadavg: number[] }> = [];
    for (let i = 0; i < Math.max(1, opts.runs); i++) {
      const loadavg = os.loadavg().map((x) => Math.round(x * 100) / 100);
      const r = await buildCatalog(dbPath, opts.entities);
      runs.push({ ...r, loadavg });
      console.error(
        `run ${i + 1}: ${r.accepted} aspects in ${r.seconds} s = ${r.aspectsPerSecond} aspects/s; ${r.cpuSeconds} CPU-seconds = ${r.aspectsPerCpuSecond} aspects per CPU-second (load average ${loadavg.join(" ")})`,
      );
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    result.ingest = {
      runs,
      medianAspectsPerSecond: median(runs.map((r) => r.aspectsPerSecond)),
      medianAspectsPerCpuSecond: median(runs.map((r) => r.aspectsPerCpuSecond)),
    };
  }
  const size = measureSize(dbPath);
  result.size = size;
  result.finishedAt = new Date().toISOString();
  if (!opts.keep && !opts.db) fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
  fs.mkdirSync("bench/results", { recursive: true });
  const out = `bench/results/size${opts.label ? `-${opts.label}` : ""}.json`;
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  if (result.ingest) {
    const ingest = result.ingest as { medianAspectsPerSecond: number; medianAspectsPerCpuSecond: number };
    console.log(`ingest: median ${ingest.medianAspectsPerSecond} aspects/s, ${ingest.medianAspectsPerCpuSecond} aspects per CPU-second`);
  }
  print(size);
  console.log(`results: ${out}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
