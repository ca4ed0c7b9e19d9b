/**
 * Owners, tags, glossary terms and platform: the same aspects on every kind, each with the fragment
 * that the component rendering it needs.
 */
import { useState, type ReactNode } from "react";
import { useViewer } from "../../editing/viewer";
import { DescriptionEditor } from "../../editing/description-editor";
import { CustomPropertiesEditor } from "../../editing/custom-properties-editor";
import { OwnerEditor, TagEditor, TermEditor } from "../../editing/association-editor";
import { Link } from "@tanstack/react-router";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Badge } from "../../components/badges";
import { Card, KeyValueTable } from "../../components/card";
import { MarkdownView } from "../../components/markdown";
import { EmptyNote } from "../../components/states";
import { urnTail } from "../../lib/format";
import { urls } from "../../lib/urls";
import { KINDS, kindOfUrn } from "../../lib/kinds";
import { useExtensions } from "../../lib/extensions";

/**
 * DataHub's `updateDescription` takes a dataset only with a schema-field `subResource`; Orrery also
 * takes the dataset itself (`updateDescriptionAnyKind`). Training runs have no editable properties
 * aspect in DataHub; Orrery's `runAbout` gives them one. Where the server cannot save, the
 * description shows without an editor.
 */
function useDescriptionEditable(urn: string): boolean {
  const ext = useExtensions();
  if (urn.startsWith("urn:li:dataProcessInstance:")) return !ext.loading && ext.has("runAbout");
  if (!urn.startsWith("urn:li:dataset:")) return true;
  return !ext.loading && ext.has("updateDescriptionAnyKind");
}

export const OwnersFields = graphql(`
  fragment OwnersFields on Ownership {
    owners {
      owner {
        ... on CorpUser {
          urn
          username
          properties { displayName fullName }
        }
        ... on CorpGroup {
          urn
          name
          properties { displayName }
        }
      }
    }
  }
`);

export const TagsFields = graphql(`
  fragment TagsFields on GlobalTags {
    tags { tag { urn name properties { name } } }
  }
`);

export const TermsFields = graphql(`
  fragment TermsFields on GlossaryTerms {
    terms { term { urn name properties { name } } }
  }
`);

export const PlatformFields = graphql(`
  fragment PlatformFields on DataPlatform {
    urn
    name
    properties { displayName }
  }
`);

interface Named {
  urn: string;
  name: string;
}

export function platformName(p: FragmentType<typeof PlatformFields> | null | undefined): string | null {
  const d = getFragmentData(PlatformFields, p);
  return d ? d.properties?.displayName || d.name : null;
}

export function owners(o: FragmentType<typeof OwnersFields> | null | undefined): Named[] {
  return (getFragmentData(OwnersFields, o)?.owners ?? []).map(({ owner }) =>
    owner.__typename === "CorpUser"
      ? { urn: owner.urn, name: owner.properties?.displayName || owner.properties?.fullName || owner.username }
      : { urn: owner.urn, name: owner.properties?.displayName || owner.name },
  );
}

export function tags(t: FragmentType<typeof TagsFields> | null | undefined): Named[] {
  return (getFragmentData(TagsFields, t)?.tags ?? []).map(({ tag }) => ({ urn: tag.urn, name: tag.properties?.name || tag.name || urnTail(tag.urn) }));
}

export function terms(t: FragmentType<typeof TermsFields> | null | undefined): Named[] {
  return (getFragmentData(TermsFields, t)?.terms ?? []).map(({ term }) => ({ urn: term.urn, name: term.properties?.name || term.name || urnTail(term.urn) }));
}

const CHIP_TITLE: Record<"owner" | "tag" | "term", string> = {
  owner: "what they own",
  tag: "everything tagged with it",
  term: "everything with this term",
};

/**
 * A chip that opens the owner's, tag's or term's page, which lists everything with the same owner,
 * tag or term (and links to the same search). A urn of a kind without a page searches instead.
 */
function FilterChip({ item, param, tone, prefix }: { item: Named; param: "owner" | "tag" | "term"; tone: "brand" | "neutral" | "term"; prefix?: string }) {
  const kind = kindOfUrn(item.urn);
  const badge = (
    <Badge tone={tone}>
      {prefix ? (
        <span>
          <span aria-hidden>{prefix}</span>
          {item.name}
        </span>
      ) : (
        item.name
      )}
    </Badge>
  );
  const className = "rounded-full focus-visible:outline-2 focus-visible:outline-indigo-500";
  if (!kind)
    return (
      <Link {...urls.search({ [param]: [item.urn] })} className={className} title={`Search for everything with ${param} ${item.name}`}>
        {badge}
      </Link>
    );
  return (
    <Link {...urls.entity(kind, item.urn)} className={className} title={`${KINDS[kind].label} ${item.name}: ${CHIP_TITLE[param]}`}>
      {badge}
    </Link>
  );
}

