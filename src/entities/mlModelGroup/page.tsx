import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData } from "../../gql";
import { EntityShell, type EntityPageProps } from "../../components/entity-shell";
import { DeprecatedBadge } from "../../components/badges";
import { HeaderMeta, platformName } from "../shared/meta";
import { LineageTab } from "../../lineage/lineage-tab";
import { HistoryTab } from "../shared/history-tab";
import { GroupSummaryTab } from "./summary-tab";
import { GroupModelsTab } from "./models-tab";
import { ImpactTab } from "../../lineage/impact-entry";
import { useContainerCrumb } from "../shared/container-crumb";

const GroupHeader = graphql(`
  fragment GroupHeader on MLModelGroup {
    urn
    name
    platform { ...PlatformFields }
    properties { name externalUrl }
    deprecation { deprecated note }
    ownership { ...OwnersFields }
    tags { ...TagsFields }
  }
`);

const GroupPageQuery = graphql(`
  query ModelGroupPage($urn: String!) {
    mlModelGroup(urn: $urn) {
      urn
      ...GroupHeader
      ...GroupSummary
    }
  }
`);

export function ModelGroupPage({ urn, tab }: EntityPageProps<"mlModelGroup">) {
  const { data, loading, error } = useQuery(GroupPageQuery, { variables: { urn } });
  const g = data?.mlModelGroup;
  const h = getFragmentData(GroupHeader, g);
  const platform = h ? platformName(h.platform) : null;
  const container = useContainerCrumb(urn);
  return (
    <EntityShell
      kind="mlModelGroup"
      urn={urn}
      tab={tab}
      loading={loading}
      error={error}
      header={
        h
          ? {
              name: h.properties?.name || h.name,
              platform,
              externalUrl: h.properties?.externalUrl,
              breadcrumb: [platform, ...(container ? [container] : []), "Model groups"],
              status: <DeprecatedBadge deprecation={h.deprecation} />,
              meta: <HeaderMeta ownership={h.ownership} globalTags={h.tags} />,
            }
          : null
      }
      tabs={{
        summary: () => <GroupSummaryTab group={g!} />,
        models: () => <GroupModelsTab urn={urn} />,
        lineage: () => <LineageTab urn={urn} kindLabel="model group" />,
        impact: () => <ImpactTab urn={urn} kind="mlModelGroup" />,
        history: () => <HistoryTab urn={urn} kindLabel="model group" />,
      }}
    />
  );
}
