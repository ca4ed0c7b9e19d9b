import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData } from "../../gql";
import { EntityShell, type EntityPageProps } from "../../components/entity-shell";
import { Badge, DeprecatedBadge } from "../../components/badges";
import { HeaderMeta } from "../shared/meta";
import { LineageTab } from "../../lineage/lineage-tab";
import { HistoryTab } from "../shared/history-tab";
import { FeatureSummaryTab } from "./summary-tab";
import { ImpactTab } from "../../lineage/impact-entry";

const FeatureHeader = graphql(`
  fragment FeatureHeader on MLFeature {
    urn
    name
    featureNamespace
    dataType
    deprecation { deprecated note }
    ownership { ...OwnersFields }
    tags { ...TagsFields }
  }
`);

const FeaturePageQuery = graphql(`
  query FeaturePage($urn: String!) {
    mlFeature(urn: $urn) {
      urn
      ...FeatureHeader
      ...FeatureSummary
    }
  }
`);

export function FeaturePage({ urn, tab }: EntityPageProps<"feature">) {
  const { data, loading, error } = useQuery(FeaturePageQuery, { variables: { urn } });
  const f = data?.mlFeature;
  const h = getFragmentData(FeatureHeader, f);
  return (
    <EntityShell
      kind="feature"
      urn={urn}
      tab={tab}
      loading={loading}
      error={error}
      header={
        h
          ? {
              name: h.name,
              breadcrumb: ["Features", h.featureNamespace],
              status: (
                <>
                  {h.dataType ? <Badge tone="brand">{h.dataType.toLowerCase()}</Badge> : null}
                  <DeprecatedBadge deprecation={h.deprecation} />
                </>
              ),
              meta: <HeaderMeta ownership={h.ownership} globalTags={h.tags} />,
            }
          : null
      }
      tabs={{
        summary: () => <FeatureSummaryTab feature={f!} />,
        lineage: () => <LineageTab urn={urn} kindLabel="feature" />,
        impact: () => <ImpactTab urn={urn} kind="feature" />,
        history: () => <HistoryTab urn={urn} kindLabel="feature" />,
      }}
    />
  );
}
