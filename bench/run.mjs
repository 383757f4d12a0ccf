// Runs every bench/*.bench.mjs against the built package in dist/ (what users get) and prints
// each figure with its baseline ratio. `npm run bench` builds first.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.mjs"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
console.log(`k-city-network benchmarks: node ${process.version}, ${process.platform}/${process.arch}`);
for (const f of files) {
  const mod = await import(pathToFileURL(join(here, f)).href);
  await mod.run();
}
