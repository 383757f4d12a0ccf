import { copyFileSync, readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

/** One entry per feature, so ESM consumers get code-split chunks and bundlers drop what is unused. */
const features = ["errors", "money", "programs", "eligibility", "selection", "timeline"] as const;

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      ...Object.fromEntries(features.map((f) => [f, f === "errors" ? "src/errors.ts" : `src/${f}/index.ts`])),
    },
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    target: "es2022",
    tsconfig: "tsconfig.build.json",
    // Keep Korean text readable (and a third of the bytes) instead of \\uXXXX escapes.
    esbuildOptions(options) {
      options.charset = "utf8";
    },
    // Ship the application's JSON Schema (generated from the zod source), the label catalogue of
    // every code (generated from src/i18n/labels.ts) and the Korean text of the data's notes as
    // files of their own.
    onSuccess: async () => {
      copyFileSync("src/eligibility/application.schema.json", "dist/application.schema.json");
      copyFileSync("src/i18n/labels.json", "dist/labels.json");
      copyFileSync("src/i18n/notes.ko.json", "dist/notes.ko.json");
    },
  },
  {
    // The kcity command: one self-contained CommonJS file with a shebang.
    entry: { cli: "src/cli/main.ts" },
    format: ["cjs"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    tsconfig: "tsconfig.build.json",
    banner: { js: "#!/usr/bin/env node" },
    esbuildOptions(options) {
      options.charset = "utf8";
    },
    define: { __KCITY_VERSION__: JSON.stringify(pkg.version) },
    noExternal: [/^(?!zod$|zod\/|date-fns|decimal\.js).*/],
  },
]);
