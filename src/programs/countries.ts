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
