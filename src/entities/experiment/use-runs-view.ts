/** The runs tab's URL state (filter, sort, page, columns), read once for both ways of loading runs. */
import { useMemo } from "react";
import { parseRunFilter, type FilterParse } from "../../../common/run-filter";
import { useTabSearch } from "../shared/tab-search";

export function useRunsView() {
  const { search, update, sort, setSort } = useTabSearch();
  const filterText = search.filter ?? search.q;
  const parsed: FilterParse = useMemo(() => parseRunFilter(filterText ?? ""), [filterText]);
  return { search, update, sort, setSort, filterText, parsed };
}
