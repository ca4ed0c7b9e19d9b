import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Card, Facts } from "../../components/card";
import { EmptyNote } from "../../components/states";
import { formatTime } from "../../lib/format";
import { AboutCard, CustomPropertiesCard, platformName } from "../shared/meta";
import { PropertiesCard } from "../shared/properties-card";
import { RelatedList } from "../shared/related-list";

export const DatasetSummary = graphql(`
  fragment DatasetSummary on Dataset {
    urn
    name
    platform { ...PlatformFields }
    properties { description qualifiedName externalUrl created lastModified { time } customProperties { key value } }
    editableProperties { description }
    ownership { ...OwnersFields }
    tags { ...TagsFields }
    glossaryTerms { ...TermsFields }
    producedBy: relationships(input: { types: ["DataProcessInstanceProduces"], direction: INCOMING, start: 0, count: 5 }) {
      total
      relationships { entity { urn ...RelatedItem } }
    }
    readBy: relationships(input: { types: ["DataProcessInstanceConsumes"], direction: INCOMING, start: 0, count: 5 }) {
      total
      relationships { entity { urn ...RelatedItem } }
    }
    features: relationships(input: { types: ["DerivedFrom"], direction: INCOMING, start: 0, count: 5 }) {
      total
      relationships { entity { urn ...RelatedItem } }
    }
  }
`);

export function DatasetSummaryTab({ dataset }: { dataset: FragmentType<typeof DatasetSummary> }) {
  const d = getFragmentData(DatasetSummary, dataset);
  const p = d.properties;
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div className="space-y-4">
        <AboutCard
          urn={d.urn}
          description={d.editableProperties?.description || p?.description}
          ownership={d.ownership}
          globalTags={d.tags}
          glossaryTerms={d.glossaryTerms}
        />
        <CustomPropertiesCard urn={d.urn} entries={p?.customProperties} />
        <PropertiesCard urn={d.urn} />
      </div>
      <div className="space-y-4">
        <Card title="Details">
          <Facts
            rows={[
              [
                "Table",
                <span key="table" className="font-mono text-xs break-all">
                  {d.name}
                </span>,
              ],
              [
                "Qualified name",
                p?.qualifiedName ? (
                  <span key="qualified-name" className="font-mono text-xs break-all">
                    {p.qualifiedName}
                  </span>
                ) : (
                  "—"
                ),
              ],
              ["Platform", platformName(d.platform) ?? "—"],
              ["Created", formatTime(p?.created)],
              ["Modified", formatTime(p?.lastModified?.time)],
            ]}
          />
        </Card>
        <Card title="Produced by">
          <RelatedList
            items={d.producedBy?.relationships ?? []}
            total={d.producedBy?.total}
            empty={<EmptyNote>No training run lists this dataset as an output (dataProcessInstanceOutput).</EmptyNote>}
          />
        </Card>
        <Card title="Read by training runs">
          <RelatedList
            items={d.readBy?.relationships ?? []}
            total={d.readBy?.total}
            empty={<EmptyNote>No run lists this dataset as an input yet (dataProcessInstanceInput).</EmptyNote>}
          />
        </Card>
        <Card title="Features derived from it">
          <RelatedList
            items={d.features?.relationships ?? []}
            total={d.features?.total}
            empty={<EmptyNote>No feature names this dataset as a source.</EmptyNote>}
          />
        </Card>
      </div>
    </div>
  );
}
