/**
 * Tags, glossary terms and owners of an asset, editable the same way: remove with the × on an item,
 * add with a picker that completes over the existing ones (DataHub's autoCompleteForMultiple); tags
 * can also be created (createTag). A change shows at once and goes back, with a message, if the
 * server refuses it. Each uses DataHub's own mutations (addTag/removeTag, addTerm/removeTerm,
 * addOwner/removeOwner).
 */
import { useState } from "react";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Combobox, ComboboxInput, ComboboxOption, ComboboxOptions } from "@headlessui/react";
import { Link } from "@tanstack/react-router";
import { graphql } from "../gql";
import { KINDS, kindOfUrn } from "../lib/kinds";
import { urls } from "../lib/urls";
import { saveFailure } from "../lib/errors";
import type { EntityType } from "../gql/graphql";

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
const AddTerm = graphql(`
  mutation AddTerm($input: TermAssociationInput!) {
    addTerm(input: $input)
  }
`);
const RemoveTerm = graphql(`
  mutation RemoveTerm($input: TermAssociationInput!) {
    removeTerm(input: $input)
  }
`);
const AddOwner = graphql(`
  mutation AddOwner($input: AddOwnerInput!) {
    addOwner(input: $input)
  }
`);
const RemoveOwner = graphql(`
  mutation RemoveOwner($input: RemoveOwnerInput!) {
    removeOwner(input: $input)
  }
`);
const Suggestions = graphql(`
  query AssociationSuggestions($types: [EntityType!], $query: String!) {
    autoCompleteForMultiple(input: { types: $types, query: $query, limit: 10 }) {
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
          ... on GlossaryTerm {
            name
            properties {
              name
            }
          }
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
        }
      }
    }
  }
`);

export interface Item {
  urn: string;
  name: string;
}

type What = "tag" | "term" | "owner";

const LABEL: Record<What, { one: string; many: string; types: EntityType[] }> = {
  tag: { one: "tag", many: "Tags", types: ["TAG"] },
  term: { one: "glossary term", many: "Glossary terms", types: ["GLOSSARY_TERM"] },
  owner: { one: "owner", many: "Owners", types: ["CORP_USER", "CORP_GROUP"] },
};

/** A tag id from what a person typed: letters, digits, dashes, underscores and dots. */
export function tagIdOf(name: string): string {
  return name
    .trim()
    .replace(/\s+/g, "-")
    .replace(/[^\w.-]/g, "")
    .slice(0, 100);
}

