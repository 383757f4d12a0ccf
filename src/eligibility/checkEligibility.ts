import { freeze } from "../core/freeze.js";
import { isObject } from "../core/isObject.js";
import { INVALID_OPTIONS, need, optionsOf } from "../core/need.js";
import type { Issue } from "../core/result.js";
import { KcnError } from "../errors.js";
import type { Edition, SubProgram } from "../programs/index.js";
import type { Application, ConsortiumMember } from "./application.js";
import { EDITIONS, instantOf, readInstant } from "./deps.js";
import type {
  ApplicationIssueCode,
  EligibilityIssue,
  EligibilityResult,
  EligibilityRuleRef,
} from "./eligibilityIssue.js";
import { evaluate, findSubProgram, makeIssue, ref, sortIssues } from "./evaluate.js";
import { getEligibilityRules } from "./rules/index.js";
import { safeParseApplication } from "./safeParseApplication.js";
import { checkApplication } from "./validateApplication.js";

/**
 * Options of {@link checkEligibility}, {@link eligibleSubPrograms} and {@link checkEligibilityMany}.
 *
 * @category Eligibility
 */
export interface CheckEligibilityOptions {
  /**
   * The instant to check the call window against when the application has no `submittedAt`
   * ("may we apply today?"): a `Date` or an ISO 8601 date-time with an offset. The library never
   * reads the clock.
   */
  readonly asOf?: Date | string | undefined;
  /** The editions to check against (default: the library's editions 2020-2026). */
  readonly editions?: readonly Edition[] | undefined;
}

/** @internal Reads the `asOf` and `editions` options (INVALID_DATE for a bad asOf, INVALID_OPTIONS for the rest). */
export function readOptions(
  options: CheckEligibilityOptions | undefined,
  keys: string,
): {
  asOf: number | undefined;
  editions: readonly Edition[];
} {
  const o = optionsOf(options, keys);
  const editions = o.editions;
  need(
    editions === undefined ||
      (Array.isArray(editions) &&
        editions.every(
          (e: Partial<Edition> | null) =>
            isObject(e) &&
            Number.isInteger(e.year) &&
            Array.isArray(e.subPrograms) &&
            e.subPrograms.every((s: Partial<SubProgram> | null) => typeof s?.id === "string"),
        )),
    INVALID_OPTIONS,
    "editions from the programs module",
    editions,
  );
  // asOf is read as every asOf of the library is (INVALID_DATE for anything but a valid Date or an
  // existing ISO 8601 date-time with an offset)
  return { asOf: o.asOf === undefined ? undefined : readInstant(o.asOf), editions: editions ?? EDITIONS };
}

/**
 * Checks an application against its edition's rules: the lead applicant's type, the consortium
 * (overseas public partner, who may receive the subsidy, joint application), prior consultation,
 * the per-project funding range, and the call window or rolling cutoff in Korea time (a call closing
 * on 19 April 2021 accepts submissions before 2021-04-19T15:00:00Z).
 *
 * Accepts unknown input (parsed at the boundary; an invalid input gives `valid: false` with the
 * schema issues and their paths) or an {@link Application}. Rules that the sources do not publish are
 * reported as `RULE_UNKNOWN`, never guessed. Business outcomes are never thrown.
 *
 * @param application - an application, or unknown input in its JSON form
 * @param options - {@link CheckEligibilityOptions}
 * @returns `{ eligible, valid, issues, consideredFor }`; `eligible` is `true` when no issue is an error
 * @throws {@link KcnError} `INVALID_DATE` when `asOf` is not a valid Date or an existing ISO 8601
 *   date-time with an offset; `INVALID_OPTIONS` when `options` is not an object or `editions` is not
 *   an array of editions shaped as the programs module makes them
 * @example
 * ```ts
 * const r = checkEligibility({ year: 2024, subProgramId: "overseas-demonstration", title: "Smart parking",
 *   site: { country: "IT", city: "Verona" },
 *   consortium: [{ name: "K-Mobility Co.", type: "korean-company", country: "KR", role: "lead", receivesFunds: true }],
 *   requestedFunding: "3억 원", submittedAt: "2024-03-10T10:00:00+09:00" });
 * r.eligible; //=> false
 * r.issues[0]?.code; //=> "MISSING_OVERSEAS_PUBLIC_PARTNER"
 * ```
 * @category Eligibility
 */
