import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData } from "../../gql";
import { EntityShell, type EntityPageProps } from "../../components/entity-shell";
import { EntityLink } from "../../components/entity-link";
import { DeprecatedBadge } from "../../components/badges";
import { containerLabel } from "../../lib/kinds";
import { KindIcon } from "../../components/icons";
import { HeaderMeta, platformName } from "../shared/meta";
import { HistoryTab } from "../shared/history-tab";
import { ExperimentSummaryTab } from "./summary-tab";
import { ExperimentEntitiesTab } from "./entities-tab";
import { ExperimentLineageTab } from "./lineage-tab";
import { ImpactTab } from "../../lineage/impact-entry";

const ExperimentHeader = graphql(`
  fragment ExperimentHeader on Container {
    urn
    platform { ...PlatformFields }
    properties { name externalUrl }
    subTypes { typeNames }
    parentContainers { containers { urn properties { name } subTypes { typeNames } } }
    deprecation { deprecated note }
    ownership { ...OwnersFields }
    tags { ...TagsFields }
  }
`);

const ExperimentPageQuery = graphql(`
  query ExperimentPage($urn: String!) {
    container(urn: $urn) {
      urn
      ...ExperimentHeader
      ...ExperimentSummary
    }
  }
`);

export function ExperimentPage({ urn, tab }: EntityPageProps<"experiment">) {
  const { data, loading, error } = useQuery(ExperimentPageQuery, { variables: { urn } });
  const c = data?.container;
  const h = getFragmentData(ExperimentHeader, c);
  const platform = h ? platformName(h.platform) : null;
  return (
    <EntityShell
      kind="experiment"
      urn={urn}
      tab={tab}
      loading={loading}
      error={error}
      header={
        h
          ? {
              name: h.properties?.name || urn.replace(/^urn:li:container:/, ""),
              kindLabel: containerLabel(h.subTypes?.typeNames),
              icon: <KindIcon kind="experiment" size="lg" container={containerLabel(h.subTypes?.typeNames) !== "Experiment"} />,
              platform,
              externalUrl: h.properties?.externalUrl,
              breadcrumb: [
                ...(platform ? [platform] : []),
                ...[...(h.parentContainers?.containers ?? [])]
                  .reverse()
                  .map((p) => (
                    <EntityLink key={p.urn} urn={p.urn} kind="experiment" kindLabel={containerLabel(p.subTypes?.typeNames)} name={p.properties?.name} />
                  )),
              ],
              status: <DeprecatedBadge deprecation={h.deprecation} />,
              meta: <HeaderMeta ownership={h.ownership} globalTags={h.tags} />,
            }
          : null
      }
      tabs={{
        summary: () => <ExperimentSummaryTab experiment={c!} />,
        entities: () => <ExperimentEntitiesTab urn={urn} />,
        lineage: () => <ExperimentLineageTab urn={urn} />,
        impact: () => <ImpactTab urn={urn} kind="experiment" />,
        history: () => <HistoryTab urn={urn} kindLabel={containerLabel(h?.subTypes?.typeNames).toLowerCase()} />,
      }}
    />
  );
}
