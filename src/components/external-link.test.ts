/** URIs from sources: only http(s) ones become links; hostile values are shown as text. */
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { UriValue, isWebUrl } from "./external-link";

const render = (value: string, label?: string) => renderToStaticMarkup(createElement(UriValue, { value }, label));

describe("UriValue", () => {
  it("links http(s) URLs, opening them in a new tab without a referrer", () => {
    const html = render("https://eta.ml.example.com/v1/predict");
    expect(html).toContain('<a href="https://eta.ml.example.com/v1/predict" target="_blank" rel="noopener noreferrer nofollow"');
    expect(render("http://host/dashboard/x", "Performance")).toMatch(/<a href="http:\/\/host\/dashboard\/x"[^>]*>.*Performance/);
  });

  it("shows every other value as text: other schemes, scripts, markup", () => {
    for (const v of ["s3://ml-models/eta/model.pkl", "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "europe-docker.pkg.dev/acme/img:1", "//evil.example.com"]) {
      expect(isWebUrl(v), v).toBe(false);
      const html = render(v);
      expect(html, v).not.toContain("<a");
      expect(html, v).not.toContain("<script");
    }
    expect(render('<img src=x onerror="alert(1)">')).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
});
