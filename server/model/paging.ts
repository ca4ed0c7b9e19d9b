/**
 * The arguments that page a list or bound a read (`start`, `count`, `limit`, hops, node caps): one
 * rule and one message for all of them. An absent argument takes the field's default; any other
 * value must be a whole number within the field's range, or the request is refused with
 * `InvalidArgument` (never silently clamped). The ranges of the paged fields are here too, so the
 * request-size estimate (server/graphql/result-size.ts) reads the same defaults and maxima the
 * resolvers apply.
 */

/** An argument a request may not have; its message says which and why (the API answers BAD_USER_INPUT). */
export class InvalidArgument extends Error {
  override name = "InvalidArgument";
}

/** A whole-number argument: absent (null or undefined) is `fallback`; otherwise an integer from `min` to `max`. */
export function intArg(value: unknown, name: string, fallback: number, min: number, max: number = Number.POSITIVE_INFINITY): number {
  if (value == null) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max)
    throw new InvalidArgument(
      `${name} must be an integer ${max === Number.POSITIVE_INFINITY ? `of at least ${min}` : `from ${min} to ${max}`}, got ${JSON.stringify(value)}`,
    );
  return value;
}

/** How a list is paged: its page size when none is asked for, the largest and smallest sizes, and the furthest start. */
export interface PageRule {
  defaultCount: number;
  maxCount: number;
  /** the smallest page (default 0) */
  minCount?: number;
  /** the furthest start (default: none) */
  maxStart?: number;
}

export const PAGE_RULES = {
  /** searchAcrossEntities, scrollAcrossEntities, Container.entities (and `entities(urns:)`' list) */
  search: { defaultCount: 10, maxCount: 1000, maxStart: 100_000 },
  /**
   * searchAcrossLineage, scrollAcrossLineage: a page may hold the whole walk, which reaches at most
   * 10,000 entities (server/lineage/traverse.ts); DataHub's own lineage counts ask for pages of 2,000
   */
  lineageSearch: { defaultCount: 10, maxCount: 10_000, maxStart: 10_000 },
  /** an entity's relationships and one-hop lineage */
  relationships: { defaultCount: 100, maxCount: 1000 },
  /** browseV2's groups (DataHub's default page is 10) */
  browse: { defaultCount: 10, maxCount: 1000, maxStart: 100_000 },
  /** autoComplete, autoCompleteForMultiple (`limit`, per kind) */
  autoComplete: { defaultCount: 10, maxCount: 50, minCount: 1 },
  /** a run's events (`DataProcessInstance.state(limit:)`) */
  runEvents: { defaultCount: 20, maxCount: 50 },
  /** an entity's changes (`entityHistory`) */
  entityHistory: { defaultCount: 50, maxCount: 200 },
  /** an experiment's runs (`Container.orreryRuns`) */
  orreryRuns: { defaultCount: 25, maxCount: 1000, maxStart: 100_000 },
} as const satisfies Record<string, PageRule>;

/** A page size (`count`; some fields call it `limit`), checked against `rule`. */
export function countArg(count: unknown, rule: PageRule, name = "count"): number {
  return intArg(count, name, rule.defaultCount, rule.minCount ?? 0, rule.maxCount);
}

/** A page's `start` and `count`, checked against `rule`. */
export function pageArgs(start: unknown, count: unknown, rule: PageRule): { start: number; count: number } {
  return { start: intArg(start, "start", 0, 0, rule.maxStart), count: countArg(count, rule) };
}

/** A page of an in-memory list: its items from `start`, at most `count` of them, and how many the list has. */
export function pageOf<T>(items: readonly T[], { start, count }: { start: number; count: number }) {
  return { start, count: Math.min(count, Math.max(0, items.length - start)), total: items.length, items: items.slice(start, start + count) };
}
