/**
 * DataHub's editing mutations. Each is a read-modify-write of one aspect, done synchronously against
 * SQLite so no other write can interleave. Descriptions go to the editable aspects; tags, terms, owners
 * and custom properties go to the aspects ingestion also writes, with each changed item remembered as
 * a curation that re-ingestion honours. Either way re-ingesting never overwrites what a person wrote.
 */
import type { Context } from "./context";
import { badInput, requirePermission } from "./context";
import type { MutationResolvers, OwnershipType, PatchEntityInput, ResourceRefInput } from "./generated/resolvers-types";
import { urnArg } from "./entities";
import { EDITABLE_ASPECT, PROPERTIES_ASPECT, ingestedDescription } from "../model/derive";
import { GraphQLError } from "graphql";
import { asAspectValue, validateAspect, type AspectName, type AspectValues } from "../model/aspects/index";
import { entityTypeOf } from "../model/urn";
import { ingestProposals } from "../ingest/proposals";
import { curationsFromChange, PERSON_WRITE_METADATA } from "../model/curation";
import { pointerSegments } from "../ingest/json-patch";
import { can } from "../auth/roles";

export const MAX_DESCRIPTION_CHARS = 100_000;
/** Most resources in one batch mutation, and most tags, terms or owners added or removed in one call. */
export const MAX_BATCH_ITEMS = 1000;

/** A list argument of at most MAX_BATCH_ITEMS items. */
export function capped<T>(list: readonly T[] | null | undefined, name: string): readonly T[] {
  const items = Array.isArray(list) ? list : [];
  if (items.length > MAX_BATCH_ITEMS) throw badInput(`${name} may list at most ${MAX_BATCH_ITEMS} items, got ${items.length}`);
  return items;
}

/** A batch mutation is all or nothing: every urn is checked first, and one failing resource writes none. */
export function batch(ctx: Context, resources: ReadonlyArray<ResourceRefInput | null>, each: (urn: string) => void): true {
  requirePermission(ctx, "edit");
  const urns = capped(resources, "resources").map((r) => urnArg(r?.resourceUrn));
  ctx.store.transaction(() => {
    for (const urn of urns) each(urn);
  });
  return true;
}

function actorOf(ctx: Context): string {
  return ctx.principal.actor ?? "urn:li:corpuser:unknown";
}

function mustExist(ctx: Context, urn: string): void {
  if (!ctx.store.existing([urn]).has(urn)) throw badInput(`no entity ${urn}`);
}

/** Reads, changes and writes one aspect; `change` returns null for "nothing to do". */
export function update<N extends AspectName>(
  ctx: Context,
  urn: string,
  aspectName: N,
  change: (current: AspectValues[N] | null) => Record<string, unknown> | null,
): boolean {
  requirePermission(ctx, "edit");
  mustExist(ctx, urn);
  ctx.store.transaction(() => {
    ctx.writeBudget.check();
    const stored = ctx.store.getAspect(urn, aspectName);
    ctx.writeBudget.charge(stored?.bytes ?? 0);
    const current = stored ? asAspectValue(aspectName, stored.value) : null;
    const next = change(current);
    if (!next) return;
    const v = validateAspect(urn, aspectName, next);
    if (!v.ok) throw badInput(v.error);
    // applyWrites refuses a value over the aspect size limit (WriteLimitError: BAD_USER_INPUT naming it).
    const [written] = ctx.store.applyWrites([
      { urn, entityType: entityTypeOf(urn), aspect: aspectName, value: v.value, actor: actorOf(ctx), systemMetadata: { ...PERSON_WRITE_METADATA } },
    ]);
    ctx.writeBudget.charge(written.bytes);
    // Tags, terms and owners share their aspect with ingestion: remember what the person changed so
    // a re-ingest keeps it (server/model/curation.ts).
    ctx.store.recordCurations(urn, aspectName, curationsFromChange(aspectName, current, v.value), actorOf(ctx));
  });
  ctx.loaders.aspects.clear(urn);
  return true;
}

export const stamp = (ctx: Context) => ({ time: Date.now(), actor: actorOf(ctx) });

