/**
 * Tests that pin documented eligibility behaviour which mutation testing showed no other test checked:
 * each `it` names the mutant (a realistic bug) it fails on. Expected values come from docs/eligibility.md,
 * the TSDoc in src/eligibility and the edition data (src/programs/data).
 */
import { describe, expect, it } from "vitest";
import {
  checkEligibility,
  checkEligibilityMany,
  eligibleSubPrograms,
  parseApplication,
  safeParseApplication,
} from "../src/eligibility/index.js";
import { EDITIONS } from "../src/programs/index.js";
import { demo2021, demo2024, planning2024 } from "./eligibility.fixtures.js";

const found = (input: unknown, options = {}) =>
  checkEligibility(input, options).issues.map((i) => [i.code, i.severity] as const);
const worldBank = { name: "World Bank", type: "international-organisation", country: "US", role: "lead" };

describe("boundaries in Korea time", () => {
  it("accepts a submission at 00:00 of the opening day, refuses one a second before", () => {
    // mutant: `at <= span.start` refused the first instant of the opening day (2024 planning opens 2024-01-30)
    const on = { ...planning2024(), submittedAt: "2024-01-30T00:00:00+09:00" };
    expect(checkEligibility(on).issues.map((i) => i.code)).not.toContain("OUTSIDE_CALL_WINDOW");
    const before = checkEligibility({ ...on, submittedAt: "2024-01-29T23:59:59+09:00" });
    expect(before.issues[0]).toMatchObject({
      code: "OUTSIDE_CALL_WINDOW",
      severity: "error",
      rule: { id: "2024/planning/intake/opens" },
      expected: "on or after 2024-01-29T15:00:00.000Z",
    });
  });

  it("closes a call at 24:00 of its closing day in Seoul", () => {
    // mutant: `at > span.end` accepted the first instant after the 2024 demonstration call closed (2024-03-19)
    const late = checkEligibility({ ...demo2024(), submittedAt: "2024-03-20T00:00:00+09:00" });
    expect(late.eligible).toBe(false);
    expect(late.issues[0]).toMatchObject({
      code: "OUTSIDE_CALL_WINDOW",
      rule: { id: "2024/overseas-demonstration/intake/closes" },
      expected: "before 2024-03-19T15:00:00.000Z",
    });
    expect(checkEligibility({ ...demo2024(), submittedAt: "2024-03-19T23:59:59+09:00" }).eligible).toBe(true);
  });

  it("rolls a planning proposal received at 00:00 on 1 May 2024 over to 2025", () => {
    // mutant: `at > span.end` kept a proposal received at the end of the cutoff day (2024-04-30) in 2024
    const r = checkEligibility({ ...planning2024(), submittedAt: "2024-05-01T00:00:00+09:00" });
    expect(r.eligible).toBe(true);
    expect(r.consideredFor).toBe(2025);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([["ROLLS_OVER_TO_NEXT_CYCLE", "warning"]]);
    const inTime = checkEligibility({ ...planning2024(), submittedAt: "2024-04-30T23:59:59+09:00" });
    expect(inTime.consideredFor).toBe(2024);
    expect(inTime.issues).toEqual([]);
  });

  it("rolls over one cycle only: from 00:00 on 1 January 2026 in Seoul a 2024 proposal is outside the window", () => {
    // mutants: `at > year.end` still rolled a proposal received at that instant over; dropping the
    // `expected` of the late finding
    const late = checkEligibility({ ...planning2024(), submittedAt: "2026-01-01T00:00:00+09:00" });
    expect(late.eligible).toBe(false);
    expect(late.consideredFor).toBe(2024);
    expect(late.issues[0]).toMatchObject({
      code: "OUTSIDE_CALL_WINDOW",
      severity: "error",
      rule: { id: "2024/planning/intake/cutoff" },
      expected: "before 2025-12-31T15:00:00.000Z",
      received: "2026-01-01T00:00:00+09:00",
    });
    const last = checkEligibility({ ...planning2024(), submittedAt: "2025-12-31T23:59:59+09:00" });
    expect(last.eligible).toBe(true);
    expect(last.consideredFor).toBe(2025);
  });

  it("counts a 2025 planning proposal received after the 2024 cutoff in the 2025 cycle, not one received by it", () => {
    // mutant: `at > end` refused a 2025 proposal received at 00:00 on 1 May 2024 (after the 2024 cutoff)
    const after = checkEligibility({
      ...planning2024(),
      year: 2025,
      submittedAt: "2024-05-01T00:00:00+09:00",
    });
    expect(after.eligible).toBe(true);
    expect(after.consideredFor).toBe(2025);
    expect(after.issues.map((i) => i.code)).not.toContain("OUTSIDE_CALL_WINDOW");
    const by = checkEligibility({ ...planning2024(), year: 2025, submittedAt: "2024-04-30T23:59:59+09:00" });
    expect(by.eligible).toBe(false);
    expect(by.issues[0]).toMatchObject({
      code: "OUTSIDE_CALL_WINDOW",
      rule: { id: "2025/planning/intake/opens" },
    });
  });

  it("lets only the year before's intake that rolls over into this edition count (custom editions)", () => {
    // mutant: the roll-over year not compared, so any year-round intake of the year before counted
    const editions = EDITIONS.map((e) =>
      e.year !== 2024
        ? e
        : {
            ...e,
            subPrograms: e.subPrograms.map((s) =>
              s.id === "planning" && s.intake.kind === "rolling"
                ? { ...s, intake: { ...s.intake, rollsOverTo: 2026 } }
                : s,
            ),
          },
    );
    const app = { ...planning2024(), year: 2025, submittedAt: "2024-05-01T09:00:00+09:00" };
    expect(checkEligibility(app).eligible).toBe(true);
    const r = checkEligibility(app, { editions });
    expect(r.eligible).toBe(false);
    expect(r.issues[0]).toMatchObject({
      code: "OUTSIDE_CALL_WINDOW",
      rule: { id: "2025/planning/intake/opens" },
    });
  });

  it("rolls an unpublished cutoff's proposal over to the intake's rollsOverTo, not to the year after (custom editions)", () => {
    // mutant: the end of the roll-over year taken as `sub.year + 1` rather than `rollsOverTo`, the same
    // for the stored editions but not for an edition whose intake rolls over further
    const editions = EDITIONS.map((e) =>
      e.year !== 2025
        ? e
        : {
            ...e,
            subPrograms: e.subPrograms.map((s) =>
              s.id === "planning" && s.intake.kind === "rolling"
                ? { ...s, intake: { ...s.intake, rollsOverTo: 2027 } }
                : s,
            ),
          },
    );
    const app = (submittedAt: string) => ({
      ...planning2024(),
      year: 2025,
      submittedAt,
      requestedFunding: "7억 원",
    });
    const r = checkEligibility(app("2027-03-01T10:00:00+09:00"), { editions });
    expect([r.eligible, r.consideredFor]).toEqual([true, 2027]);
    const cutoff = r.issues.find((i) => i.rule.id === "2025/planning/intake/cutoff");
    expect([cutoff?.code, cutoff?.severity]).toEqual(["ROLLS_OVER_TO_NEXT_CYCLE", "warning"]);
    expect(cutoff?.message.en).toContain(
      "(end of 2025 at the latest, Korea time): it is considered in the 2027 cycle",
    );
    // after 2027 in Seoul it is late, the end of 2027 expected
    const late = checkEligibility(app("2027-12-31T15:00:00Z"), { editions });
    expect([late.eligible, late.consideredFor]).toEqual([false, 2025]);
    expect(late.issues.find((i) => i.rule.id === "2025/planning/intake/cutoff")).toMatchObject({
      code: "OUTSIDE_CALL_WINDOW",
      expected: "before 2027-12-31T15:00:00.000Z",
    });
  });

  it("says an unpublished cutoff as an info until the end of the edition's year (2025 planning)", () => {
    // mutant: the RULE_UNKNOWN of the cutoff at the default severity, a warning, as other unknown rules
    for (const submittedAt of ["2025-06-01T10:00:00+09:00", "2025-12-31T23:59:59+09:00"]) {
      const r = checkEligibility({ ...planning2024(), year: 2025, submittedAt, requestedFunding: "7억 원" });
      expect(r.eligible).toBe(true);
      expect(
        r.issues
          .filter((i) => i.rule.id === "2025/planning/intake/cutoff")
          .map((i) => [i.code, i.severity, i.path]),
        submittedAt,
      ).toEqual([["RULE_UNKNOWN", "info", ["submittedAt"]]]);
    }
  });

  it("warns when the prior consultation is dated the day of a submission at 00:00", () => {
    // mutant: `day.start > submitted` let a consultation on the submission's own day, from 00:00, pass
    const same = {
      ...planning2024(),
      submittedAt: "2024-03-19T00:00:00+09:00",
      priorConsultation: { with: "KIND pre-consulting", on: "2024-03-19" },
    };
    expect(found(same)).toEqual([["PRIOR_CONSULTATION_AFTER_SUBMISSION", "warning"]]);
    expect(checkEligibility(same).issues[0]?.path).toEqual(["priorConsultation", "on"]);
    expect(found({ ...same, priorConsultation: { with: "KIND", on: "2024-03-18" } })).toEqual([]);
  });
});

