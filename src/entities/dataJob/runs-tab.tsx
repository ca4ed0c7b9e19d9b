import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { Card } from "../../components/card";
import { EmptyState, ErrorMessage, Skeleton } from "../../components/states";
import { RelatedList } from "../shared/related-list";

const JobRunsQuery = graphql(`
  query JobRuns($urn: String!) {
    dataJob(urn: $urn) {
      urn
      runs(start: 0, count: 100) {
        total
        runs { urn ...RelatedItem }
      }
    }
  }
`);

const FlowRunsQuery = graphql(`
  query FlowRuns($urn: String!) {
    dataFlow(urn: $urn) {
      urn
      tasks: relationships(input: { types: ["IsPartOf"], direction: INCOMING, start: 0, count: 100 }) {
        relationships {
          entity {
            urn
            ... on DataJob {
              jobId
              properties { name }
              runs(start: 0, count: 20) { total runs { urn ...RelatedItem } }
            }
          }
        }
      }
    }
  }
`);

const NO_RUNS = "A run appears here when a process instance names the job as its template (dataProcessInstanceRelationships.parentTemplate).";

/** The runs of one job (process instances whose template it is), newest first. */
export function JobRunsTab({ urn }: { urn: string }) {
  const { data, loading, error } = useQuery(JobRunsQuery, { variables: { urn } });
  if (loading && !data) return <Skeleton lines={5} label="Loading runs" />;
  if (error && !data) return <ErrorMessage error={error} what="The job's runs" />;
  const runs = data?.dataJob?.runs;
  const items = (runs?.runs ?? []).flatMap((r) => (r ? [{ entity: r }] : []));
  if (items.length === 0) return <EmptyState title="No runs of this job are recorded">{NO_RUNS}</EmptyState>;
  return (
    <Card title={`Runs · ${runs?.total ?? items.length}`}>
      <RelatedList items={items} total={runs?.total} empty={null} />
    </Card>
  );
}

/** The runs of a pipeline's jobs, job by job. */
export function FlowRunsTab({ urn }: { urn: string }) {
  const { data, loading, error } = useQuery(FlowRunsQuery, { variables: { urn } });
  if (loading && !data) return <Skeleton lines={5} label="Loading runs" />;
  if (error && !data) return <ErrorMessage error={error} what="The pipeline's runs" />;
  const jobs = (data?.dataFlow?.tasks?.relationships ?? []).flatMap((r) =>
    r.entity?.__typename === "DataJob" && (r.entity.runs?.total ?? 0) > 0 ? [r.entity] : [],
  );
  if (jobs.length === 0) return <EmptyState title="No runs of this pipeline's jobs are recorded">{NO_RUNS}</EmptyState>;
  return (
    <div className="space-y-4">
      {jobs.map((j) => (
        <Card key={j.urn} title={`${j.properties?.name || j.jobId} · ${j.runs?.total ?? 0} runs`}>
          <RelatedList items={(j.runs?.runs ?? []).flatMap((r) => (r ? [{ entity: r }] : []))} total={j.runs?.total} empty={null} />
        </Card>
      ))}
    </div>
  );
}
