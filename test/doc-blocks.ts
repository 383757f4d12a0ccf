import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** One runnable ```ts block of a guide: where it starts and its code. */
export interface DocBlock {
  file: string;
  line: number;
  code: string;
}

/**
 * Every ```ts block in README.md and docs/*.md that imports from "k-city-network", minus those whose
 * first line is `// not run: <reason>`: the blocks the doc-example tests run and type-check.
 */
export function docBlocks(): DocBlock[] {
  const files = [
    "README.md",
    ...readdirSync(join(root, "docs"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`),
  ];
  return files.flatMap((file) => {
    const text = readFileSync(join(root, file), "utf8");
    const out: DocBlock[] = [];
    const re = /```ts\n([\s\S]*?)```/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const code = m[1] ?? "";
      if (!/from "k-city-network/.test(code) || code.trimStart().startsWith("// not run")) continue;
      out.push({ file, line: text.slice(0, m.index).split("\n").length, code });
    }
    return out;
  });
}

/** Every `.ts` source file under `dir` (or `dir` itself when it is a file), tests left out. */
function sourceFiles(dir: string): string[] {
  if (!statSync(dir).isDirectory()) return [dir];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return p.endsWith(".ts") && !p.endsWith(".test.ts") && !p.endsWith(".test-d.ts") ? [p] : [];
  });
}

/** Every feature of src/ whose TSDoc examples are run and type-checked: all of it but the CLI. */
const TSDOC_FEATURES = ["money", "timeline", "programs", "eligibility", "selection", "core", "errors.ts"];

/**
 * Every ```ts block in the TSDoc of src/ (but the CLI), its ` * ` prefixes taken off: the blocks
 * test/tsdoc-examples.test.ts runs and test/doc-examples-types.test.ts type-checks. `line` is the
 * line of the opening fence, as for {@link docBlocks}.
 */
export function tsdocBlocks(): DocBlock[] {
  return TSDOC_FEATURES.flatMap((feature) =>
    sourceFiles(join(root, "src", feature)).flatMap((f) => {
      const text = readFileSync(f, "utf8");
      return [...text.matchAll(/ \* ```ts\n([\s\S]*?) \* ```/g)].map((m) => ({
        file: relative(root, f),
        line: text.slice(0, m.index).split("\n").length,
        code: (m[1] as string).replace(/^ \* ?/gm, ""),
      }));
    }),
  );
}

/** A block's code with its import lines taken out, and what those lines bound, in order. */
export interface BoundBlock {
  /** The code without its `import` lines. */
  body: string;
  /** The names the imports bound (the alias where one is given). */
  names: string[];
  /** The value of each name: the library's export, or a namespace. */
  values: unknown[];
}

/**
 * Takes the `import` lines out of a guide's block and binds what they import, so that the block runs
 * as a function body (`new Function(...names, body)(...values)`) against the source, as a reader runs
 * it against the package: `import { a, type T, b as c } from "k-city-network"` (or a subpath) binds
 * `a` and `c` to the root entry's exports, `import * as lib from "k-city-network"` binds `lib` to it,
 * and `import * as z from "zod"` binds zod. Type-only names are left out.
 *
 * @param code - the block's code
 * @param lib - the library's root entry
 * @param zod - the zod namespace
 * @throws Error for an import of another module, or of a name the root entry does not export
 */
export function bindImports(code: string, lib: Record<string, unknown>, zod: unknown): BoundBlock {
  const names: string[] = [];
  const values: unknown[] = [];
  const body = code.replace(
    /^import\s+(?:(\*\s+as\s+(\w+))|\{([^}]*)\})\s+from\s+"([^"]+)";?$/gm,
    (_m, _star, ns: string | undefined, list: string | undefined, from: string) => {
      if (from === "zod") {
        names.push(ns ?? "z");
        values.push(zod);
        return "";
      }
      if (!from.startsWith("k-city-network")) throw new Error(`cannot import ${from} in a doc example`);
      if (ns) {
        names.push(ns);
        values.push(lib);
        return "";
      }
      for (const part of (list ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)) {
        if (part.startsWith("type ")) continue;
        const [orig, alias] = part.split(/\s+as\s+/) as [string, string | undefined];
        if (!(orig in lib)) throw new Error(`imports ${orig}, which the root entry does not export`);
        names.push(alias ?? orig);
        values.push(lib[orig]);
      }
      return "";
    },
  );
  return { body, names, values };
}
