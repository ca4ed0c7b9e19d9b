import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { EntityShell } from "../shared/shell";
import { AboutSection, CustomProperties, HeaderMeta, HistoryTab, LineageTab } from "../shared/common";
import { Facts, Section } from "../../components/section";
import { platformLabel } from "../../lib/format";
import { EmptyState } from "../../components/states";
import { Highlight } from "../../components/highlight";

const DatasetPage = graphql(`
  query DatasetPage($urn: String!) {
    dataset(urn: $urn) {
      urn
      name
      platform { name properties { displayName } }
      subTypes { typeNames }
      properties { name qualifiedName description externalUrl customProperties { key value } }
      editableProperties { description }
      schemaMetadata { name version fields { fieldPath type nativeDataType description nullable isPartOfKey } }
      editableSchemaMetadata { editableSchemaFieldInfo { fieldPath description } }
      tags { tags { tag { urn name } } }
      glossaryTerms { terms { term { urn name } } }
      ownership { owners { type owner { ... on CorpUser { urn username properties { displayName } } ... on CorpGroup { urn name } } } }
    }
  }
`);

export function DatasetPageView({ urn, tab }: { urn: string; tab: string }) {
  const { data, loading, error } = useQuery(DatasetPage, { variables: { urn } });
  const d = data?.dataset;
  const [filter, setFilter] = useState("");
  const fields = d?.schemaMetadata?.fields ?? [];
  const edited = new Map((d?.editableSchemaMetadata?.editableSchemaFieldInfo ?? []).map((f) => [f.fieldPath, f.description]));
  const f = filter.trim().toLowerCase();
  const shown = fields.filter((x) => !f || x.fieldPath.toLowerCase().includes(f) || (x.description ?? "").toLowerCase().includes(f));
  return (
    <EntityShell
      kind="dataset"
      urn={urn}
      tab={tab}
      loading={loading}
      error={error}
      found={!!d}
      name={d?.properties?.name || d?.name}
      platform={d ? platformLabel(d.platform) : null}
      externalUrl={d?.properties?.externalUrl}
      breadcrumb={d ? [platformLabel(d.platform), d.name] : undefined}
      meta={d ? <HeaderMeta meta={d} /> : null}
    >
      {d && tab === "summary" ? (
        <div className="grid grid-cols-[2fr_1fr] gap-4">
          <div className="space-y-4">
            <AboutSection description={d.properties?.description} edited={d.editableProperties?.description} meta={d} />
            <CustomProperties entries={d.properties?.customProperties} />
          </div>
          <Section title="Details">
            <Facts
              rows={[
                ["Table", d.name],
                ["Qualified name", d.properties?.qualifiedName ?? "—"],
                ["Platform", platformLabel(d.platform)],
                ["Fields", String(fields.length)],
              ]}
            />
          </Section>
        </div>
      ) : null}
      {d && tab === "schema" ? (
        fields.length === 0 ? (
          <EmptyState title="No schema recorded">A schema appears when the dataset's schemaMetadata aspect is ingested.</EmptyState>
        ) : (
          <Section title={`Schema (${fields.length} fields)`}>
            <input
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              placeholder="Find a field"
              aria-label="Find a field"
              className="mb-3 w-64 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
            />
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Schema fields</caption>
              <thead className="text-xs text-slate-600 dark:text-slate-400">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-medium">Field</th>
                  <th scope="col" className="py-2 pr-4 font-medium">Type</th>
                  <th scope="col" className="py-2 pr-4 font-medium">Native type</th>
                  <th scope="col" className="py-2 font-medium">Description</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((x) => (
                  <tr key={x.fieldPath} className="border-t border-slate-100 dark:border-slate-800">
                    <td className="py-1.5 pr-4 font-mono text-xs">
                      <Highlight text={x.fieldPath} query={filter} />
                      {x.isPartOfKey ? <span className="ml-1 text-amber-700 dark:text-amber-300" title="part of the key">⚿</span> : null}
                    </td>
                    <td className="py-1.5 pr-4 text-xs">{x.type.toLowerCase()}</td>
                    <td className="py-1.5 pr-4 font-mono text-xs">{x.nativeDataType ?? "—"}</td>
                    <td className="py-1.5 text-xs">{edited.get(x.fieldPath) ?? x.description ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {shown.length === 0 ? <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">No field matches “{filter}”.</p> : null}
          </Section>
        )
      ) : null}
      {d && tab === "lineage" ? <LineageTab urn={urn} /> : null}
      {d && tab === "history" ? <HistoryTab /> : null}
    </EntityShell>
  );
}
