/**
 * Deadlines are in Korea time whatever the machine's zone: this file also runs under
 * TZ=America/Los_Angeles (see vitest.config.ts).
 */
import { describe, expect, it } from "vitest";
import { checkEligibility, eligibleSubPrograms } from "../src/eligibility/index.js";
import { demo2021, demo2024, planning2024 } from "./eligibility.fixtures.js";

const codes = (x: unknown, o = {}) => checkEligibility(x, o).issues.map((i) => i.code);

describe(`Seoul deadlines (TZ=${process.env["TZ"] ?? "unset"})`, () => {
  it("the 2021 call closes at 2021-04-19T15:00:00Z", () => {
    expect(codes({ ...demo2021(), submittedAt: "2021-04-19T14:59:59Z" })).not.toContain(
      "OUTSIDE_CALL_WINDOW",
    );
    expect(codes({ ...demo2021(), submittedAt: "2021-04-19T15:00:00Z" })).toContain("OUTSIDE_CALL_WINDOW");
  });
  it("the 2024 demonstration call closes at 2024-03-19T15:00:00Z, also via asOf", () => {
    const { submittedAt: _, ...app } = demo2024();
    expect(codes(app, { asOf: new Date("2024-03-19T14:59:59Z") })).not.toContain("OUTSIDE_CALL_WINDOW");
    expect(codes(app, { asOf: new Date("2024-03-19T15:00:00Z") })).toContain("OUTSIDE_CALL_WINDOW");
    expect(eligibleSubPrograms(app.consortium, 2024, { asOf: "2024-03-19T07:59:59-07:00" }).eligible).toEqual(
      ["overseas-demonstration"],
    );
  });
  it("2024 planning rolls over from 2024-04-30T15:00:00Z", () => {
    expect(checkEligibility({ ...planning2024(), submittedAt: "2024-04-30T14:59:59Z" }).consideredFor).toBe(
      2024,
    );
    expect(checkEligibility({ ...planning2024(), submittedAt: "2024-04-30T15:00:00Z" }).consideredFor).toBe(
      2025,
    );
  });
  it("and rolls over one cycle only: until 2025-12-31T15:00:00Z (00:00 on 1 January 2026 in Seoul)", () => {
    const at = (submittedAt: string) => checkEligibility({ ...planning2024(), submittedAt });
    expect([at("2025-12-31T14:59:59.999Z").eligible, at("2025-12-31T14:59:59.999Z").consideredFor]).toEqual([
      true,
      2025,
    ]);
    expect([at("2025-12-31T15:00:00Z").eligible, at("2025-12-31T07:00:00-08:00").consideredFor]).toEqual([
      false,
      2024,
    ]);
  });
});
