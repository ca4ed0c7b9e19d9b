/**
 * The description editor: markdown with a preview (rendered by the same sanitised renderer as the
 * page), saved with DataHub's `updateDescription`. The new text shows at once and goes back if the
 * save fails. When the server offers it (Orrery's `expectedDescription`), a save made from a text
 * someone else has since changed is refused, and the person sees both texts and chooses.
 */
import { formatTime } from "../lib/format";
import { useState } from "react";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { graphql } from "../gql";
import { MarkdownView } from "../components/markdown";
import { useExtensions } from "../lib/extensions";
import { requestError, saveFailure } from "../lib/errors";

export const MAX_DESCRIPTION_CHARS = 100_000;

export const UpdateDescription = graphql(`
  mutation UpdateDescription($input: DescriptionUpdateInput!) {
    updateDescription(input: $input)
  }
`);

export interface Conflict {
  current: string;
  actor: string | null;
  time: number | null;
}

/** The conflict's details (Orrery's CONFLICT, DataHub's 409), if that is what the error is. */
export function conflictOf(e: unknown): Conflict | null {
  const r = requestError(e);
  if (r.kind !== "conflict") return null;
  const x = r.extensions;
  return { current: String(x.current ?? ""), actor: (x.actor as string | null) ?? null, time: (x.time as number | null) ?? null };
}

const BUTTON = "rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800";
const PRIMARY = "rounded-md bg-indigo-600 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-50";

export function DescriptionEditor({
  urn,
  shown,
  onClose,
  onOptimistic,
}: {
  urn: string;
  shown: string;
  onClose: () => void;
  onOptimistic: (text: string | null) => void;
}) {
  const ext = useExtensions();
  const client = useApolloClient();
  const [text, setText] = useState(shown);
  const [base, setBase] = useState(shown);
  const [tab, setTab] = useState<"write" | "preview">("write");
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(UpdateDescription);
  const tooLong = text.length > MAX_DESCRIPTION_CHARS;

  const submit = async (from: string) => {
    setError(null);
    onOptimistic(text);
    try {
      const guarded = !ext.loading && ext.has("expectedDescription");
      await save({ variables: { input: { resourceUrn: urn, description: text, ...(guarded ? { expectedDescription: from } : {}) } } });
      await client.refetchQueries({ include: "active" });
      onOptimistic(null);
      onClose();
    } catch (e) {
      onOptimistic(null); // back to what is stored
      const c = conflictOf(e);
      if (c) setConflict(c);
      else setError(`The description was not saved: ${saveFailure(e)}`);
    }
  };

  if (conflict)
    return (
      <div
        role="alertdialog"
        aria-labelledby="conflict-title"
        className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950"
      >
        <h3 id="conflict-title" className="font-semibold text-amber-950 dark:text-amber-100">
          Someone else changed this description while you were editing
        </h3>
        <p className="text-sm text-amber-950 dark:text-amber-100">
          {conflict.actor ? conflict.actor.replace(/^urn:li:corpuser:/, "") : "Someone"}
          {conflict.time ? ` saved it at ${formatTime(conflict.time)}` : " saved it"}. Nothing of yours was saved. Choose which to keep.
        </p>
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
          <section
            aria-label="Their description (saved now)"
            className="min-w-0 rounded border border-slate-200 bg-white p-2 dark:border-slate-700 dark:bg-slate-900"
          >
            <h4 className="mb-1 text-xs font-semibold text-slate-600 uppercase dark:text-slate-400">Saved now</h4>
            {conflict.current ? <MarkdownView text={conflict.current} /> : <p className="text-sm text-slate-600">(empty)</p>}
          </section>
          <section aria-label="Your description" className="min-w-0 rounded border border-slate-200 bg-white p-2 dark:border-slate-700 dark:bg-slate-900">
            <h4 className="mb-1 text-xs font-semibold text-slate-600 uppercase dark:text-slate-400">Yours</h4>
            {text ? <MarkdownView text={text} /> : <p className="text-sm text-slate-600">(empty)</p>}
          </section>
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={PRIMARY} disabled={loading} onClick={() => void submit(conflict.current).then(() => setConflict(null))}>
            Save mine over theirs
          </button>
          <button
            type="button"
            className={BUTTON}
            onClick={() => {
              setBase(conflict.current);
              setConflict(null);
            }}
          >
            Keep editing mine
          </button>
          <button
            type="button"
            className={BUTTON}
            onClick={async () => {
              await client.refetchQueries({ include: "active" });
              onClose();
            }}
          >
            Keep theirs
          </button>
        </div>
      </div>
    );

  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!tooLong) void submit(base);
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
    >
      <div role="tablist" aria-label="Description editor" className="flex gap-1 text-sm">
        {(["write", "preview"] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            aria-selected={tab === t}
            onClick={() => setTab(t)}
            className={`rounded-md px-2 py-0.5 ${tab === t ? "bg-indigo-50 font-medium text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200" : "text-slate-600 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800"}`}
          >
            {t === "write" ? "Write" : "Preview"}
          </button>
        ))}
        <span className="ml-auto text-xs text-slate-600 dark:text-slate-400">Markdown</span>
      </div>
      {tab === "write" ? (
        <textarea
          aria-label="Description (markdown)"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={8}
          autoFocus
          className="w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-sm dark:border-slate-700 dark:bg-slate-950"
        />
      ) : (
        <div role="tabpanel" aria-label="Preview" className="min-h-32 rounded-md border border-slate-200 p-2 dark:border-slate-700">
          {text ? <MarkdownView text={text} /> : <p className="text-sm text-slate-600">Nothing to preview.</p>}
        </div>
      )}
      {tooLong ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {text.length.toLocaleString("en-US")} characters: descriptions are at most {MAX_DESCRIPTION_CHARS.toLocaleString("en-US")}.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="submit" className={PRIMARY} disabled={loading || tooLong || text === base}>
          {loading ? "Saving…" : "Save description"}
        </button>
        <button type="button" className={BUTTON} onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
