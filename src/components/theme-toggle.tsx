import { useEffect, useState } from "react";
import { applyTheme, storedTheme, watchSystemTheme, type ThemeChoice } from "../lib/theme";
import { MoonIcon, SunIcon, SystemIcon } from "./icons";

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };
const LABEL: Record<ThemeChoice, string> = { system: "System", light: "Light", dark: "Dark" };

/** Cycles system → light → dark; the choice is remembered in localStorage ("system" is the default). */
export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>(storedTheme);
  useEffect(() => applyTheme(choice), [choice]);
  useEffect(() => watchSystemTheme(), []);
  return (
    <button
      type="button"
      onClick={() => setChoice(NEXT[choice])}
      className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
      aria-label={`Colour theme: ${LABEL[choice]}. Switch to ${LABEL[NEXT[choice]]}`}
      title={`Colour theme: ${LABEL[choice]} (click for ${LABEL[NEXT[choice]].toLowerCase()})`}
    >
      {choice === "dark" ? <MoonIcon /> : choice === "light" ? <SunIcon /> : <SystemIcon />}
      {LABEL[choice]}
    </button>
  );
}
