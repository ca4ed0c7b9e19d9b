/** A JSON object as stored or sent: a map of names to values. */
export type JsonObject = Record<string, unknown>;

/** Is `v` a JSON object (not null, not an array)? */
export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
