/**
 * Resolvers of a model's deployments (`MLModel.orreryDeployments`, the `OrreryMlModelDeployment`
 * type over DataHub's `mlModelDeployment` entity) and of the container of models and model groups.
 */
import type { Context } from "./context";
import { aspect, customProperties, originOf, ref, urnArg } from "./entities";
import { commonFields } from "./fields";
import type { DeploymentParent, EntityRef as Ref } from "./parents";
import { parseUrn } from "../model/urn";

type Deployment = DeploymentParent;

/**
 * The deployment urn a model's reference means. DataHub's SageMaker source names an endpoint by its
 * ARN in the model's `deployments` but emits the endpoint itself under its name
 * (`arn:aws:sagemaker:…:endpoint/<name>`); when only the latter is stored, it is the one meant.
 */
async function resolveDeployment(ctx: Context, urn: string): Promise<Deployment> {
  if (await ctx.loaders.exists.load(urn)) return { urn, exists: true };
  let p: ReturnType<typeof parseUrn>;
  try {
    p = parseUrn(urn);
  } catch {
    return { urn, exists: false };
  }
  if (p.entityType !== "mlModelDeployment") return { urn, exists: false };
  const m = /^arn:[^:]+:[^:]+:[^:]*:[^:]*:[^/]+\/(.+)$/.exec(p.name);
  if (!m) return { urn, exists: false };
  const named = `urn:li:mlModelDeployment:(${p.platform},${m[1]},${p.env})`;
  return (await ctx.loaders.exists.load(named)) ? { urn: named, exists: true } : { urn, exists: false };
}

const keyOf = (urn: string) => {
  try {
    const p = parseUrn(urn);
    return p.entityType === "mlModelDeployment" ? p : null;
  } catch {
    return null;
  }
};

/** Whether the catalog holds the deployment (known already for one a model names). */
const holds = (d: Deployment, _: unknown, ctx: Context) => (d.exists === undefined ? ctx.loaders.exists.load(d.urn) : d.exists);

/**
 * The urns a model may name the deployment by: its own, and the urn of its ARN when the endpoint
 * records one (DataHub's SageMaker source: `customProperties.EndpointArn`), the reverse of
 * `resolveDeployment`'s bridge.
 */
async function namesOf(ctx: Context, urn: string): Promise<string[]> {
  const k = keyOf(urn);
  const v = await aspect(ctx, urn, "mlModelDeploymentProperties");
  const arn = v?.customProperties?.EndpointArn;
  return k && typeof arn === "string" && arn !== k.name ? [urn, `urn:li:mlModelDeployment:(${k.platform},${arn},${k.env})`] : [urn];
}

const container = async (p: Ref, _: unknown, ctx: Context) => {
  const c = await aspect(ctx, p.urn, "container");
  return typeof c?.container === "string" && (await ctx.loaders.exists.load(c.container)) ? ref(c.container) : null;
};

export const deploymentResolvers = {
  MLModel: {
    orreryDeployments: async (p: Ref, _: unknown, ctx: Context) => {
      const props = await aspect(ctx, p.urn, "mlModelProperties");
      const urns: string[] = Array.isArray(props?.deployments) ? props.deployments.filter((u: unknown) => typeof u === "string") : [];
      return Promise.all([...new Set(urns)].map((u) => resolveDeployment(ctx, u)));
    },
    container,
  },
  MLModelGroup: { container },
  OrreryMlModelDeployment: {
    urn: (d: Deployment) => d.urn,
    type: () => "OTHER" as const,
    relationships: commonFields.relationships,
    exists: holds,
    name: (d: Deployment) => keyOf(d.urn)?.name ?? d.urn,
    platform: (d: Deployment) => {
      const k = keyOf(d.urn);
      return k ? { urn: k.platform } : null;
    },
    origin: originOf,
    properties: async (d: Deployment, _: unknown, ctx: Context) => {
      const v = (await holds(d, null, ctx)) ? await aspect(ctx, d.urn, "mlModelDeploymentProperties") : undefined;
      if (!v) return null;
      return {
        description: v.description ?? null,
        createdAt: v.createdAt ?? null,
        version: v.version ? { versionTag: v.version.versionTag ?? null } : null,
        status: v.status ?? null,
        customProperties: customProperties(d.urn, v.customProperties),
        externalUrl: v.externalUrl ?? null,
      };
    },
    // A deployment the catalog does not hold has no aspects, so these are null for it.
    ownership: commonFields.ownership,
    tags: commonFields.tags,
    status: commonFields.status,
    models: async (d: Deployment, _: unknown, ctx: Context) => {
      const names = await namesOf(ctx, d.urn);
      const edges = (await ctx.loaders.incoming.loadMany(names)).flatMap((r) => (Array.isArray(r) ? r : []));
      const srcs = [...new Set(edges.filter((e) => e.type === "DeployedTo").map((e) => e.src))].sort();
      const live = await ctx.loaders.exists.loadMany(srcs);
      return srcs.filter((u, i) => live[i] === true && u.startsWith("urn:li:mlModel:")).map((u) => ({ urn: u }));
    },
  },
};

export const deploymentQueryResolvers = {
  orreryMlModelDeployment: async (_: unknown, args: { urn: string }, ctx: Context): Promise<Deployment | null> => {
    const urn = urnArg(args.urn, "mlModelDeployment");
    return (await ctx.loaders.exists.load(urn)) ? { urn, exists: true } : null;
  },
};
