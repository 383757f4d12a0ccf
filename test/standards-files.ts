import { readFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";
import * as z from "zod";
import * as lib from "../src/index.js";
import { bindImports, docBlocks, root } from "./doc-blocks.js";

/** The folder of the open-data standards' schemas and codelists the tests check records against. */
export const STANDARDS_DIR = join(root, "test", "standards");

/** A file of `test/standards/` as text. */
export const standardFile = (path: string): string => readFileSync(join(STANDARDS_DIR, path), "utf8");

/** A JSON file of `test/standards/`, parsed. */
export const standardJson = (path: string): Record<string, unknown> =>
  JSON.parse(standardFile(path)) as Record<string, unknown>;

/**
 * The codes (first column, quotes removed) of a codelist CSV of `test/standards/`. No code of these
 * lists holds a comma; descriptions may, so only the first field is read.
 */
export function csvCodes(path: string): Set<string> {
  const [, ...rows] = standardFile(path).trim().split(/\r?\n/);
  return new Set(rows.map((r) => (r.split(",")[0] ?? "").replace(/^"|"$/g, "")));
}

/** The codes of an IATI codelist XML file of `test/standards/iati/`, without the withdrawn ones. */
export function iatiCodes(path: string): Set<string> {
  const items = standardFile(`iati/${path}`).split("<codelist-item").slice(1);
  return new Set(
    items
      .filter((i) => !/^[^>]*status="withdrawn"/.test(i))
      .map((i) => /<code>([^<]*)<\/code>/.exec(i)?.[1] ?? ""),
  );
}

/**
 * The values that one ```ts block of a guide defines, by name: the block runs as the doc-example test
 * runs it (imports from "k-city-network" bound to the source, `console.log` silenced), and returns
 * the consts named. So a test reads the guide's own code, not a copy of it.
 *
 * @param file - the guide, such as `"docs/interoperability.md"`
 * @param name - a const the block defines (the first block of the file that defines it is taken)
 * @param more - more consts of the same block to return
 */
export function docDefinitions(file: string, name: string, ...more: string[]): Record<string, unknown> {
  const block = docBlocks().find((b) => b.file === file && new RegExp(`^const ${name}\\b`, "m").test(b.code));
  if (!block) throw new Error(`${file} has no runnable block that defines ${name}`);
  const { body, names, values } = bindImports(block.code, lib, z);
  const js = transformSync(`${body}\nreturn { ${[name, ...more].join(", ")} };`, { loader: "ts" }).code;
  const log = console.log;
  console.log = () => {};
  try {
    return new Function(...names, js)(...values) as Record<string, unknown>;
  } finally {
    console.log = log;
  }
}
