import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLES_DIR } from "../scripts/examples.js";
import { runCli } from "../src/cli/run.js";
import type { CliContext } from "../src/cli/types.js";

// Every `kcity` line that the README and the guides show in a shell block runs as written: never a
// usage error (exit code 2). Where comment lines follow a command (`# ₩400,000,000 = ...`), they are
// the output it prints, and must be exactly that.

interface Shown {
  readonly file: string;
  readonly line: number;
  readonly argv: readonly string[];
  readonly output?: string;
}

/** Splits a shell line into words (double and single quotes; no expansion). */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const m of line.matchAll(re)) out.push(m[1] ?? m[2] ?? (m[3] as string));
  return out;
}

function shown(): Shown[] {
  const files = ["README.md", ...readdirSync("docs").map((f) => `docs/${f}`)].filter((f) =>
    f.endsWith(".md"),
  );
  const out: Shown[] = [];
  for (const file of files) {
    const lines = readFileSync(file, "utf8").split("\n");
    let inSh = false;
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i] as string;
      if (raw.startsWith("```")) {
        inSh = !inSh && raw === "```sh";
        continue;
      }
      if (!inSh || !/^(npx )?kcity /.test(raw)) continue;
      let text = raw;
      const at = i + 1;
      while (text.endsWith("\\")) text = `${text.slice(0, -1)} ${(lines[++i] as string).trim()}`;
      const command = text.replace(/\s+#.*$/, "").replace(/^npx /, "");
      const comments: string[] = [];
      while (/^#( |$)/.test(lines[i + 1] ?? "")) comments.push((lines[++i] as string).slice(2));
      out.push({
        file,
        line: at,
        argv: words(command).slice(1),
        ...(comments.length ? { output: `${comments.join("\n")}\n` } : {}),
      });
    }
  }
  return out;
}

// The files the lines name are the ones in examples/ (test/examples.test.ts keeps them as the
// fixtures make them), read from disk as a user of the repository runs them.
const ctx: CliContext = {
  readFile: (path) => readFileSync(join(EXAMPLES_DIR, path), "utf8"),
  now: () => new Date("2026-11-27T00:00:00Z"),
};

describe("the kcity lines shown in the README and the guides", () => {
  const lines = shown();
  it("are found (README, money, editions, eligibility, lifecycle, timelines)", () => {
    expect(lines.length).toBeGreaterThanOrEqual(20);
    expect(new Set(lines.map((l) => l.file)).size).toBeGreaterThanOrEqual(6);
    expect(lines.filter((l) => l.output !== undefined).length).toBeGreaterThanOrEqual(1);
  });
  for (const l of lines) {
    it(`${l.file}:${l.line} kcity ${l.argv.join(" ")}`, () => {
      const out = runCli(l.argv, ctx);
      expect(out.stderr ?? "", "no usage error").toBe("");
      expect([0, 1]).toContain(out.exitCode);
      if (l.output !== undefined) expect(out.stdout).toBe(l.output);
    });
  }
});
