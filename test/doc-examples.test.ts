import { formatWithOptions } from "node:util";
import { transformSync } from "esbuild";
import { describe, expect, it, vi } from "vitest";
import * as z from "zod";
import * as lib from "../src/index.js";
import { bindImports, docBlocks } from "./doc-blocks.js";

/**
 * Every ```ts block in README.md and docs/*.md that imports from "k-city-network" is run against the
 * source, and each `console.log(...); // expected` line must print exactly the expected text, as Node's
 * `console.log` prints it.
 * A block can opt out with a first line `// not run: <reason>`.
 */
const all = docBlocks();
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...a: unknown[]) => Promise<unknown>;

describe("documentation examples", () => {
  it("README has at least one runnable example", () => {
    expect(all.some((b) => b.file === "README.md")).toBe(true);
  });
  for (const b of all) {
    it(`${b.file}:${b.line}`, async () => {
      const { body, names, values } = bindImports(b.code, lib, z);
      const expected = b.code
        .split("\n")
        .filter((l) => /console\.log\(/.test(l) && /\); \/\/ /.test(l))
        .map((l) => /\/\/ (.*)$/.exec(l)?.[1]);
      const logged: string[] = [];
      const spy = vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => {
        // what Node's console.log prints (util.format, no colours), so a reader who runs the example sees it
        logged.push(formatWithOptions({}, ...a));
      });
      try {
        const js = transformSync(body, { loader: "ts" }).code;
        await new AsyncFunction(...names, js)(...values);
      } finally {
        spy.mockRestore();
      }
      expect(logged).toEqual(expected);
    });
  }
});