function AssociationEditor({ urn, items, what }: { urn: string; items: Item[]; what: What }) {
  const client = useApolloClient();
  const [added, setAdded] = useState<Item[]>([]);
  const [removed, setRemoved] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState("");
  const [addTag] = useMutation(AddTag);
  const [removeTag] = useMutation(RemoveTag);
  const [createTag] = useMutation(CreateTag);
  const [addTerm] = useMutation(AddTerm);
  const [removeTerm] = useMutation(RemoveTerm);
  const [addOwner] = useMutation(AddOwner);
  const [removeOwner] = useMutation(RemoveOwner);
  const l = LABEL[what];
  const { data } = useQuery(Suggestions, { variables: { types: l.types, query }, skip: query.trim().length === 0 });

  const shown = [...items.filter((t) => !removed.has(t.urn)), ...added.filter((a) => !items.some((t) => t.urn === a.urn))];
  const suggestions = (data?.autoCompleteForMultiple?.suggestions ?? [])
    .flatMap((s) => s.entities)
    .flatMap((e): Item[] => {
      switch (e.__typename) {
        case "Tag":
        case "GlossaryTerm":
          return [{ urn: e.urn, name: e.properties?.name || e.name }];
        case "CorpUser":
          return [{ urn: e.urn, name: e.properties?.displayName || e.properties?.fullName || e.username }];
        case "CorpGroup":
          return [{ urn: e.urn, name: e.properties?.displayName || e.name }];
        default:
          return [];
      }
    })
    .filter((s) => !shown.some((t) => t.urn === s.urn));
  const newId = what === "tag" ? tagIdOf(query) : "";
  const exists = suggestions.some((s) => s.urn === `urn:li:tag:${newId}`) || shown.some((t) => t.urn === `urn:li:tag:${newId}`);

  const settle = async () => {
    await client.refetchQueries({ include: "active" });
    setAdded([]);
    setRemoved(new Set());
  };

  const doAdd = async (item: Item) => {
    if (what === "tag") await addTag({ variables: { input: { resourceUrn: urn, tagUrn: item.urn } } });
    else if (what === "term") await addTerm({ variables: { input: { resourceUrn: urn, termUrn: item.urn } } });
    else
      await addOwner({
        variables: {
          input: {
            resourceUrn: urn,
            ownerUrn: item.urn,
            ownerEntityType: item.urn.startsWith("urn:li:corpGroup:") ? "CORP_GROUP" : "CORP_USER",
            ownershipTypeUrn: "urn:li:ownershipType:__system__technical_owner",
          },
        },
      });
  };
  const doRemove = async (item: Item) => {
    if (what === "tag") await removeTag({ variables: { input: { resourceUrn: urn, tagUrn: item.urn } } });
    else if (what === "term") await removeTerm({ variables: { input: { resourceUrn: urn, termUrn: item.urn } } });
    else await removeOwner({ variables: { input: { resourceUrn: urn, ownerUrn: item.urn } } });
  };

  const onAdd = async (pick: Item | { create: string }) => {
    setError(null);
    setQuery("");
    const item = "create" in pick ? { urn: `urn:li:tag:${tagIdOf(pick.create)}`, name: pick.create.trim() } : pick;
    setAdded((a) => [...a, item]);
    try {
      if ("create" in pick) await createTag({ variables: { input: { id: tagIdOf(pick.create), name: pick.create.trim() } } });
      await doAdd(item);
      await settle();
    } catch (e) {
      setAdded((a) => a.filter((x) => x.urn !== item.urn));
      setError(`${capital(l.one)} “${item.name}” was not added: ${saveFailure(e)}`);
    }
  };

  const onRemove = async (t: Item) => {
    setError(null);
    setRemoved((r) => new Set(r).add(t.urn));
    try {
      await doRemove(t);
      await settle();
    } catch (e) {
      setRemoved((r) => {
        const n = new Set(r);
        n.delete(t.urn);
        return n;
      });
      setError(`${capital(l.one)} “${t.name}” was not removed: ${saveFailure(e)}`);
    }
  };

  return (
    <div className="min-w-0 space-y-1.5">
      <ul aria-label={l.many} className="flex flex-wrap items-center gap-1.5">
        {shown.map((t) => (
          <li
            key={t.urn}
            className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-2 text-xs font-medium text-slate-700 ring-1 ring-slate-300 ring-inset dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600"
          >
            <ItemName item={t} />
            <button
              type="button"
              onClick={() => void onRemove(t)}
              aria-label={`Remove ${l.one} ${t.name}`}
              className="rounded-full px-1 hover:bg-slate-300 dark:hover:bg-slate-600"
            >
              ×
            </button>
          </li>
        ))}
        <li>
          <Combobox<Item | { create: string } | null> value={null} onChange={(v) => v && void onAdd(v)}>
            <div className="relative">
              <ComboboxInput
                aria-label={`Add ${what === "owner" ? "an" : "a"} ${l.one}`}
                placeholder={`+ Add ${l.one}`}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                className="w-36 rounded-md border border-dashed border-slate-300 bg-transparent px-2 py-0.5 text-xs focus:w-48 dark:border-slate-600"
              />
              {query.trim() ? (
                <ComboboxOptions
                  anchor="bottom start"
                  className="z-50 mt-1 w-64 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg empty:invisible dark:border-slate-700 dark:bg-slate-900"
                >
                  {suggestions.map((s) => (
                    <ComboboxOption key={s.urn} value={s} className="cursor-pointer rounded px-2 py-1 data-focus:bg-indigo-50 dark:data-focus:bg-indigo-950">
                      {s.name}
                    </ComboboxOption>
                  ))}
                  {what === "tag" && newId && !exists ? (
                    <ComboboxOption
                      value={{ create: query }}
                      className="cursor-pointer rounded px-2 py-1 data-focus:bg-indigo-50 dark:data-focus:bg-indigo-950"
                    >
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

/** The item's name, as a link to its page (a tag's, a term's, a person's or a group's) where the app has one. */
function ItemName({ item }: { item: Item }) {
  const kind = kindOfUrn(item.urn);
  if (!kind)
    return (
      <span className="max-w-48 truncate" title={item.name}>
        {item.name}
      </span>
    );
  return (
    <Link {...urls.entity(kind, item.urn)} className="max-w-48 truncate hover:underline" title={`${KINDS[kind].label}: ${item.name}`}>
      {item.name}
    </Link>
  );
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const TagEditor = ({ urn, tags }: { urn: string; tags: Item[] }) => <AssociationEditor urn={urn} items={tags} what="tag" />;
export const TermEditor = ({ urn, terms }: { urn: string; terms: Item[] }) => <AssociationEditor urn={urn} items={terms} what="term" />;
export const OwnerEditor = ({ urn, owners }: { urn: string; owners: Item[] }) => <AssociationEditor urn={urn} items={owners} what="owner" />;
