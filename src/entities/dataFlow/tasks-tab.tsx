import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { Card } from "../../components/card";
import { EmptyState, ErrorMessage, Skeleton } from "../../components/states";
import { EntityListRow } from "../shared/list-item";
import { PageRange, TabPager, usePageParam } from "../shared/url-pager";

/** Tasks on one page of a pipeline's Tasks tab. */
export const TASKS_PAGE = 50;

const PipelineTasksQuery = graphql(`
  query PipelineTasks($urn: String!, $start: Int!, $count: Int!) {
    dataFlow(urn: $urn) {
      urn
      tasks: relationships(input: { types: ["IsPartOf"], direction: INCOMING, start: $start, count: $count }) {
        total
        relationships { entity { urn ...EntityListItem } }
      }
    }
  }
`);

/** The pipeline's jobs (its tasks), each with its platform and description, a page at a time. */
export function PipelineTasksTab({ urn }: { urn: string }) {
  const { page, start } = usePageParam(TASKS_PAGE);
  const { data, loading, error } = useQuery(PipelineTasksQuery, { variables: { urn, start, count: TASKS_PAGE } });
  if (loading && !data) return <Skeleton lines={5} label="Loading tasks" />;
  if (error && !data) return <ErrorMessage error={error} what="The pipeline's tasks" />;
  const tasks = data?.dataFlow?.tasks;
  const total = tasks?.total ?? 0;
  const items = (tasks?.relationships ?? []).flatMap((r) => (r.entity ? [r.entity] : []));
  const pager = <TabPager kind="pipeline" urn={urn} tab="tasks" page={page} total={total} size={TASKS_PAGE} label="Task pages" />;
  if (total === 0) return <EmptyState title="This pipeline has no tasks recorded">A job is one of its tasks when its urn names this pipeline.</EmptyState>;
  return (
    <Card title={`Tasks (${total.toLocaleString("en-US")})`}>
      <PageRange start={start} shown={items.length} total={total} noun={["task", "tasks"]} />
      <ul aria-busy={loading} className={`divide-y divide-slate-100 dark:divide-slate-800 ${loading ? "opacity-60" : ""}`}>
        {items.map((e) => (
          <li key={e.urn}>
            <EntityListRow entity={e} />
          </li>
        ))}
      </ul>
      {pager}
    </Card>
  );
}