describe("funding range", () => {
  it("includes both ends of the call's range (2024 planning: 300 to 600 million won)", () => {
    // mutants: `won <= min` and `won >= max` refused the range's own ends
    const at = (amount: string) => ({ ...planning2024(), requestedFunding: { amount, currency: "KRW" } });
    expect(found(at("300000000"))).toEqual([]);
    expect(found(at("600000000"))).toEqual([]);
    expect(found(at("299999999"))).toEqual([["FUNDING_OUT_OF_RANGE", "error"]]);
    expect(checkEligibility(at("600000001")).issues[0]).toMatchObject({
      code: "FUNDING_OUT_OF_RANGE",
      severity: "error",
      rule: { id: "2024/planning/funding/call" },
      expected: "300000000 to 600000000 won",
      received: "600000001 won",
    });
  });

  it("compares with the range awarded, as a warning, when the call's range is not published (2021 demonstration)", () => {
    // mutants: the rule id "funding/call" for an awarded range; preferring the awarded range to the call's
    const r = checkEligibility({ ...demo2021(), requestedFunding: { amount: "700000000", currency: "KRW" } });
    expect(r.eligible).toBe(true);
    expect(r.issues.find((i) => i.code === "FUNDING_OUT_OF_RANGE")).toMatchObject({
      severity: "warning",
      rule: { id: "2021/smart-solution-demonstration/funding/awarded" },
      expected: "400000000 to 600000000 won",
    });
    // 2022 demonstration: call 300-500 million, awarded 400 million: the call decides
    const demo2022 = {
      ...demo2021(),
      year: 2022,
      submittedAt: "2022-04-20T10:00:00+09:00",
      requestedFunding: { amount: "300000000", currency: "KRW" },
    };
    expect(checkEligibility(demo2022).issues.map((i) => i.code)).not.toContain("FUNDING_OUT_OF_RANGE");
  });

  it("warns only, against an approximate call range (2026 demonstration: about 400 million won)", () => {
    // mutant: `call ? "error" : "warning"` made an approximate range an error
    const r = checkEligibility({
      ...demo2024(),
      year: 2026,
      submittedAt: "2026-02-10T10:00:00+09:00",
      requestedFunding: { amount: "900000000", currency: "KRW" },
    });
    expect(r.eligible).toBe(true);
    expect(r.issues.find((i) => i.code === "FUNDING_OUT_OF_RANGE")).toMatchObject({
      severity: "warning",
      rule: { id: "2026/overseas-demonstration/funding/call" },
    });
  });

  it("refuses a request of 0 won as an error citing no source", () => {
    // mutants: `won < 0n` let 0 pass; a warning for 0 won
    const r = checkEligibility({ ...planning2024(), requestedFunding: { amount: "0", currency: "KRW" } });
    expect(r.eligible).toBe(false);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      code: "FUNDING_OUT_OF_RANGE",
      severity: "error",
      rule: { id: "2024/planning/funding", sources: [] },
      expected: "more than 0 won",
      received: "0 won",
    });
  });
});

