import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { EntityShell, type EntityPageProps } from "../../components/entity-shell";
import { Badge } from "../../components/badges";
import { UriValue } from "../../components/external-link";
import { EntityLink } from "../../components/entity-link";
import { HeaderMeta } from "../shared/meta";
import { parentNodeCrumbs } from "../shared/glossary-crumbs";
import { HistoryTab } from "../shared/history-tab";
import { KnownOnlyFromAssets, ProfileAbout } from "../shared/profile";
import { AssetsTab, useAssetCount } from "../../search/assets-tab";
import { urnTail } from "../../lib/format";

// The groups above the term: DataHub's `parentNodes` (glossaryTermInfo.parentNode, and theirs).
const GlossaryTermPageQuery = graphql(`
  query GlossaryTermPage($urn: String!) {
    glossaryTerm(urn: $urn) {
      urn
      name
      properties {
        name
        description
        termSource
        sourceRef
        sourceUrl
        customProperties { key value }
      }
      ownership { ...OwnersFields }
      parentNodes { count nodes { urn properties { name } } }
    }
  }
`);

/** A glossary term: its definition, source and parent node, the assets that have it, its history. */
export function GlossaryTermPage({ urn, tab }: EntityPageProps<"glossaryTerm">) {
  const { data, loading, error } = useQuery(GlossaryTermPageQuery, { variables: { urn } });
  const g = data?.glossaryTerm;
  const known = useAssetCount("glossaryTerm", urn, !loading && !g);
  const name = g ? g.properties?.name || g.name : urnTail(urn);
  const parents = g?.parentNodes?.nodes ?? [];
  const parent = parents[0];
  const p = g?.properties;
  const source = p?.termSource ? p.termSource.toLowerCase() : null;
  return (
    <EntityShell
      kind="glossaryTerm"
      urn={urn}
      tab={tab}
      loading={loading || known.loading}
      error={error}
      header={
        g
          ? {
              name,
              breadcrumb: ["Glossary", ...parentNodeCrumbs(parents)],
              status: source ? <Badge title={`Term source: ${p?.termSource}`}>{source}</Badge> : null,
              meta: <HeaderMeta ownership={g.ownership} globalTags={null} />,
              about: (
                <ProfileAbout
                  description={p?.description}
                  facts={[
                    ["Term group", parent ? <EntityLink urn={parent.urn} kind="glossaryNode" name={parent.properties?.name || urnTail(parent.urn)} /> : null],
                    ["Source", p?.sourceRef ? <span className="font-mono text-xs">{p.sourceRef}</span> : null],
                    ["Source URL", p?.sourceUrl ? <UriValue value={p.sourceUrl} /> : null],
                    ...(p?.customProperties ?? []).map((c): [string, string | null | undefined] => [c.key, c.value]),
                  ]}
                />
              ),
            }
          : known.count
            ? { name, breadcrumb: ["Glossary"], about: <KnownOnlyFromAssets what="glossary term" /> }
            : null
      }
      tabs={{
        assets: () => <AssetsTab kind="glossaryTerm" urn={urn} name={name} />,
        history: () => <HistoryTab urn={urn} kindLabel="glossary term" />,
      }}
    />
  );
}
