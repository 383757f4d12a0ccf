import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editionStats } from "./editionStats.js";
import { editionYears } from "./listEditions.js";

describe("editionStats", () => {
  it("gives 2021 overall and per sub-program, with sources", () => {
    const s = editionStats(2021);
    expect(s.selectionRate.known && s.selectionRate.value.percent).toBe("9.9%");
    expect(s.selectionRate.sources).toEqual(expect.arrayContaining(["S16"]));
    // 11/111 is arithmetic on two official counts, not a figure a source gives
    expect(s.selectionRate.known && s.selectionRate.reliability).toBe("inferred");
    expect(s.subPrograms.map((x) => (x.selectionRate.known ? x.selectionRate.value.fraction : null))).toEqual(
      ["4/57", "4/40", "3/14"],
    );
    expect(s.listedProjects).toBe(11);
    expect(s.listedCountries).toBe(11);
  });

  it("marks the rate unknown when a count is unknown, and inferred when a count is", () => {
    const s2024 = editionStats(2024);
    expect(s2024.selectionRate.known).toBe(false);
    expect(s2024.selected.known && s2024.selected.reliability).toBe("inferred");
    const s2020 = editionStats(2020);
    expect(s2020.selectionRate.known && s2020.selectionRate.value.percent).toBe("15.0%");
    expect(s2020.subPrograms.every((x) => !x.selectionRate.known)).toBe(true);
  });

  it("gives 2022 (10 of 33) and 2023 (8 of 30) as the fact sheet counts them", () => {
    // fact sheet: 2022, 33 applications from 17 countries and 10 projects selected [S7, S13, S45];
    // 2023, 30 applications from 18 countries and 8 selected [S14, S61]
    const rate = (year: number) => {
      const r = editionStats(year).selectionRate;
      return r.known && [r.value.fraction, r.value.percentTenths, r.value.percent, r.reliability];
    };
    expect(rate(2022)).toEqual(["10/33", 303, "30.3%", "inferred"]);
    expect(rate(2023)).toEqual(["8/30", 267, "26.7%", "inferred"]);
  });

  it("refuses unknown years", () => {
    expect(() => editionStats(2030)).toThrowError(expect.objectContaining({ code: "UNKNOWN_EDITION" }));
  });

  it("has rates that equal selected / applications for every edition and sub-program (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...editionYears()), (year) => {
        const s = editionStats(year);
        return [s, ...s.subPrograms].every((x) => {
          if (!x.selectionRate.known) return !x.selected.known || !x.applications.known;
          const r = x.selectionRate.value;
          return (
            x.selected.known &&
            x.applications.known &&
            r.numerator === x.selected.value &&
            r.denominator === x.applications.value &&
            r.numerator <= r.denominator
          );
        });
      }),
    );
  });

  it("is frozen", () => {
    const s = editionStats(2022);
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.subPrograms[0])).toBe(true);
  });
});
