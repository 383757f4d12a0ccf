import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { krw, money, sum } from "../money/index.js";
import { getProject } from "../programs/index.js";
import { isKoreanBusinessDay } from "./isKoreanBusinessDay.js";
import { planSchedule } from "./planSchedule.js";

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isKcnError(e) ? e.code : "NOT_KCN";
  }
  return undefined;
}

describe("planSchedule", () => {
  it("plans a one-year planning study from a selected project", () => {
    const s = planSchedule(getProject("2021-ke-nairobi"), { start: "2021-08-02" });
    expect(s.milestones.map((m) => m.kind)).toEqual([
      "kickoff",
      "inception-report",
      "training-course",
      "interim-report",
      "final-report",
      "completion",
    ]);
    expect(s.end).toBe("2022-08-02");
    expect(s.durationMonths).toBe(12);
    for (const m of s.milestones) expect(isKoreanBusinessDay(m.due)).toBe(true);
    expect(Object.isFrozen(s.milestones)).toBe(true);
  });

  it("finishes demonstrations within the year by default and splits the budget exactly", () => {
    const s = planSchedule(
      { id: "d", track: "solution-demonstration" },
      { start: "2024-05-02", budget: krw(500_000_001) },
    );
    expect(s.end).toBe("2024-12-31");
    // 31 December 2024 is a Tuesday; 2022's is a Saturday: the completion moves back to Friday 30th
    expect(s.milestones.at(-1)?.due).toBe("2024-12-31");
    const y2022 = planSchedule({ id: "d", track: "solution-demonstration" }, { start: "2022-05-02" });
    expect([y2022.end, y2022.milestones.at(-1)?.due]).toEqual(["2022-12-31", "2022-12-30"]);
    const payments = s.milestones.flatMap((m) => (m.payment ? [m.payment] : []));
    expect(payments.map((p) => p.amount)).toEqual([150_000_000n, 200_000_001n, 150_000_000n]);
    expect(sum(payments).amount).toBe(500_000_001n);
  });

  it("ties custom tranches to milestones, merging two on one milestone", () => {
    const s = planSchedule(
      { id: "p", track: "urban-planning" },
      {
        start: "2022-08-01",
        durationMonths: 24,
        budget: krw(300),
        tranches: [
          { milestone: "kickoff", ratio: 1 },
          { milestone: "completion", ratio: 1 },
          { milestone: "completion", ratio: 1 },
        ],
      },
    );
    expect(s.milestones[0]?.payment?.amount).toBe(100n);
    expect(s.milestones.at(-1)?.payment?.amount).toBe(200n);
    expect(s.end).toBe("2024-08-01");
  });

  it("refuses bad options", () => {
    const p = { id: "p", track: "urban-planning" as const };
    expect(code(() => planSchedule(p, { start: "2021-08" }))).toBe("INVALID_OPTIONS");
    expect(code(() => planSchedule(p, { start: "2021-08-01", durationMonths: 0 }))).toBe("INVALID_OPTIONS");
    expect(code(() => planSchedule(p, { start: "2021-08-01", durationMonths: 1.5 }))).toBe("INVALID_OPTIONS");
    expect(code(() => planSchedule({ id: "p", track: "x" as never }, { start: "2021-08-01" }))).toBe(
      "INVALID_OPTIONS",
    );
    expect(
      code(() => planSchedule(p, { start: "2021-08-01", tranches: [{ milestone: "kickoff", ratio: 1 }] })),
    ).toBe("INVALID_OPTIONS");
    expect(code(() => planSchedule(null as never, { start: "2021-08-01" }))).toBe("INVALID_INPUT");
    // an id of nothing would give every such project the same milestone ids and calendar UIDs
    for (const id of ["", " ", "\t\n"])
      expect(
        code(() => planSchedule({ id, track: "urban-planning" }, { start: "2021-08-01" })),
        JSON.stringify(id),
      ).toBe("INVALID_INPUT");
    // any id with a visible character is one: blanks around it, digits only, Hangul, a dash
    for (const id of [" p", "p\t", "2021", "나이로비", "—"])
      expect(
        planSchedule({ id, track: "urban-planning" }, { start: "2021-08-02" }).milestones[0]?.id,
        JSON.stringify(id),
      ).toBe(`${id}/kickoff`);
    // a budget is whole won, never negative: USD tranches or negative payments would follow
    for (const budget of [money("USD", "1000"), krw(-500_000_000), { amount: 5n }, "5억 원"]) {
      try {
        planSchedule(p, { start: "2021-08-02", budget: budget as never });
        expect.unreachable();
      } catch (e) {
        expect(isKcnError(e) && [e.code, e.details["option"]]).toEqual(["INVALID_OPTIONS", "budget"]);
      }
    }
    expect(code(() => planSchedule(p, null as never))).toBe("INVALID_OPTIONS");
  });

  it("has ordered milestones for any start and duration (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2024, 11, 31) }),
        fc.integer({ min: 1, max: 36 }),
        (ms, months) => {
          const start = new Date(ms).toISOString().slice(0, 10);
          const s = planSchedule({ id: "p", track: "solution-planning" }, { start, durationMonths: months });
          const dues = s.milestones.map((m) => m.due);
          expect([...dues].sort()).toEqual(dues);
          // due days are business days; the completion never falls after the end
          for (const d of dues.slice(1)) expect(isKoreanBusinessDay(d)).toBe(true);
          expect((dues.at(-1) as string) <= s.end).toBe(true);
        },
      ),
    );
  });
});
