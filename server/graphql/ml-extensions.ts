/**
 * Resolvers of the ML extension fields (`MLModel.orreryServing`, `MLFeature.orreryDetails`), which
 * serve the `orreryMlModelServing` and `orreryMlFeatureDetails` aspects. Like every entity field they
 * read through the request's DataLoaders, so a list of features costs one statement per kind of read.
 */
import type { Resolvers } from "./generated/resolvers-types";
import { aspect } from "./entities";
import { aspectValue } from "../model/aspects/index";

const optional = (v: unknown) => (typeof v === "string" ? v : null);

/** `[version=2.0].[type=struct].address.[type=string].city` → `address.city` (DataHub's v2 field paths). */
export function simpleFieldPath(fieldPath: string): string {
  return fieldPath.startsWith("[") ? fieldPath.replace(/\[[^\]]*\]\.?/g, "") : fieldPath;
}

/** The field of `fields` that `column` names: the same path, else the same simple path ignoring case. */
export function matchField(fields: readonly string[], column: string): string | null {
  if (fields.includes(column)) return column;
  const want = column.toLowerCase();
  return fields.find((f) => simpleFieldPath(f).toLowerCase() === want) ?? null;
}

export const mlExtensionResolvers = {
  MLModel: {
    orreryServing: async (p, _, ctx) => {
      const v = await aspect(ctx, p.urn, "orreryMlModelServing");
      if (!v || !(v.servingEndpoint || v.target || v.store || v.dashboard)) return null;
      return {
        servingEndpoint: optional(v.servingEndpoint),
        target: optional(v.target),
        store: v.store ? { storage: optional(v.store.storage), imageRepository: optional(v.store.imageRepository) } : null,
        dashboard: v.dashboard
          ? { name: optional(v.dashboard.name), qualifiedName: optional(v.dashboard.qualifiedName), url: optional(v.dashboard.url) }
          : null,
      };
    },
  },
  MLFeature: {
    orreryDetails: async (p, _, ctx) => {
      const v = await aspect(ctx, p.urn, "orreryMlFeatureDetails");
      if (!v) return null;
      return {
        featureAlgorithm: optional(v.featureAlgorithm),
        sourceColumns: (Array.isArray(v.sourceColumns) ? v.sourceColumns : []).map((c) => ({ ...c })),
      };
    },
  },
  OrreryFeatureSourceColumn: {
    column: (c) => c.column ?? null,
    dataType: (c) => c.dataType ?? null,
    description: (c) => c.description ?? null,
    datasetUrn: (c) => c.dataset ?? null,
    dataset: async (c, _, ctx) => (c.dataset && (await ctx.loaders.exists.load(c.dataset)) ? { urn: c.dataset } : null),
    fieldPath: async (c, _, ctx) => {
      if (!c.dataset || !c.column) return null;
      const schema = aspectValue(await ctx.loaders.aspects.load(c.dataset), "schemaMetadata");
      const fields = Array.isArray(schema?.fields) ? schema.fields.map((f) => f?.fieldPath).filter((f): f is string => typeof f === "string") : [];
      return matchField(fields, c.column);
    },
  },
} satisfies Resolvers;
