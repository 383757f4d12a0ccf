/**
 * ISO 3166-1 alpha-2 country codes, validated against a fixed list, with names in English and Korean.
 *
 * @module
 */

import { freeze } from "../core/freeze.js";
import { type Lang, langOf } from "../core/label.js";
import { memo } from "../core/memo.js";
import { need } from "../core/need.js";
import { KcnError } from "../errors.js";
import type { CountryCode } from "./types.js";

/**
 * Every officially assigned ISO 3166-1 alpha-2 code (249), in alphabetical order. Reserved and
 * user-assigned codes (`UK`, `EU`, `XK`...) are not in the list.
 *
 * @example
 * ```ts
 * COUNTRY_CODES.length; //=> 249
 * COUNTRY_CODES.includes("KE"); //=> true
 * ```
 * @category Programs
 */
export const COUNTRY_CODES: readonly CountryCode[] = /* @__PURE__ */ freeze(
  // The second letters of the codes, grouped by first letter A-Z.
  "DEFGILMOQRSTUWXZ ABDEFGHIJLMNOQRSTVWYZ ACDFGHIKLMNORUVWXYZ EJKMOZ CEGHRST IJKMOR ABDEFGHILMNPQRSTUWY KMNRTU DELMNOQRST EMOP EGHIMNPRWYZ ABCIKRSTUVY ACDEFGHKLMNOPQRSTUVWXYZ ACEFGILOPRUZ M AEFGHKLMNRSTWY A EOSUW ABCDEGHIJKLMNORSTVXYZ CDFGHJKLMNORTVWZ AGMSYZ ACEGINU FS  ET AMW"
    .split(" ")
    .flatMap((seconds, i) => [...seconds].map((b) => String.fromCharCode(65 + i) + b) as CountryCode[]),
);

const CODE_SET: ReadonlySet<string> = new Set(COUNTRY_CODES);

/**
 * The officially assigned ISO 3166-1 alpha-2 codes as a type: what {@link isCountryCode} narrows
 * a value to. Every one is a {@link CountryCode} (a string); a test keeps it equal to
 * {@link COUNTRY_CODES}.
 *
 * @category Programs
 */
export type IsoCountryCode =
  | "AD"
  | "AE"
  | "AF"
  | "AG"
  | "AI"
  | "AL"
  | "AM"
  | "AO"
  | "AQ"
  | "AR"
  | "AS"
  | "AT"
  | "AU"
  | "AW"
  | "AX"
  | "AZ"
  | "BA"
  | "BB"
  | "BD"
  | "BE"
  | "BF"
  | "BG"
  | "BH"
  | "BI"
  | "BJ"
  | "BL"
  | "BM"
  | "BN"
  | "BO"
  | "BQ"
  | "BR"
  | "BS"
  | "BT"
  | "BV"
  | "BW"
  | "BY"
  | "BZ"
  | "CA"
  | "CC"
  | "CD"
  | "CF"
  | "CG"
  | "CH"
  | "CI"
  | "CK"
  | "CL"
  | "CM"
  | "CN"
  | "CO"
  | "CR"
  | "CU"
  | "CV"
  | "CW"
  | "CX"
  | "CY"
  | "CZ"
  | "DE"
  | "DJ"
  | "DK"
  | "DM"
  | "DO"
  | "DZ"
  | "EC"
  | "EE"
  | "EG"
  | "EH"
  | "ER"
  | "ES"
  | "ET"
  | "FI"
  | "FJ"
  | "FK"
  | "FM"
  | "FO"
  | "FR"
  | "GA"
  | "GB"
  | "GD"
  | "GE"
  | "GF"
  | "GG"
  | "GH"
  | "GI"
  | "GL"
  | "GM"
  | "GN"
  | "GP"
  | "GQ"
  | "GR"
  | "GS"
  | "GT"
  | "GU"
  | "GW"
  | "GY"
  | "HK"
  | "HM"
  | "HN"
  | "HR"
  | "HT"
  | "HU"
  | "ID"
  | "IE"
  | "IL"
  | "IM"
  | "IN"
  | "IO"
  | "IQ"
  | "IR"
  | "IS"
  | "IT"
  | "JE"
  | "JM"
  | "JO"
  | "JP"
  | "KE"
  | "KG"
  | "KH"
  | "KI"
  | "KM"
  | "KN"
  | "KP"
  | "KR"
  | "KW"
  | "KY"
  | "KZ"
  | "LA"
  | "LB"
  | "LC"
  | "LI"
  | "LK"
  | "LR"
  | "LS"
  | "LT"
  | "LU"
  | "LV"
  | "LY"
  | "MA"
  | "MC"
  | "MD"
  | "ME"
  | "MF"
  | "MG"
  | "MH"
  | "MK"
  | "ML"
  | "MM"
  | "MN"
  | "MO"
  | "MP"
  | "MQ"
  | "MR"
  | "MS"
  | "MT"
  | "MU"
  | "MV"
  | "MW"
  | "MX"
  | "MY"
  | "MZ"
  | "NA"
  | "NC"
  | "NE"
  | "NF"
  | "NG"
  | "NI"
  | "NL"
  | "NO"
  | "NP"
  | "NR"
  | "NU"
  | "NZ"
  | "OM"
  | "PA"
  | "PE"
  | "PF"
  | "PG"
  | "PH"
  | "PK"
  | "PL"
  | "PM"
  | "PN"
  | "PR"
  | "PS"
  | "PT"
  | "PW"
  | "PY"
  | "QA"
  | "RE"
  | "RO"
  | "RS"
  | "RU"
  | "RW"
  | "SA"
  | "SB"
  | "SC"
  | "SD"
  | "SE"
  | "SG"
  | "SH"
  | "SI"
  | "SJ"
  | "SK"
  | "SL"
  | "SM"
  | "SN"
  | "SO"
  | "SR"
  | "SS"
  | "ST"
  | "SV"
  | "SX"
  | "SY"
  | "SZ"
  | "TC"
  | "TD"
  | "TF"
  | "TG"
  | "TH"
  | "TJ"
  | "TK"
  | "TL"
  | "TM"
  | "TN"
  | "TO"
  | "TR"
  | "TT"
  | "TV"
  | "TW"
  | "TZ"
  | "UA"
  | "UG"
  | "UM"
  | "US"
  | "UY"
  | "UZ"
  | "VA"
  | "VC"
  | "VE"
  | "VG"
  | "VI"
  | "VN"
  | "VU"
  | "WF"
  | "WS"
  | "YE"
  | "YT"
  | "ZA"
  | "ZM"
  | "ZW";

