import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData } from "../../gql";
import { EntityShell, type EntityPageProps } from "../../components/entity-shell";
import { Card, Facts } from "../../components/card";
import { Badge, DeprecatedBadge } from "../../components/badges";
import { EntityLink } from "../../components/entity-link";
import { DataTable, type Column } from "../../components/data-table";
import { EmptyState } from "../../components/states";
import { AboutCard, CustomPropertiesCard, HeaderMeta, platformName } from "../shared/meta";
import { PropertiesCard } from "../shared/properties-card";
import { LineageTab } from "../../lineage/lineage-tab";
import { HistoryTab } from "../shared/history-tab";
import { ImpactTab } from "../../lineage/impact-entry";

const FeatureTableHeader = graphql(`
  fragment FeatureTableHeader on MLFeatureTable {
    urn
    name
    platform { ...PlatformFields }
    deprecation { deprecated note }
    ownership { ...OwnersFields }
    tags { ...TagsFields }
  }
`);

const FeatureTableContents = graphql(`
  fragment FeatureTableContents on MLFeatureTable {
    urn
    description
    platform { ...PlatformFields }
    properties {
      description
      customProperties { key value }
      mlFeatures { urn name dataType properties { description } }
      mlPrimaryKeys { urn name dataType properties { description } }
    }
    editableProperties { description }
    ownership { ...OwnersFields }
    tags { ...TagsFields }
    glossaryTerms { ...TermsFields }
  }
`);

const FeatureTablePageQuery = graphql(`
  query FeatureTablePage($urn: String!) {
    mlFeatureTable(urn: $urn) {
      urn
      ...FeatureTableHeader
      ...FeatureTableContents
    }
  }
`);

type Member = { urn: string; name: string; role: "feature" | "primaryKey"; dataType: string | null; description: string | null };

export function FeatureTablePage({ urn, tab }: EntityPageProps<"featureTable">) {
  const { data, loading, error } = useQuery(FeatureTablePageQuery, { variables: { urn } });
  const t = data?.mlFeatureTable;
  const h = getFragmentData(FeatureTableHeader, t);
  const c = getFragmentData(FeatureTableContents, t);
  const members: Member[] = [
    ...(c?.properties?.mlPrimaryKeys ?? []).flatMap((k) =>
      k ? [{ urn: k.urn, name: k.name, role: "primaryKey" as const, dataType: k.dataType ?? null, description: k.properties?.description ?? null }] : [],
    ),
    ...(c?.properties?.mlFeatures ?? []).flatMap((f) =>
      f ? [{ urn: f.urn, name: f.name, role: "feature" as const, dataType: f.dataType ?? null, description: f.properties?.description ?? null }] : [],
    ),
  ];
  const nFeatures = members.filter((m) => m.role === "feature").length;
  const columns: Array<Column<Member>> = [
    { id: "name", header: "Name", cell: (m) => <EntityLink urn={m.urn} kind={m.role} name={m.name} /> },
    { id: "role", header: "Role", cell: (m) => (m.role === "primaryKey" ? <Badge tone="warn">primary key</Badge> : <Badge>feature</Badge>) },
    { id: "type", header: "Data type", className: "text-xs", cell: (m) => m.dataType?.toLowerCase() ?? "—" },
    { id: "description", header: "Description", className: "text-xs text-slate-700 dark:text-slate-300", cell: (m) => m.description ?? "—" },
  ];
  const platform = h ? platformName(h.platform) : null;
  return (
    <EntityShell
      kind="featureTable"
      urn={urn}
      tab={tab}
      loading={loading}
      error={error}
      header={
        h
          ? {
              name: h.name,
              platform,
              breadcrumb: [platform, "Feature tables"],
              status: <DeprecatedBadge deprecation={h.deprecation} />,
              meta: <HeaderMeta ownership={h.ownership} globalTags={h.tags} />,
            }
          : null
      }
      tabs={{
        summary: () => (
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <div className="space-y-4">
              <AboutCard
                urn={c!.urn}
                description={c!.editableProperties?.description || c!.properties?.description || c!.description}
                ownership={c!.ownership}
                globalTags={c!.tags}
                glossaryTerms={c!.glossaryTerms}
              />
              <CustomPropertiesCard urn={c!.urn} entries={c!.properties?.customProperties} />
              <PropertiesCard urn={c!.urn} />
            </div>
            <Card title="Details">
              <Facts
                rows={[
                  ["Features", String(nFeatures)],
                  ["Primary keys", String(members.length - nFeatures)],
                  ["Platform", platformName(c!.platform) ?? "—"],
                ]}
              />
            </Card>
          </div>
        ),
        features: () =>
          members.length === 0 ? (
            <EmptyState title="No features in this table">
              They appear when the table's <code>mlFeatureTableProperties</code> lists <code>mlFeatures</code> and <code>mlPrimaryKeys</code>.
            </EmptyState>
          ) : (
            <Card title={`Features (${nFeatures}) and primary keys (${members.length - nFeatures})`}>
              <DataTable caption="Features and primary keys" columns={columns} rows={members} rowKey={(m) => m.urn} />
            </Card>
          ),
        lineage: () => <LineageTab urn={urn} kindLabel="feature table" />,
        impact: () => <ImpactTab urn={urn} kind="featureTable" />,
        history: () => <HistoryTab urn={urn} kindLabel="feature table" />,
      }}
    />
  );
}
