import { lazy, Suspense } from "react";
import { createFileRoute } from "@tanstack/react-router";
import { parseCompareSearch, type CompareSearch } from "../lib/urls";
import { Skeleton } from "../components/states";

const ComparePage = lazy(() => import("../compare/compare-page").then((m) => ({ default: m.ComparePage })));

/** /compare?run=…&run=…: training runs side by side (parameters, metrics, charts), in the order picked. */
export const Route = createFileRoute("/compare")({
  validateSearch: parseCompareSearch,
  component: CompareRoute,
});

function CompareRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const update = (patch: Partial<CompareSearch>) =>
    void navigate({
      search: (prev) => Object.fromEntries(Object.entries({ ...prev, ...patch }).filter(([, v]) => v !== undefined && v !== "" && v !== false)) as typeof prev,
      replace: true,
      resetScroll: false,
    });
  return (
    <Suspense fallback={<Skeleton lines={10} label="Loading the comparison" />}>
      <ComparePage search={search} update={update} />
    </Suspense>
  );
}
