import { useEffect } from "react";
import { useNavigate } from "@tanstack/react-router";
import { EmptyState } from "../components/states";
import { urls, type SearchParams } from "../lib/urls";
import { SearchView, searchPageLink } from "./search-view";

/** /search: full-text results with facets (type, platform, tag, glossary term, owner) and paging, all in the URL. */
export function SearchPage({ params }: { params: SearchParams }) {
  const navigate = useNavigate();
  useEffect(() => {
    document.title = params.q ? `“${params.q}” · Search · Orrery` : "Search · Orrery";
  }, [params.q]);
  return (
    <SearchView
      params={params}
      link={searchPageLink}
      go={(target) => void navigate(urls.search(target))}
      heading={
        <h1 className="mb-1 truncate text-xl font-semibold" title={params.q}>
          {params.q ? <>Results for “{params.q}”</> : "All assets"}
        </h1>
      }
      empty={() => (
        <EmptyState title={params.q ? `Nothing matches “${params.q}”` : "Nothing matches these filters"}>
          {params.q && !/[\p{L}\p{N}]/u.test(params.q) ? "This search has no word in it, only punctuation, so it finds nothing. " : null}Try fewer or shorter
          words, or remove a filter. Names, descriptions, tags, glossary terms, owners, platforms and custom properties are searched; a word matches words that
          start with it.
        </EmptyState>
      )}
    />
  );
}
