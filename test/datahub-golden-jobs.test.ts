/**
 * Pipelines and jobs from DataHub's SageMaker golden file (test/fixtures/datahub-golden), read back
 * over GraphQL: a training job field by field, its pipeline, the model's link to it, and the
 * model's upstream lineage through the job to its S3 input.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { ingestProposals } from "../server/ingest/proposals";
import { readProposalFile } from "../server/cli";
import { startTestServer, type TestServer } from "./helpers";

const FLOW = "urn:li:dataFlow:(sagemaker,training:a-training-job,PROD)";
const JOB = `urn:li:dataJob:(${FLOW},arn:aws:sagemaker:us-west-2:123412341234:training-job/a-training-job)`;
const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:sagemaker,the-first-model,PROD)";
const INPUT = "urn:li:dataset:(urn:li:dataPlatform:s3,training-job/input-dataset.tar_gz,PROD)";
const OUTPUTS = [
  "checkpoint-config",
  "debug-hook-config",
  "debug-rule-config",
  "output-data",
  "profiler-config",
  "profiler-rule-config",
  "tensorboard-output-config",
].map((n) => `urn:li:dataset:(urn:li:dataPlatform:s3,training-job/${n}.tar_gz,PROD)`);

describe("a SageMaker training job, read back over GraphQL", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    const report = ingestProposals(
      server.store,
      readProposalFile(path.join("test/fixtures/datahub-golden", "sagemaker_mces_golden.json")),
      "urn:li:corpuser:datahub",
    );
    expect(report.accepted).toBeGreaterThan(0);
  });
  afterAll(() => server.stop());

  it("its name, type, properties, pipeline, inputs and outputs", async () => {
    const r = await server.graphql(`{ dataJob(urn: ${JSON.stringify(JOB)}) {
      urn type jobId
      properties { name description externalUrl customProperties { key value } }
      dataFlow { urn orchestrator flowId cluster platform { urn } properties { name } }
      inputOutput { inputDatasets { urn } outputDatasets { urn } inputDatajobs { urn } }
      status { removed }
      browsePathV2 { path { name } }
      relationships(input: { types: ["IsPartOf", "Consumes", "Produces"], direction: OUTGOING }) { total }
    } }`);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.dataJob).toEqual({
      urn: JOB,
      type: "DATA_JOB",
      jobId: "arn:aws:sagemaker:us-west-2:123412341234:training-job/a-training-job",
      properties: {
        name: "a-training-job",
        description: null,
        externalUrl: "https://us-west-2.console.aws.amazon.com/sagemaker/home?region=us-west-2#/jobs/a-training-job",
        customProperties: expect.arrayContaining([{ key: "jobType", value: "training" }]),
      },
      dataFlow: {
        urn: FLOW,
        orchestrator: "sagemaker",
        flowId: "training:a-training-job",
        cluster: "PROD",
        platform: { urn: "urn:li:dataPlatform:sagemaker" },
        properties: { name: "a-training-job" },
      },
      inputOutput: { inputDatasets: [{ urn: INPUT }], outputDatasets: OUTPUTS.map((urn) => ({ urn })), inputDatajobs: [] },
      status: { removed: false },
      browsePathV2: { path: [{ name: "training" }] },
      relationships: { total: 1 + 1 + OUTPUTS.length },
    });
  });

  it("the model's trainingJobs link, and the pipeline's tasks", async () => {
    const r = await server.graphql(`{
      mlModel(urn: ${JSON.stringify(MODEL)}) { properties { mlModelLineageInfo { trainingJobs } } }
      dataFlow(urn: ${JSON.stringify(FLOW)}) {
        type platform { urn } properties { name }
        relationships(input: { types: ["IsPartOf"], direction: INCOMING }) { total relationships { entity { urn type } } }
      }
    }`);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.mlModel.properties.mlModelLineageInfo.trainingJobs).toEqual([JOB]);
    expect(r.body.data.dataFlow).toEqual({
      type: "DATA_FLOW",
      platform: { urn: "urn:li:dataPlatform:sagemaker" },
      properties: { name: "a-training-job" },
      relationships: { total: 1, relationships: [{ entity: { urn: JOB, type: "DATA_JOB" } }] },
    });
  });

  it("the model's upstream lineage reaches its training job and the job's S3 input", async () => {
    const r = await server.graphql(`{ searchAcrossLineage(input: { urn: ${JSON.stringify(MODEL)}, direction: UPSTREAM, query: "*", start: 0, count: 100 }) {
      total searchResults { degree entity { urn type } }
    } }`);
    expect(r.body.errors).toBeUndefined();
    const found = new Map<string, number>(r.body.data.searchAcrossLineage.searchResults.map((x: any) => [x.entity.urn, x.degree]));
    expect(found.get(JOB)).toBe(1);
    expect(found.get(INPUT)).toBe(2);
    // Outputs of the job are downstream of it, not upstream of the model.
    for (const o of OUTPUTS) expect(found.has(o)).toBe(false);
  });

  it("the job is searchable by name, with its orchestrator as platform", async () => {
    const r = await server.graphql(`{ searchAcrossEntities(input: { types: [DATA_JOB, DATA_FLOW], query: "a-training-job", start: 0, count: 10 }) {
      searchResults { entity { urn type } } facets { field aggregations { value count } }
    } }`);
    expect(r.body.errors).toBeUndefined();
    const urns = r.body.data.searchAcrossEntities.searchResults.map((x: any) => x.entity.urn);
    expect(urns).toEqual(expect.arrayContaining([JOB, FLOW]));
    const platform = r.body.data.searchAcrossEntities.facets.find((f: any) => f.field === "platform");
    expect(platform.aggregations).toEqual(expect.arrayContaining([expect.objectContaining({ value: "urn:li:dataPlatform:sagemaker" })]));
  });

  it("descriptions, tags and owners can be edited on both", async () => {
    for (const urn of [JOB, FLOW]) {
      const m = await server.graphql(
        `mutation { updateDescription(input: { resourceUrn: ${JSON.stringify(urn)}, description: "Edited" })
        addTag(input: { resourceUrn: ${JSON.stringify(urn)}, tagUrn: "urn:li:tag:pii" })
        addOwner(input: { resourceUrn: ${JSON.stringify(urn)}, ownerUrn: "urn:li:corpuser:jdoe", ownerEntityType: CORP_USER, type: TECHNICAL_OWNER }) }`,
        undefined,
        server.token("editor"),
      );
      expect(m.body.errors).toBeUndefined();
    }
    const r =
      await server.graphql(`{ dataJob(urn: ${JSON.stringify(JOB)}) { editableProperties { description } tags { tags { tag { urn } } } ownership { owners { owner { ... on CorpUser { urn } } } } }
      dataFlow(urn: ${JSON.stringify(FLOW)}) { editableProperties { description } tags { tags { tag { urn } } } } }`);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.dataJob).toEqual({
      editableProperties: { description: "Edited" },
      tags: { tags: [{ tag: { urn: "urn:li:tag:pii" } }] },
      ownership: { owners: [{ owner: { urn: "urn:li:corpuser:jdoe" } }] },
    });
    expect(r.body.data.dataFlow).toEqual({ editableProperties: { description: "Edited" }, tags: { tags: [{ tag: { urn: "urn:li:tag:pii" } }] } });
  });
});
