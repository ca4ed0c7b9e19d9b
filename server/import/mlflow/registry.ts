/** Step 1 of a read: the registry, lightly — its models and versions, and which versions each run produced. */
import path from "node:path";
import type { z } from "zod";
import type { ReadContext } from "./context";
import { FileProblem, keyValueFolder, readMeta, subdirs } from "./files";
import { ModelMeta, STAGE_DELETED, VersionMeta } from "./meta";
import { modelGroupUrn, modelVersionUrn } from "./urns";

export interface VersionRead {
  meta: z.infer<typeof VersionMeta>;
  dir: string;
  aliases: string[];
  tags: Array<[string, string]>;
}
export interface ModelRead {
  name: string;
  dir: string;
  meta: z.infer<typeof ModelMeta>;
  tags: Array<[string, string]>;
  versions: VersionRead[];
}

/** The registered models that could be read, and the versions each run produced (the run's output edges). */
export function readRegistry(ctx: ReadContext): { models: ModelRead[]; outputsOfRun: Map<string, string[]> } {
  const { dir, instance, report, shown, problem, urnOk } = ctx;
  const models: ModelRead[] = [];
  const outputsOfRun = new Map<string, string[]>();
  const modelsDir = path.join(dir, "models");
  for (const name of subdirs(modelsDir)) {
    const mdir = path.join(modelsDir, name);
    const label = `registered model ${name}`;
    try {
      const meta = readMeta(path.join(mdir, "meta.yaml"), ModelMeta);
      if (meta.name !== name) throw new FileProblem(path.join(mdir, "meta.yaml"), `name '${meta.name}' does not match the folder '${name}'`);
      const bad = urnOk(modelGroupUrn(name, instance));
      if (bad) throw new FileProblem(path.join(mdir, "meta.yaml"), bad);
      const tags = keyValueFolder(path.join(mdir, "tags"));
      const aliasByVersion = new Map<string, string[]>();
      for (const [alias, content] of keyValueFolder(path.join(mdir, "aliases"))) {
        const v = content.trim();
        if (!/^\d+$/.test(v)) {
          report.warnings.push({
            kind: "model",
            label,
            path: shown(path.join(mdir, "aliases", alias)),
            message: `alias '${alias}' names version '${v}', not a version number; left out`,
          });
          continue;
        }
        aliasByVersion.set(String(Number(v)), [...(aliasByVersion.get(String(Number(v))) ?? []), alias]);
      }
      const versions: VersionRead[] = [];
      for (const vdir of subdirs(mdir).filter((d) => /^version-\d+$/.test(d))) {
        const vpath = path.join(mdir, vdir);
        const vlabel = `version ${vdir.slice("version-".length)} of ${name}`;
        try {
          const vmeta = readMeta(path.join(vpath, "meta.yaml"), VersionMeta);
          if (vmeta.version !== Number(vdir.slice("version-".length)))
            throw new FileProblem(path.join(vpath, "meta.yaml"), `version ${vmeta.version} does not match the folder '${vdir}'`);
          versions.push({
            meta: vmeta,
            dir: vpath,
            aliases: (aliasByVersion.get(String(vmeta.version)) ?? []).sort(),
            tags: keyValueFolder(path.join(vpath, "tags")),
          });
        } catch (e) {
          problem("version", vlabel, e, report.versions);
        }
      }
      versions.sort((a, b) => a.meta.version - b.meta.version);
      const folders = new Set(
        subdirs(mdir)
          .filter((d) => /^version-\d+$/.test(d))
          .map((d) => String(Number(d.slice("version-".length)))),
      );
      for (const [v, names] of aliasByVersion)
        if (!folders.has(v))
          report.warnings.push({
            kind: "model",
            label,
            path: shown(path.join(mdir, "aliases")),
            message: `alias${names.length > 1 ? "es" : ""} ${names.join(", ")} name${names.length > 1 ? "" : "s"} version ${v}, which is not in the registry; left out`,
          });
      for (const v of versions)
        if (v.meta.run_id && v.meta.current_stage !== STAGE_DELETED)
          outputsOfRun.set(v.meta.run_id, [...(outputsOfRun.get(v.meta.run_id) ?? []), modelVersionUrn(name, v.meta.version, instance)]);
      models.push({ name, dir: mdir, meta, tags, versions });
    } catch (e) {
      problem("model", label, e, report.models);
    }
  }
  return { models, outputsOfRun };
}
