import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { Fact } from "../src/core/fact.js";
import {
  type Application,
  type ApplicationInput,
  type ApplicationInputSchema,
  type ApplicationIssueCode,
  type ApplicationSchema,
  checkEligibility,
  checkEligibilityMany,
  type ELIGIBILITY_ISSUE_CODES,
  type EligibilityIssue,
  type EligibilityIssueCode,
  type EligibilityResult,
  type EligibilitySeverity,
  type eligibleSubPrograms,
  getEligibilityRules,
  type OrganisationTypeId,
  parseApplication,
  type SubProgramRules,
  type safeParseApplication,
} from "../src/eligibility/index.js";
import type { Krw } from "../src/money/index.js";

describe("eligibility types", () => {
  it("parses unknown input into a typed, readonly application", () => {
    // type-level only: never called
    const typed = (r: ReturnType<typeof safeParseApplication>) => {
      if (r.ok) {
        expectTypeOf(r.value).toEqualTypeOf<Application>();
        expectTypeOf(r.value.requestedFunding).toEqualTypeOf<Krw>();
        expectTypeOf(r.value.consortium[0]!.type).toEqualTypeOf<OrganisationTypeId>();
        // @ts-expect-error the application is readonly
        r.value.year = 2025;
        // @ts-expect-error the consortium is readonly
        r.value.consortium.push(r.value.consortium[0]!);
      } else {
        expectTypeOf(r.issues[0].path).toEqualTypeOf<readonly (string | number)[]>();
        expectTypeOf(r.issues[0].code).toEqualTypeOf<ApplicationIssueCode>();
      }
    };
    void typed;
    expectTypeOf(parseApplication).returns.toEqualTypeOf<Application>();
    expectTypeOf<Application>().not.toBeAny();
    // The unions are written out: a type compared with its own alias would pass were the alias `any`.
    expectTypeOf<OrganisationTypeId>().toEqualTypeOf<
      | "foreign-central-government"
      | "foreign-local-government"
      | "foreign-public-agency"
      | "international-organisation"
      | "korean-company"
      | "korean-public-agency"
      | "foreign-company"
      | "university"
      | "research-institute"
      | "ngo"
      | "other"
    >();
    expectTypeOf<ApplicationIssueCode>().toEqualTypeOf<
      | "INVALID_TYPE"
      | "TOO_SMALL"
      | "TOO_BIG"
      | "INVALID_FORMAT"
      | "UNKNOWN_KEY"
      | "INVALID_VALUE"
      | "INVALID_UNION"
      | "INVALID_KEY"
      | "INVALID_ELEMENT"
      | "NOT_MULTIPLE_OF"
      | "CUSTOM"
      | "INVALID_AMOUNT"
      | "INVALID_COUNTRY_CODE"
      | "LEAD_COUNT"
      | "INVALID_INPUT"
    >();
  });

  it("the zod schemas agree with the interfaces", () => {
    expectTypeOf<z.output<typeof ApplicationSchema>>().toEqualTypeOf<Application>();
    expectTypeOf<z.input<typeof ApplicationInputSchema>>().toExtend<ApplicationInput>();
  });

  it("checkEligibility answers with severities and codes", () => {
    expectTypeOf(checkEligibility).returns.toEqualTypeOf<EligibilityResult>();
    expectTypeOf<EligibilityResult>().not.toBeAny();
    expectTypeOf<EligibilityResult["issues"][number]>().toEqualTypeOf<EligibilityIssue>();
    expectTypeOf<EligibilityIssue>().not.toBeAny();
    expectTypeOf<EligibilityIssue["severity"]>().toEqualTypeOf<EligibilitySeverity>();
    expectTypeOf<EligibilitySeverity>().toEqualTypeOf<"error" | "warning" | "info">();
    // The codes are the keys of the label catalogue (one label per code), not any string.
    expectTypeOf<EligibilityIssueCode>().toEqualTypeOf<keyof typeof ELIGIBILITY_ISSUE_CODES>();
    expectTypeOf<"RULE_UNKNOWN">().toExtend<EligibilityIssueCode>();
    // A finding's code is a closed union: a switch can be exhaustive, and a label lookup needs no cast.
    expectTypeOf<EligibilityIssue["code"]>().toEqualTypeOf<EligibilityIssueCode | ApplicationIssueCode>();
    expectTypeOf<"LEAD_COUNT" | "UNKNOWN_KEY">().toExtend<ApplicationIssueCode>();
    // @ts-expect-error not a code
    const bad: EligibilityIssueCode = "NOT_A_CODE";
    void bad;
    // @ts-expect-error asOf is a Date or a string
    const never = () => checkEligibility({}, { asOf: 5 });
    void never;
    expectTypeOf(checkEligibilityMany).returns.toHaveProperty("summary");
    expectTypeOf<ReturnType<typeof checkEligibilityMany>["summary"]["byCode"]>().toEqualTypeOf<
      Readonly<Record<string, number>>
    >();
    expectTypeOf<ReturnType<typeof eligibleSubPrograms>["eligible"]>().toEqualTypeOf<readonly string[]>();
  });

  it("rules are facts", () => {
    expectTypeOf(getEligibilityRules).returns.toEqualTypeOf<SubProgramRules | undefined>();
    expectTypeOf<SubProgramRules>().not.toBeAny();
    expectTypeOf<SubProgramRules["leadTypes"]>().toEqualTypeOf<Fact<readonly OrganisationTypeId[]>>();
  });
});
