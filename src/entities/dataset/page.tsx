import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData } from "../../gql";
import { EntityShell, type EntityPageProps } from "../../components/entity-shell";
import { EntityLink } from "../../components/entity-link";
import { containerLabel } from "../../lib/kinds";
import { Badge, DeprecatedBadge } from "../../components/badges";
import { HeaderMeta, platformName } from "../shared/meta";
import { LineageTab } from "../../lineage/lineage-tab";
import { HistoryTab } from "../shared/history-tab";
import { DatasetSummaryTab } from "./summary-tab";
import { DatasetSchemaTab } from "./schema-tab";
import { DatasetStatsTab } from "./stats-tab";
import { ImpactTab } from "../../lineage/impact-entry";

const DatasetHeader = graphql(`
  fragment DatasetHeader on Dataset {
    urn
    name
    platform { ...PlatformFields }
    properties { name externalUrl }
    subTypes { typeNames }
    parentContainers { containers { urn properties { name } subTypes { typeNames } } }
    deprecation { deprecated note }
    ownership { ...OwnersFields }
    tags { ...TagsFields }
  }
`);

const DatasetPageQuery = graphql(`
  query DatasetPage($urn: String!) {
    dataset(urn: $urn) {
      urn
      ...DatasetHeader
      ...DatasetSummary
    }
  }
`);

export function DatasetPage({ urn, tab }: EntityPageProps<"dataset">) {
  const { data, loading, error } = useQuery(DatasetPageQuery, { variables: { urn } });
  const d = data?.dataset;
  const h = getFragmentData(DatasetHeader, d);
  const platform = h ? platformName(h.platform) : null;
  const subType = h?.subTypes?.typeNames?.[0];
  return (
    <EntityShell
      kind="dataset"
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
              breadcrumb: [
                ...(platform ? [platform] : []),
                ...[...(h.parentContainers?.containers ?? [])]
                  .reverse()
                  .map((c) => (
                    <EntityLink key={c.urn} urn={c.urn} kind="experiment" kindLabel={containerLabel(c.subTypes?.typeNames)} name={c.properties?.name} />
                  )),
                h.name,
              ],
              status: (
                <>
                  {subType ? <Badge>{subType.toLowerCase()}</Badge> : null}
                  <DeprecatedBadge deprecation={h.deprecation} />
                </>
              ),
              meta: <HeaderMeta ownership={h.ownership} globalTags={h.tags} />,
            }
          : null
      }
      tabs={{
        summary: () => <DatasetSummaryTab dataset={d!} />,
        schema: () => <DatasetSchemaTab urn={urn} />,
        stats: () => <DatasetStatsTab urn={urn} />,
        lineage: () => <LineageTab urn={urn} kindLabel="dataset" />,
        impact: () => <ImpactTab urn={urn} kind="dataset" />,
        history: () => <HistoryTab urn={urn} kindLabel="dataset" />,
      }}
    />
  );
}
