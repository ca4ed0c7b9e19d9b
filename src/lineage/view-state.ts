/**
 * The explorer's view state as the URL holds it (LineageSearch, see lib/urls.ts), turned into what
 * the model and the layout take, and the keys that say when to lay out again and when to fit.
 */
import type { LineageSearch } from "../lib/urls";
import type { ViewState } from "./model";

export const list = (v: string[] | undefined): string[] => v ?? [];

/** The list with `x` added (`on`) or removed; `undefined` when it ends up empty (the key leaves the URL). */
export function toggle(v: string[] | undefined, x: string, on: boolean): string[] | undefined {
  const s = new Set(list(v));
  if (on) s.add(x);
  else s.delete(x);
  return s.size ? [...s] : undefined;
}

/** What is folded, paged and pinned (model.ts's ViewState); `more` counts one page per occurrence. */
export function viewState(s: Pick<LineageSearch, "cu" | "cd" | "more" | "pin">): ViewState {
  const more = new Map<string, number>();
  for (const k of list(s.more)) more.set(k, (more.get(k) ?? 0) + 1);
  return { collapsedUp: new Set(list(s.cu)), collapsedDown: new Set(list(s.cd)), more, pinned: new Set(list(s.pin)) };
}

/** A new layout is due when the graph (by id) or what is folded, paged or pinned in it changes. */
export function layoutKey(graphId: number, s: Pick<LineageSearch, "cu" | "cd" | "more" | "pin">): string {
  return `${graphId}|${list(s.cu).join(",")}|${list(s.cd).join(",")}|${list(s.more).join(",")}|${list(s.pin).join(",")}`;
}

/** The view (focus, hops, kinds): nodes keep their places, and the viewport its framing, while it stays the same. */
export function fitKey(urn: string, s: Pick<LineageSearch, "up" | "down" | "types">): string {
  return `${urn}|${s.up ?? 1}|${s.down ?? 1}|${list(s.types).join()}`;
}
