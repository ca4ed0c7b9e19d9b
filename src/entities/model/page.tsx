import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { EntityShell } from "../shared/shell";
import { AboutSection, CustomProperties, HeaderMeta, HistoryTab, LineageTab, UrnList } from "../shared/common";
import { ParamsTable } from "../shared/metrics-table";
import { Facts, Section } from "../../components/section";
import { formatTime, platformLabel } from "../../lib/format";
import { EntityLink } from "../../components/entity-link";
import { Badge } from "../../components/badges";
import { EmptyState, ErrorMessage, Skeleton } from "../../components/states";
import { EntityListRow } from "../list-item";

const ModelPage = graphql(`
  query ModelPage($urn: String!) {
    mlModel(urn: $urn) {
      urn
      name
      platform { name properties { displayName } }
      versionProperties { version { versionTag } aliases { versionTag } isLatest }
      properties {
        name
        description
        version
        type
        created { time actor }
        lastModified { time }
        externalUrl
        customProperties { key value }
        hyperParams { name value description }
        trainingMetrics { name value description }
        mlFeatures
        groups { urn name }
        mlModelLineageInfo { trainingJobs downstreamJobs }
      }
      editableProperties { description }
      tags { tags { tag { urn name } } }
      glossaryTerms { terms { term { urn name } } }
      ownership { owners { type owner { ... on CorpUser { urn username properties { displayName } } ... on CorpGroup { urn name } } } }
    }
  }
`);

const ModelGroups = graphql(`
  query ModelGroups($urn: String!) {
    mlModel(urn: $urn) {
      urn
      properties {
        groups {
          urn
          name
          properties { description }
          relationships(input: { types: ["MemberOf"], direction: INCOMING, start: 0, count: 100 }) {
            total
            relationships {
              entity { urn ... on MLModel { name versionProperties { version { versionTag } aliases { versionTag } } } }
            }
          }
        }
      }
    }
  }
`);

const FeatureEntities = graphql(`
  query ModelFeatures($urns: [String!]!) {
    entities(urns: $urns) { urn ...EntityListItem }
  }
`);

export function ModelVersionPage({ urn, tab }: { urn: string; tab: string }) {
  const { data, loading, error } = useQuery(ModelPage, { variables: { urn } });
  const m = data?.mlModel;
  const version = m?.versionProperties?.version.versionTag ?? m?.properties?.version;
  const group = m?.properties?.groups?.[0];
  return (
    <EntityShell
      kind="mlModel"
      urn={urn}
      tab={tab}
      loading={loading}
      error={error}
      found={!!m}
      name={m?.properties?.name || m?.name}
      platform={m ? platformLabel(m.platform) : null}
      externalUrl={m?.properties?.externalUrl}
      breadcrumb={m ? [platformLabel(m.platform), group ? <EntityLink key="g" urn={group.urn} kind="mlModelGroup" name={group.name} /> : "Models"] : undefined}
      meta={
        m ? (
          <>
            {version ? <Badge tone="brand">version {version}</Badge> : null}
            {(m.versionProperties?.aliases ?? []).map((a) => (
              <Badge key={a.versionTag} tone={a.versionTag === "champion" ? "good" : "warn"}>
                {a.versionTag}
              </Badge>
            ))}
            <HeaderMeta meta={m} />
          </>
        ) : null
      }
    >
      {m && tab === "summary" ? (
        <div className="grid grid-cols-[2fr_1fr] gap-4">
          <div className="space-y-4">
            <AboutSection description={m.properties?.description} edited={m.editableProperties?.description} meta={m} />
            <div className="grid grid-cols-2 gap-4">
              <Section title="Hyper-parameters">
                <ParamsTable caption="Hyper-parameters" params={m.properties?.hyperParams} empty="None recorded (mlModelProperties.hyperParams)." />
              </Section>
              <Section title="Training metrics">
                <ParamsTable caption="Training metrics" params={m.properties?.trainingMetrics} empty="None recorded (mlModelProperties.trainingMetrics)." />
              </Section>
            </div>
            <CustomProperties entries={m.properties?.customProperties} />
          </div>
          <div className="space-y-4">
            <Section title="Details">
              <Facts
                rows={[
                  ["Version", version ?? "—"],
                  ["Aliases", (m.versionProperties?.aliases ?? []).map((a) => a.versionTag).join(", ") || "—"],
                  ["Type", m.properties?.type ?? "—"],
                  ["Created", formatTime(m.properties?.created?.time)],
                  ["Modified", formatTime(m.properties?.lastModified?.time)],
                ]}
              />
            </Section>
            <Section title="Source training run">
              <UrnList urns={m.properties?.mlModelLineageInfo?.trainingJobs ?? []} empty="No training run is linked (mlModelProperties.trainingJobs)." />
            </Section>
            <Section title="Deployed to / used by">
              <UrnList urns={m.properties?.mlModelLineageInfo?.downstreamJobs ?? []} empty="No deployments or downstream jobs recorded." />
            </Section>
          </div>
        </div>
      ) : null}
      {m && tab === "group" ? <GroupTab urn={urn} /> : null}
      {m && tab === "features" ? <FeaturesTab urns={m.properties?.mlFeatures ?? []} /> : null}
      {m && tab === "lineage" ? <LineageTab urn={urn} /> : null}
      {m && tab === "history" ? <HistoryTab /> : null}
    </EntityShell>
  );
}

