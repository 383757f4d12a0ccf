/**
 * The English and Korean label of every code, state and reason the library returns, in one
 * catalogue: the tables the features export (error codes, eligibility findings, lifecycle refusals,
 * roles, call and milestone statuses, ...) and the labels of the codes that have none at run time
 * (money-text refusals, machine checks, schema issues, guards, severities, reliabilities).
 *
 * The catalogue is shipped as the file `k-city-network/labels.json`, generated from this module
 * (`npm run labels:update`, checked in CI), so that a portal can label any code without the library's
 * bundle carrying the labels it never shows itself.
 *
 * @internal
 * @module
 */

import type { Reliability } from "../core/fact.js";
import type { Label } from "../core/label.js";
import type { SchemaIssueCode } from "../core/zodIssues.js";
import { CONSORTIUM_ROLES } from "../eligibility/consortiumRoles.js";
import { ELIGIBILITY_ISSUE_CODES, type EligibilitySeverity } from "../eligibility/eligibilityIssue.js";
import { ORGANISATION_TYPES, type OrganisationType } from "../eligibility/organisationTypes.js";
import { KCN_ERROR_CODES } from "../errors.js";
import type { RateQuote } from "../money/convert.js";
import type { KrwStyle } from "../money/formatKrw.js";
import type { KrwParseIssueCode } from "../money/parseKrw.js";
import type { RoundingMode } from "../money/rounding.js";
import type { CumulativeLine } from "../programs/cumulativeTotals.js";
import type { BudgetFit, EnvelopeLine } from "../programs/fundingEnvelope.js";
import { TRACKS } from "../programs/tracks.js";
import type { EditionEventKind, Intake, SecretariatId } from "../programs/types.js";
import type { MachineIssueCode } from "../selection/checkMachine.js";
import { LIFECYCLE_ISSUE_CODES } from "../selection/issues.js";
import { ROLES } from "../selection/roles.js";
import { NOT_SELECTED_REASONS } from "../selection/selectProjects.js";
import type { GuardName, StateKind } from "../selection/types.js";
import { CALL_STATUS_LABELS } from "../timeline/callStatusAt.js";
import type { DateRelation } from "../timeline/comparePartialDates.js";
import type { CalendarEntry } from "../timeline/editionCalendar.js";
import { MILESTONE_STATUSES } from "../timeline/milestoneStatus.js";
import type { DatePrecision } from "../timeline/partialDate.js";
import { MILESTONE_KINDS } from "../timeline/planSchedule.js";

/** Why a text was not read as an amount of won (`safeParseKrw`, `parseFundingRange`). */
export const KRW_PARSE_ISSUE_LABELS = {
  NOT_TEXT: { en: "Not a text", ko: "텍스트가 아닌 입력" },
  RANGE_NOT_AMOUNT: {
    en: "A range of two amounts, not one amount",
    ko: "금액 하나가 아닌 두 금액의 범위",
  },
  REVERSED_RANGE: { en: "The range ends below its start", ko: "끝이 시작보다 작은 범위" },
  INPUT_TOO_LONG: { en: "Text longer than the limit", ko: "허용 길이를 넘는 텍스트" },
  EMPTY_INPUT: { en: "The text is empty", ko: "비어 있는 텍스트" },
  MISSING_NUMBER: { en: "No number", ko: "숫자가 없는 텍스트" },
  MALFORMED_NUMBER: { en: "Malformed number", ko: "잘못된 숫자 표기" },
  UNEXPECTED_CHARACTER: { en: "Unexpected character", ko: "예상하지 못한 문자" },
  UNKNOWN_UNIT: { en: "Unknown unit", ko: "알 수 없는 단위" },
  MULTIPLE_NUMBERS: {
    en: "A second number where one amount was expected",
    ko: "금액 하나가 와야 할 자리의 두 번째 숫자",
  },
  UNIT_ORDER: { en: "Units out of order", ko: "잘못된 단위 순서" },
  DUPLICATE_CURRENCY: { en: "A second currency mark", ko: "중복된 통화 표시" },
  MISPLACED_SIGN: { en: "A sign that does not stand before the amount", ko: "금액 앞에 있지 않은 부호" },
  APPROXIMATE_AMOUNT: { en: "An approximate amount", ko: "어림 금액" },
  AMBIGUOUS_AMOUNT: {
    en: "A last group with no unit after a larger unit (4억 5천: 5천 won or 5천만?)",
    ko: "큰 단위 뒤 단위 없는 마지막 묶음 (4억 5천: 5천 원인지 5천만 원인지 불분명)",
  },
  NEGATIVE_AMOUNT: { en: "A negative amount", ko: "음수 금액" },
  NOT_WHOLE_WON: { en: "Not a whole number of won", ko: "원 단위로 떨어지지 않는 금액" },
} as const satisfies Record<KrwParseIssueCode, Label>;

