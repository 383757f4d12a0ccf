/**
 * Scenarios replaying each edition's eligibility rules, on both sides of every boundary.
 * Also runs under TZ=America/Los_Angeles through test/eligibility-deadlines.tz.test.ts.
 */
import { describe, expect, it } from "vitest";
import { checkEligibility, checkEligibilityMany, eligibleSubPrograms } from "../src/eligibility/index.js";
import { callStatusAt } from "../src/timeline/index.js";
import { demo2021, demo2024, planning2024 } from "./eligibility.fixtures.js";

const codes = (input: unknown, options = {}) => checkEligibility(input, options).issues.map((i) => i.code);
const errors = (input: unknown) =>
  checkEligibility(input)
    .issues.filter((i) => i.severity === "error")
    .map((i) => i.code);

const intlOrg = { name: "World Bank", type: "international-organisation", country: "US", role: "lead" };
const city = {
  name: "Ho Chi Minh City People's Committee",
  type: "foreign-local-government",
  country: "VN",
  role: "partner",
};
const planning = (
  year: number,
  subProgramId: string,
  consortium: unknown[],
  extra: Record<string, unknown> = {},
) => ({
  year,
  subProgramId,
  title: "Smart city master plan",
  site: { country: "VN", city: "Ho Chi Minh City" },
  consortium,
  requestedFunding: { amount: "500000000", currency: "KRW" },
  submittedAt: `${year}-04-01T10:00:00+09:00`,
  ...extra,
});

describe("2020: only foreign governments and public agencies", () => {
  const app = (type: string, country = "MY") =>
    planning(2020, "smart-city-development", [{ name: "Applicant", type, country, role: "lead" }], {
      submittedAt: "2020-03-01T10:00:00+09:00",
    });
  it("admits a foreign local government and a foreign public agency", () => {
    expect(checkEligibility(app("foreign-local-government")).eligible).toBe(true);
    expect(checkEligibility(app("foreign-public-agency")).eligible).toBe(true);
  });
  it("refuses a Korean company and an international organisation", () => {
    expect(errors(app("korean-company", "KR"))).toEqual(["APPLICANT_TYPE_NOT_ALLOWED"]);
    expect(errors(app("international-organisation"))).toEqual(["APPLICANT_TYPE_NOT_ALLOWED"]);
  });
  it("reports the unpublished 2020 funding range as RULE_UNKNOWN, never a guess", () => {
    const r = checkEligibility(app("foreign-central-government"));
    const unknownFunding = r.issues.find(
      (i) => i.code === "RULE_UNKNOWN" && i.path[0] === "requestedFunding",
    );
    expect(unknownFunding?.severity).toBe("info");
    expect(r.issues.some((i) => i.code === "FUNDING_OUT_OF_RANGE")).toBe(false);
  });
  it("closes on 20 March 2020 at the end of the day in Seoul", () => {
    expect(codes(app("foreign-local-government"), {})).not.toContain("OUTSIDE_CALL_WINDOW");
    const late = { ...app("foreign-local-government"), submittedAt: "2020-03-21T00:00:00+09:00" };
    expect(errors(late)).toEqual(["OUTSIDE_CALL_WINDOW"]);
  });
});

describe("2021: demonstration opened to Korean companies after prior consultation", () => {
  it("the Baltimore demonstration (Ecube Labs with Baltimore DPW) is eligible", () => {
    const r = checkEligibility(demo2021());
    expect(r.eligible).toBe(true);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });
  it("without prior consultation it is not", () => {
    const { priorConsultation: _, ...app } = demo2021();
    const r = checkEligibility(app);
    expect(r.eligible).toBe(false);
    const issue = r.issues.find((i) => i.code === "MISSING_PRIOR_CONSULTATION");
    expect(issue?.path).toEqual(["priorConsultation"]);
    expect(issue?.rule.sources).toContain("S33");
    expect(issue?.rule.reliability).toBe("machine-translated");
  });
  it("a prior consultation dated after the submission is flagged", () => {
    const app = { ...demo2021(), priorConsultation: { with: "Baltimore City", on: "2021-04-20" } };
    expect(codes(app)).toContain("PRIOR_CONSULTATION_AFTER_SUBMISSION");
  });
  it("a Korean company cannot lead the 2021 planning types", () => {
    const app = planning(2021, "smart-city-planning", [
      { name: "K-Eng", type: "korean-company", country: "KR", role: "lead" },
    ]);
    expect(errors(app)).toContain("APPLICANT_TYPE_NOT_ALLOWED");
  });
  it("does not read 'no consortium rule' into 2021: the seed's partnering is reported as an unknown rule", () => {
    // The seed (S16): "Korean companies partnering with overseas host governments or agencies apply".
    // No consortium rule is published before the 2024 FAQ, so a Korean company alone is not refused,
    // and the warning says why.
    const alone = { ...demo2021(), consortium: [demo2021().consortium[0]] };
    for (const app of [demo2021(), alone]) {
      const r = checkEligibility(app);
      const partner = r.issues.find(
        (i) => i.rule.id === "2021/smart-solution-demonstration/overseas-public-partner",
      );
      expect([partner?.code, partner?.severity, partner?.path, partner?.rule.sources]).toEqual([
        "RULE_UNKNOWN",
        "warning",
        ["consortium"],
        ["S16"],
      ]);
      expect(partner?.rule.note).toBe("Not published before the 2024 FAQ.");
      expect(r.eligible).toBe(true);
    }
    // the planning types: the applicant is the government itself, no consortium rule (inferred)
    const plan = checkEligibility(planning(2021, "smart-city-planning", [{ ...city, role: "lead" }]));
    expect(plan.issues.filter((i) => i.rule.id.endsWith("overseas-public-partner"))).toEqual([]);
  });
  it("the demo funding range is not in the call: compared with awards as a warning", () => {
    const app = { ...demo2021(), requestedFunding: "7억 원" };
    const r = checkEligibility(app);
    const f = r.issues.find((i) => i.code === "FUNDING_OUT_OF_RANGE");
    expect(f?.severity).toBe("warning");
    expect(f?.rule.id).toBe("2021/smart-solution-demonstration/funding/awarded");
    expect(r.eligible).toBe(true);
  });
});

