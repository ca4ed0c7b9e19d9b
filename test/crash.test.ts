/**
 * Crash safety and graceful shutdown, against the real server CLI in a child process on a temp file.
 *
 * (a) 50,000 aspects go in through the HTTP ingestion endpoint (50 batches of 1,000: 500 datasets,
 *     each with its properties and a tag naming its batch) while several GraphQL clients add tags and
 *     rewrite descriptions. The server is SIGKILLed at three different moments with requests in
 *     flight, restarted on the same file each time, and checked: every acknowledged write is there,
 *     every batch is all or nothing, the derived rows (edges, search, facets) agree with the aspects
 *     (Store.consistencyCheck), and PRAGMA integrity_check is ok. The last run completes the 50,000.
 * (b) SIGTERM with slow requests in flight: they complete with 200, new connections are refused, the
 *     process exits 0 and the WAL has been checkpointed into the database file.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { Store } from "../server/store/store";
import { createToken } from "../server/store/tokens";
import { ingestProposals } from "../server/ingest/proposals";
import { tempDir } from "./helpers";
import { spawnServer, type ServerProcess } from "./server-process";

const BATCHES = 50;
const ENTITIES_PER_BATCH = 500; // two aspects each: 1,000 aspects a batch
const ASPECTS_PER_BATCH = 2 * ENTITIES_PER_BATCH;
const INGEST_WORKERS = 3;
const EDIT_CLIENTS = 4;
const TARGETS_PER_CLIENT = 12;

const batchUrn = (b: number, i: number) => `urn:li:dataset:(urn:li:dataPlatform:crashtest,b${b}_e${i},PROD)`;
const batchTag = (b: number) => `urn:li:tag:crash_batch_${b}`;
const targetUrn = (c: number, t: number) => `urn:li:dataset:(urn:li:dataPlatform:crashtest,target_c${c}_${t},PROD)`;

/** One batch in the REST emitter's wire form (aspect.value a JSON string), as DataHub's SDK sends it. */
function batchBody(b: number): string {
  const proposals: unknown[] = [];
  const rest = (urn: string, aspectName: string, value: unknown) => ({
    entityType: "dataset",
    entityUrn: urn,
    changeType: "UPSERT",
    aspectName,
    aspect: { value: JSON.stringify(value), contentType: "application/json" },
  });
  for (let i = 0; i < ENTITIES_PER_BATCH; i++) {
    const urn = batchUrn(b, i);
    proposals.push(
      rest(urn, "datasetProperties", { name: `b${b} e${i}`, description: `entity ${i} of ingestion ${b}`, customProperties: { ingestion: String(b) } }),
    );
    proposals.push(rest(urn, "globalTags", { tags: [{ tag: batchTag(b) }] }));
  }
  return JSON.stringify({ proposals, async: "false" });
}

type Outcome = "acked" | "refused" | "unknown";
interface Edit {
  client: number;
  seq: number;
  target: string;
  kind: "tag" | "description";
  value: string;
  outcome: Outcome;
}