function tagsChange(ctx: Context, urn: string, add: string[], remove: string[]) {
  return update(ctx, urn, "globalTags", (cur) => {
    const tags = [...(cur?.tags ?? [])];
    const have = new Set(tags.map((t) => t.tag));
    const after = tags.filter((t) => !remove.includes(t.tag));
    for (const t of add) if (!have.has(t)) after.push({ tag: t });
    if (after.length === tags.length && add.every((t) => have.has(t))) return null;
    return { ...(cur ?? {}), tags: after };
  });
}

function termsChange(ctx: Context, urn: string, add: string[], remove: string[]) {
  return update(ctx, urn, "glossaryTerms", (cur) => {
    const terms = [...(cur?.terms ?? [])];
    const have = new Set(terms.map((t) => t.urn));
    const after = terms.filter((t) => !remove.includes(t.urn));
    for (const t of add) if (!have.has(t)) after.push({ urn: t });
    if (after.length === terms.length && add.every((t) => have.has(t))) return null;
    return { ...(cur ?? {}), terms: after, auditStamp: stamp(ctx) };
  });
}

/** An owner of the ownership aspect, with an ownership type not checked yet (the aspect's schema checks it). */
type OwnerDraft = { owner: string; type: string; [key: string]: unknown };

export function ownersChange(ctx: Context, urn: string, add: Array<{ owner: string; type: string }>, remove: string[]) {
  return update(ctx, urn, "ownership", (cur) => {
    const owners: OwnerDraft[] = [...(cur?.owners ?? [])];
    const after = owners.filter((o) => !remove.includes(o.owner));
    for (const o of add) {
      const i = after.findIndex((x) => x.owner === o.owner);
      if (i >= 0) after[i] = { ...after[i], type: o.type };
      else after.push({ owner: o.owner, type: o.type });
    }
    return { ...(cur ?? {}), owners: after, lastModified: stamp(ctx) };
  });
}

const tagUrn = (u: unknown) => urnArg(u, "tag");
const termUrn = (u: unknown) => urnArg(u, "glossaryTerm");
export const ownerUrn = (u: unknown) => urnArg(u, ["corpuser", "corpGroup"]);

export function ownerType(input: { type?: OwnershipType | null; ownershipTypeUrn?: string | null }): string {
  // DataHub's newer clients send an ownership type urn; map the built-in ones to the enum.
  const t = input.type ?? input.ownershipTypeUrn?.replace(/^urn:li:ownershipType:__system__/, "").toUpperCase();
  return typeof t === "string" && t ? t : "TECHNICAL_OWNER";
}