/** What `checkMachine` finds wrong with a lifecycle machine. */
export const MACHINE_ISSUE_LABELS = {
  DUPLICATE_STATE: { en: "A state is defined twice", ko: "두 번 정의된 단계" },
  BAD_INITIAL: {
    en: "The initial state is missing or not an initial state",
    ko: "없거나 잘못 지정된 시작 단계",
  },
  UNKNOWN_STATE: { en: "A transition names an unknown state", ko: "알 수 없는 단계를 가리키는 전이" },
  DUPLICATE_EVENT: { en: "An event leaves a state twice", ko: "한 단계에서 두 번 나가는 이벤트" },
  UNREACHABLE_STATE: {
    en: "A state cannot be reached from the start",
    ko: "시작 단계에서 도달할 수 없는 단계",
  },
  DEAD_END: { en: "A non-final state has no way out", ko: "종료 단계가 아닌데 나가는 전이가 없는 단계" },
  FINAL_HAS_EXIT: { en: "A final state has a way out", ko: "종료 단계에서 나가는 전이" },
  MISSING_LABEL: { en: "A label is missing in English or Korean", ko: "영어 또는 한국어 라벨 누락" },
  UNKNOWN_ROLE: { en: "A transition names an unknown role", ko: "알 수 없는 역할을 가리키는 전이" },
  UNKNOWN_GUARD: { en: "A transition names an unknown guard", ko: "알 수 없는 조건을 가리키는 전이" },
  NO_ROLES: { en: "A transition has no role that may send it", ko: "보낼 수 있는 역할이 없는 전이" },
} as const satisfies Record<MachineIssueCode, Label>;

/**
 * The codes of schema issues: the validators' (`safeParseApplication`, the JSON forms of money, logs
 * and snapshots) and those of zod issues read by `fromZodIssues`.
 */
export const SCHEMA_ISSUE_LABELS = {
  INVALID_TYPE: { en: "Wrong type or missing field", ko: "잘못된 자료형 또는 누락된 필수 항목" },
  TOO_SMALL: { en: "Too small or too short", ko: "너무 작거나 짧은 값" },
  TOO_BIG: { en: "Too big or too long", ko: "너무 크거나 긴 값" },
  INVALID_FORMAT: { en: "Wrong format", ko: "잘못된 형식" },
  UNKNOWN_KEY: { en: "Unknown key", ko: "알 수 없는 키" },
  INVALID_VALUE: { en: "Not one of the allowed values", ko: "허용되지 않은 값" },
  INVALID_UNION: { en: "Matches none of the accepted forms", ko: "허용된 어느 형식과도 맞지 않는 값" },
  INVALID_KEY: { en: "Invalid key", ko: "잘못된 키" },
  INVALID_ELEMENT: { en: "Invalid element", ko: "잘못된 요소" },
  NOT_MULTIPLE_OF: { en: "Not a multiple of the step", ko: "정해진 단위의 배수가 아닌 값" },
  CUSTOM: { en: "Does not meet a condition of the schema", ko: "스키마 조건을 충족하지 않는 값" },
  LEAD_COUNT: { en: "Not exactly one lead organisation", ko: "주관 신청기관이 정확히 하나가 아닌 컨소시엄" },
  TOO_MANY_DECIMALS: { en: "More decimals than the currency has", ko: "통화의 소수 자릿수를 넘는 값" },
  // noun phrases, as the other schema issues (the error codes' labels are sentences)
  INVALID_COUNTRY_CODE: {
    en: KCN_ERROR_CODES.INVALID_COUNTRY_CODE.en,
    ko: "ISO 3166-1 alpha-2 국가 코드가 아닌 값",
  },
  INVALID_AMOUNT: { en: KCN_ERROR_CODES.INVALID_AMOUNT.en, ko: "원 단위 정수가 아닌 금액" },
  INVALID_DATE: { en: KCN_ERROR_CODES.INVALID_DATE.en, ko: "올바르지 않은 날짜" },
  INVALID_INPUT: { en: "Input could not be read", ko: "읽을 수 없는 입력" },
} as const satisfies Record<SchemaIssueCode, Label> & Record<string, Label>;

