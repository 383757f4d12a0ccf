import { freeze } from "../core/freeze.js";
import type { Label } from "../core/label.js";
import { flagOf, need } from "../core/need.js";
import type { Issue } from "../core/result.js";
import { KcnError } from "../errors.js";
import type { TrackId } from "../programs/index.js";
import type { ConsortiumMember, ConsortiumMemberInput } from "./application.js";
import { type CheckEligibilityOptions, checkCustom, readOptions } from "./checkEligibility.js";
import type { EligibilityIssue } from "./eligibilityIssue.js";
import { evaluate, sortIssues } from "./evaluate.js";
import { getEligibilityRules } from "./rules/index.js";
import { safeParseApplication } from "./safeParseApplication.js";

/**
 * Options of {@link eligibleSubPrograms}.
 *
 * @category Eligibility
 */
export interface EligibleSubProgramsOptions extends CheckEligibilityOptions {
  /** Whether the prior consultation the sub-program requires is done (default: not known). */
  readonly priorConsultation?: boolean | undefined;
}

/**
 * Whether a consortium could apply to one sub-program, and why not.
 *
 * @category Eligibility
 */
export interface SubProgramEligibility {
  /** The sub-program's id in the edition. */
  readonly subProgramId: string;
  /** Its name in English and Korean. */
  readonly name: Label;
  /** The tracks it covers. */
  readonly tracks: readonly TrackId[];
  /** `true` when no finding is an error. Requirements the consortium alone cannot show are `info`. */
  readonly eligible: boolean;
  /** The findings, errors first, each with its rule and sources. */
  readonly issues: readonly EligibilityIssue[];
}

/**
 * The answer of {@link eligibleSubPrograms}.
 *
 * @category Eligibility
 */
export interface EligibleSubProgramsResult {
  /** The edition year. */
  readonly year: number;
  /** `false` when the consortium is not valid (its issues are then in `issues`). */
  readonly valid: boolean;
  /** Schema issues of the consortium, with paths such as `["consortium", 0, "type"]`. */
  readonly issues: readonly Issue[];
  /** One entry per sub-program of the edition, in edition order. */
  readonly subPrograms: readonly SubProgramEligibility[];
  /** The ids of the sub-programs the consortium could apply to. */
  readonly eligible: readonly string[];
}

/**
 * Which sub-programs of an edition a consortium could apply to, and why not for the others.
 *
 * Runs the rules that depend on the consortium (lead applicant type, overseas public partner, who
 * receives the subsidy, joint application) and, when `asOf` is given, the call window, read as
 * {@link checkEligibility} reads it (a year-round intake of the year before that rolls over into
 * this edition included). Prior consultation is reported as an `info` requirement unless
 * `options.priorConsultation` is `true`.
 *
 * @param consortium - the organisations, in the JSON form of `Application.consortium` (unknown input is checked)
 * @param year - the edition year
 * @param options - {@link EligibleSubProgramsOptions}
 * @returns the verdict per sub-program
 * @throws {@link KcnError} `UNKNOWN_EDITION` when there is no edition for `year`; `INVALID_DATE` for a bad `asOf`, `INVALID_OPTIONS` for bad `editions`, another key, or a `priorConsultation` that is not a boolean
 * @example
 * ```ts
 * eligibleSubPrograms(
 *   [{ name: "Ministry of Public Works", type: "foreign-central-government", country: "ID", role: "lead" }],
 *   2024,
 * ).eligible;
 * //=> ["planning"]
 * // received after the 2024 cutoff (end of April, Seoul): in the 2025 planning cycle
 * eligibleSubPrograms(
 *   [{ name: "Nairobi City County", type: "foreign-local-government", country: "KE", role: "lead" }],
 *   2025,
 *   { asOf: "2024-05-01T09:00:00+09:00", priorConsultation: true },
 * ).eligible;
 * //=> ["planning"]
 * ```
 * @category Eligibility
 */
export function eligibleSubPrograms(
  consortium: readonly ConsortiumMemberInput[] | readonly ConsortiumMember[] | unknown,
  year: number,
  options: EligibleSubProgramsOptions = {},
): EligibleSubProgramsResult {
  const { asOf: at, editions } = readOptions(options, "asOf editions priorConsultation");
  const consulted = flagOf(options?.priorConsultation, "priorConsultation") === true;
  const edition = editions.find((e) => e.year === year);
  need(
    edition !== undefined,
    "UNKNOWN_EDITION",
    `an edition year (${editions.map((e) => e.year).join(", ")})`,
    year,
    { received: year },
  );
  const parsed = safeParseApplication({
    year,
    subProgramId: "x",
    title: "x",
    site: { country: "KR", city: "x" },
    consortium,
    requestedFunding: { amount: "0", currency: "KRW" },
  });
  if (!parsed.ok) {
    return freeze({
      year,
      valid: false,
      issues: parsed.issues,
      subPrograms: freeze([]),
      eligible: freeze([]),
    });
  }
  const members = parsed.value.consortium;
  const subPrograms = checkCustom(
    () =>
      edition.subPrograms.map((sub) => {
        const issues: EligibilityIssue[] = [];
        evaluate(
          sub,
          getEligibilityRules(year, sub.id),
          // the year before's roll-over counts here too, as in checkEligibility
          { consortium: members, at, discovery: true, consulted, editions },
          issues,
        );
        return freeze({
          subProgramId: sub.id,
          name: sub.name,
          tracks: sub.tracks,
          eligible: !issues.some((i) => i.severity === "error"),
          issues: sortIssues(issues),
        });
      }),
    editions,
  );
  return freeze({
    year,
    valid: true,
    issues: freeze([]),
    subPrograms: freeze(subPrograms),
    eligible: freeze(subPrograms.filter((s) => s.eligible).map((s) => s.subProgramId)),
  });
}
