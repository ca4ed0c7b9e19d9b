/**
 * A domain (DataHub's logical grouping of assets): its description, its parent domains, and the
 * assets associated with it, found by searching with the `domains` filter.
 */
import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { EntityShell, type EntityPageProps } from "../../components/entity-shell";
import { EntityLink } from "../../components/entity-link";
import { Card } from "../../components/card";
import { EmptyNote, ErrorMessage, Skeleton } from "../../components/states";
import { MarkdownView } from "../../components/markdown";
import { HeaderMeta } from "../shared/meta";
import { HistoryTab } from "../shared/history-tab";
import { EntityListRow } from "../shared/list-item";

const DomainPageQuery = graphql(`
  query DomainPage($urn: String!) {
    domain(urn: $urn) {
      urn
      id
      properties { name description }
      ownership { ...OwnersFields }
      parentDomains { count domains { urn ... on Domain { properties { name } } } }
    }
  }
`);

const PAGE = 25;

/** The domain's assets, DataHub's way: searchAcrossEntities filtered on the `domains` field. */
const DomainAssetsQuery = graphql(`
  query DomainAssets($urn: String!, $start: Int!, $count: Int!) {
    searchAcrossEntities(input: { query: "*", start: $start, count: $count, filters: [{ field: "domains", values: [$urn] }] }) {
      start
      total
      searchResults { entity { urn ...EntityListItem } }
    }
  }
`);

function DomainAssets({ urn }: { urn: string }) {
  const [shown, setShown] = useState(PAGE);
  const { data, loading, error } = useQuery(DomainAssetsQuery, { variables: { urn, start: 0, count: shown } });
  const r = data?.searchAcrossEntities;
  const total = r?.total ?? 0;
  return (
    <Card title={r ? `Assets (${total.toLocaleString("en")})` : "Assets"}>
      {error ? (
        <ErrorMessage error={error} />
      ) : !r && loading ? (
        <Skeleton lines={3} />
      ) : total === 0 ? (
        <EmptyNote>No asset is associated with this domain.</EmptyNote>
      ) : (
        <>
          <ul aria-label="Assets in this domain" className="divide-y divide-slate-100 dark:divide-slate-800">
            {(r?.searchResults ?? []).map((s) => (
              <li key={s.entity.urn}>
                <EntityListRow entity={s.entity} />
              </li>
            ))}
          </ul>
          {total > shown ? (
            <button
              type="button"
              onClick={() => setShown((n) => n + PAGE)}
              className="mt-2 rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
            >
              Show more ({(total - shown).toLocaleString("en")} left)
            </button>
          ) : null}
        </>
      )}
    </Card>
  );
}

export function DomainPage({ urn, tab }: EntityPageProps<"domain">) {
  const { data, loading, error } = useQuery(DomainPageQuery, { variables: { urn } });
  const d = data?.domain;
  const parents = [...(d?.parentDomains?.domains ?? [])].reverse();
  return (
    <EntityShell
      kind="domain"
      urn={urn}
      tab={tab}
      loading={loading}
      error={error}
      header={
        d
          ? {
              name: d.properties?.name || d.id,
              breadcrumb: [
                "Domains",
                ...parents.map((p) => <EntityLink key={p.urn} urn={p.urn} kind="domain" name={p.__typename === "Domain" ? p.properties?.name : undefined} />),
              ],
              meta: <HeaderMeta ownership={d.ownership} globalTags={null} />,
            }
          : null
      }
      tabs={{
        summary: () => (
          <div className="space-y-4">
            {d?.properties?.description ? (
              <Card title="About">
                <MarkdownView text={d.properties.description} />
              </Card>
            ) : null}
            <DomainAssets urn={urn} />
          </div>
        ),
        history: () => <HistoryTab urn={urn} kindLabel="domain" />,
      }}
    />
  );
}
