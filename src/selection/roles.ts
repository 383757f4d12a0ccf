import { deepFreeze } from "../core/deepFreeze.js";
import { freeze } from "../core/freeze.js";
import type { Label } from "../core/label.js";
import { INVALID_INPUT, need } from "../core/need.js";
import type { Role } from "./types.js";

/**
 * Every role that may send events, with its name in English and Korean.
 *
 * @example
 * ```ts
 * ROLES["host-government"].ko; //=> "상대국 정부"
 * ```
 * @category Selection
 */
export const ROLES: Readonly<Record<Role, Label>> = deepFreeze({
  applicant: { en: "Applicant", ko: "신청자" },
  secretariat: { en: "Secretariat (KIND, KAIA or MOLIT)", ko: "사무국 (KIND, KAIA 또는 국토교통부)" },
  "review-committee": { en: "Review or selection committee", ko: "평가·선정위원회" },
  ministry: { en: "Ministry (MOLIT)", ko: "국토교통부" },
  executor: { en: "Korean executor", ko: "국내 수행기관" },
  "host-government": { en: "Host government", ko: "상대국 정부" },
});

/**
 * The role ids, in display order.
 *
 * @example
 * ```ts
 * ROLE_IDS[0]; //=> "applicant"
 * ```
 * @category Selection
 */
export const ROLE_IDS: readonly Role[] = freeze(Object.keys(ROLES) as Role[]);

/**
 * @internal Refuses a role that is not one of {@link ROLE_IDS} with `INVALID_INPUT`: a misspelt role
 * (`"Applicant"`) is the caller's error, thrown at the boundary; a role the event does not allow is a
 * business outcome, answered as `ROLE_NOT_ALLOWED`.
 */
export function needRole(role: unknown): void {
  need(ROLE_IDS.includes(role as Role), INVALID_INPUT, `a role (${ROLE_IDS.join(", ")})`, role);
}
