// Measures what a consumer pays for part of k-city-network/money: bundles a tiny entry that imports
// only the given names from the BUILT dist/money.js with esbuild (minified, tree-shaken, zod and
// decimal.js resolved from node_modules like a real consumer's bundler would), then compresses the
// bundle with brotli. Run after `npm run build`:
//   node scripts/size-money.mjs                 # krw, formatKrw, allocate (budget 5 kB)
//   node scripts/size-money.mjs convert krw     # any names
import { brotliCompressSync, constants } from "node:zlib";
import { build } from "esbuild";

const names = process.argv.slice(2);
const imports = names.length ? names : ["krw", "formatKrw", "allocate"];
const budget = names.length ? Number.POSITIVE_INFINITY : 5_000;
const entry = `import { ${imports.join(", ")} } from "./dist/money.js";\nglobalThis.__keep = [${imports.join(", ")}];\n`;
const out = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: "js" },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "neutral",
  mainFields: ["module", "main"],
  write: false,
  metafile: true,
  logLevel: "error",
});
const code = out.outputFiles[0].contents;
const br = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const output = Object.values(out.metafile.outputs)[0];
const bytes = (re) =>
  Object.entries(output.inputs)
    .filter(([f]) => re.test(f))
    .reduce((s, [, v]) => s + v.bytesInOutput, 0);
console.log(`money { ${imports.join(", ")} }: ${code.length} B minified, ${br} B brotli`);
console.log(`  bytes from decimal.js: ${bytes(/decimal\.js/)}, from zod: ${bytes(/node_modules\/zod\//)}`);
if (Number.isFinite(budget)) {
  console.log(`  budget ${budget} B brotli: ${br <= budget ? "MET" : "NOT MET"}`);
  if (br > budget) process.exitCode = 1;
}
