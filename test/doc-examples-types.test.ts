import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