/** The guards of the lifecycle machines (`GuardName`) and the date-order check every event passes. */
export const GUARD_LABELS = {
  eligible: { en: "The application passes the eligibility check", ko: "신청 자격 검토를 통과함" },
  "appropriation-in-range": {
    en: "The appropriation is within the sub-program's range",
    ko: "확보 예산이 세부 사업 지원 범위 안에 있음",
  },
  "korean-executor": { en: "The executor is a Korean company", ko: "수행기관이 국내 기업임" },
  "awarded-executor": { en: "The contract names the awarded executor", ko: "계약 상대가 낙찰된 수행기관임" },
  "host-consulted": {
    en: "The host government was consulted on scope and criteria",
    ko: "과업 범위와 수행기관 선정 기준을 상대국 정부와 협의함",
  },
  "reason-given": { en: "A reason is given", ko: "사유를 적음" },
  "after-cutoff": { en: "Received after the cutoff", ko: "마감 기준일이 지난 뒤 접수됨" },
  chronological: { en: "Dates do not go backwards", ko: "날짜가 거꾸로 가지 않음" },
} as const satisfies Record<GuardName | "chronological", Label>;

/** How much an eligibility finding weighs. */
export const SEVERITY_LABELS = {
  error: { en: "Error", ko: "오류" },
  warning: { en: "Warning", ko: "주의" },
  info: { en: "Note", ko: "참고" },
} as const satisfies Record<EligibilitySeverity, Label>;

/** How far a fact can be trusted. */
export const RELIABILITY_LABELS = {
  official: { en: "Official release", ko: "공식 발표" },
  press: { en: "Press report", ko: "언론 보도" },
  "machine-translated": { en: "Machine translation", ko: "기계 번역" },
  inferred: { en: "Inferred", ko: "추정" },
} as const satisfies Record<Reliability, Label>;

/** Who runs a sub-program's intake (`SecretariatId`). */
export const SECRETARIAT_LABELS = {
  molit: { en: "MOLIT", ko: "국토교통부" },
  kind: { en: "KIND", ko: "한국해외인프라도시개발지원공사(KIND)" },
  kaia: { en: "KAIA", ko: "국토교통과학기술진흥원(KAIA)" },
} as const satisfies Record<SecretariatId, Label>;

/** The kinds of dated events in an edition's calendar (`EditionEventKind`). */
export const EDITION_EVENT_KIND_LABELS = {
  "call-announced": { en: "Call announced", ko: "공모 공고" },
  "call-opens": { en: "Call opens", ko: "접수 시작" },
  "call-closes": { en: "Call closes", ko: "접수 마감" },
  "rolling-cutoff": { en: "Cutoff of the year-round intake", ko: "연중 상시 접수 마감 기준일" },
  review: { en: "Review", ko: "심사" },
  "results-announced": { en: "Results announced", ko: "결과 발표" },
  appropriation: { en: "Appropriation", ko: "예산 확보" },
  "executor-tender": { en: "Executor tender", ko: "국내 수행기관 입찰" },
  "executor-selected": { en: "Executor selected", ko: "국내 수행기관 선정" },
  "track-start": { en: "Projects start", ko: "사업 착수" },
  training: { en: "Training course", ko: "초청 연수" },
  expo: { en: "Expo", ko: "박람회" },
  other: { en: "Other", ko: "기타" },
} as const satisfies Record<EditionEventKind, Label>;

/** Where a stated budget lies against the funding envelope (`BudgetFit`). */
export const BUDGET_FIT_LABELS = {
  within: { en: "Within the envelope", ko: "범위 안에 있음" },
  "below-lowest": { en: "Below the lowest total", ko: "최저 합계보다 적음" },
  "above-highest": { en: "Above the highest total", ko: "최고 합계보다 많음" },
  unknown: { en: "Unknown", ko: "알 수 없음" },
} as const satisfies Record<BudgetFit, Label>;

