import type { Fact } from "../../core/fact.js";
import type { OrganisationTypeId } from "../organisationTypes.js";

/**
 * Who must apply jointly, and with whom (2022: international organisations, with an overseas
 * government or city).
 *
 * @category Eligibility
 */
export interface JointApplicationRule {
  /** Lead types that must apply jointly. */
  readonly applicants: readonly OrganisationTypeId[];
  /** The types one of which must be the joint applicant (declared or in the consortium). */
  readonly with: readonly OrganisationTypeId[];
}

/**
 * Who receives the subsidy: only the Korean executor chosen by tender (planning), or consortium
 * members except some types (demonstration): `excluded` wherever they are based, `excludedOverseas`
 * when based outside Korea (a type such as `university` exists on both sides).
 *
 * @category Eligibility
 */
export type FundsRecipientsRule =
  | { readonly kind: "executor-only" }
  | {
      readonly kind: "consortium";
      readonly excluded: readonly OrganisationTypeId[];
      readonly excludedOverseas?: readonly OrganisationTypeId[];
    };

/**
 * The eligibility rules of one sub-program of one edition, as data. Every rule is a
 * {@link Fact}: known with its sources, inferred with a note, or unknown (the check then reports
 * `RULE_UNKNOWN` instead of inventing a rule). `null` means the edition has no such requirement.
 *
 * The call window or rolling intake and the funding range are read from the edition data
 * (`SubProgram.intake`, `SubProgram.funding`), not repeated here.
 *
 * @category Eligibility
 */
export interface SubProgramRules {
  /** The edition year. */
  readonly year: number;
  /** The sub-program the rules apply to. */
  readonly subProgramId: string;
  /** Organisation types that may be the lead applicant. */
  readonly leadTypes: Fact<readonly OrganisationTypeId[]>;
  /** Whether prior consultation is required; the fact's note and sources say with whom. */
  readonly priorConsultation: Fact<boolean>;
  /** Who must apply jointly with a government, or `null`. */
  readonly jointApplication: Fact<JointApplicationRule | null>;
  /** The overseas public partner the consortium must include (types), or `null`. */
  readonly overseasPublicPartner: Fact<readonly OrganisationTypeId[] | null>;
  /** Who may receive the subsidy. */
  readonly fundsRecipients: Fact<FundsRecipientsRule>;
}

/**
 * The eligibility rules of one edition: one {@link SubProgramRules} per sub-program.
 *
 * @category Eligibility
 */
export interface EditionRules {
  /** The edition year. */
  readonly year: number;
  /** The rules of each sub-program of the edition. */
  readonly subPrograms: readonly SubProgramRules[];
  /** What changed this year, in English and Korean. */
  readonly change: { readonly en: string; readonly ko: string };
}
