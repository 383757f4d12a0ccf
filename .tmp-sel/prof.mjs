import { replay } from "/work/main/dist/selection.js";
import { generate } from "/work/main/.tmp-sel/selbench.mjs";
const { logs, events } = generate(200_000);
for (let k = 0; k < 4; k++) {
  const t = performance.now();
  for (const l of logs) replay(l.machine, l.parsed);
  const t2 = performance.now();
  for (const l of logs) replay(l.machine, l.log);
  console.log("parsed", (events / (t2 - t)) * 1000 | 0, "raw", (events / (performance.now() - t2)) * 1000 | 0);
}
