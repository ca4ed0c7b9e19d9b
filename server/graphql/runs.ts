/**
 * Orrery's extensions for training runs: `Container.orreryRuns` (an experiment's runs filtered,
 * ordered and paged in MLflow's syntax, over all of them) and a run's description, owners, tags and
 * terms. The syntax and its evaluation are common/run-filter.ts; a run's facts come from its
 * aspects by server/model/run-facts.ts. Here: the arguments, and reading the runs in a fixed number
 * of statements whatever their number (kept for the next request while the catalog is unchanged).
 */
import { GraphQLError } from "graphql";
import type { Context } from "./context";
import { badInput, checked } from "./context";
import { pageArgs, PAGE_RULES } from "../model/paging";
import { aspect, commonFields, type Ref } from "./entities";
import { EDITABLE_ASPECT, ingestedDescription } from "../model/derive";
import { Budget, FilterTooCostly, matchesRun, parseOrderBy, parseRunFilter, sortRuns, summarizeKeys, type FilterError } from "../../common/run-filter";
import { RUN_FACT_ASPECTS, runFacts } from "../model/run-facts";

type A = Record<string, any>;

/** Most runs one experiment may have for `orreryRuns` to read them all. */
export const MAX_RUNS_SEARCHED = 50_000;
const RESULTS = ["SUCCESS", "FAILURE", "SKIPPED", "UP_FOR_RETRY", "RUNNING"];

function filterError(argument: string, e: FilterError): GraphQLError {
  return new GraphQLError(`${argument}: ${e.message} (at character ${e.at + 1})`, {
    extensions: { code: "BAD_USER_INPUT", argument, position: e.at, length: e.length, reason: e.message },
  });
}

function searchArgs(input: A | null | undefined) {
  const i = input ?? {};
  const { start, count } = checked(() => pageArgs(i.start, i.count, PAGE_RULES.orreryRuns));
  const filter = typeof i.filter === "string" ? parseRunFilter(i.filter) : ({ ok: true, clauses: [], plain: false } as const);
  if (!filter.ok) throw filterError("filter", filter.error);
  const orderList: unknown[] = i.orderBy == null ? [] : Array.isArray(i.orderBy) ? i.orderBy : [i.orderBy];
  const order = parseOrderBy(orderList.map(String).join(", "));
  if (!order.ok) throw filterError("orderBy", order.error);
  if (i.result != null && !RESULTS.includes(i.result)) throw badInput(`result must be one of ${RESULTS.join(", ")}, got ${JSON.stringify(i.result)}`);
  return { start, count, clauses: filter.clauses, order: order.keys, result: (i.result as string | undefined) ?? null };
}

/** The training runs of a container that are not soft-deleted, in urn order. */
function runsOf(ctx: Context, container: string): string[] {
  const members = ctx.store
    .getEdges([container], "INCOMING", ["IsPartOf"])
    .map((e) => e.src)
    .filter((u) => u.startsWith("urn:li:dataProcessInstance:"));
  const live = ctx.store.existing([...new Set(members)]);
  return [...live].sort();
}

type Run = { urn: string; facts: ReturnType<typeof runFacts> };
interface Experiment {
  stamp: string;
  runs: Run[];
  keys: ReturnType<typeof summarizeKeys>;
}

/**
 * Experiments read lately, per store, while the catalog has not changed since: paging, sorting and
 * refining a filter over thousands of runs then costs no reading. Small experiments are read afresh.
 */
const recent = new WeakMap<object, Map<string, Experiment>>();
const CACHED_EXPERIMENTS = 4;
const CACHE_FROM_RUNS = 500;

/** Every run of an experiment with its facts, read in four statements whatever their number. */
function readExperiment(ctx: Context, container: string): Experiment {
  const stamp = ctx.store.changeStamp();
  let cache = recent.get(ctx.store);
  if (!cache) recent.set(ctx.store, (cache = new Map()));
  const hit = cache.get(container);
  if (hit?.stamp === stamp) {
    // Most recently used last.
    cache.delete(container);
    cache.set(container, hit);
    return hit;
  }
  const urns = runsOf(ctx, container);
  if (urns.length > MAX_RUNS_SEARCHED)
    throw badInput(
      `this container has ${urns.length.toLocaleString("en-US")} runs; orreryRuns searches experiments of at most ${MAX_RUNS_SEARCHED.toLocaleString("en-US")}`,
    );
  // Their aspects, their events, their creators' names.
  const aspects = ctx.store.getCurrentAspects(urns, RUN_FACT_ASPECTS);
  const events = ctx.store.getTimeseries(urns, "dataProcessInstanceRunEvent", { limit: 5 });
  const resources = new Set<string>();
  for (const a of aspects.values()) {
    const actor = (a.get("dataProcessInstanceProperties") as A | undefined)?.created?.actor;
    if (typeof actor === "string" && actor.startsWith("urn:li:platformResource:")) resources.add(actor);
  }
  const userNames = new Map<string, string>();
  if (resources.size)
    for (const [u, a] of ctx.store.getCurrentAspects([...resources], ["platformResourceInfo"])) {
      const key = (a.get("platformResourceInfo") as A | undefined)?.primaryKey;
      if (typeof key === "string" && key) userNames.set(u, key);
    }
  const runs = urns.map((urn) => ({ urn, facts: runFacts(urn, aspects.get(urn) ?? new Map(), events.get(urn) ?? [], userNames) }));
  const experiment = { stamp, runs, keys: summarizeKeys(runs.map((r) => r.facts)) };
  cache.delete(container);
  if (runs.length >= CACHE_FROM_RUNS) {
    cache.set(container, experiment);
    for (const k of cache.keys()) if (cache.size > CACHED_EXPERIMENTS) cache.delete(k);
  }
  return experiment;
}

export const runResolvers = {
  Container: {
    orreryRuns: (p: Ref, args: { input?: A | null }, ctx: Context) => {
      const { start, count, clauses, order, result } = searchArgs(args.input);
      const { runs, keys } = readExperiment(ctx, p.urn);
      const budget = new Budget();
      let matching: typeof runs;
      try {
        matching = runs.filter((r) => (!result || r.facts.result === result) && matchesRun(clauses, r.facts, budget));
      } catch (e) {
        if (e instanceof FilterTooCostly) throw badInput(`filter: ${e.message}`);
        throw e;
      }
      const page = sortRuns(matching, order).slice(start, start + count);
      return {
        start,
        count: page.length,
        total: matching.length,
        runsInExperiment: runs.length,
        runs: page.map((r) => ({ urn: r.urn })),
        keys: keys.map((k) => ({ ...k, kind: k.kind === "metric" ? "METRIC" : "PARAM" })),
      };
    },
  },
  DataProcessInstance: {
    orreryDescription: async (p: Ref, _: unknown, ctx: Context) => {
      const edited = await aspect(ctx, p.urn, EDITABLE_ASPECT.dataProcessInstance!);
      if (typeof edited?.description === "string") return edited.description;
      return ingestedDescription("dataProcessInstance", await aspect(ctx, p.urn, "dataProcessInstanceProperties")) || null;
    },
    orreryOwnership: commonFields.ownership,
    orreryTags: commonFields.tags,
    orreryGlossaryTerms: commonFields.glossaryTerms,
  },
};
