import { describe, expect, it } from "vitest";
import { EMPTY_VIEW, visibleGraph } from "./model";
import { exportName, graphJson, imageBackground, imageFrame, isNodeControl } from "./export-content";
import { fan, infosOf, laidOut, seed, seedPositions } from "./fixtures.test-util";

describe("graphJson", () => {
  it("lists every visible asset with its place and the lineage edges among them", () => {
    const visible = visibleGraph(seed, EMPTY_VIEW, (u) => u);
    const json = graphJson({ focus: "run", exportedAt: "2025-01-02T03:04:05.000Z", graph: seed, visible, infos: infosOf(seed), positions: seedPositions });
    expect(json.focus).toBe("run");
    expect(json.exportedAt).toBe("2025-01-02T03:04:05.000Z");
    expect(json.nodes.find((n) => n.urn === "iris_input")).toEqual({
      urn: "iris_input",
      name: "Name of iris_input",
      type: "DATASET",
      kind: "dataset",
      platform: "Snowflake",
      degree: 1,
      direction: "UPSTREAM",
      position: { x: 0, y: 41 },
    });
    // A subtitle with no platform part gives none.
    expect(json.nodes.find((n) => n.urn === "run")).toMatchObject({ platform: null, degree: 0, direction: null, position: { x: 330, y: 41 } });
    expect(json.nodes.map((n) => n.urn).sort()).toEqual(["arima_model", "group", "iris_input", "iris_output", "run"]);
    expect(json.edges).toEqual(
      expect.arrayContaining([
        { source: "iris_input", target: "run", type: "DataProcessInstanceConsumes" },
        { source: "arima_model", target: "group", type: "MemberOf" },
      ]),
    );
    expect(json.edges).toHaveLength(4);
  });

  it("leaves out '+N more' placeholders and their links, and nodes not placed yet have no position", () => {
    const g = fan(12);
    const { visible, positions } = laidOut(g);
    const { kid03: _, ...placed } = positions;
    const json = graphJson({ focus: "f", exportedAt: "t", graph: g, visible, infos: infosOf(g), positions: placed });
    expect(json.nodes).toHaveLength(11);
    expect(json.nodes.some((n) => n.urn.startsWith("more:"))).toBe(false);
    expect(json.nodes.find((n) => n.urn === "kid03")!.position).toBeNull();
    expect(json.edges).toHaveLength(10);
    expect(json.edges.every((e) => e.type === "DownstreamOf")).toBe(true);
  });
});

describe("imageFrame", () => {
  it("pads the nodes' bounds by 40 px at full size", () => {
    expect(imageFrame({ x: 0, y: 0, width: 1230, height: 146 })).toEqual({ width: 1310, height: 226, scale: 1, transform: "translate(40px, 40px) scale(1)" });
    expect(imageFrame({ x: -100, y: 50, width: 240, height: 64 }).transform).toBe("translate(140px, -10px) scale(1)");
  });

  it("scales a graph down so that no side passes 16,000 px", () => {
    const f = imageFrame({ x: 0, y: 0, width: 31_920, height: 1_000 });
    expect(f.scale).toBe(0.5);
    expect(f).toMatchObject({ width: 16_000, height: 540, transform: "translate(20px, 20px) scale(0.5)" });
  });
});

describe("what else an image and a file are", () => {
  it("leaves out the expand and collapse buttons", () => {
    expect(isNodeControl({ expand: "downstream" })).toBe(true);
    expect(isNodeControl({ collapse: "upstream" })).toBe(true);
    expect(isNodeControl({})).toBe(false);
  });

  it("has the graph's background in either colour scheme", () => {
    expect(imageBackground("light")).toBe("#ffffff");
    expect(imageBackground("dark")).toBe("#020617");
  });

  it("names the file after the focus", () => {
    expect(exportName("Simple Training Run", "png")).toBe("Simple_Training_Run-lineage.png");
    expect(exportName("iris/input (v2)", "json")).toBe("iris_input_v2-lineage.json");
    expect(exportName("☃☃", "svg")).toBe("lineage-lineage.svg");
    expect(exportName("x".repeat(100), "png")).toBe(`${"x".repeat(80)}-lineage.png`);
  });
});
