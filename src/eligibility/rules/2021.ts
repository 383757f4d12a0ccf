import { deepFreeze } from "../../core/deepFreeze.js";
import { inferred, known, OFFICIAL, PRESS, unknown } from "../../core/fact.js";
import { EXECUTOR_ONLY, GOVERNMENTS } from "./common.js";
import type { EditionRules, SubProgramRules } from "./types.js";

const noJoint = inferred(null, "International organisations were first admitted in 2022.", ["S46", "S49"]);

const planning = (subProgramId: string): SubProgramRules => ({
  year: 2021,
  subProgramId,
  leadTypes: known(GOVERNMENTS, ["S51"], PRESS, "Planning types: foreign central and local governments."),
  priorConsultation: inferred(false, "The applicant is the overseas government itself.", ["S51"]),
  jointApplication: noJoint,
  overseasPublicPartner: inferred(null, "The consortium rule applies to the demonstration type.", ["S9"]),
  fundsRecipients: EXECUTOR_ONLY,
});

/**
 * The 2021 rules: planning for foreign governments; the new demonstration for Korean companies that
 * consulted the overseas government beforehand.
 *
 * @category Eligibility
 */
export const RULES_2021: EditionRules = deepFreeze({
  year: 2021,
  change: {
    en: "New demonstration type open to Korean companies after prior consultation with the overseas government.",
    ko: "해외실증형 신설: 해외 정부와 사전 협의한 국내 기업이 신청할 수 있습니다.",
  },
  subPrograms: [
    planning("smart-city-planning"),
    planning("smart-solution-planning"),
    {
      year: 2021,
      subProgramId: "smart-solution-demonstration",
      leadTypes: known(
        ["korean-company"] as const,
        ["S16", "S51", "S33"],
        OFFICIAL,
        "Korean companies apply for the demonstration type.",
      ),
      priorConsultation: known(
        true,
        ["S33"],
        "machine-translated",
        "Korean companies apply after prior consultation with the overseas government.",
      ),
      jointApplication: noJoint,
      overseasPublicPartner: unknown("Not published before the 2024 FAQ.", ["S16"]),
      fundsRecipients: unknown("No restriction on who receives the subsidy is published for 2021.", ["S33"]),
    },
  ],
});
