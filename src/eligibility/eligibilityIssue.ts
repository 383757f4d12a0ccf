import { deepFreeze } from "../core/deepFreeze.js";
import type { Reliability, SourceTag } from "../core/fact.js";
import type { Label } from "../core/label.js";
import type { Issue } from "../core/result.js";
import type { SchemaIssueCode } from "../core/zodIssues.js";

/**
 * How much an eligibility issue weighs: an `error` makes the application ineligible; a `warning`
 * needs attention (an unknown rule, a rollover, a range compared with awards); an `info` is a note.
 *
 * @category Eligibility
 */
export type EligibilitySeverity = "error" | "warning" | "info";

/**
 * Every eligibility issue code with its English and Korean title and usual severity.
 *
 * @example
 * ```ts
 * ELIGIBILITY_ISSUE_CODES.ROLLS_OVER_TO_NEXT_CYCLE.severity; //=> "warning"
 * ```
 * @category Eligibility
 */
export const ELIGIBILITY_ISSUE_CODES = deepFreeze({
  APPLICANT_TYPE_NOT_ALLOWED: {
    en: "The lead applicant's organisation type is not admitted",
    ko: "주관 신청기관 유형이 신청 대상이 아닙니다",
    severity: "error",
  },
  OUTSIDE_CALL_WINDOW: {
    en: "Submitted outside the call window (Korea time)",
    ko: "공모 기간(한국 시간) 밖에 제출되었습니다",
    severity: "error",
  },
  FUNDING_OUT_OF_RANGE: {
    en: "Requested funding is outside the per-project range",
    ko: "신청 금액이 사업당 지원 범위를 벗어납니다",
    severity: "error",
  },
  MISSING_OVERSEAS_PUBLIC_PARTNER: {
    en: "The consortium has no overseas public partner",
    ko: "컨소시엄에 해외 공공 파트너가 없습니다",
    severity: "error",
  },
  FOREIGN_COMPANY_CANNOT_RECEIVE_FUNDS: {
    en: "A foreign company or an overseas partner cannot receive the subsidy",
    ko: "해외 기업·해외 파트너는 보조금을 받을 수 없습니다",
    severity: "error",
  },
  INTERNATIONAL_ORGANISATION_MUST_APPLY_JOINTLY: {
    en: "An international organisation must apply jointly with an overseas government or city",
    ko: "국제기구는 해외 정부·도시와 공동으로 신청해야 합니다",
    severity: "error",
  },
  MISSING_PRIOR_CONSULTATION: {
    en: "Prior consultation is required",
    ko: "사전 협의가 필요합니다",
    severity: "error",
  },
  ROLLS_OVER_TO_NEXT_CYCLE: {
    en: "Received after the cutoff: considered in the next cycle",
    ko: "마감 후 접수: 다음 연도 심사 대상입니다",
    severity: "warning",
  },
  RULE_UNKNOWN: {
    en: "The rule is not published in the sources; not checked",
    ko: "출처에 공개되지 않은 규칙이어서 확인하지 않았습니다",
    severity: "warning",
  },
  EDITION_NOT_FOUND: { en: "No edition for that year", ko: "해당 연도의 사업이 없습니다", severity: "error" },
  SUB_PROGRAM_NOT_FOUND: {
    en: "No such sub-program in that edition",
    ko: "해당 연도에 없는 세부 사업입니다",
    severity: "error",
  },
  PLANNING_FUNDS_GO_TO_EXECUTOR: {
    en: "Planning money goes to the Korean executor chosen by tender, not to consortium members",
    ko: "계획수립 사업비는 입찰로 선정된 국내 수행기관에 지급되며 컨소시엄 기관에 지급되지 않습니다",
    severity: "warning",
  },
  PRIOR_CONSULTATION_AFTER_SUBMISSION: {
    en: "The prior consultation is dated after the submission",
    ko: "사전 협의일이 제출일보다 늦습니다",
    severity: "warning",
  },
  SUBMISSION_TIME_UNKNOWN: {
    en: "No submission time and no asOf: the call window was not checked",
    ko: "제출 시각과 기준 시각이 없어 공모 기간을 확인하지 않았습니다",
    severity: "info",
  },
  ORGANISATION_COUNTRY_MISMATCH: {
    en: "An organisation's type does not match its country",
    ko: "기관 유형과 국가가 맞지 않습니다",
    severity: "warning",
  },
  INVALID_APPLICATION: {
    en: "The input is not a valid application (see the schema issues)",
    ko: "올바른 신청서가 아닙니다 (스키마 오류 참고)",
    severity: "error",
  },
} as const satisfies Record<string, Label & { readonly severity: EligibilitySeverity }>);

