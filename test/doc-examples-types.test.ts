import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { docBlocks, root } from "./doc-blocks.js";

/**
 * Every runnable ```ts block of README.md and docs/*.md (the blocks test/doc-examples.test.ts runs)
 * also type-checks as a consumer's file under the strictest settings a portal is likely to use:
 * `strict`, `exactOptionalPropertyTypes` and `noUncheckedIndexedAccess`. A reader who copies an
 * example must not meet "possibly undefined" errors the guide did not show.
 */
const all = docBlocks();
const dir = mkdtempSync(join(tmpdir(), "kcn-doc-types-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("documentation examples type-check as a strict consumer's code", () => {
  it("finds the runnable blocks", () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it("compiles every block with strict, exactOptionalPropertyTypes and noUncheckedIndexedAccess", () => {
    const names = all.map((b, i) => {
      const name = join(dir, `block${i}.ts`);
      writeFileSync(name, b.code);
      return name;
    });
    const features = ["money", "programs", "eligibility", "selection", "timeline"];
    const paths: Record<string, string[]> = {
      "k-city-network": [join(root, "src/index.ts")],
      "k-city-network/errors": [join(root, "src/errors.ts")],
      ...Object.fromEntries(features.map((f) => [`k-city-network/${f}`, [join(root, `src/${f}/index.ts`)]])),
    };
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
      paths,
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && names.includes(d.file.fileName))
      .map((d) => {
        const i = names.indexOf(d.file?.fileName ?? "");
        const b = all[i];
        const pos = d.file?.getLineAndCharacterOfPosition(d.start ?? 0);
        const line = (b?.line ?? 0) + 1 + (pos?.line ?? 0);
        return `${b?.file}:${line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      });
    expect(problems).toEqual([]);
  }, 120_000);
});

/** Every `.ts` file of a feature of src/ (the TSDoc blocks test/tsdoc-examples.test.ts runs). */
function sourceFiles(dir: string): string[] {
  if (!statSync(dir).isDirectory()) return [dir];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return p.endsWith(".ts") && !p.endsWith(".test.ts") && !p.endsWith(".test-d.ts") ? [p] : [];
  });
}

/** The names the root entry exports, values and types (`export { a, type B } from ...`). */
function rootExports(): string[] {
  const index = readFileSync(join(root, "src/index.ts"), "utf8");
  return [...index.matchAll(/export \{([^}]*)\}/g)].flatMap((m) =>
    (m[1] as string)
      .split(",")
      .map((n) => n.trim().replace(/^type\s+/, ""))
      .filter((n) => /^[A-Za-z_$][\w$]*$/.test(n)),
  );
}

describe("TSDoc examples type-check as a strict consumer's code", () => {
  const features = ["money", "timeline", "programs", "eligibility", "selection", "core", "errors.ts"];
  const blocks = features.flatMap((feature) =>
    sourceFiles(join(root, "src", feature)).flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/^( \* ```ts\n)([\s\S]*?) \* ```/gm)].map((m) => ({
        file: relative(root, f),
        line: readFileSync(f, "utf8").slice(0, m.index).split("\n").length + 1,
        code: (m[2] as string).replace(/^ \* ?/gm, ""),
      })),
    ),
  );

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
    const names = blocks.map((b, i) => {
      const name = join(dir, `tsdoc${i}.ts`);
      writeFileSync(name, header + b.code);
      return name;
    });
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
      paths: { "k-city-network": [join(root, "src/index.ts")], zod: [join(root, "node_modules/zod")] },
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && names.includes(d.file.fileName))
      .map((d) => {
        const i = names.indexOf(d.file?.fileName ?? "");
        const b = blocks[i];
        const pos = d.file?.getLineAndCharacterOfPosition(d.start ?? 0);
        const line = (b?.line ?? 0) + (pos?.line ?? 0) - 3;
        return `${b?.file}:${line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      });
    expect(problems).toEqual([]);
  }, 120_000);
});
