/**
 * A glossary node (a term group): what it is, the groups above it, and the groups and terms in it,
 * a page at a time. Its children are DataHub's `IsPartOf` relationship read from their side
 * (`glossaryNodeInfo.parentNode`, `glossaryTermInfo.parentNode`), which DataHub's schema serves too.
 */
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { EntityShell, type EntityPageProps } from "../../components/entity-shell";
import { Card } from "../../components/card";
import { EmptyNote, ErrorMessage, Skeleton } from "../../components/states";
import { MarkdownView } from "../../components/markdown";
import { urnTail } from "../../lib/format";
import { CustomPropertiesCard, HeaderMeta } from "../shared/meta";
import { HistoryTab } from "../shared/history-tab";
import { EntityListRow } from "../shared/list-item";
import { TabPager, usePageParam } from "../shared/url-pager";
import { parentNodeCrumbs } from "../shared/glossary-crumbs";

const GlossaryNodePageQuery = graphql(`
  query GlossaryNodePage($urn: String!) {
    glossaryNode(urn: $urn) {
      urn
      properties { name description customProperties { key value } }
      ownership { ...OwnersFields }
      parentNodes { count nodes { urn properties { name } } }
    }
  }
`);

const CHILDREN_PAGE = 50;

const GlossaryNodeChildrenQuery = graphql(`
  query GlossaryNodeChildren($urn: String!, $start: Int!, $count: Int!) {
    glossaryNode(urn: $urn) {
      urn
      children: relationships(input: { types: ["IsPartOf"], direction: INCOMING, start: $start, count: $count }) {
        total
        relationships { entity { urn ...EntityListItem } }
      }
    }
  }
`);

function Children({ urn }: { urn: string }) {
  const { page, start } = usePageParam(CHILDREN_PAGE);
  const { data, loading, error } = useQuery(GlossaryNodeChildrenQuery, { variables: { urn, start, count: CHILDREN_PAGE } });
  const c = data?.glossaryNode?.children;
  const total = c?.total ?? 0;
  const items = (c?.relationships ?? []).flatMap((r) => (r.entity ? [r.entity] : []));
  return (
    <Card title={c ? `Groups and terms in it (${total.toLocaleString("en-US")})` : "Groups and terms in it"}>
      {error ? (
        <ErrorMessage error={error} what="The groups and terms in this group" />
      ) : !c && loading ? (
        <Skeleton lines={4} />
      ) : total === 0 ? (
        <EmptyNote>No glossary term or group names this group as its parent.</EmptyNote>
      ) : (
        <>
          <ul aria-label="Groups and terms in this group" className="divide-y divide-slate-100 dark:divide-slate-800">
            {items.map((e) => (
              <li key={e.urn}>
                <EntityListRow entity={e} />
              </li>
            ))}
          </ul>
          <TabPager kind="glossaryNode" urn={urn} tab="summary" page={page} total={total} size={CHILDREN_PAGE} label="Pages of groups and terms" />
        </>
      )}
    </Card>
  );
}

export function GlossaryNodePage({ urn, tab }: EntityPageProps<"glossaryNode">) {
  const { data, loading, error } = useQuery(GlossaryNodePageQuery, { variables: { urn } });
  const n = data?.glossaryNode;
  const p = n?.properties;
  return (
    <EntityShell
      kind="glossaryNode"
      urn={urn}
      tab={tab}
      loading={loading}
      error={error}
      header={
        n
          ? {
              name: p?.name || urnTail(urn),
              breadcrumb: ["Glossary", ...parentNodeCrumbs(n.parentNodes?.nodes)],
              meta: <HeaderMeta ownership={n.ownership} globalTags={null} />,
            }
          : null
      }
      tabs={{
        summary: () => (
          <div className="space-y-4">
            <Card title="About">
              {p?.description ? <MarkdownView text={p.description} /> : <EmptyNote>No description was given for this group.</EmptyNote>}
            </Card>
            <Children urn={urn} />
            <CustomPropertiesCard entries={p?.customProperties} />
          </div>
        ),
        history: () => <HistoryTab urn={urn} kindLabel="term group" />,
      }}
    />
  );
}