describe("a request of 0 won, whatever was checked before", () => {
  it("cites no source in 2020 even after a request of that sub-program cached the range's rule with S46", () => {
    // a bug a reviewer found on 2026-11-29: the 0-won finding, which has no fact, reused the rule
    // reference that the RULE_UNKNOWN of 2020's unknown range had cached under the same rule id
    const app2020 = (amount: string) => ({
      year: 2020,
      subProgramId: "smart-city-development",
      title: "Smart city master plan",
      site: { country: "KE", city: "Nairobi" },
      consortium: [
        { name: "Nairobi City County", type: "foreign-local-government", country: "KE", role: "lead" },
      ],
      requestedFunding: { amount, currency: "KRW" },
      submittedAt: "2020-02-10T10:00:00+09:00",
    });
    const unknownRange = () =>
      checkEligibility(app2020("500000000")).issues.find(
        (i) => i.code === "RULE_UNKNOWN" && i.path[0] === "requestedFunding",
      );
    const zeroRule = () =>
      checkEligibility(app2020("0")).issues.find((i) => i.code === "FUNDING_OUT_OF_RANGE")?.rule;
    expect(unknownRange()?.rule.sources).toEqual(["S46"]);
    expect(zeroRule()).toEqual({ id: "2020/smart-city-development/funding", sources: [] });
    // and the other way round: the unknown range still cites its source after a 0-won request
    expect(unknownRange()?.rule.sources).toEqual(["S46"]);
    expect(zeroRule()).toEqual({ id: "2020/smart-city-development/funding", sources: [] });
  });
});

