import { deepFreeze } from "../core/deepFreeze.js";
import { freeze } from "../core/freeze.js";
import type { Label } from "../core/label.js";

/**
 * The role of an organisation in an application's consortium.
 *
 * - `lead`: the applicant that submits the proposal and answers for it (for a demonstration, the
 *   Korean host company, 주관기업); exactly one per application;
 * - `host`: the organisation that hosts the project on its site (the overseas city or agency, 수요처);
 * - `partner`: a partner with a share of the work;
 * - `member`: any other participant.
 *
 * @category Eligibility
 */
export type ConsortiumRole = "lead" | "host" | "partner" | "member";

/**
 * Every consortium role with its English and Korean label.
 *
 * @example
 * ```ts
 * CONSORTIUM_ROLES.map((r) => r.id); //=> ["lead", "host", "partner", "member"]
 * ```
 * @category Eligibility
 */
export const CONSORTIUM_ROLES: readonly { readonly id: ConsortiumRole; readonly label: Label }[] = deepFreeze(
  [
    { id: "lead" as const, label: { en: "Lead applicant", ko: "주관 신청기관" } },
    { id: "host" as const, label: { en: "Host (site owner)", ko: "수요처" } },
    { id: "partner" as const, label: { en: "Partner", ko: "참여기관" } },
    { id: "member" as const, label: { en: "Member", ko: "구성원" } },
  ],
);

/**
 * Every consortium role id, in order.
 *
 * @category Eligibility
 */
export const CONSORTIUM_ROLE_IDS: readonly ConsortiumRole[] = freeze(CONSORTIUM_ROLES.map((r) => r.id));
