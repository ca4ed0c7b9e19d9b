import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  Budget,
  FILTER_LIMITS,
  FilterTooCostly,
  formatKey,
  likeMatch,
  looksLikeExpression,
  matchesRun,
  mlflowStatus,
  parseOrderBy,
  parseRunFilter,
  quoteText,
  sortRuns,
  summarizeKeys,
  type Clause,
  type RunFacts,
} from "./run-filter";

function clauses(text: string): Clause[] {
  const r = parseRunFilter(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.message} at ${r.error.at}`);
  return r.clauses;
}

function error(text: string) {
  const r = parseRunFilter(text);
  if (r.ok) throw new Error(`${text}: parsed, expected an error`);
  return r.error;
}

const strip = (cs: Clause[]) => cs.map(({ at: _at, ...c }) => c);

function run(over: Partial<RunFacts> & { m?: Record<string, number>; p?: Record<string, string>; t?: Record<string, string> } = {}): RunFacts {
  const { m, p, t, ...rest } = over;
  return {
    runId: "r1",
    runName: "xgb-tuned",
    status: "FINISHED",
    userId: "bob",
    artifactUri: "s3://bucket/1/artifacts",
    startTime: 1_000,
    endTime: 2_000,
    metrics: new Map(Object.entries(m ?? { rmse: 2.5, "train/loss": 0.21 })),
    params: new Map(Object.entries(p ?? { model: "arima", lr: "0.01" })),
    tags: new Map(Object.entries(t ?? { "mlflow.user": "bob", team: "forecasting" })),
    datasets: [{ name: "churn-train", digest: "8f14e45f", context: "training" }],
    ...rest,
  };
}

const matches = (text: string, r: RunFacts = run()) => matchesRun(clauses(text), r);

describe("parsing MLflow's filter syntax", () => {
  it("reads the issue's example and MLflow's documented ones", () => {
    expect(strip(clauses("metrics.rmse < 3 and params.model = 'arima'"))).toEqual([
      { kind: "metric", name: "rmse", comparator: "<", value: 3 },
      { kind: "param", name: "model", comparator: "=", value: "arima" },
    ]);
    expect(strip(clauses('params.model = "LogisticRegression" and params.lambda = "0.001" and metrics.error <= 0.05'))).toHaveLength(3);
    expect(strip(clauses('attributes.status = "FAILED"'))).toEqual([{ kind: "attribute", name: "status", comparator: "=", value: "FAILED" }]);
    expect(strip(clauses("metrics.accuracy > 0.92"))).toEqual([{ kind: "metric", name: "accuracy", comparator: ">", value: 0.92 }]);
  });

  it("takes every type alias, any case, and AND in any case", () => {
    for (const [text, kind] of [
      ["metric.a = 1", "metric"],
      ["METRICS.a = 1", "metric"],
      ["param.a = 'x'", "param"],
      ["parameters.a = 'x'", "param"],
      ["tag.a = 'x'", "tag"],
      ["attr.status = 'x'", "attribute"],
      ["run.status = 'x'", "attribute"],
      ["status = 'x'", "attribute"],
      ["dataset.name = 'x'", "dataset"],
      ["`metrics`.a = 1", "metric"],
    ] as const)
      expect(clauses(text)[0]!.kind, text).toBe(kind);
    expect(clauses("metrics.a = 1 AnD metrics.b = 2 and metrics.c=3")).toHaveLength(3);
  });

  it('reads names with dots unquoted, and any name quoted with "…" or `…`', () => {
    expect(clauses("tags.mlflow.source.type = 'LOCAL'")[0]).toMatchObject({ kind: "tag", name: "mlflow.source.type" });
    expect(clauses('metrics."train/loss" < 0.3')[0]).toMatchObject({ name: "train/loss" });
    expect(clauses("metrics.`val loss` < 0.3")[0]).toMatchObject({ name: "val loss" });
    expect(clauses("metrics.train/loss<0.3")[0]).toMatchObject({ name: "train/loss", value: 0.3 });
    expect(clauses('metrics."a""b" = 1')[0]).toMatchObject({ name: 'a"b' });
    expect(clauses("params.λ = 'ß'")[0]).toMatchObject({ name: "λ", value: "ß" });
  });

  it("translates MLflow's attribute aliases", () => {
    expect(clauses("attributes.created > 5")[0]).toMatchObject({ name: "start_time" });
    expect(clauses("`Run name` LIKE 'x%'")[0]).toMatchObject({ kind: "attribute", name: "run_name" });
    expect(clauses("\"run name\" = 'x'")[0]).toMatchObject({ kind: "attribute", name: "run_name" });
  });

  it("reads numbers as MLflow does: signs, fractions, exponents", () => {
    for (const [t, n] of [
      ["1", 1],
      ["-3", -3],
      ["+2.5", 2.5],
      [".5", 0.5],
      ["3.", 3],
      ["1e-3", 0.001],
      ["2E+2", 200],
    ] as const)
      expect(clauses(`metrics.x = ${t}`)[0]!.value, t).toBe(n);
  });

  it("reads text in either quote, a doubled quote as one, and IN lists", () => {
    expect(clauses("params.a = 'it''s'")[0]!.value).toBe("it's");
    expect(clauses('params.a = "say ""hi"""')[0]!.value).toBe('say "hi"');
    expect(clauses("attributes.run_id IN ('a', \"b\" ,'c')")[0]).toMatchObject({ comparator: "IN", value: ["a", "b", "c"] });
    expect(clauses("attributes.status NOT   IN ('FAILED')")[0]).toMatchObject({ comparator: "NOT IN", value: ["FAILED"] });
    expect(clauses("tags.team IN ('a')")[0]).toMatchObject({ comparator: "IN" });
  });

  it("takes LIKE, ILIKE and IS [NOT] NULL", () => {
    expect(clauses("params.model like 'ar%'")[0]).toMatchObject({ comparator: "LIKE", value: "ar%" });
    expect(clauses("tags.team ILIKE '%CAST%'")[0]).toMatchObject({ comparator: "ILIKE" });
    expect(clauses("tags.team IS NULL")[0]).toMatchObject({ comparator: "IS NULL", value: null });
    expect(clauses("metrics.rmse is not null")[0]).toMatchObject({ comparator: "IS NOT NULL" });
    // A tag alone: the run has it.
    expect(strip(clauses("tags.reviewed and tags.`mlflow.user`"))).toEqual([
      { kind: "tag", name: "reviewed", comparator: "IS NOT NULL", value: null },
      { kind: "tag", name: "mlflow.user", comparator: "IS NOT NULL", value: null },
    ]);
    expect(matches("tags.team and tags.`mlflow.user`")).toBe(true);
    expect(matches("tags.absent")).toBe(false);
    expect(error("metrics.rmse and tags.team").message).toMatch(/expected a comparison after metrics.rmse/);
    expect(error("tags.team android").message).toMatch(/expected a comparison after tags.team/);
  });

  it("treats words without operators as a search of run names (MLflow's search box)", () => {
    expect(parseRunFilter("  xgb tuned ")).toEqual({
      ok: true,
      plain: true,
      clauses: [{ kind: "attribute", name: "run_name", comparator: "CONTAINS", value: "xgb tuned", at: 2 }],
    });
    expect(parseRunFilter("")).toEqual({ ok: true, plain: false, clauses: [] });
    expect(parseRunFilter("   ")).toEqual({ ok: true, plain: false, clauses: [] });
    expect(looksLikeExpression("baseline-logreg (copy)")).toBe(false);
    expect(looksLikeExpression("my.run")).toBe(false);
    expect(looksLikeExpression("metrics.rmse")).toBe(true);
    expect(looksLikeExpression("rmse<3")).toBe(true);
    expect(looksLikeExpression("'quoted'")).toBe(true);
  });

  it("says what is wrong and where", () => {
    const cases: Array<[string, RegExp, number]> = [
      ["metrics.rmse", /expected a comparison after metrics.rmse/, 12],
      ["metrics.rmse <", /expected a value after metrics.rmse/, 14],
      ["metrics.rmse < 'x'", /compares with a number/, 15],
      ["metrics.rmse < abc", /compares with a number, not 'abc'/, 15],
      ["params.model = arima", /quote text values: params.model = 'arima'/, 15],
      ["params.lr = 0.01", /is text: quote the value \(params.lr = '0.01'\)/, 12],
      ["params.lr < '0.01'", /cannot be compared with < \(parameters are text/, 10],
      ["metrics.rmse LIKE 3", /cannot be compared with LIKE/, 13],
      ["metrics.a = 1 or metrics.b = 2", /OR is not supported/, 14],
      ["metrics.a = 1 metrics.b = 2", /expected AND between conditions, found 'metrics'/, 14],
      ["metrics.a = 1 and", /expected a condition after AND/, 17],
      ["foo.bar = 1", /'foo' is not a kind of key/, 0],
      ["attributes.colour = 'red'", /'colour' is not an attribute/, 0],
      ["colour = 'red'", /'colour' is not an attribute: write a key such as/, 0],
      ["datasets.size = 'x'", /not a dataset key/, 0],
      ["params.model = 'arima", /has no closing '/, 15],
      ["metrics.a == 1", /use = to compare/, 10],
      ["metrics.a <> 1", /use != for/, 10],
      ["params.a NOT LIKE 'x'", /NOT LIKE is not part of the syntax/, 9],
      ["params.a IS 'x'", /expected NULL after IS/, 12],
      ["attributes.run_id IN 'a'", /IN takes a list/, 21],
      ["attributes.run_id = ('a')", /a list goes with IN/, 20],
      ["attributes.run_id IN ()", /the list is empty/, 22],
      ["attributes.run_id IN ('a' 'b')", /expected , or \) in the list/, 26],
      ["attributes.run_id IN ('a'", /the list has no closing \)/, 25],
      ["attributes.start_time > '5'", /compares with a number: write it without quotes \(attributes.start_time > 5\)/, 24],
      ["metrics.x = 1e999", /too large a number/, 12],
      ["metrics.x = 12abc", /'12a' is not a number/, 12],
      ["params.'a' = 'x'", /quote names with "…"/, 7],
      ["= 3", /expected a key such as/, 0],
      ["metrics. = 3", /expected the name after 'metrics.'/, 8],
      ["(metrics.a = 1)", /expected a key such as/, 0],
      ["metrics.a = `x`", /`…` quotes names/, 12],
      ["attributes.status = 'x' and tags.a < 'b'", /tags.a cannot be compared with </, 35],
    ];
    for (const [text, message, at] of cases) {
      const e = error(text);
      expect(e.message, text).toMatch(message);
      expect(e.at, `${text}: ${e.message}`).toBe(at);
      expect(e.at + e.length).toBeLessThanOrEqual(text.length);
    }
  });

  it("refuses filters past its limits, naming the limit", () => {
    expect(error("x".repeat(FILTER_LIMITS.maxChars + 1)).message).toMatch(/at most 2000/);
    const many = Array.from({ length: FILTER_LIMITS.maxClauses + 1 }, (_, i) => `metrics.m${i} > 0`).join(" and ");
    expect(many.length).toBeLessThan(FILTER_LIMITS.maxChars);
    expect(error(many).message).toMatch(/at most 40 conditions/);
    const list = `attributes.run_id IN (${Array.from({ length: FILTER_LIMITS.maxListItems + 1 }, () => "'a'").join(",")})`;
    expect(error(list).message).toMatch(/at most 200 values/);
    expect(error(`params.a = '${"x".repeat(FILTER_LIMITS.maxTextChars + 1)}'`).message).toMatch(/longer than 1000/);
  });

  it("never throws on garbage, answers with a position inside the text, and stays fast", () => {
    const alphabet = fc.constantFrom(
      ..."metrics.params.tags.attributes.status rmse = != < <= > >= LIKE ILIKE IN NOT IS NULL and or ' \" ` ( ) , 1 2.5 -e % _ \\ \u0000 \u202e λ 😀 \n\t"
        .split(" ")
        .flatMap((w) => [w, " "]),
    );
    const soup = fc.array(alphabet, { maxLength: 60 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 100 }), soup), (text) => {
        const r = parseRunFilter(text);
        if (!r.ok) {
          expect(r.error.message.length).toBeGreaterThan(0);
          expect(r.error.at).toBeGreaterThanOrEqual(0);
          expect(r.error.at).toBeLessThanOrEqual(text.length);
        } else for (const c of r.clauses) matchesRun([c], run());
        parseOrderBy(text);
      }),
      { numRuns: 1000 },
    );
    // The largest texts allowed, of the worst shapes, parse in linear time.
    const started = performance.now();
    for (const text of [
      "(".repeat(FILTER_LIMITS.maxChars),
      "'".repeat(FILTER_LIMITS.maxChars),
      "metrics.a = 1 and ".repeat(200).slice(0, FILTER_LIMITS.maxChars),
      `attributes.run_id IN (${"'',".repeat(600)}`.slice(0, FILTER_LIMITS.maxChars),
      "a.".repeat(FILTER_LIMITS.maxChars / 2),
      "metrics.".repeat(250),
      "`".repeat(FILTER_LIMITS.maxChars),
      "9".repeat(FILTER_LIMITS.maxChars),
    ])
      parseRunFilter(text);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("round-trips keys and text through formatKey and quoteText", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("metric" as const, "param" as const, "tag" as const),
        fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !s.includes('"') && s.trim() === s && s.length > 0),
        fc.string({ maxLength: 30 }),
        (kind, name, value) => {
          const text = kind === "metric" ? `${formatKey({ kind, name })} = 1` : `${formatKey({ kind, name })} = ${quoteText(value)}`;
          const r = parseRunFilter(text);
          expect(r.ok, text).toBe(true);
          if (r.ok) expect(r.clauses[0]).toMatchObject({ kind, name, value: kind === "metric" ? 1 : value });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("order_by", () => {
  it("reads keys with ASC/DESC, several separated by commas", () => {
    expect(parseOrderBy("metrics.rmse")).toEqual({ ok: true, keys: [{ kind: "metric", name: "rmse", ascending: true }] });
    expect(parseOrderBy("metrics.`val auc` DESC, params.model asc, start_time desc")).toEqual({
      ok: true,
      keys: [
        { kind: "metric", name: "val auc", ascending: false },
        { kind: "param", name: "model", ascending: true },
        { kind: "attribute", name: "start_time", ascending: false },
      ],
    });
    expect(parseOrderBy("")).toEqual({ ok: true, keys: [] });
  });

  it("refuses what cannot order", () => {
    const e = (t: string) => (parseOrderBy(t) as { ok: false; error: { message: string } }).error.message;
    expect(e("metrics.rmse DOWN")).toMatch(/expected ASC, DESC or a comma/);
    expect(e("datasets.name")).toMatch(/cannot be ordered by their datasets/);
    expect(e("a.b")).toMatch(/'a' is not a kind of key/);
    expect(e("metrics.a, metrics.b, metrics.c, metrics.d")).toMatch(/at most 3 keys/);
  });
});

describe("evaluating a filter on a run", () => {
  it("compares metrics as numbers and params, tags and attributes as text", () => {
    expect(matches("metrics.rmse < 3")).toBe(true);
    expect(matches("metrics.rmse >= 2.5 and metrics.rmse <= 2.5 and metrics.rmse = 2.5")).toBe(true);
    expect(matches("metrics.rmse > 3")).toBe(false);
    expect(matches('metrics."train/loss" < 0.3')).toBe(true);
    expect(matches("params.model = 'arima'")).toBe(true);
    expect(matches("params.lr = '0.010'")).toBe(false); // text, as in MLflow
    expect(matches("params.model != 'prophet'")).toBe(true);
    expect(matches("tags.team = 'forecasting' and tags.`mlflow.user` = 'bob'")).toBe(true);
    expect(matches("attributes.status = 'FINISHED' and status != 'FAILED'")).toBe(true);
    expect(matches("attributes.user_id = 'bob' and attributes.run_id = 'r1' and attributes.run_name LIKE 'xgb%'")).toBe(true);
    expect(matches("attributes.artifact_uri LIKE 's3://%'")).toBe(true);
    expect(matches("attributes.start_time >= 1000 and attributes.end_time < 2001 and created = 1000")).toBe(true);
    expect(matches("attributes.duration = 1000 and duration > 999")).toBe(true);
    expect(matches("attributes.duration > 0", run({ endTime: null }))).toBe(false);
    expect(matches("attributes.status IN ('FAILED', 'FINISHED') and attributes.run_id NOT IN ('r2')")).toBe(true);
    expect(matches("datasets.name = 'churn-train' and datasets.context = 'training' and datasets.digest LIKE '8f%'")).toBe(true);
    expect(matches("datasets.name = 'holdout'")).toBe(false);
  });

  it("fails a clause whose key the run lacks, != included, as MLflow does", () => {
    expect(matches("metrics.mae != 1")).toBe(false);
    expect(matches("params.absent != 'x'")).toBe(false);
    expect(matches("attributes.end_time > 0", run({ endTime: null }))).toBe(false);
    expect(matches("attributes.user_id != 'x'", run({ userId: null }))).toBe(false);
    expect(matches("metrics.mae IS NULL and params.absent IS NULL and tags.absent IS NULL")).toBe(true);
    expect(matches("metrics.rmse IS NOT NULL and params.model IS NOT NULL and tags.team IS NOT NULL")).toBe(true);
    expect(matches("metrics.rmse IS NULL")).toBe(false);
  });

  it("follows Python's NaN: no order holds, != does", () => {
    const r = run({ m: { loss: Number.NaN } });
    expect(matches("metrics.loss < 1", r)).toBe(false);
    expect(matches("metrics.loss >= 1", r)).toBe(false);
    expect(matches("metrics.loss = 1", r)).toBe(false);
    expect(matches("metrics.loss != 1", r)).toBe(true);
  });

  it("searches run names ignoring case for plain words", () => {
    expect(matches("XGB")).toBe(true);
    expect(matches("tuned")).toBe(true);
    expect(matches("prophet")).toBe(false);
    expect(matches("%")).toBe(false); // literal, not a pattern
  });
});

describe("LIKE", () => {
  it("is SQL's LIKE: % any run, _ one character, the rest literal", () => {
    const t: Array<[string, string, boolean]> = [
      ["arima", "arima", true],
      ["arima", "ar%", true],
      ["arima", "%ma", true],
      ["arima", "%rim%", true],
      ["arima", "a_i_a", true],
      ["arima", "a_a", false],
      ["arima", "%", true],
      ["", "%", true],
      ["", "", true],
      ["", "_", false],
      ["arima", "ARIMA", false],
      ["a.b", "a.b", true],
      ["axb", "a.b", false], // a dot is a dot (MLflow turns patterns into regular expressions; here nothing is special but % and _)
      ["a+b", "a+b", true],
      ["(x)", "(x)", true],
      ["abcabc", "%abc", true],
      ["abab", "%ab%ab%", true],
      ["aab", "%ab", true],
      ["ab", "a%%b", true],
      ["ab", "%a%b%", true],
      ["ba", "%a%b%", false],
      ["😀x", "_x", true],
      ["mississippi", "m%iss%ppi", true],
      ["mississippi", "m%issx%", false],
    ];
    for (const [v, p, want] of t) expect(likeMatch(v, p, false), `'${v}' LIKE '${p}'`).toBe(want);
    expect(likeMatch("ARIMA", "ar%", true)).toBe(true);
    expect(likeMatch("Straße", "STRASSE", true)).toBe(false);
  });

  it("agrees with a reference matcher on random patterns", () => {
    const ref = (v: string[], p: string[]): boolean => {
      // Dynamic programming over code points: the textbook definition.
      const dp: boolean[][] = Array.from({ length: v.length + 1 }, () => new Array<boolean>(p.length + 1).fill(false));
      dp[0]![0] = true;
      for (let j = 1; j <= p.length; j++) dp[0]![j] = dp[0]![j - 1]! && p[j - 1] === "%";
      for (let i = 1; i <= v.length; i++)
        for (let j = 1; j <= p.length; j++)
          dp[i]![j] = p[j - 1] === "%" ? dp[i - 1]![j]! || dp[i]![j - 1]! : (p[j - 1] === "_" || p[j - 1] === v[i - 1]) && dp[i - 1]![j - 1]!;
      return dp[v.length]![p.length]!;
    };
    const chars = fc.constantFrom("a", "b", "%", "_", "😀");
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "b", "😀"), { maxLength: 12 }), fc.array(chars, { maxLength: 8 }), (v, p) => {
        expect(likeMatch(v.join(""), p.join(""), false)).toBe(ref(v, p));
      }),
      { numRuns: 5000 },
    );
  });

  it("stops a costly evaluation instead of running on", () => {
    // Each place in the value almost matches the long middle segment: value length × segment length.
    const long = "a".repeat(100_000);
    const pattern = `%${"a".repeat(500)}b%`;
    expect(likeMatch("a".repeat(600), pattern, false)).toBe(false);
    const budget = new Budget(1_000_000);
    expect(() => likeMatch(long, pattern, false, budget)).toThrow(FilterTooCostly);
    // The same over many runs through matchesRun, with the default budget: bounded too.
    const c = clauses(`params.p LIKE '%${"a".repeat(900)}b%'`);
    const runs = Array.from({ length: 50 }, () => run({ p: { p: "a".repeat(20_000) } }));
    const b = new Budget();
    const started = performance.now();
    expect(() => runs.forEach((r) => matchesRun(c, r, b))).toThrow(FilterTooCostly);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe("sorting runs", () => {
  const r = (runId: string, start: number | null, m: Record<string, number>, p: Record<string, string> = {}) => ({
    facts: run({ runId, startTime: start, m, p }),
  });
  const ids = (xs: Array<{ facts: RunFacts }>) => xs.map((x) => x.facts.runId);

  it("puts runs without the key last in both directions, NaN with them", () => {
    const runs = [r("a", 1, { rmse: 3 }), r("b", 2, {}), r("c", 3, { rmse: 1 }), r("d", 4, { rmse: Number.NaN }), r("e", 5, { rmse: 2 })];
    expect(ids(sortRuns(runs, [{ kind: "metric", name: "rmse", ascending: true }]))).toEqual(["c", "e", "a", "d", "b"]);
    expect(ids(sortRuns(runs, [{ kind: "metric", name: "rmse", ascending: false }]))).toEqual(["a", "e", "c", "d", "b"]);
  });

  it("defaults to newest start first, then run id; params that are numbers sort as numbers", () => {
    const runs = [r("b", 1, {}, { lr: "0.1" }), r("a", 1, {}, { lr: "0.05" }), r("c", 9, {}, { lr: "1e-3" }), r("d", null, {}, { lr: "x" })];
    expect(ids(sortRuns(runs, []))).toEqual(["c", "a", "b", "d"]);
    expect(ids(sortRuns(runs, [{ kind: "param", name: "lr", ascending: true }]))).toEqual(["c", "a", "b", "d"]);
    const timed = [
      { facts: run({ runId: "x", startTime: 0, endTime: 50 }) },
      { facts: run({ runId: "y", startTime: 10, endTime: 20 }) },
      { facts: run({ runId: "z", startTime: 5, endTime: null }) },
    ];
    expect(ids(sortRuns(timed, [{ kind: "attribute", name: "duration", ascending: false }]))).toEqual(["x", "y", "z"]);
  });
});

describe("key summary", () => {
  it("lists metrics and parameters, most common first, and which vary", () => {
    const runs = [run({ m: { rmse: 1, mae: 2 }, p: { model: "arima", seed: "1" } }), run({ m: { rmse: 2 }, p: { model: "arima", seed: "1" } })];
    expect(summarizeKeys(runs)).toEqual([
      { kind: "metric", name: "rmse", runs: 2, varies: true },
      { kind: "param", name: "model", runs: 2, varies: false },
      { kind: "param", name: "seed", runs: 2, varies: false },
      { kind: "metric", name: "mae", runs: 1, varies: true },
    ]);
    expect(summarizeKeys(runs, 1)).toHaveLength(1);
  });
});

describe("MLflow status", () => {
  it("comes from the source's own status, else from DataHub's result", () => {
    expect(mlflowStatus("SUCCESS", "FINISHED")).toBe("FINISHED");
    expect(mlflowStatus("SKIPPED", "KILLED")).toBe("KILLED");
    expect(mlflowStatus("SUCCESS", "Completed")).toBe("FINISHED");
    expect(mlflowStatus("FAILURE", null)).toBe("FAILED");
    expect(mlflowStatus("SKIPPED", undefined)).toBe("KILLED");
    expect(mlflowStatus("RUNNING", undefined)).toBe("RUNNING");
    expect(mlflowStatus("UP_FOR_RETRY", undefined)).toBe("UP_FOR_RETRY");
    expect(mlflowStatus(null, null)).toBeNull();
  });
});
