/**
 * Which fields the server really answers, and which types it can return: shared by ./absent.ts
 * (which answers the rest of DataHub's schema as missing), the request limits (./resolvable.ts), and
 * the test that every non-null field is answered (./answered.test.ts).
 *
 * A field is answered by a resolver, or by its parent object carrying it: an entity (`EntityRef`)
 * carries only its urn; an aspect's value the fields its zod schema requires or allows; the other
 * mapped parents what `OTHER_PARENTS` lists; an unmapped type's parent is the GraphQL type itself,
 * built whole by a resolver (the generated resolver types check it).
 */
import type { GraphQLObjectType } from "graphql";
import { ASPECT_SCHEMAS } from "../model/aspects/index";
import { GRAPHQL_TYPE } from "./entities";
import { ASPECT_PARENT_TYPES, ENTITY_PARENT_TYPES, OTHER_PARENTS } from "./parents";

const SERVED_ENTITIES = new Set<string>(Object.values(GRAPHQL_TYPE));
const ENTITY_PARENTS = new Set<string>(ENTITY_PARENT_TYPES);
const ASPECTS: Record<string, keyof typeof ASPECT_SCHEMAS | undefined> = ASPECT_PARENT_TYPES;
const OTHERS: Record<string, { carries: readonly string[] } | undefined> = OTHER_PARENTS;

type Shape = Record<string, { safeParse(v: unknown): { success: boolean } }>;
const shapeOf = (aspect: keyof typeof ASPECT_SCHEMAS) => (ASPECT_SCHEMAS[aspect] as unknown as { shape: Shape }).shape;

/**
 * Whether a type's parent object carries a field. `required`: only when it is always there (for
 * non-null fields); otherwise also when it may be.
 */
export function carried(type: string, field: string, required = false): boolean {
  if (ENTITY_PARENTS.has(type)) return field === "urn";
  const aspect = ASPECTS[type];
  if (aspect) {
    const shape = shapeOf(aspect);
    return Object.hasOwn(shape, field) && (!required || !shape[field].safeParse(undefined).success);
  }
  const other = OTHERS[type];
  if (other) return other.carries.includes(field);
  return true;
}

/** Whether the server can return an object of this type: any but the entity kinds it does not store. */
export function returnable(type: GraphQLObjectType): boolean {
  return SERVED_ENTITIES.has(type.name) || !type.getInterfaces().some((i) => i.name === "Entity");
}
