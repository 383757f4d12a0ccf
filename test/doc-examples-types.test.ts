import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { type DocBlock, docBlocks, root, tsdocBlocks } from "./doc-blocks.js";

/**
 * Every runnable ```ts block of README.md and docs/*.md (the blocks test/doc-examples.test.ts runs)
 * and every TSDoc example of src/ (the blocks test/tsdoc-examples.test.ts runs) also type-checks as a
 * consumer's file under the strictest settings a portal is likely to use: `strict`,
 * `exactOptionalPropertyTypes` and `noUncheckedIndexedAccess`. A reader who copies an example must
 * not meet "possibly undefined" errors the example did not show.
 */
const dir = mkdtempSync(join(tmpdir(), "kcn-doc-types-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FEATURES = ["money", "programs", "eligibility", "selection", "timeline"];
/** The package's entries, resolved to the source, and zod. */
const PATHS: Record<string, string[]> = {
  "k-city-network": [join(root, "src/index.ts")],
  "k-city-network/errors": [join(root, "src/errors.ts")],
  ...Object.fromEntries(FEATURES.map((f) => [`k-city-network/${f}`, [join(root, `src/${f}/index.ts`)]])),
  zod: [join(root, "node_modules/zod")],
};

/**
 * Compiles each block, after `header` (whose line count is subtracted from the positions), as a
 * strict consumer's file; the errors, each as `file:line: message` at the block's place in its file.
 */
function strictErrors(blocks: readonly DocBlock[], prefix: string, header = ""): string[] {
  const names = blocks.map((b, i) => {
    const name = join(dir, `${prefix}${i}.ts`);
    writeFileSync(name, header + b.code);
    return name;
  });
  const headerLines = header.split("\n").length - 1;
  const program = ts.createProgram(names, {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts"],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    moduleDetection: ts.ModuleDetectionKind.Force,
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    types: ["node"],
    typeRoots: [join(root, "node_modules/@types")],
    noEmit: true,
    paths: PATHS,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && names.includes(d.file.fileName))
    .map((d) => {
      const b = blocks[names.indexOf(d.file?.fileName ?? "")];
      const pos = d.file?.getLineAndCharacterOfPosition(d.start ?? 0);
      const line = (b?.line ?? 0) + 1 + (pos?.line ?? 0) - headerLines;
      return `${b?.file}:${line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
}

describe("documentation examples type-check as a strict consumer's code", () => {
  const all = docBlocks();
  it("finds the runnable blocks", () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it("compiles every block with strict, exactOptionalPropertyTypes and noUncheckedIndexedAccess", () => {
    expect(strictErrors(all, "block")).toEqual([]);
  }, 120_000);
});

/** The names the root entry exports, values and types (`export { a, type B } from ...`). */
function rootExports(): string[] {
  const index = ts.sys.readFile(join(root, "src/index.ts")) ?? "";
  return [...index.matchAll(/export \{([^}]*)\}/g)].flatMap((m) =>
    (m[1] as string)
      .split(",")
      .map((n) => n.trim().replace(/^type\s+/, ""))
      .filter((n) => /^[A-Za-z_$][\w$]*$/.test(n)),
  );
}

describe("TSDoc examples type-check as a strict consumer's code", () => {
  const blocks = tsdocBlocks();
  it("finds the examples", () => {
    expect(blocks.length).toBeGreaterThan(100);
  });

  it("compiles every example with the root entry's exports in scope, as test/tsdoc-examples.test.ts runs them", () => {
    // what the runner puts in scope: every export of the root entry, zod as z, and lazySchema
    const header = [
      `import { ${rootExports().join(", ")} } from "k-city-network";`,
      'import * as z from "zod";',
      `import { lazySchema } from ${JSON.stringify(join(root, "src/core/lazySchema.js"))};`,
      "",
    ].join("\n");
    expect(strictErrors(blocks, "tsdoc", header)).toEqual([]);
  }, 120_000);
});
