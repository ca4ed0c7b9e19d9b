/**
 * The searches the search benchmarks measure, by class, as DataHub's search input: bench:api's 16
 * words and their 3-letter prefixes, the web app's search page with a kind filter and with a
 * platform or tag filter (facet counts with a filter on are where estimates used to show), and
 * listings (`*`) with those filters. Filter values are the catalog's most common ones.
 */
import type { SearchInput } from "../server/graphql/search";

export const WORDS = [
  "churn",
  "fraud",
  "forecast",
  "customer",
  "events",
  "xgb",
  "daily",
  "embedding",
  "ranking",
  "price",
  "accuracy",
  "learning_rate",
  "production",
  "clicks",
  "session",
  "revenue",
];

/** The most common values of the filtered fields (from the `*` search's facets), most common first. */
export interface CommonValues {
  types: string[];
  platforms: string[];
  tags: string[];
}

const and = (...criteria: Array<{ field: string; values: string[] }>) => [{ and: criteria }];

export function searchCases(common: CommonValues): Record<string, SearchInput[]> {
  const need = (list: string[], what: string) => {
    if (list.length < 2) throw new Error(`the catalog has fewer than 2 ${what} values to filter on`);
    return list.slice(0, 3);
  };
  const types = need(common.types, "_entityType");
  const platforms = need(common.platforms, "platform");
  const tags = need(common.tags, "tags");
  const some = WORDS.filter((_, i) => i % 2 === 0);
  return {
    word: WORDS.map((query) => ({ query, start: 0, count: 10 })),
    prefix: WORDS.map((w) => ({ query: w.slice(0, 3), start: 0, count: 10 })),
    "word+type": some.map((query, i) => ({ query, start: 0, count: 20, orFilters: and({ field: "_entityType", values: [types[i % types.length]] }) })),
    "word+platform|tag": some.map((query, i) =>
      i % 2 === 0
        ? { query, start: 0, count: 20, orFilters: and({ field: "platform", values: [platforms[i % platforms.length]] }) }
        : { query, start: 0, count: 20, orFilters: and({ field: "tags", values: [tags[i % tags.length]] }) },
    ),
    "prefix+type+platform": some.map((w, i) => ({
      query: w.slice(0, 3),
      start: 0,
      count: 20,
      orFilters: and({ field: "_entityType", values: [types[i % types.length]] }, { field: "platform", values: [platforms[i % platforms.length]] }),
    })),
    "all (*)": [{ query: "*", start: 0, count: 20 }],
    "listing+type": types.map((t) => ({ query: "*", start: 0, count: 20, orFilters: and({ field: "_entityType", values: [t] }) })),
    "listing+platform|tag": [
      ...platforms.map((p) => ({ query: "*", start: 0, count: 20, orFilters: and({ field: "platform", values: [p] }) })),
      ...tags.map((t) => ({ query: "*", start: 0, count: 20, orFilters: and({ field: "tags", values: [t] }) })),
    ],
  };
}
