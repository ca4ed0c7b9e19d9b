import type { ReactNode } from "react";
import { ExternalIcon } from "./icons";

/** Only http(s) URLs are opened from the app; anything else (`javascript:`, `s3://`, a bare path) is shown as text. */
export function isWebUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * A URI as given by a source: a link that opens in a new tab when it is an http(s) URL, otherwise
 * monospace text. `children` replaces the shown text of a link (the URI stays in its title).
 */
export function UriValue({ value, children }: { value: string; children?: ReactNode }) {
  if (!isWebUrl(value))
    return (
      <span className="font-mono text-xs break-all" title={value}>
        {value}
      </span>
    );
  return (
    <a
      href={value}
      target="_blank"
      rel="noopener noreferrer nofollow"
      title={value}
      className={`inline-flex max-w-full items-center gap-1 text-indigo-700 hover:underline dark:text-indigo-300 ${children ? "" : "font-mono text-xs"}`}
    >
      <span className={`min-w-0 ${children ? "break-words" : "break-all"}`}>{children ?? value}</span>
      <ExternalIcon />
    </a>
  );
}
