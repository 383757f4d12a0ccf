import { brotliCompressSync } from "node:zlib";
import * as esbuild from "esbuild";

const r = await esbuild.build({
  entryPoints: ["src/index.ts"],
  bundle: true,
  minify: true,
  format: "esm",
  charset: "utf8",
  external: ["zod"],
  write: false,
  metafile: true,
});
const out = r.outputFiles[0].contents;
console.log("total min", out.length, "brotli", brotliCompressSync(out).length);
const inputs = Object.values(r.metafile.outputs)[0].inputs;
const rows = Object.entries(inputs)
  .map(([k, v]) => [k, v.bytesInOutput])
  .sort((a, b) => b[1] - a[1]);
for (const [k, v] of rows.slice(0, 45)) console.log(String(v).padStart(7), k);
