import { lazy, Suspense } from "react";
import { createFileRoute, Link } from "@tanstack/react-router";
import { parseLineageRouteSearch, urls, type LineageSearch } from "../lib/urls";
import { EmptyState, Skeleton } from "../components/states";
import { useLineageGraph } from "../lineage/use-lineage-graph";
import { useExtensions } from "../lib/extensions";
import { kindOfUrn } from "../lib/kinds";
import { ExperimentLineageGraph } from "../lineage/experiment-lineage";

const loadExplorer = () => import("../lineage/explorer");
const LineageExplorer = lazy(() => loadExplorer().then((m) => ({ default: m.LineageExplorer })));

/** /lineage?urn=…: the lineage explorer on the whole screen, every view state in the URL. */
export const Route = createFileRoute("/lineage")({
  validateSearch: parseLineageRouteSearch,
  component: LineageRoute,
});

function LineageRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  if (!search.urn) return <NoFocus />;
  const update = (patch: Partial<LineageSearch>, replace = false) =>
    void navigate({
      search: (prev) => Object.fromEntries(Object.entries({ ...prev, ...patch }).filter(([, v]) => v !== undefined && v !== "")) as typeof prev,
      replace,
      resetScroll: false,
    });
  return <GraphOrFallback key={search.urn} urn={search.urn} search={search} update={update} />;
}

/** The graph needs Orrery's `lineageGraph` extension; a plain DataHub upstream gets a pointer to the lists. */
function GraphOrFallback(props: { urn: string; search: LineageSearch; update: (patch: Partial<LineageSearch>, replace?: boolean) => void }) {
  const ext = useExtensions();
  // An experiment's graph is its runs' lineage, which DataHub's own fields give.
  if (kindOfUrn(props.urn) === "experiment") return <ExperimentLineageGraph {...props} variant="fullscreen" />;
  if (ext.loading) return <Skeleton lines={8} label="Loading the lineage graph" />;
  if (!ext.has("lineageGraph"))
    return (
      <EmptyState heading="h1" title="This server does not offer the lineage graph">
        The catalog behind Orrery does not implement the graph query. Each asset's Lineage tab still lists its lineage one step each way;{" "}
        <Link {...urls.search({ q: props.urn })} className="text-indigo-700 underline dark:text-indigo-300">
          find this asset
        </Link>{" "}
        and open that tab.
      </EmptyState>
    );
  return <FocusedLineage {...props} />;
}

function FocusedLineage({ urn, search, update }: { urn: string; search: LineageSearch; update: (patch: Partial<LineageSearch>, replace?: boolean) => void }) {
  // The graph request and the graph code download in parallel.
  void loadExplorer();
  const state = useLineageGraph(urn, search);
  return (
    <Suspense fallback={<Skeleton lines={8} label="Loading the lineage graph" />}>
      <LineageExplorer urn={urn} state={state} search={search} update={update} variant="fullscreen" />
    </Suspense>
  );
}

function NoFocus() {
  return (
    <EmptyState heading="h1" title="Which asset's lineage?">
      Open an asset's Lineage tab, or{" "}
      <Link {...urls.search()} className="text-indigo-700 underline dark:text-indigo-300">
        find one
      </Link>{" "}
      first.
    </EmptyState>
  );
}
