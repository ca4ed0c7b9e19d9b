import { lazy, Suspense } from "react";

// react-markdown and its parser are ~30 kB gzipped: loaded only when a description is shown.
const Inner = lazy(() => import("./markdown-inner"));

/** Markdown from the catalog, rendered safely: raw HTML is dropped and the output sanitised. */
export function MarkdownView({ text }: { text: string }) {
  return (
    <div className="max-w-prose space-y-2 text-sm leading-6 break-words [&_a]:text-indigo-700 [&_a]:underline dark:[&_a]:text-indigo-300 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 dark:[&_code]:bg-slate-800 [&_h1]:font-semibold [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-5 [&_pre]:overflow-x-auto [&_ul]:list-disc [&_ul]:pl-5">
      <Suspense fallback={<p className="whitespace-pre-line">{text}</p>}>
        <Inner text={text} />
      </Suspense>
    </div>
  );
}
