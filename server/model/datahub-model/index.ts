/**
 * DataHub's metadata model as data: aspect classes, entity types and which aspects each entity type has.
 * Taken from datahub-project/datahub at commit 63defa4c2d6b0b7cbe5662e800900a0cc32aef3e:
 * the `.pdl` files under `metadata-models/src/main/pegasus` (their `@Aspect` annotations) and
 * `metadata-models/src/main/resources/entity-registry.yml`. Apache-2.0; facts, not code.
 *
 * One file per table: aspect-classes.ts (PDL record class → aspect name), entity-types.ts (every
 * entity type) and entity-aspects.ts (key and aspects of the types Orrery's urn grammar knows).
 */
export { DATAHUB_ASPECT_CLASSES } from "./aspect-classes";
export { DATAHUB_ENTITY_TYPES } from "./entity-types";
export { DATAHUB_ENTITY_ASPECTS } from "./entity-aspects";