describe("the day a call closes, in Seoul time (2021 call closes 19 April)", () => {
  const at = (submittedAt: string) => codes({ ...demo2021(), submittedAt });
  it("accepts the last second of 19 April in Seoul", () => {
    expect(at("2021-04-19T23:59:59+09:00")).not.toContain("OUTSIDE_CALL_WINDOW");
    expect(at("2021-04-19T14:59:59.999Z")).not.toContain("OUTSIDE_CALL_WINDOW");
    expect(at("2021-04-19T07:59:59-07:00")).not.toContain("OUTSIDE_CALL_WINDOW");
  });
  it("refuses midnight in Seoul (2021-04-19T15:00:00Z), whatever the offset written", () => {
    expect(at("2021-04-20T00:00:00+09:00")).toContain("OUTSIDE_CALL_WINDOW");
    expect(at("2021-04-19T15:00:00Z")).toContain("OUTSIDE_CALL_WINDOW");
    expect(at("2021-04-19T08:00:00-07:00")).toContain("OUTSIDE_CALL_WINDOW");
  });
  it("opens at the start of 18 February in Seoul", () => {
    const early = {
      ...demo2021(),
      submittedAt: "2021-02-17T23:59:59+09:00",
      priorConsultation: { with: "x", on: "2021-02-01" },
    };
    expect(codes(early)).toContain("OUTSIDE_CALL_WINDOW");
    expect(codes({ ...early, submittedAt: "2021-02-18T00:00:00+09:00" })).not.toContain(
      "OUTSIDE_CALL_WINDOW",
    );
  });
  it("names the deadline in the message, in both languages", () => {
    const issue = checkEligibility({ ...demo2021(), submittedAt: "2021-04-20T09:00:00+09:00" }).issues.find(
      (i) => i.code === "OUTSIDE_CALL_WINDOW",
    );
    expect(issue?.message.en).toContain("2021-04-19");
    expect(issue?.message.en).toContain("2021-04-19T15:00:00.000Z");
    expect(issue?.message.ko).toContain("2021-04-19");
    expect(issue?.path).toEqual(["submittedAt"]);
  });
  it("uses asOf when the application has no submittedAt, and says so when neither is given", () => {
    const { submittedAt: _, ...app } = demo2021();
    expect(codes(app, { asOf: "2021-04-19T15:00:00Z" })).toContain("OUTSIDE_CALL_WINDOW");
    expect(codes(app, { asOf: new Date("2021-04-19T14:00:00Z") })).not.toContain("OUTSIDE_CALL_WINDOW");
    expect(codes(app)).toContain("SUBMISSION_TIME_UNKNOWN");
  });
});

