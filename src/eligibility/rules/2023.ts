import { deepFreeze } from "../../core/deepFreeze.js";
import { inferred, known, PRESS, unknown } from "../../core/fact.js";
import { EXECUTOR_ONLY, GOVERNMENTS } from "./common.js";
import type { EditionRules } from "./types.js";

/**
 * The 2023 rules: planning proposed by central or local governments of partner countries; the
 * demonstration's applicant rule is not in the sources.
 *
 * @category Eligibility
 */
export const RULES_2023: EditionRules = deepFreeze({
  year: 2023,
  change: {
    en: "Planning projects must be proposed by central or local governments of partner countries.",
    ko: "계획수립형은 협력국 중앙정부·지방정부가 제안해야 합니다.",
  },
  subPrograms: [
    {
      year: 2023,
      subProgramId: "planning",
      leadTypes: known(
        GOVERNMENTS,
        ["S10"],
        PRESS,
        "Proposed by central or local governments of partner countries.",
      ),
      priorConsultation: inferred(false, "The applicant is the overseas government itself.", ["S10"]),
      jointApplication: unknown("Not in the stored part of the 2023 notice.", ["S10"]),
      overseasPublicPartner: inferred(null, "The consortium rule applies to the demonstration type.", ["S9"]),
      fundsRecipients: EXECUTOR_ONLY,
    },
    {
      year: 2023,
      subProgramId: "overseas-demonstration",
      leadTypes: unknown("The 2023 applicant rule for the demonstration type is not in the stored sources.", [
        "S25",
        "S10",
      ]),
      priorConsultation: unknown("Not stated for the 2023 demonstration type.", ["S25"]),
      jointApplication: unknown("Not stated for the 2023 demonstration type.", ["S25", "S10"]),
      overseasPublicPartner: unknown("Not stated for the 2023 demonstration type.", ["S25"]),
      fundsRecipients: unknown("Not stated for the 2023 demonstration type.", ["S25"]),
    },
  ],
});
