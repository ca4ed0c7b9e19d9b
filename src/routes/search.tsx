import { createFileRoute } from "@tanstack/react-router";
import { SearchParams } from "../search/params";
import { SearchPage } from "../search/search-page";

export const Route = createFileRoute("/search")({
  validateSearch: (search) => SearchParams.parse(search),
  component: function SearchRoute() {
    const params = Route.useSearch();
    return <SearchPage params={params} />;
  },
});
