import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { Card } from "../../components/card";
import { EmptyState, ErrorMessage, Skeleton } from "../../components/states";
import { VersionsTable } from "../shared/versions-table";
import { useTabSearch } from "../shared/tab-search";

const GroupModelsQuery = graphql(`
  query ModelGroupModels($urn: String!) {
    mlModelGroup(urn: $urn) {
      urn
      versions: relationships(input: { types: ["MemberOf"], direction: INCOMING, start: 0, count: 500 }) {
        total
        relationships { entity { urn ...ModelVersionRow } }
      }
    }
  }
`);

/** The group's versions: alias badges, training metrics as sortable columns, created, source run. */
export function GroupModelsTab({ urn }: { urn: string }) {
  const { data, loading, error } = useQuery(GroupModelsQuery, { variables: { urn } });
  const { sort, setSort } = useTabSearch();
  if (loading && !data) return <Skeleton lines={5} label="Loading versions" />;
  if (error && !data) return <ErrorMessage error={error} what="The group's models" />;
  const rel = data?.mlModelGroup?.versions;
  const models = (rel?.relationships ?? []).flatMap((r) => (r.entity?.__typename === "MLModel" ? [r.entity] : []));
  if (models.length === 0) {
    return (
      <EmptyState title="No model versions in this group yet">
        A model version joins this group when its <code>mlModelProperties.groups</code> lists the group's URN, as MLflow and SageMaker ingestion do for
        registered model versions.
      </EmptyState>
    );
  }
  const total = rel?.total ?? models.length;
  return (
    <Card title={`Versions (${total.toLocaleString("en-US")})`}>
      <VersionsTable models={models} sort={sort} onSort={setSort} caption="Model versions with their aliases and training metrics" />
      {total > models.length ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">Showing the first {models.length.toLocaleString("en-US")} versions.</p>
      ) : null}
    </Card>
  );
}
