/**
 * Kept search results (Search.search). A broad full-text search (more than RANK_ALL_UP_TO matches)
 * reads every match's id, counts their facets and ranks the newest name matches: most of its time,
 * and the same for each page of it, each facet clicked off again, each visitor asking what another
 * asked. Here a connection keeps, per prepared query, its matches, their facet counts, the ranking
 * of their names and the hits of the pages asked, and patches them with the catalog's changes since
 * (the entities FacetColumns journals, with the values they held) instead of reading them again:
 *
 * - each changed entity is checked against the query (one look-up by id in the full-text index, or
 *   the matches read again whole when many changed) and joins or leaves the matches;
 * - the facet counts lose the values it held, if it matched, and gain those it holds, if it does;
 * - the ranking stands when every changed entity would rank where it ranks (name matches are
 *   ranked by their names, which most changes leave alone); otherwise it is read again;
 * - the hits of changed entities are dropped, and read again when a page shows them.
 *
 * So an answer from here is the one a fresh search gives. When that cannot be told cheaply (too
 * many changes, a journal that no longer reaches back, matches coming or going beyond the exact
 * count, a ranking by bm25, which every change to the index shifts) the entry is dropped and the
 * search runs afresh.
 */
import type { ChangesSince, FacetColumns, JournalPosition } from "./search-facets";
import type { SearchHit } from "./types";

/** Entries a connection keeps, the least recently used dropped first. */
const CACHED_SEARCHES = 256;
/** Match ids all entries hold together at most (8 bytes each in memory). */
const CACHED_IDS = 1_000_000;
/**
 * Changed entities up to which each is looked up in the full-text index by id (0.05–2 ms each,
 * depending on the query's words); past them the matches are read again whole (one statement, about
 * a fifth of a search), and the facet counts and the hits still patched.
 */
const LOOK_UP_TO = 32;
/** Changed entities past which the search runs afresh rather than patch its entry. */
const PATCH_UP_TO = 5_000;
/** Hits an entry keeps (a few pages), and all entries together (a hit may carry its aspects). */
const CACHED_HITS = 100;
const CACHED_HITS_IN_ALL = 2_000;

/** Where each ranking statement stopped: whether it filled its LIMIT, and the oldest match it ranked. */
export interface RankWindow {
  full: boolean;
  oldest: number;
}

/** The ranking of a search's name matches, and the windows it covered (see Search.search, step 2). */
export interface Ranking {
  ranked: Map<number, number>;
  /** the name of each ranked match, as ranked */
  names: Map<number, string>;
  /** null: no ranking ran (no name could match); every name match found later changes it */
  exact: RankWindow | null;
  /** the typo corrections' statement, when it ran */
  fixes: RankWindow | null;
}

/** A hit as kept: its score and sort key are the page's. */
export type KeptHit = Omit<SearchHit, "score" | "key">;

export class CachedSearch {
  /** facet field (as stored) → value → count, over `ids` */
  readonly tallies = new Map<string, Map<string, number>>();
  readonly hits = new Map<number, KeptHit>();
  ranking: Ranking | null = null;

  constructor(
    /** every match, newest (highest id) first; the newest FACETS_EXACT_UP_TO when not `exact` */
    public ids: number[],
    public at: JournalPosition,
    /** whether `ids` holds every match */
    readonly exact: boolean,
    /** the number of matches (estimated when not `exact`) */
    public total: number,
  ) {}
}

/** What patching an entry asks of the search it belongs to. */
export interface PatchContext {
  columns: FacetColumns;
  /** which of these entities match the query now */
  matching: (ids: readonly number[]) => Set<number>;
  /** every match now, newest first; null past the exact count */
  allMatches: () => number[] | null;
  /** the estimated number of matches, when the newest FACETS_EXACT_UP_TO reach down to `lowest` (estimatedTotal) */
  estimate: (lowest: number) => number;
  /** the names these entities have now */
  namesOf: (ids: readonly number[]) => Map<number, string>;
  /** which of these entities (matches, unranked) a ranking would rank now, given the windows it covered */
  wouldRank: (ids: readonly number[], ranking: Ranking) => boolean;
  /** the ranking is over the newest SEARCH_WINDOW matches only (a filtered search) */
  windowed: boolean;
  /** the most matches an entry may hold (exact counts), and the fewest (fewer are ranked by bm25) */
  most: number;
  fewest: number;
  searchWindow: number;
}

/** What a cache did (tests and benchmarks read it). */
export interface SearchCacheStats {
  /** searches answered from an entry (patched first when the catalog had changed) */
  hits: number;
  /** of those, entries patched with changes */
  patched: number;
  /** of those, patched entries whose ranking was read again */
  reranked: number;
  /** entries dropped because they could not be patched */
  dropped: number;
}

export class SearchCache {
  private readonly entries = new Map<string, CachedSearch>();
  private heldIds = 0;
  readonly stats: SearchCacheStats = { hits: 0, patched: 0, reranked: 0, dropped: 0 };