export const mutationResolvers = {
  updateDescription: (_, { input }, ctx) => {
    const urn = urnArg(input.resourceUrn);
    const description = String(input.description ?? "");
    if (description.length > MAX_DESCRIPTION_CHARS) throw badInput(`description is ${description.length} characters; the limit is ${MAX_DESCRIPTION_CHARS}`);
    const subResource = input.subResource;
    if (subResource) {
      if (entityTypeOf(urn) !== "dataset") throw badInput("subResource descriptions are only supported on datasets (schema fields)");
      return update(ctx, urn, "editableSchemaMetadata", (cur) => {
        const fields = [...(cur?.editableSchemaFieldInfo ?? [])];
        const i = fields.findIndex((f) => f.fieldPath === subResource);
        if (i >= 0) fields[i] = { ...fields[i], description };
        else fields.push({ fieldPath: subResource, description });
        return { ...cur, editableSchemaFieldInfo: fields, lastModified: stamp(ctx), created: cur?.created ?? stamp(ctx) };
      });
    }
    const type = entityTypeOf(urn);
    const aspectName = EDITABLE_ASPECT[type];
    if (!aspectName) throw badInput(`descriptions of ${type} entities cannot be edited`);
    const expected = input.expectedDescription;
    return update(ctx, urn, aspectName, (cur) => {
      // No lost updates: refuse when what the person edited is not what is stored any more.
      if (typeof expected === "string") {
        const propsAspect = PROPERTIES_ASPECT[type];
        const props = propsAspect ? ctx.store.getAspect(urn, propsAspect)?.value : undefined;
        const shown: string = typeof cur?.description === "string" ? cur.description : ingestedDescription(type, props);
        if (shown !== expected) {
          const rec = ctx.store.getAspect(urn, aspectName);
          throw new GraphQLError("The description was changed by someone else while you were editing it; nothing was saved.", {
            extensions: { code: "CONFLICT", current: shown, actor: rec?.createdBy ?? null, time: rec?.createdAt ?? null },
          });
        }
        if (shown === description) return null;
      }
      return { ...cur, description, created: cur?.created ?? stamp(ctx), lastModified: stamp(ctx) };
    });
  },
  updateName: (_, { input }, ctx) => {
    const urn = urnArg(input.urn);
    if (entityTypeOf(urn) !== "dataset") throw badInput(`names of ${entityTypeOf(urn)} entities cannot be edited`);
    const name = String(input.name ?? "").trim();
    if (!name || name.length > 1000) throw badInput("name must be 1 to 1000 characters");
    return update(ctx, urn, "editableDatasetProperties", (cur) => ({ ...cur, name, lastModified: stamp(ctx), created: cur?.created ?? stamp(ctx) }));
  },
  addTag: (_, { input }, ctx) => tagsChange(ctx, urnArg(input.resourceUrn), [tagUrn(input.tagUrn)], []),
  addTags: (_, { input }, ctx) => tagsChange(ctx, urnArg(input.resourceUrn), capped(input.tagUrns, "tagUrns").map(tagUrn), []),
  removeTag: (_, { input }, ctx) => tagsChange(ctx, urnArg(input.resourceUrn), [], [tagUrn(input.tagUrn)]),
  batchAddTags: (_, { input }, ctx) => {
    const tags = capped(input.tagUrns, "tagUrns").map(tagUrn);
    return batch(ctx, input.resources, (urn) => tagsChange(ctx, urn, tags, []));
  },
  batchRemoveTags: (_, { input }, ctx) => {
    const tags = capped(input.tagUrns, "tagUrns").map(tagUrn);
    return batch(ctx, input.resources, (urn) => tagsChange(ctx, urn, [], tags));
  },
  addTerm: (_, { input }, ctx) => termsChange(ctx, urnArg(input.resourceUrn), [termUrn(input.termUrn)], []),
  addTerms: (_, { input }, ctx) => termsChange(ctx, urnArg(input.resourceUrn), capped(input.termUrns, "termUrns").map(termUrn), []),
  removeTerm: (_, { input }, ctx) => termsChange(ctx, urnArg(input.resourceUrn), [], [termUrn(input.termUrn)]),
  batchAddTerms: (_, { input }, ctx) => {
    const terms = capped(input.termUrns, "termUrns").map(termUrn);
    return batch(ctx, input.resources, (urn) => termsChange(ctx, urn, terms, []));
  },
  batchRemoveTerms: (_, { input }, ctx) => {
    const terms = capped(input.termUrns, "termUrns").map(termUrn);
    return batch(ctx, input.resources, (urn) => termsChange(ctx, urn, [], terms));
  },
  addOwner: (_, { input }, ctx) => ownersChange(ctx, urnArg(input.resourceUrn), [{ owner: ownerUrn(input.ownerUrn), type: ownerType(input) }], []),
  addOwners: (_, { input }, ctx) =>
    ownersChange(
      ctx,
      urnArg(input.resourceUrn),
      capped(input.owners, "owners").map((o) => ({ owner: ownerUrn(o.ownerUrn), type: ownerType(o) })),
      [],
    ),
  removeOwner: (_, { input }, ctx) => ownersChange(ctx, urnArg(input.resourceUrn), [], [ownerUrn(input.ownerUrn)]),
  createTag: (_, { input }, ctx) => {
    requirePermission(ctx, "edit");
    const name = String(input.name ?? "").trim();
    if (!name || name.length > 200) throw badInput("tag name must be 1 to 200 characters");
    const id = String(input.id ?? name).trim();
    const urn = urnArg(`urn:li:tag:${id}`, "tag");
    if (ctx.store.existing([urn]).has(urn)) throw badInput(`tag ${urn} already exists`);
    const value = { name, description: input.description ?? undefined };
    const v = validateAspect(urn, "tagProperties", value);
    if (!v.ok) throw badInput(v.error);
    ctx.store.writeAspects([
      { urn, entityType: "tag", aspect: "tagProperties", value: v.value, actor: actorOf(ctx), systemMetadata: { ...PERSON_WRITE_METADATA } },
    ]);
    return urn;
  },
  patchEntity: (_, { input }, ctx) => applyPatch(ctx, preparePatch(ctx, input)),
  patchEntities: (_, { input }, ctx) => {
    if (input.length > 100) throw badInput("at most 100 patches at once");
    // A malformed item (bad urn, unknown entity) or one the role may not make fails the whole call and
    // writes nothing; a patch that is well-formed but rejected is reported in its own result, as DataHub does.
    const patches = input.map((i) => preparePatch(ctx, i));
    return ctx.store.transaction(() => patches.map((p) => applyPatch(ctx, p)));
  },
} satisfies MutationResolvers;

