/** Sign-in: the one-time link, token sign-in, the session cookie, cross-site requests, sign-out, DataHub's `me`. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { parseSetCookie } from "cookie";
import { startTestServer, tempDir, type TestServer } from "./helpers";
import { createSignInCode } from "../server/store/sessions";
import { spawnServer } from "./server-process";

const MODEL = "urn:li:mlModel:(urn:li:dataPlatform:mlflow,auth_model,PROD)";
const ME = `{ me { corpUser { urn } platformPrivileges { manageTags createTags manageTokens } orreryRole } }`;
const EDIT = `mutation { updateDescription(input: { description: "edited", resourceUrn: "${MODEL}" }) }`;

describe("signing in", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    const r = await server.post(
      "/aspects?action=ingestProposal",
      {
        proposal: { entityType: "mlModel", entityUrn: MODEL, changeType: "UPSERT", aspectName: "mlModelProperties", aspect: { json: { name: "Auth model" } } },
      },
      server.token("ingest"),
    );
    expect(r.status).toBe(200);
  });
  afterAll(() => server.stop());

  /** GraphQL as a page of this server sends it: with the cookie and this server's Origin. */
  const asPage = async (query: string, cookie: string | null, origin = server.url) => {
    const res = await fetch(`${server.url}/api/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as { data?: any; errors?: any[] };
  };

  const signIn = async (code: string) => {
    const res = await fetch(`${server.url}/auth/signin?code=${code}`, { redirect: "manual" });
    return res;
  };

  it("opens a session from a one-time link: HttpOnly, SameSite=Strict cookie, redirect to the app", async () => {
    const code = createSignInCode(server.store, { role: "admin", actor: "urn:li:corpuser:admin" });
    const res = await signIn(code);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/");
    const set = parseSetCookie(res.headers.get("set-cookie")!);
    expect(set).toMatchObject({ name: "orrery_session", httpOnly: true, sameSite: "strict", path: "/" });
    const me = await asPage(ME, `orrery_session=${set.value}`);
    expect(me.data.me).toEqual({
      corpUser: { urn: "urn:li:corpuser:admin" },
      platformPrivileges: { manageTags: true, createTags: true, manageTokens: true },
      orreryRole: "admin",
    });
    // The session may write.
    expect((await asPage(EDIT, `orrery_session=${set.value}`)).data.updateDescription).toBe(true);
    // The link works once.
    const again = await signIn(code);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("This sign-in link does not work");
  });

  it("refuses unknown, malformed and expired codes", async () => {
    for (const code of ["x", "A".repeat(43), encodeURIComponent("<script>")]) expect((await signIn(code)).status).toBe(400);
    const expired = createSignInCode(server.store, { role: "admin", actor: "urn:li:corpuser:admin", ttlMs: -1 });
    expect((await signIn(expired)).status).toBe(400);
  });

  it("ignores the cookie on cross-site requests, so they cannot write", async () => {
    const code = createSignInCode(server.store, { role: "editor", actor: "urn:li:corpuser:ed" });
    const cookie = `orrery_session=${parseSetCookie((await signIn(code)).headers.get("set-cookie")!).value}`;
    const cross = await asPage(EDIT, cookie, "https://evil.example");
    expect(cross.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await asPage(ME, cookie, "https://evil.example")).data.me).toBeNull();
    // Without an Origin, a POST counts as same-origin only when the browser says so.
    const bare = await fetch(`${server.url}/api/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query: EDIT }),
    });
    expect(((await bare.json()) as any).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const fetchSite = await fetch(`${server.url}/api/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, "sec-fetch-site": "same-origin" },
      body: JSON.stringify({ query: EDIT }),
    });
    expect(((await fetchSite.json()) as any).data.updateDescription).toBe(true);
  });

  it("signs in with a token pasted into the app, with that token's role; a reader session cannot write", async () => {
    const res = await fetch(`${server.url}/auth/session`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ token: server.token("reader") }),
    });
    expect(res.status).toBe(200);
    const cookie = `orrery_session=${parseSetCookie(res.headers.get("set-cookie")!).value}`;
    expect((await asPage(ME, cookie)).data.me.orreryRole).toBe("reader");
    expect((await asPage(EDIT, cookie)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bad = await fetch(`${server.url}/auth/session`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ token: "orr_nope" }),
    });
    expect(bad.status).toBe(401);
    const crossSite = await fetch(`${server.url}/auth/session`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ token: server.token("reader") }),
    });
    expect(crossSite.status).toBe(403);
  });

  it("signs out: the session stops working and the cookie is cleared", async () => {
    const code = createSignInCode(server.store, { role: "editor", actor: "urn:li:corpuser:ed2" });
    const cookie = `orrery_session=${parseSetCookie((await signIn(code)).headers.get("set-cookie")!).value}`;
    const out = await fetch(`${server.url}/auth/signout`, { method: "POST", headers: { origin: server.url, cookie } });
    expect(out.status).toBe(200);
    expect(parseSetCookie(out.headers.get("set-cookie")!)).toMatchObject({ name: "orrery_session", value: "", maxAge: 0 });
    expect((await asPage(ME, cookie)).data.me).toBeNull();
  });

  it("answers me: null for anonymous requests", async () => {
    expect((await server.graphql(ME)).body.data.me).toBeNull();
  });
});

describe("orrery signin-link", () => {
  it("prints a fresh one-time link for a running server's catalog", async () => {
    const server = await startTestServer();
    try {
      const out = execFileSync("node", ["bin/orrery.js", "signin-link", "--role", "editor", "--db", path.join(server.dir, "catalog.db"), "--url", server.url], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      }).trim();
      expect(out).toMatch(new RegExp(`^${server.url.replace(/[.]/g, "\\.")}/auth/signin\\?code=[A-Za-z0-9_-]{43}$`));
      const res = await fetch(out, { redirect: "manual" });
      expect(res.status).toBe(303);
    } finally {
      await server.stop();
    }
  });
});

describe("orrery serve", () => {
  it("prints a one-time admin sign-in link that works once", async () => {
    const dir = tempDir("orrery-signin-");
    const child = spawn("node", ["bin/orrery.js", "serve", "--db", path.join(dir, "c.db"), "--port", "0", "--no-demo", "--quiet"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      const link = await new Promise<string>((resolve, reject) => {
        let out = "";
        const t = setTimeout(() => reject(new Error(`no sign-in link in: ${out}`)), 20_000);
        child.stdout!.on("data", (d) => {
          out += d;
          const m = /Sign in as admin.*?(http:\/\/\S+\/auth\/signin\?code=\S+)/.exec(out);
          if (m) {
            clearTimeout(t);
            resolve(m[1]!);
          }
        });
      });
      const first = await fetch(link, { redirect: "manual" });
      expect(first.status).toBe(303);
      expect((await fetch(link, { redirect: "manual" })).status).toBe(400);
    } finally {
      child.kill("SIGTERM");
    }
  });
});

describe("orrery session list / revoke / revoke-all", () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ["bin/orrery.js", ...args], { encoding: "utf8" });

  it("lists sessions without secrets and revokes one, or all, for a running server at once", async () => {
    const dir = tempDir("orrery-sessions-");
    const db = path.join(dir, "c.db");
    const server = await spawnServer(db);
    try {
      const signInAs = async (role: string) => {
        const link = cli(["signin-link", "--role", role, "--db", db, "--url", server.url]).stdout.trim();
        const res = await fetch(link, { redirect: "manual" });
        expect(res.status).toBe(303);
        return parseSetCookie(res.headers.get("set-cookie")!).value!;
      };
      const roleOf = async (cookie: string) => {
        const res = await fetch(`${server.url}/api/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: server.url, cookie: `orrery_session=${cookie}` },
          body: JSON.stringify({ query: "{ me { orreryRole } }" }),
        });
        return ((await res.json()) as { data: { me: { orreryRole: string } | null } }).data.me?.orreryRole ?? null;
      };
      const editor = await signInAs("editor");
      const admin = await signInAs("admin");
      const reader = await signInAs("reader");
      expect(await roleOf(editor)).toBe("editor");

      const list = cli(["session", "list", "--db", db]);
      expect(list.status).toBe(0);
      const rows = list.stdout
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => l.split("\t"));
      expect(rows).toHaveLength(3);
      const editorId = editor.split(".")[0]!;
      const row = rows.find((r) => r[0] === editorId)!;
      expect(row.slice(1, 3)).toEqual(["editor", "urn:li:corpuser:editor"]);
      expect(row.join(" ")).toMatch(/\d{4}-\d\d-\d\dT.* \d{4}-\d\d-\d\dT.* active/);
      // Never a secret, nor anything derived from one.
      for (const c of [editor, admin, reader]) expect(list.stdout).not.toContain(c.split(".")[1]!);
      expect(list.stdout).not.toMatch(/[0-9a-f]{64}/);

      // Revoked from the command line, the session stops working for the running server at once.
      const revoked = cli(["session", "revoke", editorId, "--db", db]);
      expect(revoked.status, revoked.stderr).toBe(0);
      expect(await roleOf(editor)).toBeNull();
      expect(await roleOf(admin)).toBe("admin");
      expect(cli(["session", "revoke", editorId, "--db", db]).status).toBe(1);
      expect(cli(["session", "revoke", "nosuchsession000", "--db", db]).status).toBe(1);
      expect(cli(["session", "list", "--db", db]).stdout).not.toContain(editorId);
      expect(cli(["session", "list", "--all", "--db", db]).stdout).toMatch(new RegExp(`${editorId}\\t.*revoked`));

      // Unused sign-in links (this one and the one serve printed) are voided by revoke-all too.
      const unused = cli(["signin-link", "--role", "admin", "--db", db, "--url", server.url]).stdout.trim();
      const all = cli(["session", "revoke-all", "--db", db]);
      expect(all.status).toBe(0);
      expect(all.stdout).toMatch(/revoked 2 sessions and 2 unused sign-in links/);
      expect(await roleOf(admin)).toBeNull();
      expect(await roleOf(reader)).toBeNull();
      expect((await fetch(unused, { redirect: "manual" })).status).toBe(400);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
