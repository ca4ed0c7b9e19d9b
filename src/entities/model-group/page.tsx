import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { EntityShell } from "../shared/shell";
import { AboutSection, CustomProperties, HeaderMeta, HistoryTab, LineageTab, UrnList } from "../shared/common";
import { Facts, Section } from "../../components/section";
import { formatTime, platformLabel } from "../../lib/format";
import { EntityLink } from "../../components/entity-link";
import { Badge } from "../../components/badges";
import { EmptyState, ErrorMessage, Skeleton } from "../../components/states";

const GroupPage = graphql(`
  query ModelGroupPage($urn: String!) {
    mlModelGroup(urn: $urn) {
      urn
      name
      platform { name properties { displayName } }
      properties {
        name
        description
        created { time actor }
        lastModified { time }
        externalUrl
        customProperties { key value }
        mlModelLineageInfo { trainingJobs }
      }
      editableProperties { description }
      tags { tags { tag { urn name } } }
      glossaryTerms { terms { term { urn name } } }
      ownership { owners { type owner { ... on CorpUser { urn username properties { displayName } } ... on CorpGroup { urn name } } } }
    }
  }
`);

const GroupModels = graphql(`
  query ModelGroupModels($urn: String!) {
    mlModelGroup(urn: $urn) {
      urn
      relationships(input: { types: ["MemberOf"], direction: INCOMING, start: 0, count: 500 }) {
        total
        relationships {
          entity {
            urn
            ... on MLModel {
              name
              versionProperties { version { versionTag } aliases { versionTag } isLatest }
              properties { version created { time } trainingMetrics { name value } mlModelLineageInfo { trainingJobs } }
            }
          }
        }
      }
    }
  }
`);

export function ModelGroupPage({ urn, tab }: { urn: string; tab: string }) {
  const { data, loading, error } = useQuery(GroupPage, { variables: { urn } });
  const g = data?.mlModelGroup;
  return (
    <EntityShell
      kind="mlModelGroup"
      urn={urn}
      tab={tab}
      loading={loading}
      error={error}
      found={!!g}
      name={g?.properties?.name || g?.name}
      platform={g ? platformLabel(g.platform) : null}
      externalUrl={g?.properties?.externalUrl}
      breadcrumb={g ? [platformLabel(g.platform), "Model groups"] : undefined}
      meta={g ? <HeaderMeta meta={g} /> : null}
    >
      {g && tab === "summary" ? (
        <div className="grid grid-cols-[2fr_1fr] gap-4">
          <div className="space-y-4">
            <AboutSection description={g.properties?.description} edited={g.editableProperties?.description} meta={g} />
            <CustomProperties entries={g.properties?.customProperties} />
          </div>
          <div className="space-y-4">
            <Section title="Details">
              <Facts
                rows={[
                  ["Created", formatTime(g.properties?.created?.time)],
                  ["Modified", formatTime(g.properties?.lastModified?.time)],
                  ["Platform", platformLabel(g.platform)],
                ]}
              />
            </Section>
            <Section title="Training runs">
              <UrnList urns={g.properties?.mlModelLineageInfo?.trainingJobs ?? []} empty="No training runs are linked to this group." />
            </Section>
          </div>
        </div>
      ) : null}
      {g && tab === "models" ? <ModelsTab urn={urn} /> : null}
      {g && tab === "lineage" ? <LineageTab urn={urn} /> : null}
      {g && tab === "history" ? <HistoryTab /> : null}
    </EntityShell>
  );
}

function ModelsTab({ urn }: { urn: string }) {
  const { data, loading, error } = useQuery(GroupModels, { variables: { urn } });
  const [sort, setSort] = useState<{ key: string; desc: boolean }>({ key: "version", desc: true });
  const models = useMemo(
    () =>
      (data?.mlModelGroup?.relationships?.relationships ?? []).flatMap((r) =>
        r.entity?.__typename === "MLModel" ? [r.entity] : [],
      ),
    [data],
  );
  const metricNames = useMemo(() => [...new Set(models.flatMap((m) => (m.properties?.trainingMetrics ?? []).map((t) => t?.name ?? "")).filter(Boolean))].slice(0, 8), [models]);
  const value = (m: (typeof models)[number], key: string): string | number => {
    if (key === "version") return m.versionProperties?.version.versionTag ?? m.properties?.version ?? "";
    if (key === "created") return m.properties?.created?.time ?? 0;
    if (key === "name") return m.name;
    const v = m.properties?.trainingMetrics?.find((t) => t?.name === key)?.value;
    const n = Number(v);
    return v == null ? Number.NEGATIVE_INFINITY : Number.isFinite(n) ? n : v;
  };
  const sorted = [...models].sort((a, b) => {
    const x = value(a, sort.key);
    const y = value(b, sort.key);
    const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true });
    return sort.desc ? -c : c;
  });
  if (loading && !data) return <Skeleton lines={5} label="Loading versions" />;
  if (error) return <ErrorMessage error={error} what="The group's models" />;
  if (models.length === 0)
    return <EmptyState title="No model versions in this group yet">A model joins a group when its mlModelProperties.groups lists the group's URN.</EmptyState>;
  const header = (key: string, label: string) => (
    <th scope="col" className="py-2 pr-4 font-medium" aria-sort={sort.key === key ? (sort.desc ? "descending" : "ascending") : "none"}>
      <button type="button" className="hover:underline" onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : true })}>
        {label}
        {sort.key === key ? (sort.desc ? " ↓" : " ↑") : ""}
      </button>
    </th>
  );
  return (
    <Section title={`Versions (${models.length})`}>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Model versions with their training metrics</caption>
          <thead className="text-xs text-slate-600 dark:text-slate-400">
            <tr>
              {header("version", "Version")}
              {header("name", "Model")}
              <th scope="col" className="py-2 pr-4 font-medium">Aliases</th>
              {metricNames.map((m) => header(m, m))}
              {header("created", "Created")}
              <th scope="col" className="py-2 font-medium">Source run</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((m) => (
              <tr key={m.urn} className="border-t border-slate-100 dark:border-slate-800">
                <td className="py-2 pr-4 font-mono">{m.versionProperties?.version.versionTag ?? m.properties?.version ?? "—"}</td>
                <td className="max-w-64 py-2 pr-4">
                  <EntityLink urn={m.urn} kind="mlModel" name={m.name} className="block truncate" />
                </td>
                <td className="py-2 pr-4">
                  <span className="flex flex-wrap gap-1">
                    {(m.versionProperties?.aliases ?? []).map((a) => (
                      <Badge key={a.versionTag} tone={a.versionTag === "champion" ? "good" : "brand"}>
                        {a.versionTag}
                      </Badge>
                    ))}
                    {m.versionProperties?.isLatest ? <Badge>latest</Badge> : null}
                  </span>
                </td>
                {metricNames.map((n) => (
                  <td key={n} className="py-2 pr-4 font-mono tabular-nums">
                    {m.properties?.trainingMetrics?.find((t) => t?.name === n)?.value ?? "—"}
                  </td>
                ))}
                <td className="whitespace-nowrap py-2 pr-4">{formatTime(m.properties?.created?.time)}</td>
                <td className="max-w-48 py-2">
                  {(m.properties?.mlModelLineageInfo?.trainingJobs ?? []).slice(0, 1).map((r) => (
                    <EntityLink key={r} urn={r} kind="run" name={r.replace(/^urn:li:dataProcessInstance:/, "")} className="block truncate" />
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
