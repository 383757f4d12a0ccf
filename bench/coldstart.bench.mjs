// Cold start: fresh node processes that import the library, against ones that import only zod.
// The runs alternate (zod, ESM, CJS, zod, ...) so that both sides see the same machine load, and the
// median of each is compared.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { goal, section } from "./_lib.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function once(spec) {
  const code = `const t=process.hrtime.bigint();await import(${JSON.stringify(spec)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
  return Number(
    execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root }).toString(),
  );
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run() {
  const runs = 41;
  section(`cold start: import() in a fresh process (median of ${runs}, alternating runs)`);
  const specs = { zod: "zod", esm: join(root, "dist/index.js"), cjs: join(root, "dist/index.cjs") };
  const times = { zod: [], esm: [], cjs: [] };
  for (let i = 0; i < runs; i++) for (const k of Object.keys(specs)) times[k].push(once(specs[k]));
  const zod = median(times.zod);
  const lib = median(times.esm);
  const cjs = median(times.cjs);
  console.log(`import("zod")                     ${zod.toFixed(1).padStart(7)} ms`);
  console.log(
    `import("k-city-network") (ESM)    ${lib.toFixed(1).padStart(7)} ms  ${(lib / zod).toFixed(2)}x zod`,
  );
  console.log(
    `require("k-city-network") (CJS)   ${cjs.toFixed(1).padStart(7)} ms  ${(cjs / zod).toFixed(2)}x zod`,
  );
  goal('import("k-city-network") at most 1.3x import("zod")', lib / zod <= 1.3);
}
