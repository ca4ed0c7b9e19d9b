import { describe, expect, it } from "vitest";
import { commitWebUrl, repositoryWebUrl, runSource } from "./run-source";

const props = (o: Record<string, string>) => Object.entries(o).map(([key, value]) => ({ key, value }));

describe("a run's user and source, from MLflow's tags", () => {
  it("reads MLflow's system tags as the importer keeps them", () => {
    const s = runSource(
      props({
        "mlflow.user": "bob",
        "mlflow.source.name": "train.py",
        "mlflow.source.type": "LOCAL",
        "mlflow.source.git.commit": "3f2c1d0e9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e",
        "mlflow.source.git.branch": "main",
        "mlflow.source.git.repoURL": "git@github.com:acme/churn.git",
        "mlflow.project.entryPoint": "main",
        "mlflow.parentRunId": "abc",
        team: "growth",
      }),
      "urn:li:platformResource:0f3e",
    );
    expect(s).toMatchObject({
      user: { name: "bob", urn: null },
      sourceName: "train.py",
      sourceType: "LOCAL",
      commit: "3f2c1d0e9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e",
      commitUrl: "https://github.com/acme/churn/commit/3f2c1d0e9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e",
      branch: "main",
      entryPoint: "main",
      parentRunId: "abc",
    });
    expect([...s.shownKeys].sort()).toEqual([
      "mlflow.parentRunId",
      "mlflow.project.entryPoint",
      "mlflow.source.git.branch",
      "mlflow.source.git.commit",
      "mlflow.source.git.repoURL",
      "mlflow.source.name",
      "mlflow.source.type",
      "mlflow.user",
    ]);
  });

  it("takes other sources' names, and a person as the creator", () => {
    const s = runSource(props({ git_commit: "a1b2c3d4e5f6", entry_point: "src/fit.py" }), "urn:li:corpuser:carol");
    expect(s).toMatchObject({
      user: { name: "carol", urn: "urn:li:corpuser:carol" },
      commit: "a1b2c3d4e5f6",
      commitUrl: null,
      entryPoint: "src/fit.py",
      sourceName: null,
    });
    expect(runSource([], "urn:li:platformResource:x").user).toBeNull();
    expect(runSource(props({ "mlflow.user": "" }), null).user).toBeNull();
  });

  it("links commits on the hosts whose commit pages it knows, never anything but http(s)", () => {
    expect(repositoryWebUrl("https://github.com/acme/churn.git")).toBe("https://github.com/acme/churn");
    expect(repositoryWebUrl("ssh://git@gitlab.com/acme/churn.git")).toBe("https://gitlab.com/acme/churn");
    expect(repositoryWebUrl("javascript:alert(1)")).toBeNull();
    expect(commitWebUrl("https://gitlab.com/acme/churn", "abcdef1")).toBe("https://gitlab.com/acme/churn/-/commit/abcdef1");
    expect(commitWebUrl("https://bitbucket.org/acme/churn", "abcdef1")).toBe("https://bitbucket.org/acme/churn/commits/abcdef1");
    expect(commitWebUrl("https://git.example.com/acme/churn", "abcdef1")).toBeNull();
    expect(commitWebUrl("https://github.com/acme/churn", "not a sha")).toBeNull();
  });
});
