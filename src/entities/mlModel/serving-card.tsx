import type { ReactNode } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { Card, Facts } from "../../components/card";
import { UriValue, isWebUrl } from "../../components/external-link";
import { useExtensions } from "../../lib/extensions";

/** Asked only of a server that offers the `mlModelServing` extension (DataHub has no such fields). */
const ModelServingQuery = graphql(`
  query ModelServing($urn: String!) {
    mlModel(urn: $urn) {
      urn
      orreryServing {
        servingEndpoint
        target
        store { storage imageRepository }
        dashboard { name qualifiedName url }
      }
    }
  }
`);

/**
 * Where the model is served and stored, what it estimates and where its performance is tracked
 * (OpenMetadata's server, target, mlStore and dashboard). Not shown when the server lacks the
 * extension, while it loads, or when none of it is recorded.
 */
export function ModelServingCard({ urn }: { urn: string }) {
  const ext = useExtensions();
  const enabled = !ext.loading && ext.has("mlModelServing");
  const { data } = useQuery(ModelServingQuery, { variables: { urn }, skip: !enabled });
  const s = enabled ? data?.mlModel?.orreryServing : null;
  if (!s) return null;
  const rows: Array<[string, ReactNode]> = [];
  if (s.servingEndpoint) rows.push(["Endpoint", <UriValue key="e" value={s.servingEndpoint} />]);
  if (s.target)
    rows.push([
      "Target",
      <span key="t" className="font-mono text-xs break-all">
        {s.target}
      </span>,
    ]);
  if (s.store?.storage) rows.push(["Storage", <UriValue key="s" value={s.store.storage} />]);
  if (s.store?.imageRepository) rows.push(["Image", <UriValue key="i" value={s.store.imageRepository} />]);
  const d = s.dashboard;
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
  if (rows.length === 0) return null;
  return (
    <Card title="Serving and storage">
      <Facts rows={rows} />
    </Card>
  );
}
