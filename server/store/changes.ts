import { changedFields, diffAspect, formatVersion, markChange, type AspectChange, type ChangeMark, type EntityChange } from "../model/history";
import { entityTypeOf } from "../model/urn";
import type { Sql } from "./connection";
import type { TxAspect, TxCache } from "./tx-cache";
import { nameId, urnId } from "./interned";
import { valueOf, type AspectValue } from "./types";

/**
 * History's changes (the `changes` table): one per entity and writer per transaction, numbered when
 * the transaction commits and read back a page at a time. Pruning old versions (writes.ts) moves an
 * entity's history horizon; only the changes after it are listed.
 */
export class Changes {
  private readonly sql: Sql;
  private readonly tx: TxCache;

  constructor(sql: Sql, tx: TxCache) {
    this.sql = sql;
    this.tx = tx;
  }

  /** The entity's latest change (listed or not), for numbering the next one. */
  private latestMark(urn: string): ChangeMark | null {
    const r = this.sql.get<{ at: number; actor: string; person: number; version: number; major: number; base: number; session_start: number | null }>(
      `SELECT at, actor, person, version, major, base, session_start FROM changes WHERE urn = ? ORDER BY at DESC, actor DESC LIMIT 1`,
      urn,
    );
    return r
      ? { at: r.at, actor: r.actor, person: r.person === 1, version: r.version, major: r.major === 1, base: r.base, sessionStart: r.session_start }
      : null;
  }

  /**
   * At the end of a transaction that wrote aspects (TxCache.aspects): one change per entity and
   * writer, numbered as OpenMetadata numbers versions (model/history.ts markChange) and recorded with
   * the aspects and fields it changed. A write that changed no field is not a change.
   */
  recordChanges(at: number): void {
    if (this.tx.aspects.size === 0) return;
    const byEntity = new Map<string, TxAspect[]>();
    /** entities whose first change of this transaction is recorded */
    const marked = new Set<string>();
    for (const t of this.tx.aspects.values()) (byEntity.get(t.urn) ?? byEntity.set(t.urn, []).get(t.urn)!).push(t);
    for (const [urn, written] of byEntity) {
      const byActor = new Map<string, TxAspect[]>();
      for (const t of written.sort((x, y) => x.aspect.localeCompare(y.aspect))) (byActor.get(t.actor) ?? byActor.set(t.actor, []).get(t.actor)!).push(t);
      for (const [actor, group] of byActor) {
        // Only the names of the changed fields are kept; an aspect new in this transaction is not diffed.
        const aspects = group
          .map((t) => ({
            aspect: t.aspect,
            fields: (t.before === null && t.newFields
              ? t.newFields
              : changedFields(t.aspect, t.before === null ? undefined : JSON.parse(t.before), valueOf(t.after))
            ).map((field) => ({ field })),
          }))
          .filter((a) => a.fields.length > 0);
        if (aspects.length === 0) continue;
        // An entity this transaction created has no change before this one (nor does a second actor's, yet).
        const previous = this.tx.ids.has(urn) && !marked.has(urn) ? null : this.latestMark(urn);
        marked.add(urn);
        const { joins, ...mark } = markChange(entityTypeOf(urn), previous, { at, actor, person: group.every((t) => t.person), aspects });
        const uid = urnId(this.sql, this.tx, urn);
        const aid = urnId(this.sql, this.tx, actor);
        if (joins)
          this.sql.run(
            `UPDATE change_rows SET version = ?, major = ? WHERE urn_id = ? AND actor_id = ? AND session_start = ?`,
            mark.version,
            mark.major ? 1 : 0,
            uid,
            aid,
            mark.sessionStart,
          );
        this.sql.run(
          `INSERT INTO change_rows (urn_id, at, actor_id, version, major, person, base, session_start, aspects, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (urn_id, at, actor_id) DO UPDATE SET version = excluded.version, major = excluded.major, person = excluded.person,
               base = excluded.base, session_start = excluded.session_start, aspects = excluded.aspects, fields = excluded.fields`,
          uid,
          at,
          aid,
          mark.version,
          mark.major ? 1 : 0,
          mark.person ? 1 : 0,
          mark.base,
          mark.sessionStart,
          // As ids of names (migration 12); the `changes` view lists them by name.
          JSON.stringify(aspects.map((a) => nameId(this.sql, this.tx, a.aspect))),
          JSON.stringify([...new Set(aspects.flatMap((a) => a.fields.map((f) => f.field)))].map((f) => nameId(this.sql, this.tx, f))),
        );
      }
    }
  }

