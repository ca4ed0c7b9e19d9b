/**
 * A model deployment (DataHub's `mlModelDeployment`, e.g. a SageMaker endpoint). DataHub's GraphQL
 * schema has no type for it, so the page reads Orrery's `orreryMlModelDeployment` extension, asked
 * only of a server that offers it (`mlModelDeploymentPage`); elsewhere the page says so.
 */
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { EntityShell, type EntityPageProps } from "../../components/entity-shell";
import { EmptyState } from "../../components/states";
import { KindIcon } from "../../components/icons";
import { useExtensions } from "../../lib/extensions";
import { HeaderMeta, platformName } from "../shared/meta";
import { DeploymentStatusBadge } from "../shared/deployment-status";
import { HistoryTab } from "../shared/history-tab";
import { DeploymentSummaryTab } from "./summary-tab";

const DeploymentPageQuery = graphql(`
  query DeploymentPage($urn: String!) {
    orreryMlModelDeployment(urn: $urn) {
      urn
      name
      origin
      platform { ...PlatformFields }
      properties {
        description
        createdAt
        status
        externalUrl
        version { versionTag }
        customProperties { key value }
      }
      ownership { ...OwnersFields }
      tags { ...TagsFields }
      models {
        urn
        name
        properties { name }
        versionProperties { version { versionTag } }
      }
    }
  }
`);

function DeploymentPageBody({ urn, tab }: EntityPageProps<"deployment">) {
  const { data, loading, error } = useQuery(DeploymentPageQuery, { variables: { urn } });
  const d = data?.orreryMlModelDeployment;
  const platform = d ? platformName(d.platform) : null;
  return (
    <EntityShell
      kind="deployment"
      urn={urn}
      tab={tab}
      loading={loading}
      error={error}
      header={
        d
          ? {
              name: d.name,
              platform,
              externalUrl: d.properties?.externalUrl,
              breadcrumb: [...(platform ? [platform] : []), d.origin ?? "PROD"],
              status: <DeploymentStatusBadge status={d.properties?.status} />,
              meta: <HeaderMeta ownership={d.ownership} globalTags={d.tags} />,
            }
          : null
      }
      tabs={{
        summary: () => <DeploymentSummaryTab deployment={d!} />,
        history: () => <HistoryTab urn={urn} kindLabel="deployment" />,
      }}
    />
  );
}

export function DeploymentPage(props: EntityPageProps<"deployment">) {
  const ext = useExtensions();
  if (ext.loading) return <EntityShell kind="deployment" urn={props.urn} tab={props.tab} loading error={null} header={null} tabs={NO_TABS} />;
  if (!ext.has("mlModelDeploymentPage"))
    return (
      <EmptyState heading="h1" title="Deployments have no page on this server" icon={<KindIcon kind="deployment" size="lg" />}>
        <p className="font-mono text-xs break-all">{props.urn}</p>
        <p className="mt-2">DataHub's GraphQL API has no deployment type; a model's page still lists the deployments it names.</p>
      </EmptyState>
    );
  return <DeploymentPageBody {...props} />;
}

const NO_TABS = { summary: () => null, history: () => null };
