import { useState } from "react";
import { createFileRoute, useNavigate } from "@tanstack/react-router";
import { useResetAfterAuth, useViewer } from "../editing/viewer";

/** /signin: how to sign in (the link the server prints), or with a token. */
export const Route = createFileRoute("/signin")({ component: SignIn });

function SignIn() {
  const v = useViewer();
  const reset = useResetAfterAuth();
  const navigate = useNavigate();
  const [token, setToken] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      {v.signedIn ? (
        <p role="status">
          You are signed in as <span className="font-medium">{v.name}</span>
          {v.canEdit ? ", and may edit descriptions, tags, owners and properties." : ". Your role may read but not edit."}
        </p>
      ) : null}
      <p className="text-slate-700 dark:text-slate-300">
        Reading needs no account. To edit, open the one-time sign-in link that <code>npm start</code> prints in its terminal, or ask whoever runs Orrery for one
        (<code>npx orrery signin-link</code>). Or paste an API token:
      </p>
      <form
        className="space-y-2"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          try {
            const res = await fetch("/auth/session", {
              method: "POST",
              credentials: "same-origin",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ token: token.trim() }),
            });
            if (!res.ok) {
              const body = (await res.json().catch(() => null)) as { message?: string } | null;
              setError(body?.message ?? `sign-in failed (${res.status})`);
              return;
            }
            setToken("");
            await reset();
            void navigate({ to: "/" });
          } catch (err) {
            setError((err as Error).message);
          } finally {
            setBusy(false);
          }
        }}
      >
        <label className="block text-sm font-medium" htmlFor="token">
          API token
        </label>
        <input
          id="token"
          type="password"
          autoComplete="off"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          placeholder="orr_…"
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 font-mono text-sm dark:border-slate-700 dark:bg-slate-900"
        />
        {error ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {error}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={busy || !token.trim()}
          className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-50"
        >
          {busy ? "Signing in…" : "Sign in with the token"}
        </button>
      </form>
    </div>
  );
}
