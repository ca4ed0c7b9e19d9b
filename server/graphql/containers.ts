/**
 * Resolvers of containers (MLflow experiments, databases, schemas, …): their properties, their
 * platform, the entities in them (a search) and, for experiments, their runs (./runs.ts).
 */
import type { Resolvers } from "./generated/resolvers-types";
import { aspect, customProperties, withUrn } from "./entities";
import { commonFields, requiredPlatform } from "./fields";
import { orreryRuns } from "./runs";
import { runSearch } from "./search";
import { displayNameFromUrn } from "../model/urn";

const { description: _description, lineage: _lineage, platform: _platform, ...containerFields } = commonFields;

export const containerResolvers = {
  Container: {
    ...containerFields,
    properties: async (p, _, ctx) => withUrn(p.urn, await aspect(ctx, p.urn, "containerProperties")),
    platform: requiredPlatform,
    entities: (p, args, ctx, info) => runSearch(ctx, { query: "*", ...args.input }, { container: [p.urn] }, info),
    orreryRuns,
  },
  ContainerProperties: {
    name: (v) => v.name ?? displayNameFromUrn(v.__urn),
    description: (v) => v.description ?? null,
    customProperties: (v) => customProperties(v.__urn, v.customProperties),
    externalUrl: (v) => v.externalUrl ?? null,
    qualifiedName: (v) => v.qualifiedName ?? null,
  },
} satisfies Resolvers;