  /** The entry of `key`, brought up to date with the catalog's changes; undefined when there is none or it could not be patched. */
  get(key: string, ctx: PatchContext): CachedSearch | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    ctx.columns.sync();
    const changes = ctx.columns.changesSince(entry.at);
    const ranked = entry.ranking !== null;
    if (!changes || changes.size > PATCH_UP_TO || !patch(entry, changes, ctx)) {
      this.drop(key);
      this.stats.dropped++;
      return undefined;
    }
    this.stats.hits++;
    if (changes.size > 0) this.stats.patched++;
    if (ranked && entry.ranking === null) this.stats.reranked++;
    entry.at = ctx.columns.position;
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Keeps a new entry (the least recently used dropped to make room). */
  add(key: string, entry: CachedSearch): void {
    this.drop(key);
    this.entries.set(key, entry);
    this.heldIds += entry.ids.length;
    for (const k of this.entries.keys()) {
      if (this.entries.size <= CACHED_SEARCHES && this.heldIds <= CACHED_IDS) break;
      if (k !== key) this.drop(k);
    }
  }

  /** Keeps a hit of an entry (up to CACHED_HITS of them). */
  keepHit(entry: CachedSearch, hit: KeptHit): void {
    if (entry.hits.size >= CACHED_HITS) return;
    let held = 0;
    for (const e of this.entries.values()) held += e.hits.size;
    if (held < CACHED_HITS_IN_ALL) entry.hits.set(hit.id, hit);
  }

  clear(): void {
    this.entries.clear();
    this.heldIds = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.heldIds -= entry.ids.length;
    this.entries.delete(key);
  }
}

/** Whether a list sorted newest (highest) first holds `id`. */
export function holds(ids: readonly number[], id: number): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] === id) return true;
    if (ids[mid] > id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Applies the changes to an entry; false when it must be read afresh instead. */
function patch(entry: CachedSearch, changes: ChangesSince, ctx: PatchContext): boolean {
  if (changes.size === 0) return true;
  const changed = [...changes.keys()];
  // More matches than are read (their newest, and an estimated total): patched only while no
  // changed entity comes or goes, as the window of the newest would move.
  if (!entry.exact && changed.length > LOOK_UP_TO) return false;
  // Many changes: the matches read again whole, rather than each changed entity looked up.
  const all = changed.length > LOOK_UP_TO ? ctx.allMatches() : undefined;
  if (all === null) return false;
  const now = all ? new Set(changed.filter((id) => holds(all, id))) : ctx.matching(changed);
  const was = new Set(changed.filter((id) => holds(entry.ids, id)));
  const joined = changed.filter((id) => now.has(id) && !was.has(id));
  const left = changed.filter((id) => !now.has(id) && was.has(id));
  let ids = entry.ids;
  // Not exact: the facets count the newest matches only, down to the oldest of them.
  const lowest = ids[ids.length - 1];
  const counted = (id: number) => entry.exact || id >= lowest;
  if (!entry.exact) {
    // A match coming or going among the newest moves their window; older ones only the estimate
    // (which also reads the catalog's range of ids, which new entities move).
    if (joined.some(counted) || left.length) return false;
    entry.total = ctx.estimate(lowest);
  } else if (joined.length || left.length) {
    const gone = new Set(left);
    ids = all ?? [...entry.ids.filter((id) => !gone.has(id)), ...joined].sort((a, b) => b - a);
    // Past the exact count, or few enough to be ranked by bm25: a fresh search answers otherwise.
    if (ids.length > ctx.most || ids.length <= ctx.fewest) return false;
  }
  // Facet counts: the values each changed match held out, those it holds now in.
  const { columns } = ctx;
  for (const [field, tally] of entry.tallies) {
    for (const id of changed) {
      if (was.has(id)) for (const code of changes.get(id)!.get(field) ?? []) bump(tally, columns.valueOf(field, code), -1);
      if (now.has(id) && counted(id)) for (const code of columns.codesOf(id, field)) bump(tally, columns.valueOf(field, code), 1);
    }
  }
  for (const id of changed) entry.hits.delete(id);
  if (
    entry.ranking &&
    !rankingStands(entry.ranking, changed, now, ids.length !== entry.ids.length || joined.length > 0, Math.max(ids.length, entry.ids.length), ctx)
  )
    entry.ranking = null;
  entry.ids = ids;
  if (entry.exact) entry.total = ids.length;
  return true;
}

/**
 * Whether a ranking of names stands after these changes: each ranked entity still matches, under
 * the same name (its rank is its name's), and no other changed match would enter the windows the
 * ranking covered. Else it is read again.
 */
function rankingStands(ranking: Ranking, changed: readonly number[], now: ReadonlySet<number>, moved: boolean, most: number, ctx: PatchContext): boolean {
  // A filtered search ranks among its newest SEARCH_WINDOW matches: when matches came or went, that window moved.
  if (moved && ctx.windowed && most > ctx.searchWindow) return false;
  const ranked = changed.filter((id) => ranking.ranked.has(id));
  if (ranked.some((id) => !now.has(id))) return false;
  if (ranked.length) {
    const names = ctx.namesOf(ranked);
    if (ranked.some((id) => names.get(id) !== ranking.names.get(id))) return false;
  }
  const others = changed.filter((id) => now.has(id) && !ranking.ranked.has(id));
  return others.length === 0 || !ctx.wouldRank(others, ranking);
}

function bump(tally: Map<string, number>, value: string, by: number): void {
  const n = (tally.get(value) ?? 0) + by;
  if (n > 0) tally.set(value, n);
  else tally.delete(value);
}
