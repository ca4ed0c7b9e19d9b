import type { ReactNode } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Card, Facts } from "../../components/card";
import { EntityLink } from "../../components/entity-link";

export const StructuredPropertiesFields = graphql(`
  fragment StructuredPropertiesFields on StructuredProperties {
    properties {
      structuredProperty { urn definition { displayName qualifiedName } }
      values {
        ... on StringValue { stringValue }
        ... on NumberValue { numberValue }
      }
    }
  }
`);

export const DomainFields = graphql(`
  fragment DomainFields on DomainAssociation {
    domain { urn properties { name } }
  }
`);

/** DataHub's `domain` and `structuredProperties` of any asset kind that has them. */
const AssetPropertiesQuery = graphql(`
  query AssetProperties($urn: String!) {
    entity(urn: $urn) {
      urn
      ... on MLModel { domain { ...DomainFields } structuredProperties { ...StructuredPropertiesFields } }
      ... on MLModelGroup { domain { ...DomainFields } structuredProperties { ...StructuredPropertiesFields } }
      ... on MLFeature { domain { ...DomainFields } structuredProperties { ...StructuredPropertiesFields } }
      ... on MLFeatureTable { domain { ...DomainFields } structuredProperties { ...StructuredPropertiesFields } }
      ... on MLPrimaryKey { domain { ...DomainFields } structuredProperties { ...StructuredPropertiesFields } }
      ... on Dataset { domain { ...DomainFields } structuredProperties { ...StructuredPropertiesFields } }
      ... on DataFlow { domain { ...DomainFields } structuredProperties { ...StructuredPropertiesFields } }
      ... on DataJob { domain { ...DomainFields } structuredProperties { ...StructuredPropertiesFields } }
    }
  }
`);

type Value = { stringValue?: string; numberValue?: number } | null;

/** `urn:li:structuredProperty:io.acryl.privacy.retentionTime` → `io.acryl.privacy.retentionTime`. */
export function propertyNameFromUrn(urn: string): string {
  return urn.replace(/^urn:li:structuredProperty:/, "");
}

function valueText(v: Value): string | null {
  if (!v) return null;
  if (typeof v.numberValue === "number") return String(v.numberValue);
  return typeof v.stringValue === "string" ? v.stringValue : null;
}

/**
 * An asset's domain and its structured properties (DataHub's typed custom properties), read by urn:
 * the card every asset's Summary shows (models, groups, features, feature tables, primary keys,
 * datasets, pipelines, jobs). Not shown when the asset has neither.
 */
export function PropertiesCard({ urn }: { urn: string }) {
  const { data } = useQuery(AssetPropertiesQuery, { variables: { urn } });
  const e = data?.entity;
  if (!e || !("domain" in e)) return null;
  return <PropertiesCardView domain={e.domain} structuredProperties={e.structuredProperties} />;
}

/**
 * The card itself, from the two fragments (a page that reads them in its own query, as a
 * deployment's does, passes them): the domain, then each structured property under its
 * definition's display name, else its qualified name, else the name in its urn.
 */
function PropertiesCardView(p: {
  domain: FragmentType<typeof DomainFields> | null | undefined;
  structuredProperties: FragmentType<typeof StructuredPropertiesFields> | null | undefined;
}) {
  const domain = getFragmentData(DomainFields, p.domain);
  const props = getFragmentData(StructuredPropertiesFields, p.structuredProperties);
  const rows: Array<[string, ReactNode]> = [];
  const dom = domain?.domain;
  if (dom) rows.push(["Domain", <EntityLink key="domain" urn={dom.urn} kind="domain" name={dom.properties?.name} />]);
  for (const p of props?.properties ?? []) {
    const def = p.structuredProperty.definition;
    const label = def.displayName || def.qualifiedName || propertyNameFromUrn(p.structuredProperty.urn);
    const values = p.values.map(valueText).filter((v): v is string => v !== null);
    rows.push([label, values.length ? <span className="break-words">{values.join(", ")}</span> : "—"]);
  }
  if (rows.length === 0) return null;
  return (
    <Card title="Properties">
      <Facts rows={rows} />
    </Card>
  );
}
