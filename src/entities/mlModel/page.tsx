import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData } from "../../gql";
import { EntityShell, type EntityPageProps } from "../../components/entity-shell";
import { EntityLink } from "../../components/entity-link";
import { AliasBadge, Badge, DeprecatedBadge } from "../../components/badges";
import { HeaderMeta, platformName } from "../shared/meta";
import { LineageTab } from "../../lineage/lineage-tab";
import { HistoryTab } from "../shared/history-tab";
import { ModelSummaryTab } from "./summary-tab";
import { ModelGroupTab } from "./group-tab";
import { ModelFeaturesTab } from "./features-tab";
import { ImpactTab } from "../../lineage/impact-entry";
import { useContainerCrumb } from "../shared/container-crumb";

const ModelHeader = graphql(`
  fragment ModelHeader on MLModel {
    urn
    name
    platform { ...PlatformFields }
    properties { name version externalUrl groups { urn name properties { name } } }
    versionProperties { version { versionTag } aliases { versionTag } }
    deprecation { deprecated note }
    ownership { ...OwnersFields }
    tags { ...TagsFields }
  }
`);

const ModelPageQuery = graphql(`
  query ModelPage($urn: String!) {
    mlModel(urn: $urn) {
      urn
      ...ModelHeader
      ...ModelSummary
    }
  }
`);

export function ModelPage({ urn, tab }: EntityPageProps<"mlModel">) {
  const { data, loading, error } = useQuery(ModelPageQuery, { variables: { urn } });
  const m = data?.mlModel;
  const h = getFragmentData(ModelHeader, m);
  const version = h?.versionProperties?.version.versionTag ?? h?.properties?.version;
  const groups = (h?.properties?.groups ?? []).flatMap((g) => (g ? [g] : []));
  const platform = h ? platformName(h.platform) : null;
  const container = useContainerCrumb(urn);
  return (
    <EntityShell
      kind="mlModel"
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
                platform,
                ...(container ? [container] : []),
                groups[0] ? <EntityLink key="g" urn={groups[0].urn} kind="mlModelGroup" name={groups[0].properties?.name || groups[0].name} /> : "No group",
              ],
              status: (
                <>
                  {version ? (
                    <Badge tone="brand" title="The version of the model in its registry">
                      model version {version}
                    </Badge>
                  ) : null}
                  {(h.versionProperties?.aliases ?? []).map((a) => (a.versionTag ? <AliasBadge key={a.versionTag} alias={a.versionTag} /> : null))}
                  <DeprecatedBadge deprecation={h.deprecation} />
                </>
              ),
              meta: <HeaderMeta ownership={h.ownership} globalTags={h.tags} />,
            }
          : null
      }
      tabs={{
        summary: () => <ModelSummaryTab model={m!} />,
        group: () => <ModelGroupTab urn={urn} />,
        features: () => <ModelFeaturesTab urn={urn} />,
        lineage: () => <LineageTab urn={urn} kindLabel="model" />,
        impact: () => <ImpactTab urn={urn} kind="mlModel" />,
        history: () => <HistoryTab urn={urn} kindLabel="model" />,
      }}
    />
  );
}
