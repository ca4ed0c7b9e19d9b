import { SourceDatasets } from "../shared/related-list";
import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { DataTable, sortRows, type Column, type SortState } from "../../components/data-table";
import { EntityLink } from "../../components/entity-link";
import { graphql } from "../../gql";
import { EntityShell, type EntityPageProps } from "../../components/entity-shell";
import { Card, Facts } from "../../components/card";
import { Badge } from "../../components/badges";
import { EmptyNote, EmptyState } from "../../components/states";
import { AboutCard, CustomPropertiesCard, HeaderMeta } from "../shared/meta";
import { PropertiesCard } from "../shared/properties-card";
import { LineageTab } from "../../lineage/lineage-tab";
import { HistoryTab } from "../shared/history-tab";
import { ImpactTab } from "../../lineage/impact-entry";

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
      tables: relationships(input: { types: ["KeyedBy"], direction: INCOMING, start: 0, count: 100 }) {
        total
        relationships {
          entity {
            urn
            ... on MLFeatureTable {
              name
              properties { mlFeatures { urn name dataType properties { description } } }
            }
          }
        }
      }
    }
  }
`);

type KeyedFeature = { urn: string; name: string; table: { urn: string; name: string }; dataType: string | null; description: string | null };

const featureColumns: Array<Column<KeyedFeature>> = [
  { id: "name", header: "Feature", sortValue: (f) => f.name, cell: (f) => <EntityLink urn={f.urn} kind="feature" name={f.name} /> },
  {
    id: "table",
    header: "Feature table",
    sortValue: (f) => f.table.name,
    cell: (f) => <EntityLink urn={f.table.urn} kind="featureTable" name={f.table.name} />,
  },
  { id: "type", header: "Data type", sortValue: (f) => f.dataType, cell: (f) => (f.dataType ? <Badge tone="neutral">{f.dataType.toLowerCase()}</Badge> : "—") },
  {
    id: "description",
    header: "Description",
    className: "max-w-96",
    cell: (f) => <span className="line-clamp-2 text-slate-700 dark:text-slate-300">{f.description || "—"}</span>,
  },
];

/** Primary keys are small: one query, one summary. */
export function PrimaryKeyPage({ urn, tab }: EntityPageProps<"primaryKey">) {
  const { data, loading, error } = useQuery(PrimaryKeyPageQuery, { variables: { urn } });
  const k = data?.mlPrimaryKey;
  const sources = (k?.properties?.sources ?? []).flatMap((s) => (s ? [s] : []));
  // The features this key identifies: those of every feature table keyed by it.
  const keyed: KeyedFeature[] = (k?.tables?.relationships ?? []).flatMap((r) => {
    const t = r.entity;
    if (t?.__typename !== "MLFeatureTable") return [];
    return (t.properties?.mlFeatures ?? []).flatMap((f) =>
      f
        ? [{ urn: f.urn, name: f.name, table: { urn: t.urn, name: t.name }, dataType: f.dataType ?? null, description: f.properties?.description ?? null }]
        : [],
    );
  });
  const [sort, setSort] = useState<SortState | null>(null);
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
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <div className="space-y-4">
              <AboutCard
                urn={k!.urn}
                description={k!.editableProperties?.description || k!.properties?.description || k!.description}
                ownership={k!.ownership}
                globalTags={k!.tags}
                glossaryTerms={k!.glossaryTerms}
              />
              <CustomPropertiesCard urn={k!.urn} entries={k!.properties?.customProperties} />
              <PropertiesCard urn={k!.urn} />
            </div>
            <div className="space-y-4">
              <Card title="Details">
                <Facts
                  rows={[
                    ["Data type", (k!.properties?.dataType ?? k!.dataType)?.toLowerCase() ?? "—"],
                    ["Namespace", k!.featureNamespace],
                  ]}
                />
              </Card>
              <Card title="Sources">
                <SourceDatasets
                  sources={sources}
                  empty={<EmptyNote>No source datasets recorded: the feature store did not say which tables this key comes from.</EmptyNote>}
                />
              </Card>
            </div>
          </div>
        ),
        features: () =>
          keyed.length === 0 ? (
            <EmptyState title="No features use this key">
              A feature appears here when a feature table lists this key in <code>mlPrimaryKeys</code> and the feature in <code>mlFeatures</code>.
            </EmptyState>
          ) : (
            <Card title={`Features (${keyed.length}) in ${k!.tables?.total ?? 0} feature table${k!.tables?.total === 1 ? "" : "s"}`}>
              <DataTable
                caption="Features identified by this primary key"
                columns={featureColumns}
                rows={sortRows(keyed, featureColumns, sort)}
                rowKey={(f) => `${f.table.urn} ${f.urn}`}
                sort={sort}
                onSort={setSort}
              />
            </Card>
          ),
        lineage: () => <LineageTab urn={urn} kindLabel="primary key" />,
        impact: () => <ImpactTab urn={urn} kind="primaryKey" />,
        history: () => <HistoryTab urn={urn} kindLabel="primary key" />,
      }}
    />
  );
}
