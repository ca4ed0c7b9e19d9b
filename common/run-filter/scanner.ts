/** The scanner: one pass over the text, without regular expressions or recursion. */
import { isDigit, isSpace, isWordChar, show, STOP } from "./chars";
import { FILTER_LIMITS } from "./syntax";

export class Fail extends Error {
  constructor(
    readonly at: number,
    readonly length: number,
    message: string,
  ) {
    super(message);
  }
}

/** A one-pass scanner over the text; every read advances, nothing recurses. */
export class Scanner {
  pos = 0;
  constructor(readonly text: string) {}

  get done(): boolean {
    return this.pos >= this.text.length;
  }
  peek(offset = 0): string | undefined {
    return this.text[this.pos + offset];
  }
  skipSpace(): void {
    while (this.pos < this.text.length && isSpace(this.text[this.pos]!)) this.pos++;
  }
  /** A word of letters, digits and underscores (maybe empty). */
  word(): string {
    const start = this.pos;
    while (this.pos < this.text.length && isWordChar(this.text[this.pos]!)) this.pos++;
    return this.text.slice(start, this.pos);
  }
  /** The word here, if it is `keyword` (any case) and ends there; advances past it. */
  keyword(keyword: string): boolean {
    const end = this.pos + keyword.length;
    if (this.text.slice(this.pos, end).toUpperCase() !== keyword) return false;
    const next = this.text[end];
    if (next !== undefined && isWordChar(next)) return false;
    this.pos = end;
    return true;
  }
  /** What is here, for messages: the next word or character. */
  describeHere(): { text: string; length: number } {
    if (this.done) return { text: "the end", length: 0 };
    const start = this.pos;
    let end = start;
    if (isWordChar(this.text[end]!)) while (end < this.text.length && isWordChar(this.text[end]!) && end - start < 30) end++;
    else end = start + 1;
    return { text: `'${this.text.slice(start, end)}'`, length: end - start };
  }
  fail(message: string, at = this.pos, length?: number): never {
    throw new Fail(at, length ?? (at >= this.text.length ? 0 : 1), message);
  }
  /** Text in quotes (', " or `); a doubled quote stands for one. */
  quoted(what: string): string {
    const quote = this.text[this.pos]!;
    const start = this.pos;
    this.pos++;
    let out = "";
    for (;;) {
      if (this.pos >= this.text.length) this.fail(`${what} starting here has no closing ${quote}`, start, 1);
      const c = this.text[this.pos]!;
      if (c === quote) {
        if (this.text[this.pos + 1] === quote) {
          out += quote;
          this.pos += 2;
          continue;
        }
        this.pos++;
        break;
      }
      out += c;
      this.pos++;
      if (out.length > FILTER_LIMITS.maxTextChars) this.fail(`${what} is longer than ${FILTER_LIMITS.maxTextChars} characters`, start, this.pos - start);
    }
    return out;
  }
  /** An unquoted name: everything up to a space, a quote or an operator character. */
  bareName(): string {
    const start = this.pos;
    while (this.pos < this.text.length && !isSpace(this.text[this.pos]!) && !STOP.has(this.text[this.pos]!)) this.pos++;
    if (this.pos - start > FILTER_LIMITS.maxTextChars) this.fail(`the name is longer than ${FILTER_LIMITS.maxTextChars} characters`, start, this.pos - start);
    return this.text.slice(start, this.pos);
  }
  /** A number literal (sign, digits, fraction, exponent), or null when there is none here. */
  number(): number | null {
    const start = this.pos;
    let p = this.pos;
    if (this.text[p] === "+" || this.text[p] === "-") p++;
    const intStart = p;
    while (isDigit(this.text[p])) p++;
    let digits = p - intStart;
    if (this.text[p] === ".") {
      p++;
      const fracStart = p;
      while (isDigit(this.text[p])) p++;
      digits += p - fracStart;
    }
    if (digits === 0) return null;
    if (this.text[p] === "e" || this.text[p] === "E") {
      let q = p + 1;
      if (this.text[q] === "+" || this.text[q] === "-") q++;
      if (isDigit(this.text[q])) {
        while (isDigit(this.text[q])) q++;
        p = q;
      }
    }
    const next = this.text[p];
    if (next !== undefined && (isWordChar(next) || next === ".")) this.fail(`'${show(this.text.slice(start, p + 1))}' is not a number`, start, p + 1 - start);
    const n = Number(this.text.slice(start, p));
    if (!Number.isFinite(n)) this.fail(`${show(this.text.slice(start, p))} is too large a number`, start, p - start);
    this.pos = p;
    return n;
  }
}
