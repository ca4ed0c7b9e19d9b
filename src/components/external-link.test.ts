/** URIs from sources: only http(s) ones become links; hostile values are shown as text. */
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { UriValue, WebLink, isWebUrl } from "./external-link";
import MarkdownInner from "./markdown-inner";

const render = (value: string, label?: string) => renderToStaticMarkup(createElement(UriValue, { value }, label));

describe("UriValue", () => {
  it("links http(s) URLs, opening them in a new tab without a referrer", () => {
    const html = render("https://eta.ml.example.com/v1/predict");
    expect(html).toContain('<a href="https://eta.ml.example.com/v1/predict" target="_blank" rel="noopener noreferrer nofollow"');
    expect(render("http://host/dashboard/x", "Performance")).toMatch(/<a href="http:\/\/host\/dashboard\/x"[^>]*>.*Performance/);
  });

  it("shows every other value as text: other schemes, scripts, markup", () => {
    for (const v of [
      "s3://ml-models/eta/model.pkl",
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "europe-docker.pkg.dev/acme/img:1",
      "//evil.example.com",
    ]) {
      expect(isWebUrl(v), v).toBe(false);
      const html = render(v);
      expect(html, v).not.toContain("<a");
      expect(html, v).not.toContain("<script");
    }
    expect(render('<img src=x onerror="alert(1)">')).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
});

describe("links drawn from data", () => {
  const HOSTILE = [
    "javascript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "file:///etc/passwd",
    "smb://evil.example/share",
    "ms-msdt:/id PCWDiagnostic",
    "search-ms:query=x",
    "vscode://evil",
    "intent://evil.example#Intent;end",
    "//evil.example/x",
    "\\\\evil.example\\share",
    "/auth/signin?code=x",
    "https:evil.example",
    "https://user:pw@evil.example/",
    " https://evil.example/",
  ];
  /** Every href in `html` that is not an absolute http(s) URL. */
  const badHrefs = (html: string) =>
    [...html.matchAll(/<(?:a|area)\b[^>]*\shref="([^"]*)"/g)]
      .map((m) => m[1]!.replace(/&amp;/g, "&"))
      .filter((h) => !/^https?:\/\/[^/\\]/.test(h) || /@/.test(h.split(/[/?#]/)[2] ?? ""));

  it("WebLink and UriValue link only http(s) URLs, with the parsed href, and show the rest as text", () => {
    for (const v of HOSTILE) {
      for (const html of [renderToStaticMarkup(createElement(WebLink, { value: v, className: "l", text: "t" })), render(v), render(v, "label")]) {
        expect(html, v).not.toContain("<a");
        expect(html, v).toContain(v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;").trim().slice(0, 10));
      }
    }
    expect(renderToStaticMarkup(createElement(WebLink, { value: "HTTPS://OK.example/a b", className: "l", text: "t" }))).toContain(
      'href="https://ok.example/a%20b"',
    );
  });

  it("markdown keeps a link's text and drops any target that is not an http(s) URL, raw HTML and images", () => {
    const md = [
      ...HOSTILE.map((h, i) => `[hostile ${i}](<${h.trim().replace(/[<>]/g, "")}>)`),
      "[fine](https://ok.example/docs)",
      "<javascript:alert(2)> <file:///etc/shadow> <https://ok.example/auto>",
      "[by reference][r]",
      "![pixel](https://evil.example/track.png) ![local](/auth/signin?code=x)",
      '<a href="javascript:alert(3)">raw</a> <img src=x onerror=alert(4)>',
      "",
      "[r]: vscode://evil",
    ].join("\n\n");
    const html = renderToStaticMarkup(createElement(MarkdownInner, { text: md }));
    expect(badHrefs(html)).toEqual([]);
    expect(html).not.toMatch(/<img|<script|\son\w+=|\ssrc=/i);
    expect(html).toContain("<span>javascript:alert(2)</span>"); // an autolink's text stays, as text
    expect(html).toContain('<a href="https://ok.example/docs" target="_blank" rel="noopener noreferrer nofollow">fine</a>');
    expect(html).toContain('href="https://ok.example/auto"');
    for (let i = 0; i < HOSTILE.length; i++) expect(html).toContain(`hostile ${i}`);
    expect(html).toContain("by reference");
    expect(html).toContain("pixel");
  });
});

describe("markdown descriptions", () => {
  const md = (text: string) => renderToStaticMarkup(createElement(MarkdownInner, { text }));

  it("render GFM tables as tables, scrolling sideways inside their box", () => {
    const html = md("| metric | value |\n|---|---:|\n| rmse | 2.41 |\n| mae | 1.9 |");
    expect(html).toMatch(/<div class="overflow-x-auto"><table[^>]*><thead><tr><th>metric<\/th><th style="text-align:right">value<\/th><\/tr><\/thead>/);
    expect(html).toContain('<td>rmse</td><td style="text-align:right">2.41</td>');
    expect(html).not.toContain("|");
  });

  it("render GFM strikethrough, task lists and bare links, still only to http(s)", () => {
    expect(md("~~old~~")).toContain("<del>old</del>");
    expect(md("- [x] trained\n- [ ] deployed")).toMatch(/<input type="checkbox"[^>]*checked=""[^>]*\/> trained/);
    expect(md("see https://mlflow.example.com/runs/1")).toContain('<a href="https://mlflow.example.com/runs/1" target="_blank"');
    expect(md("see javascript:alert(1)")).not.toContain("<a");
  });
});
