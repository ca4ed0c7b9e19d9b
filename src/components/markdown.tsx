import Markdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

/** Markdown from the catalog: raw HTML is not rendered, and the output is sanitised again. */
export function MarkdownView({ text }: { text: string }) {
  return (
    <div className="max-w-prose space-y-2 text-sm leading-6 [&_a]:text-indigo-700 [&_a]:underline dark:[&_a]:text-indigo-300 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 dark:[&_code]:bg-slate-800 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5">
      <Markdown rehypePlugins={[rehypeSanitize]} skipHtml>
        {text}
      </Markdown>
    </div>
  );
}
