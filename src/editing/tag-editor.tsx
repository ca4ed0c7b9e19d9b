/**
 * Tags of an asset, editable: remove with the × on a tag, add with a picker that completes over the
 * existing tags (DataHub's autoCompleteForMultiple) and offers to create a new one (createTag). A
 * change shows at once and goes back, with a message, if the server refuses it.
 */
import { useState } from "react";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Combobox, ComboboxInput, ComboboxOption, ComboboxOptions } from "@headlessui/react";
import { graphql } from "../gql";

const AddTag = graphql(`
  mutation AddTag($input: TagAssociationInput!) {
    addTag(input: $input)
  }
`);
const RemoveTag = graphql(`
  mutation RemoveTag($input: TagAssociationInput!) {
    removeTag(input: $input)
  }
`);
const CreateTag = graphql(`
  mutation CreateTag($input: CreateTagInput!) {
    createTag(input: $input)
  }
`);
const TagSuggestions = graphql(`
  query TagSuggestions($query: String!) {
    autoCompleteForMultiple(input: { types: [TAG], query: $query, limit: 10 }) {
      suggestions {
        type
        entities {
          urn
          type
          ... on Tag {
            name
            properties {
              name
            }
          }
        }
      }
    }
  }
`);

export interface TagItem {
  urn: string;
  name: string;
}

/** A tag id from what a person typed: letters, digits, dashes, underscores and dots. */
export function tagIdOf(name: string): string {
  return name
    .trim()
    .replace(/\s+/g, "-")
    .replace(/[^\w.-]/g, "")
    .slice(0, 100);
}

export function TagEditor({ urn, tags }: { urn: string; tags: TagItem[] }) {
  const client = useApolloClient();
  const [added, setAdded] = useState<TagItem[]>([]);
  const [removed, setRemoved] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState("");
  const [add] = useMutation(AddTag);
  const [remove] = useMutation(RemoveTag);
  const [create] = useMutation(CreateTag);
  const { data } = useQuery(TagSuggestions, { variables: { query }, skip: query.trim().length === 0 });

  const shown = [...tags.filter((t) => !removed.has(t.urn)), ...added.filter((a) => !tags.some((t) => t.urn === a.urn))];
  const suggestions = (data?.autoCompleteForMultiple?.suggestions ?? [])
    .flatMap((s) => s.entities)
    .flatMap((e) => (e.__typename === "Tag" ? [{ urn: e.urn, name: e.properties?.name || e.name }] : []))
    .filter((s) => !shown.some((t) => t.urn === s.urn));
  const newId = tagIdOf(query);
  const exists = suggestions.some((s) => s.urn === `urn:li:tag:${newId}`) || shown.some((t) => t.urn === `urn:li:tag:${newId}`);

  const settle = async () => {
    await client.refetchQueries({ include: "active" });
    setAdded([]);
    setRemoved(new Set());
  };

  const onAdd = async (pick: TagItem | { create: string }) => {
    setError(null);
    setQuery("");
    const item = "create" in pick ? { urn: `urn:li:tag:${tagIdOf(pick.create)}`, name: pick.create.trim() } : pick;
    setAdded((a) => [...a, item]);
    try {
      if ("create" in pick) await create({ variables: { input: { id: tagIdOf(pick.create), name: pick.create.trim() } } });
      await add({ variables: { input: { resourceUrn: urn, tagUrn: item.urn } } });
      await settle();
    } catch (e) {
      setAdded((a) => a.filter((x) => x.urn !== item.urn));
      setError(`Tag “${item.name}” was not added: ${(e as Error).message}`);
    }
  };

  const onRemove = async (t: TagItem) => {
    setError(null);
    setRemoved((r) => new Set(r).add(t.urn));
    try {
      await remove({ variables: { input: { resourceUrn: urn, tagUrn: t.urn } } });
      await settle();
    } catch (e) {
      setRemoved((r) => {
        const n = new Set(r);
        n.delete(t.urn);
        return n;
      });
      setError(`Tag “${t.name}” was not removed: ${(e as Error).message}`);
    }
  };

  return (
    <div className="min-w-0 space-y-1.5">
      <ul aria-label="Tags" className="flex flex-wrap items-center gap-1.5">
        {shown.map((t) => (
          <li key={t.urn} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-2 text-xs font-medium text-slate-700 ring-1 ring-slate-300 ring-inset dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600">
            <span className="max-w-48 truncate" title={t.name}>
              {t.name}
            </span>
            <button type="button" onClick={() => void onRemove(t)} aria-label={`Remove tag ${t.name}`} className="rounded-full px-1 hover:bg-slate-300 dark:hover:bg-slate-600">
              ×
            </button>
          </li>
        ))}
        <li>
          <Combobox<TagItem | { create: string } | null> value={null} onChange={(v) => v && void onAdd(v)}>
            <div className="relative">
              <ComboboxInput
                aria-label="Add a tag"
                placeholder="+ Add tag"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                className="w-32 rounded-md border border-dashed border-slate-300 bg-transparent px-2 py-0.5 text-xs focus:w-48 dark:border-slate-600"
              />
              {query.trim() ? (
                <ComboboxOptions anchor="bottom start" className="z-50 mt-1 w-64 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900">
                  {suggestions.map((s) => (
                    <ComboboxOption key={s.urn} value={s} className="cursor-pointer rounded px-2 py-1 data-focus:bg-indigo-50 dark:data-focus:bg-indigo-950">
                      {s.name}
                    </ComboboxOption>
                  ))}
                  {newId && !exists ? (
                    <ComboboxOption value={{ create: query }} className="cursor-pointer rounded px-2 py-1 data-focus:bg-indigo-50 dark:data-focus:bg-indigo-950">
                      Create tag “{query.trim()}”
                    </ComboboxOption>
                  ) : null}
                </ComboboxOptions>
              ) : null}
            </div>
          </Combobox>
        </li>
      </ul>
      {error ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
