/**
 * `Container.orreryRuns` (an Orrery extension): an experiment's training runs filtered in MLflow's
 * syntax, ordered and paged over all of them; and a run's description, owners, tags and terms
 * (`runAbout`), editable with DataHub's mutations.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers";
import { ingestProposals } from "../server/ingest/proposals";
import { Store } from "../server/store/store";
import { readMlflowStore } from "../server/import/mlflow";
import { writeRealisticStore } from "../server/demo/mlflow-sample";

const j = (entityUrn: string, aspectName: string, json: unknown) => ({ entityUrn, changeType: "UPSERT", aspectName, aspect: { json } });
const EXP = "urn:li:container:runsearch_exp";
const SMALL = "urn:li:container:runsearch_small";
const run = (exp: string, i: number) => `urn:li:dataProcessInstance:${exp.slice("urn:li:container:".length)}_run_${String(i).padStart(4, "0")}`;
const MODELS = ["arima", "prophet", "lstm"];

/** Run i: rmse = (i % 50) / 10 (none for every 7th run), model cycles, lr a number as text, status from i. */
function experiment(exp: string, n: number) {
  const out = [j(exp, "containerProperties", { name: exp.slice(-5) }), j(exp, "subTypes", { typeNames: ["ML Experiment"] })];
  for (let i = 0; i < n; i++) {
    const urn = run(exp, i);
    out.push(
      j(urn, "dataProcessInstanceProperties", {
        name: `run-${i}`,
        created: { time: 1_000_000 + i * 1000, actor: "urn:li:corpuser:ann" },
        customProperties: { team: i % 2 ? "odd" : "even", "mlflow.user": i % 3 ? "ann" : "bo" },
      }),
      j(urn, "container", { container: exp }),
      j(urn, "mlTrainingRunProperties", {
        id: `id${i}`,
        hyperParams: [
          { name: "model", value: MODELS[i % 3] },
          { name: "lr", value: String(1 / (1 + (i % 4))) },
          { name: "seed", value: "42" },
        ],
        trainingMetrics:
          i % 7 === 0
            ? [{ name: "mae", value: "1" }]
            : [
                { name: "rmse", value: String((i % 50) / 10) },
                { name: "mae", value: "1" },
              ],
      }),
      j(urn, "dataProcessInstanceRunEvent", { timestampMillis: 1_000_000 + i * 1000, status: "STARTED" }),
      ...(i % 10 === 9
        ? []
        : [
            j(urn, "dataProcessInstanceRunEvent", {
              timestampMillis: 1_000_500 + i * 1000,
              status: "COMPLETE",
              result: { type: i % 5 === 0 ? "FAILURE" : "SUCCESS", nativeResultType: "test" },
            }),
          ]),
    );
  }
  return out;
}

const SEARCH = `query Runs($urn: String!, $input: OrreryRunSearchInput) {
  container(urn: $urn) {
    orreryRuns(input: $input) {
      start count total runsInExperiment
      runs { urn properties { name } }
      keys { kind name runs varies }
    }
  }
}`;

