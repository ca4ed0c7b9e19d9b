/**
 * Resolvers of training runs (DataHub's data process instances: their properties, events and
 * parent job) with Orrery's extensions: a run's metric history, description, owners, tags and
 * terms, and `Container.orreryRuns` (an experiment's runs filtered, ordered and paged in MLflow's
 * syntax, over all of them). The syntax and its evaluation are common/run-filter.ts; a run's facts
 * come from its aspects by server/model/run-facts.ts. Here: the arguments, and reading the runs in a
 * fixed number of statements whatever their number (kept for the next request while the catalog is
 * unchanged).
 */
import { GraphQLError } from "graphql";
import type { Context } from "./context";
import { badInput, checked } from "./context";
import type { ContainerResolvers, OrreryRunSearchInput, Resolvers } from "./generated/resolvers-types";
import { aspect, auditStamp, auditStampOrEpoch, customProperties, params, ref, strings, withUrn } from "./entities";
import { commonFields } from "./fields";
import { aspectValue } from "../model/aspects/index";
import { countArg, pageArgs, PAGE_RULES } from "../model/paging";
import { EDITABLE_ASPECT, ingestedDescription } from "../model/derive";
import { displayNameFromUrn } from "../model/urn";
import { Budget, FilterTooCostly, matchesRun, parseOrderBy, parseRunFilter, sortRuns, summarizeKeys, type FilterError } from "../../common/run-filter";
import { RUN_FACT_ASPECTS, runFacts } from "../model/run-facts";

/** Most runs one experiment may have for `orreryRuns` to read them all. */
export const MAX_RUNS_SEARCHED = 50_000;
const RESULTS = ["SUCCESS", "FAILURE", "SKIPPED", "UP_FOR_RETRY", "RUNNING"];

function filterError(argument: string, e: FilterError): GraphQLError {
  return new GraphQLError(`${argument}: ${e.message} (at character ${e.at + 1})`, {
    extensions: { code: "BAD_USER_INPUT", argument, position: e.at, length: e.length, reason: e.message },
  });
}

function searchArgs(input: OrreryRunSearchInput | null | undefined) {
  const i = input ?? {};
  const { start, count } = checked(() => pageArgs(i.start, i.count, PAGE_RULES.orreryRuns));
  const filter = typeof i.filter === "string" ? parseRunFilter(i.filter) : ({ ok: true, clauses: [], plain: false } as const);
  if (!filter.ok) throw filterError("filter", filter.error);
  const order = parseOrderBy((i.orderBy ?? []).map(String).join(", "));
  if (!order.ok) throw filterError("orderBy", order.error);
  if (i.result != null && !RESULTS.includes(i.result)) throw badInput(`result must be one of ${RESULTS.join(", ")}, got ${JSON.stringify(i.result)}`);
  return { start, count, clauses: filter.clauses, order: order.keys, result: i.result ?? null };
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
    const actor = aspectValue(a, "dataProcessInstanceProperties")?.created?.actor;
    if (typeof actor === "string" && actor.startsWith("urn:li:platformResource:")) resources.add(actor);
  }
  const userNames = new Map<string, string>();
  if (resources.size)
    for (const [u, a] of ctx.store.getCurrentAspects([...resources], ["platformResourceInfo"])) {
      const key = aspectValue(a, "platformResourceInfo")?.primaryKey;
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

/** `Container.orreryRuns`: an experiment's runs that match, a page of them in the order asked, and the keys its runs have. */
export const orreryRuns: ContainerResolvers["orreryRuns"] = (p, args, ctx) => {
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
};

const { urn, type, exists, status, subTypes, dataPlatformInstance, platform, container, parentContainers, relationships, lineage } = commonFields;

export const runResolvers = {
  DataProcessInstance: {
    urn,
    type,
    exists,
    status,
    subTypes,
    dataPlatformInstance,
    platform,
    container,
    parentContainers,
    relationships,
    lineage,
    name: async (p, _, ctx) => (await aspect(ctx, p.urn, "dataProcessInstanceProperties"))?.name ?? null,
    created: async (p, _, ctx) => auditStamp((await aspect(ctx, p.urn, "dataProcessInstanceProperties"))?.created),
    externalUrl: async (p, _, ctx) =>
      (await aspect(ctx, p.urn, "dataProcessInstanceProperties"))?.externalUrl ?? (await aspect(ctx, p.urn, "mlTrainingRunProperties"))?.externalUrl ?? null,
    properties: async (p, _, ctx) => withUrn(p.urn, await aspect(ctx, p.urn, "dataProcessInstanceProperties")),
    mlTrainingRunProperties: async (p, _, ctx) => withUrn(p.urn, await aspect(ctx, p.urn, "mlTrainingRunProperties")),
    state: async (p, args, ctx) => {
      const { startTimeMillis: from, endTimeMillis: to } = args;
      let events = await ctx.loaders.runEvents.load(p.urn);
      if (from != null) events = events.filter((e) => e.timestampMillis >= from);
      if (to != null) events = events.filter((e) => e.timestampMillis <= to);
      const limit = checked(() => countArg(args.limit, PAGE_RULES.runEvents, "limit"));
      return events.slice(0, limit).map(({ timestampMillis, value: v }) => ({
        status: v.status ?? null,
        attempt: v.attempt ?? null,
        result: v.result ? { resultType: v.result.type ?? null, nativeResultType: v.result.nativeResultType ?? null } : null,
        timestampMillis,
        durationMillis: v.durationMillis ?? null,
      }));
    },
    parentTemplate: async (p, _, ctx) => ref((await aspect(ctx, p.urn, "dataProcessInstanceRelationships"))?.parentTemplate),
    /** Orrery extension: a run's metric history, read only when asked for (one statement for all runs asked). */
    orreryMetricHistory: async (p, args, ctx) => {
      const names = args.names ? [...new Set(args.names)].sort() : null;
      const metrics = await ctx.loaders.metricHistory.load({ urn: p.urn, names });
      if (!metrics) return null;
      return metrics.map((m) => ({
        name: m.name,
        points: (m.points ?? []).map((pt) => ({ step: pt.step ?? null, timestampMillis: pt.timestampMillis ?? null, value: pt.value })),
        totalPoints: m.totalPoints ?? m.points?.length ?? 0,
      }));
    },
    orreryDescription: async (p, _, ctx) => {
      const edited = await aspect(ctx, p.urn, EDITABLE_ASPECT.dataProcessInstance);
      if (typeof edited?.description === "string") return edited.description;
      return ingestedDescription("dataProcessInstance", await aspect(ctx, p.urn, "dataProcessInstanceProperties")) || null;
    },
    orreryOwnership: commonFields.ownership,
    orreryTags: commonFields.tags,
    orreryGlossaryTerms: commonFields.glossaryTerms,
  },
  DataProcessInstanceProperties: {
    name: (v) => v.name ?? displayNameFromUrn(v.__urn),
    externalUrl: (v) => v.externalUrl ?? null,
    created: (v) => auditStampOrEpoch(v.created),
    customProperties: (v) => customProperties(v.__urn, v.customProperties),
  },
  MLTrainingRunProperties: {
    id: (v) => v.id ?? null,
    outputUrls: (v) => strings(v.outputUrls),
    hyperParams: (v) => params(v.hyperParams),
    trainingMetrics: (v) => params(v.trainingMetrics),
  },
} satisfies Resolvers;
