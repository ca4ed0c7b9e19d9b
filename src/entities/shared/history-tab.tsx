/**
 * The History tab: every change of the asset, newest first — when, who, the version it made, and
 * field by field what changed (a person's saves in one sitting as one entry with their net effect) (a word diff for descriptions, tags and owners that came or went).
 * Built on Orrery's `entityHistory` extension; a server without it (a plain DataHub) gets a note.
 */
import { useState } from "react";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { useViewer } from "../../editing/viewer";
import { UpdateDescription } from "../../editing/description-editor";
import { diffWords } from "diff";
import { graphql } from "../../gql";
import type { EntityHistoryQuery } from "../../gql/graphql";
import { useExtensions } from "../../lib/extensions";
import { Badge } from "../../components/badges";
import { EmptyState, ErrorMessage, Skeleton } from "../../components/states";
import { HistoryIcon } from "../../components/icons";
import { fieldLabel, leafChanges, nameableUrns, valueText } from "./history-format";
import { formatTime } from "../../lib/format";
import { sittings, type Sitting, type SittingField } from "./history-sittings";

const EntityHistoryDoc = graphql(`
  query EntityHistory($urn: String!, $start: Int!, $count: Int!, $field: String) {
    entityHistory(urn: $urn, start: $start, count: $count, field: $field) {
      urn
      version
      total
      changes {
        version
        major
        timestampMillis
        actor
        aspects {
          aspect
          storedVersion
          fields {
            field
            change
            before
            after
          }
        }
      }
    }
  }
`);

/** The names of the people, groups, tags and terms a page of changes mentions, fetched once for the page. */
const HistoryNamesDoc = graphql(`
  query HistoryNames($urns: [String!]!) {
    entities(urns: $urns) {
      urn
      ... on CorpUser {
        username
        properties {
          displayName
          fullName
        }
      }
      ... on CorpGroup {
        name
        properties {
          displayName
        }
      }
      ... on Tag {
        properties {
          name
        }
      }
      ... on GlossaryTerm {
        properties {
          name
        }
      }
    }
  }
`);

type Names = ReadonlyMap<string, string>;

function useNames(changes: readonly Change[]): Names {
  const urns = nameableUrns(changes.flatMap((c) => [c.actor, ...c.aspects.flatMap((a) => a.fields.flatMap((f) => [parse(f.before), parse(f.after)]))]));
  const { data, previousData } = useQuery(HistoryNamesDoc, { variables: { urns }, skip: urns.length === 0 });
  const names = new Map<string, string>();
  for (const e of (data ?? previousData)?.entities ?? []) {
    if (!e) continue;
    const name =
      e.__typename === "CorpUser"
        ? e.properties?.displayName || e.properties?.fullName || e.username
        : e.__typename === "CorpGroup"
          ? e.properties?.displayName || e.name
          : e.__typename === "Tag" || e.__typename === "GlossaryTerm"
            ? e.properties?.name
            : null;
    if (name) names.set(e.urn, name);
  }
  return names;
}

const PAGE = 20;
const FIELDS: Array<[string, string]> = [
  ["", "All fields"],
  ["description", "Description"],
  ["tags", "Tags"],
  ["terms", "Glossary terms"],
  ["owners", "Owners"],
  ["customProperties", "Custom properties"],
  ["name", "Name"],
];

type Change = NonNullable<EntityHistoryQuery["entityHistory"]>["changes"][number];

export function HistoryTab({ urn, kindLabel }: { urn: string; kindLabel: string }) {
  const ext = useExtensions();
  if (ext.loading) return <Skeleton lines={6} label="Loading the history" />;
  if (!ext.has("entityHistory"))
    return (
      <EmptyState title="This server keeps no change history" icon={<HistoryIcon />}>
        <p>The catalog behind Orrery does not offer a change log for this {kindLabel.toLowerCase()}.</p>
      </EmptyState>
    );
  return <History urn={urn} kindLabel={kindLabel} />;
}

