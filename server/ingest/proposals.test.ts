/**
 * What a proposal does, with DataHub's semantics, one rule per test, on fragments of DataHub's golden
 * files (test/fixtures/datahub-golden): change types, key aspects, and what this catalog does not store.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Store } from "../store/store";
import { ingestProposals } from "./proposals";

const TAG = "urn:li:tag:needs_documentation";
const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:vertexai,test-project-id.model.mock_prediction_model_1_1,PROD)";
const GROUP = "urn:li:mlModelGroup:(urn:li:dataPlatform:sagemaker,a-model-package-group,PROD)";
const TRAINING = { trainingData: [{ dataset: "urn:li:dataset:(urn:li:dataPlatform:vertexai,test-project-id.dataset.2562882439508656128,PROD)" }] };

const p = (entityUrn: string, aspectName: string, json: unknown, changeType = "UPSERT") => ({
  entityType: entityUrn.split(":")[2],
  entityUrn,
  changeType,
  aspectName,
  ...(json === undefined ? {} : { aspect: { json } }),
  systemMetadata: { lastObserved: 1586847600000, runId: "feast-repository-test", lastRunId: "no-run-id-provided" },
});

let store: Store;
beforeEach(() => {
  store = Store.open(":memory:");
});
afterEach(() => store.close());

const ingest = (...items: unknown[]) => ingestProposals(store, items, "urn:li:corpuser:datahub");
const errors = (...items: unknown[]) => ingest(...items).results.map((r) => r.error ?? "ok");

describe("key aspects", () => {
  it("accepts a key that restates the urn and stores it, as DataHub does (feast 2024: tagKey)", () => {
    expect(errors(p(TAG, "tagKey", { name: "needs_documentation" }))).toEqual(["ok"]);
    expect(store.getAspect(TAG, "tagKey")?.value).toEqual({ name: "needs_documentation" });
    expect(store.existing([TAG]).has(TAG)).toBe(true);
  });

  it("refuses a key that names another entity", () => {
    expect(errors(p(TAG, "tagKey", { name: "deprecated" }))).toEqual([`${TAG} tagKey: the key names urn:li:tag:deprecated, not the urn it was sent for`]);
    expect(
      errors(p(MODEL, "mlModelKey", { platform: "urn:li:dataPlatform:vertexai", name: "test-project-id.model.mock_prediction_model_1_1", origin: "DEV" })),
    ).toEqual([expect.stringContaining("the key names urn:li:mlModel:(urn:li:dataPlatform:vertexai,test-project-id.model.mock_prediction_model_1_1,DEV)")]);
    expect(store.existing([TAG, MODEL]).size).toBe(0);
  });
});

describe("change types", () => {
  it("UPSERT and RESTATE write the value", () => {
    expect(errors(p(MODEL, "mlModelTrainingData", TRAINING), p(TAG, "tagProperties", { name: "needs_documentation" }, "RESTATE"))).toEqual(["ok", "ok"]);
    expect(store.getAspect(MODEL, "mlModelTrainingData")?.value).toEqual(TRAINING);
    expect(store.getAspect(TAG, "tagProperties")?.value).toEqual({ name: "needs_documentation" });
  });

  it("CREATE fails when the aspect exists, not when only the entity does", () => {
    expect(
      errors(
        p(MODEL, "status", { removed: false }, "CREATE"),
        p(MODEL, "mlModelTrainingData", TRAINING, "CREATE"),
        p(MODEL, "status", { removed: true }, "CREATE"),
      ),
    ).toEqual(["ok", "ok", `${MODEL} status: aspect already exists (changeType CREATE)`]);
    expect(store.getAspect(MODEL, "status")?.value).toEqual({ removed: false });
  });

  it("CREATE_ENTITY fails when the entity exists, whichever aspect it sends", () => {
    expect(errors(p(TAG, "tagKey", { name: "needs_documentation" }, "CREATE_ENTITY"), p(TAG, "tagProperties", { name: "x" }, "CREATE_ENTITY"))).toEqual([
      "ok",
      `${TAG} tagProperties: entity already exists (changeType CREATE_ENTITY)`,
    ]);
    expect(store.getAspect(TAG, "tagProperties")).toBeNull();
  });

  it("PATCH applies to the stored value", () => {
    ingest(
      p(GROUP, "mlModelGroupProperties", {
        name: "a-model-package-group",
        customProperties: { ModelPackageGroupArn: "arn:aws:sagemaker:us-west-2:123412341234:model-package-group/a-model-package-group" },
      }),
    );
    expect(errors(p(GROUP, "mlModelGroupProperties", [{ op: "add", path: "/description", value: "Models of the group" }], "PATCH"))).toEqual(["ok"]);
    expect(store.getAspect(GROUP, "mlModelGroupProperties")?.value).toMatchObject({ name: "a-model-package-group", description: "Models of the group" });
  });

  it("DELETE removes the aspect, its versions and the edges it declared; the entity stays", () => {
    ingest(
      p(MODEL, "mlModelProperties", { name: "v1", groups: [GROUP] }),
      p(MODEL, "mlModelProperties", { name: "v2", groups: [GROUP] }),
      p(MODEL, "status", { removed: false }),
    );
    expect(store.getEdges([MODEL], "OUTGOING").map((e) => e.type)).toEqual(["MemberOf"]);
    const r = ingest(p(MODEL, "mlModelProperties", undefined, "DELETE"), p(MODEL, "mlModelProperties", undefined, "DELETE"));
    expect(r.results.map((x) => [x.ok, x.changed])).toEqual([
      [true, true],
      [true, false], // nothing left to delete
    ]);
    expect(store.getAspectHistory(MODEL, ["mlModelProperties"])).toEqual([]);
    expect(store.getEdges([MODEL], "OUTGOING")).toEqual([]);
    expect(store.getAspect(MODEL, "status")?.value).toEqual({ removed: false });
    expect(store.consistencyCheck().problems).toEqual([]);
  });

  it("DELETE of the key aspect deletes the entity (DataHub's hard delete)", () => {
    ingest(
      p(MODEL, "mlModelProperties", { name: "m", groups: [GROUP] }),
      p(MODEL, "mlModelTrainingData", TRAINING),
      p(GROUP, "mlModelGroupProperties", { name: "g" }),
    );
    expect(errors(p(MODEL, "mlModelKey", undefined, "DELETE"))).toEqual(["ok"]);
    expect(store.existing([MODEL, GROUP], { includeRemoved: true })).toEqual(new Set([GROUP]));
    expect(store.getAspectHistory(MODEL)).toEqual([]);
    expect(store.search({ query: "*" }).hits.map((h) => h.urn)).toEqual([GROUP]);
    expect(store.consistencyCheck().problems).toEqual([]);
    // And it can be created again.
    expect(errors(p(MODEL, "mlModelProperties", { name: "again" }, "CREATE_ENTITY"))).toEqual(["ok"]);
  });
});

describe("what this catalog does not store", () => {
  it("refuses a proposal for an entity kind it does not store with one message (bootstrap: dashboard, chart)", () => {
    expect(
      errors(
        p("urn:li:dashboard:(looker,dashboards.11)", "dashboardInfo", { title: "Dashboard" }),
        p("urn:li:chart:(looker,baz1)", "chartInfo", { title: null }),
      ),
    ).toEqual([
      "urn:li:dashboard:(looker,dashboards.11): entity type dashboard is not stored by this catalog",
      "urn:li:chart:(looker,baz1): entity type chart is not stored by this catalog",
    ]);
  });

  it("refuses a DataHub aspect it does not store on a kind it does with one message (forms on a model)", () => {
    expect(errors(p(MODEL, "forms", { incompleteForms: [], completedForms: [] }))).toEqual([
      `${MODEL}: aspect forms of entity type mlModel is not stored by this catalog`,
    ]);
  });

  it("still refuses an aspect DataHub does not have, naming the ones accepted", () => {
    expect(errors(p(MODEL, "fluxCapacitor", {}))).toEqual([
      expect.stringMatching(/aspect 'fluxCapacitor' is not supported for entity type 'mlModel' \(supported: .*mlModelTrainingData/),
    ]);
  });

  it("accepts references to kinds it does not store, and checks the kinds it does (sagemaker: deployments, trainingJobs)", () => {
    const deployment = "urn:li:mlModelDeployment:(urn:li:dataPlatform:sagemaker,arn:aws:sagemaker:us-west-2:123412341234:endpoint/the-first-endpoint,PROD)";
    expect(
      errors(
        p(MODEL, "mlModelProperties", {
          deployments: [deployment],
          trainingJobs: [
            "urn:li:dataJob:(urn:li:dataFlow:(sagemaker,training:a-training-job,PROD),arn:aws:sagemaker:us-west-2:123412341234:training-job/a-training-job)",
          ],
        }),
        p(MODEL, "mlModelProperties", { groups: [deployment] }),
        p(MODEL, "mlModelProperties", { deployments: ["urn:li:mlModelDeployment:(unbalanced"] }),
      ),
    ).toEqual([
      "ok",
      expect.stringMatching(/groups\.0: expected a mlModelGroup urn, got a mlModelDeployment urn/),
      expect.stringMatching(/deployments\.0: invalid urn: expected a tuple key/),
    ]);
  });
});
