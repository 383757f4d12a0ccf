// Shared benchmark helpers. Each bench file exports `run()` that returns rows; run.mjs prints them.
import { performance } from "node:perf_hooks";

/**
 * Measures how many operations per second `fn` sustains. `fn(i)` runs `ops` times per sample;
 * the best of `samples` samples (after one warm-up) is kept, which is the least noisy on a shared machine.
 */
export function measure(name, ops, fn, { samples = 5 } = {}) {
  let sink = 0;
  const once = () => {
    const t0 = performance.now();
    for (let i = 0; i < ops; i++) {
      const r = fn(i);
      if (r !== undefined) sink++;
    }
    return performance.now() - t0;
  };
  once();
  let best = Number.POSITIVE_INFINITY;
  for (let s = 0; s < samples; s++) best = Math.min(best, once());
  return { name, ops, ms: best, opsPerSec: (ops / best) * 1000, sink };
}

/** Formats a row: name, ops, time, throughput, and the ratio against a baseline row. */
export function row(r, baseline) {
  const ratio = baseline ? `  ${(r.opsPerSec / baseline.opsPerSec).toFixed(2)}x vs ${baseline.name}` : "";
  return `${r.name.padEnd(58)} ${String(r.ops).padStart(9)} ops  ${r.ms.toFixed(1).padStart(9)} ms  ${Math.round(r.opsPerSec).toLocaleString("en-US").padStart(13)} ops/s${ratio}`;
}

/** Prints a section title. */
export function section(title) {
  console.log(`\n## ${title}`);
}

/** Prints a goal line with its verdict. */
export function goal(text, met) {
  console.log(`   goal: ${text}: ${met ? "MET" : "NOT MET"}`);
}
