/**
 * DataHub's `browseV2`: the groups one entry below a browse path (containers, pipelines, model
 * groups, plain folder names), each with how many entities it holds under the filters given (a
 * platform, kinds). The entities themselves are listed by search with the `browsePathV2` filter, as
 * DataHub's browse sidebar does; the paths are those of server/model/browse-path.ts. `searchFlags`
 * has no effect here.
 */
import { badInput, checked } from "./context";
import type { QueryResolvers } from "./generated/resolvers-types";
import { ref } from "./entities";
import { typesArg } from "./search";
import { filterBranches, refuseView } from "./search-input";
import { pageArgs, PAGE_RULES } from "../model/paging";
import { BROWSE_DELIMITER, MAX_BROWSE_DEPTH } from "../model/browse-path";

const MAX_ENTRY = 2000;

export const browseQueryResolvers = {
  browseV2: (_, { input }, ctx) => {
    const { start, count } = checked(() => pageArgs(input.start, input.count, PAGE_RULES.browse));
    refuseView(input.viewUrn);
    const query = input.query?.trim() ?? "";
    if (query !== "" && query !== "*") throw badInput("browseV2 takes no search text here: search with the browsePathV2 filter to find text under a path");
    const path = input.path ?? [];
    if (path.length > MAX_BROWSE_DEPTH) throw badInput(`path must have at most ${MAX_BROWSE_DEPTH} entries`);
    for (const p of path) {
      if (p === "" || p.length > MAX_ENTRY) throw badInput(`a path entry must be 1 to ${MAX_ENTRY} characters`);
      if (p.includes(BROWSE_DELIMITER)) throw badInput(`a path entry must not contain the delimiter ${BROWSE_DELIMITER}: give each entry on its own`);
    }
    const where = filterBranches(null, input.orFilters);
    const types = typesArg(input.types?.length ? input.types : input.type ? [input.type] : null);
    const result = checked(() => ctx.store.browse({ path, types, where, start, count }));
    return {
      groups: result.groups.map((g) => ({ name: g.name, count: g.count, hasSubGroups: g.hasSubGroups, entity: ref(g.name) })),
      start,
      count: result.groups.length,
      total: result.total,
      metadata: { path: [...path], totalNumEntities: result.totalNumEntities },
    };
  },
} satisfies QueryResolvers;
