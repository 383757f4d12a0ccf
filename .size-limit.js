// Size budgets per feature (size-limit: esbuild, minified, brotli; the zod peer excluded).
// Bundles are written as UTF-8, as the library ships and as terser- and Rollup-based bundlers emit
// them; esbuild's default would escape every Korean character as a six-byte \\uXXXX sequence.
const utf8 = (config) => ({
  ...config,
  charset: "utf8",
  // the chunks are side-effect free (package.json sideEffects: false): esbuild says so of each bare
  // import it drops, which reads like a failure in npm run check
  logOverride: { ...config.logOverride, "ignored-bare-import": "silent" },
});

export default [
  {
    name: "money: a consumer of krw, formatKrw and allocate",
    path: "dist/money.js",
    import: "{ krw, formatKrw, allocate }",
    limit: "5 kB",
    ignore: ["zod"],
    modifyEsbuildConfig: utf8,
  },
  {
    name: "money: convert only",
    path: "dist/money.js",
    import: "{ convert }",
    limit: "3 kB",
    ignore: ["zod"],
    modifyEsbuildConfig: utf8,
  },
  { name: "errors entry", path: "dist/errors.js", limit: "2 kB", ignore: ["zod"], modifyEsbuildConfig: utf8 },
  {
    name: "money entry (everything)",
    path: "dist/money.js",
    limit: "12 kB",
    ignore: ["zod"],
    modifyEsbuildConfig: utf8,
  },
  {
    name: "programs entry (editions data and queries)",
    path: "dist/programs.js",
    limit: "28 kB",
    ignore: ["zod"],
    modifyEsbuildConfig: utf8,
  },
  {
    name: "timeline entry",
    path: "dist/timeline.js",
    limit: "30 kB",
    ignore: ["zod"],
    modifyEsbuildConfig: utf8,
  },
  {
    name: "eligibility entry",
    path: "dist/eligibility.js",
    limit: "40 kB",
    ignore: ["zod"],
    modifyEsbuildConfig: utf8,
  },
  {
    name: "selection entry",
    path: "dist/selection.js",
    limit: "50 kB",
    ignore: ["zod"],
    modifyEsbuildConfig: utf8,
  },
  {
    name: "whole library (ESM, zod peer excluded)",
    path: "dist/index.js",
    limit: "60 kB",
    ignore: ["zod"],
    modifyEsbuildConfig: utf8,
  },
];
