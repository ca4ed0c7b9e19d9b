import { lazy, Suspense } from "react";
import { createFileRoute, Link } from "@tanstack/react-router";
import { parseLineageRouteSearch, urls, type LineageSearch } from "../lib/urls";
import { EmptyState, Skeleton } from "../components/states";

const LineageExplorer = lazy(() => import("../lineage/explorer").then((m) => ({ default: m.LineageExplorer })));

/** /lineage?urn=…: the lineage explorer on the whole screen, every view state in the URL. */
export const Route = createFileRoute("/lineage")({
  validateSearch: parseLineageRouteSearch,
  component: LineageRoute,
});

function LineageRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  if (!search.urn)
    return (
      <EmptyState heading="h1" title="Which asset's lineage?">
        Open an asset's Lineage tab, or{" "}
        <Link {...urls.search()} className="text-indigo-700 underline dark:text-indigo-300">
          find one
        </Link>{" "}
        first.
      </EmptyState>
    );
  const update = (patch: Partial<LineageSearch>, replace = false) =>
    void navigate({
      search: (prev) => Object.fromEntries(Object.entries({ ...prev, ...patch }).filter(([, v]) => v !== undefined && v !== "")) as typeof prev,
      replace,
      resetScroll: false,
    });
  return (
    <Suspense fallback={<Skeleton lines={8} label="Loading the lineage graph" />}>
      <LineageExplorer key={search.urn} urn={search.urn} search={search} update={update} variant="fullscreen" />
    </Suspense>
  );
}
