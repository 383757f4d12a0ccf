import { deepFreeze } from "../../core/deepFreeze.js";
import { inferred, known, PRESS } from "../../core/fact.js";
import { EXECUTOR_ONLY } from "./common.js";
import type { EditionRules, SubProgramRules } from "./types.js";

const planning = (subProgramId: string): SubProgramRules => ({
  year: 2020,
  subProgramId,
  leadTypes: known(
    ["foreign-central-government", "foreign-local-government", "foreign-public-agency"] as const,
    ["S8", "S40"],
    PRESS,
    "Only foreign central governments, local governments and public agencies, to keep the program G2G.",
  ),
  priorConsultation: inferred(false, "The applicant is the overseas government or agency itself.", ["S8"]),
  jointApplication: inferred(null, "International organisations were not admitted before 2022.", ["S46"]),
  overseasPublicPartner: inferred(null, "The consortium rule applies to the demonstration type.", ["S9"]),
  fundsRecipients: EXECUTOR_ONLY,
});

/**
 * The 2020 rules: both sub-programs admit only foreign governments and public agencies.
 *
 * @category Eligibility
 */
export const RULES_2020: EditionRules = deepFreeze({
  year: 2020,
  change: {
    en: "First edition: only foreign central governments, local governments and public agencies may apply.",
    ko: "첫 해: 해외 중앙정부·지방정부·공공기관만 신청할 수 있습니다.",
  },
  subPrograms: [planning("smart-city-development"), planning("smart-single-solution")],
});