describe("consortium rules (2024 demonstration)", () => {
  const korean = (extra: Record<string, unknown>) => ({
    ...demo2024(),
    consortium: [...demo2024().consortium, extra],
  });

  it("lets a Korean university receive the subsidy; an overseas one may not", () => {
    // mutant: `excludedOverseas` applied wherever the university is based
    const kaist = { name: "KAIST", type: "university", country: "KR", role: "partner", receivesFunds: true };
    expect(checkEligibility(korean(kaist)).eligible).toBe(true);
    const verona = {
      name: "Università di Verona",
      type: "university",
      country: "IT",
      role: "partner",
      receivesFunds: true,
    };
    const r = checkEligibility(korean(verona));
    expect(r.eligible).toBe(false);
    expect(r.issues[0]).toMatchObject({
      code: "FOREIGN_COMPANY_CANNOT_RECEIVE_FUNDS",
      path: ["consortium", 2, "receivesFunds"],
    });
  });

  it("does not count a university based in Korea as the overseas public partner", () => {
    // mutant: the partner's country was not checked
    const r = checkEligibility({
      ...demo2024(),
      consortium: [
        demo2024().consortium[0],
        { name: "KAIST", type: "university", country: "KR", role: "partner" },
      ],
    });
    expect(r.eligible).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: "MISSING_OVERSEAS_PUBLIC_PARTNER", path: ["consortium"] });
  });

  it('says "(companies only)" only when every member is a company', () => {
    // mutant: `some` for `every`
    const mixed = {
      ...demo2024(),
      consortium: [
        demo2024().consortium[0],
        { name: "KAIST", type: "university", country: "KR", role: "partner" },
      ],
    };
    const m = checkEligibility(mixed).issues[0]?.message;
    expect(m?.en).not.toContain("companies only");
    expect(m?.ko).not.toContain("기업만");
    const companies = {
      ...demo2024(),
      consortium: [
        demo2024().consortium[0],
        { name: "Verona Smart Srl", type: "foreign-company", country: "IT", role: "partner" },
      ],
    };
    const c = checkEligibility(companies).issues[0]?.message;
    expect(c?.en).toContain("(companies only)");
    expect(c?.ko).toContain("(기업만 구성)");
  });
});

