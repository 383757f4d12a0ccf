// Cold start: a fresh node process that imports the library, against one that imports only zod.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { goal, section } from "./_lib.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function coldImport(spec, runs = 15) {
  const code = `const t=process.hrtime.bigint();await import(${JSON.stringify(spec)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
  const times = [];
  for (let i = 0; i < runs; i++) {
    times.push(
      Number(execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root }).toString()),
    );
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function run() {
  section("cold start: import() in a fresh process (median of 15)");
  const zod = coldImport("zod");
  const lib = coldImport(join(root, "dist/index.js"));
  const cjs = coldImport(join(root, "dist/index.cjs"));
  console.log(`import("zod")                     ${zod.toFixed(1).padStart(7)} ms`);
  console.log(
    `import("k-city-network") (ESM)    ${lib.toFixed(1).padStart(7)} ms  ${(lib / zod).toFixed(2)}x zod`,
  );
  console.log(
    `require("k-city-network") (CJS)   ${cjs.toFixed(1).padStart(7)} ms  ${(cjs / zod).toFixed(2)}x zod`,
  );
  goal('import("k-city-network") at most 1.3x import("zod")', lib / zod <= 1.3);
}
