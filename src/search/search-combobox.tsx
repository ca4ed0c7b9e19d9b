import { useEffect, useLayoutEffect, useState, type RefObject } from "react";
import { useNavigate } from "@tanstack/react-router";
import { useQuery } from "@apollo/client/react";
import { Combobox, ComboboxInput, ComboboxOption, ComboboxOptions } from "@headlessui/react";
import { graphql } from "../gql";
import { kindOfEntityType, KINDS, type Kind } from "../lib/kinds";
import { urls } from "../lib/urls";
import { KindIcon, SearchIcon } from "../components/icons";
import { Highlight } from "../components/highlight";
import { INPUT_CLASS, INPUT_LABEL, PLACEHOLDER, SlashHint } from "./search-box";

const Autocomplete = graphql(`
  query Autocomplete($query: String!) {
    autoCompleteForMultiple(input: { query: $query, limit: 5 }) {
      suggestions {
        type
        suggestions
        entities { urn type }
      }
    }
  }
`);

type Option = { kind: "search"; query: string } | { kind: "entity"; urn: string; name: string; entityKind: Kind };

/** Accessible combobox (Headless UI): arrow keys move, Enter opens the suggestion or searches. */
export default function SearchCombobox({
  inputRef,
  text,
  onText,
  onSearch,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  text: string;
  onText: (t: string) => void;
  onSearch: (q: string) => void;
}) {
  // Rendered while the plain input it replaces is still on screen: keep the focus, and the caret,
  // where the person is typing. The ref is read once, in the state initialiser, before this render
  // replaces that input: by the time an effect runs the old input (and its focus) are gone.
  // oxlint-disable-next-line react/refs
  const [caret] = useState(() => {
    const old = inputRef.current;
    if (typeof document === "undefined" || !old || document.activeElement !== old) return null;
    return { start: old.selectionStart ?? old.value.length, end: old.selectionEnd ?? old.value.length };
  });
  useLayoutEffect(() => {
    const el = inputRef.current;
    if (caret && el) {
      el.focus();
      el.setSelectionRange(caret.start, caret.end);
    }
  }, [caret, inputRef]);
  const [debounced, setDebounced] = useState(text.trim());
  useEffect(() => {
    const t = setTimeout(() => setDebounced(text.trim()), 120);
    return () => clearTimeout(t);
  }, [text]);
  const navigate = useNavigate();
  const { data } = useQuery(Autocomplete, { variables: { query: debounced }, skip: debounced.length < 2, fetchPolicy: "cache-first" });
  const options: Option[] = [];
  if (text.trim()) options.push({ kind: "search", query: text.trim() });
  if (debounced.length >= 2 && debounced === text.trim()) {
    for (const group of data?.autoCompleteForMultiple?.suggestions ?? []) {
      const k = kindOfEntityType(group.type);
      if (!k) continue;
      group.entities.forEach((e, i) => options.push({ kind: "entity", urn: e.urn, name: group.suggestions[i] ?? e.urn, entityKind: k }));
    }
  }
  const choose = (o: Option | null) => {
    if (!o) return;
    if (o.kind === "search") {
      onSearch(o.query);
      return;
    }
    void navigate(urls.entity(o.entityKind, o.urn));
    onText("");
    inputRef.current?.blur();
  };
  return (
    <Combobox<Option | null> value={null} onChange={choose} immediate>
      <div role="search" className="relative w-full max-w-xl">
        <span className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-slate-500 dark:text-slate-400">
          <SearchIcon />
        </span>
        <ComboboxInput
          ref={inputRef}
          aria-label={INPUT_LABEL}
          placeholder={PLACEHOLDER}
          className={INPUT_CLASS}
          onChange={(e) => onText(e.target.value)}
          value={text}
          displayValue={() => text}
          autoComplete="off"
        />
        {text ? null : <SlashHint />}
        {/* Not modal: a modal list makes the rest of the page inert while it is open, and it stays open
            (empty) after a suggestion is opened, which left the new page unreachable until a click. */}
        <ComboboxOptions
          anchor="bottom start"
          modal={false}
          className="z-50 mt-1 w-[var(--input-width)] rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg empty:invisible dark:border-slate-700 dark:bg-slate-900"
        >
          {options.map((o) => (
            <ComboboxOption
              key={o.kind === "search" ? "search" : o.urn}
              value={o}
              className="flex cursor-pointer items-center gap-2 px-3 py-1.5 data-focus:bg-indigo-50 dark:data-focus:bg-indigo-950"
            >
              {o.kind === "search" ? (
                <>
                  <span className="flex w-6 justify-center text-slate-500 dark:text-slate-400">
                    <SearchIcon />
                  </span>
                  <span className="truncate">
                    Search for <strong>“{o.query}”</strong>
                  </span>
                </>
              ) : (
                <>
                  <KindIcon kind={o.entityKind} />
                  <span className="min-w-0 flex-1 truncate" title={o.urn}>
                    <Highlight text={o.name} query={text} />
                  </span>
                  <span className="shrink-0 text-xs text-slate-600 dark:text-slate-400">{KINDS[o.entityKind].label}</span>
                </>
              )}
            </ComboboxOption>
          ))}
        </ComboboxOptions>
      </div>
    </Combobox>
  );
}
