/**
 * A dataset's profiles, usage and operations (DataHub's `datasetProfiles`, `usageStats`,
 * `operations`), read back over GraphQL from the points DataHub's bootstrap sample file holds, each
 * compared with the file.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestProposals } from "../server/ingest/proposals";
import { readProposalFile } from "../server/cli";
import { aggregateUsage } from "../server/graphql/dataset-timeseries";
import { startTestServer, type TestServer } from "./helpers";

const FILE = "test/fixtures/datahub-golden/bootstrap_mce.json";
const DS = "urn:li:dataset:(urn:li:dataPlatform:hive,SampleHiveDataset,PROD)";

type Mcp = { entityUrn?: string; aspectName?: string; aspect?: { json?: Record<string, unknown> } };
const inFile = (aspect: string) =>
  (readProposalFile(FILE) as Mcp[])
    .filter((m) => m.entityUrn === DS && m.aspectName === aspect)
    .map((m) => m.aspect!.json!)
    .sort((a, b) => (b.timestampMillis as number) - (a.timestampMillis as number));

describe("a dataset's timeseries over GraphQL, from DataHub's bootstrap sample", () => {
  let server: TestServer;
  const gql = async (query: string) => {
    const r = await server.graphql(query);
    expect(r.body.errors).toBeUndefined();
    return r.body.data;
  };
  beforeAll(async () => {
    server = await startTestServer();
    ingestProposals(server.store, readProposalFile(FILE), "urn:li:corpuser:datahub");
  });
  afterAll(() => server.stop());

  it("profiles, newest first, with the per-column figures the file gives", async () => {
    const d = await gql(`{ dataset(urn: "${DS}") { datasetProfiles(limit: 5) { timestampMillis rowCount columnCount sizeInBytes
      partitionSpec { type partition } fieldProfiles { fieldPath uniqueCount uniqueProportion nullCount nullProportion sampleValues min } } } }`);
    const file = inFile("datasetProfile");
    const got = d.dataset.datasetProfiles;
    expect(got.map((p: { timestampMillis: number }) => p.timestampMillis)).toEqual(file.map((p) => p.timestampMillis));
    expect(got[0]).toMatchObject({
      rowCount: file[0].rowCount,
      columnCount: file[0].columnCount,
      partitionSpec: { type: "FULL_TABLE", partition: "FULL_TABLE_SNAPSHOT" },
    });
    expect(got[0].rowCount).toBe(4500);
    expect(got[0].sizeInBytes).toBe(842000200000);
    expect(got[1].sizeInBytes).toBeNull();
    expect(got[0].fieldProfiles).toEqual(
      (file[0].fieldProfiles as Array<Record<string, unknown>>).map((f) => ({
        fieldPath: f.fieldPath,
        uniqueCount: f.uniqueCount,
        uniqueProportion: f.uniqueProportion,
        nullCount: f.nullCount,
        nullProportion: f.nullProportion,
        sampleValues: f.sampleValues,
        min: null,
      })),
    );
    const one = await gql(`{ dataset(urn: "${DS}") { datasetProfiles(limit: 1) { rowCount } } }`);
    expect(one.dataset.datasetProfiles).toEqual([{ rowCount: 4500 }]);
    const before = await gql(`{ dataset(urn: "${DS}") { datasetProfiles(endTimeMillis: 1770000000000) { rowCount } } }`);
    expect(before.dataset.datasetProfiles).toEqual([{ rowCount: 3500 }]);
  });

  it("operations, newest first: type, when the data changed, partition", async () => {
    const d = await gql(
      `{ dataset(urn: "${DS}") { operations(limit: 10) { timestampMillis lastUpdatedTimestamp operationType customOperationType actor partition } } }`,
    );
    expect(d.dataset.operations).toEqual(
      inFile("operation").map((o) => ({
        timestampMillis: o.timestampMillis,
        lastUpdatedTimestamp: o.lastUpdatedTimestamp,
        operationType: o.operationType,
        customOperationType: null,
        actor: null,
        partition: "FULL_TABLE_SNAPSHOT",
      })),
    );
    expect(d.dataset.operations.map((o: { operationType: string }) => o.operationType)).toEqual(["INSERT", "UPDATE"]);
  });

  it("usage: every recorded point as a bucket, rolled up into users, fields and queries", async () => {
    const d = await gql(`{ dataset(urn: "${DS}") { usageStats { buckets { bucket duration resource metrics { totalSqlQueries topSqlQueries uniqueUserCount } }
      aggregations { uniqueUserCount totalSqlQueries users { user { urn } count userEmail } fields { fieldName count } } } } }`);
    const [file] = inFile("datasetUsageStatistics");
    const u = d.dataset.usageStats;
    expect(u.buckets).toEqual([
      { bucket: file.timestampMillis, duration: "DAY", resource: DS, metrics: { totalSqlQueries: 2, topSqlQueries: file.topSqlQueries, uniqueUserCount: 1 } },
    ]);
    expect(u.aggregations).toEqual({
      uniqueUserCount: 1,
      totalSqlQueries: 2,
      users: [{ user: { urn: "urn:li:corpuser:unknown" }, count: 2, userEmail: "test_user@datahubproject.io" }],
      fields: [
        { fieldName: "field_foo", count: 45 },
        { fieldName: "field_bar", count: 10 },
      ],
    });
    // the file's point is older than a day: a one-day range has none
    const day = await gql(`{ dataset(urn: "${DS}") { usageStats(range: DAY) { buckets { bucket } aggregations { totalSqlQueries users { count } } } } }`);
    expect(day.dataset.usageStats).toEqual({ buckets: [], aggregations: { totalSqlQueries: null, users: [] } });
  });

  it("refuses what it cannot answer, saying why", async () => {
    for (const [q, msg] of [
      [`datasetProfiles(limit: 0) { rowCount }`, /limit must be an integer from 1 to 1000/],
      [`operations(startTimeMillis: 5, endTimeMillis: 4) { timestampMillis }`, /startTimeMillis must not be after endTimeMillis/],
      [`operations(filter: { and: [{ field: "actor", values: ["x"] }] }) { timestampMillis }`, /filter is not supported/],
      [
        `usageStats(resource: "urn:li:dataset:(urn:li:dataPlatform:hive,Other,PROD)") { aggregations { totalSqlQueries } }`,
        /resource, when given, must be the dataset's own urn/,
      ],
    ] as const) {
      const r = await server.graphql(`{ dataset(urn: "${DS}") { ${q} } }`);
      expect(r.body.errors?.[0]?.message).toMatch(msg);
    }
  });

  it("rolls several points up: users and fields summed and ordered by count", () => {
    const a = aggregateUsage([
      { totalSqlQueries: 2, userCounts: [{ user: "urn:li:corpuser:a", count: 2 }], fieldCounts: [{ fieldPath: "x", count: 1 }] },
      {
        totalSqlQueries: 5,
        userCounts: [
          { user: "urn:li:corpuser:b", count: 4, userEmail: "b@x" },
          { user: "urn:li:corpuser:a", count: 1 },
        ],
        fieldCounts: [{ fieldPath: "y", count: 3 }],
      },
    ]);
    expect(a).toEqual({
      uniqueUserCount: 2,
      totalSqlQueries: 7,
      users: [
        { key: "urn:li:corpuser:b", count: 4, email: "b@x" },
        { key: "urn:li:corpuser:a", count: 3, email: null },
      ],
      fields: [
        { key: "y", count: 3 },
        { key: "x", count: 1 },
      ],
    });
  });
});
