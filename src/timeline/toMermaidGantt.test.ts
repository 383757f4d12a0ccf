import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { krw } from "../money/index.js";
import { milestonesAt } from "./milestoneStatus.js";
import { planSchedule } from "./planSchedule.js";
import { toMermaidGantt } from "./toMermaidGantt.js";

describe("toMermaidGantt", () => {
  it("draws the schedule", () => {
    const s = planSchedule(
      { id: "2021-ke-nairobi", track: "urban-planning" },
      { start: "2021-08-02", budget: krw(1000) },
    );
    const text = toMermaidGantt(s);
    expect(text.split("\n")).toEqual([
      "gantt",
      "  title 2021-ke-nairobi",
      "  dateFormat YYYY-MM-DD",
      "  axisFormat %Y-%m",
      "  section Project",
      "  Project period :active, project, 2021-08-02, 2022-08-02",
      "  section Milestones",
      "  Kickoff :milestone, m1, 2021-08-02, 0d",
      "  Inception report (300 KRW) :milestone, m2, 2021-09-08, 0d",
      "  Training course in Korea :milestone, m3, 2021-12-27, 0d",
      "  Interim report (400 KRW) :milestone, m4, 2022-02-03, 0d",
      "  Final report (300 KRW) :milestone, m5, 2022-06-27, 0d",
      "  Completion :milestone, m6, 2022-08-02, 0d",
    ]);
    expect(toMermaidGantt(s, { lang: "ko", title: "a: b" })).toContain("title a∶ b");
    expect(toMermaidGantt(s, { lang: "ko" })).toContain("착수 :milestone");
    // amounts in Korean are written in won, as formatKrw's standard style writes them
    expect(toMermaidGantt(s, { lang: "ko" })).toContain("(400원) :milestone, m4, 2022-02-03, 0d");
    expect(toMermaidGantt(s, { lang: "ko" })).not.toContain("KRW");
  });
});

describe("a schedule that planSchedule did not make", () => {
  const s = planSchedule({ id: "p", track: "urban-planning" }, { start: "2021-08-02", budget: krw(100) });
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return isKcnError(e) ? e.code : `not a KcnError: ${String(e)}`;
    }
    return "accepted";
  };
  it("is refused with INVALID_INPUT: a payment that is not money, a budget that is not, a hole", () => {
    const noPayment = { ...s, milestones: s.milestones.map((m) => ({ ...m, payment: null })) };
    expect(code(() => toMermaidGantt(noPayment as never))).toBe("INVALID_INPUT");
    expect(code(() => toMermaidGantt({ ...s, budget: 100 } as never))).toBe("INVALID_INPUT");
    // biome-ignore lint/suspicious/noSparseArray: the hole is the input under test
    const holed = { ...s, milestones: [, ...s.milestones] };
    for (const f of [toMermaidGantt, (x: never) => milestonesAt(x, "2022-01-01T00:00:00Z")])
      expect(code(() => f(holed as never))).toBe("INVALID_INPUT");
    // a schedule without payments (no budget) is still read
    const unpaid = planSchedule({ id: "p", track: "urban-planning" }, { start: "2021-08-02" });
    expect(code(() => toMermaidGantt(unpaid))).toBe("accepted");
  });
});
