import { describe, expect, it } from "vitest";
import { bucketOf, coverage, csvField, csvName, facets, filterRows, mergeRows, pageOf, sortRows, toCsv, type ImpactRow } from "./impact";

const row = (urn: string, name: string, kind: ImpactRow["kind"], platform: string | null, degree: number): ImpactRow => ({
  urn,
  name,
  kind,
  kindLabel:
    kind === "run" ? "Training run" : kind === "mlModel" ? "Model" : kind === "mlModelGroup" ? "Model group" : kind === "dataset" ? "Dataset" : "SCHEMA_FIELD",
  platform,
  degree,
});

// Downstream of iris_input in the tutorial, plus two farther assets.
const rows: ImpactRow[] = [
  row("run", "Simple Training Run", "run", null, 1),
  row("model", "ARIMA Model", "mlModel", "MLflow", 2),
  row("group", "Airline Forecast Models Group", "mlModelGroup", "MLflow", 2),
  row("output", "Iris Model Output Data", "dataset", "Snowflake", 2),
  row("report", "Model report v10", "dataset", "Snowflake", 3),
  row("report2", "Model report v9", "dataset", "Snowflake", 5),
];

describe("impact rows", () => {
  it("bucket degrees as DataHub does: 1, 2, 3+", () => {
    expect([1, 2, 3, 4, 10].map(bucketOf)).toEqual(["1", "2", "3+", "3+", "3+"]);
  });

  it("merge several starts' results, keeping each asset once at its nearest degree and never a start", () => {
    const merged = mergeRows([[row("a", "A", "dataset", null, 3), row("r2", "Run 2", "run", null, 1)], [row("a", "A", "dataset", null, 1)]], new Set(["r2"]));
    expect(merged).toEqual([row("a", "A", "dataset", null, 1)]);
  });

  it("filter by kind, platform, degree bucket and every word of the text", () => {
    expect(filterRows(rows, { kinds: ["dataset"] }).map((r) => r.urn)).toEqual(["output", "report", "report2"]);
    expect(filterRows(rows, { platforms: ["(none)"] }).map((r) => r.urn)).toEqual(["run"]);
    expect(filterRows(rows, { degrees: ["3+"] }).map((r) => r.urn)).toEqual(["report", "report2"]);
    expect(filterRows(rows, { degrees: ["1", "2"], platforms: ["MLflow"] }).map((r) => r.urn)).toEqual(["model", "group"]);
    expect(filterRows(rows, { q: "model SNOWFLAKE" }).map((r) => r.urn)).toEqual(["output", "report", "report2"]);
    expect(filterRows(rows, { q: "  " })).toHaveLength(6);
  });

  it("count each filter's values over what the other filters leave", () => {
    const f = facets(rows, { kinds: ["dataset"], degrees: ["2"] });
    // Kinds counted at degree 2 only; degrees counted over datasets only.
    expect(f.kinds).toEqual([
      { value: "dataset", label: "Dataset", count: 1 },
      { value: "mlModel", label: "Model", count: 1 },
      { value: "mlModelGroup", label: "Model group", count: 1 },
    ]);
    expect(f.degrees).toEqual([
      { value: "1", label: "1", count: 0 },
      { value: "2", label: "2", count: 1 },
      { value: "3+", label: "3+", count: 2 },
    ]);
    expect(f.platforms).toEqual([{ value: "Snowflake", label: "Snowflake", count: 1 }]);
    // A value in the URL that matches nothing is still offered (so it can be unticked).
    expect(facets(rows, { platforms: ["BigQuery"] }).platforms).toContainEqual({ value: "BigQuery", label: "BigQuery", count: 0 });
  });

  it("sort by any column, naturally (v9 before v10), ties by degree then name; missing platforms last either way", () => {
    expect(sortRows(rows).map((r) => r.urn)).toEqual(["run", "group", "model", "output", "report", "report2"]);
    expect(sortRows(rows, "name").map((r) => r.name)).toEqual([
      "Airline Forecast Models Group",
      "ARIMA Model",
      "Iris Model Output Data",
      "Model report v9",
      "Model report v10",
      "Simple Training Run",
    ]);
    expect(sortRows(rows, "degree", "desc").map((r) => r.degree)).toEqual([5, 3, 2, 2, 2, 1]);
    expect(sortRows(rows, "platform").at(-1)!.urn).toBe("run");
    expect(sortRows(rows, "platform", "desc").at(-1)!.urn).toBe("run");
    expect(sortRows(rows, "kind").map((r) => r.kindLabel)).toEqual(["Dataset", "Dataset", "Dataset", "Model", "Model group", "Training run"]);
  });

  it("page 25 at a time, a page past the end showing the last", () => {
    const many = Array.from({ length: 60 }, (_, i) => i);
    expect(pageOf(many, 1)).toMatchObject({ page: 1, pages: 3 });
    expect(pageOf(many, 3).rows).toEqual(many.slice(50));
    expect(pageOf(many, 9).page).toBe(3);
    expect(pageOf([], 1)).toEqual({ rows: [], page: 1, pages: 1 });
  });
});

describe("CSV", () => {
  it("quotes what needs quoting and defuses spreadsheet formulas", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a "quoted", name')).toBe('"a ""quoted"", name"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-1 day")).toBe("'-1 day");
    expect(csvField(3)).toBe("3");
    expect(csvField(null)).toBe("");
  });

  it("holds a header and one line per row, in the order given", () => {
    const csv = toCsv(sortRows(filterRows(rows, { kinds: ["dataset"] }), "name"), "downstream");
    expect(csv.split("\r\n")).toEqual([
      "name,urn,kind,platform,degree,direction",
      "Iris Model Output Data,output,Dataset,Snowflake,2,downstream",
      "Model report v9,report2,Dataset,Snowflake,5,downstream",
      "Model report v10,report,Dataset,Snowflake,3,downstream",
      "",
    ]);
    expect(toCsv([row("urn:li:dataset:(urn:li:dataPlatform:hive,a,PROD)", "A", "dataset", null, 1)], "upstream")).toContain(
      '"urn:li:dataset:(urn:li:dataPlatform:hive,a,PROD)",Dataset,,1,upstream',
    );
  });

  it("is named after the asset and the side", () => {
    expect(csvName("Iris Training Input Data", "downstream")).toBe("Iris_Training_Input_Data-downstream.csv");
    expect(csvName("///", "upstream")).toBe("lineage-upstream.csv");
  });

  it("says when the table holds fewer rows than the server found", () => {
    expect(coverage([{ total: 4, fetched: 4 }])).toEqual({ total: 4, fetched: 4, capped: false });
    expect(
      coverage([
        { total: 7000, fetched: 5000 },
        { total: 3, fetched: 3 },
      ]),
    ).toEqual({ total: 7003, fetched: 5003, capped: true });
  });
});
