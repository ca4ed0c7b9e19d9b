import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseQuery, positiveWords, rowMatches, toFts, type QueryNode } from "./search-query";

const kinds = { allKinds: ["mlmodel", "dataset"] };
const fts = (s: string) => {
  const n = parseQuery(s);
  return n ? toFts(n, kinds) : null;
};

describe("search query syntax", () => {
  it("reads words, the last one as a prefix", () => {
    expect(parseQuery("airline forecast")).toEqual({
      t: "and",
      items: [
        { t: "word", word: "airline", prefix: false },
        { t: "word", word: "forecast", prefix: true },
      ],
    });
  });

  it("reads operators, -word, fields, phrases and parentheses", () => {
    expect(fts("tags:forecasting AND NOT platform:sagemaker")).toBe(`(({tags} : ("forecasting")) NOT ({platform} : ("sagemaker"*)))`);
    expect(fts("a -b")).toBe(`((("a")) NOT (("b"*)))`);
    expect(fts("(a OR b) c")).toBe(`((("a") OR ("b")) AND ("c"*))`);
    expect(parseQuery('"airline forecast"')).toEqual({ t: "phrase", words: ["airline", "forecast"] });
    expect(parseQuery('owners:"Alice Chen"')).toEqual({ t: "phrase", field: "owners", words: ["alice", "chen"] });
    expect(parseQuery("type:model")).toEqual({ t: "word", field: "kind", word: "mlmodel", prefix: false });
    expect(fts("NOT x")).toBe(`({kind} : ("mlmodel" OR "dataset") NOT ("x"*))`);
  });

  it("treats lower-case operators and unknown fields as words", () => {
    expect(positiveWords(parseQuery("cats and dogs")).map((w) => w.word)).toEqual(["cats", "and", "dogs"]);
    expect(positiveWords(parseQuery("foo:bar")).map((w) => w.word)).toEqual(["foo", "bar"]);
  });

  it("treats unmatched quotes and parentheses as punctuation; no word means no query", () => {
    expect(parseQuery('"arima')).toEqual({ t: "word", word: "arima", prefix: true });
    expect(parseQuery("(arima")).toEqual({ t: "word", word: "arima", prefix: true });
    expect(parseQuery("arima)")).toEqual({ t: "word", word: "arima", prefix: true });
    for (const s of ["", "(", ")", '"', "%", "((", '""', "AND", "NOT", "-", "name:", "OR OR"]) expect(parseQuery(s), s).toBeNull();
  });

  it("checks phrases in order, and corrections as the word", () => {
    const n = parseQuery('"airline forecast"') as QueryNode;
    expect(rowMatches(n, { name: "Airline forecast model" })).toBe(true);
    expect(rowMatches(n, { name: "forecast for an airline" })).toBe(false);
    expect(rowMatches(parseQuery("arimma") as QueryNode, { name: "ARIMA" }, () => ["arima"])).toBe(true);
    expect(rowMatches(parseQuery("-arima") as QueryNode, { name: "ARIMA" })).toBe(false);
  });

  it("never throws, and yields only quoted words in the FTS expression (property)", () => {
    const alphabet = fc.constantFrom(...'ab (")-:%*^AND OR NOT tags: type:x name:"'.split(""), "AND", "OR", "NOT", "tags:", "(", ")", '"', "-", "%");
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((a) => a.join("")),
        (s) => {
          const n = parseQuery(s);
          if (!n) return true;
          const expr = toFts(n, kinds);
          // Outside quoted strings only FTS5 operators, column filters and parentheses remain.
          const bare = expr.replace(/"(?:[^"]|"")*"\*?/g, "");
          return /^[\s(){}:a-zA-Z]*$/.test(bare) && !/\b(?!AND\b|OR\b|NOT\b|kind\b|tags\b|name\b)[a-zA-Z]+\b/.test(bare.replace(/\{[^}]*\}/g, ""));
        },
      ),
      { numRuns: 500 },
    );
  });
});
