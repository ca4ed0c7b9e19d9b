/** The users, tags and glossary terms the catalog's entities refer to, emitted first when the catalog has room for them. */
import { proposal, titleCase, type Ctx } from "./proposal";
import type { Proposal } from "./types";

const USERS = [
  ["alice", "Alice Chen", "Senior ML Engineer"],
  ["bob", "Bob Okafor", "Data Scientist"],
  ["carol", "Carol Diaz", "Staff Data Scientist"],
  ["dave", "Dave Kowalski", "Data Engineer"],
  ["erin", "Erin Walsh", "MLOps Engineer"],
  ["frank", "Frank Müller", "Analytics Engineer"],
  ["grace", "Grace Park", "ML Engineer"],
  ["heidi", "Heidi Nakamura", "Data Scientist"],
  ["ivan", "Ivan Petrov", "Data Engineer"],
  ["judy", "Judy Adeyemi", "ML Platform Lead"],
  ["kevin", "Kevin O'Brien", "Applied Scientist"],
  ["laura", "Laura Rossi", "Data Steward"],
] as const;
export const USER_URNS = USERS.map(([id]) => `urn:li:corpuser:${id}`);

const TAGS: ReadonlyArray<readonly [string, string, string]> = [
  ["production", "Serving live traffic", "#308613"],
  ["staging", "Deployed to the staging environment", "#FACB66"],
  ["experimental", "Exploratory work; not for production use", "#9B59B6"],
  ["deprecated", "Scheduled for removal", "#5D7283"],
  ["pii", "Contains personally identifiable information", "#D0021B"],
  ["gdpr", "Subject to GDPR data-subject requests", "#E67E22"],
  ["tier-1", "Business critical; on-call coverage", "#1F77B4"],
  ["tier-2", "Important; business-hours support", "#6BAED6"],
  ["realtime", "Updated or served in real time", "#17BECF"],
  ["batch", "Produced by scheduled batch jobs", "#8C564B"],
  ["forecasting", "Time-series forecasting", "#2CA02C"],
  ["classification", "Classification models and their data", "#BCBD22"],
  ["ranking", "Ranking and recommendation", "#E377C2"],
  ["nlp", "Natural-language processing", "#7F7F7F"],
];
export const TAG_URNS = TAGS.map(([name]) => `urn:li:tag:${name}`);

const TERMS: ReadonlyArray<readonly [string, string]> = [
  ["customer_data", "Data describing customers and their accounts"],
  ["pii", "Personally identifiable information"],
  ["financial", "Monetary amounts, invoices and payments"],
  ["revenue", "Revenue and revenue-derived measures"],
  ["training_data", "Data used to train machine-learning models"],
  ["model_output", "Predictions or scores written by a model"],
  ["feature", "A model input derived from source data"],
  ["label", "Ground-truth outcome used as a training target"],
  ["forecast", "A prediction of a future value of a time series"],
  ["risk_score", "A probability or score of an adverse outcome"],
];

export const POOL_SIZE = USERS.length + TAGS.length + TERMS.length;
/** catalogs smaller than this skip the tag/term/user entities (they'd crowd out the ML assets) */
export const POOL_MIN_ENTITIES = 400;

export function* poolProposals(ctx: Ctx): Generator<Proposal> {
  for (const [id, fullName, title] of USERS) {
    const [firstName, lastName] = fullName.split(" ");
    yield proposal(ctx, "corpuser", `urn:li:corpuser:${id}`, "corpUserInfo", {
      customProperties: {},
      active: true,
      displayName: fullName,
      email: `${id}@example.com`,
      title,
      firstName,
      lastName,
      fullName,
    });
  }
  for (const [name, description, colorHex] of TAGS) yield proposal(ctx, "tag", `urn:li:tag:${name}`, "tagProperties", { name, description, colorHex });
  for (const [name, definition] of TERMS)
    yield proposal(ctx, "glossaryTerm", `urn:li:glossaryTerm:${name}`, "glossaryTermInfo", {
      customProperties: {},
      name: titleCase(name),
      definition,
      termSource: "INTERNAL",
    });
}
