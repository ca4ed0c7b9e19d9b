/** Reading the store's files: text, folders, one-file-per-key folders, and meta.yaml as MLflow reads it back. */
import fs from "node:fs";
import path from "node:path";
import { parseDocument, visit, YAMLError } from "yaml";
import type { z } from "zod";

export class FileProblem extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

function errnoText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ? `${err.code}: ${err.message.replace(/^\w+: /, "")}` : String(err.message ?? e);
}

export function readText(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new FileProblem(file, `cannot be read (${errnoText(e)})`);
  }
}

/** Sorted entries of a directory; none when it does not exist. */
function entries(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT" || (e as NodeJS.ErrnoException).code === "ENOTDIR") return [];
    throw new FileProblem(dir, `cannot be listed (${errnoText(e)})`);
  }
}

export const subdirs = (dir: string) =>
  entries(dir)
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

/** Files below `dir`, as `/`-separated paths relative to it (MLflow keys may contain `/`). */
export function filesBelow(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const e of entries(dir)) {
    if (e.isDirectory()) out.push(...filesBelow(path.join(dir, e.name), `${prefix}${e.name}/`));
    else if (e.isFile()) out.push(`${prefix}${e.name}`);
  }
  return out;
}

/** key → file content for MLflow's one-file-per-key folders (params, tags, aliases). */
export function keyValueFolder(dir: string): Array<[string, string]> {
  return filesBelow(dir).map((k) => [k, readText(path.join(dir, ...k.split("/")))]);
}

const PY_INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const PY_FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const PY_BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;

/**
 * Parses a meta.yaml the way MLflow reads it back (PyYAML's YAML 1.1 resolver): the `yaml` package's
 * 1.1 schema also reads `1e5`, `y` and dates as numbers, booleans and timestamps, which PyYAML writes
 * unquoted as strings (an experiment named `1e5` must stay "1e5").
 */
function readYaml(file: string): unknown {
  const text = readText(file);
  const doc = parseDocument(text, { version: "1.1", uniqueKeys: false });
  if (doc.errors.length) throw new FileProblem(file, `is not valid YAML: ${doc.errors[0].message.split("\n")[0]}`);
  visit(doc, {
    Scalar(_, node) {
      if (node.type !== "PLAIN" || typeof node.source !== "string") return;
      const src = node.source;
      if (typeof node.value === "number" && !PY_INT.test(src) && !PY_FLOAT.test(src)) node.value = src;
      else if (typeof node.value === "boolean" && !PY_BOOL.test(src)) node.value = src;
      else if (node.value instanceof Date) node.value = src;
    },
  });
  return doc.toJS({ maxAliasCount: 100 });
}

function zodText(e: z.ZodError): string {
  const i = e.issues[0];
  const more = e.issues.length > 1 ? ` (and ${e.issues.length - 1} more)` : "";
  return `${i.path.length ? `${i.path.join(".")}: ` : ""}${i.message}${more}`;
}

export function readMeta<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  if (!fs.existsSync(file)) throw new FileProblem(file, "is missing");
  let data: unknown;
  try {
    data = readYaml(file);
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    if (e instanceof YAMLError) throw new FileProblem(file, `is not valid YAML: ${e.message.split("\n")[0]}`);
    throw e;
  }
  if (data === null || data === undefined) throw new FileProblem(file, "is empty");
  if (typeof data !== "object" || Array.isArray(data)) throw new FileProblem(file, "is not a YAML mapping");
  const r = schema.safeParse(data);
  if (!r.success) throw new FileProblem(file, `is not a valid MLflow meta.yaml: ${zodText(r.error)}`);
  return r.data;
}
