import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { EntityLink } from "../../components/entity-link";
import { useExtensions } from "../../lib/extensions";
import { containerLabel } from "../../lib/kinds";

/**
 * The container (a Vertex AI project, a Unity Catalog schema, …) a model or model group belongs to,
 * from Orrery's `mlModelContainer` extension (DataHub's schema has no such field on them).
 */
const AssetContainerQuery = graphql(`
  query AssetContainer($urn: String!) {
    entity(urn: $urn) {
      urn
      ... on MLModel { container { urn properties { name } subTypes { typeNames } } }
      ... on MLModelGroup { container { urn properties { name } subTypes { typeNames } } }
    }
  }
`);

/** A breadcrumb link to the asset's container, or null (no container, no extension, or still loading). */
export function useContainerCrumb(urn: string) {
  const ext = useExtensions();
  const enabled = !ext.loading && ext.has("mlModelContainer");
  const { data } = useQuery(AssetContainerQuery, { variables: { urn }, skip: !enabled });
  const e = data?.entity;
  const c = e && "container" in e ? e.container : null;
  if (!c) return null;
  return <EntityLink urn={c.urn} kind="experiment" kindLabel={containerLabel(c.subTypes?.typeNames)} name={c.properties?.name} />;
}