export function checkEligibility(
  application: Application | unknown,
  options: CheckEligibilityOptions = {},
): EligibilityResult {
  const { asOf, editions } = readOptions(options, "asOf editions");
  let checked: bigint | readonly Issue<ApplicationIssueCode>[];
  try {
    checked = checkApplication(application);
  } catch {
    // hostile input (a throwing getter or proxy): the safe parser explains the refusal
    const parsed = safeParseApplication(application);
    checked = parsed.ok ? parsed.value.requestedFunding.amount : parsed.issues;
  }
  if (typeof checked !== "bigint") return invalid(checked);
  try {
    // A checked input is read in place: no typed copy is built (the parsed form is the same data).
    return checkParsed(application as ApplicationView, checked, editions, asOf);
  } catch {
    // an input whose getters change their answer between reads: check a frozen copy instead
    const parsed = safeParseApplication(application);
    if (!parsed.ok) return invalid(parsed.issues);
    return checkCustom(
      () => checkParsed(parsed.value, parsed.value.requestedFunding.amount, editions, asOf),
      editions,
    );
  }
}

/**
 * @internal Runs a check; a failure there can only come from `editions` given as an option whose
 * parts are not shaped as the programs module makes them, and is said as INVALID_OPTIONS.
 */
export function checkCustom<T>(run: () => T, editions: readonly Edition[]): T {
  try {
    return run();
  } catch {
    need(false, INVALID_OPTIONS, "editions from the programs module", editions);
  }
}

const SCHEMA_RULE: EligibilityRuleRef = ref("application-schema");

function invalid(issues: readonly Issue<ApplicationIssueCode>[]): EligibilityResult {
  return freeze({
    eligible: false,
    valid: false,
    issues: freeze(issues.map((i) => freeze({ ...i, severity: "error" as const, rule: SCHEMA_RULE }))),
  });
}

/** What the rules read of an application: a parsed {@link Application} or its checked JSON form. */
type ApplicationView = Pick<
  Application,
  "year" | "subProgramId" | "submittedAt" | "priorConsultation" | "jointApplication"
> & {
  readonly consortium: readonly (Omit<ConsortiumMember, "receivesFunds"> & {
    readonly receivesFunds?: boolean;
  })[];
};

/** @internal Checks a parsed application. */
export function checkParsed(
  app: ApplicationView,
  requestedFunding: bigint,
  editions: readonly Edition[],
  asOf: number | undefined,
): EligibilityResult {
  const { edition, sub } = findSubProgram(editions, app.year, app.subProgramId);
  if (sub === undefined) {
    // no such edition, or no such sub-program in it
    const names = (edition ? edition.subPrograms.map((s) => s.id) : editions.map((e) => e.year)).join(", ");
    const issue = edition
      ? makeIssue(
          "SUB_PROGRAM_NOT_FOUND",
          ["subProgramId"],
          `The ${app.year} edition has no sub-program "${app.subProgramId}"; it has: ${names}`,
          `${app.year}년 사업에는 "${app.subProgramId}" 세부 사업이 없습니다. 세부 사업: ${names}`,
          ref(`${app.year}/sub-programs`),
          undefined,
          { expected: `one of ${names}`, received: JSON.stringify(app.subProgramId) },
        )
      : makeIssue(
          "EDITION_NOT_FOUND",
          ["year"],
          `There is no ${app.year} edition; editions: ${names}`,
          `${app.year}년 사업이 없습니다. 연도: ${names}`,
          ref("editions"),
          undefined,
          { expected: `one of ${names}`, received: String(app.year) },
        );
    return freeze({ eligible: false, valid: true, issues: freeze([issue]) });
  }
  const issues: EligibilityIssue[] = [];
  const at = app.submittedAt !== undefined ? instantOf(app.submittedAt) : asOf;
  const consideredFor = evaluate(
    sub,
    getEligibilityRules(app.year, app.subProgramId),
    {
      editions,
      consortium: app.consortium,
      requestedFunding,
      at,
      atText: app.submittedAt,
      priorConsultation: app.priorConsultation,
      jointApplication: app.jointApplication,
    },
    issues,
  );
  const eligible = !issues.some((i) => i.severity === "error");
  return freeze({ eligible, valid: true, issues: sortIssues(issues), consideredFor });
}
