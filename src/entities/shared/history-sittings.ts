/**
 * A person's edits within one sitting share one metadata version (the server numbers them so, as
 * OpenMetadata's session consolidation does); History shows them as one entry with their net effect,
 * not as one card per save. Ingestion's changes each have their own version and stay as they are.
 */

export interface SittingField {
  field: string;
  /** ADDED, REMOVED or UPDATED */
  change: string;
  before: string | null;
  after: string | null;
}

export interface SittingChange {
  version: string;
  major: boolean;
  timestampMillis: number;
  actor: string;
  aspects: ReadonlyArray<{ aspect: string; storedVersion: number; fields: readonly SittingField[] }>;
}

export interface Sitting<C extends SittingChange> {
  version: string;
  major: boolean;
  actor: string;
  /** the first and last save of the sitting */
  from: number;
  to: number;
  /** the saves, newest first, as the server listed them */
  changes: readonly C[];
  /** what the sitting changed, field by field: each field's value before its first save and after its last */
  aspects: Array<{ aspect: string; fields: SittingField[] }>;
}

/** Fields whose changes name one item each (a tag, a term, an owner): an item's changes are merged by item. */
const ITEM_FIELDS = new Set(["tags", "terms", "owners"]);

/** Groups a newest-first list of changes into sittings: adjacent changes of one version by one actor. */
export function sittings<C extends SittingChange>(changes: readonly C[]): Array<Sitting<C>> {
  const out: Array<Sitting<C>> = [];
  let group: C[] = [];
  const flush = () => {
    if (group.length) out.push(sitting(group));
    group = [];
  };
  for (const c of changes) {
    const last = group[group.length - 1];
    if (last && (last.version !== c.version || last.actor !== c.actor)) flush();
    group.push(c);
  }
  flush();
  return out;
}

function sitting<C extends SittingChange>(newestFirst: readonly C[]): Sitting<C> {
  const newest = newestFirst[0]!;
  const oldestFirst = [...newestFirst].reverse();
  // Per aspect and field (and item), the first change and the last.
  const net = new Map<string, { aspect: string; first: SittingField; last: SittingField }>();
  for (const c of oldestFirst)
    for (const a of c.aspects)
      for (const f of a.fields) {
        const item = ITEM_FIELDS.has(f.field) ? `\u0000${f.after ?? f.before}` : "";
        const key = `${a.aspect}\u0000${f.field}${item}`;
        const seen = net.get(key);
        if (seen) seen.last = f;
        else net.set(key, { aspect: a.aspect, first: f, last: f });
      }
  const aspects: Sitting<C>["aspects"] = [];
  for (const { aspect, first, last } of net.values()) {
    const before = first.before;
    const after = last.after;
    if (before === after) continue; // put back as it was, or added and removed again
    const field: SittingField = { field: first.field, change: before === null ? "ADDED" : after === null ? "REMOVED" : "UPDATED", before, after };
    const into = aspects.find((x) => x.aspect === aspect);
    if (into) into.fields.push(field);
    else aspects.push({ aspect, fields: [field] });
  }
  return {
    version: newest.version,
    major: newestFirst.some((c) => c.major),
    actor: newest.actor,
    from: Math.min(...newestFirst.map((c) => c.timestampMillis)),
    to: Math.max(...newestFirst.map((c) => c.timestampMillis)),
    changes: newestFirst,
    aspects,
  };
}
