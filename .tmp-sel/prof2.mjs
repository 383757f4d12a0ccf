import { replay } from "/work/main/dist/selection.js";
import { generate } from "./selbench.mjs";
const { logs, events } = generate(300_000);
const { Session } = await import("node:inspector/promises");
for (let k = 0; k < 3; k++) for (const l of logs) replay(l.machine, l.parsed);
const s = new Session(); s.connect(); await s.post("Profiler.enable"); await s.post("Profiler.start");
const t = performance.now();
for (let k = 0; k < 5; k++) for (const l of logs) replay(l.machine, l.parsed);
console.log("ev/s", (5 * events / (performance.now() - t)) * 1000 | 0);
const { profile: p } = await s.post("Profiler.stop");
const byId = new Map(p.nodes.map((n) => [n.id, n])); const self = new Map();
for (let i = 0; i < p.samples.length; i++) { const n = byId.get(p.samples[i]); const k = n.callFrame.functionName + " " + n.callFrame.url.split("/").pop() + ":" + n.callFrame.lineNumber; self.set(k, (self.get(k) || 0) + (p.timeDeltas[i] || 0)); }
const tot = [...self.values()].reduce((a, b) => a + b, 0);
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, t]) => (t / tot * 100).toFixed(1) + "% " + k).join("\n"));
