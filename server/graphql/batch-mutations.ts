/**
 * DataHub's batch mutations of owners and deprecation (the tag and term ones are in ./mutations.ts):
 * all or nothing, with the permission, curations and History of the single mutations, because each
 * resource goes through the same read-modify-write (`update`) inside one transaction. A resource that
 * is malformed, unknown or refuses the change refuses the whole batch, and nothing is written.
 */
import type { MutationResolvers } from "./generated/resolvers-types";
import { badInput, requirePermission } from "./context";
import { batch, capped, ownerType, ownerUrn, ownersChange, stamp, update } from "./mutations";
import { urnArg } from "./entities";

/** Longest deprecation note. */
export const MAX_DEPRECATION_NOTE = 10_000;

export const batchMutationResolvers = {
  batchAddOwners: (_, { input }, ctx) => {
    requirePermission(ctx, "edit");
    const owners = capped(input.owners, "owners").map((o) => ({
      owner: ownerUrn(o.ownerUrn),
      type: ownerType({ type: o.type, ownershipTypeUrn: o.ownershipTypeUrn ?? input.ownershipTypeUrn }),
    }));
    return batch(ctx, input.resources, (urn) => ownersChange(ctx, urn, owners, []));
  },
  batchRemoveOwners: (_, { input }, ctx) => {
    requirePermission(ctx, "edit");
    const owners = capped(input.ownerUrns, "ownerUrns").map(ownerUrn);
    return batch(ctx, input.resources, (urn) => ownersChange(ctx, urn, [], owners));
  },
  batchUpdateDeprecation: (_, { input }, ctx) => {
    requirePermission(ctx, "edit");
    const note = input.note ?? "";
    if (note.length > MAX_DEPRECATION_NOTE) throw badInput(`note is ${note.length} characters; the limit is ${MAX_DEPRECATION_NOTE}`);
    const replacement = input.replacement == null ? undefined : urnArg(input.replacement);
    return batch(ctx, input.resources, (urn) =>
      update(ctx, urn, "deprecation", () => ({
        deprecated: input.deprecated,
        note,
        actor: stamp(ctx).actor,
        ...(input.decommissionTime != null ? { decommissionTime: input.decommissionTime } : {}),
        ...(replacement ? { replacement } : {}),
      })),
    );
  },
} satisfies MutationResolvers;
