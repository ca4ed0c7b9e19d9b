/**
 * Strict URN grammar: `urn:li:<entityType>:<key>`, where tuple keys are `(a,b,…)` and components may
 * themselves be URNs with parentheses and commas (split on top-level commas only).
 */

export const ENTITY_TYPES = [
  "mlModel",
  "mlModelGroup",
  "container",
  "dataProcessInstance",
  "dataset",
  "mlFeature",
  "mlFeatureTable",
  "mlPrimaryKey",
  "tag",
  "glossaryTerm",
  "corpuser",
  "corpGroup",
  "dataPlatform",
  "versionSet",
  "platformResource",
  "dataJob",
  "dataFlow",
  "schemaField",
  "mlModelDeployment",
  "domain",
  "glossaryNode",
  "structuredProperty",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const FABRIC_TYPES: readonly string[] = [
  "DEV",
  "TEST",
  "QA",
  "UAT",
  "EI",
  "PRE",
  "STG",
  "NON_PROD",
  "PROD",
  "CORP",
  "RVW",
  "PRD",
  "TST",
  "SIT",
  "SBX",
  "SANDBOX",
];

type Simple =
  | "container"
  | "dataProcessInstance"
  | "tag"
  | "glossaryTerm"
  | "corpuser"
  | "corpGroup"
  | "dataPlatform"
  | "platformResource"
  | "domain"
  | "glossaryNode"
  | "structuredProperty";

export type ParsedUrn =
  | { entityType: "mlModel" | "mlModelGroup" | "dataset" | "mlModelDeployment"; platform: string; name: string; env: string }
  | { entityType: "mlFeature" | "mlPrimaryKey"; featureNamespace: string; name: string }
  | { entityType: "mlFeatureTable"; platform: string; name: string }
  | { entityType: "versionSet"; id: string; versionedEntityType: string }
  | { entityType: "dataJob"; flow: string; jobId: string }
  | { entityType: "dataFlow"; orchestrator: string; flowId: string; cluster: string }
  | { entityType: "schemaField"; parent: string; fieldPath: string }
  | { entityType: Simple; id: string };

export class UrnError extends Error {
  constructor(
    message: string,
    readonly input: string,
  ) {
    super(message);
    this.name = "UrnError";
  }
}

export const MAX_URN_LENGTH = 2000;
const PREFIX = "urn:li:";
// C0 and C1 control characters, line/paragraph separators, and bidirectional embedding/override/isolate
// controls (they make a urn display differently from what it is).
const CONTROL = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
// A UTF-16 surrogate without its pair: not a character, and SQLite would store it as U+FFFD.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function fail(input: string, why: string): never {
  const shown = input.length > 120 ? `${input.slice(0, 120)}…` : input;
  throw new UrnError(`${why} in ${JSON.stringify(shown)}`, input);
}

/** Splits `(a,b,c)` into components at parenthesis depth 0. */
function splitTuple(input: string, key: string): string[] {
  if (!key.startsWith("(") || !key.endsWith(")")) fail(input, "expected a tuple key '(…)'");
  const body = key.slice(1, -1);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "(") depth++;
    else if (c === ")") {
      depth--;
      if (depth < 0) fail(input, `unbalanced ')' at position ${PREFIX.length + i}`);
    } else if (c === "," && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) fail(input, "unbalanced '('");
  parts.push(body.slice(start));
  parts.forEach((p, i) => {
    if (p.length === 0) fail(input, `component ${i + 1} of the key is empty`);
  });
  return parts;
}

function checkBalanced(input: string, s: string, what: string): void {
  let depth = 0;
  for (const c of s) {
    if (c === "(") depth++;
    else if (c === ")" && --depth < 0) fail(input, `unbalanced ')' in ${what}`);
  }
  if (depth !== 0) fail(input, `unbalanced '(' in ${what}`);
}

function platformComponent(input: string, p: string): string {
  if (!p.startsWith("urn:li:dataPlatform:") || p.length === "urn:li:dataPlatform:".length)
    fail(input, `platform component '${p}' is not a dataPlatform urn (urn:li:dataPlatform:<name>)`);
  if (/[(),]/.test(p.slice("urn:li:dataPlatform:".length))) fail(input, `platform name in '${p}' contains '(', ')' or ','`);
  return p;
}

