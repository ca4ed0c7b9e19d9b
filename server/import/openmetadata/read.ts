/** Reading OpenMetadata's API responses from files. */
import fs from "node:fs";
import path from "node:path";

export interface OpenMetadataFile {
  file: string;
  entities: unknown[];
}

/**
 * Reads one file or every `.json` file under a folder (sorted, recursively). Each file holds one
 * MlModel, a list response `{data: [...], paging}` or an array of MlModels. Throws, naming the file,
 * when a file is not JSON or none of these.
 */
export function readOpenMetadataPath(p: string): OpenMetadataFile[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    throw new Error(`${p}: no such file or folder`);
  }
  if (stat.isDirectory()) {
    const files = listJson(p);
    if (files.length === 0) throw new Error(`${p}: the folder holds no .json files`);
    return files.map(readFile);
  }
  return [readFile(p)];
}

function listJson(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return listJson(full);
      return e.isFile() && e.name.toLowerCase().endsWith(".json") ? [full] : [];
    });
}

function readFile(file: string): OpenMetadataFile {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  if (Array.isArray(data)) return { file, entities: data };
  if (data && typeof data === "object") {
    const list = (data as { data?: unknown }).data;
    if (Array.isArray(list)) return { file, entities: list };
    if ("data" in data) throw new Error(`${file}: "data" of a list response must be an array`);
    return { file, entities: [data] };
  }
  throw new Error(`${file}: expected an MlModel entity, a list response {"data": [...]} or an array of MlModels`);
}
