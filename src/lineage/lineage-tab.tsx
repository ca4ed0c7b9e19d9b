import { lazy, Suspense, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql";
import type { LineageListsQuery } from "../gql/graphql";
import { Card } from "../components/card";
import { EmptyNote, ErrorMessage, Skeleton } from "../components/states";
import { KINDS, kindOfEntityType, type Kind } from "../lib/kinds";
import { EntityListRow } from "../entities/shared/list-item";
import { useExtensions } from "../lib/extensions";
import { useTabSearch } from "../entities/shared/tab-search";
import { useLineageGraph } from "./use-lineage-graph";
import type { LineageSearch } from "../lib/urls";
import { relation } from "./relations";

const loadExplorer = () => import("./explorer");
const LineageExplorer = lazy(() => loadExplorer().then((m) => ({ default: m.LineageExplorer })));

const LineageListsQuery = graphql(`
  query LineageLists($urn: String!, $upCount: Int!, $downCount: Int!) {
    entity(urn: $urn) {
      urn
      ... on EntityWithRelationships {
        upstream: lineage(input: { direction: UPSTREAM, start: 0, count: $upCount }) {
          total
          relationships { type entity { urn type ...EntityListItem } }
        }
        downstream: lineage(input: { direction: DOWNSTREAM, start: 0, count: $downCount }) {
          total
          relationships { type entity { urn type ...EntityListItem } }
        }
      }
    }
  }
`);

/** How the listed asset relates to the page's asset, by edge name and direction. */
const RELATION: Record<string, { up: string; down: string }> = {
  TrainedBy: { up: "trained it", down: "trained by this" },
  MemberOf: { up: "member", down: "member of" },
  DataProcessInstanceConsumes: { up: "input", down: "reads this" },
  DataProcessInstanceProduces: { up: "produced this", down: "output" },
  DownstreamOf: { up: "upstream", down: "derived from this" },
  DerivedFrom: { up: "source", down: "derived from this" },
  Consumes: { up: "input", down: "uses this" },
  Produces: { up: "produced this", down: "output" },
  InstanceOf: { up: "job it runs", down: "run of this" },
  UsedBy: { up: "used by", down: "uses" },
  Contains: { up: "part of this", down: "contains this" },
  KeyedBy: { up: "key of this", down: "keyed by this" },
};

/** The words for a relationship without its own: read from the listed asset to this one. */
const relationWords = (type: string, dir: Direction) =>
  RELATION[type]?.[dir === "upstream" ? "up" : "down"] ?? `${relation(type)[dir === "upstream" ? "forward" : "backward"]} this`;

const PAGE = 50;

type Direction = "upstream" | "downstream";

/**
 * The Lineage tab: the interactive graph (where the server offers Orrery's `lineageGraph`
 * extension) above one hop of lineage each way as lists, which are also what a plain DataHub serves.
 */
export function LineageTab({ urn, kindLabel }: { urn: string; kindLabel: string }) {
  const ext = useExtensions();
  const { search, update } = useTabSearch();
  return (
    <div className="space-y-6">
      {ext.loading ? (
        <Skeleton lines={8} label="Loading the lineage graph" />
      ) : ext.has("lineageGraph") ? (
        <section aria-label="Lineage graph">
          <TabGraph urn={urn} search={search} update={update} />
        </section>
      ) : null}
      <LineageLists urn={urn} kindLabel={kindLabel} />
    </div>
  );
}

function TabGraph({ urn, search, update }: { urn: string; search: LineageSearch; update: (patch: Partial<LineageSearch>, replace?: boolean) => void }) {
  // The graph request and the graph code download in parallel.
  void loadExplorer();
  const state = useLineageGraph(urn, search);
  return (
    <Suspense fallback={<Skeleton lines={8} label="Loading the lineage graph" />}>
      <LineageExplorer urn={urn} state={state} search={search} update={update} variant="tab" />
    </Suspense>
  );
}

/** One hop of lineage each way, grouped by kind. */
function LineageLists({ urn, kindLabel }: { urn: string; kindLabel: string }) {
  const [counts, setCounts] = useState({ upstream: PAGE, downstream: PAGE });
  const { data, previousData, loading, error } = useQuery(LineageListsQuery, { variables: { urn, upCount: counts.upstream, downCount: counts.downstream } });
  const shown = data ?? previousData;
  if (loading && !shown) return <Skeleton lines={6} label="Loading lineage" />;
  if (error && !shown) return <ErrorMessage error={error} what="Lineage" />;
  const e = shown?.entity;
  if (!e || !("upstream" in e)) return <EmptyNote>Lineage is not tracked for this kind of asset.</EmptyNote>;
  return (
    <div className="space-y-3">
      <ErrorMessage error={error} what="Part of the lineage" />
      <p className="text-sm text-slate-600 dark:text-slate-400">
        What this {kindLabel.toLowerCase()} comes from and what depends on it, one step each way. Open any asset to follow the path further.
      </p>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {(["upstream", "downstream"] as const).map((dir) => (
          <Direction key={dir} dir={dir} result={e[dir]} loadingMore={loading} onMore={() => setCounts((c) => ({ ...c, [dir]: c[dir] + PAGE }))} />
        ))}
      </div>
    </div>
  );
}

type LineageEntity = NonNullable<LineageListsQuery["entity"]>;
type LineageResult = Extract<LineageEntity, { upstream?: unknown }>["upstream"];

function Direction({
  dir,
  result,
  onMore,
  loadingMore,
}: {
  dir: Direction;
  result: LineageResult | null | undefined;
  onMore: () => void;
  loadingMore: boolean;
}) {
  const rels = (result?.relationships ?? []).filter((r) => r.entity);
  const total = result?.total ?? rels.length;
  const groups = new Map<string, typeof rels>();
  for (const r of rels) {
    const k = kindOfEntityType(r.entity!.type);
    const label = k ? KINDS[k as Kind].plural : r.entity!.type;
    groups.set(label, [...(groups.get(label) ?? []), r]);
  }
  return (
    <Card title={`${dir === "upstream" ? "Upstream" : "Downstream"} (${total.toLocaleString("en-US")})`}>
      {rels.length === 0 ? (
        <EmptyNote>
          {dir === "upstream"
            ? "Nothing feeds this asset as far as the catalog knows. Inputs appear when a run's input datasets, a model's training runs or a dataset's upstreams are ingested."
            : "Nothing downstream uses this asset yet."}
        </EmptyNote>
      ) : (
        <div className="space-y-4">
          {[...groups.entries()].map(([label, items]) => (
            <section key={label} aria-label={`${label} ${dir}`}>
              <h3 className="text-xs font-medium text-slate-600 dark:text-slate-400">
                {label} ({items.length})
              </h3>
              <ul className="divide-y divide-slate-100 dark:divide-slate-800">
                {items.map((r) => (
                  <li key={`${r.type}:${r.entity!.urn}`}>
                    <EntityListRow entity={r.entity!} aside={relationWords(r.type, dir)} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {rels.length < total ? (
            <button
              type="button"
              onClick={onMore}
              disabled={loadingMore}
              className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
            >
              {loadingMore ? "Loading…" : `Show ${Math.min(PAGE, total - rels.length)} more of ${(total - rels.length).toLocaleString("en-US")}`}
            </button>
          ) : null}
        </div>
      )}
    </Card>
  );
}
