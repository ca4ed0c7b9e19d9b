/**
 * Custom properties, editable: add one, change a row in place (its value, or its key: a rename is
 * one patch that removes the old key and adds the new), remove one. DataHub has no mutation for them;
 * edits go through its generic `patchEntity` as a JSON-Patch on the properties aspect (as its own
 * patch builders do). The form is validated (valibot) before anything is sent; a change shows at
 * once and goes back, with a message, if the server refuses it.
 */
import { useState } from "react";
import { useApolloClient, useMutation } from "@apollo/client/react";
import * as v from "valibot";
import { graphql } from "../gql";
import { PROPERTIES_ASPECT } from "../lib/kinds";
import { saveFailure } from "../lib/errors";

const Patch = graphql(`
  mutation PatchCustomProperties($input: PatchEntityInput!) {
    patchEntity(input: $input) {
      urn
      success
      error
    }
  }
`);

export const PropertyForm = v.object({
  key: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, "Give the property a key."),
    v.maxLength(100, "Keys are at most 100 characters."),
    v.regex(/^[\w.:-]+$/, "Keys use letters, digits, _ . : and - only."),
  ),
  value: v.pipe(v.string(), v.maxLength(10_000, "Values are at most 10,000 characters.")),
});

/** The form's values checked: the cleaned values, or the first reason they are not acceptable. */
export function checkProperty(draft: { key: string; value: string }): { ok: true; value: { key: string; value: string } } | { ok: false; message: string } {
  const r = v.safeParse(PropertyForm, draft);
  return r.success ? { ok: true, value: r.output } : { ok: false, message: r.issues[0]?.message ?? "Check the key and value." };
}

/** A JSON-Pointer segment (RFC 6901). */
const pointer = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

export interface Entry {
  key: string;
  value?: string | null;
}

type PatchOp = { op: "ADD" | "REMOVE"; path: string; value?: string };

/** The JSON-Patch for one edit: set `key` to `value` (null removes it), renaming `from` when it differs. */
export function propertyPatch(key: string, value: string | null, from?: string): PatchOp[] {
  const at = (k: string) => `/customProperties/${pointer(k)}`;
  const ops: PatchOp[] = [];
  if (from !== undefined && from !== key) ops.push({ op: "REMOVE", path: at(from) });
  ops.push(value === null ? { op: "REMOVE", path: at(key) } : { op: "ADD", path: at(key), value: JSON.stringify(value) });
  return ops;
}

const inputCls = "rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-950";
const linkCls = "text-xs hover:underline";

