import { describe, expect, it } from "vitest";
import { containerLabel, kindOfEntityType, kindOfTypename, kindOfUrn } from "./kinds";

describe("what a container is called, from DataHub's subTypes (as the golden files give them)", () => {
  it("an MLflow experiment is an Experiment; Unity Catalog, Vertex AI and database containers keep their own word", () => {
    expect(containerLabel(["ML Experiment"])).toBe("Experiment");
    expect(containerLabel(["Catalog"])).toBe("Catalog");
    expect(containerLabel(["Schema"])).toBe("Schema");
    expect(containerLabel(["Project"])).toBe("Project");
    expect(containerLabel(["Folder"])).toBe("Folder");
    expect(containerLabel(["Experiment"])).toBe("Experiment");
    expect(containerLabel(["Database"])).toBe("Database");
  });
  it("the first non-blank type name counts; none makes it a Container", () => {
    expect(containerLabel([" ", "schema"])).toBe("Schema");
    expect(containerLabel([])).toBe("Container");
    expect(containerLabel(null)).toBe("Container");
  });
});

describe("deployments and term groups are kinds with pages", () => {
  it("a deployment by urn, typename and EntityType OTHER; a glossary node by its own", () => {
    expect(kindOfUrn("urn:li:mlModelDeployment:(urn:li:dataPlatform:sagemaker,the-first-endpoint,PROD)")).toBe("deployment");
    expect(kindOfTypename("OrreryMlModelDeployment")).toBe("deployment");
    expect(kindOfEntityType("OTHER")).toBe("deployment");
    expect(kindOfUrn("urn:li:glossaryNode:ClientsAndAccounts")).toBe("glossaryNode");
    expect(kindOfEntityType("GLOSSARY_NODE")).toBe("glossaryNode");
  });
});
