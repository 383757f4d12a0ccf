import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import { isKcnError } from "../src/errors.js";
import * as lib from "../src/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const moneyDir = join(root, "src/money");
const tsdocBlocks = readdirSync(moneyDir)
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .flatMap((f) =>
    [...readFileSync(join(moneyDir, f), "utf8").matchAll(/ \* ```ts\n([\s\S]*?) \* ```/g)].map(
      (m) => [f, (m[1] as string).replace(/^ \* ?/gm, "")] as const,
    ),
  );

/**
 * Runs every ```ts block in the TSDoc of src/money against the source (docs/money.md is run by
 * test/doc-examples.test.ts). A line `expr; //=> value` must give `value`; a line
 * `expr; // throws KcnError CODE` must throw a KcnError with that code.
 */
describe("TSDoc @example blocks of src/money", () => {
  it("has examples", () => {
    expect(tsdocBlocks.length).toBeGreaterThan(20);
  });
  for (const [file, block] of tsdocBlocks) {
    it(`${file}: ${block.split("\n")[0]}`, () => runBlock(block, true));
  }
});

function runBlock(block: string, allNames = false): void {
  {
    const imported = [...block.matchAll(/import \{([^}]*)\} from "k-city-network(?:\/[a-z]+)?";/g)]
      .flatMap((m) => (m[1] as string).split(","))
      .map((s) => s.trim())
      .filter(Boolean);
    const names = allNames ? Object.keys(lib) : imported;
    const checks: { line: string; want: unknown; throws?: string }[] = [];
    const body = block
      .split("\n")
      .filter((l) => !l.startsWith("import "))
      .map((l) => {
        const value = /^(.*?);\s*\/\/=>\s*(.*)$/.exec(l);
        if (value) {
          checks.push({ line: l, want: new Function(`return (${value[2]});`)() });
          return `__check(${checks.length - 1}, () => (${value[1]}));`;
        }
        const thr = /^(.*?);\s*\/\/ throws KcnError ([A-Z_]+)$/.exec(l);
        if (thr) {
          checks.push({ line: l, want: undefined, throws: thr[2] as string });
          return `__check(${checks.length - 1}, () => (${thr[1]}));`;
        }
        return l;
      })
      .join("\n");
    const js = transformSync(body, { loader: "ts" }).code;
    const seen = new Set<number>();
    const check = (i: number, f: () => unknown) => {
      seen.add(i);
      const c = checks[i]!;
      if (c.throws) {
        let caught: unknown;
        try {
          f();
        } catch (e) {
          caught = e;
        }
        expect(isKcnError(caught) && caught.code, c.line).toBe(c.throws);
      } else {
        expect(f(), c.line).toEqual(c.want);
      }
    };
    const scope = names.map((name) => (lib as Record<string, unknown>)[name]);
    for (const [i, name] of names.entries()) expect(scope[i], `export ${name}`).toBeDefined();
    new Function("__check", ...names, js)(check, ...scope);
    expect(seen.size, "every checked line ran").toBe(checks.length);
  }
}
