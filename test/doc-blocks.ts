import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
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
