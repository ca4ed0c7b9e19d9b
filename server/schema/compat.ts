/**
 * Checks that a schema is a faithful subset of DataHub's: every type, field, argument, default,
 * enum value and input field we declare exists in the reference with the same printed type.
 * Types and fields declared in *.orrery.graphql files (our marked extensions) are skipped.
 */
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLUnionType,
  isSpecifiedScalarType,
  isScalarType,
  astFromValue,
  print,
  type GraphQLSchema,
  type GraphQLNamedType,
  type GraphQLArgument,
} from "graphql";

export { buildReferenceSchema, referenceSdlDir } from "./reference";

export interface Extensions {
  /** type names wholly ours */
  types: Set<string>;
  /** "Type.field" pairs added to DataHub types */
  fields: Set<string>;
}

function kind(t: GraphQLNamedType): string {
  if (t instanceof GraphQLObjectType) return "object";
  if (t instanceof GraphQLInterfaceType) return "interface";
  if (t instanceof GraphQLInputObjectType) return "input";
  if (t instanceof GraphQLEnumType) return "enum";
  if (t instanceof GraphQLUnionType) return "union";
  return "scalar";
}

function defaultText(a: { defaultValue?: unknown; type: GraphQLArgument["type"] }): string {
  if (a.defaultValue === undefined) return "";
  const ast = astFromValue(a.defaultValue, a.type);
  return ast ? ` = ${print(ast)}` : "";
}

export function compareSchemas(ours: GraphQLSchema, reference: GraphQLSchema, ext: Extensions = { types: new Set(), fields: new Set() }): string[] {
  const problems: string[] = [];
  for (const t of Object.values(ours.getTypeMap())) {
    if (t.name.startsWith("__") || isSpecifiedScalarType(t) || ext.types.has(t.name)) continue;
    const r = reference.getType(t.name);
    if (!r) {
      problems.push(`type ${t.name} does not exist in DataHub's schema`);
      continue;
    }
    if (kind(t) !== kind(r)) {
      problems.push(`${t.name} is a ${kind(t)} here but a ${kind(r)} in DataHub`);
      continue;
    }
    if (isScalarType(t)) continue;
    if (t instanceof GraphQLObjectType || t instanceof GraphQLInterfaceType) {
      const rf = (r as GraphQLObjectType).getFields();
      for (const f of Object.values(t.getFields())) {
        if (ext.fields.has(`${t.name}.${f.name}`)) continue;
        const g = rf[f.name];
        if (!g) {
          problems.push(`${t.name}.${f.name} does not exist in DataHub`);
          continue;
        }
        if (f.type.toString() !== g.type.toString()) problems.push(`${t.name}.${f.name}: ${f.type} here, ${g.type} in DataHub`);
        for (const a of f.args) {
          const b = g.args.find((x) => x.name === a.name);
          if (!b) problems.push(`${t.name}.${f.name}(${a.name}) does not exist in DataHub`);
          else if (a.type.toString() !== b.type.toString() || defaultText(a) !== defaultText(b))
            problems.push(`${t.name}.${f.name}(${a.name}): ${a.type}${defaultText(a)} here, ${b.type}${defaultText(b)} in DataHub`);
        }
        for (const b of g.args)
          if (b.type.toString().endsWith("!") && b.defaultValue === undefined && !f.args.some((a) => a.name === b.name))
            problems.push(`${t.name}.${f.name} lacks DataHub's required argument ${b.name}`);
      }
      const rIfaces = new Set((r as GraphQLObjectType).getInterfaces().map((i) => i.name));
      for (const i of t.getInterfaces()) if (!rIfaces.has(i.name)) problems.push(`${t.name} implements ${i.name} here but not in DataHub`);
    } else if (t instanceof GraphQLInputObjectType) {
      const rf = (r as GraphQLInputObjectType).getFields();
      for (const f of Object.values(t.getFields())) {
        if (ext.fields.has(`${t.name}.${f.name}`)) {
          // A marked extension: optional, so that DataHub's own clients never need to send it.
          if (f.type.toString().endsWith("!")) problems.push(`input ${t.name}.${f.name} is an extension but required`);
          continue;
        }
        const g = rf[f.name];
        if (!g) problems.push(`input ${t.name}.${f.name} does not exist in DataHub`);
        else if (f.type.toString() !== g.type.toString() || defaultText(f) !== defaultText(g))
          problems.push(`input ${t.name}.${f.name}: ${f.type}${defaultText(f)} here, ${g.type}${defaultText(g)} in DataHub`);
      }
      for (const g of Object.values(rf))
        if (g.type.toString().endsWith("!") && g.defaultValue === undefined && !t.getFields()[g.name])
          problems.push(`input ${t.name} lacks DataHub's required field ${g.name}`);
    } else if (t instanceof GraphQLEnumType) {
      const values = new Set((r as GraphQLEnumType).getValues().map((v) => v.name));
      for (const v of t.getValues()) if (!values.has(v.name)) problems.push(`enum ${t.name}.${v.name} does not exist in DataHub`);
    } else if (t instanceof GraphQLUnionType) {
      const members = new Set((r as GraphQLUnionType).getTypes().map((m) => m.name));
      for (const m of t.getTypes()) if (!members.has(m.name)) problems.push(`union ${t.name} member ${m.name} is not in DataHub's union`);
    }
  }
  return problems;
}
