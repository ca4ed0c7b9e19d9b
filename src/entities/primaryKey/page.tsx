import { SourceDatasets } from "../shared/related-list";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { EntityShell, type EntityPageProps } from "../../components/entity-shell";
import { Card, Facts } from "../../components/card";
import { Badge } from "../../components/badges";
import { EmptyNote } from "../../components/states";
import { AboutCard, CustomPropertiesCard, HeaderMeta } from "../shared/meta";
import { LineageTab } from "../shared/lineage-tab";
import { HistoryTab } from "../shared/history-tab";

const PrimaryKeyPageQuery = graphql(`
  query PrimaryKeyPage($urn: String!) {
    mlPrimaryKey(urn: $urn) {
      urn
      name
      featureNamespace
      dataType
      description
      properties { description dataType sources { urn name properties { name } } customProperties { key value } }
      editableProperties { description }
      ownership { ...OwnersFields }
      tags { ...TagsFields }
      glossaryTerms { ...TermsFields }
    }
  }
`);

/** Primary keys are small: one query, one summary. */
export function PrimaryKeyPage({ urn, tab }: EntityPageProps<"primaryKey">) {
  const { data, loading, error } = useQuery(PrimaryKeyPageQuery, { variables: { urn } });
  const k = data?.mlPrimaryKey;
  const sources = (k?.properties?.sources ?? []).flatMap((s) => (s ? [s] : []));
  return (
    <EntityShell
      kind="primaryKey"
      urn={urn}
      tab={tab}
      loading={loading}
      error={error}
      header={
        k
          ? {
              name: k.name,
              breadcrumb: ["Primary keys", k.featureNamespace],
              status: k.dataType ? <Badge tone="brand">{k.dataType.toLowerCase()}</Badge> : null,
              meta: <HeaderMeta ownership={k.ownership} globalTags={k.tags} />,
            }
          : null
      }
      tabs={{
        summary: () => (
          <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,1fr)] gap-4">
            <div className="space-y-4">
              <AboutCard urn={k!.urn} description={k!.editableProperties?.description || k!.properties?.description || k!.description} ownership={k!.ownership} globalTags={k!.tags} glossaryTerms={k!.glossaryTerms} />
              <CustomPropertiesCard urn={k!.urn} entries={k!.properties?.customProperties} />
            </div>
            <div className="space-y-4">
              <Card title="Details">
                <Facts rows={[["Data type", (k!.properties?.dataType ?? k!.dataType)?.toLowerCase() ?? "—"], ["Namespace", k!.featureNamespace]]} />
              </Card>
              <Card title="Sources">
                <SourceDatasets sources={sources} empty={<EmptyNote>No source datasets recorded (mlPrimaryKeyProperties.sources).</EmptyNote>} />
              </Card>
            </div>
          </div>
        ),
        lineage: () => <LineageTab urn={urn} kindLabel="primary key" />,
        history: () => <HistoryTab urn={urn} kindLabel="primary key" />,
      }}
    />
  );
}
