import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { getSubProgram } from "../src/programs/index.js";
import { listMachines, REVIEW_STEPS } from "../src/selection/index.js";

// The editions data (k-city-network/programs) and the lifecycle machines (k-city-network/selection)
// describe the same review procedure: a step the sources give for an edition has one id in both.
describe("review steps: the editions data and the machines agree", () => {
  const machines = listMachines();

  it("every documented review step of an edition is a state of its machines, in the same order", () => {
    let compared = 0;
    for (const m of machines) {
      const sub = getSubProgram(m.year, m.subProgramId);
      expect(sub, m.id).toBeDefined();
      if (sub === undefined || !sub.reviewSteps.known) continue;
      const states = m.states.map((s) => s.id);
      const positions = sub.reviewSteps.value.map((step) => states.indexOf(step.id));
      expect(positions, `${m.id}: ${sub.reviewSteps.value.map((s) => s.id).join(", ")}`).not.toContain(-1);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      compared++;
    }
    // 2020 (2 machines), 2021 demonstration, 2022 (3), 2024-2026 planning (6), 2024 demonstration
    expect(compared).toBe(13);
  });

  it("the 2024 demonstration: KAIA evaluates, then the selection committee decides", () => {
    const sub = getSubProgram(2024, "overseas-demonstration");
    expect(sub?.reviewSteps.known && sub.reviewSteps.value.map((s) => [s.id, s.sources])).toEqual([
      ["kaia-evaluation", ["S26", "S53"]],
      ["selection-committee", ["S27", "S58"]],
    ]);
  });
});

describe("ReviewStepId", () => {
  it("lists in its type exactly the keys of REVIEW_STEPS, each the id of its step", () => {
    const file = join(dirname(fileURLToPath(import.meta.url)), "../src/selection/machines/blocks.ts");
    const union = /export type ReviewStepId =([^;]+);/.exec(readFileSync(file, "utf8"))?.[1] ?? "";
    const listed = [...union.matchAll(/"([a-z-]+)"/g)].map((m) => m[1]);
    expect(listed).toEqual(Object.keys(REVIEW_STEPS));
    for (const [id, step] of Object.entries(REVIEW_STEPS)) expect(step.id).toBe(id);
  });
});
