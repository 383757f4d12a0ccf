import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { krw, sum } from "../money/index.js";
import { getProject } from "../programs/index.js";
import { isKoreanBusinessDay } from "./isKoreanBusinessDay.js";
import {
  MILESTONE_STATUSES,
  milestoneStatusAt,
  milestonesAt,
  overdueMilestones,
  scheduleProgress,
} from "./milestoneStatus.js";
import { planSchedule } from "./planSchedule.js";
import { toMermaidGantt } from "./toMermaidGantt.js";

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
        },
      ),
    );
  });
});

describe("milestone status", () => {
  const s = planSchedule({ id: "p", track: "urban-planning" }, { start: "2021-08-02", budget: krw(1000) });

  it("derives scheduled, met, met-late, overdue and missed in Korea time", () => {
    expect(milestoneStatusAt({ due: "2022-02-03" }, "2022-02-03T14:59:59Z")).toBe("scheduled");
    expect(milestoneStatusAt({ due: "2022-02-03" }, "2022-02-03T15:00:00Z")).toBe("overdue");
    expect(milestoneStatusAt({ due: "2022-02-03" }, "2022-06-01T00:00:00Z")).toBe("missed");
    expect(
      milestoneStatusAt({ due: "2022-02-03" }, "2022-06-01T00:00:00Z", undefined, { missedAfterDays: 365 }),
    ).toBe("overdue");
    expect(milestoneStatusAt({ due: "2022-02-03" }, "2022-03-01T00:00:00Z", "2022-02-03")).toBe("met");
    expect(milestoneStatusAt({ due: "2022-02-03" }, "2022-03-01T00:00:00Z", "2022-02-10")).toBe("met-late");
    // an actual date after asOf is not known yet at asOf
    expect(milestoneStatusAt({ due: "2022-02-03" }, "2022-01-01T00:00:00Z", "2022-02-01")).toBe("scheduled");
    expect(MILESTONE_STATUSES.missed.ocds).toBe("notMet");
    expect(MILESTONE_STATUSES.scheduled.ocds).toBe("scheduled");
    expect(
      code(() =>
        milestoneStatusAt({ due: "2022-02-03" }, "2022-01-01T00:00:00Z", undefined, { missedAfterDays: -1 }),
      ),
    ).toBe("INVALID_OPTIONS");
  });

  it("lists overdue milestones and summarises progress with payments", () => {
    const actuals = { kickoff: "2021-08-02", "p/inception-report": "2021-09-20" };
    expect(overdueMilestones(s, "2022-02-10T00:00:00Z", actuals).map((m) => m.kind)).toEqual([
      "training-course",
      "interim-report",
    ]);
    const all = milestonesAt(s, "2022-02-10T00:00:00Z", actuals);
    expect(all[1]?.status).toBe("met-late");
    expect(all[1]?.ocdsStatus).toBe("met");
    const p = scheduleProgress(s, "2022-02-10T00:00:00Z", actuals);
    expect(p.counts).toEqual({ scheduled: 2, met: 1, "met-late": 1, overdue: 2, missed: 0 });
    expect(p.next?.kind).toBe("training-course");
    expect(p.paid?.amount).toBe(300n);
    expect(p.complete).toBe(false);
  });

  it("never improves without an actual date as asOf moves forward (property)", () => {
    const rank = { scheduled: 0, overdue: 1, missed: 2, met: 3, "met-late": 3 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2021, 0, 1), max: Date.UTC(2023, 0, 1) }),
        fc.integer({ min: 0, max: 200 * 86_400_000 }),
        (t, dt) => {
          const a = milestoneStatusAt({ due: "2022-02-03" }, new Date(t));
          const b = milestoneStatusAt({ due: "2022-02-03" }, new Date(t + dt));
          expect(rank[b]).toBeGreaterThanOrEqual(rank[a]);
        },
      ),
    );
  });
});

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
  });
});