describe("crash safety and shutdown of the server process", () => {
  let dir: string;
  let db: string;
  let ingestToken: string;
  let editorToken: string;
  const bodies: string[] = [];
  const running: ServerProcess[] = [];

  beforeAll(() => {
    dir = tempDir("orrery-crash-");
    db = path.join(dir, "catalog.db");
    const store = Store.open(db);
    ingestToken = createToken(store, { role: "ingest", name: "crash test" }).token;
    editorToken = createToken(store, { role: "editor", name: "crash test" }).token;
    const seed: unknown[] = [];
    for (let c = 0; c < EDIT_CLIENTS; c++)
      for (let t = 0; t < TARGETS_PER_CLIENT; t++)
        seed.push({
          entityUrn: targetUrn(c, t),
          changeType: "UPSERT",
          aspectName: "datasetProperties",
          aspect: { json: { name: `target ${c}.${t}`, description: "as ingested" } },
        });
    expect(ingestProposals(store, seed, "urn:li:corpuser:test").rejected).toBe(0);
    store.close();
    for (let b = 0; b < BATCHES; b++) bodies.push(batchBody(b));
  }, 60_000);

  afterAll(async () => {
    for (const s of running) await s.stop(5000);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  async function start(file = db): Promise<ServerProcess> {
    const s = await spawnServer(file);
    running.push(s);
    return s;
  }

  /** Outcome of every batch request and every edit, across all runs. */
  const batchAcked = new Set<number>();
  const edits: Edit[] = [];
  const httpErrors: string[] = [];
  const editSeq = Array.from({ length: EDIT_CLIENTS }, () => 0);

  /** Batches not yet known to be complete in the file (acked, or found whole after a restart). */
  let todo = Array.from({ length: BATCHES }, (_, b) => b);

  /**
   * Ingests the remaining batches (INGEST_WORKERS at a time) while the edit clients run, and SIGKILLs
   * the server `thenMs` after the `afterAcks`-th batch acknowledgement of this run (or, with
   * afterAcks = Infinity, lets everything finish). Returns how many requests were in flight when
   * the signal went.
   */
  async function run(server: ServerProcess, plan: { afterAcks: number; thenMs?: number }) {
    let killed = false;
    let ingestDone = false;
    let inflight = 0;
    let inflightAtKill = -1;
    let acks = 0;
    const kill = () => {
      if (killed) return;
      killed = true;
      inflightAtKill = inflight;
      server.child.kill("SIGKILL");
    };
    const queue = [...todo];
    const ingestWorker = async () => {
      while (!killed && queue.length) {
        const b = queue.shift()!;
        inflight++;
        try {
          const res = await fetch(`${server.url}/aspects?action=ingestProposalBatch`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${ingestToken}`, "X-RestLi-Protocol-Version": "2.0.0" },
            body: bodies[b],
          });
          const body = (await res.json()) as { value?: { accepted: number } };
          if (res.status === 200 && body.value?.accepted === ASPECTS_PER_BATCH) {
            batchAcked.add(b);
            acks++;
            if (acks === plan.afterAcks) {
              if (plan.thenMs) setTimeout(kill, plan.thenMs);
              else kill();
            }
          } else httpErrors.push(`batch ${b}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
        } catch {
          /* the connection died with the server: outcome unknown */
        } finally {
          inflight--;
        }
      }
    };
    const editClient = async (c: number) => {
      while (!killed && !ingestDone) {
        const seq = editSeq[c]++;
        const target = targetUrn(c, seq % TARGETS_PER_CLIENT);
        const kind = seq % 3 === 2 ? "description" : "tag";
        const value = kind === "tag" ? `urn:li:tag:edit_c${c}_${seq}` : `description ${c}.${seq}`;
        const edit: Edit = { client: c, seq, target, kind, value, outcome: "unknown" };
        edits.push(edit);
        const [query, field, input] =
          kind === "tag"
            ? [`mutation($input: TagAssociationInput!) { addTag(input: $input) }`, "addTag", { resourceUrn: target, tagUrn: value }]
            : [
                `mutation($input: DescriptionUpdateInput!) { updateDescription(input: $input) }`,
                "updateDescription",
                { resourceUrn: target, description: value },
              ];
        inflight++;
        try {
          const res = await fetch(`${server.url}/api/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${editorToken}` },
            body: JSON.stringify({ query, variables: { input } }),
          });
          const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
          if (res.status === 200 && body.data?.[field] === true && !body.errors) edit.outcome = "acked";
          else {
            edit.outcome = "refused";
            httpErrors.push(`${field} ${value}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
          }
        } catch {
          /* unknown */
        } finally {
          inflight--;
        }
      }
    };
    const ingest = Promise.all(Array.from({ length: INGEST_WORKERS }, ingestWorker)).then(() => (ingestDone = true));
    await Promise.all([ingest, ...Array.from({ length: EDIT_CLIENTS }, (_, c) => editClient(c))]);
    if (Number.isFinite(plan.afterAcks)) {
      expect(killed, "the ingestion finished before the planned kill").toBe(true);
      const exit = await server.exited;
      expect(exit.signal).toBe("SIGKILL");
    }
    return { acks, inflightAtKill };
  }

  /** Checks the file after a restart: acknowledged writes, whole batches, derived rows, integrity. */
  async function verify(server: ServerProcess): Promise<{ completeBatches: number; aspects: number }> {
    expect(httpErrors).toEqual([]);
    const store = Store.open(db, { readonly: true });
    try {
      const perBatch = new Map<number, number>();
      for (const r of store.all<{ urn: string; n: number }>(
        `SELECT urn, count(*) AS n FROM aspects WHERE version = 0 AND urn LIKE 'urn:li:dataset:(urn:li:dataPlatform:crashtest,b%' GROUP BY urn`,
      )) {
        const b = Number(/,b(\d+)_e\d+,/.exec(r.urn)![1]);
        perBatch.set(b, (perBatch.get(b) ?? 0) + r.n);
      }
      for (const [b, n] of perBatch) expect([0, ASPECTS_PER_BATCH], `batch ${b} holds ${n} aspects: half-applied`).toContain(n);
      for (const b of batchAcked) expect(perBatch.get(b), `acknowledged batch ${b}`).toBe(ASPECTS_PER_BATCH);
      const complete = [...perBatch].filter(([, n]) => n === ASPECTS_PER_BATCH).map(([b]) => b);
      todo = todo.filter((b) => !complete.includes(b));

      const current = store.getCurrentAspects(
        Array.from({ length: EDIT_CLIENTS * TARGETS_PER_CLIENT }, (_, i) => targetUrn(Math.floor(i / TARGETS_PER_CLIENT), i % TARGETS_PER_CLIENT)),
      );
      for (const e of edits.filter((x) => x.kind === "tag" && x.outcome === "acked")) {
        const tags = ((current.get(e.target)?.get("globalTags")?.tags as Array<{ tag: string }>) ?? []).map((t) => t.tag);
        expect(tags, `acknowledged addTag ${e.value} on ${e.target}`).toContain(e.value);
      }
      for (const target of current.keys()) {
        const writes = edits.filter((x) => x.kind === "description" && x.target === target);
        const lastAcked = writes.map((x) => x.outcome).lastIndexOf("acked");
        const allowed = writes
          .slice(Math.max(0, lastAcked))
          .filter((x, i) => (lastAcked >= 0 && i === 0) || x.outcome === "unknown")
          .map((x) => x.value);
        if (lastAcked < 0) allowed.push("as ingested");
        const stored = (current.get(target)?.get("editableDatasetProperties")?.description as string | undefined) ?? "as ingested";
        expect(allowed, `description of ${target}`).toContain(stored);
      }

      const report = store.consistencyCheck();
      expect(report.problems).toEqual([]);
      expect(report.ok).toBe(true);
      expect(report.tagsProbed).toBeGreaterThan(0);
      expect(store.integrityCheck()).toBe("ok");

      // The restarted server answers from the same file: an acknowledged batch is found by its tag.
      const someAcked = [...batchAcked][0];
      if (someAcked !== undefined) {
        const res = await fetch(`${server.url}/api/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            query: `query($tag: String!) { searchAcrossEntities(input: { query: "*", count: 1, orFilters: [{ and: [{ field: "tags", values: [$tag] }] }] }) { total } }`,
            variables: { tag: batchTag(someAcked) },
          }),
        });
        expect(((await res.json()) as any).data.searchAcrossEntities.total).toBe(ENTITIES_PER_BATCH);
      }
      return { completeBatches: complete.length, aspects: [...perBatch.values()].reduce((a, n) => a + n, 0) };
    } finally {
      store.close();
    }
  }

  it("keeps every acknowledged write and no half batch across SIGKILLs at three moments, then completes 50,000 aspects", async () => {
    const moments = [
      { afterAcks: 2 }, // early: the first transactions, a small WAL
      { afterAcks: 12 }, // later: a larger WAL, edits interleaved with batches
      { afterAcks: 1, thenMs: 180 }, // between acknowledgements: mid-transaction or mid-response
    ];
    let server = await start();
    let kills = 0;
    for (const moment of moments) {
      const before = batchAcked.size;
      const r = await run(server, moment);
      kills++;
      expect(r.acks).toBeGreaterThanOrEqual(moment.afterAcks);
      expect(r.inflightAtKill, "requests in flight when the server was killed").toBeGreaterThan(0);
      server = await start();
      const v = await verify(server);
      expect(v.completeBatches).toBeGreaterThanOrEqual(batchAcked.size);
      expect(batchAcked.size).toBeGreaterThan(before);
      expect(todo.length, "the kill came before the end of the ingestion").toBeGreaterThan(0);
    }
    expect(kills).toBe(3);
    // Edits were acknowledged (and so checked) between the kills, of both kinds.
    expect(edits.filter((e) => e.outcome === "acked" && e.kind === "tag").length).toBeGreaterThan(3);
    expect(edits.filter((e) => e.outcome === "acked" && e.kind === "description").length).toBeGreaterThan(1);

    // Last run: the batches not yet in the file, to the end, then a clean stop.
    await run(server, { afterAcks: Infinity });
    const v = await verify(server);
    expect(v.completeBatches).toBe(BATCHES);
    expect(v.aspects).toBe(BATCHES * ASPECTS_PER_BATCH);
    expect(todo).toEqual([]);
    const exit = await server.stop();
    expect(exit.code).toBe(0);
  }, 120_000);

  it("consistencyCheck reports each kind of disagreement between aspects and derived rows", () => {
    const file = path.join(dir, "consistency.db");
    const store = Store.open(file);
    try {
      const urn = (i: number) => `urn:li:dataset:(urn:li:dataPlatform:crashtest,cc_${i},PROD)`;
      const proposals = Array.from({ length: 6 }, (_, i) => [
        { entityUrn: urn(i), changeType: "UPSERT", aspectName: "datasetProperties", aspect: { json: { name: `cc ${i}` } } },
        { entityUrn: urn(i), changeType: "UPSERT", aspectName: "globalTags", aspect: { json: { tags: [{ tag: "urn:li:tag:cc_tag" }] } } },
        {
          entityUrn: urn(i),
          changeType: "UPSERT",
          aspectName: "upstreamLineage",
          aspect: { json: { upstreams: [{ dataset: urn(i + 1), type: "TRANSFORMED" }] } },
        },
      ]).flat();
      expect(ingestProposals(store, proposals, "urn:li:corpuser:test").rejected).toBe(0);
      const clean = store.consistencyCheck();
      expect(clean).toMatchObject({ ok: true, entities: 6, aspects: 18, edges: 12, searchRows: 6, problemCount: 0 });
      expect(clean.tagsProbed).toBe(1);

      const id = (i: number) => store.get<{ id: number }>(`SELECT id FROM entities WHERE urn = ?`, urn(i))!.id;
      // Edges hold urns and names as ids (migration 12).
      const urnId = (u: string) => {
        store.run(`INSERT OR IGNORE INTO urns (urn) VALUES (?)`, u);
        return store.get<{ id: number }>(`SELECT id FROM urns WHERE urn = ?`, u)!.id;
      };
      const nameId = (n: string) => {
        store.run(`INSERT OR IGNORE INTO names (name) VALUES (?)`, n);
        return store.get<{ id: number }>(`SELECT id FROM names WHERE name = ?`, n)!.id;
      };
      store.run(`DELETE FROM edge_rows WHERE src = ? AND type = ?`, urnId(urn(0)), nameId("DownstreamOf"));
      store.run(
        `INSERT INTO edge_rows (src, type, dst, via, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)`,
        urnId(urn(1)),
        nameId("TaggedWith"),
        urnId("urn:li:tag:ghost"),
        nameId("globalTags"),
      );
      // An edge to an id the urns table lacks: invisible to every read, so reported on its own.
      store.run(
        `INSERT INTO edge_rows (src, type, dst, via, created_at, updated_at) VALUES (?, ?, 999999, ?, 0, 0)`,
        urnId(urn(1)),
        nameId("OwnedBy"),
        nameId("ownership"),
      );
      store.run(`UPDATE search SET name = 'renamed behind its back' WHERE rowid = ?`, id(2));
      store.run(`DELETE FROM search WHERE rowid = ?`, id(3));
      store.run(`DELETE FROM facets WHERE entity_id = ? AND field = 'tags'`, id(4));
      store.run(`UPDATE entities SET removed = 1 WHERE id = ?`, id(5));
      store.run(`INSERT INTO facets (field, value, entity_id) VALUES ('tags', 'urn:li:tag:cc_tag', 999999)`);
      const r = store.consistencyCheck();
      expect(r.ok).toBe(false);
      const expected = [
        `edges of ${urn(0)}: missing ${urn(0)} upstreamLineage DownstreamOf ${urn(1)}`,
        `edges of ${urn(1)}: unexpected ${urn(1)} globalTags TaggedWith urn:li:tag:ghost`,
        `search row of ${urn(2)}: name is "renamed behind its back", expected "cc 2"`,
        `search row of ${urn(3)}: missing`,
        `facets of ${urn(4)}: missing tags urn:li:tag:cc_tag`,
        `entity ${urn(5)}: removed flag is true, its status aspect says false`,
        `full-text index: tag 'cc_tag' does not find entity id ${id(3)}`,
        "facet rows of an unknown entity: 999999",
        "edge_rows.dst: id 999999 is not in urns",
      ];
      for (const p of expected) expect(r.problems).toContain(p);
      expect(r.problemCount).toBe(expected.length);
    } finally {
      store.close();
    }
  });

  it("on SIGTERM finishes in-flight requests, refuses new connections, exits 0 and checkpoints the WAL", async () => {
    const file = path.join(dir, "shutdown.db");
    const store = Store.open(file);
    const ingest = createToken(store, { role: "ingest" }).token;
    const editor = createToken(store, { role: "editor" }).token;
    const TARGET = targetUrn(9, 9);
    ingestProposals(
      store,
      [{ entityUrn: TARGET, changeType: "UPSERT", aspectName: "datasetProperties", aspect: { json: { name: "shutdown target" } } }],
      "urn:li:corpuser:test",
    );
    store.close();
    const server = await start(file);
    const port = Number(new URL(server.url).port);
    const agent = new http.Agent({ keepAlive: true });

    const connects: Array<Promise<void>> = [];
    /** A POST whose body arrives in two parts: the second only when `release` resolves. */
    const slowPost = (pathname: string, token: string, body: string, release: Promise<void>) =>
      new Promise<{ status: number; body: any }>((resolve, reject) => {
        const data = Buffer.from(body);
        const req = http.request(
          {
            host: "127.0.0.1",
            port,
            path: pathname,
            method: "POST",
            agent,
            headers: { "content-type": "application/json", "content-length": data.length, authorization: `Bearer ${token}` },
          },
          (res) => {
            let text = "";
            res.setEncoding("utf8").on("data", (d) => (text += d));
            res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
          },
        );
        req.on("error", reject);
        connects.push(new Promise((r) => req.once("socket", (sock) => sock.once("connect", () => r()))));
        req.write(data.subarray(0, Math.floor(data.length / 2)));
        void release.then(() => req.end(data.subarray(Math.floor(data.length / 2))));
      });
    let releaseBodies!: () => void;
    const released = new Promise<void>((r) => (releaseBodies = r));
    const slowIngest = slowPost(`/aspects?action=ingestProposalBatch`, ingest, bodies[0], released);
    const slowEdit = slowPost(
      `/api/graphql`,
      editor,
      JSON.stringify({
        query: `mutation($input: TagAssociationInput!) { addTag(input: $input) }`,
        variables: { input: { resourceUrn: TARGET, tagUrn: "urn:li:tag:during_shutdown" } },
      }),
      released,
    );
    const slowRead = slowPost(`/api/graphql`, editor, JSON.stringify({ query: `{ orreryInfo { version } }` }), released);
    for (const p of [slowIngest, slowEdit, slowRead]) p.catch(() => {}); // awaited below; no unhandled rejection if a check fails first
    // Let the three requests reach the server (headers and half of each body): connected, then one
    // round trip on a later connection (accepted after them), then a moment to parse what they sent.
    await Promise.all(connects);
    expect((await fetch(`${server.url}/health`, { headers: { connection: "close" } })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));

    server.child.kill("SIGTERM");
    await server.waitForOutput(/SIGTERM: finishing in-flight requests/);
    const refused = await new Promise<string>((resolve) => {
      const s = net.connect(port, "127.0.0.1");
      s.once("connect", () => {
        s.destroy();
        resolve("connected");
      });
      s.once("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    });
    expect(refused).toBe("ECONNREFUSED");

    const t0 = performance.now();
    releaseBodies();
    const [a, b, c] = await Promise.all([slowIngest, slowEdit, slowRead]);
    expect(a.status).toBe(200);
    expect(a.body.value.accepted).toBe(ASPECTS_PER_BATCH);
    expect(b).toEqual({ status: 200, body: { data: { addTag: true } } });
    expect(c.status).toBe(200);
    expect(c.body.data.orreryInfo.version).toBeTruthy();

    const exit = await server.exited;
    const drainMs = performance.now() - t0;
    agent.destroy();
    expect(exit).toEqual({ code: 0, signal: null });
    // Well inside the 10 s after which stuck connections are cut: the server did not wait on idle keep-alives.
    expect(drainMs).toBeLessThan(8000);
    expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0);

    const after = Store.open(file, { readonly: true });
    try {
      expect(
        after.get<{ n: number }>(`SELECT count(*) AS n FROM aspects WHERE version = 0 AND urn LIKE 'urn:li:dataset:(urn:li:dataPlatform:crashtest,b0_%'`)?.n,
      ).toBe(ASPECTS_PER_BATCH);
      expect(((after.getAspect(TARGET, "globalTags")?.value.tags ?? []) as Array<{ tag: string }>).map((t) => t.tag)).toEqual(["urn:li:tag:during_shutdown"]);
      expect(after.integrityCheck()).toBe("ok");
      expect(after.consistencyCheck().problems).toEqual([]);
    } finally {
      after.close();
    }
  }, 30_000);
});
