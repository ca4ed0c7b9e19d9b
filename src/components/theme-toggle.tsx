import { useEffect, useState } from "react";
import { applyTheme, storedTheme, watchSystemTheme, type ThemeChoice } from "../lib/theme";

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };
const LABEL: Record<ThemeChoice, string> = { system: "Theme: system", light: "Theme: light", dark: "Theme: dark" };

export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>(storedTheme);
  useEffect(() => applyTheme(choice), [choice]);
  useEffect(() => watchSystemTheme(), []);
  return (
    <button
      type="button"
      onClick={() => setChoice(NEXT[choice])}
      className="rounded-md border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
      aria-label={`${LABEL[choice]} (click to change)`}
    >
      {choice === "dark" ? "☾ Dark" : choice === "light" ? "☀ Light" : "◐ System"}
    </button>
  );
}
