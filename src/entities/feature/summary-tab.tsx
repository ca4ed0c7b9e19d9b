import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Card, Facts } from "../../components/card";
import { EmptyNote } from "../../components/states";
import { AboutCard, CustomPropertiesCard } from "../shared/meta";
import { PropertiesCard } from "../shared/properties-card";
import { RelatedList, SourceDatasets } from "../shared/related-list";
import { SourceColumns, useFeatureDetails } from "./details";

export const FeatureSummary = graphql(`
  fragment FeatureSummary on MLFeature {
    urn
    featureNamespace
    dataType
    description
    properties { description dataType version { versionTag } sources { urn name properties { name } } customProperties { key value } }
    editableProperties { description }
    ownership { ...OwnersFields }
    tags { ...TagsFields }
    glossaryTerms { ...TermsFields }
    usedBy: relationships(input: { types: ["Consumes"], direction: INCOMING, start: 0, count: 10 }) {
      total
      relationships { entity { urn ...RelatedItem } }
    }
  }
`);

export function FeatureSummaryTab({ feature }: { feature: FragmentType<typeof FeatureSummary> }) {
  const f = getFragmentData(FeatureSummary, feature);
  const sources = (f.properties?.sources ?? []).flatMap((s) => (s ? [s] : []));
  const details = useFeatureDetails(f.urn);
  const columns = details?.sourceColumns ?? [];
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div className="space-y-4">
        <AboutCard
          urn={f.urn}
          description={f.editableProperties?.description || f.properties?.description || f.description}
          ownership={f.ownership}
          globalTags={f.tags}
          glossaryTerms={f.glossaryTerms}
        />
        {columns.length ? (
          <Card title="Source columns">
            <SourceColumns columns={columns} />
          </Card>
        ) : null}
        <CustomPropertiesCard urn={f.urn} entries={f.properties?.customProperties} />
        <PropertiesCard urn={f.urn} />
      </div>
      <div className="space-y-4">
        <Card title="Details">
          <Facts
            rows={[
              ["Data type", (f.properties?.dataType ?? f.dataType)?.toLowerCase() ?? "—"],
              ...(details?.featureAlgorithm ? ([["Algorithm", details.featureAlgorithm]] as Array<[string, string]>) : []),
              [
                "Namespace",
                <span key="namespace" className="font-mono text-xs break-all">
                  {f.featureNamespace}
                </span>,
              ],
              ["Version", f.properties?.version?.versionTag ?? "—"],
            ]}
          />
        </Card>
        {columns.length ? null : (
          <Card title="Sources">
            <SourceDatasets
              sources={sources}
              empty={<EmptyNote>No source datasets recorded: the feature store did not say which tables this feature is computed from.</EmptyNote>}
            />
          </Card>
        )}
        <Card title="Used by models">
          <RelatedList
            items={f.usedBy?.relationships ?? []}
            total={f.usedBy?.total}
            empty={<EmptyNote>No model lists this feature among its inputs.</EmptyNote>}
          />
        </Card>
      </div>
    </div>
  );
}
