/**
 * The fields entity types share (urn, type, status, tags, terms, owners, links, deprecation,
 * platform, container, relationships, one-hop lineage, …): each type's resolvers take those its
 * GraphQL type has (the schema is checked against the resolvers when it is built).
 */
import type { Context } from "./context";
import { checked } from "./context";
import type { LineageInput, RelationshipsInput, ResolversParentTypes } from "./generated/resolvers-types";
import type { EntityRef } from "./parents";
import { aspect, aspects, auditStamp, auditStampOrEpoch, ENTITY_TYPE_ENUM, ref, storedEnum, strings, text } from "./entities";
import { aspectValue } from "../model/aspects/index";
import type { AspectValue } from "../model/records";
import type { EdgeRecord } from "../store/types";
import { EDITABLE_ASPECT, PROPERTIES_ASPECT } from "../model/derive";
import { pageArgs, pageOf, PAGE_RULES } from "../model/paging";
import { displayNameFromUrn, entityTypeOf, parseUrn } from "../model/urn";
import { lineageTypes } from "../lineage/reader";

/** An entity's platform: its platform instance's, else its urn's, else its schema's. */
export function platformUrnOf(urn: string, asp: Map<string, AspectValue>): string | null {
  const dpi = aspectValue(asp, "dataPlatformInstance");
  if (typeof dpi?.platform === "string") return dpi.platform;
  try {
    const p = parseUrn(urn);
    if ("platform" in p && p.platform) return p.platform;
  } catch {
    /* not a platform-keyed urn */
  }
  const schema = aspectValue(asp, "schemaMetadata");
  return typeof schema?.platform === "string" ? schema.platform : null;
}

/** A page of an entity's relationships (or one-hop lineage), as `start` and `count` ask. */
function page<T>(items: T[], start: unknown, count: unknown) {
  return pageOf(
    items,
    checked(() => pageArgs(start, count, PAGE_RULES.relationships)),
  );
}

async function liveEdges(ctx: Context, edges: EdgeRecord[], other: (e: EdgeRecord) => string) {
  const ok = await ctx.loaders.exists.loadMany(edges.map(other));
  return edges.filter((e, i) => ok[i] === true && ref(other(e)));
}

const UNKNOWN_USER = "urn:li:corpuser:unknown";

/** A value of GraphQL type T as resolvers return it (entities as `{ urn }`, aspects with their urn). */
export type Out<T extends keyof ResolversParentTypes> = ResolversParentTypes[T];