describe("international organisations: alone or jointly, 2021 and 2022", () => {
  it("2021: not admitted, alone or jointly", () => {
    expect(errors(planning(2021, "smart-city-planning", [intlOrg]))).toEqual(["APPLICANT_TYPE_NOT_ALLOWED"]);
    expect(errors(planning(2021, "smart-city-planning", [intlOrg, city]))).toEqual([
      "APPLICANT_TYPE_NOT_ALLOWED",
    ]);
  });
  it("2022: alone it must apply jointly", () => {
    const r = checkEligibility(planning(2022, "smart-city-planning", [intlOrg]));
    expect(r.eligible).toBe(false);
    const issue = r.issues.find((i) => i.code === "INTERNATIONAL_ORGANISATION_MUST_APPLY_JOINTLY");
    expect(issue?.rule.sources).toEqual(["S46", "S49"]);
    expect(issue?.message.en).toContain("World Bank");
    expect(issue?.message.ko).toContain("공동");
  });
  it("2022: jointly with a city in the consortium, or a declared joint application, it is eligible", () => {
    expect(checkEligibility(planning(2022, "smart-city-planning", [intlOrg, city])).eligible).toBe(true);
    const declared = planning(2022, "smart-city-planning", [intlOrg], {
      jointApplication: { with: "Government of Viet Nam", type: "foreign-central-government", country: "VN" },
    });
    expect(checkEligibility(declared).eligible).toBe(true);
  });
  it("2022 demonstration: an international organisation as lead is refused by an inferred rule, saying so", () => {
    // The 2022 sources admit international organisations jointly (S46, S49) without saying whether
    // that reaches the demonstration type, whose lead is a Korean company as in 2021.
    const app = {
      ...demo2021(),
      year: 2022,
      consortium: [intlOrg, { ...city, role: "host" }],
      submittedAt: "2022-05-01T10:00:00+09:00",
      priorConsultation: { with: "Ho Chi Minh City", on: "2022-04-01" },
    };
    const r = checkEligibility(app);
    const lead = r.issues.find((i) => i.code === "APPLICANT_TYPE_NOT_ALLOWED");
    expect([lead?.severity, lead?.rule.reliability, lead?.rule.sources]).toEqual([
      "error",
      "inferred",
      ["S46", "S49"],
    ]);
    expect(lead?.rule.note).toContain("do not say whether international organisations may join");
    // and its consortium rule is not published before the 2024 FAQ: unknown, not "none"
    const partner = checkEligibility({
      ...demo2021(),
      year: 2022,
      submittedAt: "2022-05-01T10:00:00+09:00",
    }).issues.find((i) => i.rule.id === "2022/smart-solution-demonstration/overseas-public-partner");
    expect([partner?.code, partner?.severity]).toEqual(["RULE_UNKNOWN", "warning"]);
  });
  it("2023: planning must be proposed by a partner country's government", () => {
    const at = { submittedAt: "2023-05-01T10:00:00+09:00" };
    expect(errors(planning(2023, "planning", [intlOrg, city], at))).toEqual(["APPLICANT_TYPE_NOT_ALLOWED"]);
    expect(checkEligibility(planning(2023, "planning", [{ ...city, role: "lead" }], at)).eligible).toBe(true);
  });
});

describe("2023 demonstration: the applicant rule is not published", () => {
  it("reports RULE_UNKNOWN as a warning and does not refuse", () => {
    const app = { ...demo2024(), year: 2023, submittedAt: "2023-05-01T10:00:00+09:00" };
    const r = checkEligibility(app);
    const unknownLead = r.issues.find(
      (i) => i.code === "RULE_UNKNOWN" && i.rule.id === "2023/overseas-demonstration/lead-types",
    );
    expect(unknownLead?.severity).toBe("warning");
    expect(r.eligible).toBe(true);
  });
  it("does not read 'no consortium rule' into the truncated 2023 sources: the rule is unknown", () => {
    const alone = { ...demo2024(), year: 2023, consortium: [demo2024().consortium[0]] };
    const r = checkEligibility({ ...alone, submittedAt: "2023-05-01T10:00:00+09:00" });
    const partner = r.issues.find((i) => i.rule.id === "2023/overseas-demonstration/overseas-public-partner");
    expect([partner?.code, partner?.severity, partner?.path]).toEqual([
      "RULE_UNKNOWN",
      "warning",
      ["consortium"],
    ]);
    expect(r.issues.map((i) => i.code)).not.toContain("MISSING_OVERSEAS_PUBLIC_PARTNER");
    // nor a joint-application rule into the part of the 2023 notice that is not stored
    const plan = checkEligibility(planning(2023, "planning", [{ ...city, role: "lead" }]));
    expect(plan.issues.find((i) => i.rule.id === "2023/planning/joint-application")?.code).toBe(
      "RULE_UNKNOWN",
    );
  });
});

describe("2024-2026: prior consultation", () => {
  it("is unknown for demonstrations (the FAQ does not say; 2021 required it): an info, not a refusal", () => {
    const r = checkEligibility(demo2024());
    expect(r.eligible).toBe(true);
    const pc = r.issues.find((i) => i.rule.id === "2024/overseas-demonstration/prior-consultation");
    expect([pc?.code, pc?.severity]).toEqual(["RULE_UNKNOWN", "info"]);
  });
  it("is required for planning in 2024, 2025 and 2026 (the fact sheet: S9, S26, S2, S24)", () => {
    const lead = { ...city, role: "lead" };
    for (const year of [2024, 2025, 2026]) {
      const r = checkEligibility(planning(year, "planning", [lead], { requestedFunding: "5억 원" }));
      const pc = r.issues.find((i) => i.code === "MISSING_PRIOR_CONSULTATION");
      expect(pc?.severity).toBe("error");
      expect(pc?.rule.reliability).toBe("press");
    }
  });
});