describe("unknown rules and their severity", () => {
  it("warns (not info) when the lead's types or the consortium rule is unknown (2023 demonstration)", () => {
    // mutants: an info for the unknown lead types, or for the unknown consortium rule
    const r = checkEligibility({ ...demo2024(), year: 2023, submittedAt: "2023-05-01T10:00:00+09:00" });
    const unknown = r.issues
      .filter((i) => i.code === "RULE_UNKNOWN")
      .map((i) => [i.rule.id.replace("2023/overseas-demonstration/", ""), i.severity]);
    expect(unknown).toEqual(
      expect.arrayContaining([
        ["lead-types", "warning"],
        ["overseas-public-partner", "warning"],
        ["joint-application", "info"],
        ["funds-recipients", "info"],
        ["prior-consultation", "info"],
      ]),
    );
    expect(r.eligible).toBe(true);
  });

  it("lists errors first, then warnings, then infos", () => {
    // mutant: the severity order reversed
    const r = checkEligibility({
      ...demo2024(),
      year: 2023,
      submittedAt: "2023-06-01T10:00:00+09:00",
    });
    const sev = r.issues.map((i) => i.severity);
    expect(sev[0]).toBe("error");
    expect(sev.at(-1)).toBe("info");
    const rank = { error: 0, warning: 1, info: 2 };
    expect(sev.map((s) => rank[s])).toEqual([...sev.map((s) => rank[s])].sort((a, b) => a - b));
  });

  it("reports SUBMISSION_TIME_UNKNOWN as info at submittedAt, and not in eligibleSubPrograms", () => {
    // mutant: discovery mode reported the unknown submission time too
    const { submittedAt: _, ...noTime } = planning2024();
    expect(checkEligibility(noTime).issues).toMatchObject([
      { code: "SUBMISSION_TIME_UNKNOWN", severity: "info", path: ["submittedAt"] },
    ]);
    const city = {
      name: "Nairobi City County",
      type: "foreign-local-government",
      country: "KE",
      role: "lead",
    };
    const d = eligibleSubPrograms([city], 2024, { priorConsultation: true });
    for (const s of d.subPrograms)
      expect(s.issues.map((i) => i.code)).not.toContain("SUBMISSION_TIME_UNKNOWN");
    expect(d.subPrograms.find((s) => s.subProgramId === "planning")?.issues).toEqual([]);
  });
});

describe("eligibleSubPrograms (discovery)", () => {
  it("makes the joint-application requirement an info: the consortium alone cannot show it", () => {
    // mutant: the joint-application finding stayed an error in discovery mode
    const r = eligibleSubPrograms([worldBank], 2022);
    const planning = r.subPrograms.find((s) => s.subProgramId === "smart-city-planning");
    expect(planning?.eligible).toBe(true);
    expect(planning?.issues).toMatchObject([
      { code: "INTERNATIONAL_ORGANISATION_MUST_APPLY_JOINTLY", severity: "info", path: ["jointApplication"] },
    ]);
    expect(r.eligible).toEqual(["smart-city-planning"]);
  });

  it("counts a sub-program as eligible when its findings are only warnings and infos", () => {
    // mutant: a warning (the unknown 2023 demonstration rules) made the sub-program ineligible
    const company = { name: "K-Traffic Co.", type: "korean-company", country: "KR", role: "lead" };
    const demo = eligibleSubPrograms([company], 2023).subPrograms.find(
      (s) => s.subProgramId === "overseas-demonstration",
    );
    expect(demo?.issues.map((i) => i.severity)).toContain("warning");
    expect(demo?.issues.map((i) => i.severity)).not.toContain("error");
    expect(demo?.eligible).toBe(true);
  });

  it("reports the window at the root path in discovery mode", () => {
    // mutant: the path ["submittedAt"] of an application, which a consortium has not
    const city = {
      name: "Nairobi City County",
      type: "foreign-local-government",
      country: "KE",
      role: "lead",
    };
    const r = eligibleSubPrograms([city], 2024, {
      asOf: "2024-01-29T12:00:00+09:00",
      priorConsultation: true,
    });
    const planning = r.subPrograms.find((s) => s.subProgramId === "planning");
    expect(planning?.eligible).toBe(false);
    expect(planning?.issues[0]).toMatchObject({ code: "OUTSIDE_CALL_WINDOW", path: [] });
  });

  it("treats prior consultation as not done unless options.priorConsultation is true", () => {
    // mutant: `!== false` read an absent option as done
    const city = {
      name: "Nairobi City County",
      type: "foreign-local-government",
      country: "KE",
      role: "lead",
    };
    const codes = (o: { priorConsultation?: boolean }) =>
      eligibleSubPrograms([city], 2024, o)
        .subPrograms.find((s) => s.subProgramId === "planning")
        ?.issues.map((i) => [i.code, i.severity]);
    expect(codes({})).toEqual([["MISSING_PRIOR_CONSULTATION", "info"]]);
    expect(codes({ priorConsultation: false })).toEqual([["MISSING_PRIOR_CONSULTATION", "info"]]);
    expect(codes({ priorConsultation: true })).toEqual([]);
  });
});