function ChipList({
  items,
  param,
  tone,
  label,
  prefix,
}: {
  items: Named[];
  param: "owner" | "tag" | "term";
  tone: "brand" | "neutral" | "term";
  label: string;
  prefix?: string;
}) {
  if (items.length === 0) return <span className="text-sm text-slate-500 dark:text-slate-400">none</span>;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={label}>
      {items.map((t) => (
        <li key={t.urn}>
          <FilterChip item={t} param={param} tone={tone} prefix={prefix} />
        </li>
      ))}
    </ul>
  );
}

/** Owners and tags under the title of every entity page. */
export function HeaderMeta({
  ownership,
  globalTags,
}: {
  ownership: FragmentType<typeof OwnersFields> | null | undefined;
  globalTags: FragmentType<typeof TagsFields> | null | undefined;
}) {
  const o = owners(ownership);
  const t = tags(globalTags);
  if (o.length + t.length === 0) return null;
  return (
    <>
      {o.length ? <ChipList items={o} param="owner" tone="brand" label="Owners" prefix="@" /> : null}
      {t.length ? <ChipList items={t} param="tag" tone="neutral" label="Tags" prefix="#" /> : null}
    </>
  );
}

/**
 * Description (markdown, sanitised) with owners, tags and glossary terms. People who may edit get
 * an editor for the description and for tags (the server checks every write).
 */
export function AboutCard({
  urn,
  description,
  ownership,
  globalTags,
  glossaryTerms,
  children,
}: {
  urn: string;
  description: string | null | undefined;
  ownership: FragmentType<typeof OwnersFields> | null | undefined;
  globalTags: FragmentType<typeof TagsFields> | null | undefined;
  glossaryTerms: FragmentType<typeof TermsFields> | null | undefined;
  children?: ReactNode;
}) {
  const viewer = useViewer();
  const canEditDescription = useDescriptionEditable(urn) && viewer.canEdit;
  const [editing, setEditing] = useState(false);
  /** the text being saved, shown until the save settles */
  const [pending, setPending] = useState<string | null>(null);
  const text = pending ?? description;
  return (
    <Card
      title="About"
      actions={
        canEditDescription && !editing ? (
          <button type="button" onClick={() => setEditing(true)} className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
            Edit description
          </button>
        ) : null
      }
    >
      {editing ? (
        <DescriptionEditor urn={urn} shown={description ?? ""} onClose={() => setEditing(false)} onOptimistic={setPending} />
      ) : text ? (
        <MarkdownView text={text} />
      ) : (
        <EmptyNote>
          No description yet. One arrives with the metadata the source sends
          {canEditDescription ? ", or write one with “Edit description”." : viewer.canEdit ? "." : "; people who may edit can write one after signing in."}
        </EmptyNote>
      )}
      <div className="mt-4 grid grid-cols-[8rem_minmax(0,1fr)] items-start gap-y-2 border-t border-slate-100 pt-3 text-sm dark:border-slate-800">
        <span className="text-slate-600 dark:text-slate-400">Owners</span>
        {viewer.canEdit ? (
          <OwnerEditor urn={urn} owners={owners(ownership)} />
        ) : (
          <ChipList items={owners(ownership)} param="owner" tone="brand" label="Owners" />
        )}
        <span className="text-slate-600 dark:text-slate-400">Tags</span>
        {viewer.canEdit ? <TagEditor urn={urn} tags={tags(globalTags)} /> : <ChipList items={tags(globalTags)} param="tag" tone="neutral" label="Tags" />}
        <span className="text-slate-600 dark:text-slate-400">Glossary terms</span>
        {viewer.canEdit ? (
          <TermEditor urn={urn} terms={terms(glossaryTerms)} />
        ) : (
          <ChipList items={terms(glossaryTerms)} param="term" tone="term" label="Glossary terms" />
        )}
      </div>
      {children}
    </Card>
  );
}

export function CustomPropertiesCard({ urn, entries }: { urn?: string; entries: ReadonlyArray<{ key: string; value?: string | null }> | null | undefined }) {
  const viewer = useViewer();
  return (
    <Card title="Custom properties">
      {viewer.canEdit && urn ? (
        <CustomPropertiesEditor urn={urn} entries={entries ?? []} />
      ) : (
        <KeyValueTable
          caption="Custom properties"
          keyLabel="Key"
          rows={(entries ?? []).map((e) => ({ key: e.key, value: e.value }))}
          empty={<EmptyNote>None. Custom properties are the key–value pairs a source attaches to an asset.</EmptyNote>}
        />
      )}
    </Card>
  );
}

/** Hyper-parameters or metrics as a name/value table. */
export function ParamsTable({
  caption,
  params,
  empty,
}: {
  caption: string;
  params: ReadonlyArray<{ name?: string | null; value?: string | null; description?: string | null } | null> | null | undefined;
  empty: ReactNode;
}) {
  const rows = (params ?? []).flatMap((p) => (p?.name ? [{ key: p.name, value: p.value, hint: p.description }] : []));
  // OpenMetadata records descriptions for hyper-parameters: each shows under its name.
  return <KeyValueTable caption={caption} rows={rows} empty={<EmptyNote>{empty}</EmptyNote>} showHints={rows.some((r) => r.hint)} />;
}
