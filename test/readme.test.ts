import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import * as lib from "../src/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Runs the README's usage example against the source and checks every `// value` comment after a
 * console.log against what it printed.
 */
describe("README usage example", () => {
  it("runs and prints what its comments say", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const block = /<!-- readme-example -->\n```ts\n([\s\S]*?)```\n<!-- \/readme-example -->/.exec(
      readme,
    )?.[1];
    expect(block, "README has a marked example").toBeTruthy();
    const lines = block!.split("\n");
    const body = lines.filter((l) => !l.startsWith("import ")).join("\n");
    const names = [...block!.matchAll(/import \{([^}]*)\} from "k-city-network(?:\/[a-z]+)?";/g)]
      .flatMap((m) => m[1]!.split(","))
      .map((s) => s.trim())
      .filter(Boolean);
    const expected = lines.filter((l) => l.includes("console.log(")).map((l) => /\/\/ (.*)$/.exec(l)?.[1]);
    const logged: string[] = [];
    const spy = vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => {
      logged.push(
        a
          .map((x) =>
            typeof x === "string" ? x : JSON.stringify(x, (_k, v) => (typeof v === "bigint" ? `${v}n` : v)),
          )
          .join(" "),
      );
    });
    try {
      const scope = Object.fromEntries(names.map((n) => [n, (lib as Record<string, unknown>)[n]]));
      for (const n of names) expect(scope[n], `export ${n}`).toBeDefined();
      new Function(...names, body)(...names.map((n) => scope[n]));
    } finally {
      spy.mockRestore();
    }
    expect(logged).toEqual(expected);
  });
});
