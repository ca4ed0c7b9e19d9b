import { createFileRoute } from "@tanstack/react-router";
import { parseSearchParams } from "../lib/urls";
import { SearchPage } from "../search/search-page";

export const Route = createFileRoute("/search")({
  validateSearch: parseSearchParams,
  component: function SearchRoute() {
    return <SearchPage params={Route.useSearch()} />;
  },
});
