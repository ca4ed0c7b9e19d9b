/**
 * Where a server's CPU time goes: reads the V8 CPU profiles (`.cpuprofile`) that `node --cpu-prof`
 * writes (one per thread: the main thread and each read worker) and splits their self time by
 * stage of the request path: HTTP, GraphQL parse, validation and the static limits, the hand-off to
 * and from the read workers, execution (graphql-js and the resolvers), SQLite, JSON, GC.
 *
 *   npx tsx bench/profile-split.ts <profile or folder> [--top N]
 *
 * `bench:load -- --profile-dir DIR` writes such profiles of the server under load. A sample is
 * counted for the innermost frame whose source says what it is; a native or built-in frame (no
 * source, such as better-sqlite3's `all` or V8's `JSON.parse`) is named by itself when it is known,
 * else counted for its caller's stage.
 */
import fs from "node:fs";
import path from "node:path";
import { Command } from "commander";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Stages by the source a frame comes from (first match wins). */
const BY_URL: Array<[RegExp, string]> = [
  [/node_modules\/graphql\/language\//, "parse"],
  [/node_modules\/graphql\/(validation|utilities\/TypeInfo)/, "validate+limits"],
  [/@escape\.tech|server\/graphql\/(limits|resolvable|result-size)\.ts/, "validate+limits"],
  [/server\/graphql\/(read-pool|read-worker)\.ts|node:internal\/worker|node:worker_threads|internal\/per_context\/messageport/, "worker hand-off"],
  [/server\/graphql\/budget\.ts/, "execute: budget meter"],
  [/node_modules\/graphql\/(execution|jsutils|type)\//, "execute: graphql-js"],
  [/node_modules\/(dataloader)\//, "execute: loaders"],
  [/node_modules\/better-sqlite3\/|server\/store\//, "SQLite + store"],
  [/server\/(graphql|model|lineage|search)\//, "execute: resolvers"],
  [/node_modules\/(graphql-yoga|@envelop|@graphql-yoga|@graphql-tools)\//, "yoga/envelop"],
  [
    /node_modules\/@whatwg-node\/|node:_http|node:http|node:net|node:stream|node:internal\/(http|streams|stream_base|net|webstreams|url)|node_modules\/undici|node:internal\/deps\/undici|server\/http|server\/(http-guard|server)\.ts/,
    "HTTP",
  ],
  [/node:internal\/(timers|process\/task_queues|async_hooks)|node:events|node:timers/, "event loop"],
];

/** Native and built-in functions, by name, whatever calls them. */
const BY_NAME: Record<string, string> = {
  "(garbage collector)": "GC",
  "(idle)": "idle",
  "(program)": "program (V8, native)",
  parse: "JSON.parse",
  stringify: "JSON.stringify",
};

function stageOf(frame: CallFrame): string | null {
  if (!frame.url) return null;
  for (const [re, stage] of BY_URL) if (re.test(frame.url)) return stage;
  if (/node_modules/.test(frame.url)) return `other: ${/node_modules\/((@[^/]+\/)?[^/]+)/.exec(frame.url)?.[1]}`;
  if (/^node:/.test(frame.url)) return "node internals";
  return `other: ${path.basename(frame.url)}`;
}

export interface Split {
  file: string;
  totalMs: number;
  /** milliseconds by stage, idle excluded from nothing (idle is its own stage) */
  stages: Record<string, number>;
  topFunctions: Array<{ fn: string; ms: number }>;
}

export function split(file: string, top = 25): Split {
  const p = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stageCache = new Map<number, string>();
  const stageOfNode = (id: number): string => {
    const known = stageCache.get(id);
    if (known) return known;
    const n = byId.get(id)!;
    let stage = stageOf(n.callFrame);
    if (!stage) {
      const name = n.callFrame.functionName;
      const native = !n.callFrame.url;
      const up = parent.get(id);
      const callerStage = up === undefined ? "root" : stageOfNode(up);
      if (native && BY_NAME[name] && !(name === "parse" && callerStage === "parse")) stage = BY_NAME[name];
      else if (native && callerStage === "SQLite + store") stage = "SQLite + store";
      else stage = callerStage;
    }
    stageCache.set(id, stage);
    return stage;
  };
  const selfUs = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) selfUs.set(p.samples[i], (selfUs.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
  const stages: Record<string, number> = {};
  const fns = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const stage = stageOfNode(id);
    stages[stage] = (stages[stage] ?? 0) + us / 1000;
    total += us / 1000;
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || "(anonymous)"} ${f.url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*?\/(server|bench)\//, "$1/")}:${f.lineNumber + 1} [${stage}]`;
    fns.set(key, (fns.get(key) ?? 0) + us / 1000);
  }
  return {
    file,
    totalMs: total,
    stages,
    topFunctions: [...fns]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, ms]) => ({ fn, ms })),
  };
}

function print(s: Split): void {
  const busy = s.totalMs - (s.stages.idle ?? 0);
  console.log(`\n${s.file}: ${(s.totalMs / 1000).toFixed(1)} s sampled, ${(busy / 1000).toFixed(1)} s busy`);
  for (const [stage, ms] of Object.entries(s.stages).sort((a, b) => b[1] - a[1]))
    if (stage !== "idle") console.log(`  ${stage.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(8)} s ${((ms / busy) * 100).toFixed(1).padStart(6)} %`);
  console.log("  top functions by self time:");
  for (const f of s.topFunctions) console.log(`    ${f.ms.toFixed(0).padStart(7)} ms  ${f.fn}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cli = new Command()
    .argument("<profile>", "a .cpuprofile file, or a folder of them")
    .option("--top <n>", "functions to list", (v) => Number(v), 25)
    .parse();
  const target = cli.args[0]!;
  const files = fs.statSync(target).isDirectory()
    ? fs
        .readdirSync(target)
        .filter((f) => f.endsWith(".cpuprofile"))
        .sort()
        .map((f) => path.join(target, f))
    : [target];
  if (files.length === 0) throw new Error(`no .cpuprofile files in ${target}`);
  for (const f of files) print(split(f, cli.opts<{ top: number }>().top));
}
