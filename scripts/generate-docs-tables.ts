// Regenerates the data tables in docs/*.md (`npm run docs:tables`), or with --check fails when they
// drifted from the data (`npm run docs:check`, run by CI; test/docs-tables.test.ts checks the same).
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderDocs } from "./docTables.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");
let stale = 0;
for (const d of await renderDocs(root)) {
  if (d.current === d.expected) continue;
  stale++;
  if (check) console.error(`${d.file}: generated tables are out of date; run npm run docs:tables`);
  else {
    writeFileSync(join(root, d.file), d.expected);
    console.log(`updated ${d.file}`);
  }
}
if (check && stale > 0) process.exitCode = 1;
else if (check) console.log("docs tables: up to date");
