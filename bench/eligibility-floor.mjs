// The floor of checkEligibility: how fast the parts every verdict needs can go, with no rule run.
// Not one of the `npm run bench` files (it measures internal functions, bundled here from src/);
// run it with `node bench/eligibility-floor.mjs`. The figures explain the eligibility goal in
// docs/performance.md: the input check alone, then the check plus the sub-program look-up, the
// submission instant and a frozen verdict, set against the hand-written validator and the whole check.
//
// The rows are interleaved (each round runs every row once over the same 100k applications) and the
// median of ten rounds is kept, so that every row sees the same machine load and the same JIT state.
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { generate, handWritten } from "./eligibility.bench.mjs";

const src = (p) => fileURLToPath(new URL(`../src/${p}`, import.meta.url));
const entry = `
export { checkApplication } from ${JSON.stringify(src("eligibility/validateApplication.ts"))};
export { checkEligibility, findSubProgram } from ${JSON.stringify(src("eligibility/checkEligibility.ts"))};
export { safeParseApplication } from ${JSON.stringify(src("eligibility/safeParseApplication.ts"))};
export { defaultEditions, instantOf } from ${JSON.stringify(src("eligibility/deps.ts"))};
`;
const out = await build({
  stdin: { contents: entry, resolveDir: fileURLToPath(new URL(".", import.meta.url)), loader: "ts" },
  bundle: true,
  format: "esm",
  minify: true,
  write: false,
  external: ["zod"],
  logLevel: "error",
});
const L = await import(
  `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString("base64")}`
);

const apps = generate(100_000);
const editions = L.defaultEditions();
const EMPTY = Object.freeze([]);
const rows = {
  "hand-written check-only validator (limit)": (a) => handWritten(a),
  "input check alone (no value, no rule)": (a) => L.checkApplication(a),
  "input check + look-up + instant + frozen verdict (no rule)": (a) => {
    const r = L.checkApplication(a);
    if (typeof r !== "bigint")
      return Object.freeze({ eligible: false, valid: false, issues: Object.freeze(r.slice()) });
    const { sub } = L.findSubProgram(editions, a.year, a.subProgramId);
    const at = a.submittedAt === undefined ? undefined : L.instantOf(a.submittedAt);
    return Object.freeze({
      eligible: at !== undefined,
      valid: true,
      issues: EMPTY,
      consideredFor: sub?.year,
    });
  },
  "safeParseApplication (typed value or issues)": (a) => L.safeParseApplication(a),
  "checkEligibility (parse + rules)": (a) => L.checkEligibility(a),
};
const times = Object.fromEntries(Object.keys(rows).map((k) => [k, []]));
for (let round = 0; round < 12; round++) {
  for (const [name, fn] of Object.entries(rows)) {
    const t0 = performance.now();
    for (let i = 0; i < apps.length; i++) fn(apps[i]);
    times[name].push(performance.now() - t0);
  }
}
// the first two rounds warm up
const median = (xs) => xs.slice(2).sort((a, b) => a - b)[Math.floor((xs.length - 2) / 2)];
const base = median(times["hand-written check-only validator (limit)"]);
console.log("eligibility floor: 100k generated applications (90% valid), median of 10 interleaved rounds");
for (const name of Object.keys(rows)) {
  const ms = median(times[name]);
  console.log(
    `${name.padEnd(60)} ${ms.toFixed(1).padStart(8)} ms  ${(base / ms).toFixed(2)}x the hand-written validator`,
  );
}
