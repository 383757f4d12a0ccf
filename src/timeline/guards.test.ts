import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { krw } from "../money/index.js";
import { milestonesAt, overdueMilestones, scheduleProgress } from "./milestoneStatus.js";
import { planSchedule } from "./planSchedule.js";
import { toMermaidGantt } from "./toMermaidGantt.js";

const s = planSchedule({ id: "p", track: "urban-planning" }, { start: "2021-08-02", budget: krw(100) });
const at = "2022-01-01T00:00:00Z";
const consumers = [
  (x: unknown) => toMermaidGantt(x as never),
  (x: unknown) => milestonesAt(x as never, at),
  (x: unknown) => overdueMilestones(x as never, at),
  (x: unknown) => scheduleProgress(x as never, at),
];

/** The code and path a consumer throws for `x`, or `"ok"`. */
function refusal(f: (x: unknown) => unknown, x: unknown): unknown {
  try {
    f(x);
    return "ok";
  } catch (e) {
    return isKcnError(e) ? [e.code, e.details.path] : e;
  }
}

describe("schedule input", () => {
  it("refuses a milestone payment that is not a Krw, with its path, in every consumer", () => {
    const bad = { ...s, milestones: s.milestones.map((m) => ({ ...m, payment: null })) };
    for (const f of consumers)
      expect(refusal(f, bad)).toEqual(["INVALID_INPUT", ["milestones", 0, "payment"]]);
    // a payment left out is no payment; a Krw is one
    const none = { ...s, milestones: s.milestones.map(({ payment: _, ...m }) => m) };
    for (const f of consumers) {
      expect(refusal(f, none)).toBe("ok");
      expect(refusal(f, s)).toBe("ok");
    }
    expect(toMermaidGantt(none)).not.toContain("KRW");
  });

  it("refuses a hole in the milestones, which every() would skip", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const sparse = { ...s, milestones: [, s.milestones[0]] };
    for (const f of consumers) expect(refusal(f, sparse)).toEqual(["INVALID_INPUT", ["milestones", 0]]);
    expect(refusal(consumers[1] as never, { ...s, milestones: [s.milestones[0]] })).toBe("ok");
  });

  it("checks every field a consumer reads", () => {
    const m0 = s.milestones[0] as object;
    const cases: [object, readonly (string | number)[]][] = [
      [{ ...s, projectId: 1 }, ["projectId"]],
      [{ ...s, start: "2021-02-30" }, ["start"]],
      [{ ...s, end: undefined }, ["end"]],
      [{ ...s, budget: 100 }, ["budget"]],
      [{ ...s, milestones: {} }, ["milestones"]],
      [{ ...s, milestones: [{ ...m0, id: 1 }] }, ["milestones", 0, "id"]],
      [{ ...s, milestones: [m0, { ...m0, kind: null }] }, ["milestones", 1, "kind"]],
      [{ ...s, milestones: [{ ...m0, label: "Kickoff" }] }, ["milestones", 0, "label"]],
      [{ ...s, milestones: [{ ...m0, label: { en: "Kickoff" } }] }, ["milestones", 0, "label", "ko"]],
      [{ ...s, milestones: [{ ...m0, due: "soon" }] }, ["milestones", 0, "due"]],
      [
        { ...s, milestones: [{ ...m0, payment: { amount: 1, currency: "KRW" } }] },
        ["milestones", 0, "payment"],
      ],
    ];
    for (const [bad, path] of cases) {
      for (const f of consumers) expect(refusal(f, bad)).toEqual(["INVALID_INPUT", path]);
    }
    expect(refusal(consumers[0] as never, null)).toEqual(["INVALID_INPUT", undefined]);
  });

  it("accepts every planned schedule and refuses any non-Krw payment (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2020, 0, 1), max: new Date(2027, 0, 1), noInvalidDate: true }),
        fc.integer({ min: 1, max: 36 }),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.nat(5),
        fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.bigInt(), fc.object()),
        (d, months, won, i, junk) => {
          const start = d.toISOString().slice(0, 10);
          const p = planSchedule(
            { id: "p", track: "urban-planning" },
            { start, durationMonths: months, budget: krw(won) },
          );
          for (const f of consumers) expect(refusal(f, p)).toBe("ok");
          const bad = {
            ...p,
            milestones: p.milestones.map((m, j) => (j === i ? { ...m, payment: junk } : m)),
          };
          for (const f of consumers)
            expect(refusal(f, bad)).toEqual(["INVALID_INPUT", ["milestones", i, "payment"]]);
        },
      ),
    );
  });
});