export function CustomPropertiesEditor({ urn, entries }: { urn: string; entries: readonly Entry[] }) {
  const client = useApolloClient();
  const [patch, { loading }] = useMutation(Patch);
  // Shown before the server confirms: a key's new value, or null while it is being removed.
  const [pending, setPending] = useState<Map<string, string | null>>(new Map());
  const [key, setKey] = useState("");
  const [value, setValue] = useState("");
  // The row being changed in place: its key before the change, and the draft key and value.
  const [editing, setEditing] = useState<{ from: string; key: string; value: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const aspectName = PROPERTIES_ASPECT[urn.split(":")[2] ?? ""];

  const shown = new Map(entries.map((e) => [e.key, e.value ?? ""]));
  for (const [k, v] of pending) {
    if (v === null) shown.delete(k);
    else shown.set(k, v);
  }

  /** Sets `k` to `v` (null removes it), renaming `from`; a rename is one patch, so it is all or nothing. */
  const send = async (k: string, v: string | null, from?: string) => {
    if (!aspectName) return;
    setError(null);
    const optimistic = new Map<string, string | null>([[k, v]]);
    if (from !== undefined && from !== k) optimistic.set(from, null);
    setPending((p) => new Map([...p, ...optimistic]));
    try {
      const r = await patch({ variables: { input: { urn, aspectName, patch: propertyPatch(k, v, from) } } });
      if (!r.data?.patchEntity.success) throw new Error(r.data?.patchEntity.error ?? "refused");
      await client.refetchQueries({ include: "active" });
    } catch (e) {
      setError(`Property “${k}” was not ${v === null ? "removed" : "saved"}: ${saveFailure(e)}`);
    } finally {
      setPending((p) => {
        const n = new Map(p);
        for (const done of optimistic.keys()) n.delete(done);
        return n;
      });
    }
  };

  /** The form's values, checked; null (with the reason shown) when they are not acceptable. */
  const checked = (draft: { key: string; value: string }, from?: string) => {
    const parsed = checkProperty(draft);
    if (!parsed.ok) {
      setError(parsed.message);
      return null;
    }
    if (parsed.value.key !== from && shown.has(parsed.value.key)) {
      setError(`There is already a property “${parsed.value.key}”: change that one instead.`);
      return null;
    }
    return parsed.value;
  };

  const saveRow = () => {
    if (!editing) return;
    const ok = checked(editing, editing.from);
    if (!ok) return;
    setEditing(null);
    if (ok.key !== editing.from || ok.value !== shown.get(editing.from)) void send(ok.key, ok.value, editing.from);
  };

  return (
    <div className="space-y-3">
      {shown.size === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">None yet. Add the first one below.</p>
      ) : (
        <table className="w-full table-fixed text-left text-sm">
          <caption className="sr-only">Custom properties</caption>
          <thead className="text-xs text-slate-600 dark:text-slate-400">
            <tr>
              <th scope="col" className="w-2/5 py-1 pr-4 font-medium">
                Key
              </th>
              <th scope="col" className="py-1 font-medium">
                Value
              </th>
              <th scope="col" className="w-28 py-1">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...shown].map(([k, v]) =>
              editing?.from === k ? (
                <tr key={k} className="border-t border-slate-100 align-top dark:border-slate-800">
                  <td className="py-1.5 pr-4">
                    <input
                      aria-label={`New key for ${k}`}
                      value={editing.key}
                      onChange={(e) => setEditing({ ...editing, key: e.target.value })}
                      onKeyDown={(e) => e.key === "Escape" && setEditing(null)}
                      className={`${inputCls} w-full font-mono text-xs`}
                    />
                  </td>
                  <td className="py-1.5">
                    <input
                      autoFocus
                      aria-label={`New value for ${k}`}
                      value={editing.value}
                      onChange={(e) => setEditing({ ...editing, value: e.target.value })}
                      onKeyDown={(e) => {
                        if (e.key === "Enter") saveRow();
                        if (e.key === "Escape") setEditing(null);
                      }}
                      className={`${inputCls} w-full text-sm`}
                    />
                  </td>
                  <td className="py-1.5 text-right whitespace-nowrap">
                    <button type="button" onClick={saveRow} disabled={loading} className={`${linkCls} mr-2 text-indigo-700 dark:text-indigo-300`}>
                      Save
                    </button>
                    <button type="button" onClick={() => setEditing(null)} className={`${linkCls} text-slate-600 dark:text-slate-400`}>
                      Cancel
                    </button>
                  </td>
                </tr>
              ) : (
                <tr key={k} className="border-t border-slate-100 align-top dark:border-slate-800">
                  <td className="truncate py-1.5 pr-4 font-mono text-xs" title={k}>
                    {k}
                  </td>
                  <td className="py-1.5 break-words">{v}</td>
                  <td className="py-1.5 text-right whitespace-nowrap">
                    <button
                      type="button"
                      onClick={() => {
                        setError(null);
                        setEditing({ from: k, key: k, value: v });
                      }}
                      aria-label={`Change ${k}`}
                      className={`${linkCls} mr-2 text-indigo-700 dark:text-indigo-300`}
                    >
                      Change
                    </button>
                    <button type="button" onClick={() => void send(k, null)} aria-label={`Remove ${k}`} className={`${linkCls} text-red-700 dark:text-red-300`}>
                      Remove
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      <form
        aria-label="Add a custom property"
        className="flex flex-wrap items-start gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          const ok = checked({ key, value });
          if (!ok) return;
          void send(ok.key, ok.value);
          setKey("");
          setValue("");
        }}
      >
        <input
          aria-label="Property key"
          placeholder="key"
          value={key}
          onChange={(e) => setKey(e.target.value)}
          className={`${inputCls} w-40 font-mono text-xs`}
        />
        <input
          aria-label="Property value"
          placeholder="value"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          className={`${inputCls} min-w-40 flex-1 text-sm`}
        />
        <button
          type="submit"
          disabled={loading}
          className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Add
        </button>
      </form>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
