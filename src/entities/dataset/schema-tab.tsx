import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { Card } from "../../components/card";
import { DataTable, sortRows, type Column } from "../../components/data-table";
import { EmptyState, ErrorMessage, Skeleton } from "../../components/states";
import { Highlight } from "../../components/highlight";
import { useFilterText, useTabSearch } from "../shared/tab-search";

const DatasetSchemaQuery = graphql(`
  query DatasetSchema($urn: String!) {
    dataset(urn: $urn) {
      urn
      schemaMetadata { name version fields { fieldPath type nativeDataType description nullable isPartOfKey } }
      editableSchemaMetadata { editableSchemaFieldInfo { fieldPath description } }
    }
  }
`);

type Field = { path: string; type: string; native: string | null; description: string | null; nullable: boolean; key: boolean };

/** Fields, types and descriptions, with a search within the fields (kept in the URL). */
export function DatasetSchemaTab({ urn }: { urn: string }) {
  const { data, loading, error } = useQuery(DatasetSchemaQuery, { variables: { urn } });
  const { search, update, sort, setSort } = useTabSearch();
  const [text, setText] = useFilterText(search.q, (q) => update({ q }, true));
  if (loading && !data) return <Skeleton lines={8} label="Loading schema" />;
  if (error && !data) return <ErrorMessage error={error} what="The schema" />;
  const d = data?.dataset;
  const edited = new Map((d?.editableSchemaMetadata?.editableSchemaFieldInfo ?? []).map((f) => [f.fieldPath, f.description]));
  const fields: Field[] = (d?.schemaMetadata?.fields ?? []).map((x) => ({
    path: x.fieldPath,
    type: x.type.toLowerCase(),
    native: x.nativeDataType ?? null,
    description: edited.get(x.fieldPath) || x.description || null,
    nullable: x.nullable,
    key: !!x.isPartOfKey,
  }));
  if (fields.length === 0) {
    return (
      <EmptyState title="No schema recorded">
        A schema appears when the dataset's <code>schemaMetadata</code> aspect is ingested, as warehouse and lake connectors do.
      </EmptyState>
    );
  }
  const q = (search.q ?? "").trim().toLowerCase();
  const shown = fields.filter(
    (x) => !q || x.path.toLowerCase().includes(q) || (x.description ?? "").toLowerCase().includes(q) || (x.native ?? "").toLowerCase().includes(q),
  );
  const columns: Array<Column<Field>> = [
    {
      id: "field",
      header: "Field",
      sortValue: (x) => x.path,
      className: "font-mono text-xs",
      cell: (x) => (
        <span className="inline-flex items-center gap-1.5">
          <span className="break-all">
            <Highlight text={x.path} query={search.q} />
          </span>
          {x.key ? (
            <span className="rounded bg-amber-100 px-1 text-[0.7rem] font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100" title="Part of the key">
              key
            </span>
          ) : null}
        </span>
      ),
    },
    { id: "type", header: "Type", sortValue: (x) => x.type, className: "text-xs", cell: (x) => x.type },
    { id: "native", header: "Native type", sortValue: (x) => x.native, className: "font-mono text-xs", cell: (x) => x.native ?? "—" },
    { id: "nullable", header: "Nullable", className: "text-xs", cell: (x) => (x.nullable ? "yes" : "no") },
    {
      id: "description",
      header: "Description",
      className: "text-xs text-slate-700 dark:text-slate-300",
      cell: (x) => (x.description ? <Highlight text={x.description} query={search.q} /> : <span className="text-slate-400 dark:text-slate-500">—</span>),
    },
  ];
  return (
    <Card title={`Schema (${fields.length} ${fields.length === 1 ? "field" : "fields"})`}>
      <div className="mb-3 flex items-center gap-3">
        <input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Find a field"
          aria-label="Find a field"
          className="w-full rounded-md border sm:w-64 border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-950"
        />
        {q ? (
          <span className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
            {shown.length} of {fields.length}
          </span>
        ) : null}
      </div>
      {shown.length ? (
        <DataTable caption="Schema fields" columns={columns} rows={sortRows(shown, columns, sort)} rowKey={(x) => x.path} sort={sort} onSort={setSort} />
      ) : (
        <p className="py-4 text-sm text-slate-600 dark:text-slate-400">No field matches “{search.q}”.</p>
      )}
    </Card>
  );
}
