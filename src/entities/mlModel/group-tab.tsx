import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { Card } from "../../components/card";
import { EntityLink } from "../../components/entity-link";
import { EmptyState, ErrorMessage, Skeleton } from "../../components/states";
import { MarkdownView } from "../../components/markdown";
import { VersionsTable } from "../shared/versions-table";
import { useTabSearch } from "../shared/tab-search";

const ModelGroupsQuery = graphql(`
  query ModelGroups($urn: String!) {
    mlModel(urn: $urn) {
      urn
      properties {
        groups {
          urn
          name
          properties { name description }
          versions: relationships(input: { types: ["MemberOf"], direction: INCOMING, start: 0, count: 200 }) {
            total
            relationships { entity { urn ...ModelVersionRow } }
          }
        }
      }
    }
  }
`);

/** The groups this model version belongs to, each with its other versions. */
export function ModelGroupTab({ urn }: { urn: string }) {
  const { data, loading, error } = useQuery(ModelGroupsQuery, { variables: { urn } });
  const { sort, setSort } = useTabSearch();
  if (loading && !data) return <Skeleton lines={5} label="Loading groups" />;
  if (error && !data) return <ErrorMessage error={error} what="The model's groups" />;
  const groups = (data?.mlModel?.properties?.groups ?? []).flatMap((g) => (g ? [g] : []));
  if (groups.length === 0) {
    return (
      <EmptyState title="This model is not in a group">
        A model version joins a group (a registered model) when its registry records it as a version of that model.
      </EmptyState>
    );
  }
  return (
    <div className="space-y-4">
      {groups.map((g) => {
        const versions = (g.versions?.relationships ?? []).flatMap((r) => (r.entity?.__typename === "MLModel" ? [r.entity] : []));
        const name = g.properties?.name || g.name;
        return (
          <Card
            key={g.urn}
            title={`Model group · ${g.versions?.total ?? versions.length} ${(g.versions?.total ?? versions.length) === 1 ? "version" : "versions"}`}
          >
            <EntityLink urn={g.urn} kind="mlModelGroup" name={name} className="text-lg font-medium" />
            {g.properties?.description ? (
              <div className="mt-1 text-slate-700 dark:text-slate-300">
                <MarkdownView text={g.properties.description} />
              </div>
            ) : null}
            <div className="mt-4">
              <VersionsTable models={versions} current={urn} sort={sort} onSort={setSort} caption={`Versions in ${name}`} />
            </div>
          </Card>
        );
      })}
    </div>
  );
}
