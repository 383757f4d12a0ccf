import { known, OFFICIAL } from "../../core/fact.js";
import { freeze } from "../../core/freeze.js";
import type { OrganisationTypeId } from "../organisationTypes.js";
import type { FundsRecipientsRule } from "./types.js";

/** @internal Foreign governments. */
export const GOVERNMENTS: readonly OrganisationTypeId[] = freeze([
  "foreign-central-government",
  "foreign-local-government",
]);

/** @internal The overseas public partners of the 2024 demonstration rule. */
export const PUBLIC_PARTNERS: readonly OrganisationTypeId[] = freeze([
  "foreign-central-government",
  "foreign-local-government",
  "foreign-public-agency",
  "university",
]);

/** @internal Planning money goes to the Korean executor chosen by tender, not to the applicant. */
export const EXECUTOR_ONLY = known<FundsRecipientsRule>(
  freeze({ kind: "executor-only" as const }),
  ["S9", "S39"],
  OFFICIAL,
  "Planning money is paid to the Korean contractor chosen by open tender in Korea, not to the foreign applicant.",
);
