/**
 * The repository stands alone: no file in it refers to a path outside it, so a clone in an empty
 * folder builds, tests and serves with nothing beside it. Three rules:
 * - no absolute path of a machine (home folders, /work, /mnt, /tmp/… and the like, drive letters);
 * - no relative path that climbs out of the repository: import specifiers, `new URL(…, import.meta.url)`
 *   and `path.resolve`/`path.join` of literal segments, resolved the way Node resolves them;
 * - no relative path, in code or prose, that leads out of the repository or to nothing in it (a
 *   folder such as `../shared` beside some checkout).
 */
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");

/** Not part of the repository: installed, built or made by running it (as .gitignore says). */
const SKIP_DIRS = new Set(["node_modules", "dist", ".git", ".orrery", "test-results", "playwright-report", ".tanstack", "results"]);
const BINARY = /\.(png|jpe?g|gif|webp|ico|woff2?|ttf|db|db-wal|db-shm|gz|zip)$/i;

export function repositoryFiles(root = ROOT): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (SKIP_DIRS.has(entry.name)) continue; // (a worktree's `.git` is a file naming where its repository is)
      if (entry.isDirectory()) {
        walk(path.join(dir, entry.name));
      } else if (entry.isFile() && !BINARY.test(entry.name)) out.push(path.join(dir, entry.name));
    }
  };
  walk(root);
  return out;
}

