/**
 * JSON-Patch (RFC 6902) as DataHub applies it to aspects, safe for patches from anyone:
 *
 * - A path or `from` through `__proto__`, `constructor` or `prototype` (as any segment, after
 *   RFC 6901's `~1`/`~0` unescaping) is refused before anything is applied, and paths are followed
 *   through the document's own properties only, so no operation can reach a prototype or a built-in.
 * - DataHub's semantics: `add` under a missing object member creates it (as an empty object), once
 *   the path is known to be safe.
 * - The work is bounded whatever the operations: `copy` may duplicate at most MAX_PATCH_COPY_BYTES in
 *   all (a subtree copied into itself doubles each time), and inserting or removing array elements may
 *   move at most MAX_PATCH_MOVES elements in all (each insertion at the front of a long array moves
 *   every element after it). Operations are applied one by one to one copy of the document (no clone
 *   per operation, unlike fast-json-patch's own validation of `move` and `copy`).
 *
 * The result's size is checked by the caller, against the aspect size limit.
 */
import jsonPatch from "fast-json-patch";
import type { Operation } from "fast-json-patch";

/** Bytes `copy` operations may duplicate in one patch: the aspect size limit (a larger copy cannot be stored anyway). */
export const MAX_PATCH_COPY_BYTES = 4 * 1024 * 1024;
/** Array elements insertions and removals may move in one patch (about 20 ms of work). */
export const MAX_PATCH_MOVES = 100_000_000;
/** Path segments that lead to an object's prototype, never to data. */
export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

export class JsonPatchError extends Error {}

type Json = Record<string, unknown> | unknown[];

const isContainer = (v: unknown): v is Json => !!v && typeof v === "object";

/** RFC 6901: a JSON Pointer's segments, unescaped ("" is the whole document). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The segment of `pointer` that would reach a prototype, or null. Percent-encoded spellings count too. */
export function forbiddenSegment(pointer: string): string | null {
  for (const seg of pointerSegments(pointer)) {
    if (FORBIDDEN_SEGMENTS.has(seg)) return seg;
    if (seg.includes("%")) {
      try {
        const decoded = decodeURIComponent(seg);
        if (FORBIDDEN_SEGMENTS.has(decoded)) return decoded;
      } catch {
        /* not percent-encoding: an ordinary key */
      }
    }
  }
  return null;
}

/** The own member `key` of a container (an array index or an object key), or undefined. */
function own(node: Json, key: string): unknown {
  if (Array.isArray(node)) return /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < node.length ? node[Number(key)] : undefined;
  return Object.hasOwn(node, key) ? node[key] : undefined;
}

/** Follows `segs` through own members only; undefined when any step is missing or not a container. */
function resolve(doc: unknown, segs: readonly string[]): unknown {
  let node: unknown = doc;
  for (const key of segs) {
    if (!isContainer(node)) return undefined;
    node = own(node, key);
  }
  return node;
}

/** Elements an insertion (`add`) or removal at `segs` moves in the array holding it (0 when not an array). */
function movedBy(doc: unknown, segs: readonly string[], adding: boolean): number {
  if (segs.length === 0) return 0;
  const parent = resolve(doc, segs.slice(0, -1));
  if (!Array.isArray(parent)) return 0;
  const last = segs[segs.length - 1]!;
  if (last === "-") return 0;
  const i = Number(last);
  if (!Number.isInteger(i) || i < 0) return 0;
  return Math.max(0, parent.length - i - (adding ? 0 : 1));
}

const OPS = new Set(["add", "remove", "replace", "move", "copy", "test"]);

/**
 * Applies `ops` to a copy of `current` and returns the result. Throws JsonPatchError, naming the
 * operation, for a malformed or unsafe operation, one that does not apply, or a patch over its work limits.
 */
