import type { ReactNode } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { Card, Facts } from "../../components/card";
import { EntityLink } from "../../components/entity-link";
import { DeploymentStatusBadge } from "../shared/deployment-status";
import { UriValue, isWebUrl } from "../../components/external-link";
import { formatTime } from "../../lib/format";
import { useExtensions } from "../../lib/extensions";

/**
 * Asked only of a server that offers the `mlModelServing` and `mlModelDeployments` extensions
 * (DataHub has no such fields); each part only when its extension is there.
 */
const ModelServingQuery = graphql(`
  query ModelServing($urn: String!, $serving: Boolean!, $deployments: Boolean!) {
    mlModel(urn: $urn) {
      urn
      orreryServing @include(if: $serving) {
        servingEndpoint
        target
        store { storage imageRepository }
        dashboard { name qualifiedName url }
      }
      orreryDeployments @include(if: $deployments) {
        urn
        exists
        name
        platform { urn name properties { displayName } }
        properties { status createdAt version { versionTag } externalUrl description }
      }
    }
  }
`);

type Deployment = {
  urn: string;
  exists: boolean;
  name: string;
  platform?: { name: string; properties?: { displayName?: string | null } | null } | null;
  properties?: {
    status?: string | null;
    createdAt?: number | null;
    version?: { versionTag?: string | null } | null;
    externalUrl?: string | null;
    description?: string | null;
  } | null;
};

/**
 * One deployment: its name (a link to its page when the catalog holds it), a link out when its
 * platform gave an http(s) URL, status, version and creation.
 */
function DeploymentItem({ d }: { d: Deployment }) {
  const p = d.properties;
  const platform = d.platform?.properties?.displayName || d.platform?.name;
  const details = [
    p?.version?.versionTag ? `version ${p.version.versionTag}` : null,
    p?.createdAt ? `created ${formatTime(p.createdAt)}` : null,
    platform ? `on ${platform}` : null,
  ].filter(Boolean);
  return (
    <li className="min-w-0 py-2 first:pt-0 last:pb-0" data-testid="deployment">
      <div className="flex min-w-0 flex-wrap items-center gap-2">
        {d.exists ? (
          <EntityLink urn={d.urn} kind="deployment" name={d.name} className="font-mono text-xs break-all" />
        ) : (
          <span className="font-mono text-xs break-all">{d.name}</span>
        )}
        <DeploymentStatusBadge status={p?.status} />
        {p?.externalUrl && isWebUrl(p.externalUrl) ? (
          <span className="text-xs">
            <UriValue value={p.externalUrl}>open in {platform ?? "its platform"}</UriValue>
          </span>
        ) : null}
      </div>
      {details.length ? <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{details.join(" · ")}</p> : null}
      {p?.description ? <p className="mt-0.5 text-sm break-words">{p.description}</p> : null}
      {!d.exists ? <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">Named by the model; the catalog holds nothing else about it.</p> : null}
    </li>
  );
}

/**
 * Where the model is deployed and served, what it estimates and where its performance is tracked:
 * DataHub's deployments (e.g. SageMaker endpoints) and OpenMetadata's server, target, mlStore and
 * dashboard. Not shown when the server lacks both extensions, while it loads, or when none of it is
 * recorded.
 */
export function ModelServingCard({ urn }: { urn: string }) {
  const ext = useExtensions();
  const serving = !ext.loading && ext.has("mlModelServing");
  const deployments = !ext.loading && ext.has("mlModelDeployments");
  const { data } = useQuery(ModelServingQuery, { variables: { urn, serving, deployments }, skip: !serving && !deployments });
  const s = data?.mlModel?.orreryServing;
  const deployed = data?.mlModel?.orreryDeployments ?? [];
  const rows: Array<[string, ReactNode]> = [];
  if (s?.servingEndpoint) rows.push(["Endpoint", <UriValue key="e" value={s.servingEndpoint} />]);
  if (s?.target)
    rows.push([
      "Target",
      <span key="t" className="font-mono text-xs break-all">
        {s.target}
      </span>,
    ]);
  if (s?.store?.storage) rows.push(["Storage", <UriValue key="s" value={s.store.storage} />]);
  if (s?.store?.imageRepository) rows.push(["Image", <UriValue key="i" value={s.store.imageRepository} />]);
  const d = s?.dashboard;
  const dashboardName = d?.name || d?.qualifiedName || d?.url;
  if (d && dashboardName)
    rows.push([
      "Dashboard",
      d.url && isWebUrl(d.url) ? (
        <UriValue key="d" value={d.url}>
          {dashboardName}
        </UriValue>
      ) : (
        <span key="d" className="break-words" title={d.qualifiedName ?? undefined}>
          {dashboardName}
        </span>
      ),
    ]);
  if (rows.length === 0 && deployed.length === 0) return null;
  return (
    <Card title={deployed.length ? "Deployments and serving" : "Serving and storage"}>
      {deployed.length ? (
        <ul aria-label="Deployments" className="divide-y divide-slate-100 dark:divide-slate-800">
          {deployed.map((dep) => (
            <DeploymentItem key={dep.urn} d={dep} />
          ))}
        </ul>
      ) : null}
      {rows.length ? (
        <div className={deployed.length ? "mt-3 border-t border-slate-100 pt-3 dark:border-slate-800" : ""}>
          <Facts rows={rows} />
        </div>
      ) : null}
    </Card>
  );
}
