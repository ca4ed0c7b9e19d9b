import type { DeploymentPageQuery } from "../../gql/graphql";
import { Card, Facts } from "../../components/card";
import { EntityLink } from "../../components/entity-link";
import { UriValue, isWebUrl } from "../../components/external-link";
import { EmptyNote } from "../../components/states";
import { MarkdownView } from "../../components/markdown";
import { formatTime } from "../../lib/format";
import { CustomPropertiesCard, platformName } from "../shared/meta";
import { DeploymentStatusBadge } from "../shared/deployment-status";

/** The page's query answer (DataHub's schema has no deployment type to hang a fragment on). */
export type Deployment = NonNullable<DeploymentPageQuery["orreryMlModelDeployment"]>;

/** What the deployment is (status, version, when created, where), the models it serves, and its properties. */
export function DeploymentSummaryTab({ deployment: d }: { deployment: Deployment }) {
  const p = d.properties;
  const platform = platformName(d.platform);
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div className="space-y-4">
        <Card title="About">
          {p?.description ? <MarkdownView text={p.description} /> : <EmptyNote>No description: the source sent none for this deployment.</EmptyNote>}
        </Card>
        <Card title={`Models served (${d.models.length})`}>
          {d.models.length ? (
            <ul aria-label="Models served" className="divide-y divide-slate-100 dark:divide-slate-800">
              {d.models.map((m) => {
                const version = m.versionProperties?.version.versionTag;
                return (
                  <li key={m.urn} className="flex min-w-0 flex-wrap items-baseline gap-x-2 py-1.5 first:pt-0 last:pb-0">
                    <EntityLink urn={m.urn} kind="mlModel" name={m.properties?.name || m.name} className="break-all" />
                    {version ? <span className="text-xs text-slate-600 dark:text-slate-400">version {version}</span> : null}
                  </li>
                );
              })}
            </ul>
          ) : (
            <EmptyNote>No model in the catalog names this deployment in its properties.</EmptyNote>
          )}
        </Card>
        <CustomPropertiesCard entries={p?.customProperties} />
      </div>
      {/* what it is comes first on a narrow screen, before the long custom properties */}
      <div className="order-first space-y-4 lg:order-none">
        <Card title="Details">
          <Facts
            rows={[
              ["Status", p?.status ? <DeploymentStatusBadge key="status" status={p.status} /> : "—"],
              ["Version", p?.version?.versionTag ?? "—"],
              ["Created", formatTime(p?.createdAt)],
              ["Platform", platform ?? "—"],
              ["Environment", d.origin ?? "—"],
              [
                "Endpoint",
                <span key="name" className="font-mono text-xs break-all">
                  {d.name}
                </span>,
              ],
              [
                "Console",
                p?.externalUrl && isWebUrl(p.externalUrl) ? (
                  <UriValue key="url" value={p.externalUrl}>{`Open in ${platform ?? "its platform"}`}</UriValue>
                ) : (
                  "—"
                ),
              ],
            ]}
          />
        </Card>
      </div>
    </div>
  );
}
