import type { ReactNode } from "react";
import { ExternalIcon } from "./icons";
import { isWebUrl, webUrl } from "../lib/web-url";

export { isWebUrl, webUrl };

/**
 * A URL from the catalog as a link that opens in a new tab, only when it is an http(s) URL (see
 * webUrl); any other value is shown as text, with `text` as its look. `children` replaces the shown
 * text of a link (the URL stays in its title).
 */
export function WebLink({ value, className, text, children }: { value: string; className: string; text: string; children?: ReactNode }) {
  const href = webUrl(value);
  if (!href)
    return (
      <span className={text} title={value}>
        {value}
      </span>
    );
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow" title={value} className={className}>
      {children ?? value}
    </a>
  );
}

/**
 * A URI as given by a source: a link that opens in a new tab when it is an http(s) URL, otherwise
 * monospace text. `children` replaces the shown text of a link (the URI stays in its title).
 */
export function UriValue({ value, children }: { value: string; children?: ReactNode }) {
  return (
    <WebLink
      value={value}
      text="font-mono text-xs break-all"
      className={`inline-flex max-w-full items-center gap-1 text-indigo-700 hover:underline dark:text-indigo-300 ${children ? "" : "font-mono text-xs"}`}
    >
      <span className={`min-w-0 ${children ? "break-words" : "break-all"}`}>{children ?? value}</span>
      <ExternalIcon />
    </WebLink>
  );
}