describe("orreryRuns", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    const r = ingestProposals(
      server.store,
      [
        ...experiment(EXP, 300),
        ...experiment(SMALL, 30),
        // not runs, or not live: left out
        j("urn:li:dataset:(urn:li:dataPlatform:hive,in_exp,PROD)", "container", { container: EXP }),
        j(run(EXP, 299), "status", { removed: true }),
        j("urn:li:container:runsearch_empty", "containerProperties", { name: "empty" }),
      ],
      "urn:li:corpuser:test",
    );
    expect(r.results.filter((x) => !x.ok).slice(0, 2)).toEqual([]);
  });
  afterAll(() => server.stop());

  const search = async (input: Record<string, unknown>, urn = EXP) => {
    const { body } = await server.graphql(SEARCH, { urn, input });
    return body;
  };
  const names = (body: any): string[] => body.data.container.orreryRuns.runs.map((r: any) => r.properties.name);

  /** What the filter means, computed here from the generator's rules. */
  const expected = (pred: (i: number) => boolean) => Array.from({ length: 299 }, (_, i) => i).filter(pred);

  it("filters over every run of the experiment, not a page, and pages the matches", async () => {
    const want = expected((i) => i % 7 !== 0 && (i % 50) / 10 < 1.5 && MODELS[i % 3] === "arima");
    const first = await search({ filter: "metrics.rmse < 1.5 and params.model = 'arima'", count: 10 });
    expect(first.errors).toBeUndefined();
    const r = first.data.container.orreryRuns;
    expect(r.total).toBe(want.length);
    expect(r.runsInExperiment).toBe(299);
    expect(r.count).toBe(10);
    const all: string[] = [];
    for (let start = 0; start < r.total; start += 10)
      all.push(...names(await search({ filter: "metrics.rmse < 1.5 and params.model = 'arima'", count: 10, start })));
    expect(all.sort()).toEqual(want.map((i) => `run-${i}`).sort());
    // Default order: newest start first.
    expect(names(first)[0]).toBe(`run-${Math.max(...want)}`);
  });

  it("orders by a metric, runs without it last, in either direction; ties newest first", async () => {
    const asc = await search({ orderBy: ["metrics.rmse ASC"], count: 1000 });
    const order = names(asc).map((n: string) => Number(n.slice(4)));
    expect(order.slice(-43).every((i) => i % 7 === 0)).toBe(true); // 43 runs of 299 have no rmse
    const withRmse = order.slice(0, -43).map((i) => (i % 50) / 10);
    expect(withRmse).toEqual([...withRmse].sort((a, b) => a - b));
    const desc = await search({ orderBy: ["metrics.rmse DESC"], count: 3 });
    expect(names(desc).map((n: string) => (Number(n.slice(4)) % 50) / 10)).toEqual([4.9, 4.9, 4.9]);
    expect(names(desc)[0]).toBe("run-249"); // of the three 4.9s (49, 149, 249), the newest
    const byParam = await search({ orderBy: ["params.lr"], count: 1 });
    expect(Number(names(byParam)[0]!.slice(4)) % 4).toBe(3); // lr 0.25, the smallest, as a number
  });

  it("filters by result, status, tags, user and name words", async () => {
    const failed = await search({ result: "FAILURE", count: 1000 });
    expect(failed.data.container.orreryRuns.total).toBe(expected((i) => i % 5 === 0 && i % 10 !== 9).length);
    const running = await search({ filter: "attributes.status = 'RUNNING'", count: 1000 });
    expect(running.data.container.orreryRuns.total).toBe(expected((i) => i % 10 === 9).length);
    const odd = await search({ filter: "tags.team = 'odd' and attributes.user_id = 'bo'", count: 1000 });
    expect(odd.data.container.orreryRuns.total).toBe(expected((i) => i % 2 === 1 && i % 3 === 0).length);
    const words = await search({ filter: "RUN-12", count: 1000 });
    expect(names(words).sort()).toEqual(["run-12", ...Array.from({ length: 10 }, (_, k) => `run-12${k}`)].sort());
    const none = await search({ filter: "params.model = 'xgboost'" });
    expect(none.data.container.orreryRuns).toMatchObject({ total: 0, count: 0, runs: [] });
  });

  it("lists the metrics and parameters of all runs, which vary, most common first", async () => {
    const r = await search({ filter: "params.model = 'arima'", count: 1 });
    expect(r.data.container.orreryRuns.keys).toEqual([
      { kind: "METRIC", name: "mae", runs: 299, varies: false },
      { kind: "PARAM", name: "lr", runs: 299, varies: true },
      { kind: "PARAM", name: "model", runs: 299, varies: true },
      { kind: "PARAM", name: "seed", runs: 299, varies: false },
      { kind: "METRIC", name: "rmse", runs: 256, varies: true },
    ]);
  });

  it("refuses a bad filter, order or page with the argument, the reason and the position", async () => {
    const bad = await search({ filter: "metrics.rmse < 'x'" });
    expect(bad.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "filter", position: 15, length: 3 });
    expect(bad.errors[0].message).toMatch(/^filter: metrics.rmse compares with a number.*\(at character 16\)$/);
    expect(bad.data.container.orreryRuns).toBeNull();
    const order = await search({ orderBy: ["metrics.rmse SIDEWAYS"] });
    expect(order.errors[0].extensions).toMatchObject({ argument: "orderBy" });
    for (const input of [{ count: 1001 }, { count: -1 }, { start: 100_001 }, { result: "DONE" }, { filter: "x".repeat(2001) }]) {
      const r = await search(input);
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(input).slice(0, 80)).toBe("BAD_USER_INPUT");
    }
    const costly = await search({ filter: `tags.team LIKE '%${"a".repeat(900)}b%'` });
    expect(costly.errors).toBeUndefined(); // short values: cheap however long the pattern
  });

  it("reads any number of runs in the same few SQL statements", async () => {
    const statements = async (urn: string) => {
      server.store.counter.reset();
      const r = await search({ filter: "metrics.rmse > 1", count: 25 }, urn);
      expect(r.errors).toBeUndefined();
      return server.store.counter.count;
    };
    const small = await statements(SMALL);
    const big = await statements(EXP);
    expect(big).toBe(small);
    expect(big).toBeLessThanOrEqual(20);
  });

  it("keeps a large experiment's runs between requests until the catalog changes", async () => {
    const LARGE = "urn:li:container:runsearch_large";
    expect(ingestProposals(server.store, experiment(LARGE, 600), "urn:li:corpuser:test").rejected).toBe(0);
    const statements = async () => {
      server.store.counter.reset();
      const r = await search({ filter: "metrics.rmse >= 4.9", count: 1000 }, LARGE);
      return { statements: server.store.counter.count, total: r.data.container.orreryRuns.total as number };
    };
    const cold = await statements();
    const warm = await statements();
    expect(warm.total).toBe(cold.total);
    expect(warm.statements).toBeLessThan(cold.statements);
    ingestProposals(
      server.store,
      [j(run(LARGE, 0), "mlTrainingRunProperties", { id: "id0", trainingMetrics: [{ name: "rmse", value: "9" }] })],
      "urn:li:corpuser:test",
    );
    const after = await statements();
    expect(after.total).toBe(cold.total + 1);
    // A write by another connection (an `orrery ingest` beside the server) is seen too.
    const other = Store.open(server.store.path);
    try {
      ingestProposals(
        other,
        [j(run(LARGE, 1), "mlTrainingRunProperties", { id: "id1", trainingMetrics: [{ name: "rmse", value: "9" }] })],
        "urn:li:corpuser:test",
      );
    } finally {
      other.close();
    }
    expect((await statements()).total).toBe(cold.total + 2);
  });

  it("answers for an experiment without runs, and on DataHub's schema the field does not exist", async () => {
    const empty = await search({}, "urn:li:container:runsearch_empty");
    expect(empty.data.container.orreryRuns).toEqual({ start: 0, count: 0, total: 0, runsInExperiment: 0, runs: [], keys: [] });
    const plain = await startTestServer({ schema: "datahub" });
    try {
      const { body } = await plain.graphql(SEARCH, { urn: EXP, input: {} });
      expect(body.errors.map((e: { message: string }) => e.message).join(" ")).toMatch(/Cannot query field "orreryRuns"|Unknown type "OrreryRunSearchInput"/);
    } finally {
      await plain.stop();
    }
  });
});

