import { describe, expect, it, vi } from "vitest";
import { isKcnError } from "../errors.js";
import { krw, moneyJsonReplacer } from "../money/index.js";
import { milestonesAt, overdueMilestones, scheduleProgress } from "./milestoneStatus.js";
import { planSchedule } from "./planSchedule.js";
import { toMermaidGantt } from "./toMermaidGantt.js";

const nairobi = { id: "2021-ke-nairobi", track: "urban-planning" } as const;
const asOf = "2022-02-10T00:00:00Z";
const codeOf = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return isKcnError(e) ? e.code : e;
  }
  return "answered";
};
const takers = [
  (s: unknown) => milestonesAt(s as never, asOf),
  (s: unknown) => overdueMilestones(s as never, asOf),
  (s: unknown) => scheduleProgress(s as never, asOf),
  (s: unknown) => toMermaidGantt(s as never),
];

describe("a schedule is taken only as planSchedule made it", () => {
  const plain = planSchedule(nairobi, { start: "2021-08-02" });
  const funded = planSchedule(nairobi, { start: "2021-08-02", budget: krw(500_000_000) });

  it("answers for the schedule planSchedule returned", () => {
    for (const take of takers) {
      expect(codeOf(() => take(plain))).toBe("answered");
      expect(codeOf(() => take(funded))).toBe("answered");
    }
  });

  it("refuses a copy read back from JSON, with a budget or without, and a spread copy, as INVALID_INPUT", () => {
    const copies = [
      JSON.parse(JSON.stringify(plain)),
      JSON.parse(JSON.stringify(funded, moneyJsonReplacer)),
      { ...plain },
      structuredClone(plain),
      // a stored row whose child rows came back in another order: its next milestone would be wrong
      { ...JSON.parse(JSON.stringify(plain)), milestones: [...plain.milestones].reverse() },
      // dates written into a Mermaid chart as they stand
      {
        ...JSON.parse(JSON.stringify(plain)),
        end: "banana",
        milestones: plain.milestones.map((m, i) =>
          i === 0 ? { ...m, due: '2021-08-02, 0d\n  click m1 href "javascript:alert(1)"' } : m,
        ),
      },
    ];
    for (const copy of copies)
      for (const take of takers) expect(codeOf(() => take(copy))).toBe("INVALID_INPUT");
  });

  it("says to plan it again", () => {
    try {
      milestonesAt(JSON.parse(JSON.stringify(plain)), asOf);
      expect.unreachable();
    } catch (e) {
      expect(isKcnError(e) && e.message).toBe("Expected a schedule from planSchedule, received an object");
    }
  });

  it("takes a schedule another copy of the library made (the mark is a registered symbol)", async () => {
    vi.resetModules();
    const other = await import("./planSchedule.js");
    const s = other.planSchedule(nairobi, { start: "2021-08-02" });
    expect(milestonesAt(s, asOf).map((m) => m.status)).toEqual(
      milestonesAt(plain, asOf).map((m) => m.status),
    );
  });
});

describe("stored collections given back", () => {
  it("toICalendar refuses a planned flag that is not a boolean, which it would read as not planned", async () => {
    const { editionCalendar } = await import("./editionCalendar.js");
    const { toICalendar } = await import("./toICalendar.js");
    const entries = editionCalendar(2021);
    const planned = entries.findIndex((e) => e.planned === true);
    expect(planned).toBeGreaterThanOrEqual(0);
    for (const flag of [1, "true", 0, "false", null]) {
      const stored = entries.map((e, i) => (i === planned ? { ...e, planned: flag } : e));
      try {
        toICalendar(stored as never);
        expect.unreachable();
      } catch (e) {
        expect(isKcnError(e) && e.code).toBe("INVALID_INPUT");
        expect(isKcnError(e) && e.details["index"]).toBe(planned);
      }
    }
    const tentative = (ics: string) => ics.split("STATUS:TENTATIVE").length - 1;
    expect(tentative(toICalendar(entries))).toBe(entries.filter((e) => e.planned === true).length);
    expect(tentative(toICalendar(JSON.parse(JSON.stringify(entries))))).toBe(tentative(toICalendar(entries)));
  });

  it("milestonesAt refuses actuals given as a Map, whose days it would read as none", () => {
    const s = planSchedule(nairobi, { start: "2021-08-02" });
    const asMap = new Map([["kickoff", "2021-08-02"]]);
    expect(codeOf(() => milestonesAt(s, asOf, asMap as never))).toBe("INVALID_INPUT");
    expect(milestonesAt(s, asOf, Object.fromEntries(asMap))[0]?.status).toBe("met");
  });
});
