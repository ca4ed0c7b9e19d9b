import type { ComponentProps } from "react";
import Markdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { webUrl } from "../lib/web-url";

/** A link in a description opens in a new tab when it is an http(s) URL; any other target leaves its text. */
function SafeLink({ href, children }: ComponentProps<"a">) {
  const safe = webUrl(href);
  if (!safe) return <span>{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer nofollow">
      {children}
    </a>
  );
}

/** Images are not loaded from descriptions (the app's policy allows none from elsewhere): their text is shown. */
function ImageText({ alt }: ComponentProps<"img">) {
  return alt ? <span>{alt}</span> : null;
}

/** A GFM table scrolls sideways inside the description rather than widening the page. */
function ScrollingTable({ children }: ComponentProps<"table">) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-left text-sm [&_td]:border-b [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1 dark:[&_td]:border-slate-700 [&_th]:border-b [&_th]:border-slate-300 [&_th]:px-2 [&_th]:py-1 [&_th]:font-semibold dark:[&_th]:border-slate-600">
        {children}
      </table>
    </div>
  );
}

/** Every URL passes webUrl: anything else is dropped before rendering, whatever the component. */
const onlyWebUrls = (url: string) => webUrl(url) ?? "";

export default function MarkdownInner({ text }: { text: string }) {
  return (
    <Markdown
      remarkPlugins={[remarkGfm]}
      rehypePlugins={[rehypeSanitize]}
      skipHtml
      urlTransform={onlyWebUrls}
      components={{ a: SafeLink, img: ImageText, table: ScrollingTable }}
    >
      {text}
    </Markdown>
  );
}