describe("a run's description, owners, tags and terms (runAbout)", () => {
  let server: TestServer;
  let tuned: string;
  beforeAll(async () => {
    server = await startTestServer();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "orrery-run-about-"));
    writeRealisticStore(dir);
    const { proposals } = readMlflowStore(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(ingestProposals(server.store, proposals, "urn:li:corpuser:test").rejected).toBe(0);
    tuned = (proposals as Array<{ entityUrn: string; aspectName: string; aspect: { json: any } }>).find(
      (p) => p.aspectName === "dataProcessInstanceProperties" && p.aspect.json.name === "xgb-tuned",
    )!.entityUrn;
  });
  afterAll(() => server.stop());

  const ABOUT = `query About($urn: String!) { dataProcessInstance(urn: $urn) { urn orreryDescription orreryTags { tags { tag { urn } } } orreryOwnership { owners { owner { ... on CorpUser { urn } } } } orreryGlossaryTerms { terms { term { urn } } } } }`;

  it("shows MLflow's note as the description until a person writes one, which then wins over re-imports", async () => {
    const baseline = (
      await server.graphql(`{ searchAcrossEntities(input: { query: "baseline-logreg", types: [DATA_PROCESS_INSTANCE] }) { searchResults { entity { urn } } } }`)
    ).body.data.searchAcrossEntities.searchResults[0].entity.urn;
    expect((await server.graphql(ABOUT, { urn: baseline })).body.data.dataProcessInstance.orreryDescription).toBe("First baseline: plain logistic regression.");
    expect((await server.graphql(ABOUT, { urn: tuned })).body.data.dataProcessInstance.orreryDescription).toBeNull();

    const editor = server.token("editor");
    const save = (description: string, expected?: string) =>
      server.graphql(
        `mutation($input: DescriptionUpdateInput!) { updateDescription(input: $input) }`,
        { input: { resourceUrn: baseline, description, ...(expected !== undefined ? { expectedDescription: expected } : {}) } },
        editor,
      );
    // The note is what the person saw: a save from it goes through, one from something else conflicts.
    expect((await save("Baseline, **logistic regression**.", "First baseline: plain logistic regression.")).body.errors).toBeUndefined();
    const conflict = await save("mine", "First baseline: plain logistic regression.");
    expect(conflict.body.errors[0].extensions).toMatchObject({ code: "CONFLICT", current: "Baseline, **logistic regression**." });
    expect((await server.graphql(ABOUT, { urn: baseline })).body.data.dataProcessInstance.orreryDescription).toBe("Baseline, **logistic regression**.");
    // Search finds runs by their description.
    const found = await server.graphql(`{ searchAcrossEntities(input: { query: "logistic", types: [DATA_PROCESS_INSTANCE] }) { total } }`);
    expect(found.body.data.searchAcrossEntities.total).toBe(1);
    // History lists the edit.
    const history = await server.graphql(`query($urn: String!) { entityHistory(urn: $urn) { changes { aspects { aspect fields { field after } } } } }`, {
      urn: baseline,
    });
    expect(history.body.data.entityHistory.changes[0].aspects[0]).toMatchObject({
      aspect: "orreryEditableDataProcessInstanceProperties",
      fields: [{ field: "description" }],
    });
  });

  it("adds and removes a run's tags, owners and terms with DataHub's mutations", async () => {
    const editor = server.token("editor");
    const m = (q: string) => server.graphql(q, undefined, editor);
    for (const q of [
      `mutation { createTag(input: { id: "reviewed", name: "reviewed" }) }`,
      `mutation { addTag(input: { resourceUrn: "${tuned}", tagUrn: "urn:li:tag:reviewed" }) }`,
      `mutation { addOwner(input: { resourceUrn: "${tuned}", ownerUrn: "urn:li:corpuser:bob", ownerEntityType: CORP_USER, ownershipTypeUrn: "urn:li:ownershipType:__system__technical_owner" }) }`,
      `mutation { addTerm(input: { resourceUrn: "${tuned}", termUrn: "urn:li:glossaryTerm:Churn" }) }`,
    ])
      expect((await m(q)).body.errors, q).toBeUndefined();
    let about = (await server.graphql(ABOUT, { urn: tuned })).body.data.dataProcessInstance;
    expect(about.orreryTags.tags).toEqual([{ tag: { urn: "urn:li:tag:reviewed" } }]);
    expect(about.orreryOwnership.owners).toEqual([{ owner: { urn: "urn:li:corpuser:bob" } }]);
    expect(about.orreryGlossaryTerms.terms).toEqual([{ term: { urn: "urn:li:glossaryTerm:Churn" } }]);
    expect((await m(`mutation { removeTag(input: { resourceUrn: "${tuned}", tagUrn: "urn:li:tag:reviewed" }) }`)).body.errors).toBeUndefined();
    about = (await server.graphql(ABOUT, { urn: tuned })).body.data.dataProcessInstance;
    expect(about.orreryTags.tags).toEqual([]);
    // A reader may not.
    const denied = await server.graphql(
      `mutation { addTag(input: { resourceUrn: "${tuned}", tagUrn: "urn:li:tag:reviewed" }) }`,
      undefined,
      server.token("reader"),
    );
    expect(denied.body.errors[0].extensions.code).toBe("FORBIDDEN");
  });
});