export const commonFields = {
  urn: (p: EntityRef) => p.urn,
  type: (p: EntityRef) => ENTITY_TYPE_ENUM[entityTypeOf(p.urn)] ?? "OTHER",
  exists: (p: EntityRef, _: unknown, ctx: Context) => ctx.loaders.exists.load(p.urn),
  lastIngested: async (p: EntityRef, _: unknown, ctx: Context) => (await ctx.loaders.entity.load(p.urn))?.updatedAt ?? null,
  status: async (p: EntityRef, _: unknown, ctx: Context): Promise<Out<"Status"> | null> => {
    const s = await aspect(ctx, p.urn, "status");
    return s ? { removed: s.removed === true } : null;
  },
  tags: async (p: EntityRef, _: unknown, ctx: Context): Promise<Out<"GlobalTags"> | null> => {
    const t = await aspect(ctx, p.urn, "globalTags");
    if (!t) return null;
    return {
      tags: (t.tags ?? []).filter((x) => ref(x.tag)).map((x) => ({ tag: { urn: x.tag }, associatedUrn: p.urn, context: x.context ?? null })),
    };
  },
  glossaryTerms: async (p: EntityRef, _: unknown, ctx: Context): Promise<Out<"GlossaryTerms"> | null> => {
    const t = await aspect(ctx, p.urn, "glossaryTerms");
    if (!t) return null;
    const actor = t.auditStamp?.actor;
    return {
      terms: (t.terms ?? [])
        .filter((x) => ref(x.urn))
        .map((x) => ({
          term: { urn: x.urn },
          associatedUrn: p.urn,
          context: x.context ?? null,
          actor: actor && ref(actor) ? { urn: actor } : null,
        })),
    };
  },
  ownership: async (p: EntityRef, _: unknown, ctx: Context): Promise<Out<"Ownership"> | null> => {
    const o = await aspect(ctx, p.urn, "ownership");
    if (!o) return null;
    return {
      owners: (o.owners ?? [])
        .filter((x) => ref(x.owner))
        .map((x) => ({
          owner: { urn: x.owner },
          type: x.type ?? null,
          ownershipType: null,
          source: x.source ? { type: storedEnum(x.source.type ?? "OTHER"), url: x.source.url ?? null } : null,
          associatedUrn: p.urn,
        })),
      lastModified: auditStampOrEpoch(o.lastModified),
    };
  },
  subTypes: async (p: EntityRef, _: unknown, ctx: Context): Promise<Out<"SubTypes"> | null> => {
    const s = await aspect(ctx, p.urn, "subTypes");
    return s ? { typeNames: strings(s.typeNames) } : null;
  },
  institutionalMemory: async (p: EntityRef, _: unknown, ctx: Context): Promise<Out<"InstitutionalMemory"> | null> => {
    const m = await aspect(ctx, p.urn, "institutionalMemory");
    if (!m) return null;
    return {
      elements: (m.elements ?? []).map((e) => ({
        url: e.url,
        label: e.description ?? e.url,
        description: e.description ?? "",
        author: { urn: e.createStamp?.actor ?? UNKNOWN_USER },
        actor: { urn: e.createStamp?.actor ?? UNKNOWN_USER },
        created: auditStampOrEpoch(e.createStamp),
        updated: auditStamp(e.updateStamp),
        associatedUrn: p.urn,
      })),
    };
  },
  deprecation: async (p: EntityRef, _: unknown, ctx: Context): Promise<Out<"Deprecation"> | null> => {
    const d = await aspect(ctx, p.urn, "deprecation");
    if (!d) return null;
    return {
      deprecated: d.deprecated === true,
      decommissionTime: d.decommissionTime ?? null,
      note: d.note ?? null,
      actor: d.actor ?? null,
      actorEntity: ref(d.actor),
      replacement: ref(d.replacement),
    };
  },
  dataPlatformInstance: async (p: EntityRef, _: unknown, ctx: Context): Promise<Out<"DataPlatformInstance"> | null> => {
    // As DataHub: the instance the aspect names, and null when it names none (the aspect then only
    // says which platform the entity is on, which `platform` answers).
    const d = await aspect(ctx, p.urn, "dataPlatformInstance");
    const instance = typeof d?.instance === "string" ? d.instance : null;
    if (!d?.platform || !instance) return null;
    return {
      urn: instance,
      type: "DATA_PLATFORM_INSTANCE",
      platform: { urn: d.platform },
      // DataHub's make_dataplatform_instance_urn: urn:li:dataPlatformInstance:(<platform urn>,<instance>)
      instanceId: /^urn:li:dataPlatformInstance:\(urn:li:dataPlatform:[^,()]+,(.+)\)$/.exec(instance)?.[1] ?? displayNameFromUrn(instance),
    };
  },
  platform: async (p: EntityRef, _: unknown, ctx: Context): Promise<Out<"DataPlatform"> | null> => {
    const u = platformUrnOf(p.urn, await aspects(ctx, p.urn));
    return u ? { urn: u } : null;
  },
  editableProperties: async (p: EntityRef, _: unknown, ctx: Context) => {
    const name = EDITABLE_ASPECT[entityTypeOf(p.urn)];
    const e = name ? await aspect(ctx, p.urn, name) : null;
    return e ? { description: e.description ?? null, name: e.name ?? null } : null;
  },
  description: async (p: EntityRef, _: unknown, ctx: Context) => {
    const name = PROPERTIES_ASPECT[entityTypeOf(p.urn)];
    const props = name ? await aspect(ctx, p.urn, name) : null;
    return text(props?.description);
  },
  container: async (p: EntityRef, _: unknown, ctx: Context): Promise<Out<"Container"> | null> => {
    const c = await aspect(ctx, p.urn, "container");
    return c?.container ? ref(c.container) : null;
  },
  parentContainers: async (p: EntityRef, _: unknown, ctx: Context): Promise<Out<"ParentContainersResult">> => {
    const containers: EntityRef[] = [];
    const seen = new Set([p.urn]);
    let cur = p.urn;
    for (let i = 0; i < 20; i++) {
      const next = (await aspect(ctx, cur, "container"))?.container;
      if (typeof next !== "string" || seen.has(next)) break;
      seen.add(next);
      containers.push({ urn: next });
      cur = next;
    }
    return { count: containers.length, containers };
  },
  browsePathV2: async (p: EntityRef, _: unknown, ctx: Context): Promise<Out<"BrowsePathV2"> | null> => {
    const b = await aspect(ctx, p.urn, "browsePathsV2");
    if (!b) return null;
    return { path: (b.path ?? []).map((e) => ({ name: e.id, entity: ref(e.urn) })) };
  },
  relationships: async (p: EntityRef, args: { input: RelationshipsInput }, ctx: Context): Promise<Out<"EntityRelationshipsResult">> => {
    const { input } = args;
    const types = new Set<string>(input.types ?? []);
    const outgoing = input.direction === "OUTGOING";
    const all = await (outgoing ? ctx.loaders.outgoing : ctx.loaders.incoming).load(p.urn);
    const other = (e: EdgeRecord) => (outgoing ? e.dst : e.src);
    const matching = await liveEdges(
      ctx,
      all.filter((e) => types.size === 0 || types.has(e.type)),
      other,
    );
    const pg = page(matching, input.start, input.count);
    return {
      start: pg.start,
      count: pg.count,
      total: pg.total,
      relationships: pg.items.map((e) => ({
        type: e.type,
        direction: input.direction,
        entity: { urn: other(e) },
        created: { time: e.createdAt, actor: null },
      })),
    };
  },
  lineage: async (p: EntityRef, args: { input: LineageInput }, ctx: Context): Promise<Out<"EntityLineageResult">> => {
    const { input } = args;
    const t = lineageTypes(input.direction === "UPSTREAM" ? "UPSTREAM" : "DOWNSTREAM");
    const [out, inc] = await Promise.all([ctx.loaders.outgoing.load(p.urn), ctx.loaders.incoming.load(p.urn)]);
    const hops = [
      ...(
        await liveEdges(
          ctx,
          out.filter((e) => t.outgoing.has(e.type)),
          (e) => e.dst,
        )
      ).map((e) => ({ e, other: e.dst })),
      ...(
        await liveEdges(
          ctx,
          inc.filter((e) => t.incoming.has(e.type)),
          (e) => e.src,
        )
      ).map((e) => ({ e, other: e.src })),
    ];
    const pg = page(hops, input.start, input.count);
    return {
      start: pg.start,
      count: pg.count,
      total: pg.total,
      filtered: 0,
      relationships: pg.items.map(({ e, other }) => ({
        type: e.type,
        entity: { urn: other },
        degree: 1,
        createdOn: e.createdAt,
        createdActor: null,
        updatedOn: e.createdAt,
        updatedActor: null,
        isManual: false,
        paths: [{ path: [{ urn: p.urn }, { urn: other }] }],
      })),
    };
  },
};

/** The platform of a kind the schema says always has one (its urn names it): `unknown` if none is found. */
export const requiredPlatform = async (p: EntityRef, _: unknown, ctx: Context): Promise<Out<"DataPlatform">> => ({
  urn: platformUrnOf(p.urn, await aspects(ctx, p.urn)) ?? "urn:li:dataPlatform:unknown",
});

/** What entity types named by their urn alone share: their name is the urn's. */
export const nameFromUrn = (p: EntityRef) => displayNameFromUrn(p.urn);
