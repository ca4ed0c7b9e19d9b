import { describe, expect, it } from "vitest";
import { browsePathFacets, browsePathOf, encodeBrowsePath } from "./browse-path";

const C1 = "urn:li:container:project";
const C2 = "urn:li:container:experiment";

describe("browse paths", () => {
  it("reads browsePathsV2: an entry's urn, else its id; entries with the delimiter are left out", () => {
    const path = [{ id: C1, urn: C1 }, { id: "models" }, { id: "bad\u241fentry" }];
    expect(browsePathOf("urn:li:mlModel:(urn:li:dataPlatform:vertexai,m,PROD)", { browsePathsV2: { path } })).toEqual([C1, "models"]);
    // An explicit empty path is the top level, even with a container.
    expect(browsePathOf("urn:li:container:x", { browsePathsV2: { path: [] }, container: { container: C1 } })).toEqual([]);
  });

  it("defaults to the container after its own path, a job's pipeline, a version's model group", () => {
    expect(browsePathOf("urn:li:dataProcessInstance:r", { container: { container: C2 } }, (c) => (c === C2 ? [C1] : []))).toEqual([C1, C2]);
    const flow = "urn:li:dataFlow:(sagemaker,training:a,PROD)";
    expect(browsePathOf(`urn:li:dataJob:(${flow},job)`, {})).toEqual([flow]);
    const group = "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,g,PROD)";
    expect(browsePathOf("urn:li:mlModel:(urn:li:dataPlatform:mlflow,g_1,PROD)", { mlModelProperties: { groups: [group] } })).toEqual([group]);
    expect(browsePathOf("urn:li:dataset:(urn:li:dataPlatform:s3,x,PROD)", {})).toEqual([]);
  });

  it("encodes every prefix as DataHub's filter writes it", () => {
    expect(encodeBrowsePath([])).toBe("");
    expect(browsePathFacets([C1, "models"])).toEqual([`\u241f${C1}`, `\u241f${C1}\u241fmodels`]);
  });
});