export function applyJsonPatch(current: Record<string, unknown>, ops: readonly unknown[], opts: { maxSegments: number }): unknown {
  // Shape and safety of every operation first: nothing is applied when one is refused.
  const shape = jsonPatch.validate(ops as Operation[]);
  if (shape) throw new JsonPatchError(`invalid JSON-Patch: ${shape.message.split("\n")[0]}`);
  ops.forEach((o, i) => {
    const op = o as { op: string; path: string; from?: unknown };
    if (!OPS.has(op.op)) throw new JsonPatchError(`invalid JSON-Patch: operation ${i} has op '${op.op}'`);
    for (const [field, p] of [
      ["path", op.path],
      ["from", op.from],
    ] as const) {
      if (typeof p !== "string") continue;
      if (p !== "" && !p.startsWith("/")) throw new JsonPatchError(`invalid JSON-Patch: operation ${i}: ${field} must start with "/"`);
      if (p.split("/").length - 1 > opts.maxSegments) throw new JsonPatchError(`invalid JSON-Patch: a path has more than ${opts.maxSegments} segments`);
      const bad = forbiddenSegment(p);
      if (bad)
        throw new JsonPatchError(
          `invalid JSON-Patch: operation ${i} (${op.op}) ${field} '${p.length > 200 ? `${p.slice(0, 200)}…` : p}' goes through '${bad}'; paths through __proto__, constructor or prototype are refused`,
        );
    }
  });
  let doc: unknown = structuredClone(current);
  let copied = 0;
  let moved = 0;
  // fast-json-patch's own validator, except for move/copy, whose `from` it checks by cloning the
  // whole document (checked below through own members instead).
  const validator = (op: Operation, index: number, document: unknown, existing: string) =>
    jsonPatch.validator(op, index, op.op === "move" || op.op === "copy" ? undefined : (document as object), existing);
  ops.forEach((o, i) => {
    const op = o as Operation & { from?: string };
    const segs = pointerSegments(op.path);
    if (op.op === "add") {
      // DataHub: adding under a missing object member creates it.
      let node: unknown = doc;
      for (const key of segs.slice(0, -1)) {
        if (!isContainer(node)) break;
        if (!Array.isArray(node) && !Object.hasOwn(node, key)) node[key] = {};
        node = own(node, key);
      }
    } else if (op.op === "remove" || op.op === "replace" || op.op === "test") {
      if (segs.length && resolve(doc, segs) === undefined)
        throw new JsonPatchError(`invalid JSON-Patch: operation ${i} (${op.op}): path '${op.path}' does not exist`);
    }
    if (op.op === "move" || op.op === "copy") {
      const fromSegs = pointerSegments(op.from!);
      const source = fromSegs.length ? resolve(doc, fromSegs) : doc;
      if (source === undefined) throw new JsonPatchError(`invalid JSON-Patch: operation ${i} (${op.op}): from '${op.from}' does not exist`);
      if (op.op === "copy") {
        copied += isContainer(source) || typeof source === "string" ? JSON.stringify(source).length : 8;
        if (copied > MAX_PATCH_COPY_BYTES)
          throw new JsonPatchError(
            `invalid JSON-Patch: its copy operations duplicate more than ${MAX_PATCH_COPY_BYTES} bytes (4 MB, the aspect size limit) in all, at operation ${i}`,
          );
      } else moved += movedBy(doc, fromSegs, false);
    }
    if (op.op === "add" || op.op === "move" || op.op === "copy") moved += movedBy(doc, segs, true);
    else if (op.op === "remove") moved += movedBy(doc, segs, false);
    if (moved > MAX_PATCH_MOVES)
      throw new JsonPatchError(
        `invalid JSON-Patch: its insertions and removals move more than ${MAX_PATCH_MOVES} array elements in all (the limit; each one before the end of an array moves every element after it), at operation ${i}`,
      );
    try {
      doc = jsonPatch.applyOperation(doc as object, op, validator, true, true, i).newDocument;
    } catch (e) {
      const msg = (e as Error).message.split("\n")[0];
      throw new JsonPatchError(e instanceof jsonPatch.JsonPatchError ? `invalid JSON-Patch: ${msg}` : `JSON-Patch could not be applied: ${msg}`);
    }
  });
  return doc;
}