/**
 * A stable code of an eligibility finding.
 *
 * @category Eligibility
 */
export type EligibilityIssueCode = keyof typeof ELIGIBILITY_ISSUE_CODES;

/**
 * A stable code of an issue of an application's shape ({@link safeParseApplication},
 * {@link parseApplication}, and the schema findings of {@link checkEligibility}): a schema code, or
 * `INVALID_AMOUNT` (a funding text that is not an amount of won), `INVALID_COUNTRY_CODE`,
 * `LEAD_COUNT` (not exactly one lead) or `INVALID_INPUT` (an input that could not be read, such as
 * a getter that throws).
 *
 * @category Eligibility
 */
export type ApplicationIssueCode =
  | SchemaIssueCode
  | "INVALID_AMOUNT"
  | "INVALID_COUNTRY_CODE"
  | "LEAD_COUNT"
  | "INVALID_INPUT";

/**
 * The rule an eligibility issue rests on: its id (`"2024/overseas-demonstration/overseas-public-partner"`)
 * and its sources.
 *
 * @category Eligibility
 */
export interface EligibilityRuleRef {
  /** The rule's id, `<year>/<sub-program>/<rule>` (`"2024/overseas-demonstration/overseas-public-partner"`). */
  readonly id: string;
  /** The sources the rule rests on. */
  readonly sources: readonly SourceTag[];
  /** How far the rule can be trusted, when it is known. */
  readonly reliability?: Reliability;
  /**
   * The remark of the fact behind the rule (why it is unknown or inferred, what the sources say), in
   * English; its Korean text is the entry under this note in the file `k-city-network/notes.ko.json`.
   */
  readonly note?: string;
}

/**
 * One finding of {@link checkEligibility}: an {@link Issue} with a severity and the rule it rests on.
 * Schema issues of an invalid input carry their schema code (`INVALID_TYPE`, `UNKNOWN_KEY`, ...),
 * severity `error` and the rule `application-schema`.
 *
 * @category Eligibility
 */
export interface EligibilityIssue extends Issue<EligibilityIssueCode | ApplicationIssueCode> {
  /** `error` makes the application ineligible; `warning` and `info` do not. */
  readonly severity: EligibilitySeverity;
  /** The rule the finding rests on, with its sources. */
  readonly rule: EligibilityRuleRef;
}

/**
 * The answer of {@link checkEligibility} when the application may go ahead: a valid application
 * with no finding of severity `error` (warnings and notes may remain), and the edition it is
 * considered for.
 *
 * @category Eligibility
 */
export interface EligibleResult {
  /** `true`: no issue has severity `error`. */
  readonly eligible: true;
  /** `true`: the input is a valid application. */
  readonly valid: true;
  /** Every finding (warnings and notes), in order of severity. */
  readonly issues: readonly EligibilityIssue[];
  /** The edition the application is considered for (the next one when it rolls over). */
  readonly consideredFor: number;
}

/**
 * The answer of {@link checkEligibility} when the application may not go ahead: the input is not a
 * valid application (`valid: false`, its issues are the schema issues), its edition or sub-program
 * does not exist (no `consideredFor`), or a rule refuses it.
 *
 * @category Eligibility
 */
export interface IneligibleResult {
  /** `false`: the input is invalid, or an issue has severity `error`. */
  readonly eligible: false;
  /** `false` when the input is not a valid application (its issues are the schema issues). */
  readonly valid: boolean;
  /** Every finding, errors first. */
  readonly issues: readonly EligibilityIssue[];
  /**
   * The edition the application would be considered for, when it is a valid application to a
   * sub-program that exists; absent otherwise.
   */
  readonly consideredFor?: number;
}

/**
 * The answer of {@link checkEligibility}: narrow it on `eligible` (an {@link EligibleResult} always
 * has `consideredFor`).
 *
 * @example
 * ```ts
 * const r = checkEligibility({ year: 2024, subProgramId: "planning", title: "Smart city master plan",
 *   site: { country: "IT", city: "Verona" },
 *   consortium: [{ name: "Comune di Verona", type: "foreign-local-government", country: "IT", role: "lead" }],
 *   requestedFunding: "5억 원", submittedAt: "2024-05-10T10:00:00+09:00",
 *   priorConsultation: { with: "KIND", on: "2024-04-02" } });
 * // received after the end of April: eligible, and rolled over to the next cycle
 * r.eligible && r.consideredFor; //=> 2025
 * ```
 * @category Eligibility
 */
export type EligibilityResult = EligibleResult | IneligibleResult;