/** An absolute file-system path of some machine: a home folder, a work or mount folder, a temp file, a drive. */
const MACHINE_PATH = /(?<=^|[\s"'`(=,:[])(?:\/(?:home|Users|root|work|mnt|media|srv|opt|var\/lib|tmp)\/[\w.-]|[A-Za-z]:\\\\?[\w.-])/m;
/** A relative path that climbs (`../x/y`), as code or prose may name one. */
const CLIMBING = /(?<![\w.])(?:\.\.\/)+[\w.-]+(?:\/[\w.-]+)*/g;
const EXTENSIONS = ["", ".ts", ".tsx", ".js", ".json", "/index.ts"];

export function machinePaths(text: string): string[] {
  return text.split("\n").filter((line) => MACHINE_PATH.test(line));
}

/**
 * Relative paths named in `file` (code or prose) that lead out of the repository, or to nothing in
 * it: `../shared/seeds` in a README is a folder beside some checkout, not part of this one.
 */
export function climbingPaths(file: string, text: string, root = ROOT): string[] {
  return [...text.matchAll(CLIMBING)]
    .map((m) => m[0])
    .filter((p) => {
      const target = path.resolve(path.dirname(file), p);
      const rel = path.relative(root, target);
      if (rel.startsWith("..") || path.isAbsolute(rel)) return true;
      return !EXTENSIONS.some((ext) => fs.existsSync(target + ext));
    });
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)(["'])(\.{1,2}\/[^"']*|\.{1,2})\1/g;
const URL_FROM_MODULE = /new URL\(\s*(["'`])([^"'`]+)\1\s*,\s*import\.meta\.url\s*\)/g;
const PATH_CALL = /\bpath\.(?:resolve|join)\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g;
const MODULE_ANCHOR =
  /^(?:import\.meta\.dirname|__dirname|path\.dirname\(.*import\.meta\.url.*\)|fileURLToPath\(new URL\(\s*["'`]\.\/?["'`]\s*,\s*import\.meta\.url\s*\)\))$/;

/** Paths outside `root` that the code of `file` (its text) names. */
export function escapingPaths(file: string, text: string, root = ROOT): string[] {
  const dir = path.dirname(file);
  const outside = (p: string) => {
    const rel = path.relative(root, p);
    return rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
  };
  const found: string[] = [];
  for (const m of text.matchAll(SPECIFIER)) if (outside(path.resolve(dir, m[2]!))) found.push(m[0]);
  for (const m of text.matchAll(URL_FROM_MODULE)) if (outside(path.resolve(dir, m[2]!))) found.push(m[0]);
  for (const m of text.matchAll(PATH_CALL)) {
    const args = m[1]!.split(",").map((a) => a.trim());
    const literal = (a: string) => /^(["'`])[^"'`$]*\1$/.test(a);
    // The base: the module's own folder, or (process.cwd() or nothing) the folder commands run in: the root.
    let base = root;
    let i = 0;
    if (args[0] && MODULE_ANCHOR.test(args[0])) {
      base = dir;
      i = 1;
    } else if (args[0] === "process.cwd()") i = 1;
    const segments: string[] = [];
    for (; i < args.length && literal(args[i]!); i++) segments.push(args[i]!.slice(1, -1));
    if (segments.length && !path.isAbsolute(segments[0]!) && outside(path.resolve(base, ...segments))) found.push(m[0]);
  }
  return found;
}

describe("the repository stands alone", () => {
  const files = repositoryFiles();

  it("finds the repository's files", () => {
    expect(files.length).toBeGreaterThan(200);
    expect(files).toContain(path.join(ROOT, "package.json"));
  });

  it("names no absolute path of a machine and no folder beside it, in any file", () => {
    const offenders: string[] = [];
    for (const file of files) {
      if (file === import.meta.filename) continue; // its own patterns
      const text = fs.readFileSync(file, "utf8");
      for (const line of machinePaths(text)) offenders.push(`${path.relative(ROOT, file)}: ${line.trim().slice(0, 160)}`);
      if (path.basename(file) !== ".oxlintrc.json")
        // its import patterns are relative to the files they govern
        for (const p of climbingPaths(file, text)) offenders.push(`${path.relative(ROOT, file)}: ${p}`);
    }
    expect(offenders).toEqual([]);
  });

  it("reads nothing outside itself: every relative path in code stays inside", () => {
    const offenders: string[] = [];
    for (const file of files.filter((f) => /\.(ts|tsx|js|mjs|cjs)$/.test(f) && f !== import.meta.filename))
      for (const found of escapingPaths(file, fs.readFileSync(file, "utf8"))) offenders.push(`${path.relative(ROOT, file)}: ${found}`);
    expect(offenders).toEqual([]);
  });

  it("the guard catches what it is for (the checks themselves work)", () => {
    const file = path.join(ROOT, "server", "schema", "reference.ts");
    expect(escapingPaths(file, `path.resolve(process.cwd(), "..", "shared", "reference")`)).toHaveLength(1);
    expect(escapingPaths(file, `fs.readFileSync(path.resolve("../shared/reference/datahub/golden"))`)).toHaveLength(1);
    expect(escapingPaths(file, `path.join(import.meta.dirname, "..", "..", "..", "x")`)).toHaveLength(1);
    expect(escapingPaths(file, `new URL("../../../x.json", import.meta.url)`)).toHaveLength(1);
    expect(escapingPaths(file, `import x from "../../../outside";`)).toHaveLength(1);
    expect(escapingPaths(file, `const y = await import("../../../../y.js");`)).toHaveLength(1);
    // …and lets through what stays inside.
    expect(
      escapingPaths(file, `new URL("./datahub/snapshot/", import.meta.url); path.resolve(import.meta.dirname, "..", "dist"); import a from "../model/urn";`),
    ).toEqual([]);
    expect(escapingPaths(file, `path.resolve("test/fixtures/datahub-golden"); path.join(dir, "..", "x")`)).toEqual([]);
    expect(machinePaths(`const db = "/home/alice/catalog.db";`)).toHaveLength(1);
    expect(climbingPaths(path.join(ROOT, "test", "fixtures", "tutorial", "README.md"), "see ../../../shared/reference for the schema")).toHaveLength(1);
    expect(climbingPaths(path.join(ROOT, "test", "fixtures", "tutorial", "README.md"), "see ../shared/seeds for the seeds")).toHaveLength(1);
    expect(climbingPaths(path.join(ROOT, "src", "entities", "run", "page.tsx"), `import { platformName } from "../shared/meta";`)).toEqual([]);
    expect(machinePaths(`cd C:\\Users\\bob`)).toHaveLength(1);
    expect(machinePaths(`executablePath: "/usr/bin/chromium"; url: "http://127.0.0.1/api/graphql"; "/tmp"`)).toEqual([]);
  });
});
