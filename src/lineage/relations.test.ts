import { describe, expect, it } from "vitest";
import { edgePhrase, edgeSentence, neighbourLinks, relation } from "./relations";
import { EMPTY_VIEW, visibleGraph } from "./model";
import { seed } from "./fixtures.test-util";

describe("relationships in plain words", () => {
  it("read each of DataHub's lineage relationships from upstream to downstream, and back", () => {
    expect(relation("DataProcessInstanceProduces")).toEqual({ forward: "produced", backward: "produced by" });
    expect(relation("DataProcessInstanceConsumes")).toEqual({ forward: "read by", backward: "read" });
    expect(relation("TrainedBy").forward).toBe("trained");
    expect(relation("MemberOf").forward).toBe("member of");
    expect(relation("KeyedBy").forward).toBe("key of");
    expect(relation("Contains").forward).toBe("part of");
    expect(relation("DerivedFrom").forward).toBe("source of");
    expect(relation("DownstreamOf").forward).toBe("feeds");
    expect(relation("Consumes").forward).toBe("used by");
  });

  it("never show a raw name: a relationship not known yet is split into words", () => {
    expect(relation("SomeNewRelationship").forward).toBe("some new relationship");
    expect(relation("DataJobFeedsML").forward).toBe("data job feeds ml");
  });

  it("join the relationships of one edge, once each", () => {
    expect(edgePhrase(["TrainedBy", "DataProcessInstanceProduces", "TrainedBy"])).toBe("trained and produced");
    expect(edgePhrase(["TrainedBy", "DataProcessInstanceProduces", "MemberOf"])).toBe("trained, produced and member of");
    expect(edgeSentence(["DataProcessInstanceProduces"], "Simple Training Run", "Iris Model Output Data")).toBe(
      "Simple Training Run produced Iris Model Output Data",
    );
  });

  it("list a node's links with the node as the subject, upstream and downstream", () => {
    const v = visibleGraph(seed, EMPTY_VIEW, (u) => u);
    const name = (u: string) => `Name of ${u}`;
    expect(neighbourLinks(v.edges, "run", name)).toEqual({
      up: [{ urn: "iris_input", name: "Name of iris_input", phrase: "read" }],
      down: [
        { urn: "iris_output", name: "Name of iris_output", phrase: "produced" },
        { urn: "arima_model", name: "Name of arima_model", phrase: "trained" },
      ],
    });
    expect(neighbourLinks(v.edges, "arima_model", name)).toEqual({
      up: [{ urn: "run", name: "Name of run", phrase: "trained by" }],
      down: [{ urn: "group", name: "Name of group", phrase: "member of" }],
    });
  });
});