function GroupTab({ urn }: { urn: string }) {
  const { data, loading, error } = useQuery(ModelGroups, { variables: { urn } });
  if (loading && !data) return <Skeleton lines={4} label="Loading groups" />;
  if (error) return <ErrorMessage error={error} what="The model's groups" />;
  const groups = (data?.mlModel?.properties?.groups ?? []).flatMap((g) => (g ? [g] : []));
  if (groups.length === 0) return <EmptyState title="This model is not in a group">It joins one when mlModelProperties.groups lists a model group URN.</EmptyState>;
  return (
    <div className="space-y-4">
      {groups.map((g) => (
        <Section key={g.urn} title="Model group">
          <EntityLink urn={g.urn} kind="mlModelGroup" name={g.name} className="text-lg font-medium" />
          {g.properties?.description ? <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{g.properties.description}</p> : null}
          <h3 className="mt-4 mb-1 text-xs font-semibold uppercase text-slate-600 dark:text-slate-400">Versions in this group ({g.relationships?.total ?? 0})</h3>
          <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
            {(g.relationships?.relationships ?? []).map((r) =>
              r.entity?.__typename === "MLModel" ? (
                <li key={r.entity.urn} className="flex items-center gap-3 py-1.5">
                  <span className="w-16 font-mono">{r.entity.versionProperties?.version.versionTag ?? "—"}</span>
                  <EntityLink urn={r.entity.urn} kind="mlModel" name={r.entity.name} className={r.entity.urn === urn ? "font-semibold" : ""} />
                  {r.entity.urn === urn ? <span className="text-xs text-slate-500">(this model)</span> : null}
                  {(r.entity.versionProperties?.aliases ?? []).map((a) => (
                    <Badge key={a.versionTag} tone={a.versionTag === "champion" ? "good" : "warn"}>
                      {a.versionTag}
                    </Badge>
                  ))}
                </li>
              ) : null,
            )}
          </ul>
        </Section>
      ))}
    </div>
  );
}

function FeaturesTab({ urns }: { urns: string[] }) {
  const { data, loading, error } = useQuery(FeatureEntities, { variables: { urns }, skip: urns.length === 0 });
  if (urns.length === 0) return <EmptyState title="No features recorded for this model">Features appear when mlModelProperties.mlFeatures lists feature URNs.</EmptyState>;
  if (loading && !data) return <Skeleton lines={4} label="Loading features" />;
  if (error) return <ErrorMessage error={error} what="Features" />;
  return (
    <Section title={`Features (${urns.length})`}>
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">
        {(data?.entities ?? []).map((e, i) => (e ? <li key={e.urn}><EntityListRow entity={e} /></li> : <li key={urns[i]} className="py-2 text-sm text-slate-500">{urns[i]} (not in the catalog)</li>))}
      </ul>
    </Section>
  );
}
