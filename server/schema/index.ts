/** The SDL the server serves: DataHub's subset first, then Orrery's marked extensions. */
import fs from "node:fs";

const here = new URL(".", import.meta.url);

/** SDL files in load order. */
export const SCHEMA_FILES = fs
  .readdirSync(here)
  .filter((f) => f.endsWith(".graphql"))
  .sort((a, b) => Number(a.endsWith(".orrery.graphql")) - Number(b.endsWith(".orrery.graphql")) || a.localeCompare(b));

export const typeDefs: string[] = SCHEMA_FILES.map((f) => fs.readFileSync(new URL(f, here), "utf8"));

/** DataHub's subset alone, without Orrery's extensions: what a client sees of a plain DataHub. */
export const datahubTypeDefs: string[] = SCHEMA_FILES.filter((f) => !f.endsWith(".orrery.graphql")).map((f) => fs.readFileSync(new URL(f, here), "utf8"));

export function buildOrrerySchemaSDL(): string {
  return typeDefs.join("\n");
}