/**
 * What an editor may patch: the documented editing — descriptions, tags, glossary terms, owners,
 * custom properties and documentation links. Whole aspects for tags, terms, owners, links and a
 * dataset's field-level edits; only `description` of the editable properties aspect and only
 * `customProperties` of the properties aspect. Everything else (status, names, URLs, lineage, users)
 * needs the ingest or admin role.
 */
const EDITOR_ASPECTS: ReadonlySet<string> = new Set(["globalTags", "glossaryTerms", "ownership", "institutionalMemory"]);
export const EDITOR_PATCH_SCOPE = "descriptions, tags, glossary terms, owners, custom properties and documentation links (institutionalMemory)";

/** Null when an editor may make this patch; else what it reaches that an editor may not. */
function outsideEditorScope(urn: string, aspectName: string, ops: readonly PatchOp[]): string | null {
  if (EDITOR_ASPECTS.has(aspectName)) return null;
  const type = entityTypeOf(urn);
  const member =
    aspectName === PROPERTIES_ASPECT[type]
      ? "customProperties"
      : aspectName === EDITABLE_ASPECT[type]
        ? "description"
        : aspectName === "editableSchemaMetadata" && type === "dataset"
          ? "editableSchemaFieldInfo"
          : null;
  if (!member) return `the ${aspectName} aspect`;
  for (const op of ops)
    for (const p of [op.path, op.from])
      if (typeof p === "string" && pointerSegments(p)[0] !== member)
        return `${p === "" ? "the whole" : `'${p}' of`} ${aspectName} (only /${member} is an editor's)`;
  return null;
}

/** A JSON-Patch operation as ingestion reads it (./json-patch.ts in server/ingest). */
interface PatchOp {
  op: string;
  path: string;
  from?: string;
  value?: unknown;
}

interface PreparedPatch {
  urn: string;
  aspectName: string;
  ops: PatchOp[];
}

function preparePatch(ctx: Context, input: PatchEntityInput): PreparedPatch {
  if (!ctx.principal.role) requirePermission(ctx, "edit");
  const urn = urnArg(input.urn);
  const ops = (input.patch ?? []).map((p) => {
    const op: PatchOp = { op: String(p.op).toLowerCase(), path: p.path };
    if (p.from != null) op.from = p.from;
    if (p.value != null) {
      // DataHub sends values as JSON text; a bare string that is not JSON is taken as a string.
      try {
        op.value = JSON.parse(p.value);
      } catch {
        op.value = p.value;
      }
    }
    return op;
  });
  // The ingest and admin roles may patch any aspect (as over REST); an editor only what editors edit.
  if (!can(ctx.principal.role, "ingest")) {
    requirePermission(ctx, "edit");
    const outside = outsideEditorScope(urn, String(input.aspectName), ops);
    if (outside)
      throw new GraphQLError(
        `Forbidden: role '${ctx.principal.role}' may patch only ${EDITOR_PATCH_SCOPE}; patching ${outside} needs the ingest or admin role.`,
        { extensions: { code: "FORBIDDEN", http: { status: 403 } } },
      );
  }
  mustExist(ctx, urn);
  return { urn, aspectName: input.aspectName, ops };
}

function applyPatch(ctx: Context, { urn, aspectName, ops }: PreparedPatch) {
  const report = ingestProposals(
    ctx.store,
    [{ entityUrn: urn, changeType: "PATCH", aspectName, aspect: { json: ops } }],
    actorOf(ctx),
    undefined,
    "person",
    ctx.writeBudget,
  );
  ctx.loaders.aspects.clear(urn);
  const r = report.results[0];
  return { urn, success: r.ok, error: r.ok ? null : (r.error ?? "rejected") };
}
