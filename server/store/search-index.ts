import { buildSearchDocument, SEARCHABLE_ENTITY_TYPES, type SearchDocument } from "../model/derive";
import type { AspectReads } from "./aspects";
import type { Connection } from "./connection";
import type { TxCache } from "./tx-cache";
import { LazyValue, type AspectValue, type StoredValue } from "./types";
import { addVocabulary, clearVocabulary } from "./search-fuzzy";
import { browsePathOf, MAX_BROWSE_DEPTH } from "../model/browse-path";

const SEARCHABLE: ReadonlySet<string> = new Set(SEARCHABLE_ENTITY_TYPES);

/** The search table's columns, in the order reindex() writes them. */
export const SEARCH_COLUMNS = ["name", "description", "text", "tags", "terms", "owners", "platform", "kind"] as const;
export type SearchColumns = Record<(typeof SEARCH_COLUMNS)[number], string>;

/**
 * What the index holds for a search document: its row of the search table and its facet rows
 * (field, value), or null for soft-deleted entities and kinds nobody searches for, which stay out of
 * the index. The one definition shared by reindex() and consistencyCheck().
 */
export function indexRowsOf(
  doc: SearchDocument,
  ownerNames: ReadonlyMap<string, string> = new Map(),
): { search: SearchColumns; facets: Array<[string, string]> } | null {
  if (doc.removed || !SEARCHABLE.has(doc.type)) return null;
  const facets: Array<[string, string]> = [];
  for (const [field, values] of Object.entries(doc.facets)) {
    if (field === "_entityType") continue;
    for (const v of new Set(values)) facets.push([field, v]);
  }
  return {
    search: {
      name: doc.name,
      description: doc.description,
      text: doc.text,
      tags: doc.tags.map(lastPart).join(" "),
      terms: doc.terms.map(lastPart).join(" "),
      // An owner by id and by name: "alice" and "Alice Chen" both find what she owns.
      owners: doc.owners.map((o) => [lastPart(o), ownerNames.get(o)].filter(Boolean).join(" ")).join(" "),
      platform: doc.platform ? lastPart(doc.platform) : "",
      kind: doc.type,
    },
    facets,
  };
}

/** Owners' aspects that hold the names search finds them by. */
const NAME_ASPECTS = ["corpUserInfo", "corpUserEditableInfo", "corpGroupInfo", "corpGroupEditableInfo"];

/**
 * Display names of these owners (users, groups), by urn: every distinct name their info aspects give.
 * With `cache` (a write transaction's), owners read before are not read again.
 */
export function ownerNamesOf(aspects: AspectReads, owners: readonly string[], cache?: Map<string, string | null>): Map<string, string> {
  const out = new Map<string, string>();
  if (owners.length === 0) return out;
  const unread: string[] = [];
  for (const o of new Set(owners)) {
    const known = cache?.get(o);
    if (known === undefined) unread.push(o);
    else if (known !== null) out.set(o, known);
  }
  if (unread.length === 0) return out;
  for (const [urn, byAspect] of aspects.getCurrentAspects(unread, NAME_ASPECTS)) {
    const names = new Set<string>();
    for (const a of NAME_ASPECTS) {
      const v = byAspect.get(a) as Record<string, unknown> | undefined;
      for (const k of ["displayName", "fullName"]) if (typeof v?.[k] === "string" && v[k]) names.add(v[k] as string);
    }
    const joined = names.size ? [...names].join(" ") : null;
    if (joined !== null) out.set(urn, joined);
    cache?.set(urn, joined);
  }
  return out;
}

/**
 * A container's browse path as its aspects give it (its `browsePathsV2`, else its own container's
 * path and that container), read from the catalog; cycles and chains deeper than MAX_BROWSE_DEPTH stop.
 */
