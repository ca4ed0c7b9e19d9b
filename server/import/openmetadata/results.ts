/** What converting OpenMetadata entities gives: the proposals of each model, or the issues that stop it. */

export interface Issue {
  /** dotted path in the OpenMetadata entity (`mlFeatures.1.featureSources.0.name`), "" for the whole entity */
  path: string;
  message: string;
}

interface Located {
  file: string;
  /** position in the file: in `data` of a list response or in an array; 0 for a single entity */
  index: number;
  /** the entity's `name` when it has a string one */
  name?: string;
}

export interface ConvertedModel extends Located {
  ok: true;
  urn: string;
  features: string[];
  datasets: string[];
  proposals: unknown[];
  /** what was imported with less than the input said (e.g. a feature source whose table has no FQN) */
  warnings: Issue[];
}

export interface InvalidModel extends Located {
  ok: false;
  issues: Issue[];
}

export type ModelResult = ConvertedModel | InvalidModel;

export interface ImportOptions {
  /**
   * OpenMetadata database service → DataHub platform, for the datasets feature sources name
   * (`{"warehouse": "snowflake"}` makes table `warehouse.db.schema.t` the snowflake dataset `db.schema.t`).
   * Tables of other services become datasets of the `openmetadata` platform named by their full FQN.
   */
  datasetPlatforms?: Readonly<Record<string, string>>;
}