describe("2024 demonstration: consortium with an overseas public partner", () => {
  it("a Korean host company with an overseas city is eligible, applying alone", () => {
    expect(checkEligibility(demo2024()).eligible).toBe(true);
  });
  it("without the public partner it is not", () => {
    const app = { ...demo2024(), consortium: [demo2024().consortium[0]] };
    const r = checkEligibility(app);
    expect(r.eligible).toBe(false);
    const issue = r.issues.find((i) => i.code === "MISSING_OVERSEAS_PUBLIC_PARTNER");
    expect(issue?.path).toEqual(["consortium"]);
    expect(issue?.rule.sources).toEqual(["S9", "S39"]);
  });
  it("overseas private companies only are excluded; a foreign company may join but not receive funds", () => {
    const foreign = {
      name: "Verona Tech Srl",
      type: "foreign-company",
      country: "IT",
      role: "partner",
      receivesFunds: true,
    };
    const only = { ...demo2024(), consortium: [demo2024().consortium[0], foreign] };
    expect(errors(only).sort()).toEqual([
      "FOREIGN_COMPANY_CANNOT_RECEIVE_FUNDS",
      "MISSING_OVERSEAS_PUBLIC_PARTNER",
    ]);
    const joined = {
      ...demo2024(),
      consortium: [...demo2024().consortium, { ...foreign, receivesFunds: false }],
    };
    expect(checkEligibility(joined).eligible).toBe(true);
    const paid = { ...demo2024(), consortium: [...demo2024().consortium, foreign] };
    const issue = checkEligibility(paid).issues.find(
      (i) => i.code === "FOREIGN_COMPANY_CANNOT_RECEIVE_FUNDS",
    );
    expect(issue?.path).toEqual(["consortium", 2, "receivesFunds"]);
  });
  it("no direct subsidy to the overseas partners either (S9), only the Korean side", () => {
    const [lead, host] = demo2024().consortium as [object, object];
    const paidHost = { ...demo2024(), consortium: [lead, { ...host, receivesFunds: true }] };
    const issue = checkEligibility(paidHost).issues.find(
      (i) => i.code === "FOREIGN_COMPANY_CANNOT_RECEIVE_FUNDS",
    );
    expect(issue?.path).toEqual(["consortium", 1, "receivesFunds"]);
    expect(issue?.rule.sources).toEqual(["S9", "S39"]);
    expect(issue?.message.en).toContain('"Comune di Verona" (foreign local government, IT)');
    // the 2025 and 2026 rules carry the FAQ forward
    for (const year of [2025, 2026]) {
      const later = { ...paidHost, year, submittedAt: `${year}-03-05T10:00:00+09:00` };
      expect(errors(later)).toContain("FOREIGN_COMPANY_CANNOT_RECEIVE_FUNDS");
    }
    // a Korean university in the consortium may be paid; an overseas one is an overseas partner
    const korean = { name: "K-Univ", type: "university", country: "KR", role: "member", receivesFunds: true };
    expect(errors({ ...demo2024(), consortium: [...demo2024().consortium, korean] })).toEqual([]);
    const overseas = { ...korean, name: "Università di Verona", country: "IT" };
    for (const year of [2024, 2025, 2026]) {
      const app = {
        ...demo2024(),
        year,
        submittedAt: `${year}-03-05T10:00:00+09:00`,
        consortium: [...demo2024().consortium, overseas],
      };
      const found = checkEligibility(app).issues.filter((i) => i.severity === "error");
      expect(found.map((i) => [i.code, i.path])).toEqual([
        ["FOREIGN_COMPANY_CANNOT_RECEIVE_FUNDS", ["consortium", 2, "receivesFunds"]],
      ]);
      expect(found[0]?.message.en).toContain('"Università di Verona" (university, IT)');
      expect(found[0]?.message.ko).toContain("(대학, IT)");
    }
    // before 2024 who may be paid is not published: nothing is refused, the rule is reported unknown
    const in2022 = {
      ...demo2024(),
      year: 2022,
      subProgramId: "smart-solution-demonstration",
      submittedAt: "2022-05-10T10:00:00+09:00",
      requestedFunding: "4억 원",
      priorConsultation: { with: "Comune di Verona", on: "2022-01-05" },
      consortium: [...demo2024().consortium, overseas],
    };
    const r2022 = checkEligibility(in2022);
    expect(r2022.issues.map((i) => i.code)).not.toContain("FOREIGN_COMPANY_CANNOT_RECEIVE_FUNDS");
    expect(r2022.issues.find((i) => i.rule.id.endsWith("/funds-recipients"))?.code).toBe("RULE_UNKNOWN");
  });
  it("an overseas university counts as the public partner, a Korean one does not", () => {
    const uni = (country: string) => ({ name: "University", type: "university", country, role: "partner" });
    const lead = demo2024().consortium[0];
    expect(checkEligibility({ ...demo2024(), consortium: [lead, uni("IT")] }).eligible).toBe(true);
    expect(errors({ ...demo2024(), consortium: [lead, uni("KR")] })).toEqual([
      "MISSING_OVERSEAS_PUBLIC_PARTNER",
    ]);
  });
  it("funding must be within 200M-400M; the call closes 19 March 2024 in Seoul", () => {
    expect(errors({ ...demo2024(), requestedFunding: "5억 원" })).toEqual(["FUNDING_OUT_OF_RANGE"]);
    expect(errors({ ...demo2024(), requestedFunding: "4억 원" })).toEqual([]);
    expect(errors({ ...demo2024(), submittedAt: "2024-03-19T23:59:00+09:00" })).toEqual([]);
    expect(errors({ ...demo2024(), submittedAt: "2024-03-20T00:00:00+09:00" })).toEqual([
      "OUTSIDE_CALL_WINDOW",
    ]);
  });
});

