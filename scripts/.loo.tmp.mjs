// leave-one-out: brotli of src bundle where one module's exports are stubbed is hard; instead compress each module's minified code alone
import * as esbuild from "esbuild";
import { brotliCompressSync } from "node:zlib";
import { readdirSync, statSync } from "node:fs";
const r = await esbuild.build({ entryPoints: ["src/index.ts"], bundle: true, minify: true, format: "esm", charset: "utf8", external: ["zod"], write: false, metafile: true });
const inputs = Object.values(r.metafile.outputs)[0].inputs;
const rows = [];
for (const k of Object.keys(inputs)) {
  const one = await esbuild.build({ stdin: { contents: `export * from "./${k}"`, resolveDir: process.cwd(), loader: "ts" }, bundle: true, minify: true, format: "esm", charset: "utf8", external: ["zod"], write: false, plugins: [{ name: "only", setup(b) { b.onResolve({ filter: /.*/ }, (a) => a.kind === "entry-point" || a.importer === "<stdin>" ? undefined : { path: a.path, external: true }); } }] });
  rows.push([k, inputs[k].bytesInOutput, brotliCompressSync(one.outputFiles[0].contents).length]);
}
rows.sort((a, b) => b[2] - a[2]);
for (const [k, m, b] of rows.slice(0, 40)) console.log(String(b).padStart(6), String(m).padStart(7), k);
console.log("sum of individual brotli", rows.reduce((s, r) => s + r[2], 0));
