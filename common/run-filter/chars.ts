/** Characters of the filter syntax, as the scanner and the key writer see them. */

export const STOP = new Set(["'", '"', "`", "=", "!", "<", ">", "(", ")", ","]);

/** Text of the filter quoted in a message, cut short. */
export function show(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export function isSpace(c: string): boolean {
  return (
    c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\v" || c === "\u00a0" || c === "\u2028" || c === "\u2029" || c === "\ufeff"
  );
}

export function isWordChar(c: string): boolean {
  const n = c.charCodeAt(0);
  return (n >= 48 && n <= 57) || (n >= 65 && n <= 90) || (n >= 97 && n <= 122) || n === 95;
}

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}