function envComponent(input: string, env: string): string {
  if (!FABRIC_TYPES.includes(env)) fail(input, `env '${env}' is not a FabricType (${FABRIC_TYPES.join(", ")})`);
  return env;
}

function arity(input: string, parts: string[], n: number | number[], entityType: string): void {
  const ok = Array.isArray(n) ? n.includes(parts.length) : parts.length === n;
  if (!ok) fail(input, `a ${entityType} key has ${Array.isArray(n) ? n.join(" or ") : n} components, not ${parts.length}`);
}

export function parseUrn(input: string): ParsedUrn {
  if (typeof input !== "string" || input.length === 0) throw new UrnError("urn is empty", String(input));
  if (input.length > MAX_URN_LENGTH) fail(input, `urn is ${input.length} characters; the limit is ${MAX_URN_LENGTH}`);
  if (input !== input.trim()) fail(input, "urn has leading or trailing whitespace");
  if (CONTROL.test(input)) fail(input, "urn contains a control character");
  if (LONE_SURROGATE.test(input)) fail(input, "urn contains an unpaired UTF-16 surrogate (not valid Unicode)");
  if (!input.startsWith(PREFIX)) fail(input, "urn must start with 'urn:li:'");
  const rest = input.slice(PREFIX.length);
  const colon = rest.indexOf(":");
  if (colon <= 0) fail(input, "missing entity type or key");
  const entityType = rest.slice(0, colon);
  const key = rest.slice(colon + 1);
  if (!(ENTITY_TYPES as readonly string[]).includes(entityType)) fail(input, `unknown entity type '${entityType}' (known: ${ENTITY_TYPES.join(", ")})`);
  if (key.length === 0) fail(input, "the key is empty");
  const t = entityType as EntityType;
  switch (t) {
    case "mlModel":
    case "mlModelGroup":
    case "mlModelDeployment":
    case "dataset": {
      const parts = splitTuple(input, key);
      arity(input, parts, [2, 3], t);
      const [platform, name, env = "PROD"] = parts;
      return { entityType: t, platform: platformComponent(input, platform), name, env: envComponent(input, env) };
    }
    case "mlFeatureTable": {
      const parts = splitTuple(input, key);
      arity(input, parts, 2, t);
      return { entityType: t, platform: platformComponent(input, parts[0]), name: parts[1] };
    }
    case "mlFeature":
    case "mlPrimaryKey": {
      const parts = splitTuple(input, key);
      arity(input, parts, 2, t);
      return { entityType: t, featureNamespace: parts[0], name: parts[1] };
    }
    case "versionSet": {
      const parts = splitTuple(input, key);
      arity(input, parts, 2, t);
      return { entityType: t, id: parts[0], versionedEntityType: parts[1] };
    }
    case "dataFlow": {
      const parts = splitTuple(input, key);
      arity(input, parts, 3, t);
      return { entityType: t, orchestrator: parts[0], flowId: parts[1], cluster: parts[2] };
    }
    case "dataJob": {
      const parts = splitTuple(input, key);
      arity(input, parts, 2, t);
      const flow = parts[0];
      if (entityTypeOfUnchecked(flow) !== "dataFlow") fail(input, `dataJob's first component must be a dataFlow urn`);
      parseUrn(flow);
      return { entityType: t, flow, jobId: parts[1] };
    }
    case "schemaField": {
      const parts = splitTuple(input, key);
      arity(input, parts, 2, t);
      parseUrn(parts[0]);
      return { entityType: t, parent: parts[0], fieldPath: parts[1] };
    }
    default:
      checkBalanced(input, key, "the key");
      return { entityType: t, id: key };
  }
}

function entityTypeOfUnchecked(s: string): string | null {
  if (!s.startsWith(PREFIX)) return null;
  const rest = s.slice(PREFIX.length);
  const colon = rest.indexOf(":");
  return colon > 0 ? rest.slice(0, colon) : null;
}

