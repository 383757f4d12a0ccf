/**
 * Tables in docs/*.md that show data are generated from the data. A region
 *
 *   <!-- generated:NAME -->
 *   ...
 *   <!-- /generated:NAME -->
 *
 * is replaced by the output of the generator NAME. Each feature adds its generators in
 * scripts/doc-tables/<feature>.ts and lists them in GENERATORS below.
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatKrw } from "../src/money/formatKrw.js";
import { formatRange } from "../src/money/formatRange.js";
import type { FundingRange } from "../src/money/fundingRange.js";

/** A generator: a name used in the markers and a function that returns Markdown. */
export type Generators = Record<string, () => string>;

export async function loadGenerators(root: string): Promise<Generators> {
  const dir = join(root, "scripts/doc-tables");
  const all: Generators = {};
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    const mod = (await import(join(dir, f))) as { generators: Generators };
    for (const [name, gen] of Object.entries(mod.generators)) {
      if (name in all) throw new Error(`generator ${name} is defined twice`);
      all[name] = gen;
    }
  }
  return all;
}

const REGION = /<!-- generated:([a-z0-9-]+) -->\n[\s\S]*?<!-- \/generated:\1 -->/g;

/** Returns the text of a doc with every generated region filled in anew. */
export function render(text: string, generators: Generators, file: string): string {
  return text.replace(REGION, (_m, name: string) => {
    const gen = generators[name];
    if (!gen) throw new Error(`${file}: no generator named ${name}`);
    return `<!-- generated:${name} -->\n${gen().trimEnd()}\n<!-- /generated:${name} -->`;
  });
}

/** Every doc file with the text it should have; `stale` lists those that differ. */
export async function renderDocs(
  root: string,
): Promise<{ file: string; current: string; expected: string }[]> {
  const generators = await loadGenerators(root);
  const docs = join(root, "docs");
  return readdirSync(docs)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => {
      const current = readFileSync(join(docs, f), "utf8");
      return { file: join("docs", f), current, expected: render(current, generators, f) };
    });
}

/**
 * A funding range as the tables write it: a ceiling (a range from zero, as the sources state "up to
 * 700M KRW") as "up to KRW 700 million", any other range as `formatRange` writes it.
 */
export function rangeText(r: FundingRange): string {
  return r.min.amount === 0n ? `up to ${formatKrw(r.max, { style: "compact" })}` : formatRange(r);
}

/** A grade worth saying beside a fact in a table: " (inferred)", " (machine-translated)", or nothing. */
export function grade(reliability: string): string {
  return reliability === "inferred" || reliability === "machine-translated" ? ` (${reliability})` : "";
}
