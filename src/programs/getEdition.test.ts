import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { getEdition, hasEdition } from "./getEdition.js";
import { getSubProgram } from "./getSubProgram.js";
import { editionYears, listEditions } from "./listEditions.js";

describe("getEdition, listEditions, getSubProgram", () => {
  it("lists the editions 2020-2026", () => {
    expect(listEditions().map((e) => e.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(editionYears()).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(Object.isFrozen(listEditions())).toBe(true);
  });

  it("returns the edition of a year", () => {
    expect(getEdition(2022).year).toBe(2022);
    expect(getEdition(2020).name.ko).toContain("2020");
    expect(hasEdition(2026)).toBe(true);
    expect(hasEdition("2026")).toBe(false);
  });

  it("refuses unknown years with UNKNOWN_EDITION listing the known years", () => {
    for (const bad of [2019, 2027, 2021.5, Number.NaN, "2021" as never, undefined as never]) {
      try {
        getEdition(bad);
        expect.unreachable();
      } catch (e) {
        expect(isKcnError(e) && e.code).toBe("UNKNOWN_EDITION");
        expect(isKcnError(e) && e.message).toContain("2020, 2021, 2022, 2023, 2024, 2025, 2026");
        expect(isKcnError(e) && e.details["known"]).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
      }
    }
  });

  it("returns a sub-program, or UNKNOWN_SUB_PROGRAM listing the edition's ids", () => {
    expect(getSubProgram(2021, "smart-solution-demonstration").tracks).toEqual(["solution-demonstration"]);
    expect(getSubProgram(2023, "overseas-demonstration").year).toBe(2023);
    expect(() => getSubProgram(2023, "smart-city-planning")).toThrowError(
      expect.objectContaining({
        code: "UNKNOWN_SUB_PROGRAM",
        message: expect.stringContaining("planning, overseas-demonstration"),
      }),
    );
    expect(() => getSubProgram(2019, "planning")).toThrowError(
      expect.objectContaining({ code: "UNKNOWN_EDITION" }),
    );
  });
});

describe("EditionYear", () => {
  it("lists in its type exactly the years of the editions", () => {
    const source = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "types.ts"), "utf8");
    const union = /export type EditionYear =([^;]+);/.exec(source)?.[1] ?? "";
    expect([...union.matchAll(/\d{4}/g)].map((m) => Number(m[0]))).toEqual([...editionYears()]);
  });
});