export function containerPaths(aspects: AspectReads): (container: string) => string[] {
  // A container's path as an entity inside it sees it depends only on the catalog, so it is read once
  // for all of them; the paths met on the way up are kept for that one walk (in a cycle, where the
  // walk starts decides where it stops).
  const paths = new Map<string, string[]>();
  return (container) => {
    let out = paths.get(container);
    if (!out) paths.set(container, (out = walkUp(aspects, container)));
    return out;
  };
}

function walkUp(aspects: AspectReads, container: string): string[] {
  const known = new Map<string, string[]>();
  const pathOf = (urn: string, seen: ReadonlySet<string>): string[] => {
    const cached = known.get(urn);
    if (cached) return cached;
    if (seen.has(urn) || seen.size >= MAX_BROWSE_DEPTH) return [];
    const own = Object.fromEntries(aspects.getCurrentAspects([urn], ["browsePathsV2", "container"]).get(urn) ?? new Map());
    const out = browsePathOf(urn, own as Record<string, Record<string, unknown>>, (parent) => pathOf(parent, new Set([...seen, urn])));
    known.set(urn, out);
    return out;
  };
  return pathOf(container, new Set());
}

/**
 * A new container's contents are reindexed with it (their default browse paths start with its
 * path), at most this many; see OWNER_RENAME_REINDEX_LIMIT.
 */
export const CONTAINER_REINDEX_LIMIT = 5000;

/**
 * When a person or group changes (their name, maybe), the assets they own are reindexed in the same
 * transaction, at most this many (the first by urn); beyond it the others pick the new name up at
 * their next change or a full reindex. Bounded so one write never re-indexes a whole catalog.
 */
export const OWNER_RENAME_REINDEX_LIMIT = 5000;

/** Aspects by name, each value parsed when first read (LazyValue): the search document reads a few. */
function readAsNeeded(aspects: ReadonlyMap<string, StoredValue>): Record<string, AspectValue> {
  const out: Record<string, AspectValue> = {};
  for (const [name, v] of aspects)
    if (v instanceof LazyValue) Object.defineProperty(out, name, { get: () => v.value, enumerable: true, configurable: true });
    else out[name] = v;
  return out;
}

/** The last part of a urn (a tag's name, an owner's id), as the index holds it. */
export function lastPart(urn: string): string {
  const i = urn.lastIndexOf(":");
  return i >= 0 ? urn.slice(i + 1) : urn;
}

/**
 * Keeps the search index (the full-text `search` table and the `facets` rows) and each entity's
 * soft-delete flag in step with the entities' current aspects.
 */
export class SearchIndex {
  private readonly conn: Connection;
  private readonly tx: TxCache;
  private readonly aspects: AspectReads;

  constructor(conn: Connection, tx: TxCache, aspects: AspectReads) {
    this.conn = conn;
    this.tx = tx;
    this.aspects = aspects;
  }

  /** Refreshes the search documents of these entities (inside the caller's transaction). */
  reindexMany(urns: Iterable<string>): void {
    // The transaction's time, which the rows of the entities it creates already have.
    const now = this.conn.transactionTime ?? this.conn.now();
    const all = new Set(urns);
    for (const urn of [...all]) {
      if (!urn.startsWith("urn:li:corpuser:") && !urn.startsWith("urn:li:corpGroup:")) continue;
      // The owner's name may have changed: refresh what they own (bounded, see OWNER_RENAME_REINDEX_LIMIT).
      const owned = this.conn.all<{ src: string }>(`SELECT src FROM edges WHERE dst = ? AND type = 'OwnedBy' LIMIT ?`, urn, OWNER_RENAME_REINDEX_LIMIT);
      for (const r of owned) all.add(r.src);
    }
    for (const urn of [...all]) {
      // A container that is new in this transaction: what it contains may have been written first.
      if (!urn.startsWith("urn:li:container:") || !this.tx.fresh.has(urn)) continue;
      const inside = this.conn.all<{ src: string }>(`SELECT src FROM edges WHERE dst = ? AND type = 'IsPartOf' LIMIT ?`, urn, CONTAINER_REINDEX_LIMIT);
      for (const r of inside) all.add(r.src);
    }
    // Containers' paths are read once for all the entities (the aspects do not change meanwhile).
    const paths = containerPaths(this.aspects);
    for (const urn of all) this.reindex(urn, now, paths);
  }

