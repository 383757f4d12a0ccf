import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertCountryCode, COUNTRY_CODES, countryName, isCountryCode } from "./countries.js";

describe("country codes", () => {
  it("accepts assigned codes and refuses the rest", () => {
    expect(isCountryCode("KE")).toBe(true);
    expect(isCountryCode("GB")).toBe(true);
    for (const bad of ["ke", "UK", "EU", "XK", "ZZ", "KEN", "", " KE", 42, null, undefined, {}]) {
      expect(isCountryCode(bad), String(bad)).toBe(false);
    }
  });

  it("names countries in English and Korean through Intl.DisplayNames", () => {
    expect(countryName("KE")).toBe("Kenya");
    expect(countryName("KE", "ko")).toBe("케냐");
    expect(countryName("ES", "ko")).toBe("스페인");
    expect(countryName("US", "en")).toBe("United States");
  });

  it("refuses to name a bad code instead of showing it as itself", () => {
    for (const bad of ["XX", "ke", "UK", 7 as never]) {
      expect(() => countryName(bad)).toThrowError(expect.objectContaining({ code: "INVALID_COUNTRY_CODE" }));
      expect(() => assertCountryCode(bad)).toThrowError(
        expect.objectContaining({ code: "INVALID_COUNTRY_CODE" }),
      );
    }
    expect(assertCountryCode("PL")).toBe("PL");
  });

  it("names every code with a real name in both languages (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COUNTRY_CODES),
        fc.constantFrom("en" as const, "ko" as const),
        (code, lang) => {
          const name = countryName(code, lang);
          return name.length > 0 && name !== code;
        },
      ),
    );
  });

  it("agrees with the two-letter pattern for random strings (property)", () => {
    fc.assert(fc.property(fc.string({ maxLength: 4 }), (s) => !isCountryCode(s) || /^[A-Z]{2}$/.test(s)));
  });

  it("is a frozen, sorted list of the 249 officially assigned codes", () => {
    expect(Object.isFrozen(COUNTRY_CODES)).toBe(true);
    expect([...COUNTRY_CODES].sort()).toEqual([...COUNTRY_CODES]);
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(COUNTRY_CODES.slice(0, 3)).toEqual(["AD", "AE", "AF"]);
    expect(COUNTRY_CODES.slice(-3)).toEqual(["ZA", "ZM", "ZW"]);
    // Every code the editions name, and none of the user-assigned or reserved ones.
    for (const c of ["KR", "KE", "VN", "ID", "PE", "UZ", "TH", "LA", "MN", "PH"])
      expect(COUNTRY_CODES).toContain(c);
    for (const c of ["XK", "EU", "UK", "AA", "ZZ", "QM"]) expect(COUNTRY_CODES).not.toContain(c);
    // Intl knows a name for each (a code Intl does not know comes back unchanged).
    const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
    expect(COUNTRY_CODES.filter((c) => names.of(c) === undefined)).toEqual([]);
  });
});

describe("IsoCountryCode", () => {
  it("lists in its type exactly the codes of COUNTRY_CODES", () => {
    const source = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "countries.ts"), "utf8");
    const union = /export type IsoCountryCode =([^;]+);/.exec(source)?.[1] ?? "";
    const listed = [...union.matchAll(/"([A-Z]{2})"/g)].map((m) => m[1]);
    expect(listed).toEqual([...COUNTRY_CODES]);
  });
});
