/**
 * The real server as a child process (`node bin/orrery.js serve`), for tests and benchmarks that must
 * kill it, signal it or load it from outside: crash safety, graceful shutdown, the load benchmark.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");

export interface ServerProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** everything the server printed so far */
  stdout(): string;
  stderr(): string;
  /** resolves when the process has exited */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** resolves when stdout has printed a line matching `re` */
  waitForOutput(re: RegExp, timeoutMs?: number): Promise<void>;
  /** SIGTERM, then wait for the exit (SIGKILL after `timeoutMs`) */
  stop(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `orrery serve --db <db> --port 0 --no-demo --quiet` (plus `args`, with `env` added to the
 * environment; with `demo`, a new catalog gets the demo data instead) and resolves once it prints
 * the address it serves. Rejects, with what it printed, when it exits or stays silent first.
 */
export function spawnServer(
  db: string,
  opts: {
    args?: string[];
    timeoutMs?: number;
    demo?: boolean;
    env?: Record<string, string>;
    /** options of node itself, such as --cpu-prof */ nodeArgs?: string[];
  } = {},
): Promise<ServerProcess> {
  // As `orrery serve` runs anywhere: with its read workers, whatever the tests' own servers use.
  const { ORRERY_READ_WORKERS: _inTests, ...env } = process.env;
  const child = spawn(
    process.execPath,
    [
      ...(opts.nodeArgs ?? []),
      "bin/orrery.js",
      "serve",
      "--db",
      db,
      "--port",
      "0",
      "--host",
      "127.0.0.1",
      ...(opts.demo ? [] : ["--no-demo"]),
      "--quiet",
      ...(opts.args ?? []),
    ],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...env, ...opts.env } },
  );
  let out = "";
  let err = "";
  const watchers = new Set<() => void>();
  child.stdout!.setEncoding("utf8").on("data", (d: string) => {
    out += d;
    for (const w of watchers) w();
  });
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (err += d));
  let done = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    // "close" comes after "exit" once stdout and stderr are read to their end, so what it printed last is there.
    child.once("close", (code, signal) => {
      // Set before the watchers run, so a wait for output fails at once when the process is gone.
      done = true;
      resolve({ code, signal });
      for (const w of watchers) w();
    }),
  );
  const waitForOutput = (re: RegExp, timeoutMs = 20_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (re.test(out)) {
          finish();
          resolve();
        } else if (done) {
          finish();
          reject(new Error(`the server exited before printing ${re}; stdout: ${out.slice(-2000)} stderr: ${err.slice(-2000)}`));
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`the server did not print ${re} within ${timeoutMs} ms; stdout: ${out.slice(-2000)} stderr: ${err.slice(-2000)}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        watchers.delete(check);
      };
      watchers.add(check);
      check();
    });
  const started = waitForOutput(/Orrery is serving .* at (http:\/\/\S+?)\/\s/, opts.timeoutMs ?? 30_000).catch((e: unknown) => {
    child.kill("SIGKILL");
    throw e;
  });
  return started.then(() => {
    const url = /Orrery is serving .* at (http:\/\/\S+?)\/\s/.exec(out)![1];
    return {
      url,
      pid: child.pid!,
      child,
      stdout: () => out,
      stderr: () => err,
      exited,
      waitForOutput,
      async stop(timeoutMs = 20_000) {
        if (!done) child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
        const r = await exited;
        clearTimeout(timer);
        return r;
      },
    };
  });
}
