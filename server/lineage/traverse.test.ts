/** The one-way walk under searchAcrossLineage: degrees, shortest paths, and where its caps cut it. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Store } from "../store/store";
import type { AspectWrite } from "../store/types";
import { traverse } from "./traverse";

const DS = "urn:li:dataset:(urn:li:dataPlatform:snowflake,events,PROD)";
const DS2 = "urn:li:dataset:(urn:li:dataPlatform:snowflake,clicks,PROD)";
const RUN = "urn:li:dataProcessInstance:run_1";
const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn_model,PROD)";
const GROUP = "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,churn_group,PROD)";

const w = (urn: string, aspect: string, value: Record<string, unknown>): AspectWrite => ({
  urn,
  entityType: urn.split(":")[2],
  aspect,
  value,
  actor: "urn:li:corpuser:test",
});

describe("traverse", () => {
  let store: Store;
  beforeEach(() => {
    store = Store.open(":memory:");
    // DS and DS2 → RUN → MODEL → GROUP.
    store.writeAspects([
      w(DS, "datasetProperties", { name: "events" }),
      w(DS2, "datasetProperties", { name: "clicks" }),
      w(RUN, "dataProcessInstanceInput", { inputs: [DS, DS2] }),
      w(MODEL, "mlModelProperties", { name: "m", groups: [GROUP], trainingJobs: [RUN] }),
      w(GROUP, "mlModelGroupProperties", { name: "g" }),
    ]);
  });
  afterEach(() => store.close());

  it("gives each node its degree and shortest paths from the focus", async () => {
    const t = await traverse(store, DS, "DOWNSTREAM", { maxHops: 5 });
    expect([...t.nodes.values()].map((n) => [n.urn, n.degree])).toEqual([
      [RUN, 1],
      [MODEL, 2],
      [GROUP, 3],
    ]);
    expect(t.nodes.get(GROUP)?.paths).toEqual([[DS, RUN, MODEL, GROUP]]);
    expect(t.truncated.size).toBe(0);
    expect(t.partial).toBe(false);
    const up = await traverse(store, GROUP, "UPSTREAM", { maxHops: 5 });
    expect(up.nodes.get(DS)?.degree).toBe(3);
    expect(up.nodes.get(DS2)?.degree).toBe(3);
  });

  it("marks the nodes whose neighbours a cap left unexplored", async () => {
    const short = await traverse(store, DS, "DOWNSTREAM", { maxHops: 1 });
    expect([...short.nodes.keys()]).toEqual([RUN]);
    expect([...short.truncated]).toEqual([RUN]);
    // The hops asked for are the caller's choice, not a partial answer (DataHub's isPartial).
    expect(short.partial).toBe(false);
    expect((await traverse(store, DS, "DOWNSTREAM", { maxHops: 5, perHopLimit: 1 })).partial).toBe(false);
    const few = await traverse(store, GROUP, "UPSTREAM", { maxHops: 5, maxNodes: 2 });
    expect(few.nodes.size).toBe(2);
    expect(few.truncated.has(RUN)).toBe(true);
    expect(few.partial).toBe(true);
    const poor = await traverse(store, DS, "DOWNSTREAM", { maxHops: 5, maxRead: 1 });
    expect(poor.truncated.size).toBeGreaterThan(0);
    expect(poor.partial).toBe(true);
  });
});