  /**
   * One page of an entity's change history, newest first: the numbering recorded when each change was
   * made, and field diffs of the stored versions each listed change wrote (read for this page only).
   * `field` keeps the changes of that field or its sub-fields. Only changes after the entity's history
   * horizon are listed (before it, old versions have been pruned).
   */
  historyPage(urn: string, opts: { start: number; count: number; field?: string | null }): { version: string; total: number; changes: EntityChange[] } {
    const latest = this.latestMark(urn);
    const version = formatVersion((latest?.version ?? 1) / 10);
    const field = opts.field ?? null;
    const where = `urn = @urn AND at > coalesce((SELECT at FROM history_horizons WHERE urn = @urn), -1)
      AND (@field IS NULL OR EXISTS (SELECT 1 FROM json_each(changes.fields) f
             WHERE f.value = @field OR substr(f.value, 1, length(@field) + 1) = @field || '.'))`;
    const total = this.sql.get<{ n: number }>(`SELECT count(*) AS n FROM changes WHERE ${where}`, { urn, field })?.n ?? 0;
    if (opts.count === 0) return { version, total, changes: [] };
    const rows = this.sql.all<{ at: number; actor: string; version: number; major: number; aspects: string }>(
      `SELECT at, actor, version, major, aspects FROM changes WHERE ${where} ORDER BY at DESC, actor DESC LIMIT @count OFFSET @start`,
      { urn, field, count: opts.count, start: opts.start },
    );
    // Each stored value parsed once, however many listed changes it is the before or after of.
    const parsed = new Map<string, AspectValue>();
    const valueOf = (aspect: string, r: { version: number; value: string }) => {
      const k = `${aspect}\u0000${r.version}`;
      let v = parsed.get(k);
      if (!v) parsed.set(k, (v = JSON.parse(r.value) as AspectValue));
      return v;
    };
    const changes = rows.map((row): EntityChange => {
      const aspects: AspectChange[] = [];
      for (const aspect of JSON.parse(row.aspects) as string[]) {
        // The change's first and last stored values of the aspect (older catalogs may hold several per
        // change), in write order: versions 1, 2, … then 0, the current one.
        const mine = this.sql.all<{ version: number }>(
          `SELECT version FROM aspects WHERE urn = ? AND aspect = ? AND created_at = ? AND created_by = ? ORDER BY version = 0, version`,
          urn,
          aspect,
          row.at,
          row.actor,
        );
        if (mine.length === 0) continue;
        const first = mine[0]!.version;
        const last = mine[mine.length - 1]!.version;
        const after = this.sql.get<{ version: number; value: string }>(
          `SELECT version, value FROM aspects WHERE urn = ? AND aspect = ? AND version = ?`,
          urn,
          aspect,
          last,
        );
        const before = this.sql.get<{ version: number; value: string }>(
          `SELECT version, value FROM aspects WHERE urn = ? AND aspect = ? AND version > 0 AND version < ? ORDER BY version DESC LIMIT 1`,
          urn,
          aspect,
          first === 0 ? Number.MAX_SAFE_INTEGER : first,
        );
        if (!after) continue;
        let fields = diffAspect(aspect, before ? valueOf(aspect, before) : undefined, valueOf(aspect, after));
        if (field) fields = fields.filter((f) => f.field === field || f.field.startsWith(`${field}.`));
        if (fields.length) aspects.push({ aspect, storedVersion: last, fields });
      }
      return { version: formatVersion(row.version / 10), major: row.major === 1, timestampMillis: row.at, actor: row.actor, aspects };
    });
    return { version, total, changes };
  }
}
