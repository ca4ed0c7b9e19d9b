import { useEffect, useRef, useState } from "react";
import { useNavigate } from "@tanstack/react-router";
import { useQuery } from "@apollo/client/react";
import { Combobox, ComboboxInput, ComboboxOption, ComboboxOptions } from "@headlessui/react";
import { graphql } from "../gql";
import { kindOfEntityType, KINDS, type Kind } from "../lib/kinds";

const Autocomplete = graphql(`
  query Autocomplete($query: String!) {
    autoCompleteForMultiple(input: { query: $query, limit: 5 }) {
      suggestions {
        type
        suggestions
        entities {
          urn
          type
        }
      }
    }
  }
`);

type Option = { kind: "search"; query: string } | { kind: "entity"; urn: string; name: string; entityKind: Kind };

/** The header's search box: autocomplete across kinds; "/" focuses it; Enter searches or opens. */
export function SearchBox() {
  const [text, setText] = useState("");
  const [debounced, setDebounced] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  useEffect(() => {
    const t = setTimeout(() => setDebounced(text.trim()), 120);
    return () => clearTimeout(t);
  }, [text]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key === "/" && !e.ctrlKey && !e.metaKey && target && !["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) && !target.isContentEditable) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  const { data } = useQuery(Autocomplete, { variables: { query: debounced }, skip: debounced.length < 2, fetchPolicy: "cache-first" });
  const options: Option[] = [];
  if (text.trim()) options.push({ kind: "search", query: text.trim() });
  for (const group of data?.autoCompleteForMultiple?.suggestions ?? []) {
    const k = kindOfEntityType(group.type);
    if (!k) continue;
    group.entities.forEach((e, i) => options.push({ kind: "entity", urn: e.urn, name: group.suggestions[i] ?? e.urn, entityKind: k }));
  }
  const choose = (o: Option | null) => {
    if (!o) return;
    if (o.kind === "search") void navigate({ to: "/search", search: { q: o.query } });
    else void navigate({ to: "/$kind/$urn/$tab", params: { kind: o.entityKind, urn: o.urn, tab: "summary" } });
    setText("");
    input.current?.blur();
  };
  return (
    <Combobox<Option | null> value={null} onChange={choose} immediate>
      <div className="relative w-full max-w-xl">
        <ComboboxInput
          ref={input}
          aria-label="Search models, runs, datasets and more"
          placeholder="Search models, runs, datasets…  (press /)"
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
          onChange={(e) => setText(e.target.value)}
          value={text}
          displayValue={() => text}
        />
        <ComboboxOptions
          anchor="bottom start"
          className="z-50 w-[var(--input-width)] rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg empty:invisible dark:border-slate-700 dark:bg-slate-900"
        >
          {options.map((o) => (
            <ComboboxOption
              key={o.kind === "search" ? "search" : o.urn}
              value={o}
              className="flex cursor-pointer items-center gap-2 px-3 py-1.5 data-focus:bg-indigo-50 dark:data-focus:bg-indigo-950"
            >
              {o.kind === "search" ? (
                <span>
                  Search for <strong>“{o.query}”</strong>
                </span>
              ) : (
                <>
                  <span className="w-24 shrink-0 text-xs text-slate-600 dark:text-slate-400">{KINDS[o.entityKind].label}</span>
                  <span className="truncate" title={o.urn}>
                    {o.name}
                  </span>
                </>
              )}
            </ComboboxOption>
          ))}
        </ComboboxOptions>
      </div>
    </Combobox>
  );
}
