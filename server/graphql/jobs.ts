/**
 * Resolvers for pipelines and their tasks: DataHub's `DataFlow` and `DataJob` types and their root
 * queries. A job's pipeline is named by its urn; its datasets in and out and its upstream jobs come
 * from `dataJobInputOutput` (the deprecated lists and the newer edges alike), and its runs are the
 * training runs and other process instances whose template it is (InstanceOf edges).
 */
import type { Context } from "./context";
import type { DataFlowPropertiesParent, DataJobInputOutputParent, DataJobPropertiesParent } from "./parents";
import { aspectValue } from "../model/aspects/index";
import { checked } from "./context";
import { aspect, aspects, customProperties, lookup, ref, withUrn } from "./entities";
import { commonFields } from "./fields";
import type { EntityRef as Ref } from "./parents";
import { displayNameFromUrn, parseUrn } from "../model/urn";
import { orchestratorOf } from "../model/derive";
import { pageArgs, pageOf, PAGE_RULES } from "../model/paging";

const flowKey = (urn: string) => {
  const p = parseUrn(urn);
  return p.entityType === "dataFlow" ? p : null;
};
const jobKey = (urn: string) => {
  const p = parseUrn(urn);
  return p.entityType === "dataJob" ? p : null;
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
  const dpi = aspectValue(await aspects(ctx, p.urn), "dataPlatformInstance");
  return { urn: typeof dpi?.platform === "string" ? dpi.platform : (orchestratorOf(p.urn) ?? "urn:li:dataPlatform:unknown") };
}

type InfoParent = DataFlowPropertiesParent | DataJobPropertiesParent;
const infoProperties = {
  name: (v: InfoParent) => v.name ?? displayNameFromUrn(v.__urn),
  description: (v: InfoParent) => v.description ?? null,
  externalUrl: (v: InfoParent) => v.externalUrl ?? null,
  customProperties: (v: InfoParent) => customProperties(v.__urn, v.customProperties),
};

export const jobQueryResolvers = {
  dataFlow: (_: unknown, args: { urn: string }, ctx: Context) => lookup(ctx, args.urn, "dataFlow"),
  dataJob: (_: unknown, args: { urn: string }, ctx: Context) => lookup(ctx, args.urn, "dataJob"),
};

/** DataHub's DataFlow and DataJob have the common entity fields but `subTypes` and `description` (and a job no `platform`). */
const { subTypes: _noSubTypes, description: _noDescription, ...flowCommonFields } = commonFields;
const { platform: _noPlatform, description: _noJobDescription, ...jobCommonFields } = commonFields;

export const jobResolvers = {
  DataFlow: {
    ...flowCommonFields,
    orchestrator: (p: Ref) => flowKey(p.urn)?.orchestrator ?? "",
    flowId: (p: Ref) => flowKey(p.urn)?.flowId ?? "",
    cluster: (p: Ref) => flowKey(p.urn)?.cluster ?? "",
    platform: platformOf,
    properties: async (p: Ref, _: unknown, ctx: Context) => withUrn(p.urn, await aspect(ctx, p.urn, "dataFlowInfo")),
  },
  DataFlowProperties: { ...infoProperties, project: (v: DataFlowPropertiesParent) => v.project ?? null },
  DataJob: {
    ...jobCommonFields,
    jobId: (p: Ref) => jobKey(p.urn)?.jobId ?? "",
    dataFlow: (p: Ref) => ref(jobKey(p.urn)?.flow),
    properties: async (p: Ref, _: unknown, ctx: Context) => withUrn(p.urn, await aspect(ctx, p.urn, "dataJobInfo")),
    inputOutput: async (p: Ref, _: unknown, ctx: Context) => withUrn(p.urn, await aspect(ctx, p.urn, "dataJobInputOutput")),
    /** The job's runs, newest first (by their creation time, then urn). */
    runs: async (p: Ref, args: { start?: number | null; count?: number | null }, ctx: Context) => {
      const { start, count } = checked(() => pageArgs(args.start, args.count, PAGE_RULES.relationships));
      const urns = [...new Set((await ctx.loaders.incoming.load(p.urn)).filter((e) => e.type === "InstanceOf").map((e) => e.src))];
      const live = await ctx.loaders.exists.loadMany(urns);
      const runs = urns.filter((u, i) => live[i] === true && u.startsWith("urn:li:dataProcessInstance:"));
      const all = await ctx.loaders.aspects.loadMany(runs);
      const created = (i: number) => {
        const m = all[i];
        return m instanceof Map ? (aspectValue(m, "dataProcessInstanceProperties")?.created?.time ?? 0) : 0;
      };
      const order = runs.map((urn, i) => ({ urn, at: created(i) })).sort((a, b) => b.at - a.at || (a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : 0));
      const pg = pageOf(order, { start, count });
      return { start: pg.start, count: pg.count, total: pg.total, runs: pg.items.map((r) => ({ urn: r.urn })) };
    },
  },
  DataJobProperties: infoProperties,
  DataJobInputOutput: {
    inputDatasets: (v: DataJobInputOutputParent) => refsOf(v.inputDatasets, v.inputDatasetEdges),
    outputDatasets: (v: DataJobInputOutputParent) => refsOf(v.outputDatasets, v.outputDatasetEdges),
    inputDatajobs: (v: DataJobInputOutputParent) => refsOf(v.inputDatajobs, v.inputDatajobEdges),
  },
};