export function formatUrn(u: ParsedUrn): string {
  switch (u.entityType) {
    case "mlModel":
    case "mlModelGroup":
    case "mlModelDeployment":
    case "dataset":
      return `${PREFIX}${u.entityType}:(${u.platform},${u.name},${u.env})`;
    case "mlFeatureTable":
      return `${PREFIX}${u.entityType}:(${u.platform},${u.name})`;
    case "mlFeature":
    case "mlPrimaryKey":
      return `${PREFIX}${u.entityType}:(${u.featureNamespace},${u.name})`;
    case "versionSet":
      return `${PREFIX}versionSet:(${u.id},${u.versionedEntityType})`;
    case "dataFlow":
      return `${PREFIX}dataFlow:(${u.orchestrator},${u.flowId},${u.cluster})`;
    case "dataJob":
      return `${PREFIX}dataJob:(${u.flow},${u.jobId})`;
    case "schemaField":
      return `${PREFIX}schemaField:(${u.parent},${u.fieldPath})`;
    default:
      return `${PREFIX}${u.entityType}:${u.id}`;
  }
}

export function isUrn(input: unknown): input is string {
  return typeof input === "string" && entityTypeOrNull(input) !== null;
}

/** Types of urns met lately (each a valid urn). */
const typeCache = new Map<string, EntityType>();
/**
 * Strings met lately that are not urns (a page may hold the same few again and again); none longer
 * than a urn may be, so what they hold is bounded however long the strings a request sends.
 */
const notUrns = new Set<string>();

/**
 * The entity type of a URN, or null when it is not one: for readers that skip what is not a urn, and
 * see the same few again and again (a failed parse throws, which costs far more than a look-up).
 */
export function entityTypeOrNull(urn: string): EntityType | null {
  if (notUrns.has(urn)) return null;
  try {
    return entityTypeOf(urn);
  } catch {
    if (urn.length > MAX_URN_LENGTH) return null;
    if (notUrns.size > 10_000) notUrns.clear();
    notUrns.add(urn);
    return null;
  }
}

/** The entity type of a URN (validated; cached, since hot paths ask for it repeatedly). */
export function entityTypeOf(urn: string): EntityType {
  const hit = typeCache.get(urn);
  if (hit) return hit;
  const t = parseUrn(urn).entityType;
  if (typeCache.size > 50_000) typeCache.clear();
  typeCache.set(urn, t);
  return t;
}

/** Canonical spellings of urns met lately (ingestion normalises each urn once per aspect it writes). */
const canonicalCache = new Map<string, string>();

/** The canonical spelling: fills in a missing env (`,PROD`) of models, groups, deployments and datasets. */
export function normalizeUrn(input: string): string {
  const hit = canonicalCache.get(input);
  if (hit !== undefined) return hit;
  const out = formatUrn(parseUrn(input));
  if (canonicalCache.size > 50_000) canonicalCache.clear();
  canonicalCache.set(input, out);
  return out;
}

export function platformUrn(nameOrUrn: string): string {
  return nameOrUrn.startsWith("urn:li:dataPlatform:") ? nameOrUrn : `urn:li:dataPlatform:${nameOrUrn}`;
}

export function platformName(urn: string): string {
  return urn.startsWith("urn:li:dataPlatform:") ? urn.slice("urn:li:dataPlatform:".length) : urn;
}

/** The human part of a URN: the name of a model/dataset/feature, the id of a run or container, … */
export function displayNameFromUrn(urn: string): string {
  let u: ParsedUrn;
  try {
    u = parseUrn(urn);
  } catch {
    return urn;
  }
  switch (u.entityType) {
    case "mlModel":
    case "mlModelGroup":
    case "mlModelDeployment":
    case "dataset":
    case "mlFeatureTable":
    case "mlFeature":
    case "mlPrimaryKey":
      return u.name;
    case "versionSet":
      return u.id;
    case "dataFlow":
      return u.flowId;
    case "dataJob":
      return u.jobId;
    case "schemaField":
      return u.fieldPath;
    default:
      return u.id;
  }
}
