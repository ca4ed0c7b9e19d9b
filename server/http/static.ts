/** The built single-page app: its files, compressed when the client accepts gzip, and index.html for every other path (history fallback). */
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { HttpError } from "./errors";
import { APP_CSP } from "./respond";
import type { Route } from "./router";

const here = path.dirname(fileURLToPath(import.meta.url));
/** `dist/` of the repository, where `npm run build` puts the app. */
export const DEFAULT_STATIC_DIR = path.resolve(here, "..", "..", "dist");

/** Answers every path it is given (the last route of a table): the app's file of that name, or index.html. */
export function staticRoute(staticDir: string, errorLog: (line: string) => void): Route {
  return {
    path: /^/,
    handle: ({ req, res, path: pathname }) => {
      if (req.method !== "GET" && req.method !== "HEAD") throw new HttpError(405, "method not allowed");
      let decoded: string;
      try {
        decoded = decodeURIComponent(pathname);
      } catch {
        throw new HttpError(400, "the path is not valid percent-encoding");
      }
      const index = path.join(staticDir, "index.html");
      if (!fs.existsSync(index)) {
        if (pathname.startsWith("/assets/")) throw new HttpError(404, "not found");
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(
          `<!doctype html><meta charset="utf-8"><title>Orrery</title><h1>Orrery</h1><p>The web app is not built. Run <code>npm run build</code>; the GraphQL API is at <a href="/api/graphql">/api/graphql</a>.</p>`,
        );
        return;
      }
      let file = path.normalize(path.join(staticDir, decoded));
      if (!file.startsWith(staticDir + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        if (pathname.startsWith("/assets/")) throw new HttpError(404, "not found");
        file = index; // history fallback: the SPA routes it
      }
      const ext = path.extname(file);
      const compressible = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
      // Every file of the app gets the app's policy: a Web Worker's script is governed by its own response's CSP.
      const headers: Record<string, string> = { "content-type": MIME[ext] ?? "application/octet-stream", "content-security-policy": APP_CSP };
      if (file === index) {
        headers["cache-control"] = "no-cache";
      } else if (pathname.startsWith("/assets/")) {
        headers["cache-control"] = "public, max-age=31536000, immutable";
      }
      headers.vary = "accept-encoding";
      if (compressible) {
        const body = gzipped(file);
        headers["content-encoding"] = "gzip";
        headers["content-length"] = String(body.length);
        res.writeHead(200, headers);
        res.end(req.method === "HEAD" ? undefined : body);
        return;
      }
      res.writeHead(200, headers);
      if (req.method === "HEAD") {
        res.end();
        return;
      }
      pipeline(fs.createReadStream(file), res, (e) => {
        if (e && !res.destroyed) errorLog(`error: reading ${path.relative(staticDir, file)}: ${e.message}`);
      });
    },
  };
}

const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".txt", ".webmanifest"]);

/** Built assets are immutable, so each is compressed once and kept (keyed by path and mtime). */
const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>();
function gzipped(file: string): Buffer {
  const mtimeMs = fs.statSync(file).mtimeMs;
  const hit = gzipCache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.body;
  const body = zlib.gzipSync(fs.readFileSync(file), { level: 9 });
  gzipCache.set(file, { mtimeMs, body });
  return body;
}

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};
