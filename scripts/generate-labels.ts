/**
 * Writes src/i18n/labels.json (shipped as `k-city-network/labels.json`) from src/i18n/labels.ts.
 * `--check` fails when the file is out of date instead of writing it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { labelCatalogue } from "../src/i18n/labels.js";

const file = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "i18n", "labels.json");
const catalogue = labelCatalogue();
if (process.argv.includes("--check")) {
  // Compare values, not bytes: the formatter may lay the file out differently.
  if (JSON.stringify(JSON.parse(readFileSync(file, "utf8"))) !== JSON.stringify(catalogue)) {
    console.error(`${file} is out of date: run npm run labels:update`);
    process.exit(1);
  }
} else {
  writeFileSync(file, `${JSON.stringify(catalogue, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
