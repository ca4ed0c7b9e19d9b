import { describe, expect, it } from "vitest";
import { chosenColumns, colsParam, defaultColumns, firstDirection, keysOf, orderBy, parseColumnId, runRow } from "./runs-model";
import { matchesRun, parseRunFilter } from "../../../common/run-filter";

const key = (kind: "metric" | "param", name: string, runs = 10, varies = true) => ({ kind, name, runs, varies });

describe("runs table columns", () => {
  const keys = [
    key("metric", "rmse"),
    key("param", "seed", 10, false),
    key("param", "model"),
    ...["a", "b", "c", "d", "e", "f", "g"].map((n) => key("metric", n, 9)),
    ...["p", "q", "r", "s", "t"].map((n) => key("param", n, 8)),
  ];

  it("default to the metrics most runs report (up to six), then up to four parameters that vary", () => {
    expect(defaultColumns(keys).map((k) => `${k.kind}:${k.name}`)).toEqual([
      "metric:rmse",
      "metric:a",
      "metric:b",
      "metric:c",
      "metric:d",
      "metric:e",
      "param:model",
      "param:p",
      "param:q",
      "param:r",
    ]);
  });

  it("follow the URL when it names them, in its order; nothing is the defaults, `none` is none", () => {
    expect(chosenColumns(["param:seed", "metric:rmse", "bogus", "param:seed"], keys)).toEqual([
      { kind: "param", name: "seed" },
      { kind: "metric", name: "rmse" },
    ]);
    expect(chosenColumns(undefined, keys)).toEqual(defaultColumns(keys));
    expect(chosenColumns(["none"], keys)).toEqual([]);
    expect(parseColumnId("metric:train/loss:x")).toEqual({ kind: "metric", name: "train/loss:x" });
  });

  it("write nothing to the URL for the defaults, `none` for no columns", () => {
    expect(colsParam(defaultColumns(keys), keys)).toBeUndefined();
    expect(colsParam([{ kind: "param", name: "seed" }], keys)).toEqual(["param:seed"]);
    expect(colsParam([], keys)).toEqual(["none"]);
  });
});

describe("sorting", () => {
  it("sorts losses and errors best (lowest) first, other metrics highest first, parameters A→Z", () => {
    for (const m of ["rmse", "val_loss", "train/loss", "error_rate", "mae"]) expect(firstDirection({ kind: "metric", name: m }), m).toBe("asc");
    for (const m of ["accuracy", "val/auc", "f1"]) expect(firstDirection({ kind: "metric", name: m }), m).toBe("desc");
    expect(firstDirection({ kind: "param", name: "lr" })).toBe("asc");
  });

  it("says a column's sort in MLflow's order_by", () => {
    expect(orderBy({ id: "metric:rmse", dir: "asc" })).toBe("metrics.rmse ASC");
    expect(orderBy({ id: "metric:val auc", dir: "desc" })).toBe('metrics."val auc" DESC');
    expect(orderBy({ id: "param:model", dir: "asc" })).toBe("params.model ASC");
    expect(orderBy({ id: "start", dir: "desc" })).toBe("attributes.start_time DESC");
    expect(orderBy({ id: "duration", dir: "desc" })).toBe("attributes.duration DESC");
    expect(orderBy({ id: "pick", dir: "asc" })).toBeNull();
    expect(orderBy(null)).toBeNull();
  });
});

describe("a run's row and facts in the browser", () => {
  const row = runRow({
    urn: "urn:li:dataProcessInstance:abc",
    name: "xgb-tuned",
    result: "SUCCESS",
    start: 10,
    end: 40,
    duration: 30,
    actor: "urn:li:corpuser:ann",
    customProperties: [{ key: "team", value: "growth" }],
    hyperParams: [{ name: "model", value: "xgb" }],
    trainingMetrics: [
      { name: "rmse", value: "2.5" },
      { name: "loss", value: "nan" },
      { name: "note", value: "n/a" },
    ],
  });

  it("answers MLflow filters as the server does", () => {
    const ok = (f: string) => {
      const p = parseRunFilter(f);
      if (!p.ok) throw new Error(p.error.message);
      return matchesRun(p.clauses, row.facts);
    };
    expect(ok("metrics.rmse < 3 and params.model = 'xgb' and tags.team = 'growth' and attributes.status = 'FINISHED' and attributes.user_id = 'ann'")).toBe(
      true,
    );
    expect(ok("metrics.loss != 1 and metrics.note IS NULL and attributes.run_id = 'abc' and duration = 30")).toBe(true);
    expect(ok("datasets.name = 'x'")).toBe(false);
  });

  it("lists its keys", () => {
    expect(keysOf([row]).map((k) => `${k.kind}:${k.name}`)).toEqual(["metric:loss", "metric:rmse", "param:model"]);
  });
});