/** One click brings an earlier description back (a new change of its own; nothing is deleted). */
function RestoreDescription({ urn, text }: { urn: string; text: unknown }) {
  const viewer = useViewer();
  const client = useApolloClient();
  const [save, { loading }] = useMutation(UpdateDescription);
  const [error, setError] = useState<string | null>(null);
  if (!viewer.canEdit || typeof text !== "string") return null;
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        disabled={loading}
        onClick={async () => {
          setError(null);
          try {
            await save({ variables: { input: { resourceUrn: urn, description: text } } });
            await client.refetchQueries({ include: "active" });
          } catch (e) {
            setError((e as Error).message);
          }
        }}
        className="rounded border border-slate-300 px-1.5 text-xs text-slate-700 hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        {loading ? "Restoring…" : "Restore the earlier text"}
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-700 dark:text-red-300">
          Not restored: {error}
        </span>
      ) : null}
    </span>
  );
}

function History({ urn, kindLabel }: { urn: string; kindLabel: string }) {
  const [field, setField] = useState("");
  const [count, setCount] = useState(PAGE);
  const { data, previousData, loading, error } = useQuery(EntityHistoryDoc, { variables: { urn, start: 0, count, field: field || null } });
  const shown = (data ?? previousData)?.entityHistory;
  const names = useNames(shown?.changes ?? []);
  if (loading && !shown) return <Skeleton lines={6} label="Loading the history" />;
  if (error && !shown) return <ErrorMessage error={error} what="The history" />;
  if (!shown) return <EmptyState title="Nothing recorded yet">No change of this {kindLabel.toLowerCase()} has been stored.</EmptyState>;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <p className="text-slate-700 dark:text-slate-300">
          Metadata version <span className="font-semibold">{shown.version}</span> · {shown.total.toLocaleString("en-US")}{" "}
          {shown.total === 1 ? "change" : "changes"}
          {field ? ` to ${FIELDS.find(([f]) => f === field)?.[1].toLowerCase()}` : ""}
        </p>
        <label className="ml-auto inline-flex items-center gap-2">
          <span className="text-slate-700 dark:text-slate-300">Show</span>
          <select
            value={field}
            onChange={(e) => {
              setField(e.target.value);
              setCount(PAGE);
            }}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
          >
            {FIELDS.map(([f, l]) => (
              <option key={f} value={f}>
                {l}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorMessage error={error} what="Part of the history" />
      {shown.changes.length === 0 ? (
        <EmptyState title="No change of this field">Pick another field, or all fields.</EmptyState>
      ) : (
        <ol aria-label="Changes, newest first" className="space-y-3">
          {sittings(shown.changes).map((c) => (
            <li key={`${c.version}-${c.to}`}>
              <ChangeCard sitting={c} urn={urn} names={names} />
            </li>
          ))}
        </ol>
      )}
      {shown.changes.length < shown.total ? (
        <button
          type="button"
          onClick={() => setCount((n) => n + PAGE)}
          disabled={loading}
          className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {loading ? "Loading…" : `Show ${Math.min(PAGE, shown.total - shown.changes.length)} older`}
        </button>
      ) : null}
    </div>
  );
}

const who = (urn: string, names: Names) => names.get(urn) ?? urn.replace(/^urn:li:corpuser:/, "");

function ChangeCard({ sitting, urn, names }: { sitting: Sitting<Change>; urn: string; names: Names }) {
  const saves = sitting.changes.length;
  return (
    <section
      aria-label={`Version ${sitting.version}`}
      className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 className="mb-2 flex flex-wrap items-center gap-2 text-sm">
        <Badge
          tone={sitting.major ? "warn" : "brand"}
          title={sitting.major ? "Major version: the model's algorithm, serving endpoint or target changed" : "Minor version"}
        >
          v{sitting.version}
          {sitting.major ? " · major" : ""}
        </Badge>
        <span className="font-normal tracking-normal text-slate-700 dark:text-slate-300">
          {saves > 1 ? (
            <>
              {saves} saves in one sitting, <time dateTime={new Date(sitting.from).toISOString()}>{formatTime(sitting.from)}</time>
              {formatTime(sitting.from) === formatTime(sitting.to) ? null : (
                <>
                  {" "}
                  to <time dateTime={new Date(sitting.to).toISOString()}>{formatTime(sitting.to)}</time>
                </>
              )}
            </>
          ) : (
            <time dateTime={new Date(sitting.to).toISOString()}>{formatTime(sitting.to)}</time>
          )}{" "}
          by{" "}
          <span className="font-medium" title={sitting.actor}>
            {who(sitting.actor, names)}
          </span>
        </span>
      </h2>
      {sitting.aspects.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No net change: these saves put everything back as it was.</p>
      ) : null}
      <FieldList aspects={sitting.aspects} urn={urn} names={names} />
      {saves > 1 ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-xs text-indigo-700 dark:text-indigo-300">Show each of the {saves} saves</summary>
          <ol
            aria-label={`The saves of version ${sitting.version}, newest first`}
            className="mt-2 space-y-2 border-l border-slate-200 pl-3 dark:border-slate-700"
          >
            {sitting.changes.map((c) => (
              <li key={c.timestampMillis}>
                <time dateTime={new Date(c.timestampMillis).toISOString()} className="text-xs text-slate-600 dark:text-slate-400">
                  {formatTime(c.timestampMillis)}
                </time>
                <FieldList aspects={c.aspects} urn={urn} names={names} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}

function FieldList({ aspects, urn, names }: { aspects: Sitting<Change>["aspects"]; urn: string; names: Names }) {
  return (
    <ul className="space-y-2 text-sm">
      {aspects.flatMap((a) =>
        a.fields.map((f, i) => (
          <li key={`${a.aspect}-${f.field}-${i}`} className="flex min-w-0 flex-wrap items-baseline gap-x-2">
            <span className="text-xs font-medium text-slate-600 dark:text-slate-400" title={`${f.field} (aspect ${a.aspect})`}>
              {fieldLabel(f.field)}
            </span>
            <FieldDiff field={f} names={names} />
            {f.field === "description" && f.change === "UPDATED" ? <RestoreDescription urn={urn} text={parse(f.before)} /> : null}
          </li>
        )),
      )}
    </ul>
  );
}

const parse = (v: string | null): unknown => {
  if (v === null) return null;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
};

const ADD = "rounded bg-emerald-50 px-1 text-emerald-900 underline decoration-emerald-500 dark:bg-emerald-950 dark:text-emerald-100";
const DEL = "rounded bg-red-50 px-1 text-red-900 line-through decoration-red-500 dark:bg-red-950 dark:text-red-100";

function FieldDiff({ field, names }: { field: SittingField; names: Names }) {
  const before = parse(field.before);
  const after = parse(field.after);
  if (field.change === "ADDED")
    return (
      <span className="min-w-0 break-words">
        <span className="sr-only">added </span>
        <ins className={ADD}>+ {valueText(after, names)}</ins>
      </span>
    );
  if (field.change === "REMOVED")
    return (
      <span className="min-w-0 break-words">
        <span className="sr-only">removed </span>
        <del className={DEL}>− {valueText(before, names)}</del>
      </span>
    );
  if (typeof before === "string" && typeof after === "string" && !before.startsWith("urn:li:") && !after.startsWith("urn:li:"))
    return (
      <span className="min-w-0 break-words whitespace-pre-wrap">
        {diffWords(before, after).map((part, i) =>
          part.added ? (
            <ins key={i} className={ADD}>
              {part.value}
            </ins>
          ) : part.removed ? (
            <del key={i} className={DEL}>
              {part.value}
            </del>
          ) : (
            <span key={i}>{part.value}</span>
          ),
        )}
      </span>
    );
  // Structured values: only the fields inside that changed, each in words.
  const leaves = leafChanges(before, after);
  return (
    <ul className="w-full min-w-0 space-y-0.5 pl-2">
      {leaves.map((l) => (
        <li key={l.path} className="min-w-0 break-words">
          {l.path ? <span className="text-xs text-slate-600 dark:text-slate-400">{fieldLabel(l.path)}: </span> : null}
          {l.before === undefined || l.before === null ? null : <del className={DEL}>{valueText(l.before, names)}</del>}
          {l.before === undefined || l.before === null || l.after === undefined || l.after === null ? " " : " → "}
          {l.after === undefined || l.after === null ? (
            <span className="text-xs text-slate-500">(removed)</span>
          ) : (
            <ins className={ADD}>{valueText(l.after, names)}</ins>
          )}
        </li>
      ))}
    </ul>
  );
}
