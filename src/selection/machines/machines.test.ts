import { describe, expect, it } from "vitest";
import { checkMachine } from "../checkMachine.js";
import { listMachines } from "./index.js";

const MACHINES = listMachines();

const SUB_PROGRAMS: Record<number, string[]> = {
  2020: ["smart-city-development", "smart-single-solution"],
  2021: ["smart-city-planning", "smart-solution-planning", "smart-solution-demonstration"],
  2022: ["smart-city-planning", "smart-solution-demonstration"],
  2023: ["planning", "overseas-demonstration"],
  2024: ["planning", "overseas-demonstration"],
  2025: ["planning", "overseas-demonstration"],
  2026: ["planning", "overseas-demonstration"],
};

describe("the shipped machines", () => {
  it("are one per edition and track: 20 (2020 had no demonstration)", () => {
    expect(MACHINES.map((m) => m.id)).toHaveLength(20);
    expect(new Set(MACHINES.map((m) => m.id)).size).toBe(20);
    expect(MACHINES.some((m) => m.id === "2020-solution-demonstration")).toBe(false);
  });
  for (const m of MACHINES) {
    it(`${m.id} is well formed (checkMachine)`, () => {
      const r = checkMachine(m);
      expect(r.ok ? [] : r.issues.map((i) => i.message.en)).toEqual([]);
    });
    it(`${m.id} uses its edition's sub-program ids, is frozen and has sources`, () => {
      expect(SUB_PROGRAMS[m.year]).toContain(m.subProgramId);
      expect(Object.isFrozen(m)).toBe(true);
      expect(Object.isFrozen(m.states[0])).toBe(true);
      expect(Object.isFrozen(m.transitions)).toBe(true);
      expect(m.sources.length).toBeGreaterThan(0);
      expect(m.notes.length).toBeGreaterThan(0);
    });
  }
  it("list among their sources every source their notes cite", () => {
    for (const m of MACHINES) {
      const cited = new Set(m.notes.join(" ").match(/\bS\d+\b/g));
      expect(
        [...cited].filter((tag) => !(m.sources as readonly string[]).includes(tag)),
        m.id,
      ).toEqual([]);
    }
  });
  it("cite each edition's own sources from 2024 on; the steps borrowed from 2024 are said in basedOn", () => {
    const only2024 = ["S53", "S26", "S27", "S58", "S57"];
    for (const m of MACHINES.filter((x) => x.year >= 2025)) {
      expect(
        m.sources.filter((tag) => only2024.includes(tag)),
        m.id,
      ).toEqual([]);
      expect(m.basedOn?.year, m.id).toBe(2024);
    }
    const demo2024 = MACHINES.find((x) => x.id === "2024-solution-demonstration");
    expect(demo2024?.sources).toEqual(["S26", "S53", "S27", "S58"]);
  });
  it("give the planning tracks an executor procurement with host consultation, and the demonstrations none", () => {
    for (const m of MACHINES) {
      const ids = m.states.map((s) => s.id);
      const planning = m.track !== "solution-demonstration";
      for (const s of ["scope-agreed", "tender-notice", "bid-evaluation", "awarded", "contracted"]) {
        expect(ids.includes(s), `${m.id} ${s}`).toBe(planning);
      }
      for (const s of [
        "draft",
        "submitted",
        "screening",
        "selected",
        "funded",
        "in-progress",
        "completed",
        "withdrawn",
        "ineligible",
        "not-selected",
        "cancelled",
        "terminated",
      ]) {
        expect(ids, m.id).toContain(s);
      }
    }
  });
  it("let only 2024+ planning roll over to the next cycle", () => {
    for (const m of MACHINES) {
      const rolls = m.states.some((s) => s.id === "rolled-over");
      expect(rolls, m.id).toBe(m.year >= 2024 && m.track !== "solution-demonstration");
    }
  });
  it("follow each edition's documented steps", () => {
    const steps = (id: string) =>
      MACHINES.find((m) => m.id === id)?.transitions.find((t) => t.event === "reject")?.from;
    expect(steps("2020-urban-planning")).toEqual(["opinion-collection", "expert-committee"]);
    expect(steps("2021-solution-demonstration")).toEqual(["joint-virtual-conference", "selection-committee"]);
    expect(steps("2022-urban-planning")).toEqual([
      "document-review",
      "scope-negotiation",
      "final-review-committee",
    ]);
    expect(steps("2022-solution-demonstration")).toEqual([
      "document-review",
      "presentation",
      "counterpart-confirmation",
      "final-review-committee",
    ]);
    expect(steps("2024-urban-planning")).toEqual(["pre-consulting", "selection-committee"]);
    expect(steps("2024-solution-demonstration")).toEqual(["kaia-evaluation", "selection-committee"]);
  });
  it("show the planning criteria on the planning machines' document review only", () => {
    const review = (id: string) =>
      MACHINES.find((m) => m.id === id)?.states.find((s) => s.id === "document-review");
    for (const year of [2022, 2023]) {
      expect(review(`${year}-urban-planning`)?.note).toMatch(/^Planning criteria/);
      expect(review(`${year}-solution-planning`)?.note).toMatch(/^Planning criteria/);
      const demo = review(`${year}-solution-demonstration`);
      expect(demo?.staff.en).toBe("Document review");
      expect(demo?.note).toBeUndefined();
    }
  });
  it("say where they borrow undocumented steps from another edition", () => {
    const based = Object.fromEntries(MACHINES.map((m) => [m.id, m.basedOn?.year]));
    expect(based["2021-urban-planning"]).toBe(2022);
    expect(based["2021-solution-demonstration"]).toBeUndefined();
    expect(based["2022-urban-planning"]).toBeUndefined();
    expect(based["2023-solution-demonstration"]).toBe(2022);
    expect(based["2024-urban-planning"]).toBeUndefined();
    expect(based["2025-urban-planning"]).toBe(2024);
    expect(based["2026-solution-demonstration"]).toBe(2024);
  });
});
