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

export function EmptyState({ title, children, heading = "p" }: { title: string; children?: ReactNode; heading?: "p" | "h1" | "h2" }) {
  const Title = heading;
  return (
    <div className="rounded-lg border border-dashed border-slate-300 px-6 py-8 text-center dark:border-slate-700">
      <Title className={`font-medium text-slate-700 dark:text-slate-200 ${heading === "h1" ? "text-lg" : ""}`}>{title}</Title>
      {children ? <div className="mx-auto mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-400">{children}</div> : null}
    </div>
  );
}

export function ErrorMessage({ error, what = "This part of the page" }: { error: { message: string } | undefined | null; what?: string }) {
  if (!error) return null;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
      <p className="font-medium">{what} could not be loaded.</p>
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
