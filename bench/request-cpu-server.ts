/**
 * bench/request-cpu.ts --server: CPU time per request of the whole request path, as the real server
 * (`orrery serve`, a child process) spends it: HTTP, parsing, validation and limits on the main
 * thread, the hand-off, execution in a read worker. One request at a time over loopback, each kind
 * of request (bench/load-mix.ts) in a run of its own after a warm-up of the whole mix; Linux counts a
 * thread's CPU time in ticks of 10 ms, so a run's mean per request is the figure, with the main
 * thread's part of it.
 */
import fs from "node:fs";
import { Pool } from "undici";
import { spawnServer } from "../test/server-process";
import { Client, httpRequestOf, MIX, mixOf, type Inputs } from "./load-mix";

/** utime + stime of a process or one of its threads, in seconds (USER_HZ = 100). */
function cpuSeconds(statFile: string): number {
  const stat = fs.readFileSync(statFile, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export async function serverCpuPerRequest(o: {
  db: string;
  token: string;
  inputs: Inputs;
  kinds: string[] | null;
  seed: number;
  requests: number;
  workers: number;
}): Promise<void> {
  const server = await spawnServer(o.db, { timeoutMs: 120_000, env: { ORRERY_READ_WORKERS: String(o.workers) } });
  const pool = new Pool(server.url, { connections: 1, pipelining: 1 });
  let failures = 0;
  const send = async (client: Client) => {
    const req = client.next();
    const res = await pool.request(httpRequestOf(req, o.token));
    const text = await res.body.text();
    let problem: string | null = res.statusCode === 200 ? null : `HTTP ${res.statusCode}`;
    if (!problem) {
      const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
      problem = body.errors?.length ? JSON.stringify(body.errors[0]) : req.check(body.data);
    }
    if (problem) {
      if (failures++ < 5) console.error(`${req.op}: ${problem.slice(0, 300)}`);
    } else req.after?.();
  };
  try {
    const kinds = o.kinds ?? Object.keys(MIX);
    const warm = new Client(0, o.inputs, o.seed + 1, mixOf(kinds));
    for (let i = 0; i < o.requests; i++) await send(warm);
    console.log(`server CPU ms per request (${o.workers} read workers), ${o.requests} requests a kind, one at a time, after ${o.requests} to warm up`);
    console.log("kind                    total  main thread");
    for (const kind of kinds) {
      const client = new Client(0, o.inputs, o.seed, mixOf([kind]));
      const all0 = cpuSeconds(`/proc/${server.pid}/stat`);
      const main0 = cpuSeconds(`/proc/${server.pid}/task/${server.pid}/stat`);
      for (let i = 0; i < o.requests; i++) await send(client);
      const all = (cpuSeconds(`/proc/${server.pid}/stat`) - all0) * 1000;
      const main = (cpuSeconds(`/proc/${server.pid}/task/${server.pid}/stat`) - main0) * 1000;
      console.log(`${kind.padEnd(20)} ${(all / o.requests).toFixed(2).padStart(8)} ${(main / o.requests).toFixed(2).padStart(12)}`);
    }
  } finally {
    await pool.close();
    await server.stop(30_000);
  }
  if (failures) {
    console.error(`FAILED: ${failures} requests were refused or answered wrongly`);
    process.exitCode = 1;
  }
}
