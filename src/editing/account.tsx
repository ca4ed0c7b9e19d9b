/** The header's account control: "Sign in" (a page that explains how) or the signed-in name and "Sign out". */
import { useState } from "react";
import { Link } from "@tanstack/react-router";
import { useResetAfterAuth, useViewer } from "./viewer";

export function Account() {
  const v = useViewer();
  const reset = useResetAfterAuth();
  const [busy, setBusy] = useState(false);
  if (v.loading) return null;
  if (!v.signedIn)
    return (
      <Link to="/signin" className="text-slate-700 hover:text-slate-950 dark:text-slate-300 dark:hover:text-white">
        Sign in
      </Link>
    );
  return (
    <span className="inline-flex items-center gap-2">
      <span className="hidden max-w-40 truncate text-slate-700 sm:inline dark:text-slate-300" title={`Signed in as ${v.name}`}>
        {v.name}
      </span>
      <button
        type="button"
        disabled={busy}
        title={`Signed in as ${v.name}`}
        onClick={async () => {
          setBusy(true);
          try {
            await fetch("/auth/signout", { method: "POST", credentials: "same-origin" });
            await reset();
          } finally {
            setBusy(false);
          }
        }}
        className="rounded-md border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        Sign out
      </button>
    </span>
  );
}
