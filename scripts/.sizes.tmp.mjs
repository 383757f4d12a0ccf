import * as esbuild from "esbuild";
import { brotliCompressSync } from "node:zlib";
const r = await esbuild.build({ entryPoints: ["dist/index.js"], bundle: true, minify: true, format: "esm", charset: "utf8", external: ["zod"], write: false, metafile: true });
const whole = brotliCompressSync(r.outputFiles[0].contents).length;
console.log("whole brotli", whole);
