import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { Card } from "../../components/card";
import { EmptyState, ErrorMessage, Skeleton } from "../../components/states";
import { EntityListRow } from "../shared/list-item";

const PipelineTasksQuery = graphql(`
  query PipelineTasks($urn: String!) {
    dataFlow(urn: $urn) {
      urn
      tasks: relationships(input: { types: ["IsPartOf"], direction: INCOMING, start: 0, count: 500 }) {
        total
        relationships { entity { urn ...EntityListItem } }
      }
    }
  }
`);

/** The pipeline's jobs (its tasks), each with its platform and description. */
export function PipelineTasksTab({ urn }: { urn: string }) {
  const { data, loading, error } = useQuery(PipelineTasksQuery, { variables: { urn } });
  if (loading && !data) return <Skeleton lines={5} label="Loading tasks" />;
  if (error && !data) return <ErrorMessage error={error} what="The pipeline's tasks" />;
  const tasks = data?.dataFlow?.tasks;
  const items = (tasks?.relationships ?? []).flatMap((r) => (r.entity ? [r.entity] : []));
  if (items.length === 0)
    return <EmptyState title="This pipeline has no tasks recorded">A job is one of its tasks when its urn names this pipeline.</EmptyState>;
  return (
    <Card title={`Tasks · ${tasks?.total ?? items.length}`}>
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">
        {items.map((e) => (
          <li key={e.urn}>
            <EntityListRow entity={e} />
          </li>
        ))}
      </ul>
      {tasks?.total && tasks.total > items.length ? (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">and {(tasks.total - items.length).toLocaleString("en-US")} more</p>
      ) : null}
    </Card>
  );
}
