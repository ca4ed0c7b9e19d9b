import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Card, Facts } from "../../components/card";
import { EmptyNote } from "../../components/states";
import { AboutCard, CustomPropertiesCard, platformName } from "../shared/meta";
import { PropertiesCard } from "../shared/properties-card";
import { RelatedList } from "../shared/related-list";

export const PipelineSummary = graphql(`
  fragment PipelineSummary on DataFlow {
    urn
    flowId
    orchestrator
    cluster
    platform { ...PlatformFields }
    properties { description project customProperties { key value } }
    editableProperties { description }
    ownership { ...OwnersFields }
    tags { ...TagsFields }
    glossaryTerms { ...TermsFields }
    tasks: relationships(input: { types: ["IsPartOf"], direction: INCOMING, start: 0, count: 10 }) {
      total
      relationships { entity { urn ...RelatedItem } }
    }
  }
`);

export function PipelineSummaryTab({ pipeline }: { pipeline: FragmentType<typeof PipelineSummary> }) {
  const f = getFragmentData(PipelineSummary, pipeline);
  const p = f.properties;
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div className="space-y-4">
        <AboutCard
          urn={f.urn}
          description={f.editableProperties?.description || p?.description}
          ownership={f.ownership}
          globalTags={f.tags}
          glossaryTerms={f.glossaryTerms}
        />
        <CustomPropertiesCard urn={f.urn} entries={p?.customProperties} />
        <PropertiesCard urn={f.urn} />
      </div>
      <div className="space-y-4">
        <Card title="Details">
          <Facts
            rows={[
              ["Platform", platformName(f.platform) ?? f.orchestrator],
              [
                "Pipeline id",
                <span key="id" className="font-mono text-xs break-all">
                  {f.flowId}
                </span>,
              ],
              ["Environment", f.cluster],
              ["Project", p?.project ?? "—"],
              ["Tasks", String(f.tasks?.total ?? 0)],
            ]}
          />
        </Card>
        <Card title="Tasks">
          <RelatedList
            items={f.tasks?.relationships ?? []}
            total={f.tasks?.total}
            empty={<EmptyNote>No job is recorded as part of this pipeline.</EmptyNote>}
          />
        </Card>
      </div>
    </div>
  );
}
