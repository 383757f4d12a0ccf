import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith(".ts") && !p.endsWith(".test.ts") && !p.endsWith(".test-d.ts") ? [p] : [];
  });
}

/**
 * Domain code is pure: it never reads the clock, randomness, the disk, the network or the
 * environment. Time comes in as an argument (`asOf`). Only src/cli/main.ts does I/O.
 */
describe("purity of the library's source", () => {
  const files = sources(join(root, "src")).filter((f) => !f.endsWith(join("cli", "main.ts")));
  const forbidden: [RegExp, string][] = [
    [/\bDate\.now\s*\(/, "Date.now()"],
    [/new Date\(\s*\)/, "new Date() without an argument"],
    [/\bMath\.random\s*\(/, "Math.random()"],
    [/\bperformance\.now\s*\(/, "performance.now()"],
    [/from\s+["']node:(fs|net|http|https|child_process|dns|os)["']/, "a node I/O module"],
    [/\bprocess\.(env|argv|stdout|stderr|exit)\b/, "process I/O"],
    [/\bfetch\s*\(/, "fetch()"],
    [/\bimport\s+[^;]*from\s+["']date-fns["']/, "the date-fns root entry (import functions by subpath)"],
    [/\bimport\s+\{[^}]*\}\s+from\s+["']zod["']/, 'import { z } from "zod" (use import * as z)'],
  ];
  it("has files to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });
  for (const f of files) {
    it(relative(root, f), () => {
      const text = readFileSync(f, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/(^|[^:])\/\/.*$/gm, "$1");
      for (const [re, what] of forbidden)
        expect(re.test(text), `${relative(root, f)} uses ${what}`).toBe(false);
    });
  }
});
