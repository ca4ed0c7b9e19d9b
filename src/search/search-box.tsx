import { useEffect, useRef, useState, type ComponentType } from "react";
import { useNavigate, useRouterState } from "@tanstack/react-router";
import { urls } from "../lib/urls";
import { kindOfUrn } from "../lib/kinds";
import { SearchIcon } from "../components/icons";

// The autocomplete (Headless UI's combobox, with its positioning and virtualisation code) is ~35 kB
// gzipped, so the first page ships a plain search form and the combobox loads on the first sign of
// intent: pointer over the box, focus, or "/".
// (Loaded by hand rather than with React.lazy: a Suspense fallback would remount the input the
// person is typing into, and lose their focus and keystrokes.)
const loadCombobox = () => import("./search-combobox");
type ComboboxComponent = Awaited<ReturnType<typeof loadCombobox>>["default"];

export const INPUT_CLASS =
  "w-full rounded-md border border-slate-300 bg-white py-1.5 pr-3 pl-8 text-sm text-slate-900 placeholder:text-slate-500 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/40 focus:outline-none dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400";
export const INPUT_LABEL = "Search models, runs, datasets and more";
export const PLACEHOLDER = "Search models, runs, datasets…";

/** The "/" key hint at the right of the empty box. */
export function SlashHint() {
  return (
    <kbd
      aria-hidden
      className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded border border-slate-300 px-1.5 font-mono text-[0.7rem] text-slate-500 dark:border-slate-600 dark:text-slate-400"
    >
      /
    </kbd>
  );
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName) || el.isContentEditable);
}

/** Where Enter in the search box goes: a urn of a kind the app shows opens that asset; anything else searches. */
export function searchTarget(q: string) {
  const text = q.trim();
  const kind = text.startsWith("urn:li:") && !/\s/.test(text) ? kindOfUrn(text) : null;
  return kind ? urls.entity(kind, text) : urls.search(text ? { q: text } : {});
}

/**
 * The header's search box on every page: "/" focuses it; Enter searches (or opens a pasted urn);
 * suggestions across all kinds. On the results page it holds the query, so it can be refined.
 */
export function SearchBox() {
  const routeQuery = useRouterState({ select: (s) => (s.location.pathname === "/search" ? String((s.location.search as { q?: unknown }).q ?? "") : null) });
  const [text, setText] = useState(routeQuery ?? "");
  // The box follows the results page's query (a new search, back and forward) and empties elsewhere.
  const [shownQuery, setShownQuery] = useState(routeQuery);
  if (routeQuery !== shownQuery) {
    setShownQuery(routeQuery);
    setText(routeQuery ?? "");
  }
  const [Combobox, setCombobox] = useState<ComponentType<Parameters<ComboboxComponent>[0]> | null>(null);
  const armed = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const arm = () => {
    if (armed.current) return;
    armed.current = true;
    loadCombobox().then(
      (m) => setCombobox(() => m.default),
      () => {
        armed.current = false; // offline or a new deployment: the plain form keeps working, try again later
      },
    );
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
        e.preventDefault();
        input.current?.focus();
        arm();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });
  const submit = (q: string) => {
    const target = searchTarget(q);
    void navigate(target);
    setText(target.to === "/search" ? q.trim() : "");
    input.current?.blur();
  };
  const plain = (
    <form
      role="search"
      className="relative w-full max-w-xl"
      onSubmit={(e) => {
        e.preventDefault();
        submit(text);
      }}
    >
      <span className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-slate-500 dark:text-slate-400">
        <SearchIcon />
      </span>
      <input
        ref={input}
        type="search"
        aria-label={INPUT_LABEL}
        placeholder={PLACEHOLDER}
        className={INPUT_CLASS}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onFocus={arm}
        onPointerEnter={arm}
      />
      {text ? null : <SlashHint />}
    </form>
  );
  return Combobox ? <Combobox inputRef={input} text={text} onText={setText} onSearch={submit} /> : plain;
}
