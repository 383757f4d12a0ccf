/**
 * ISO 3166-1 alpha-2 country codes, validated against a fixed list, with names in English and Korean.
 *
 * @module
 */
import type { Lang } from "../core/label.js";
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
export const COUNTRY_CODES: readonly CountryCode[] = Object.freeze(
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW".split(
    " ",
  ),
);

const CODE_SET: ReadonlySet<string> = new Set(COUNTRY_CODES);

/**
 * Checks that a value is an officially assigned ISO 3166-1 alpha-2 code (upper case).
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
export function isCountryCode(value: unknown): value is CountryCode {
  return typeof value === "string" && CODE_SET.has(value);
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
export function assertCountryCode(value: unknown): CountryCode {
  need(
    isCountryCode(value),
    "INVALID_COUNTRY_CODE",
    'an ISO 3166-1 alpha-2 code in upper case such as "KE"',
    value,
  );
  return value;
}

const DISPLAY = new Map<Lang, Intl.DisplayNames>();

function displayNames(lang: Lang): Intl.DisplayNames | undefined {
  let d = DISPLAY.get(lang);
  if (!d) {
    try {
      d = new Intl.DisplayNames([lang], { type: "region", fallback: "code" });
    } catch {
      return undefined;
    }
    DISPLAY.set(lang, d);
  }
  return d;
}

/**
 * The name of a country in English or Korean, from `Intl.DisplayNames` (full ICU, as in Node 20).
 *
 * @param code - an ISO 3166-1 alpha-2 code
 * @param lang - `"en"` (default) or `"ko"`
 * @returns the name; the code itself only when the runtime has no region names for that language
 * @throws {@link KcnError} `INVALID_COUNTRY_CODE` when `code` is not in {@link COUNTRY_CODES}
 * @example
 * ```ts
 * countryName("KE"); //=> "Kenya"
 * countryName("KE", "ko"); //=> "케냐"
 * ```
 * @category Programs
 */
export function countryName(code: CountryCode, lang: Lang = "en"): string {
  const valid = assertCountryCode(code);
  const d = displayNames(lang === "ko" ? "ko" : "en");
  if (!d) return valid;
  try {
    return d.of(valid) ?? valid;
  } catch {
    return valid;
  }
}
