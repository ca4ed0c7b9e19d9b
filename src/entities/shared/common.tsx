import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { Section, KeyValueTable } from "../../components/section";
import { MarkdownView } from "../../components/markdown";
import { EmptyState, ErrorMessage, Skeleton } from "../../components/states";
import { TagList, TermList, Badge } from "../../components/badges";
import { EntityLink } from "../../components/entity-link";
import { urnTail } from "../../lib/format";
import { EntityListRow as EntityListRowLazy } from "../list-item";

type Named = { urn: string; name?: string | null };

export interface Meta {
  tags?: { tags?: Array<{ tag: { urn: string; name: string } }> | null } | null;
  glossaryTerms?: { terms?: Array<{ term: { urn: string; name: string } }> | null } | null;
  ownership?: { owners?: Array<{ owner: { urn: string; username?: string; name?: string; properties?: { displayName?: string | null } | null }; type?: string | null }> | null } | null;
}

export function ownersOf(m: Meta): Named[] {
  return (m.ownership?.owners ?? []).map((o) => ({ urn: o.owner.urn, name: o.owner.properties?.displayName || o.owner.username || o.owner.name || urnTail(o.owner.urn) }));
}

export function HeaderMeta({ meta }: { meta: Meta }) {
  const owners = ownersOf(meta);
  const tags = (meta.tags?.tags ?? []).map((t) => t.tag);
  return (
    <>
      {owners.map((o) => (
        <Badge key={o.urn} tone="brand" title={o.urn}>
          @{o.name}
        </Badge>
      ))}
      {tags.map((t) => (
        <Badge key={t.urn} title={t.urn}>
          # {t.name}
        </Badge>
      ))}
    </>
  );
}

export function AboutSection({ description, edited, meta, children }: { description?: string | null; edited?: string | null; meta: Meta; children?: React.ReactNode }) {
  const text = edited ?? description;
  return (
    <Section title="About">
      {text ? (
        <MarkdownView text={text} />
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">No description yet. One arrives with ingestion (the properties aspect's description) or can be written here once editing is enabled.</p>
      )}
      <div className="mt-4 grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
        <span className="text-slate-600 dark:text-slate-400">Owners</span>
        <span className="flex flex-wrap gap-1.5">
          {ownersOf(meta).length ? ownersOf(meta).map((o) => <Badge key={o.urn} tone="brand" title={o.urn}>{o.name}</Badge>) : <span className="text-slate-500 dark:text-slate-400">none</span>}
        </span>
        <span className="text-slate-600 dark:text-slate-400">Tags</span>
        <TagList tags={(meta.tags?.tags ?? []).map((t) => t.tag)} />
        <span className="text-slate-600 dark:text-slate-400">Glossary terms</span>
        <TermList terms={(meta.glossaryTerms?.terms ?? []).map((t) => t.term)} />
      </div>
      {children}
    </Section>
  );
}

export function CustomProperties({ entries }: { entries?: Array<{ key: string; value?: string | null }> | null }) {
  return (
    <Section title="Custom properties">
      <KeyValueTable
        caption="Custom properties"
        rows={(entries ?? []).map((e) => ({ key: e.key, value: e.value }))}
        empty={<p className="text-sm text-slate-600 dark:text-slate-400">None. They come from the properties aspect's customProperties.</p>}
      />
    </Section>
  );
}

const LineageLists = graphql(`
  query LineageLists($urn: String!) {
    entity(urn: $urn) {
      urn
      ... on EntityWithRelationships {
        upstream: lineage(input: { direction: UPSTREAM, start: 0, count: 200 }) {
          total
          relationships { type entity { urn type ...EntityListItem } }
        }
        downstream: lineage(input: { direction: DOWNSTREAM, start: 0, count: 200 }) {
          total
          relationships { type entity { urn type ...EntityListItem } }
        }
      }
    }
  }
`);

const RELATION_LABEL: Record<string, string> = {
  TrainedBy: "trained by",
  MemberOf: "member of",
  DataProcessInstanceConsumes: "input",
  DataProcessInstanceProduces: "output",
  DownstreamOf: "derived from",
  DerivedFrom: "source",
  Consumes: "uses feature",
  UsedBy: "used by",
};

/** One hop of lineage each way, as lists. (The interactive graph comes with the lineage explorer.) */
export function LineageTab({ urn }: { urn: string }) {
  const { data, loading, error } = useQuery(LineageLists, { variables: { urn } });
  if (loading && !data) return <Skeleton lines={6} label="Loading lineage" />;
  if (error) return <ErrorMessage error={error} what="Lineage" />;
  const e = data?.entity;
  if (!e || !("upstream" in e)) return <EmptyState title="Lineage is not tracked for this kind of asset" />;
  return (
    <div className="grid grid-cols-2 gap-4">
      {(["upstream", "downstream"] as const).map((dir) => {
        const r = e[dir];
        return (
          <Section key={dir} title={`${dir === "upstream" ? "Upstream" : "Downstream"} (${r?.total ?? 0})`}>
            {r?.relationships.length ? (
              <ul className="divide-y divide-slate-100 dark:divide-slate-800">
                {r.relationships.map((rel) =>
                  rel.entity ? (
                    <li key={`${rel.type}:${rel.entity.urn}`} className="flex items-center gap-2">
                      <span className="w-24 shrink-0 text-xs text-slate-600 dark:text-slate-400">{RELATION_LABEL[rel.type] ?? rel.type}</span>
                      <div className="min-w-0 flex-1">
                        <EntityListRowLazy entity={rel.entity} />
                      </div>
                    </li>
                  ) : null,
                )}
              </ul>
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {dir === "upstream" ? "Nothing feeds this asset as far as the catalog knows." : "Nothing downstream uses this asset yet."}
              </p>
            )}
          </Section>
        );
      })}
    </div>
  );
}

export function HistoryTab() {
  return (
    <EmptyState title="No change history yet">
      Every ingested or edited aspect is kept as a numbered version in the catalog. The History tab will list who changed what, field by field, once editing ships.
    </EmptyState>
  );
}

export function UrnList({ urns, empty }: { urns: string[]; empty: string }) {
  if (urns.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{empty}</p>;
  return (
    <ul className="space-y-1 text-sm">
      {urns.map((u) => (
        <li key={u} className="truncate">
          <EntityLink urn={u} name={urnTail(u)} />
        </li>
      ))}
    </ul>
  );
}
