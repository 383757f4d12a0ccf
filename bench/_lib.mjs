// Shared benchmark helpers. Each bench file exports `run()` that returns rows; run.mjs prints them.
import { performance } from "node:perf_hooks";

/**
 * Measures how many operations per second `fn` sustains. `fn(i)` runs `ops` times per sample;
 * the best sample (after one warm-up) is kept, which is the least noisy on a shared machine.
 */
export function measure(name, ops, fn, { samples = 5, maxSamples = 15, budgetMs = 1500 } = {}) {
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
  // At least `samples` samples; short rows take more (up to `maxSamples`, while they stay within
  // `budgetMs`), so that a burst of load from a neighbour on a shared machine cannot cover them all.
  let best = Number.POSITIVE_INFINITY;
  let spent = 0;
  for (let s = 0; s < maxSamples && (s < samples || spent < budgetMs); s++) {
    const ms = once();
    spent += ms;
    best = Math.min(best, ms);
  }
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
