/**
 * Before `orrery import-mlflow` writes anything: does the catalog already hold, under the urns this
 * store's experiments and registered models would get, another MLflow store's? Every MLflow store
 * has an experiment "Default", and model names repeat between stores, so without a platform instance
 * a second store would silently merge into the first (its runs in the other's experiments, its
 * versions in the other's model groups).
 *
 * "Another store" is recognised by MLflow's own identities, which the catalog already records and
 * which travel with a store when it is copied to another folder or machine (its meta.yaml files and
 * run folders are copied as they are), so the same store re-imported from anywhere is recognised:
 *
 * - an experiment is the same one when one of this store's runs of it (uuids, unique to a store) is
 *   already in the catalog's experiment; when both have runs and share none, it is another store's;
 *   when either has no run, when its recorded experiment id or artifact location differs;
 * - a registered model is another store's when the catalog's was created at another time; a version
 *   of the same model likewise.
 *
 * Only live entities count (a soft-deleted one, or one the catalog does not hold, merges nothing), and
 * what the catalog does not record (an experiment ingested without its id) is not held against it. The
 * catalog is read through a CatalogReader: the local database, or a server's GraphQL API.
 */
import type { StoreIdentity } from "./mlflow";

/** The reads of the local catalog the check needs (the store offers them; importers do not import the store). */
export interface LocalCatalog {
  existing(urns: readonly string[]): Set<string>;
  getCurrentAspects(urns: readonly string[], aspects?: readonly string[]): Map<string, Map<string, unknown>>;
  search(q: { query: string; filters?: { container?: string[] }; start?: number; count?: number }): { total: number };
}

/** What the catalog holds of one live entity, as far as telling MLflow objects apart needs. */
export interface CatalogEntity {
  /** an experiment container's custom properties (experiment_id, artifacts_location, …) */
  customProperties?: Record<string, string>;
  /** an experiment container: how many live entities (runs) it holds */
  children?: number;
  /** a run: its experiment container */
  container?: string;
  /** a model group or version: its creation time */
  created?: number;
}

/** The live entities the catalog holds among `urns` (the others are absent from the map). */
export type CatalogReader = (urns: string[]) => Promise<Map<string, CatalogEntity>>;

export interface Collision {
  kind: "experiment" | "registered model" | "model version";
  /** the experiment's or model's name (`name version n` for a version) */
  name: string;
  /** how the catalog's differs from this store's */
  why: string;
}

const iso = (t: number) => new Date(t).toISOString();

/** The experiments and models of this store that the catalog holds from another store, under the same urns. */
export async function findCollisions(identity: StoreIdentity, read: CatalogReader): Promise<Collision[]> {
  const held = await read([...identity.experiments.map((e) => e.urn), ...identity.models.flatMap((m) => [m.urn, ...m.versions.map((v) => v.urn)])]);
  const experiments = identity.experiments.filter((e) => held.has(e.urn));
  const runs = experiments.length ? await read(experiments.flatMap((e) => e.runs)) : new Map<string, CatalogEntity>();
  const out: Collision[] = [];
  for (const e of experiments) {
    const theirs = held.get(e.urn)!;
    if (e.runs.some((r) => runs.get(r)?.container === e.urn)) continue; // shared history: the same experiment
    const props = theirs.customProperties ?? {};
    let why: string | null = null;
    if (e.runs.length && (theirs.children ?? 0) > 0) why = `its ${theirs.children} run(s) in the catalog and this store's ${e.runs.length} have none in common`;
    else if (props.experiment_id !== undefined && props.experiment_id !== e.experimentId)
      why = `experiment id ${props.experiment_id} in the catalog, ${e.experimentId} in this store`;
    else if (props.artifacts_location !== undefined && e.artifactLocation !== undefined && props.artifacts_location !== e.artifactLocation)
      why = `artifact location ${props.artifacts_location} in the catalog, ${e.artifactLocation} in this store`;
    if (why) out.push({ kind: "experiment", name: e.name, why });
  }
  for (const m of identity.models) {
    const theirs = held.get(m.urn);
    if (!theirs) continue;
    if (theirs.created !== undefined && m.created !== undefined && theirs.created !== m.created) {
      out.push({ kind: "registered model", name: m.name, why: `created ${iso(theirs.created)} in the catalog, ${iso(m.created)} in this store` });
      continue; // its versions are another model's too
    }
    for (const v of m.versions) {
      const created = held.get(v.urn)?.created;
      if (created !== undefined && v.created !== undefined && created !== v.created)
        out.push({
          kind: "model version",
          name: `${m.name} version ${v.version}`,
          why: `created ${iso(created)} in the catalog, ${iso(v.created)} in this store`,
        });
    }
  }
  return out;
}

