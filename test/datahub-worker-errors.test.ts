/**
 * DataHub's error shape for reads that run in a read worker: the real server as a process
 * (`orrery serve --schema datahub`, with its read workers), and errors raised while a worker executes
 * a query (bad arguments, found only by the resolvers) come back as DataHub answers them: HTTP 200,
 * `extensions.code` a number and `type` DataHub's error code, with the field's path. A request's own
 * error (a document that does not validate) keeps its HTTP status and gets the number and type too.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "./helpers";
import { spawnServer, type ServerProcess } from "./server-process";

describe("errors raised in a read worker, in DataHub's shape (--schema datahub, server process)", () => {
  let server: ServerProcess;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir("orrery-worker-errors-");
    server = await spawnServer(path.join(dir, "catalog.db"), { args: ["--schema", "datahub"] });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // As Apollo asks (so a document that does not validate is answered 400).
  const ask = async (query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(`${server.url}/api/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: await res.json() };
  };

  /** Threads of the server process at nice 10: its read workers (each lowers its own priority, on Linux). */
  const workerThreads = () =>
    fs.readdirSync(`/proc/${server.pid}/task`).filter((tid) => {
      const stat = fs.readFileSync(`/proc/${server.pid}/task/${tid}/stat`, "utf8");
      // Fields after the command's closing parenthesis: state is the 3rd of stat, nice the 19th.
      return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16] === "10";
    }).length;

  it("a bad argument found by a resolver in a worker is HTTP 200 with code 400 and type BAD_REQUEST", async () => {
    // Workers start with the first read that needs one.
    if (process.platform === "linux") expect(workerThreads()).toBe(0);
    const cases: Array<[string, Record<string, unknown> | undefined, string[], RegExp]> = [
      [`{ dataset(urn: "urn:li:dataset:(oops") { urn } }`, undefined, ["dataset"], /invalid urn/],
      [
        `query($input: SearchAcrossEntitiesInput!) { searchAcrossEntities(input: $input) { total } }`,
        { input: { query: "*", count: 5000 } },
        ["searchAcrossEntities"],
        /count must be an integer from 0 to 1000/,
      ],
      [
        `query($input: SearchAcrossLineageInput!) { searchAcrossLineage(input: $input) { total } }`,
        {
          input: {
            urn: "urn:li:dataset:(urn:li:dataPlatform:hive,t,PROD)",
            direction: "DOWNSTREAM",
            lineageFlags: { startTimeMillis: 2_000, endTimeMillis: 1_000 },
          },
        },
        ["searchAcrossLineage"],
        /is after endTimeMillis/,
      ],
      [`{ search(input: { type: MLMODEL, query: "*", count: -1 }) { total } }`, undefined, ["search"], /count must be an integer/],
      [`{ browse(input: { type: DATASET }) { total } }`, undefined, ["browse"], /Query.browse is not supported by this catalog/],
    ];
    for (const [query, variables, at, message] of cases) {
      const { status, body } = await ask(query, variables);
      expect(status, query).toBe(200);
      expect(body.errors, query).toHaveLength(1);
      expect(body.errors[0].extensions, query).toEqual({ code: 400, type: "BAD_REQUEST" });
      expect(body.errors[0].path, query).toEqual(at);
      expect(body.errors[0].message, query).toMatch(message);
    }
    // These reads ran in the server's read workers (the main thread answers only __typename, me, orreryInfo and mutations).
    if (process.platform === "linux") expect(workerThreads()).toBeGreaterThan(0);
  });

  it("a document that does not validate keeps its HTTP 400, with DataHub's number and type", async () => {
    const { status, body } = await ask(`{ searchAcrossEntities(input: { query: "*" }) { nope } }`);
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: 400, type: "BAD_REQUEST" });
  });
});
