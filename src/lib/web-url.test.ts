/** Which values from the catalog may become a link: absolute http(s) URLs only, whatever the disguise. */
import { describe, expect, it } from "vitest";
import { webUrl } from "./web-url";

/** Values a producer could store in externalUrl, a markdown link, a custom property, a serving field. */
const HOSTILE: string[] = [
  // script and content schemes, in every case and with whitespace or control characters around or inside
  "javascript:alert(1)",
  "JAVASCRIPT:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "javascript:alert(1) ",
  "\tjavascript:alert(1)",
  "\njavascript:alert(1)",
  "\u0000javascript:alert(1)",
  "\u001fjavascript:alert(1)",
  "\u007fjavascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "java\rscript:alert(1)",
  "java\u0000script:alert(1)",
  "jav&#x09;ascript:alert(1)",
  "javascript&colon;alert(1)",
  "javascript://%0aalert(1)",
  "javascript://https://ok.example/%0aalert(1)",
  "vbscript:msgbox(1)",
  "data:text/html,<script>alert(1)</script>",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "blob:https://ok.example/6f1b7e0e-0000-4000-8000-000000000000",
  "about:blank",
  "view-source:https://ok.example",
  "jar:https://ok.example/x.jar!/",
  // local files, shares and other applications' handlers
  "file:///etc/passwd",
  "FILE:///C:/Windows/System32/calc.exe",
  "file://fileserver/share/doc.lnk",
  "smb://evil.example/share",
  "\\\\evil.example\\share\\x.exe",
  'ms-msdt:/id PCWDiagnostic /skip force /param "IT_BrowseForFile=x"',
  "search-ms:query=invoice&crumb=location:\\\\evil.example\\share",
  "search:query=x",
  "ms-officecmd:{}",
  "ms-word:ofe|u|https://evil.example/x.docx",
  "vscode://vscode.git/clone?url=https://evil.example/r.git",
  "vscode:extension/evil.ext",
  "intent://evil.example#Intent;scheme=https;package=com.evil;end",
  "mailto:someone@example.com",
  "tel:+15555550100",
  "sms:+15555550100",
  "ftp://ftp.example.com/x",
  "ws://ok.example/socket",
  "wss://ok.example/socket",
  "chrome://settings",
  "itms-services://?action=download-manifest&url=https://evil.example/x.plist",
  "steam://run/1",
  "hxxps://evil.example",
  // protocol-relative, relative and malformed http(s)
  "//evil.example",
  "//evil.example/path",
  "///evil.example",
  "/\\evil.example",
  "\\/evil.example",
  "\\\\evil.example",
  "/relative/path",
  "relative/path",
  "#fragment",
  "?query",
  "evil.example",
  "www.evil.example",
  "https:evil.example",
  "https:/evil.example",
  "https:\\\\evil.example",
  "https:/\\evil.example",
  "http:\\/\\/evil.example",
  "https://",
  "http://",
  "https:///path",
  "https://exa mple.com",
  "https://[::1",
  "https://evil.example:99999/",
  "https\u0000://ok.example",
  "ht\ttps://ok.example",
  "https://ok.example\n",
  "https://ok.\nexample",
  "https://ok.example/\u0000",
  " https://ok.example",
  "https://ok.example ",
  "\u00a0https://ok.example",
  "\u200bhttps://ok.example",
  "\ufeffhttps://ok.example",
  "\u202ehttps://ok.example",
  "https://ok.example/\u202egnp.exe",
  "ｈｔｔｐｓ://evil.example",
  // credentials that make one host look like another
  "https://user:secret@evil.example/",
  "https://ok.example@evil.example/",
  "https://ok.example%40evil.example@evil.example/",
  "http://:@evil.example/",
  "",
  "   ",
];

const GOOD: Array<[string, string]> = [
  ["https://ok.example", "https://ok.example/"],
  ["https://ok.example/docs?a=1#x", "https://ok.example/docs?a=1#x"],
  ["HTTP://OK.example/Path", "http://ok.example/Path"],
  ["https://ok.example:8443/a b", "https://ok.example:8443/a%20b"],
  ["https://例え.jp/", "https://xn--r8jz45g.jp/"],
  ["http://127.0.0.1:5000/#/experiments/1", "http://127.0.0.1:5000/#/experiments/1"],
  ["https://[2001:db8::1]/x", "https://[2001:db8::1]/x"],
  ["https://eta.ml.example.com/v1/predict", "https://eta.ml.example.com/v1/predict"],
];

describe("webUrl", () => {
  it.each(HOSTILE.map((v) => [JSON.stringify(v), v]))("refuses %s", (_, value) => {
    expect(webUrl(value)).toBeNull();
  });

  it.each(GOOD)("takes %s as %s", (value, href) => {
    expect(webUrl(value)).toBe(href);
  });

  it("refuses what is not a string", () => {
    for (const v of [null, undefined, 1, {}, ["https://ok.example"], new URL("https://ok.example")]) expect(webUrl(v)).toBeNull();
  });

  it("gives an href that parses back to itself as http(s), so the browser opens what was checked", () => {
    for (const [value] of GOOD) {
      const href = webUrl(value)!;
      expect(webUrl(href)).toBe(href);
      expect(["http:", "https:"]).toContain(new URL(href).protocol);
    }
  });
});
