/**
 * Custom properties, editable: add or change a key, remove one. DataHub has no mutation for them;
 * edits go through its generic `patchEntity` as a JSON-Patch on the properties aspect (as its own
 * patch builders do). The form is validated with zod before anything is sent; a change shows at
 * once and goes back, with a message, if the server refuses it.
 */
import { useState } from "react";
import { useApolloClient, useMutation } from "@apollo/client/react";
import * as z from "zod/mini";
import { graphql } from "../gql";
import { PROPERTIES_ASPECT } from "../lib/kinds";

const Patch = graphql(`
  mutation PatchCustomProperties($input: PatchEntityInput!) {
    patchEntity(input: $input) {
      urn
      success
      error
    }
  }
`);

export const PropertyForm = z.object({
  key: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Give the property a key."),
      z.maxLength(100, "Keys are at most 100 characters."),
      z.regex(/^[\w.:-]+$/, "Keys use letters, digits, _ . : and - only."),
    ),
  value: z.string().check(z.maxLength(10_000, "Values are at most 10,000 characters.")),
});

/** A JSON-Pointer segment (RFC 6901). */
const pointer = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

export interface Entry {
  key: string;
  value?: string | null;
}

export function CustomPropertiesEditor({ urn, entries }: { urn: string; entries: readonly Entry[] }) {
  const client = useApolloClient();
  const [patch, { loading }] = useMutation(Patch);
  const [pending, setPending] = useState<Map<string, string | null>>(new Map());
  const [key, setKey] = useState("");
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const aspectName = PROPERTIES_ASPECT[urn.split(":")[2] ?? ""];

  const shown = new Map(entries.map((e) => [e.key, e.value ?? ""]));
  for (const [k, v] of pending) {
    if (v === null) shown.delete(k);
    else shown.set(k, v);
  }

  const send = async (k: string, v: string | null) => {
    if (!aspectName) return;
    setError(null);
    setPending((p) => new Map(p).set(k, v));
    const op =
      v === null
        ? { op: "REMOVE" as const, path: `/customProperties/${pointer(k)}` }
        : { op: "ADD" as const, path: `/customProperties/${pointer(k)}`, value: JSON.stringify(v) };
    try {
      const r = await patch({ variables: { input: { urn, aspectName, patch: [op] } } });
      if (!r.data?.patchEntity.success) throw new Error(r.data?.patchEntity.error ?? "refused");
      await client.refetchQueries({ include: "active" });
    } catch (e) {
      setError(`Property “${k}” was not ${v === null ? "removed" : "saved"}: ${(e as Error).message}`);
    } finally {
      setPending((p) => {
        const n = new Map(p);
        n.delete(k);
        return n;
      });
    }
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
              <th scope="col" className="w-20 py-1">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...shown].map(([k, v]) => (
              <tr key={k} className="border-t border-slate-100 align-top dark:border-slate-800">
                <td className="truncate py-1.5 pr-4 font-mono text-xs" title={k}>
                  {k}
                </td>
                <td className="py-1.5 break-words">{v}</td>
                <td className="py-1.5 text-right">
                  <button
                    type="button"
                    onClick={() => {
                      setKey(k);
                      setValue(v);
                    }}
                    aria-label={`Change ${k}`}
                    className="mr-2 text-xs text-indigo-700 hover:underline dark:text-indigo-300"
                  >
                    Change
                  </button>
                  <button
                    type="button"
                    onClick={() => void send(k, null)}
                    aria-label={`Remove ${k}`}
                    className="text-xs text-red-700 hover:underline dark:text-red-300"
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        aria-label="Add or change a custom property"
        className="flex flex-wrap items-start gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          const parsed = PropertyForm.safeParse({ key, value });
          if (!parsed.success) {
            setError(parsed.error.issues[0]?.message ?? "Check the key and value.");
            return;
          }
          void send(parsed.data.key, parsed.data.value);
          setKey("");
          setValue("");
        }}
      >
        <input
          aria-label="Property key"
          placeholder="key"
          value={key}
          onChange={(e) => setKey(e.target.value)}
          className="w-40 rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-700 dark:bg-slate-950"
        />
        <input
          aria-label="Property value"
          placeholder="value"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          className="min-w-40 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-950"
        />
        <button
          type="submit"
          disabled={loading}
          className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {shown.has(key.trim()) ? "Change" : "Add"}
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
