/**
 * Clients that ask for a large answer and never read it, against the real server process: the memory
 * their unread answers hold stays bounded, their connections are closed within the documented send
 * timeout, and a normal client is served meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { Store } from "../server/store/store";
import { ingestProposals } from "../server/ingest/proposals";
import { SEND_TIMEOUT_MS, MAX_PENDING_SEND_BYTES } from "../server/http-guard";
import { spawnServer, type ServerProcess } from "./server-process";
import { tempDir } from "./helpers";

/** Linux only: the test reads the server's RSS and the sockets' states from /proc. */
const onLinux = fs.existsSync("/proc/self/status") && fs.existsSync("/proc/net/tcp");

const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,big,PROD)";
const DESCRIPTION = 990_000;
/** Just under GraphQL's 8 MB answer ceiling: the largest answer a client can ask for and then not read. */
const ALIASES = 7;
/** 7 aliases of one model's ~1 MB description: an answer of about 7 MB. */
const QUERY = `{ ${Array.from({ length: ALIASES }, (_, i) => `a${i}: mlModel(urn: "${MODEL}") { properties { description } }`).join(" ")} }`;
const SLOW_READERS = 12;

const rssOf = (pid: number): number => {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) * 1024 : 0;
};

/** The connection from local port `localPort` in /proc/net/tcp: its state ("01" is ESTABLISHED) and receive queue; null when gone. */
function tcp(localPort: number, remotePort: number): { state: string; received: number } | null {
  const hex = (p: number) => p.toString(16).toUpperCase().padStart(4, "0");
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, "utf8").split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 5) continue;
      if (f[1]!.endsWith(`:${hex(localPort)}`) && f[2]!.endsWith(`:${hex(remotePort)}`)) return { state: f[3]!, received: parseInt(f[4]!.split(":")[1]!, 16) };
    }
  }
  return null;
}

function rawRequest(url: string, body: string): string {
  const u = new URL(url);
  return `POST /api/graphql HTTP/1.1\r\nHost: ${u.host}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

describe.runIf(onLinux)("slow readers", () => {
  let server: ServerProcess;
  let dir: string;
  let answerBytes = 0;

  beforeAll(async () => {
    dir = tempDir("orrery-slow-");
    const db = path.join(dir, "c.db");
    const store = Store.open(db);
    const proposals = [
      {
        entityUrn: MODEL,
        changeType: "UPSERT",
        aspectName: "mlModelProperties",
        aspect: { json: { name: "big", description: "".padEnd(DESCRIPTION, "lorem ipsum ") } },
      },
    ];
    const r = ingestProposals(store, proposals, "urn:li:corpuser:test");
    expect(r.rejected).toBe(0);
    store.close();
    server = await spawnServer(db);
    // A client that reads: the answer is large, and the server can send it.
    const res = await fetch(`${server.url}/api/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(res.status).toBe(200);
    answerBytes = (await res.arrayBuffer()).byteLength;
    expect(answerBytes).toBeGreaterThan(ALIASES * DESCRIPTION);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("bounds the memory held for answers nobody reads and closes their connections within the send timeout, while serving others", async () => {
    const port = Number(new URL(server.url).port);
    // First the same answers to a client that reads them, one after another: building them costs
    // memory too (V8 keeps the garbage a while), which is not what this test is about.
    const baseline = rssOf(server.pid);
    let readPeak = baseline;
    let sampler = setInterval(() => (readPeak = Math.max(readPeak, rssOf(server.pid))), 50);
    for (let i = 0; i < SLOW_READERS; i++) {
      const res = await fetch(`${server.url}/api/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: QUERY }),
      });
      expect((await res.arrayBuffer()).byteLength).toBe(answerBytes);
    }
    clearInterval(sampler);

    // Then, at the same pace, clients that send the request and never read a byte of the answer.
    let peak = rssOf(server.pid);
    sampler = setInterval(() => (peak = Math.max(peak, rssOf(server.pid))), 50);
    const started = Date.now();
    const readers: Array<{ socket: net.Socket; localPort: number; answered: number; closed?: number }> = [];
    const watch = () => {
      for (const r of readers) if (r.closed === undefined && tcp(r.localPort, port)?.state !== "01") r.closed = Date.now();
    };
    for (let i = 0; i < SLOW_READERS; i++) {
      const socket = net.connect(port, "127.0.0.1");
      socket.on("error", () => {});
      await new Promise((resolve) => socket.once("connect", resolve));
      socket.pause();
      socket.write(rawRequest(server.url, JSON.stringify({ query: QUERY })));
      const localPort = socket.localPort!;
      // Until its answer begins to arrive (or the server closes it).
      const t0 = Date.now();
      for (let c = tcp(localPort, port); c && c.state === "01" && c.received === 0 && Date.now() - t0 < 15_000; c = tcp(localPort, port))
        await new Promise((r) => setTimeout(r, 20));
      readers.push({ socket, localPort, answered: Date.now() });
      watch();
      await new Promise((r) => setTimeout(r, 200));
    }
    // A normal client keeps being served while they wait.
    const normal: number[] = [];
    const deadline = Date.now() + SEND_TIMEOUT_MS + 5_000;
    while (Date.now() < deadline && readers.some((r) => r.closed === undefined)) {
      const t0 = Date.now();
      const res = await fetch(`${server.url}/api/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ a: searchAcrossEntities(input: {query: "big", start: 0, count: 1}) { total } }' }),
      });
      expect(res.status).toBe(200);
      expect((await res.json()).data.a.total).toBe(1);
      normal.push(Date.now() - t0);
      watch();
      await new Promise((r) => setTimeout(r, 200));
    }
    clearInterval(sampler);
    for (const r of readers) r.socket.destroy();
    const held = readers.filter((r) => r.closed !== undefined).map((r) => r.closed! - r.answered);
    console.log(
      `slow readers: answer ${(answerBytes / 1e6).toFixed(1)} MB × ${SLOW_READERS}; server RSS ${(baseline / 1e6).toFixed(0)} MB, peak ${(readPeak / 1e6).toFixed(0)} MB ` +
        `serving them to a reader, ${(peak / 1e6).toFixed(0)} MB with readers that never read; connections closed by the server: ${held.length}/${SLOW_READERS}, ` +
        `${held.length ? `${Math.min(...held)}–${Math.max(...held)} ms after their answer began` : "none"} (${Date.now() - started} ms in all); ` +
        `normal client: ${normal.length} answers, slowest ${Math.max(...normal)} ms`,
    );
    expect(held.length, "every slow reader's connection is closed by the server").toBe(SLOW_READERS);
    for (const t of held) expect(t).toBeLessThanOrEqual(SEND_TIMEOUT_MS + 3_000);
    // What unread answers hold beyond serving the same answers to a reader stays within what may
    // wait to be sent (the send budget, or all of these answers when they fit in it) plus as much
    // again for the answers being built and collected meanwhile (each one's text in a read worker,
    // its copy on the main thread, its buffer). Unbounded, Node held each unsent answer at three
    // bytes a character, and kept every one of them until its client left.
    const mayWait = Math.min(MAX_PENDING_SEND_BYTES, SLOW_READERS * answerBytes);
    expect(peak - readPeak).toBeLessThan(2 * mayWait);
    expect(Math.max(...normal)).toBeLessThan(5_000);
  }, 180_000);
});
