import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { Card } from "../../components/card";
import { EmptyState, ErrorMessage, Skeleton } from "../../components/states";
import { EntityListRow } from "../shared/list-item";
import { urnTail } from "../../lib/format";

const ModelFeatureUrns = graphql(`
  query ModelFeatureUrns($urn: String!) {
    mlModel(urn: $urn) { urn properties { mlFeatures } }
  }
`);

const FeatureEntities = graphql(`
  query ModelFeatures($urns: [String!]!) {
    entities(urns: $urns) { urn ...EntityListItem }
  }
`);

/** The features the model consumes (mlModelProperties.mlFeatures), resolved to their pages. */
export function ModelFeaturesTab({ urn }: { urn: string }) {
  const list = useQuery(ModelFeatureUrns, { variables: { urn } });
  const urns = list.data?.mlModel?.properties?.mlFeatures ?? [];
  const resolved = useQuery(FeatureEntities, { variables: { urns }, skip: urns.length === 0 });
  if (list.loading && !list.data) return <Skeleton lines={4} label="Loading features" />;
  if (list.error && !list.data) return <ErrorMessage error={list.error} what="The model's features" />;
  if (urns.length === 0) {
    return (
      <EmptyState title="No features recorded for this model">
        Features appear when the source says which features the model reads, as feature-store integrations (Feast, SageMaker Feature Store, Vertex AI) do.
      </EmptyState>
    );
  }
  if (resolved.loading && !resolved.data) return <Skeleton lines={Math.min(urns.length, 8)} label="Loading features" />;
  if (resolved.error && !resolved.data) return <ErrorMessage error={resolved.error} what="Features" />;
  const entities = resolved.data?.entities ?? [];
  return (
    <Card title={`Features (${urns.length})`}>
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">
        {urns.map((u, i) => {
          const e = entities[i];
          return e ? (
            <li key={u}>
              <EntityListRow entity={e} />
            </li>
          ) : (
            <li key={u} className="py-3 text-sm text-slate-600 dark:text-slate-400" title={u}>
              {urnTail(u)} <span className="text-xs">(not in the catalog)</span>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
