import type { ReactNode } from "react";

export function Skeleton({ lines = 3, label = "Loading" }: { lines?: number; label?: string }) {
  return (
    <div role="status" aria-label={label} className="animate-pulse space-y-3 py-2">
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="h-4 rounded bg-slate-200 dark:bg-slate-800" style={{ width: `${90 - ((i * 17) % 40)}%` }} />
      ))}
    </div>
  );
}

/** A designed empty state: what is missing, and how it gets there. */
export function EmptyState({ title, children, heading = "p", icon }: { title: string; children?: ReactNode; heading?: "p" | "h1" | "h2"; icon?: ReactNode }) {
  const Title = heading;
  return (
    <div className="rounded-lg border border-dashed border-slate-300 px-6 py-10 text-center dark:border-slate-700">
      {icon ? <div className="mb-3 flex justify-center text-slate-400 dark:text-slate-500">{icon}</div> : null}
      <Title className={`font-medium text-slate-800 dark:text-slate-100 ${heading === "h1" ? "text-lg" : ""}`}>{title}</Title>
      {children ? <div className="mx-auto mt-2 max-w-prose text-sm text-slate-600 dark:text-slate-400">{children}</div> : null}
    </div>
  );
}

/** A short line for a card whose list is empty (inside a card, a dashed box would be too loud). */
export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className="text-sm text-slate-600 dark:text-slate-400">{children}</p>;
}

export function ErrorMessage({
  error,
  what = "This part of the page",
  verb = "loaded",
}: {
  error: { message: string } | undefined | null;
  what?: string;
  verb?: string;
}) {
  if (!error) return null;
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
    >
      <p className="font-medium">
        {what} could not be {verb}.
      </p>
      <p className="mt-1 break-words font-mono text-xs">{error.message}</p>
    </div>
  );
}

/** Text cut to one line, with the whole text in a tooltip. */
export function Truncate({ text, className = "" }: { text: string; className?: string }) {
  return (
    <span title={text} className={`block truncate ${className}`}>
      {text}
    </span>
  );
}

/** For code and identifiers: inline, monospace, wraps anywhere. */
export function Code({ children }: { children: ReactNode }) {
  return (
    <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.85em] break-all text-slate-800 dark:bg-slate-800 dark:text-slate-200">{children}</code>
  );
}
