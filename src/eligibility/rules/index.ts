import { freeze } from "../../core/freeze.js";
import { RULES_2020 } from "./2020.js";
import { RULES_2021 } from "./2021.js";
import { RULES_2022 } from "./2022.js";
import { RULES_2023 } from "./2023.js";
import { RULES_2024, RULES_2025, RULES_2026 } from "./from2024.js";
import type { EditionRules, SubProgramRules } from "./types.js";

/**
 * Every edition's eligibility rules, as data, by year.
 *
 * @example
 * ```ts
 * ELIGIBILITY_RULES.map((r) => r.year); //=> [2020, 2021, 2022, 2023, 2024, 2025, 2026]
 * ```
 * @category Eligibility
 */
export const ELIGIBILITY_RULES: readonly EditionRules[] = freeze([
  RULES_2020,
  RULES_2021,
  RULES_2022,
  RULES_2023,
  RULES_2024,
  RULES_2025,
  RULES_2026,
]);

const BY_YEAR: ReadonlyMap<number, ReadonlyMap<string, SubProgramRules>> = new Map(
  ELIGIBILITY_RULES.map(
    (e) => [e.year, new Map(e.subPrograms.map((s) => [s.subProgramId, s] as const))] as const,
  ),
);

/**
 * The eligibility rules of one sub-program of one edition.
 *
 * @param year - the edition year
 * @param subProgramId - the sub-program id in that edition
 * @returns the rules, or `undefined` when there are none for that pair
 * @example
 * ```ts
 * getEligibilityRules(2024, "overseas-demonstration")?.overseasPublicPartner.known; //=> true
 * getEligibilityRules(2019, "planning"); //=> undefined
 * ```
 * @category Eligibility
 */
export function getEligibilityRules(year: number, subProgramId: string): SubProgramRules | undefined {
  return BY_YEAR.get(year)?.get(subProgramId);
}

export type { EditionRules, FundsRecipientsRule, JointApplicationRule, SubProgramRules } from "./types.js";