describe("checkEligibilityMany summary", () => {
  it("counts invalid inputs apart from ineligible ones, and each code once per application", () => {
    // mutants: `r.valid` for `!r.valid`; ineligible counting the invalid; a code counted per issue
    const twoBad = {
      ...demo2024(),
      consortium: [
        ...demo2024().consortium,
        {
          name: "Verona Smart Srl",
          type: "foreign-company",
          country: "IT",
          role: "partner",
          receivesFunds: true,
        },
        {
          name: "Milano Tech Srl",
          type: "foreign-company",
          country: "IT",
          role: "member",
          receivesFunds: true,
        },
      ],
    };
    const r = checkEligibilityMany([demo2024(), twoBad, { year: 2024 }, null]);
    expect(r.summary).toMatchObject({ total: 4, eligible: 1, ineligible: 1, invalid: 2 });
    expect(r.summary.byCode["FOREIGN_COMPANY_CANNOT_RECEIVE_FUNDS"]).toBe(1);
    expect(
      r.results[1]?.issues.filter((i) => i.code === "FOREIGN_COMPANY_CANNOT_RECEIVE_FUNDS"),
    ).toHaveLength(2);
  });

  it("lists byCode sorted by code", () => {
    // mutant: codes in the order first met
    const r = checkEligibilityMany([
      { ...demo2024(), submittedAt: "2024-03-20T10:00:00+09:00" },
      { ...planning2024(), requestedFunding: { amount: "0", currency: "KRW" } },
    ]);
    const keys = Object.keys(r.summary.byCode);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toContain("FUNDING_OUT_OF_RANGE");
    expect(keys).toContain("OUTSIDE_CALL_WINDOW");
  });
});

