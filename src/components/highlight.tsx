/** Marks the words of `query` in `text`, as React elements (never as HTML). */
export function Highlight({ text, query }: { text: string; query?: string }) {
  const words = (query ?? "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (words.length === 0) return <>{text}</>;
  const re = new RegExp(`(${words.join("|")})`, "giu");
  const parts = text.split(re);
  return <>{parts.map((p, i) => (i % 2 === 1 ? <mark key={i}>{p}</mark> : p))}</>;
}
