import { useQuery } from "@apollo/client/react";
import { graphql, type FragmentType } from "../../gql";
import { Card } from "../../components/card";
import { EmptyNote, ErrorMessage, Skeleton } from "../../components/states";
import { EntityListItem, EntityListRow } from "../shared/list-item";

// Two requests, each well under the alias limit (every list item spreads the same fragment).
const JobInputsQuery = graphql(`
  query JobInputs($urn: String!) {
    dataJob(urn: $urn) {
      urn
      inputOutput {
        inputDatasets { urn ...EntityListItem }
        inputDatajobs { urn ...EntityListItem }
      }
    }
  }
`);

const JobOutputsQuery = graphql(`
  query JobOutputs($urn: String!) {
    dataJob(urn: $urn) {
      urn
      inputOutput {
        outputDatasets { urn ...EntityListItem }
      }
      downstreamJobs: relationships(input: { types: ["DownstreamOf"], direction: INCOMING, start: 0, count: 200 }) {
        total
        relationships { entity { urn ...EntityListItem } }
      }
    }
  }
`);

function Section({ title, items, empty }: { title: string; items: ReadonlyArray<FragmentType<typeof EntityListItem> & { urn: string }>; empty: string }) {
  return (
    <Card title={`${title} · ${items.length}`}>
      {items.length ? (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {items.map((e) => (
            <li key={e.urn}>
              <EntityListRow entity={e} />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyNote>{empty}</EmptyNote>
      )}
    </Card>
  );
}

/** What the job reads and writes (dataJobInputOutput), and the jobs before and after it. */
export function JobInputsOutputsTab({ urn }: { urn: string }) {
  const inputs = useQuery(JobInputsQuery, { variables: { urn } });
  const outputs = useQuery(JobOutputsQuery, { variables: { urn } });
  if ((inputs.loading && !inputs.data) || (outputs.loading && !outputs.data)) return <Skeleton lines={6} label="Loading inputs and outputs" />;
  const error = inputs.error ?? outputs.error;
  if (error && !(inputs.data && outputs.data)) return <ErrorMessage error={error} what="The job's inputs and outputs" />;
  const ins = inputs.data?.dataJob?.inputOutput;
  const outs = outputs.data?.dataJob;
  const downstream = (outs?.downstreamJobs?.relationships ?? []).flatMap((r) => (r.entity ? [r.entity] : []));
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <div className="space-y-4">
        <Section title="Input datasets" items={ins?.inputDatasets ?? []} empty="The job names no dataset it reads." />
        <Section title="Upstream jobs" items={ins?.inputDatajobs ?? []} empty="No job runs before this one." />
      </div>
      <div className="space-y-4">
        <Section title="Output datasets" items={outs?.inputOutput?.outputDatasets ?? []} empty="The job names no dataset it writes." />
        <Section title="Downstream jobs" items={downstream} empty="No job names this one as upstream." />
      </div>
    </div>
  );
}
