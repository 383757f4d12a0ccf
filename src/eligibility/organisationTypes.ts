import { freeze } from "../core/freeze.js";
import type { Label } from "../core/label.js";

/**
 * Identifier of an organisation type in an application's consortium (kebab-case).
 *
 * "Foreign" and "overseas" mean outside Korea; "Korean" means registered in Korea.
 *
 * @category Eligibility
 */
export type OrganisationTypeId =
  | "foreign-central-government"
  | "foreign-local-government"
  | "foreign-public-agency"
  | "international-organisation"
  | "korean-company"
  | "korean-public-agency"
  | "foreign-company"
  | "university"
  | "research-institute"
  | "ngo"
  | "other";

/**
 * One entry of the organisation-type codelist.
 *
 * @category Eligibility
 */
export interface OrganisationType {
  /** kebab-case id (`foreign-local-government`). */
  readonly id: OrganisationTypeId;
  /** Name in English and Korean. */
  readonly label: Label;
  /** The IATI OrganisationType code (codelist version 2.03) that corresponds best. */
  readonly iatiCode: "10" | "11" | "15" | "21" | "22" | "40" | "70" | "71" | "80" | "90";
  /** Where the organisation is based: `overseas`, `korea`, or `any` (given by its `country`). */
  readonly location: "overseas" | "korea" | "any";
  /** Whether it is a public body (government, public institution or public university). */
  readonly publicBody: boolean;
}

const t = (
  id: OrganisationTypeId,
  en: string,
  ko: string,
  iatiCode: OrganisationType["iatiCode"],
  location: OrganisationType["location"],
  publicBody: boolean,
): OrganisationType => freeze({ id, label: freeze({ en, ko }), iatiCode, location, publicBody });

/**
 * The organisation-type codelist, with English and Korean labels and the IATI OrganisationType code.
 *
 * IATI codes: 10 government, 11 local government, 15 other public sector, 21 international NGO,
 * 22 national NGO, 40 multilateral, 70 private sector, 71 private sector in provider country,
 * 80 academic, training and research, 90 other. A university is counted as a public partner when it
 * is overseas (the 2024 demonstration rule names universities beside governments and public
 * institutions).
 *
 * @example
 * ```ts
 * ORGANISATION_TYPES.find((o) => o.id === "korean-company")?.iatiCode; //=> "71"
 * ```
 * @category Eligibility
 */
export const ORGANISATION_TYPES: readonly OrganisationType[] = freeze([
  t("foreign-central-government", "Foreign central government", "해외 중앙정부", "10", "overseas", true),
  t("foreign-local-government", "Foreign local government", "해외 지방정부", "11", "overseas", true),
  t("foreign-public-agency", "Foreign public agency", "해외 공공기관", "15", "overseas", true),
  t("international-organisation", "International organisation", "국제기구", "40", "any", true),
  t("korean-company", "Korean company", "국내 기업", "71", "korea", false),
  t("korean-public-agency", "Korean public agency", "국내 공공기관", "15", "korea", true),
  t("foreign-company", "Foreign company", "해외 기업", "70", "overseas", false),
  t("university", "University", "대학", "80", "any", true),
  t("research-institute", "Research institute", "연구기관", "80", "any", false),
  t("ngo", "Non-governmental organisation", "비정부기구", "22", "any", false),
  t("other", "Other", "기타", "90", "any", false),
]);

/**
 * Every organisation-type id, in codelist order.
 *
 * @category Eligibility
 */
export const ORGANISATION_TYPE_IDS: readonly OrganisationTypeId[] = freeze(
  ORGANISATION_TYPES.map((o) => o.id),
);

const BY_ID: ReadonlyMap<string, OrganisationType> = new Map(ORGANISATION_TYPES.map((o) => [o.id, o]));

/**
 * Tells whether a value is an organisation-type id of the codelist.
 *
 * @param value - anything
 * @returns `true` for an id of {@link ORGANISATION_TYPES}
 * @example
 * ```ts
 * isOrganisationType("university"); //=> true
 * isOrganisationType("__proto__"); //=> false
 * ```
 * @category Eligibility
 */
export function isOrganisationType(value: unknown): value is OrganisationTypeId {
  return typeof value === "string" && BY_ID.has(value);
}

/**
 * Looks up an organisation type of the codelist.
 *
 * @param id - an organisation-type id
 * @returns the codelist entry; `undefined` for a value that is not an id of the codelist, which only
 *   untyped code can pass (no error is thrown). Check input of unknown origin with
 *   {@link isOrganisationType} first.
 * @example
 * ```ts
 * getOrganisationType("foreign-local-government").label.ko; //=> "해외 지방정부"
 * ```
 * @category Eligibility
 */
export function getOrganisationType(id: OrganisationTypeId): OrganisationType {
  return BY_ID.get(id) as OrganisationType;
}
