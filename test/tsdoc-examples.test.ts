import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { lazySchema } from "../src/core/lazySchema.js";
import { isKcnError } from "../src/errors.js";
import * as lib from "../src/index.js";
import { tsdocBlocks } from "./doc-blocks.js";

const blocks = tsdocBlocks().map((b) => [b.file, b.code] as const);

/**
 * Runs every ```ts block in the TSDoc of the features above against the source (the guides in docs/
 * are run by test/doc-examples.test.ts). `expr; //=> value` (on the same line, or `//=> value` on the
 * line after the expression) must give `value`; `expr; // throws KcnError CODE` must throw that code.
 * Every export of the root entry, `z` (zod) and the internal `lazySchema` are in scope.
 */
describe("TSDoc @example blocks", () => {
  it("has examples", () => {
    expect(blocks.length).toBeGreaterThan(50);
  });
  for (const [file, block] of blocks) {
    it(`${file}: ${block.split("\n")[0]}`, () => runBlock(block));
  }
});

function runBlock(block: string): void {
  const names = [...Object.keys(lib), "z", "lazySchema"];
  const checks: { line: string; want: unknown; throws?: string }[] = [];
  const out: string[] = [];
  let pending: string[] = [];
  const flush = () => {
    out.push(...pending);
    pending = [];
  };
  for (const l of block.split("\n")) {
    const same = /^(.*?);\s*\/\/=>\s*(.*)$/.exec(l);
    const thr = /^(.*?);\s*\/\/ throws KcnError ([A-Z_]+)$/.exec(l);
    const next = /^\s*\/\/=>\s*(.*)$/.exec(l);
    if (same && !l.trimStart().startsWith("//")) {
      flush();
      checks.push({ line: l, want: new Function(`return (${same[2]});`)() });
      out.push(`__check(${checks.length - 1}, () => (${same[1]}));`);
    } else if (thr) {
      flush();
      checks.push({ line: l, want: undefined, throws: thr[2] as string });
      out.push(`__check(${checks.length - 1}, () => (${thr[1]}));`);
    } else if (next) {
      // the expression is the last statement that starts at column 0
      let start = pending.length - 1;
      while (start > 0 && /^(\s|\.|\)|\]|\}|\/\/)/.test(pending[start] ?? "")) start--;
      const expr = pending.slice(start).join("\n").replace(/;\s*$/, "");
      out.push(...pending.slice(0, start));
      pending = [];
      checks.push({ line: expr, want: new Function(`return (${next[1]});`)() });
      out.push(`__check(${checks.length - 1}, () => (${expr}));`);
    } else {
      pending.push(l);
    }
  }
  flush();
  const js = transformSync(out.join("\n"), { loader: "ts" }).code;
  const seen = new Set<number>();
  const check = (i: number, f: () => unknown) => {
    seen.add(i);
    const c = checks[i] as { line: string; want: unknown; throws?: string };
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
  const extra: Record<string, unknown> = { z, lazySchema };
  const scope = names.map((name) => extra[name] ?? (lib as Record<string, unknown>)[name]);
  new Function("__check", ...names, js)(check, ...scope);
  expect(seen.size, "every checked line ran").toBe(checks.length);
}