describe("2024 planning: year-round with pre-consulting, rollover after the end of April", () => {
  it("received on 30 April (Seoul) it is considered for 2024", () => {
    const r = checkEligibility({ ...planning2024(), submittedAt: "2024-04-30T23:59:59+09:00" });
    expect(r.eligible).toBe(true);
    expect(r.consideredFor).toBe(2024);
    expect(r.issues.map((i) => i.code)).not.toContain("ROLLS_OVER_TO_NEXT_CYCLE");
  });
  it("received on 1 May (Seoul) it rolls over to 2025 (still eligible, with a warning)", () => {
    const r = checkEligibility({ ...planning2024(), submittedAt: "2024-04-30T15:00:00Z" });
    expect(r.eligible).toBe(true);
    expect(r.consideredFor).toBe(2025);
    const issue = r.issues.find((i) => i.code === "ROLLS_OVER_TO_NEXT_CYCLE");
    expect(issue?.severity).toBe("warning");
    expect(issue?.message.en).toBe(
      "Received 2024-04-30T15:00:00Z (2024-05-01 00:00 KST), after the 2024 Planning type cutoff (end of 2024-04-30, Korea time): it is considered in the 2025 cycle",
    );
    expect(issue?.message.ko).toBe(
      "2024-04-30T15:00:00Z(2024-05-01 00:00 KST) 접수: 2024년 계획수립형 마감 기준일(2024-04-30, 한국 시간) 후이므로 2025년 심사 대상입니다",
    );
  });
  it("written for 2025, a proposal received after the 2024 cutoff is in the 2025 cycle it rolled into", () => {
    const as2025 = (submittedAt: string) => checkEligibility({ ...planning2024(), year: 2025, submittedAt });
    for (const submittedAt of ["2024-05-01T00:00:00+09:00", "2024-12-31T10:00:00+09:00"]) {
      const r = as2025(submittedAt);
      expect([r.eligible, r.consideredFor]).toEqual([true, 2025]);
      // within the 2025 cycle: no window finding, only the unpublished 2025 cutoff (the roll-over is the
      // 2024 intake's, said when it is checked as a 2024 application)
      expect(r.issues.map((i) => [i.code, i.rule.id])).toEqual([
        ["RULE_UNKNOWN", "2025/planning/intake/cutoff"],
      ]);
      const as2024 = checkEligibility({ ...planning2024(), submittedAt });
      expect([as2024.eligible, as2024.consideredFor]).toEqual([true, 2025]);
      expect(as2024.issues.map((i) => i.code)).toContain("ROLLS_OVER_TO_NEXT_CYCLE");
    }
    // received by the 2024 cutoff it was a 2024 proposal: for 2025 it came before the intake opened
    const early = as2025("2024-04-30T23:59:59+09:00");
    expect(early.eligible).toBe(false);
    expect(early.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual([
      "OUTSIDE_CALL_WINDOW",
    ]);
    // a fixed call never rolls over: a 2025 demonstration submitted in 2024 is outside its window
    const demo = checkEligibility({ ...demo2024(), year: 2025, submittedAt: "2024-06-01T10:00:00+09:00" });
    expect(demo.issues.map((i) => i.code)).toContain("OUTSIDE_CALL_WINDOW");
    expect(demo.issues.map((i) => i.code)).not.toContain("ROLLS_OVER_TO_NEXT_CYCLE");
  });
  it("rolls over one cycle only: received after 2025 (Seoul) it is for a later edition, not eligible", () => {
    const last = checkEligibility({ ...planning2024(), submittedAt: "2025-12-31T23:59:59+09:00" });
    expect([last.eligible, last.consideredFor]).toEqual([true, 2025]);
    expect(last.issues.map((i) => i.code)).toContain("ROLLS_OVER_TO_NEXT_CYCLE");
    for (const submittedAt of ["2025-12-31T15:00:00Z", "2030-01-01T00:00:00+09:00"]) {
      const r = checkEligibility({ ...planning2024(), submittedAt });
      expect([r.eligible, r.consideredFor]).toEqual([false, 2024]);
      const issue = r.issues.find((i) => i.rule.id === "2024/planning/intake/cutoff");
      expect([issue?.code, issue?.severity]).toEqual(["OUTSIDE_CALL_WINDOW", "error"]);
      expect(r.issues.map((i) => i.code)).not.toContain("ROLLS_OVER_TO_NEXT_CYCLE");
    }
    const r = checkEligibility({ ...planning2024(), submittedAt: "2026-01-01T00:00:00+09:00" });
    // expected and received, as every OUTSIDE_CALL_WINDOW gives them
    expect(r.issues.find((i) => i.code === "OUTSIDE_CALL_WINDOW")).toMatchObject({
      expected: "before 2025-12-31T15:00:00.000Z",
      received: "2026-01-01T00:00:00+09:00",
    });
    expect(r.issues.find((i) => i.code === "OUTSIDE_CALL_WINDOW")?.message).toEqual({
      en: "Received 2026-01-01T00:00:00+09:00 (2026-01-01 00:00 KST), after the 2024 Planning type cutoff (end of 2024-04-30, Korea time) and after 2025, the year it rolls over to",
      ko: "2026-01-01T00:00:00+09:00(2026-01-01 00:00 KST) 접수: 2024년 계획수립형 마감 기준일(2024-04-30, 한국 시간) 및 이월 대상 연도(2025년) 후입니다",
    });
    // checkEligibility and callStatusAt agree on the last instant a proposal counts for 2025
    expect(callStatusAt(2024, "planning", "2025-12-31T14:59:59Z").countsForEdition).toBe(2025);
    expect(callStatusAt(2024, "planning", "2025-12-31T15:00:00Z").countsForEdition).toBeUndefined();
  });
  it("says a window missed by a submission with its time, and one missed on an asOf day without 'submitted'", () => {
    const late = checkEligibility({ ...demo2024(), submittedAt: "2024-03-20T09:30:00+09:00" });
    const issue = late.issues.find((i) => i.code === "OUTSIDE_CALL_WINDOW");
    expect(issue?.message.en).toBe(
      "Submitted 2024-03-20T09:30:00+09:00 (2024-03-20 09:30 KST), after 2024 Overseas demonstration type closed at the end of 2024-03-19 in Seoul (2024-03-19T15:00:00.000Z)",
    );
    expect(issue?.message.ko).toBe(
      "2024-03-20T09:30:00+09:00(2024-03-20 09:30 KST)에 제출: 2024년 해외실증형은 2024-03-19 24:00(한국 시간)에 마감되었습니다",
    );
    const { submittedAt: _, ...draft } = demo2024();
    const asOf = checkEligibility(draft, { asOf: "2024-03-20T00:00:00+09:00" });
    const missed = asOf.issues.find((i) => i.code === "OUTSIDE_CALL_WINDOW");
    expect(missed?.message.en).toMatch(
      /^On 2024-03-20 00:00 KST, after 2024 Overseas demonstration type closed/,
    );
    expect(missed?.message.ko).toMatch(
      /^2024-03-20 00:00 KST 기준: 2024년 해외실증형은 2024-03-19 24:00\(한국 시간\)에 마감되었습니다$/,
    );
    expect(missed?.received).toBe("2024-03-20 00:00 KST");
    const early = eligibleSubPrograms(demo2024().consortium, 2024, { asOf: "2024-01-29T12:00:00+09:00" });
    const before = early.subPrograms[1]?.issues.find((i) => i.code === "OUTSIDE_CALL_WINDOW");
    expect(before?.message.en).toBe(
      "On 2024-01-29 12:00 KST, before 2024 Overseas demonstration type opened on 2024-01-30 (Korea time)",
    );
  });
  it("needs completed prior consultation", () => {
    const { priorConsultation: _, ...app } = planning2024();
    expect(errors(app)).toEqual(["MISSING_PRIOR_CONSULTATION"]);
  });
  it("admits international organisations on their own from 2024", () => {
    expect(checkEligibility({ ...planning2024(), consortium: [intlOrg] }).eligible).toBe(true);
  });
  it("planning money goes to the Korean executor: a member marked as receiving funds is a warning", () => {
    const app = { ...planning2024(), consortium: [{ ...planning2024().consortium[0], receivesFunds: true }] };
    const r = checkEligibility(app);
    expect(r.issues.map((i) => i.code)).toContain("PLANNING_FUNDS_GO_TO_EXECUTOR");
    expect(r.eligible).toBe(true);
  });
  it("2025 and 2026 publish no cutoff: RULE_UNKNOWN, no rollover invented", () => {
    for (const year of [2025, 2026]) {
      const r = checkEligibility({
        ...planning2024(),
        year,
        submittedAt: `${year}-06-01T10:00:00+09:00`,
        requestedFunding: "7억 원",
      });
      expect(
        r.issues.some((i) => i.code === "RULE_UNKNOWN" && i.rule.id === `${year}/planning/intake/cutoff`),
      ).toBe(true);
      expect(r.issues.map((i) => i.code)).not.toContain("ROLLS_OVER_TO_NEXT_CYCLE");
    }
  });
  it("with no cutoff published, a proposal received after the edition's year is past it all the same", () => {
    const at = (year: number, submittedAt: string) =>
      checkEligibility({ ...planning2024(), year, submittedAt, requestedFunding: "7억 원" });
    // the last instant of 2025 in Seoul: the cutoff is not known, so not checked
    const last = at(2025, "2025-12-31T23:59:59+09:00");
    expect([last.eligible, last.consideredFor]).toEqual([true, 2025]);
    expect(last.issues.find((i) => i.rule.id === "2025/planning/intake/cutoff")?.code).toBe("RULE_UNKNOWN");
    // from 1 January 2026 in Seoul it is after any 2025 cutoff: it rolls over to 2026, once
    for (const submittedAt of ["2025-12-31T15:00:00Z", "2026-12-31T23:59:59+09:00"]) {
      const r = at(2025, submittedAt);
      expect([r.eligible, r.consideredFor], submittedAt).toEqual([true, 2026]);
      const issue = r.issues.find((i) => i.rule.id === "2025/planning/intake/cutoff");
      expect(issue?.code, submittedAt).toBe("ROLLS_OVER_TO_NEXT_CYCLE");
      expect(issue?.message.en).toContain(
        "after the 2025 Planning type cutoff (end of 2025 at the latest, Korea time)",
      );
      expect(issue?.message.ko).toContain(
        "마감 기준일(2025년 말까지, 한국 시간) 후이므로 2026년 심사 대상입니다",
      );
      expect(r.issues.map((i) => i.code)).not.toContain("RULE_UNKNOWN");
    }
    // from 1 January 2027 it is for no cycle of the 2025 intake (a reviewer's 2035 proposal was eligible)
    for (const submittedAt of ["2026-12-31T15:00:00Z", "2035-06-01T00:00:00Z"]) {
      const r = at(2025, submittedAt);
      expect([r.eligible, r.consideredFor], submittedAt).toEqual([false, 2025]);
      expect(r.issues.find((i) => i.rule.id === "2025/planning/intake/cutoff")).toMatchObject({
        code: "OUTSIDE_CALL_WINDOW",
        severity: "error",
        expected: "before 2026-12-31T15:00:00.000Z",
        received: submittedAt,
      });
      // checkEligibility, eligibleSubPrograms and callStatusAt agree: the intake is closed
      expect(callStatusAt(2025, "planning", submittedAt).status).toBe("closed");
      const asOf = eligibleSubPrograms(planning2024().consortium, 2025, {
        asOf: submittedAt,
        priorConsultation: true,
      });
      expect(asOf.eligible).not.toContain("planning");
    }
    // 2026 too: received in 2028 it is late for the 2026 intake and for 2027, the year it rolls over to
    expect(at(2026, "2028-01-01T00:00:00+09:00").issues.map((i) => i.code)).toContain("OUTSIDE_CALL_WINDOW");
    expect(at(2026, "2027-03-01T00:00:00+09:00").consideredFor).toBe(2027);
  });
});

describe("a request of 0 won asks for nothing: refused whatever the range", () => {
  it("under an 'up to' range (2025 demonstration: up to 4억), and where the range is unknown (2020)", () => {
    const zero = { amount: "0", currency: "KRW" };
    const demo2025 = { ...demo2024(), year: 2025, submittedAt: "2025-03-01T10:00:00+09:00" };
    for (const app of [
      { ...demo2025, requestedFunding: zero },
      { ...demo2025, requestedFunding: "0원" },
      planning(2020, "smart-city-development", [{ ...city, role: "lead" }], { requestedFunding: zero }),
      { ...demo2024(), requestedFunding: zero },
    ]) {
      const r = checkEligibility(app);
      const f = r.issues.find((i) => i.code === "FUNDING_OUT_OF_RANGE");
      expect(r.eligible).toBe(false);
      expect(f).toMatchObject({
        severity: "error",
        path: ["requestedFunding"],
        message: {
          en: "Requested ₩0: the request must be more than 0 KRW",
          ko: "신청 금액 0원: 신청 금액은 0원보다 커야 합니다",
        },
        expected: "more than 0 won",
        received: "0 won",
      });
    }
    // 1 won is within "up to 4억": no funding finding
    const one = checkEligibility({ ...demo2025, requestedFunding: "1원" });
    expect([one.valid, one.eligible]).toEqual([true, true]);
    expect(one.issues.map((i) => i.code)).not.toContain("FUNDING_OUT_OF_RANGE");
  });
});

describe("editions and sub-programs that do not exist", () => {
  it("reports EDITION_NOT_FOUND and SUB_PROGRAM_NOT_FOUND with the choices", () => {
    const r = checkEligibility({ ...demo2024(), year: 2019 });
    expect(r.issues.map((i) => i.code)).toEqual(["EDITION_NOT_FOUND"]);
    const s = checkEligibility({ ...demo2024(), subProgramId: "smart-city-planning" });
    expect(s.issues[0]?.code).toBe("SUB_PROGRAM_NOT_FOUND");
    expect(s.issues[0]?.message.en).toContain("planning, overseas-demonstration");
  });
});

describe("every issue explains itself", () => {
  it("has a code, a severity, en and ko messages, a path and a rule with sources", () => {
    const inputs = [demo2021(), demo2024(), planning2024(), planning(2022, "smart-city-planning", [intlOrg])];
    for (const input of inputs) {
      for (const i of checkEligibility({ ...input, submittedAt: "2030-01-01T00:00:00Z" }).issues) {
        expect(i.code).toMatch(/^[A-Z_]+$/);
        expect(["error", "warning", "info"]).toContain(i.severity);
        expect(i.message.en.length).toBeGreaterThan(10);
        expect(i.message.ko).toMatch(/[가-힣]/);
        expect(Array.isArray(i.path)).toBe(true);
        expect(typeof i.rule.id).toBe("string");
      }
    }
  });
});

describe("eligibleSubPrograms", () => {
  it("a Korean company with an overseas city: the 2024 demonstration only", () => {
    const r = eligibleSubPrograms(demo2024().consortium, 2024);
    expect(r.eligible).toEqual(["overseas-demonstration"]);
    const planningVerdict = r.subPrograms.find((s) => s.subProgramId === "planning");
    expect(planningVerdict?.issues[0]?.code).toBe("APPLICANT_TYPE_NOT_ALLOWED");
  });
  it("a foreign government: planning, with prior consultation as an info requirement", () => {
    const r = eligibleSubPrograms(
      [{ name: "Ministry", type: "foreign-central-government", country: "ID", role: "lead" }],
      2024,
    );
    expect(r.eligible).toEqual(["planning"]);
    const p = r.subPrograms.find((s) => s.subProgramId === "planning");
    expect(p?.issues.map((i) => [i.code, i.severity])).toEqual([["MISSING_PRIOR_CONSULTATION", "info"]]);
    const done = eligibleSubPrograms(
      [{ name: "Ministry", type: "foreign-central-government", country: "ID", role: "lead" }],
      2024,
      {
        priorConsultation: true,
      },
    );
    expect(done.subPrograms.find((s) => s.subProgramId === "planning")?.issues).toEqual([]);
  });
  it("2021: a Korean company may only try the demonstration", () => {
    expect(eligibleSubPrograms(demo2021().consortium, 2021).eligible).toEqual([
      "smart-solution-demonstration",
    ]);
  });
  it("checks the call window when asOf is given", () => {
    const r = eligibleSubPrograms(demo2024().consortium, 2024, { asOf: "2024-03-20T00:00:00+09:00" });
    expect(r.eligible).toEqual([]);
  });
  it("agrees with checkEligibility on a 2025 planning proposal that rolled over from 2024", () => {
    const city = [
      { name: "Nairobi City County", type: "foreign-local-government", country: "KE", role: "lead" },
    ];
    // after the 2024 cutoff (end of April, Seoul) and before the 2025 intake opened: in the 2025 cycle
    for (const asOf of ["2024-05-01T09:00:00+09:00", "2024-12-31T23:00:00+09:00"]) {
      const r = eligibleSubPrograms(city, 2025, { asOf, priorConsultation: true });
      expect(r.eligible).toEqual(["planning"]);
      expect(r.subPrograms[0]?.issues.map((i) => i.code)).not.toContain("OUTSIDE_CALL_WINDOW");
      const one = checkEligibility({ ...planning2024(), consortium: city, year: 2025, submittedAt: asOf });
      expect([one.eligible, one.consideredFor]).toEqual([true, 2025]);
    }
    // by the 2024 cutoff it was a 2024 proposal, too early for 2025
    const early = eligibleSubPrograms(city, 2025, {
      asOf: "2024-04-30T23:59:59+09:00",
      priorConsultation: true,
    });
    expect(early.eligible).toEqual([]);
    expect(early.subPrograms[0]?.issues.map((i) => i.code)).toContain("OUTSIDE_CALL_WINDOW");
  });
  it("returns the schema issues of an invalid consortium, and throws KcnError for an unknown year", () => {
    const r = eligibleSubPrograms([{ name: "x", type: "city", country: "KE", role: "lead" }], 2024);
    expect(r.valid).toBe(false);
    expect(r.issues[0]?.path).toEqual(["consortium", 0, "type"]);
    expect(() => eligibleSubPrograms(demo2024().consortium, 2019)).toThrow(
      expect.objectContaining({ code: "UNKNOWN_EDITION" }),
    );
  });
});

describe("checkEligibilityMany", () => {
  it("summarises a batch by code", () => {
    const { results, summary } = checkEligibilityMany([
      demo2024(),
      demo2021(),
      { ...demo2024(), consortium: [demo2024().consortium[0]] },
      {},
    ]);
    expect(results).toHaveLength(4);
    expect(summary).toMatchObject({ total: 4, eligible: 2, ineligible: 1, invalid: 1 });
    expect(summary.byCode["MISSING_OVERSEAS_PUBLIC_PARTNER"]).toBe(1);
    expect(summary.byCode["INVALID_TYPE"]).toBe(1);
  });
  it("throws KcnError when not given an array", () => {
    expect(() => checkEligibilityMany({} as unknown as unknown[])).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT" }),
    );
  });
});
