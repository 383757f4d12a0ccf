/**
 * Writes src/eligibility/application.schema.json from the zod source (applicationJsonSchema()).
 * `--check` fails when the file is out of date instead of writing it. Run `npx biome format --write` on
 * the file after writing it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { applicationJsonSchema } from "../src/eligibility/applicationJsonSchema.js";

const file = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "src",
  "eligibility",
  "application.schema.json",
);
const text = `${JSON.stringify(applicationJsonSchema(), null, 2)}\n`;
if (process.argv.includes("--check")) {
  // Compare values, not bytes: the formatter may lay the file out differently.
  const current = JSON.stringify(JSON.parse(readFileSync(file, "utf8")));
  if (current !== JSON.stringify(applicationJsonSchema())) {
    console.error(`${file} is out of date: run npm run schema:update`);
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
