// Runs every bench/*.bench.mjs against the built package in dist/ (what users get) and prints
// each figure with its baseline ratio. `npm run bench` builds first.
//
// Each file runs in a fresh Node process: a benchmark's data (200k applications, 1M replayed events)
// would otherwise stay in the heap of the next file and slow its allocating rows through the
// collector (measured: selectProjects on 100k candidates 227 ms after the other files in one process,
// about 150 ms alone). Samples do not force a collection in between: a full collection moves the
// benchmark's data, and the rows that only read it (the hand-written validator, the bare lookup table)
// came out 25-60% slower after one, which would flatter every ratio against them.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.mjs"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
if (files.length === 0) {
  // a misspelt filter (npm run bench -- moeny) would otherwise measure nothing and succeed
  const all = readdirSync(here).filter((f) => f.endsWith(".bench.mjs"));
  console.error(`no benchmark matches ${only.join(" ")}: the files are ${all.join(", ")}`);
  process.exit(1);
}
console.log(`k-city-network benchmarks: node ${process.version}, ${process.platform}/${process.arch}`);
let failed = 0;
for (const f of files) {
  const url = pathToFileURL(join(here, f)).href;
  const r = spawnSync(
    process.execPath,
    ["--input-type=module", "-e", `const m = await import(${JSON.stringify(url)}); await m.run();`],
    { stdio: "inherit" },
  );
  if (r.status !== 0) {
    console.error(`${f}: exited with ${r.status ?? r.signal}`);
    failed++;
  }
}
if (failed > 0) process.exitCode = 1;
