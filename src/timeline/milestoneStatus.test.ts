import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { krw } from "../money/index.js";
import {
  MILESTONE_STATUSES,
  milestoneStatusAt,
  milestonesAt,
  overdueMilestones,
  scheduleProgress,
} from "./milestoneStatus.js";
import { planSchedule } from "./planSchedule.js";

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isKcnError(e) ? e.code : "NOT_KCN";
  }
  return undefined;
}

/** A refusal's code, `details.option` and message, to compare at once; `undefined` when `f` returns. */
function refusal(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return isKcnError(e) ? [e.code, e.details["option"], e.message] : e;
  }
  return undefined;
}

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
    // an actual month or year is taken at its end: met only when it ends by the due day
    expect(milestoneStatusAt({ due: "2021-09-08" }, "2021-12-01T00:00:00Z", "2021-09")).toBe("met-late");
    expect(milestoneStatusAt({ due: "2021-09-30" }, "2021-12-01T00:00:00Z", "2021-09")).toBe("met");
    expect(milestoneStatusAt({ due: "2021-12-31" }, "2022-01-01T00:00:00Z", "2021")).toBe("met");
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

  it("refuses an actual under a key that is no milestone kind or id of the schedule", () => {
    const at = "2022-02-10T00:00:00Z";
    for (const f of [milestonesAt, overdueMilestones, scheduleProgress]) {
      try {
        f(s, at, { kickof: "2021-08-02" });
        expect.unreachable();
      } catch (e) {
        expect(isKcnError(e) && [e.code, e.details["option"]]).toEqual(["INVALID_INPUT", "kickof"]);
      }
    }
    // every kind and every id of the schedule is accepted
    const all = Object.fromEntries(
      s.milestones.flatMap((m) => [
        [m.kind, "2021-08-02"],
        [m.id, "2021-08-02"],
      ]),
    );
    expect(milestonesAt(s, at, all).every((m) => m.status === "met" || m.status === "met-late")).toBe(true);
  });

  it("refuses an actual day that ends before the kickoff: a mistyped year must not count as met or pay", () => {
    const at = "2021-09-01T00:00:00Z";
    for (const f of [milestonesAt, overdueMilestones, scheduleProgress]) {
      for (const [key, day] of [
        ["interim-report", "2012-02-10"],
        ["p/final-report", "2021-08-01"],
        ["kickoff", "2021-07"],
        ["completion", "2020"],
      ] as const) {
        expect(
          refusal(() => f(s, at, { kickoff: "2021-08-02", [key]: day })),
          key,
        ).toEqual([
          "INVALID_INPUT",
          key,
          `Expected a day not before the kickoff (2021-08-02), received "${day}"`,
        ]);
      }
    }
    // the kickoff day itself, and a month or a year that holds it, may be the day it was met (a month
    // or a year is judged at its end: met late)
    for (const [day, status] of [
      ["2021-08-02", "met"],
      ["2021-08", "met-late"],
      ["2021", "met-late"],
    ] as const) {
      expect(milestonesAt(s, "2022-01-01T00:00:00Z", { kickoff: day })[0]?.status, day).toBe(status);
    }
    // the reviewer's case: one month into the study, two tranches were counted as paid
    const r = code(() =>
      scheduleProgress(s, at, {
        kickoff: "2021-08-02",
        "interim-report": "2012-02-10",
        "final-report": "2021-08-01",
      }),
    );
    expect(r).toBe("INVALID_INPUT");
  });

  it("refuses a day before the kickoff given to the minute, and names a misspelt key before judging its day", () => {
    const at = "2021-09-01T00:00:00Z";
    // a minute is a day too: the last minute before the kickoff day, or a mistyped year, is refused
    for (const [key, day] of [
      ["kickoff", "2021-08-01T23:59"],
      ["interim-report", "2012-02-10T09:00"],
    ] as const) {
      expect(
        refusal(() => milestonesAt(s, at, { [key]: day })),
        day,
      ).toEqual([
        "INVALID_INPUT",
        key,
        `Expected a day not before the kickoff (2021-08-02), received "${day}"`,
      ]);
    }
    expect(milestonesAt(s, at, { kickoff: "2021-08-02T09:30" })[0]?.status).toBe("met");
    // a key given undefined (as a spread of optional fields writes it) is no day: the milestone is not
    // met, as before the kickoff check (which threw INVALID_DATE for it for a while)
    const [kickoff] = milestonesAt(s, at, { kickoff: undefined, "p/final-report": undefined } as never);
    expect(kickoff?.status).toBe("overdue");
    // the first minute of the kickoff day (00:00 in Seoul) is not before it (it was refused: a
    // minute's span is one instant, and the check compared it with > where the day's start is >=)
    expect(milestonesAt(s, at, { kickoff: "2021-08-02T00:00" })[0]?.status).toBe("met");
    // the property: a day, month, year or minute is taken exactly when it ends on or after the kickoff
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2021, 6, 25), max: Date.UTC(2021, 7, 9) }),
        fc.constantFrom("day", "month", "year", "minute"),
        (ms, kind) => {
          const iso = new Date(ms + 9 * 3_600_000).toISOString();
          const day =
            kind === "minute"
              ? iso.slice(0, 16)
              : iso.slice(0, kind === "day" ? 10 : kind === "month" ? 7 : 4);
          const before = day.slice(0, 10) < "2021-08-02".slice(0, Math.min(day.length, 10));
          let refused = false;
          try {
            milestonesAt(s, "2022-01-01T00:00:00Z", { kickoff: day });
          } catch (e) {
            refused = isKcnError(e) && e.code === "INVALID_INPUT";
          }
          expect(refused, day).toBe(before);
        },
      ),
    );
    // a key that is no milestone is the fault, whatever its day: before the kickoff or no day at all
    for (const day of ["2012-02-10", "someday"]) {
      expect(
        refusal(() => milestonesAt(s, at, { kickof: day })),
        day,
      ).toEqual([
        "INVALID_INPUT",
        "kickof",
        'Expected a milestone kind or id of the schedule, received "kickof"',
      ]);
    }
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