  /** Rebuilds the search document and facets of one entity from its current aspects. */
  private reindex(urn: string, now: number, paths: (container: string) => string[], keepUpdatedAt = false): void {
    const fresh = this.tx.freshAspects.get(urn);
    const aspects = fresh ? readAsNeeded(fresh) : Object.fromEntries(this.aspects.getCurrentAspects([urn]).get(urn) ?? new Map());
    const doc = buildSearchDocument(urn, aspects as Record<string, Record<string, unknown>>, paths);
    const known = this.tx.ids.get(urn);
    const ent = known !== undefined ? { id: known } : this.conn.get<{ id: number }>(`SELECT id FROM entities WHERE urn = ?`, urn);
    if (!ent) return;
    const first = this.tx.fresh.has(urn) && !this.tx.indexed.has(urn);
    // An entity created by this transaction and indexed for the first time has its row as just
    // inserted (not removed, updated at the transaction's time): nothing to update.
    const asInserted = first && known !== undefined && !doc.removed && now === this.conn.transactionTime;
    if (keepUpdatedAt) this.conn.run(`UPDATE entities SET removed = ? WHERE id = ?`, doc.removed ? 1 : 0, ent.id);
    else if (!asInserted) this.conn.run(`UPDATE entities SET updated_at = ?, removed = ? WHERE id = ?`, now, doc.removed ? 1 : 0, ent.id);
    this.tx.indexed.add(urn);
    if (!first) {
      this.conn.run(`DELETE FROM search WHERE rowid = ?`, ent.id);
      this.conn.run(`DELETE FROM facets WHERE entity_id = ?`, ent.id);
    }
    const row = indexRowsOf(doc, ownerNamesOf(this.aspects, doc.owners, this.tx.ownerNames));
    if (!row) return;
    addVocabulary(this.conn, [row.search.name, row.search.tags, row.search.terms, row.search.owners, row.search.platform], this.tx.words);
    this.conn.run(
      `INSERT INTO search (rowid, name, description, text, tags, terms, owners, platform, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ent.id,
      ...SEARCH_COLUMNS.map((c) => row.search[c]),
    );
    for (const [field, v] of row.facets) this.conn.run(`INSERT INTO facets (field, value, entity_id) VALUES (?, ?, ?)`, field, v, ent.id);
  }

  /** Rebuilds every search document (after a change to the indexing rules), in batches. */
  reindexAll(onProgress?: (done: number, total: number) => void): number {
    const ids = this.conn.all<{ urn: string }>(`SELECT urn FROM entities ORDER BY id`).map((r) => r.urn);
    this.conn.transaction(() => clearVocabulary(this.conn));
    for (let i = 0; i < ids.length; i += 5000) {
      const batch = ids.slice(i, i + 5000);
      this.conn.transaction(() => {
        this.conn.run(`DELETE FROM search WHERE rowid IN (SELECT id FROM entities WHERE urn IN (SELECT value FROM json_each(?)))`, JSON.stringify(batch));
        this.conn.run(`DELETE FROM facets WHERE entity_id IN (SELECT id FROM entities WHERE urn IN (SELECT value FROM json_each(?)))`, JSON.stringify(batch));
        // Marked fresh so reindex() skips its per-entity deletes (done above for the whole batch).
        for (const u of batch) this.tx.fresh.add(u);
        const now = this.conn.now();
        const all = this.aspects.getCurrentAspects(batch);
        const paths = containerPaths(this.aspects);
        for (const u of batch) {
          this.tx.freshAspects.set(u, all.get(u) ?? new Map());
          this.reindex(u, now, paths, true);
        }
      });
      onProgress?.(Math.min(i + 5000, ids.length), ids.length);
    }
    return ids.length;
  }
}
