import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Card, Facts } from "../../components/card";
import { EmptyNote } from "../../components/states";
import { WebLink } from "../../components/external-link";
import { formatTime } from "../../lib/format";
import { AboutCard, CustomPropertiesCard, platformName } from "../shared/meta";
import { PropertiesCard } from "../shared/properties-card";
import { RelatedList } from "../shared/related-list";

export const GroupSummary = graphql(`
  fragment GroupSummary on MLModelGroup {
    urn
    platform { ...PlatformFields }
    properties {
      description
      created { time actor }
      lastModified { time }
      externalUrl
      customProperties { key value }
      mlModelLineageInfo { trainingJobs }
    }
    editableProperties { description }
    ownership { ...OwnersFields }
    tags { ...TagsFields }
    glossaryTerms { ...TermsFields }
    memberCount: relationships(input: { types: ["MemberOf"], direction: INCOMING, start: 0, count: 0 }) { total }
    groupRuns: relationships(input: { types: ["TrainedBy"], direction: OUTGOING, start: 0, count: 10 }) {
      total
      relationships { entity { urn ...RelatedItem } }
    }
  }
`);

export function GroupSummaryTab({ group }: { group: FragmentType<typeof GroupSummary> }) {
  const g = getFragmentData(GroupSummary, group);
  const p = g.properties;
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div className="space-y-4">
        <AboutCard
          urn={g.urn}
          description={g.editableProperties?.description || p?.description}
          ownership={g.ownership}
          globalTags={g.tags}
          glossaryTerms={g.glossaryTerms}
        />
        <CustomPropertiesCard urn={g.urn} entries={p?.customProperties} />
      </div>
      <div className="space-y-4">
        <Card title="Details">
          <Facts
            rows={[
              ["Versions", String(g.memberCount?.total ?? 0)],
              ["Platform", platformName(g.platform) ?? "—"],
              ["Created", formatTime(p?.created?.time)],
              ["Modified", formatTime(p?.lastModified?.time)],
              [
                "External URL",
                p?.externalUrl ? (
                  <WebLink key="u" value={p.externalUrl} text="break-all" className="break-all text-indigo-700 hover:underline dark:text-indigo-300" />
                ) : (
                  "—"
                ),
              ],
            ]}
          />
        </Card>
        <PropertiesCard urn={g.urn} />
        <Card title="Training runs">
          <RelatedList
            items={g.groupRuns?.relationships ?? []}
            total={g.groupRuns?.total}
            fallbackUrns={p?.mlModelLineageInfo?.trainingJobs}
            empty={<EmptyNote>No training runs are linked to the group itself. Each version's run is on the Models tab.</EmptyNote>}
          />
        </Card>
      </div>
    </div>
  );
}
