import { deepFreeze } from "../../core/deepFreeze.js";
import { type Fact, inferred, known, OFFICIAL, PRESS, type SourceTag, unknown } from "../../core/fact.js";
import type { OrganisationTypeId } from "../organisationTypes.js";
import { EXECUTOR_ONLY, GOVERNMENTS, PUBLIC_PARTNERS } from "./common.js";
import type { EditionRules, FundsRecipientsRule } from "./types.js";

/** @internal The rules of the October 2023 reform, in force from the 2024 edition. */
export function rulesFrom2024(year: number, planningSources: readonly SourceTag[]): EditionRules {
  const first = year === 2024;
  const faq = <T>(value: T, note: string): Fact<T> =>
    first
      ? known(value, ["S9", "S39"], OFFICIAL, note)
      : inferred(value, `${note} (FAQ rule in force from 2024; no later change found)`, ["S9", "S39"]);
  return deepFreeze({
    year,
    change: first
      ? {
          en: "Demonstration needs a consortium with an overseas public partner; foreign companies may join but not receive the subsidy; planning proposals all year with pre-consulting, those after the end of April roll over.",
          ko: "해외실증형은 해외 공공 파트너를 포함한 컨소시엄 필수, 해외 기업은 참여 가능하나 보조금 수령 불가; 계획수립형은 연중 접수·사전 컨설팅, 4월 말 이후 접수분은 다음 연도로 이월.",
        }
      : { en: "No rule change published since 2024.", ko: "2024년 이후 공개된 규칙 변경 없음." },
    subPrograms: [
      {
        year,
        subProgramId: "planning",
        leadTypes: known(
          [...GOVERNMENTS, "international-organisation"] as readonly OrganisationTypeId[],
          planningSources,
          PRESS,
          "International organisations and foreign national or local governments that completed prior consultation.",
        ),
        priorConsultation: known(
          true,
          planningSources,
          PRESS,
          "Applicants must have completed prior consultation.",
        ),
        jointApplication: inferred(
          null,
          "From 2024 international organisations are named as applicants in their own right.",
          planningSources,
        ),
        overseasPublicPartner: inferred(null, "The consortium rule applies to the demonstration type.", [
          "S9",
        ]),
        fundsRecipients: EXECUTOR_ONLY,
      },
      {
        year,
        subProgramId: "overseas-demonstration",
        leadTypes: faq(
          ["korean-company"] as readonly OrganisationTypeId[],
          "The Korean host company applies, alone when the consortium is in place; no restriction on company size.",
        ),
        priorConsultation: unknown("The FAQ does not say; 2021 required it.", ["S9", "S39"]),
        jointApplication: inferred(null, "Not a requirement of the demonstration type.", ["S9"]),
        overseasPublicPartner: faq(
          PUBLIC_PARTNERS,
          "A consortium with an overseas partner organisation (central or local government, public institution, university) is mandatory; consortia of overseas private companies only are excluded.",
        ),
        fundsRecipients: faq<FundsRecipientsRule>(
          {
            kind: "consortium" as const,
            // S9: "no direct subsidy to overseas partners/companies"
            excluded: [
              "foreign-company",
              "foreign-central-government",
              "foreign-local-government",
              "foreign-public-agency",
            ] as const,
            // the overseas partners include universities (S9); a Korean university is not one
            excludedOverseas: ["university"] as const,
          },
          "Foreign companies may join the consortium but cannot receive the subsidy directly; neither can the overseas partners (S9).",
        ),
      },
    ],
  });
}

/**
 * The 2024 rules (the October 2023 reform).
 *
 * @category Eligibility
 */
export const RULES_2024: EditionRules = rulesFrom2024(2024, ["S9", "S26"]);
/**
 * The 2025 rules (as in 2024; planning applicants per the 2025 call).
 *
 * @category Eligibility
 */
export const RULES_2025: EditionRules = rulesFrom2024(2025, ["S9", "S2", "S36"]);
/**
 * The 2026 rules (as in 2024; planning applicants per the 2026 call).
 *
 * @category Eligibility
 */
export const RULES_2026: EditionRules = rulesFrom2024(2026, ["S9", "S24"]);
