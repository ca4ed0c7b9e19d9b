import { createFileRoute, Link } from "@tanstack/react-router";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql";
import { KINDS, kindOfEntityType } from "../lib/kinds";
import { EntityListRow } from "../entities/list-item";
import { EmptyState, ErrorMessage, Skeleton } from "../components/states";
import { Section } from "../components/section";

export const Route = createFileRoute("/")({ component: Home });

const HomeQuery = graphql(`
  query Home {
    getEntityCounts(input: { types: [MLMODEL_GROUP, MLMODEL, CONTAINER, DATA_PROCESS_INSTANCE, DATASET, MLFEATURE, MLFEATURE_TABLE] }) {
      counts { entityType count }
    }
    searchAcrossEntities(input: { query: "*", start: 0, count: 12, types: [MLMODEL_GROUP, MLMODEL, CONTAINER, DATA_PROCESS_INSTANCE, DATASET, MLFEATURE] }) {
      total
      searchResults { entity { urn ...EntityListItem } }
    }
  }
`);

function Home() {
  const { data, loading, error } = useQuery(HomeQuery);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">ML assets</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">Model groups, models, experiments, training runs, datasets and features, and how they connect.</p>
      </div>
      <ErrorMessage error={error} what="The catalog overview" />
      <ul className="grid grid-cols-4 gap-3 xl:grid-cols-7" aria-label="Assets per kind">
        {(data?.getEntityCounts?.counts ?? []).map((c) => {
          const kind = kindOfEntityType(c.entityType);
          if (!kind) return null;
          return (
            <li key={c.entityType}>
              <Link
                to="/search"
                search={{ q: "", type: [c.entityType] }}
                className="block rounded-lg border border-slate-200 bg-white p-3 hover:border-indigo-400 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-indigo-500"
              >
                <span className="block text-2xl font-semibold tabular-nums">{c.count.toLocaleString("en-US")}</span>
                <span className="text-xs text-slate-600 dark:text-slate-400">{KINDS[kind].plural}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      <Section title="Recently changed">
        {loading && !data ? (
          <Skeleton lines={6} />
        ) : (data?.searchAcrossEntities?.searchResults.length ?? 0) === 0 ? (
          <EmptyState title="The catalog is empty">
            Send metadata with <code>npx orrery ingest FILE</code> or DataHub's Python emitter pointed at this server.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {data?.searchAcrossEntities?.searchResults.map((r) => (
              <li key={r.entity.urn}>
                <EntityListRow entity={r.entity} />
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