/** The warning printed before merging (or refusing to). */
export function describeCollisions(collisions: readonly Collision[], opts: { platformInstance?: string; merge: boolean }): string {
  const kinds = [...new Set(collisions.map((c) => (c.kind === "experiment" ? "experiments" : "registered models")))].join(" and ");
  const from = opts.platformInstance ? `another MLflow store imported with --platform-instance ${opts.platformInstance}` : "another MLflow store";
  const lines = [`warning: the catalog already holds ${kinds} of these names from ${from}; importing this store would merge them:`];
  for (const c of collisions.slice(0, 50)) lines.push(`  ${c.kind} '${c.name}': ${c.why}`);
  if (collisions.length > 50) lines.push(`  … and ${collisions.length - 50} more`);
  if (opts.merge) lines.push("merging them, as --merge asks.");
  else
    lines.push(
      opts.platformInstance
        ? `nothing was imported. To keep the two stores apart, give this one another --platform-instance; to merge them anyway, add --merge.`
        : `nothing was imported. To keep the two stores apart, import this one with --platform-instance NAME (a name of your choice for this MLflow store, e.g. its host; its experiments, models and datasets then get urns of their own); to merge them anyway, add --merge.`,
    );
  return `${lines.join("\n")}\n`;
}

// ---------- reading the catalog ----------

type Json = Record<string, unknown>;

/** A model's or group's creation time, from its properties (DataHub's `created.time`, or `createdAt`/`date`). */
const createdOf = (v: { created?: { time?: unknown } | null; createdAt?: unknown; date?: unknown } | null | undefined): number | undefined => {
  const t = v?.created?.time ?? v?.createdAt ?? v?.date;
  return typeof t === "number" ? t : undefined;
};

/** One entity of the upstream catalog's answer, with the fields CATALOG_QUERY selects. */
interface UpstreamEntity {
  urn?: unknown;
  __typename?: string;
  containerProperties?: { customProperties?: Array<{ key: string; value: string }> | null } | null;
  children?: { total?: unknown } | null;
  container?: { urn?: string } | null;
  groupProperties?: Parameters<typeof createdOf>[0];
  modelProperties?: Parameters<typeof createdOf>[0];
}

/** The local catalog. */
export function storeCatalog(store: LocalCatalog): CatalogReader {
  return async (urns) => {
    const live = [...store.existing(urns)];
    const aspects = store.getCurrentAspects(live, ["containerProperties", "container", "mlModelGroupProperties", "mlModelProperties"]);
    const out = new Map<string, CatalogEntity>();
    for (const urn of live) {
      const a = aspects.get(urn)!;
      if (urn.startsWith("urn:li:container:")) {
        const props = (a.get("containerProperties") as Json | undefined)?.customProperties;
        out.set(urn, {
          customProperties: props && typeof props === "object" ? (props as Record<string, string>) : {},
          // what Container.entities counts
          children: store.search({ query: "*", filters: { container: [urn] }, start: 0, count: 0 }).total,
        });
      } else if (urn.startsWith("urn:li:dataProcessInstance:")) {
        const c = (a.get("container") as Json | undefined)?.container;
        out.set(urn, { container: typeof c === "string" ? c : undefined });
      } else out.set(urn, { created: createdOf((a.get("mlModelGroupProperties") ?? a.get("mlModelProperties")) as Json | undefined) });
    }
    return out;
  };
}

/** DataHub's GraphQL (valid against DataHub's own schema, so a DataHub server answers it too). */
export const CATALOG_QUERY = `query orreryMlflowCatalog($urns: [String!]!) {
  entities(urns: $urns) {
    urn
    __typename
    ... on Container { containerProperties: properties { customProperties { key value } } children: entities(input: { start: 0, count: 0 }) { total } }
    ... on DataProcessInstance { container { urn } }
    ... on MLModelGroup { groupProperties: properties { created { time } } }
    ... on MLModel { modelProperties: properties { created { time } } }
  }
}`;

/** A server's catalog, read through its GraphQL API (`<origin>/api/graphql`), 500 urns a request. */
export function graphqlCatalog(server: string, token?: string): CatalogReader {
  const url = `${new URL(server).origin}/api/graphql`;
  return async (urns) => {
    const out = new Map<string, CatalogEntity>();
    for (let i = 0; i < urns.length; i += 500) {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: CATALOG_QUERY, variables: { urns: urns.slice(i, i + 500) } }),
      });
      const text = await res.text();
      let body: { data?: { entities?: Array<UpstreamEntity | null> }; errors?: Array<{ message?: string }> };
      try {
        body = JSON.parse(text);
      } catch {
        throw new Error(`${url} answered ${res.status}: ${text.slice(0, 200)}`);
      }
      if (body.errors?.length || !Array.isArray(body.data?.entities))
        throw new Error(`${url} answered ${res.status}: ${body.errors?.map((e) => e.message).join("; ") || text.slice(0, 200)}`);
      for (const e of body.data!.entities!) {
        if (!e || typeof e.urn !== "string") continue;
        if (e.__typename === "Container")
          out.set(e.urn, {
            customProperties: Object.fromEntries((e.containerProperties?.customProperties ?? []).map((p) => [p.key, p.value])),
            children: typeof e.children?.total === "number" ? e.children.total : undefined,
          });
        else if (e.__typename === "DataProcessInstance") out.set(e.urn, { container: e.container?.urn ?? undefined });
        else out.set(e.urn, { created: createdOf(e.groupProperties ?? e.modelProperties ?? undefined) });
      }
    }
    return out;
  };
}
