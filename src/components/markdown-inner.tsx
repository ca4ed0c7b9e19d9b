import Markdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

export default function MarkdownInner({ text }: { text: string }) {
  return (
    <Markdown rehypePlugins={[rehypeSanitize]} skipHtml>
      {text}
    </Markdown>
  );
}
