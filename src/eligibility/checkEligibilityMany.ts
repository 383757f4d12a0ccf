import { freeze } from "../core/freeze.js";
import { INVALID_INPUT, need } from "../core/need.js";
import { KcnError } from "../errors.js";
import { type CheckEligibilityOptions, checkEligibility } from "./checkEligibility.js";
import type { EligibilityResult } from "./eligibilityIssue.js";

/**
 * Counts over a batch checked by {@link checkEligibilityMany}.
 *
 * @category Eligibility
 */
export interface EligibilitySummary {
  /** Applications checked. */
  readonly total: number;
  /** Of which eligible. */
  readonly eligible: number;
  /** Valid applications with at least one error. */
  readonly ineligible: number;
  /** Inputs that are not valid applications. */
  readonly invalid: number;
  /** For each code, how many applications have at least one issue with it. */
  readonly byCode: Readonly<Record<string, number>>;
}

/**
 * The answer of {@link checkEligibilityMany}.
 *
 * @category Eligibility
 */
export interface EligibilityBatchResult {
  /** One result per input, in order. */
  readonly results: readonly EligibilityResult[];
  /** Counts of the batch, by verdict and by code. */
  readonly summary: EligibilitySummary;
}

/**
 * Checks a batch of applications (parsed or unknown input) and summarises the findings by code.
 *
 * @param applications - an array of applications or unknown inputs
 * @param options - as for {@link checkEligibility}
 * @returns each result and a summary (`byCode` counts applications per issue code)
 * @throws {@link KcnError} `INVALID_INPUT` when `applications` is not an array; `INVALID_DATE` for a bad `asOf`, `INVALID_OPTIONS` for bad `editions`
 * @example
 * ```ts
 * const { summary } = checkEligibilityMany([{}, { year: 2020 }]);
 * summary.invalid; //=> 2
 * ```
 * @category Eligibility
 */
export function checkEligibilityMany(
  applications: readonly unknown[],
  options: CheckEligibilityOptions = {},
): EligibilityBatchResult {
  need(Array.isArray(applications), INVALID_INPUT, "an array of applications", applications);
  const byCode: Record<string, number> = Object.create(null);
  let eligible = 0;
  let invalid = 0;
  // Array.from reads a hole of a sparse array as undefined (map would keep the hole)
  const results = Array.from(applications, (a) => {
    const r = checkEligibility(a, options);
    if (r.eligible) eligible++;
    else if (!r.valid) invalid++;
    const seen = new Set<string>();
    for (const i of r.issues) seen.add(i.code);
    for (const c of seen) byCode[c] = (byCode[c] ?? 0) + 1;
    return r;
  });
  // entries sort by code: a code's "<code>,<count>" text orders as the code does (codes are
  // upper-case letters and "_", all after the ",")
  const sorted = Object.fromEntries(Object.entries(byCode).sort());
  return freeze({
    results: freeze(results),
    summary: freeze({
      total: results.length,
      eligible,
      ineligible: results.length - eligible - invalid,
      invalid,
      byCode: freeze(sorted),
    }),
  });
}
