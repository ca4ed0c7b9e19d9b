import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData } from "../../gql";
import { EntityShell, type EntityPageProps } from "../../components/entity-shell";
import { DeprecatedBadge } from "../../components/badges";
import { HeaderMeta, platformName } from "../shared/meta";
import { LineageTab } from "../../lineage/lineage-tab";
import { ImpactTab } from "../../lineage/impact-entry";
import { HistoryTab } from "../shared/history-tab";
import { FlowRunsTab } from "../dataJob/runs-tab";
import { PipelineSummaryTab } from "./summary-tab";
import { PipelineTasksTab } from "./tasks-tab";

const PipelineHeader = graphql(`
  fragment PipelineHeader on DataFlow {
    urn
    flowId
    cluster
    platform { ...PlatformFields }
    properties { name externalUrl }
    deprecation { deprecated note }
    ownership { ...OwnersFields }
    tags { ...TagsFields }
  }
`);

const PipelinePageQuery = graphql(`
  query PipelinePage($urn: String!) {
    dataFlow(urn: $urn) {
      urn
      ...PipelineHeader
      ...PipelineSummary
    }
  }
`);

/** A pipeline (DataHub's data flow): a SageMaker job's flow, a Vertex AI pipeline, an Airflow DAG. */
export function PipelinePage({ urn, tab }: EntityPageProps<"pipeline">) {
  const { data, loading, error } = useQuery(PipelinePageQuery, { variables: { urn } });
  const f = data?.dataFlow;
  const h = getFragmentData(PipelineHeader, f);
  const platform = h ? platformName(h.platform) : null;
  return (
    <EntityShell
      kind="pipeline"
      urn={urn}
      tab={tab}
      loading={loading}
      error={error}
      header={
        h
          ? {
              name: h.properties?.name || h.flowId,
              platform,
              externalUrl: h.properties?.externalUrl,
              breadcrumb: [...(platform ? [platform] : []), h.cluster],
              status: <DeprecatedBadge deprecation={h.deprecation} />,
              meta: <HeaderMeta ownership={h.ownership} globalTags={h.tags} />,
            }
          : null
      }
      tabs={{
        summary: () => <PipelineSummaryTab pipeline={f!} />,
        tasks: () => <PipelineTasksTab urn={urn} />,
        runs: () => <FlowRunsTab urn={urn} />,
        lineage: () => <LineageTab urn={urn} kindLabel="pipeline" />,
        impact: () => <ImpactTab urn={urn} kind="pipeline" />,
        history: () => <HistoryTab urn={urn} kindLabel="pipeline" />,
      }}
    />
  );
}