/** Whether a cumulative statement matches the data (`CumulativeLine.verdict`). */
export const CUMULATIVE_VERDICT_LABELS = {
  matches: { en: "Matches the data", ko: "자료와 일치" },
  "does-not-match": { en: "Does not match the data", ko: "자료와 불일치" },
} as const satisfies Record<CumulativeLine["verdict"], Label>;

/** Which count a funding-envelope line uses (`EnvelopeLine.countBasis`). */
export const COUNT_BASIS_LABELS = {
  target: { en: "Target count", ko: "목표 건수" },
  selected: { en: "Number selected", ko: "선정 건수" },
  unknown: { en: "Unknown", ko: "알 수 없음" },
} as const satisfies Record<EnvelopeLine["countBasis"], Label>;

/** Which per-project range a funding-envelope line uses (`EnvelopeLine.rangeBasis`). */
export const RANGE_BASIS_LABELS = {
  awarded: { en: "Range awarded", ko: "선정 시 지원 범위" },
  call: { en: "Range in the call", ko: "공모 지원 범위" },
  unknown: { en: "Unknown", ko: "알 수 없음" },
} as const satisfies Record<EnvelopeLine["rangeBasis"], Label>;

/** How a sub-program takes proposals (`Intake.kind`, `CallStatus.intake`). */
export const INTAKE_KIND_LABELS = {
  call: { en: "Call with a window", ko: "접수 기간이 정해진 공모" },
  rolling: { en: "Year-round intake", ko: "연중 상시 접수" },
} as const satisfies Record<Intake["kind"], Label>;

/** Where a calendar entry comes from (`CalendarEntry.origin`). */
export const CALENDAR_ORIGIN_LABELS = {
  event: { en: "An event of the edition", ko: "사업 일정" },
  intake: { en: "The intake of a sub-program", ko: "세부 사업 접수" },
} as const satisfies Record<CalendarEntry["origin"], Label>;

/** Where an organisation type is based (`OrganisationType.location`). */
export const ORGANISATION_LOCATION_LABELS = {
  overseas: { en: "Outside Korea", ko: "해외" },
  korea: { en: "In Korea", ko: "국내" },
  any: { en: "In Korea or abroad", ko: "국내 또는 해외" },
} as const satisfies Record<OrganisationType["location"], Label>;

/** How precise a date is (`DatePrecision`). */
export const DATE_PRECISION_LABELS = {
  year: { en: "Year", ko: "연도" },
  month: { en: "Month", ko: "월" },
  day: { en: "Day", ko: "일" },
  minute: { en: "Minute", ko: "분" },
} as const satisfies Record<DatePrecision, Label>;

/** How two partial dates relate (`DateRelation`). */
export const DATE_RELATION_LABELS = {
  before: { en: "Before", ko: "이전" },
  after: { en: "After", ko: "이후" },
  overlaps: { en: "Overlaps", ko: "겹침" },
} as const satisfies Record<DateRelation, Label>;

/** The kinds of lifecycle states (`StateKind`). */
export const STATE_KIND_LABELS = {
  initial: { en: "Initial", ko: "시작" },
  normal: { en: "In progress", ko: "진행" },
  final: { en: "Final", ko: "종료" },
} as const satisfies Record<StateKind, Label>;

/** The rounding modes (`RoundingMode`). */
export const ROUNDING_MODE_LABELS = {
  "half-even": {
    en: "Nearest, ties to even (banker's rounding)",
    ko: "가장 가까운 값, 동률은 짝수 쪽(오사오입)",
  },
  "half-up": { en: "Nearest, ties away from zero", ko: "가장 가까운 값, 동률은 0에서 먼 쪽(반올림)" },
  "half-down": { en: "Nearest, ties toward zero", ko: "가장 가까운 값, 동률은 0 쪽" },
  up: { en: "Away from zero", ko: "0에서 먼 쪽(올림)" },
  down: { en: "Toward zero (truncation)", ko: "0 쪽(버림)" },
  ceil: { en: "Toward positive infinity", ko: "양의 무한대 쪽" },
  floor: { en: "Toward negative infinity", ko: "음의 무한대 쪽" },
} as const satisfies Record<RoundingMode, Label>;

