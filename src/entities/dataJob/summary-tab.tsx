import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Card, Facts } from "../../components/card";
import { EntityLink } from "../../components/entity-link";
import { EmptyNote } from "../../components/states";
import { AboutCard, CustomPropertiesCard, platformName } from "../shared/meta";
import { PropertiesCard } from "../shared/properties-card";
import { RelatedList } from "../shared/related-list";

export const JobSummary = graphql(`
  fragment JobSummary on DataJob {
    urn
    jobId
    properties { description customProperties { key value } }
    editableProperties { description }
    dataFlow { urn flowId orchestrator platform { ...PlatformFields } properties { name } }
    ownership { ...OwnersFields }
    tags { ...TagsFields }
    glossaryTerms { ...TermsFields }
    inputOutput { inputDatasets { urn } outputDatasets { urn } inputDatajobs { urn } }
    trains: relationships(input: { types: ["TrainedBy"], direction: INCOMING, start: 0, count: 10 }) {
      total
      relationships { entity { urn ...RelatedItem } }
    }
  }
`);

const count = (n: number | undefined, what: string) => `${n ?? 0} ${what}${n === 1 ? "" : "s"}`;

export function JobSummaryTab({ job }: { job: FragmentType<typeof JobSummary> }) {
  const j = getFragmentData(JobSummary, job);
  const p = j.properties;
  const io = j.inputOutput;
  const flow = j.dataFlow;
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div className="space-y-4">
        <AboutCard
          urn={j.urn}
          description={j.editableProperties?.description || p?.description}
          ownership={j.ownership}
          globalTags={j.tags}
          glossaryTerms={j.glossaryTerms}
        />
        <CustomPropertiesCard urn={j.urn} entries={p?.customProperties} />
        <PropertiesCard urn={j.urn} />
      </div>
      <div className="space-y-4">
        <Card title="Details">
          <Facts
            rows={[
              ["Pipeline", flow ? <EntityLink key="flow" urn={flow.urn} kind="pipeline" name={flow.properties?.name || flow.flowId} /> : "—"],
              ["Platform", (flow && platformName(flow.platform)) ?? "—"],
              [
                "Job id",
                <span key="id" className="font-mono text-xs break-all">
                  {j.jobId}
                </span>,
              ],
              ["Inputs", `${count(io?.inputDatasets?.length, "dataset")}, ${count(io?.inputDatajobs?.length, "upstream job")}`],
              ["Outputs", count(io?.outputDatasets?.length, "dataset")],
            ]}
          />
        </Card>
        <Card title="Models it trained">
          <RelatedList
            items={j.trains?.relationships ?? []}
            total={j.trains?.total}
            empty={<EmptyNote>No model names this job among its training jobs.</EmptyNote>}
          />
        </Card>
      </div>
    </div>
  );
}
