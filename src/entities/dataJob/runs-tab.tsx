import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { Card } from "../../components/card";
import { EntityLink } from "../../components/entity-link";
import { EmptyState, ErrorMessage, Skeleton } from "../../components/states";
import { RelatedList } from "../shared/related-list";
import { PageRange, TabPager, usePageParam } from "../shared/url-pager";

/** Runs on one page of a job's Runs tab; jobs on one page of a pipeline's (the query's count), and runs shown for each. */
export const RUNS_PAGE = 25;
export const FLOW_JOBS_PAGE = 20;
const RUNS_PER_FLOW_JOB = 10;

const JobRunsQuery = graphql(`
  query JobRuns($urn: String!, $start: Int!, $count: Int!) {
    dataJob(urn: $urn) {
      urn
      runs(start: $start, count: $count) {
        total
        runs { urn ...RelatedItem }
      }
    }
  }
`);

const FlowRunsQuery = graphql(`
  query FlowRuns($urn: String!, $start: Int!, $runs: Int!) {
    dataFlow(urn: $urn) {
      urn
      tasks: relationships(input: { types: ["IsPartOf"], direction: INCOMING, start: $start, count: 20 }) {
        total
        relationships {
          entity {
            urn
            ... on DataJob {
              jobId
              properties { name }
              runs(start: 0, count: $runs) { total runs { urn ...RelatedItem } }
            }
          }
        }
      }
    }
  }
`);

const NO_RUNS = "A run appears here when a process instance names the job as its template (dataProcessInstanceRelationships.parentTemplate).";

/** The runs of one job (process instances whose template it is), newest first, a page at a time. */
export function JobRunsTab({ urn }: { urn: string }) {
  const { page, start } = usePageParam(RUNS_PAGE);
  const { data, loading, error } = useQuery(JobRunsQuery, { variables: { urn, start, count: RUNS_PAGE } });
  if (loading && !data) return <Skeleton lines={5} label="Loading runs" />;
  if (error && !data) return <ErrorMessage error={error} what="The job's runs" />;
  const runs = data?.dataJob?.runs;
  const total = runs?.total ?? 0;
  const items = (runs?.runs ?? []).flatMap((r) => (r ? [{ entity: r }] : []));
  if (total === 0) return <EmptyState title="No runs of this job are recorded">{NO_RUNS}</EmptyState>;
  return (
    <Card title={`Runs (${total.toLocaleString("en-US")})`}>
      <PageRange start={start} shown={items.length} total={total} noun={["run", "runs"]} />
      <div aria-busy={loading} className={loading ? "opacity-60 transition-opacity" : "transition-opacity"}>
        <RelatedList items={items} empty={null} />
      </div>
      <TabPager kind="job" urn={urn} tab="runs" page={page} total={total} size={RUNS_PAGE} label="Run pages" />
    </Card>
  );
}

/** The runs of a pipeline's jobs, job by job (a page of jobs at a time; each job's latest runs, and a link to all of them). */
export function FlowRunsTab({ urn }: { urn: string }) {
  const { page, start } = usePageParam(FLOW_JOBS_PAGE);
  const { data, loading, error } = useQuery(FlowRunsQuery, { variables: { urn, start, runs: RUNS_PER_FLOW_JOB } });
  if (loading && !data) return <Skeleton lines={5} label="Loading runs" />;
  if (error && !data) return <ErrorMessage error={error} what="The pipeline's runs" />;
  const tasks = data?.dataFlow?.tasks;
  const totalJobs = tasks?.total ?? 0;
  const jobs = (tasks?.relationships ?? []).flatMap((r) => (r.entity?.__typename === "DataJob" ? [r.entity] : []));
  const withRuns = jobs.filter((j) => (j.runs?.total ?? 0) > 0);
  const pager = <TabPager kind="pipeline" urn={urn} tab="runs" page={page} total={totalJobs} size={FLOW_JOBS_PAGE} label="Pages of jobs" />;
  if (withRuns.length === 0)
    return (
      <>
        <EmptyState title={totalJobs > FLOW_JOBS_PAGE ? "No runs of the jobs on this page are recorded" : "No runs of this pipeline's jobs are recorded"}>
          {NO_RUNS}
        </EmptyState>
        {pager}
      </>
    );
  return (
    <div className="space-y-4">
      <PageRange start={start} shown={jobs.length} total={totalJobs} noun={["job", "jobs"]} />
      {withRuns.map((j) => {
        const name = j.properties?.name || j.jobId;
        return (
          <Card key={j.urn} title={`${name} · ${(j.runs?.total ?? 0).toLocaleString("en-US")} ${j.runs?.total === 1 ? "run" : "runs"}`}>
            <RelatedList
              items={(j.runs?.runs ?? []).flatMap((r) => (r ? [{ entity: r }] : []))}
              total={j.runs?.total}
              empty={null}
              more={
                <>
                  on{" "}
                  <EntityLink urn={j.urn} kind="job" tab="runs" name={name}>
                    the job’s Runs tab
                  </EntityLink>
                </>
              }
            />
          </Card>
        );
      })}
      {pager}
    </div>
  );
}
