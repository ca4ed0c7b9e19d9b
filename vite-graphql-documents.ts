/**
 * Build-time replacement for the client preset's runtime `graphql()` lookup.
 *
 * The generated `src/gql/gql.ts` maps every document's source text to its parsed document, so the
 * first page would ship every query of the app. As the client preset recommends ("use the babel or
 * swc plugin for production"), each `graphql(`…`)` call in `src/` is replaced at build time by an
 * import of a module holding just that document (plus the fragments it spreads, transitively), so
 * each query travels in the chunk of the code that sends it. Types are untouched: TypeScript still
 * sees the original call and codegen's overloads. In dev the runtime lookup is used as generated.
 */
import fs from "node:fs";
import path from "node:path";
import { Kind, parse, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode } from "graphql";
import type { Plugin } from "vite";

const CALL = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;
const PREFIX = "virtual:orrery-gql/";
const RESOLVED = `\0${PREFIX}`;
/** One module per fragment definition, shared by every document that spreads it. */
const FRAGMENT = "virtual:orrery-gql-fragment/";
const RESOLVED_FRAGMENT = `\0${FRAGMENT}`;

function definitionName(d: DefinitionNode): string | undefined {
  return d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION ? d.name?.value : undefined;
}

function sourceFiles(dir: string, skip: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return p === skip ? [] : sourceFiles(p, skip);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test(-util)?\.tsx?$/.test(e.name) ? [p] : [];
  });
}

export function graphqlDocuments({ srcDir = "src", generatedDir = "src/gql" } = {}): Plugin {
  let root = process.cwd();
  /** first definition name → every definition of that graphql() call */
  let calls = new Map<string, DefinitionNode[]>();
  let fragments = new Map<string, FragmentDefinitionNode>();

  function scan() {
    calls = new Map();
    fragments = new Map();
    const src = path.resolve(root, srcDir);
    for (const file of sourceFiles(src, path.resolve(root, generatedDir))) {
      for (const m of fs.readFileSync(file, "utf8").matchAll(CALL)) {
        const doc = parse(m[1], { noLocation: true });
        const name = definitionName(doc.definitions[0]);
        if (!name) throw new Error(`${file}: a graphql() document needs a named operation or fragment first`);
        if (calls.has(name)) throw new Error(`${file}: the GraphQL document name ${name} is used twice`);
        calls.set(name, [...doc.definitions]);
        for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
      }
    }
  }

  /** Module text: the document's own definitions inline, each fragment it needs imported (so no fragment is bundled twice). */
  function moduleFor(name: string): string {
    const doc = documentFor(name);
    const own = calls.get(name)!;
    const imported = doc.definitions.slice(own.length) as FragmentDefinitionNode[];
    const imports = imported.map((f, i) => `import f${i} from "${FRAGMENT}${f.name.value}";`);
    const defs = [...own.map((d) => JSON.stringify(d)), ...imported.map((_f, i) => `f${i}`)];
    return `${imports.join("\n")}\nexport default { kind: "Document", definitions: [${defs.join(", ")}] };\n`;
  }

  function documentFor(name: string): DocumentNode {
    const own = calls.get(name);
    if (!own) throw new Error(`no graphql() document named ${name} in ${srcDir}/`);
    const ownNames = new Set(own.map(definitionName));
    const needed = new Map<string, FragmentDefinitionNode>();
    const walk = (node: DefinitionNode) =>
      visit(node, {
        FragmentSpread(s) {
          const f = fragments.get(s.name.value);
          if (!f) throw new Error(`${name} spreads the unknown fragment ${s.name.value}`);
          if (!ownNames.has(f.name.value) && !needed.has(f.name.value)) {
            needed.set(f.name.value, f);
            walk(f);
          }
        },
      });
    own.forEach(walk);
    return { kind: Kind.DOCUMENT, definitions: [...own, ...needed.values()] };
  }

  return {
    name: "orrery-graphql-documents",
    apply: "build",
    enforce: "pre",
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      scan();
    },
    resolveId(id) {
      return id.startsWith(PREFIX) || id.startsWith(FRAGMENT) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id.startsWith(RESOLVED_FRAGMENT)) {
        const f = fragments.get(id.slice(RESOLVED_FRAGMENT.length));
        if (!f) throw new Error(`unknown fragment ${id}`);
        return `export default ${JSON.stringify(f)};\n`;
      }
      if (!id.startsWith(RESOLVED)) return undefined;
      return moduleFor(id.slice(RESOLVED.length));
    },
    transform(code, id) {
      const file = id.split("?")[0];
      if (!/\.(ts|tsx)$/.test(file) || !file.startsWith(path.resolve(root, srcDir) + path.sep) || file.startsWith(path.resolve(root, generatedDir) + path.sep))
        return undefined;
      if (!code.includes("graphql(")) return undefined;
      const imports: string[] = [];
      const out = code.replace(CALL, (_all, text: string) => {
        const name = definitionName(parse(text, { noLocation: true }).definitions[0])!;
        const local = `__graphql_${name}`;
        if (!imports.some((i) => i.includes(` ${local} `))) imports.push(`import ${local} from "${PREFIX}${name}";`);
        return local;
      });
      if (imports.length === 0) return undefined;
      // Imports are hoisted, so appending them keeps every other line where it was.
      return { code: `${out}\n${imports.join("\n")}\n`, map: null };
    },
  };
}
