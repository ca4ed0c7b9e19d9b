/**
 * Resolvers of the ML extension fields (`MLModel.orreryServing`, `MLFeature.orreryDetails`), which
 * serve the `orreryMlModelServing` and `orreryMlFeatureDetails` aspects. Like every entity field they
 * read through the request's DataLoaders, so a list of features costs one statement per kind of read.
 */
import type { Context } from "./context";
import { aspect, type Ref } from "./entities";

type A = Record<string, any>;
type Column = { dataset?: string; column?: string; dataType?: string; description?: string };

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
    orreryServing: async (p: Ref, _: unknown, ctx: Context) => {
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
    orreryDetails: async (p: Ref, _: unknown, ctx: Context) => {
      const v = await aspect(ctx, p.urn, "orreryMlFeatureDetails");
      if (!v) return null;
      return {
        featureAlgorithm: optional(v.featureAlgorithm),
        sourceColumns: (Array.isArray(v.sourceColumns) ? (v.sourceColumns as Column[]) : []).map((c) => ({ ...c })),
      };
    },
  },
  OrreryFeatureSourceColumn: {
    column: (c: Column) => c.column ?? null,
    dataType: (c: Column) => c.dataType ?? null,
    description: (c: Column) => c.description ?? null,
    datasetUrn: (c: Column) => c.dataset ?? null,
    dataset: async (c: Column, _: unknown, ctx: Context) => (c.dataset && (await ctx.loaders.exists.load(c.dataset)) ? { urn: c.dataset } : null),
    fieldPath: async (c: Column, _: unknown, ctx: Context) => {
      if (!c.dataset || !c.column) return null;
      const schema = (await ctx.loaders.aspects.load(c.dataset)).get("schemaMetadata") as A | undefined;
      const fields = Array.isArray(schema?.fields) ? schema.fields.map((f: A) => f?.fieldPath).filter((f: unknown): f is string => typeof f === "string") : [];
      return matchField(fields, c.column);
    },
  },
};