/** The styles of `formatKrw` (`KrwStyle`). */
export const KRW_STYLE_LABELS = {
  standard: { en: "Standard (₩400,000,000)", ko: "기본 (400,000,000원)" },
  compact: { en: "Compact (KRW 400 million)", ko: "간략 (4억 원)" },
  "korean-units": { en: "Korean units (4억 5,000만 원)", ko: "한국식 단위 (4억 5,000만 원)" },
} as const satisfies Record<KrwStyle, Label>;

/** How an exchange rate is quoted (`RateQuote`). */
export const RATE_QUOTE_LABELS = {
  "target-per-source": { en: "Units of the target currency per won", ko: "1원당 대상 통화" },
  "source-per-target": { en: "Won per unit of the target currency", ko: "대상 통화 1단위당 원" },
} as const satisfies Record<RateQuote, Label>;

/** Each item's label under its id, as plain `{ en, ko }` (table rows may carry more fields). */
const byId = <T>(list: readonly T[], id: (x: T) => string, label: (x: T) => Label): Record<string, Label> =>
  Object.fromEntries(list.map((x) => [id(x), { en: label(x).en, ko: label(x).ko }]));
const pick = (table: Readonly<Record<string, Label>>): Record<string, Label> =>
  byId(
    Object.entries(table),
    ([k]) => k,
    ([, l]) => l,
  );

/**
 * The whole catalogue, as written to `labels.json`: for each kind of code, the label of each code.
 *
 * @internal
 */
export function labelCatalogue(): Record<string, Record<string, Label>> {
  return {
    errors: pick(KCN_ERROR_CODES),
    eligibilityIssues: pick(ELIGIBILITY_ISSUE_CODES),
    severities: pick(SEVERITY_LABELS),
    schemaIssues: pick(SCHEMA_ISSUE_LABELS),
    krwParseIssues: pick(KRW_PARSE_ISSUE_LABELS),
    lifecycleIssues: pick(LIFECYCLE_ISSUE_CODES),
    machineIssues: pick(MACHINE_ISSUE_LABELS),
    guards: pick(GUARD_LABELS),
    roles: pick(ROLES),
    notSelectedReasons: pick(NOT_SELECTED_REASONS),
    callStatuses: pick(CALL_STATUS_LABELS),
    milestoneStatuses: byId(
      Object.entries(MILESTONE_STATUSES),
      ([k]) => k,
      ([, s]) => s.label,
    ),
    milestoneKinds: byId(
      MILESTONE_KINDS,
      (m) => m.kind,
      (m) => m.label,
    ),
    organisationTypes: byId(
      ORGANISATION_TYPES,
      (o) => o.id,
      (o) => o.label,
    ),
    consortiumRoles: byId(
      CONSORTIUM_ROLES,
      (r) => r.id,
      (r) => r.label,
    ),
    tracks: byId(
      TRACKS,
      (t) => t.id,
      (t) => t.name,
    ),
    reliabilities: pick(RELIABILITY_LABELS),
    secretariats: pick(SECRETARIAT_LABELS),
    editionEventKinds: pick(EDITION_EVENT_KIND_LABELS),
    budgetFits: pick(BUDGET_FIT_LABELS),
    cumulativeVerdicts: pick(CUMULATIVE_VERDICT_LABELS),
    countBases: pick(COUNT_BASIS_LABELS),
    rangeBases: pick(RANGE_BASIS_LABELS),
    intakeKinds: pick(INTAKE_KIND_LABELS),
    calendarOrigins: pick(CALENDAR_ORIGIN_LABELS),
    organisationLocations: pick(ORGANISATION_LOCATION_LABELS),
    datePrecisions: pick(DATE_PRECISION_LABELS),
    dateRelations: pick(DATE_RELATION_LABELS),
    stateKinds: pick(STATE_KIND_LABELS),
    roundingModes: pick(ROUNDING_MODE_LABELS),
    krwStyles: pick(KRW_STYLE_LABELS),
    rateQuotes: pick(RATE_QUOTE_LABELS),
  };
}
