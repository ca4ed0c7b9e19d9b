/**
 * GraphiQL at /api/graphql (GET from a browser), served from the `@graphql-yoga/render-graphiql`
 * package's own bundle: no CDN, so it opens offline and under a policy that allows scripts from this
 * server only.
 *
 * The package renders one self-contained page (its stylesheet, a 9 MB script and three Monaco worker
 * sources inline). That page is taken apart once, on the first request, into a small HTML page and two
 * files named by their content hash (`/api/graphiql/<hash>.css|js`), so the Content-Security-Policy
 * needs no inline script, browsers cache the bundle for good, and the server pays for the bundle only
 * when someone opens GraphiQL.
 */
import crypto from "node:crypto";
import zlib from "node:zlib";

/** Where the bundle's files are served. */
export const GRAPHIQL_ASSET_PREFIX = "/api/graphiql/";

/**
 * GraphiQL's policy: scripts and styles from this server (the styles also set inline by its
 * components), Monaco's workers as blob: URLs made from the bundle, fonts and icons as data: URLs,
 * requests to this server only.
 */
export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src blob:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

export interface GraphiQLAsset {
  name: string;
  contentType: string;
  body: Buffer;
  gzipped: Buffer;
}

interface GraphiQLBundle {
  page: string;
  assets: Map<string, GraphiQLAsset>;
}

let bundle: Promise<GraphiQLBundle> | undefined;

function asset(ext: "css" | "js", text: string): GraphiQLAsset {
  const body = Buffer.from(text, "utf8");
  const hash = crypto.createHash("sha256").update(body).digest("hex").slice(0, 16);
  return {
    name: `${hash}.${ext}`,
    contentType: ext === "css" ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8",
    body,
    gzipped: zlib.gzipSync(body),
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function build(title: string): Promise<GraphiQLBundle> {
  const { renderGraphiQL } = await import("@graphql-yoga/render-graphiql");
  const html = renderGraphiQL({ title });
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
  const icon = /<link rel="icon" href="([^"]*)"/.exec(html)?.[1];
  if (style === undefined || script === undefined) throw new Error("GraphiQL: the bundled page has an unexpected shape");
  const css = asset("css", style);
  const js = asset("js", script);
  const page = [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    icon?.startsWith("data:image/") ? `<link rel="icon" href="${escapeHtml(icon)}">` : "",
    `<link rel="stylesheet" href="${GRAPHIQL_ASSET_PREFIX}${css.name}">`,
    "</head>",
    '<body id="body" class="no-focus-outline">',
    "<noscript>GraphiQL needs JavaScript.</noscript>",
    '<div id="root"></div>',
    `<script src="${GRAPHIQL_ASSET_PREFIX}${js.name}"></script>`,
    "</body>",
    "</html>",
  ].join("\n");
  return { page, assets: new Map([css, js].map((a) => [a.name, a])) };
}

const TITLE = "Orrery GraphQL";

function loaded(): Promise<GraphiQLBundle> {
  bundle ??= build(TITLE).catch((error: unknown) => {
    bundle = undefined; // let a later request try again
    throw error;
  });
  return bundle;
}

/** The GraphiQL page (small: it loads the bundle's files from this server). */
export async function graphiqlPage(): Promise<string> {
  return (await loaded()).page;
}

/** One of the bundle's files by its hashed name, or undefined. */
export async function graphiqlAsset(name: string): Promise<GraphiQLAsset | undefined> {
  return (await loaded()).assets.get(name);
}