describe("application schema limits (APPLICATION_LIMITS)", () => {
  const issues = (input: unknown) => {
    const r = safeParseApplication(input);
    return r.ok ? [] : r.issues.map((i) => [i.code, i.path]);
  };
  const lead = planning2024().consortium[0];
  const members = (n: number) => [
    lead,
    ...Array.from({ length: n - 1 }, (_, i) => ({
      name: `M${i}`,
      type: "korean-company",
      country: "KR",
      role: "member",
    })),
  ];

  it("accepts years 2000 to 2100 and names the side a year falls out on", () => {
    // mutants: the TOO_SMALL/TOO_BIG choice inverted; `year >= yearMax` refused 2100
    expect(issues({ ...planning2024(), year: 1999 })).toEqual([["TOO_SMALL", ["year"]]]);
    expect(issues({ ...planning2024(), year: 2101 })).toEqual([["TOO_BIG", ["year"]]]);
    expect(issues({ ...planning2024(), year: 2100 })).toEqual([]);
    expect(issues({ ...planning2024(), year: 2000 })).toEqual([]);
  });

  it("accepts a consortium of 1 to 50 organisations", () => {
    // mutants: `<= consortiumMin` and `>= consortiumMax`
    expect(issues(planning2024())).toEqual([]);
    expect(issues({ ...planning2024(), consortium: members(50) })).toEqual([]);
    expect(issues({ ...planning2024(), consortium: members(51) })).toEqual([["TOO_BIG", ["consortium"]]]);
  });

  it("accepts a title of exactly 300 characters", () => {
    // mutant: `n < max` refused a text of the maximum length
    expect(issues({ ...planning2024(), title: "x".repeat(300) })).toEqual([]);
    expect(issues({ ...planning2024(), title: "x".repeat(301) })).toEqual([["TOO_BIG", ["title"]]]);
    // 300 spaces are within the length but have no visible character
    expect(issues({ ...planning2024(), title: " ".repeat(300) })).toEqual([["INVALID_FORMAT", ["title"]]]);
  });

  it("accepts a submittedAt of exactly 35 characters (dateTimeMax)", () => {
    // mutant: `length >= dateTimeMax` refused a date-time at the limit (nanoseconds and an offset)
    const at = "2024-04-15T09:00:00.123456789+09:00";
    expect(at).toHaveLength(35);
    expect(issues({ ...planning2024(), submittedAt: at })).toEqual([]);
  });

  it("reports LEAD_COUNT only when the members are otherwise valid", () => {
    // mutant: LEAD_COUNT added beside a member's own issue
    expect(issues({ ...planning2024(), consortium: [{ ...lead, role: "partner", type: "mayor" }] })).toEqual([
      ["INVALID_VALUE", ["consortium", 0, "type"]],
    ]);
    expect(issues({ ...planning2024(), consortium: [{ ...lead, role: "partner" }] })).toEqual([
      ["LEAD_COUNT", ["consortium"]],
    ]);
  });

  it("refuses a receivesFunds that is not a boolean, and reads an absent one as false", () => {
    // mutants: only a string refused; an absent receivesFunds left undefined
    expect(issues({ ...planning2024(), consortium: [{ ...lead, receivesFunds: 1 }] })).toEqual([
      ["INVALID_TYPE", ["consortium", 0, "receivesFunds"]],
    ]);
    expect(parseApplication(planning2024()).consortium[0]?.receivesFunds).toBe(false);
  });

  it("checks jointApplication.type, continues and the money JSON's currency", () => {
    // mutants: a public agency accepted as joint applicant; continues not checked; any currency accepted
    expect(
      issues({
        ...planning2024(),
        jointApplication: { with: "X", type: "foreign-public-agency", country: "KE" },
      }),
    ).toEqual([["INVALID_VALUE", ["jointApplication", "type"]]]);
    expect(issues({ ...planning2024(), continues: "Not Kebab" })).toEqual([
      ["INVALID_FORMAT", ["continues"]],
    ]);
    expect(issues({ ...planning2024(), requestedFunding: { amount: "500000000", currency: "USD" } })).toEqual(
      [["INVALID_VALUE", ["requestedFunding", "currency"]]],
    );
  });
});

describe("checkEligibility verdicts", () => {
  it("checks the window at submittedAt when there is one, not at options.asOf", () => {
    // mutant: asOf preferred to the application's own submission time
    const r = checkEligibility(planning2024(), { asOf: "2023-01-01T00:00:00Z" });
    expect(r.eligible).toBe(true);
    expect(r.issues).toEqual([]);
  });

  it("gives an unknown sub-program or edition as a valid application that is not eligible", () => {
    // mutants: valid: false for a missing sub-program; the rule id of a missing edition
    const sub = checkEligibility({ ...planning2024(), subProgramId: "demo" });
    expect(sub).toMatchObject({ eligible: false, valid: true });
    expect(sub.issues).toMatchObject([
      {
        code: "SUB_PROGRAM_NOT_FOUND",
        severity: "error",
        path: ["subProgramId"],
        rule: { id: "2024/sub-programs" },
        expected: "one of planning, overseas-demonstration",
        received: '"demo"',
      },
    ]);
    const year = checkEligibility({ ...planning2024(), year: 2019 });
    expect(year).toMatchObject({ eligible: false, valid: true });
    expect(year.issues[0]).toMatchObject({ code: "EDITION_NOT_FOUND", rule: { id: "editions" } });
  });

  it("gives schema issues severity error and the rule application-schema", () => {
    // mutant: schema issues as warnings
    const r = checkEligibility({ ...planning2024(), year: "x" });
    expect(r.valid).toBe(false);
    expect(r.issues.map((i) => [i.code, i.severity, i.rule.id])).toEqual([
      ["INVALID_TYPE", "error", "application-schema"],
    ]);
  });
});
