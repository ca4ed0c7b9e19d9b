/** What every answer carries (the security headers), and JSON answers. */
import type http from "node:http";

/** Content-Security-Policy of the web app's files (index.html and its assets, Web Workers included). */
export const APP_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
/** Content-Security-Policy of every other response (JSON, errors, sign-in pages): nothing may load or frame it. */
export const API_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** Set on every response; a route may replace the CSP (the app's files, GraphiQL) or the referrer policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": API_CSP,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "same-origin",
};

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}
