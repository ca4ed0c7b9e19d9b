/**
 * Resolvers for pipelines and their tasks: DataHub's `DataFlow` and `DataJob` types and their root
 * queries. A job's pipeline is named by its urn; its datasets in and out and its upstream jobs come
 * from `dataJobInputOutput` (the deprecated lists and the newer edges alike), and its runs are the
 * training runs and other process instances whose template it is (InstanceOf edges).
 */
import type { Context } from "./context";
import { checked } from "./context";
import { aspect, aspects, commonFields, customProperties, lookup, ref, type Ref } from "./entities";
import { displayNameFromUrn, parseUrn } from "../model/urn";
import { orchestratorOf } from "../model/derive";
import { pageArgs, pageOf, PAGE_RULES } from "../model/paging";

type A = Record<string, any>; // aspect JSON as stored (validated on the way in)
type P = A & { __urn: string };

const flowKey = (urn: string) => {
  const p = parseUrn(urn);
  return p.entityType === "dataFlow" ? p : null;
};
const jobKey = (urn: string) => {
  const p = parseUrn(urn);
  return p.entityType === "dataJob" ? p : null;
};

const propsOf = (name: string) => async (p: Ref, _: unknown, ctx: Context) => {
  const v = await aspect(ctx, p.urn, name);
  return v ? { ...v, __urn: p.urn } : null;
};

/** The urns of a list and its edges (`inputDatasets` and `inputDatasetEdges`), each once, in order. */
function urnsOf(list: unknown, edges: unknown): string[] {
  const out = Array.isArray(list) ? list.filter((u): u is string => typeof u === "string") : [];
  if (Array.isArray(edges)) for (const e of edges) if (typeof e?.destinationUrn === "string") out.push(e.destinationUrn);
  return [...new Set(out)];
}
const refsOf = (list: unknown, edges: unknown) => urnsOf(list, edges).flatMap((u) => (ref(u) ? [{ urn: u }] : []));

/** A pipeline's or a job's platform: the platform instance's, else the orchestrator the urn names. */
async function platformOf(p: Ref, _: unknown, ctx: Context) {
  const dpi = (await aspects(ctx, p.urn)).get("dataPlatformInstance") as A | undefined;
  return { urn: typeof dpi?.platform === "string" ? dpi.platform : (orchestratorOf(p.urn) ?? "urn:li:dataPlatform:unknown") };
}

const infoProperties = {
  name: (v: P) => v.name ?? displayNameFromUrn(v.__urn),
  description: (v: P) => v.description ?? null,
  externalUrl: (v: P) => v.externalUrl ?? null,
  customProperties: (v: P) => customProperties(v.__urn, v.customProperties),
};

export const jobQueryResolvers = {
  dataFlow: (_: unknown, args: { urn: string }, ctx: Context) => lookup(ctx, args.urn, "dataFlow"),
  dataJob: (_: unknown, args: { urn: string }, ctx: Context) => lookup(ctx, args.urn, "dataJob"),
};

export const jobResolvers = {
  DataFlow: {
    ...commonFields,
    orchestrator: (p: Ref) => flowKey(p.urn)?.orchestrator ?? "",
    flowId: (p: Ref) => flowKey(p.urn)?.flowId ?? "",
    cluster: (p: Ref) => flowKey(p.urn)?.cluster ?? "",
    platform: platformOf,
    properties: propsOf("dataFlowInfo"),
  },
  DataFlowProperties: { ...infoProperties, project: (v: P) => v.project ?? null },
  DataJob: {
    ...commonFields,
    jobId: (p: Ref) => jobKey(p.urn)?.jobId ?? "",
    dataFlow: (p: Ref) => ref(jobKey(p.urn)?.flow),
    properties: propsOf("dataJobInfo"),
    inputOutput: propsOf("dataJobInputOutput"),
    /** The job's runs, newest first (by their creation time, then urn). */
    runs: async (p: Ref, args: { start?: number | null; count?: number | null }, ctx: Context) => {
      const { start, count } = checked(() => pageArgs(args.start, args.count, PAGE_RULES.relationships));
      const urns = [...new Set((await ctx.loaders.incoming.load(p.urn)).filter((e) => e.type === "InstanceOf").map((e) => e.src))];
      const live = await ctx.loaders.exists.loadMany(urns);
      const runs = urns.filter((u, i) => live[i] === true && u.startsWith("urn:li:dataProcessInstance:"));
      const all = await ctx.loaders.aspects.loadMany(runs);
      const created = (i: number) => {
        const m = all[i];
        return m instanceof Map ? ((m.get("dataProcessInstanceProperties") as A | undefined)?.created?.time ?? 0) : 0;
      };
      const order = runs.map((urn, i) => ({ urn, at: created(i) })).sort((a, b) => b.at - a.at || (a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : 0));
      const pg = pageOf(order, { start, count });
      return { start: pg.start, count: pg.count, total: pg.total, runs: pg.items.map((r) => ({ urn: r.urn })) };
    },
  },
  DataJobProperties: infoProperties,
  DataJobInputOutput: {
    inputDatasets: (v: P) => refsOf(v.inputDatasets, v.inputDatasetEdges),
    outputDatasets: (v: P) => refsOf(v.outputDatasets, v.outputDatasetEdges),
    inputDatajobs: (v: P) => refsOf(v.inputDatajobs, v.inputDatajobEdges),
  },
};
