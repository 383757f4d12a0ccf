import { deepFreeze } from "../../core/deepFreeze.js";
import { inferred, known, PRESS, unknown } from "../../core/fact.js";
import { EXECUTOR_ONLY, GOVERNMENTS } from "./common.js";
import type { EditionRules } from "./types.js";

/**
 * The 2022 rules: as in 2021, plus international organisations applying jointly with an overseas
 * government or city.
 *
 * @category Eligibility
 */
export const RULES_2022: EditionRules = deepFreeze({
  year: 2022,
  change: {
    en: "International organisations (e.g. the World Bank) may apply jointly with an overseas government or city.",
    ko: "국제기구(예: 세계은행)가 해외 정부·도시와 공동으로 신청할 수 있습니다.",
  },
  subPrograms: [
    {
      year: 2022,
      subProgramId: "smart-city-planning",
      leadTypes: known(
        [...GOVERNMENTS, "international-organisation"] as const,
        ["S46", "S49"],
        PRESS,
        "Foreign central and local governments as in 2021, plus international organisations applying jointly.",
      ),
      priorConsultation: inferred(false, "The applicant is the overseas government itself.", ["S46"]),
      jointApplication: known(
        {
          applicants: ["international-organisation"] as const,
          with: GOVERNMENTS,
        },
        ["S46", "S49"],
        PRESS,
        "International organisations apply jointly with overseas governments or cities.",
      ),
      overseasPublicPartner: inferred(null, "The consortium rule applies to the demonstration type.", ["S9"]),
      fundsRecipients: EXECUTOR_ONLY,
    },
    {
      year: 2022,
      subProgramId: "smart-solution-demonstration",
      leadTypes: inferred(
        ["korean-company"] as const,
        "As in 2021: Korean companies. The sources do not say whether international organisations may join this type.",
        ["S46", "S49"],
      ),
      priorConsultation: inferred(true, "As in 2021 (S33); the 2022 call does not restate it.", [
        "S33",
        "S46",
        "S49",
      ]),
      jointApplication: inferred(null, "Joint application is stated for the planning track's applicants.", [
        "S46",
      ]),
      overseasPublicPartner: unknown("Not published before the 2024 FAQ.", ["S46", "S49"]),
      fundsRecipients: unknown("No restriction on who receives the subsidy is published for 2022.", ["S46"]),
    },
  ],
});
