import type { ComponentProps } from "react";
import Markdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
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

/** Every URL passes webUrl: anything else is dropped before rendering, whatever the component. */
const onlyWebUrls = (url: string) => webUrl(url) ?? "";

export default function MarkdownInner({ text }: { text: string }) {
  return (
    <Markdown rehypePlugins={[rehypeSanitize]} skipHtml urlTransform={onlyWebUrls} components={{ a: SafeLink, img: ImageText }}>
      {text}
    </Markdown>
  );
}
