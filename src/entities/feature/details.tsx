import { Link } from "@tanstack/react-router";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { EntityLink } from "../../components/entity-link";
import { EmptyNote } from "../../components/states";
import { useExtensions } from "../../lib/extensions";
import { urls } from "../../lib/urls";

/** Asked only of a server that offers the `mlFeatureDetails` extension. */
const FeatureDetailsQuery = graphql(`
  query FeatureDetails($urn: String!) {
    mlFeature(urn: $urn) {
      urn
      orreryDetails {
        featureAlgorithm
        sourceColumns { column dataType description datasetUrn dataset { urn name } fieldPath }
      }
    }
  }
`);

/** The feature's algorithm and source columns, or null (no extension on the server, still loading, or none recorded). */
export function useFeatureDetails(urn: string) {
  const ext = useExtensions();
  const enabled = !ext.loading && ext.has("mlFeatureDetails");
  const { data } = useQuery(FeatureDetailsQuery, { variables: { urn }, skip: !enabled });
  return enabled ? (data?.mlFeature?.orreryDetails ?? null) : null;
}

type Columns = NonNullable<ReturnType<typeof useFeatureDetails>>["sourceColumns"];

/**
 * Source columns: the column (a link to the dataset's Schema tab, filtered to that field, when the
 * dataset's schema has it), its type and its dataset.
 */
export function SourceColumns({ columns }: { columns: Columns }) {
  if (columns.length === 0) return <EmptyNote>No source columns recorded.</EmptyNote>;
  return (
    <table className="w-full table-fixed text-left text-sm">
      <caption className="sr-only">Source columns</caption>
      <thead className="text-xs text-slate-600 dark:text-slate-400">
        <tr>
          <th scope="col" className="w-[30%] py-1 pr-2 font-medium">
            Column
          </th>
          <th scope="col" className="w-[16%] py-1 pr-2 font-medium">
            Type
          </th>
          <th scope="col" className="py-1 font-medium">
            Dataset
          </th>
        </tr>
      </thead>
      <tbody>
        {columns.map((c, i) => (
          <tr key={`${i}:${c.datasetUrn ?? ""}:${c.column ?? ""}`} className="border-t border-slate-100 align-top dark:border-slate-800">
            <td className="truncate py-1.5 pr-2 font-mono text-xs" title={c.description ? `${c.column ?? ""}: ${c.description}` : (c.column ?? undefined)}>
              {c.column && c.dataset && c.fieldPath ? (
                <Link
                  {...urls.entity("dataset", c.dataset.urn, "schema", { q: c.fieldPath })}
                  className="text-indigo-700 hover:underline dark:text-indigo-300"
                  title={`${c.column} in the schema of ${c.dataset.name}`}
                >
                  {c.column}
                </Link>
              ) : (
                (c.column ?? "—")
              )}
            </td>
            <td className="truncate py-1.5 pr-2 text-xs">{c.dataType ?? "—"}</td>
            <td className="truncate py-1.5 text-xs">
              {c.dataset ? (
                <EntityLink urn={c.dataset.urn} kind="dataset" name={c.dataset.name} />
              ) : c.datasetUrn ? (
                <span title={c.datasetUrn}>{c.datasetUrn} (not in the catalog)</span>
              ) : (
                "—"
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