/**
 * Checks that a value is an officially assigned ISO 3166-1 alpha-2 code (upper case).
 *
 * The check narrows the value to {@link IsoCountryCode} when it holds and leaves its type as it was
 * when it does not: a `string` that is no code (`"ke"`) is still a `string`.
 *
 * @param value - anything
 * @returns `true` for a code in {@link COUNTRY_CODES}
 * @example
 * ```ts
 * isCountryCode("KE"); //=> true
 * isCountryCode("ke"); //=> false
 * isCountryCode("UK"); //=> false
 * ```
 * @category Programs
 */
export function isCountryCode(value: unknown): value is IsoCountryCode {
  return (CODE_SET as ReadonlySet<unknown>).has(value);
}

/**
 * Checks a country code and returns it.
 *
 * @param value - anything
 * @returns the code
 * @throws {@link KcnError} `INVALID_COUNTRY_CODE` when `value` is not in {@link COUNTRY_CODES}
 * @example
 * ```ts
 * assertCountryCode("ES"); //=> "ES"
 * ```
 * @category Programs
 */
export function assertCountryCode(value: unknown): IsoCountryCode {
  need(
    isCountryCode(value),
    "INVALID_COUNTRY_CODE",
    'an ISO 3166-1 alpha-2 code in upper case such as "KE"',
    value,
  );
  return value;
}

const DISPLAY = new Map<Lang, Intl.DisplayNames>();

/**
 * The name of a country in English or Korean, from `Intl.DisplayNames` (full ICU, as in Node 20).
 *
 * @param code - an ISO 3166-1 alpha-2 code
 * @param lang - `"en"` (default) or `"ko"`
 * @returns the name; the code itself only when the runtime has no region names for that language
 * @throws {@link KcnError} `INVALID_COUNTRY_CODE` when `code` is not in {@link COUNTRY_CODES};
 *   `INVALID_OPTIONS` when `lang` is neither `"en"` nor `"ko"`
 * @example
 * ```ts
 * countryName("KE"); //=> "Kenya"
 * countryName("KE", "ko"); //=> "케냐"
 * ```
 * @category Programs
 */
export function countryName(code: CountryCode, lang: Lang = "en"): string {
  const valid = assertCountryCode(code);
  const l = langOf(lang);
  try {
    return (
      memo(DISPLAY, l, () => new Intl.DisplayNames([l], { type: "region", fallback: "code" })).of(valid) ??
      valid
    );
  } catch {
    return valid;
  }
}
