import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePartialDates } from "../timeline/index.js";
import { compareMoments, isMoment } from "./deps.js";

const pad = (n: number) => String(n).padStart(2, "0");
const moment = fc
  .record({
    y: fc.integer({ min: 2019, max: 2027 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    h: fc.integer({ min: 0, max: 23 }),
    mi: fc.constantFrom(0, 30, 59),
    precision: fc.integer({ min: 0, max: 3 }),
  })
  .map(
    ({ y, m, d, h, mi, precision }) =>
      [`${y}`, `${y}-${pad(m)}`, `${y}-${pad(m)}-${pad(d)}`, `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(mi)}`][
        precision
      ] as string,
  );

describe("partial dates in the lifecycle", () => {
  it("compareMoments agrees with the timeline's comparePartialDates, and string order never misses a date that goes back", () => {
    fc.assert(
      fc.property(moment, moment, (a, b) => {
        const r = comparePartialDates(a, b);
        const expected = r === "before" ? -1 : r === "after" ? 1 : 0;
        expect(isMoment(a) && isMoment(b)).toBe(true);
        expect(compareMoments(a, b)).toBe(expected);
        // the lifecycle only runs the chronology check when a < b as strings (canonical dates): sound,
        // as every date wholly before another also sorts before it
        if (expected < 0) expect(a < b).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it("accepts only canonical, real dates", () => {
    for (const bad of [
      "2021-6",
      "2021-02-30",
      "2021-13",
      "21-06",
      "2021-06-22 10:00",
      "2021-06-22T24:00",
      "",
      "soon",
    ]) {
      expect(isMoment(bad), bad).toBe(false);
      expect(compareMoments(bad, "2021")).toBeUndefined();
    }
  });
});
