import { describe, expect, it } from "vitest";
import { checkMachine } from "./checkMachine.js";
import { machineFor } from "./machineFor.js";
import { buildMachine, REVIEW_STEPS } from "./machines/blocks.js";
import type { Machine } from "./types.js";

const base = machineFor(2024, "solution-demonstration");
const codes = (m: Machine) => {
  const r = checkMachine(m);
  return r.ok ? [] : [...new Set(r.issues.map((i) => i.code))];
};

describe("checkMachine", () => {
  it("accepts a well-formed machine and returns it", () => {
    const r = checkMachine(base);
    expect(r.ok && r.value).toBe(base);
  });
  it("finds states that cannot be reached", () => {
    const orphan = { ...base.states[1]!, id: "orphan" };
    const loop = { ...base.transitions[0]!, event: "spin", from: ["orphan"], to: "orphan" };
    expect(
      codes({ ...base, states: [...base.states, orphan], transitions: [...base.transitions, loop] }),
    ).toEqual(["UNREACHABLE_STATE"]);
  });
  it("finds non-final states without a way out, and final states with one", () => {
    const states = base.states.filter((s) => s.id !== "completed" && s.id !== "terminated");
    const noExit = {
      ...base,
      states,
      transitions: base.transitions.filter((t) => t.event !== "complete" && t.event !== "terminate"),
    };
    expect(codes(noExit)).toEqual(["DEAD_END"]);
    const finalExit = {
      ...base,
      transitions: [
        ...base.transitions,
        { ...base.transitions[0]!, event: "revive", from: ["withdrawn"], to: "draft" },
      ],
    };
    expect(codes(finalExit)).toEqual(["FINAL_HAS_EXIT"]);
  });
  it("finds labels missing in a language", () => {
    const states = base.states.map((s, i) => (i === 2 ? { ...s, applicant: { en: "x", ko: " " } } : s));
    expect(codes({ ...base, states })).toEqual(["MISSING_LABEL"]);
    const transitions = base.transitions.map((t, i) =>
      i === 0 ? { ...t, label: { en: "", ko: "제출" } } : t,
    );
    expect(codes({ ...base, transitions })).toEqual(["MISSING_LABEL"]);
    expect(codes({ ...base, name: { en: "x" } as never })).toEqual(["MISSING_LABEL"]);
  });
  it("finds unknown states, roles and guards, duplicate events and states, and a bad initial state", () => {
    const t0 = base.transitions[0]!;
    expect(
      codes({ ...base, transitions: [...base.transitions, { ...t0, event: "x", to: "nowhere" }] }),
    ).toContain("UNKNOWN_STATE");
    expect(
      codes({ ...base, transitions: [...base.transitions, { ...t0, from: ["nowhere"], event: "y" }] }),
    ).toContain("UNKNOWN_STATE");
    expect(codes({ ...base, transitions: [...base.transitions, t0] })).toEqual(["DUPLICATE_EVENT"]);
    expect(
      codes({ ...base, transitions: [{ ...t0, roles: ["king" as never] }, ...base.transitions.slice(1)] }),
    ).toEqual(["UNKNOWN_ROLE"]);
    expect(codes({ ...base, transitions: [{ ...t0, roles: [] }, ...base.transitions.slice(1)] })).toEqual([
      "NO_ROLES",
    ]);
    expect(
      codes({ ...base, transitions: [{ ...t0, guards: ["luck" as never] }, ...base.transitions.slice(1)] }),
    ).toEqual(["UNKNOWN_GUARD"]);
    expect(codes({ ...base, states: [...base.states, base.states[3]!] })).toEqual(["DUPLICATE_STATE"]);
    expect(codes({ ...base, initial: "submitted" })).toContain("BAD_INITIAL");
  });
  it("accepts machines built from the blocks for a new edition", () => {
    const m = buildMachine({
      year: 2027,
      track: "urban-planning",
      subProgramId: "planning",
      review: [REVIEW_STEPS["pre-consulting"]!, REVIEW_STEPS["selection-committee"]!],
      procurement: true,
      rollover: true,
      notes: [],
      sources: [],
    });
    expect(checkMachine(m).ok).toBe(true);
  });
});
