import { describe, expect, it } from "vitest";
import { demo2021, demo2024 } from "../../test/eligibility.fixtures.js";
import { isKcnError } from "../errors.js";
import { EDITIONS } from "../programs/index.js";
import { checkEligibility } from "./checkEligibility.js";
import { parseApplication } from "./parseApplication.js";

describe("checkEligibility", () => {
  it("accepts a typed Application as well as its JSON form, with the same answer", () => {
    const typed = parseApplication(demo2024());
    expect(checkEligibility(typed)).toEqual(checkEligibility(demo2024()));
    expect(checkEligibility(typed).eligible).toBe(true);
  });

  it("returns the schema issues with their paths for invalid input, never throwing", () => {
    const r = checkEligibility({
      ...demo2024(),
      consortium: [{ name: "x", type: "city", country: "IT", role: "lead" }],
    });
    expect(r.valid).toBe(false);
    expect(r.eligible).toBe(false);
    expect(r.issues[0]).toMatchObject({
      code: "INVALID_VALUE",
      path: ["consortium", 0, "type"],
      severity: "error",
    });
    expect(r.issues[0]?.rule.id).toBe("application-schema");
    for (const bad of [undefined, null, 0, "x", [], () => 1, Symbol("s"), 10n])
      expect(checkEligibility(bad).valid).toBe(false);
  });

  it("freezes its answer", () => {
    const r = checkEligibility(demo2021());
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.issues)).toBe(true);
    for (const i of r.issues) expect(Object.isFrozen(i)).toBe(true);
  });

  it("puts errors first", () => {
    const r = checkEligibility({
      ...demo2024(),
      consortium: [demo2024().consortium[0]],
      requestedFunding: "9억 원",
    });
    const ranks = r.issues.map((i) => ["error", "warning", "info"].indexOf(i.severity));
    expect([...ranks].sort()).toEqual(ranks);
  });

  it("throws KcnError INVALID_DATE for an unreadable asOf, as every asOf of the library", () => {
    for (const asOf of ["yesterday", "2024-03-19", new Date(Number.NaN), "2024-02-30T10:00:00+09:00", 5]) {
      try {
        checkEligibility(demo2024(), { asOf: asOf as never });
        expect.unreachable();
      } catch (e) {
        expect(isKcnError(e) && [e.code, e.details["option"]]).toEqual(["INVALID_DATE", "asOf"]);
      }
    }
  });

  it("checks against the editions it is given (data, not code)", () => {
    const only2021 = EDITIONS.filter((e) => e.year === 2021);
    expect(checkEligibility(demo2024(), { editions: only2021 }).issues[0]?.code).toBe("EDITION_NOT_FOUND");
    expect(checkEligibility(demo2021(), { editions: only2021 }).eligible).toBe(true);
  });
});

describe("parseApplication", () => {
  it("throws KcnError INVALID_APPLICATION with the issues", () => {
    try {
      parseApplication({ ...demo2024(), year: "2024" });
      expect.unreachable();
    } catch (e) {
      expect(isKcnError(e) && e.code).toBe("INVALID_APPLICATION");
      const issues = (e as { details: { issues: { path: unknown[] }[] } }).details.issues;
      expect(issues[0]?.path).toEqual(["year"]);
    }
  });
});
