import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { EntityShell } from "../shared/shell";
import { AboutSection, CustomProperties, HeaderMeta, LineageTab } from "../shared/common";
import { Facts, Section } from "../../components/section";
import { platformLabel } from "../../lib/format";
import { EntityLink } from "../../components/entity-link";
import { Badge } from "../../components/badges";
import { EmptyState } from "../../components/states";

const FeaturePage = graphql(`
  query FeaturePage($urn: String!) {
    mlFeature(urn: $urn) {
      urn
      name
      featureNamespace
      dataType
      properties { description dataType version { versionTag } sources { urn name } customProperties { key value } }
      editableProperties { description }
      tags { tags { tag { urn name } } }
      glossaryTerms { terms { term { urn name } } }
      ownership { owners { type owner { ... on CorpUser { urn username properties { displayName } } ... on CorpGroup { urn name } } } }
    }
  }
`);

const PrimaryKeyPage = graphql(`
  query PrimaryKeyPage($urn: String!) {
    mlPrimaryKey(urn: $urn) {
      urn
      name
      featureNamespace
      dataType
      properties { description dataType sources { urn name } customProperties { key value } }
      editableProperties { description }
      tags { tags { tag { urn name } } }
      glossaryTerms { terms { term { urn name } } }
      ownership { owners { type owner { ... on CorpUser { urn username properties { displayName } } ... on CorpGroup { urn name } } } }
    }
  }
`);

const FeatureTablePage = graphql(`
  query FeatureTablePage($urn: String!) {
    mlFeatureTable(urn: $urn) {
      urn
      name
      platform { name properties { displayName } }
      properties { description customProperties { key value } mlFeatures { urn name dataType } mlPrimaryKeys { urn name dataType } }
      editableProperties { description }
      tags { tags { tag { urn name } } }
      glossaryTerms { terms { term { urn name } } }
      ownership { owners { type owner { ... on CorpUser { urn username properties { displayName } } ... on CorpGroup { urn name } } } }
    }
  }
`);

