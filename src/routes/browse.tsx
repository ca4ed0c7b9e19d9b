import { lazy, Suspense } from "react";
import { createFileRoute } from "@tanstack/react-router";
import { parseBrowseSearch, type BrowseSearch } from "../lib/urls";
import { Skeleton } from "../components/states";

const BrowsePage = lazy(() => import("../search/browse-page").then((m) => ({ default: m.BrowsePage })));

/** /browse?platform=…&path=…: the catalog by platform, then experiment, project or folder. */
export const Route = createFileRoute("/browse")({
  validateSearch: parseBrowseSearch,
  component: BrowseRoute,
});

function BrowseRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  const go = (target: BrowseSearch) =>
    void navigate({ search: Object.fromEntries(Object.entries(target).filter(([, v]) => v !== undefined && v !== "")) as BrowseSearch, resetScroll: false });
  return (
    <Suspense fallback={<Skeleton lines={8} label="Loading the browse view" />}>
      <BrowsePage search={search} go={go} />
    </Suspense>
  );
}
