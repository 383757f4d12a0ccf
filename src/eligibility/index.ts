/**
 * Eligibility: the application model and its validators (zod source, fast parser, JSON Schema),
 * every edition's rules as data with their sources, and `checkEligibility` with reasons.
 *
 * @module eligibility
 */

// The shared types of what this entry returns and takes, so that a consumer of this subpath alone
// can name them (their functions, such as `ok` and `localize`, are on the root entry).
export type * from "../core/sharedTypes.js";
export {
  APPLICATION_LIMITS,
  type Application,
  type ApplicationInput,
  type ConsortiumMember,
  type ConsortiumMemberInput,
  type FundingJson,
  type JointApplication,
  type PriorConsultation,
} from "./application.js";
export { APPLICATION_SCHEMA_ID } from "./applicationJsonSchema.js";
export {
  ApplicationInputSchema,
  ApplicationSchema,
  ConsortiumMemberSchema,
  FundingJsonSchema,
} from "./applicationSchema.js";
export { type CheckEligibilityOptions, checkEligibility } from "./checkEligibility.js";
export {
  checkEligibilityMany,
  type EligibilityBatchResult,
  type EligibilitySummary,
} from "./checkEligibilityMany.js";
export { CONSORTIUM_ROLE_IDS, CONSORTIUM_ROLES, type ConsortiumRole } from "./consortiumRoles.js";
export {
  type ApplicationIssueCode,
  ELIGIBILITY_ISSUE_CODES,
  type EligibilityIssue,
  type EligibilityIssueCode,
  type EligibilityResult,
  type EligibilityRuleRef,
  type EligibilitySeverity,
  type EligibleResult,
  type IneligibleResult,
} from "./eligibilityIssue.js";
export {
  type EligibleSubProgramsOptions,
  type EligibleSubProgramsResult,
  eligibleSubPrograms,
  type SubProgramEligibility,
} from "./eligibleSubPrograms.js";
export {
  getOrganisationType,
  isOrganisationType,
  ORGANISATION_TYPE_IDS,
  ORGANISATION_TYPES,
  type OrganisationType,
  type OrganisationTypeId,
} from "./organisationTypes.js";
export { parseApplication } from "./parseApplication.js";
export {
  type EditionRules,
  ELIGIBILITY_RULES,
  type FundsRecipientsRule,
  getEligibilityRules,
  type JointApplicationRule,
  type SubProgramRules,
} from "./rules/index.js";
export { safeParseApplication } from "./safeParseApplication.js";