function Sources({ sources }: { sources: Array<{ urn: string; name: string } | null> | null | undefined }) {
  const list = (sources ?? []).flatMap((s) => (s ? [s] : []));
  if (list.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No source datasets recorded (properties.sources).</p>;
  return (
    <ul className="space-y-1 text-sm">
      {list.map((s) => (
        <li key={s.urn}>
          <EntityLink urn={s.urn} kind="dataset" name={s.name} />
        </li>
      ))}
    </ul>
  );
}

export function FeaturePageView({ urn, tab }: { urn: string; tab: string }) {
  const { data, loading, error } = useQuery(FeaturePage, { variables: { urn } });
  const f = data?.mlFeature;
  return (
    <EntityShell
      kind="feature"
      urn={urn}
      tab={tab}
      loading={loading}
      error={error}
      found={!!f}
      name={f?.name}
      breadcrumb={f ? ["Features", f.featureNamespace] : undefined}
      meta={f ? <>{f.dataType ? <Badge tone="brand">{f.dataType.toLowerCase()}</Badge> : null}<HeaderMeta meta={f} /></> : null}
    >
      {f && tab === "summary" ? (
        <div className="grid grid-cols-[2fr_1fr] gap-4">
          <div className="space-y-4">
            <AboutSection description={f.properties?.description} edited={f.editableProperties?.description} meta={f} />
            <CustomProperties entries={f.properties?.customProperties} />
          </div>
          <div className="space-y-4">
            <Section title="Details">
              <Facts rows={[["Data type", f.dataType ?? "—"], ["Namespace", f.featureNamespace], ["Version", f.properties?.version?.versionTag ?? "—"]]} />
            </Section>
            <Section title="Sources">
              <Sources sources={f.properties?.sources} />
            </Section>
          </div>
        </div>
      ) : null}
      {f && tab === "lineage" ? <LineageTab urn={urn} /> : null}
    </EntityShell>
  );
}

export function PrimaryKeyPageView({ urn, tab }: { urn: string; tab: string }) {
  const { data, loading, error } = useQuery(PrimaryKeyPage, { variables: { urn } });
  const f = data?.mlPrimaryKey;
  return (
    <EntityShell kind="primaryKey" urn={urn} tab={tab} loading={loading} error={error} found={!!f} name={f?.name} breadcrumb={f ? ["Primary keys", f.featureNamespace] : undefined} meta={f ? <HeaderMeta meta={f} /> : null}>
      {f && tab === "summary" ? (
        <div className="grid grid-cols-[2fr_1fr] gap-4">
          <AboutSection description={f.properties?.description} edited={f.editableProperties?.description} meta={f} />
          <Section title="Sources">
            <Sources sources={f.properties?.sources} />
          </Section>
        </div>
      ) : null}
      {f && tab === "lineage" ? <LineageTab urn={urn} /> : null}
    </EntityShell>
  );
}

export function FeatureTablePageView({ urn, tab }: { urn: string; tab: string }) {
  const { data, loading, error } = useQuery(FeatureTablePage, { variables: { urn } });
  const t = data?.mlFeatureTable;
  const features = (t?.properties?.mlFeatures ?? []).flatMap((x) => (x ? [x] : []));
  const keys = (t?.properties?.mlPrimaryKeys ?? []).flatMap((x) => (x ? [x] : []));
  return (
    <EntityShell
      kind="featureTable"
      urn={urn}
      tab={tab}
      loading={loading}
      error={error}
      found={!!t}
      name={t?.name}
      platform={t ? platformLabel(t.platform) : null}
      breadcrumb={t ? [platformLabel(t.platform), "Feature tables"] : undefined}
      meta={t ? <HeaderMeta meta={t} /> : null}
    >
      {t && tab === "summary" ? (
        <div className="grid grid-cols-[2fr_1fr] gap-4">
          <div className="space-y-4">
            <AboutSection description={t.properties?.description} edited={t.editableProperties?.description} meta={t} />
            <CustomProperties entries={t.properties?.customProperties} />
          </div>
          <Section title="Details">
            <Facts rows={[["Features", String(features.length)], ["Primary keys", String(keys.length)], ["Platform", platformLabel(t.platform)]]} />
          </Section>
        </div>
      ) : null}
      {t && tab === "features" ? (
        features.length + keys.length === 0 ? (
          <EmptyState title="No features in this table">They appear when mlFeatureTableProperties lists mlFeatures and mlPrimaryKeys.</EmptyState>
        ) : (
          <Section title={`Features (${features.length}) and primary keys (${keys.length})`}>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Features and primary keys</caption>
              <thead className="text-xs text-slate-600 dark:text-slate-400">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-medium">Name</th>
                  <th scope="col" className="py-2 pr-4 font-medium">Role</th>
                  <th scope="col" className="py-2 font-medium">Data type</th>
                </tr>
              </thead>
              <tbody>
                {keys.map((k) => (
                  <tr key={k.urn} className="border-t border-slate-100 dark:border-slate-800">
                    <td className="py-1.5 pr-4"><EntityLink urn={k.urn} kind="primaryKey" name={k.name} /></td>
                    <td className="py-1.5 pr-4"><Badge tone="warn">primary key</Badge></td>
                    <td className="py-1.5 text-xs">{k.dataType?.toLowerCase() ?? "—"}</td>
                  </tr>
                ))}
                {features.map((x) => (
                  <tr key={x.urn} className="border-t border-slate-100 dark:border-slate-800">
                    <td className="py-1.5 pr-4"><EntityLink urn={x.urn} kind="feature" name={x.name} /></td>
                    <td className="py-1.5 pr-4"><Badge>feature</Badge></td>
                    <td className="py-1.5 text-xs">{x.dataType?.toLowerCase() ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
        )
      ) : null}
      {t && tab === "lineage" ? <LineageTab urn={urn} /> : null}
    </EntityShell>
  );
}
