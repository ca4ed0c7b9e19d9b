import { useEffect } from "react";
import { Link } from "@tanstack/react-router";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql";
import { BROWSABLE_KINDS, KINDS, kindOfEntityType } from "../lib/kinds";
import { urls } from "../lib/urls";
import { EntityListRow } from "../entities/shared/list-item";
import { Card } from "../components/card";
import { KindIcon } from "../components/icons";
import { EmptyState, ErrorMessage, Skeleton } from "../components/states";

const HomeQuery = graphql(`
  query Home {
    getEntityCounts(input: { types: [MLMODEL_GROUP, MLMODEL, CONTAINER, DATA_PROCESS_INSTANCE, DATASET, MLFEATURE, MLFEATURE_TABLE, DATA_FLOW, DATA_JOB] }) {
      counts { entityType count }
    }
    searchAcrossEntities(input: { query: "*", start: 0, count: 12, types: [MLMODEL_GROUP, MLMODEL, CONTAINER, DATA_PROCESS_INSTANCE, DATASET, MLFEATURE, MLFEATURE_TABLE] }) {
      total
      searchResults { entity { urn ...EntityListItem } }
    }
  }
`);

/** Counts per kind, and the most recently changed assets. */
export function HomePage() {
  const { data, loading, error } = useQuery(HomeQuery);
  useEffect(() => {
    document.title = "Orrery";
  }, []);
  const counts = new Map((data?.getEntityCounts?.counts ?? []).map((c) => [kindOfEntityType(c.entityType), c.count]));
  const recent = data?.searchAcrossEntities?.searchResults ?? [];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">ML assets</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Model groups, models, experiments, training runs, datasets and features, and how they connect. Press{" "}
          <kbd className="rounded border border-slate-300 px-1 font-mono text-xs dark:border-slate-600">/</kbd> to search.
        </p>
      </div>
      <ErrorMessage error={error} what="The catalog overview" />
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4 xl:grid-cols-7" aria-label="Assets per kind">
        {BROWSABLE_KINDS.map((k) => {
          const n = counts.get(k);
          return (
            <li key={k}>
              <Link
                {...urls.search({ type: [KINDS[k].entityType] })}
                className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 hover:border-indigo-400 hover:shadow-sm dark:border-slate-800 dark:bg-slate-900 dark:hover:border-indigo-500"
              >
                <KindIcon kind={k} />
                <span className="text-2xl font-semibold tabular-nums">
                  {n != null ? (
                    n.toLocaleString("en-US")
                  ) : loading ? (
                    <span className="inline-block h-7 w-12 animate-pulse rounded bg-slate-200 align-middle dark:bg-slate-800" aria-label="Loading" />
                  ) : (
                    "—"
                  )}
                </span>
                <span className="text-xs text-slate-600 dark:text-slate-400">{KINDS[k].plural}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      <Card
        title="Recently changed"
        actions={
          <Link {...urls.search()} className="text-xs text-indigo-700 hover:underline dark:text-indigo-300">
            Browse everything →
          </Link>
        }
      >
        {loading && !data ? (
          <Skeleton lines={6} label="Loading recent changes" />
        ) : recent.length === 0 ? (
          <EmptyState title="The catalog is empty">
            Send metadata with <code>npx orrery ingest FILE</code>, or point DataHub's Python emitter at this server.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {recent.map((r) => (
              <li key={r.entity.urn}>
                <EntityListRow entity={r.entity} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
