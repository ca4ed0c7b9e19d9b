/**
 * The other searchable text of an entity (the search index's `text` column), in parts named as
 * DataHub's search names those fields in a hit's `matchedFields`: the urn's id, custom property keys
 * and values, hyper-parameter and metric names (of a model or a training run), schema field paths.
 */
type Json = Record<string, unknown>;

export interface SearchTextPart {
  /** DataHub's name of the field */
  field: "urn" | "customProperties" | "hyperParams" | "trainingMetrics" | "fieldPaths";
  text: string;
}

const str = (v: unknown): string => (typeof v === "string" ? v : "");
const member = (v: unknown, key: string): unknown => (v && typeof v === "object" ? (v as Json)[key] : undefined);

function customPropsText(v: unknown): string {
  if (!v || typeof v !== "object") return "";
  return Object.entries(v as Json)
    .map(([k, val]) => `${k} ${typeof val === "string" ? val : ""}`)
    .join(" ");
}

/**
 * The `name`s of the items of these lists. Declared here rather than in otherTextParts, which runs for
 * every entity indexed: tsx names each function a call declares (a defineProperty per call).
 */
function namesText(...lists: unknown[]): string {
  return lists
    .filter(Array.isArray)
    .map((list) => list.map((p) => str(member(p, "name"))).join(" "))
    .join(" ");
}

/** The non-empty parts, from the entity's properties aspect (`props`) and its other aspects. */
export function otherTextParts(urnId: string, props: Json, aspects: Record<string, Json | undefined>): SearchTextPart[] {
  const training = aspects.mlTrainingRunProperties;
  const fields = aspects.schemaMetadata?.fields;
  const parts: SearchTextPart[] = [
    { field: "urn", text: urnId },
    { field: "customProperties", text: customPropsText(props.customProperties) },
    { field: "hyperParams", text: namesText(props.hyperParams, training?.hyperParams) },
    { field: "trainingMetrics", text: namesText(props.trainingMetrics, training?.trainingMetrics) },
    { field: "fieldPaths", text: Array.isArray(fields) ? fields.map((f) => str(member(f, "fieldPath"))).join(" ") : "" },
  ];
  return parts.filter((p) => p.text.trim() !== "");
}
