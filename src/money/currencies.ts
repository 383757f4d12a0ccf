import { freeze } from "../core/freeze.js";
import { need } from "../core/need.js";
import { KcnError } from "../errors.js";

/**
 * ISO 4217 minor units (digits after the decimal point) of the currencies the library converts to:
 * KRW, the major currencies, and the currencies of the program's partner countries.
 *
 * @example
 * ```ts
 * CURRENCY_MINOR_UNITS.USD; //=> 2
 * CURRENCY_MINOR_UNITS.JPY; //=> 0
 * CURRENCY_MINOR_UNITS.KWD; //=> 3
 * ```
 * @category Money
 */
export const CURRENCY_MINOR_UNITS: Readonly<{
  readonly KRW: 0;
  readonly USD: 2;
  readonly EUR: 2;
  readonly JPY: 0;
  readonly GBP: 2;
  readonly CHF: 2;
  readonly CNY: 2;
  readonly HKD: 2;
  readonly TWD: 2;
  readonly SGD: 2;
  readonly AUD: 2;
  readonly NZD: 2;
  readonly CAD: 2;
  readonly KWD: 3;
  readonly BHD: 3;
  readonly OMR: 3;
  readonly JOD: 3;
  readonly IQD: 3;
  readonly LYD: 3;
  readonly TND: 3;
  readonly SAR: 2;
  readonly AED: 2;
  readonly QAR: 2;
  readonly TRY: 2;
  readonly EGP: 2;
  readonly MAD: 2;
  readonly DZD: 2;
  readonly VND: 0;
  readonly IDR: 2;
  readonly PHP: 2;
  readonly THB: 2;
  readonly MYR: 2;
  readonly KHR: 2;
  readonly LAK: 2;
  readonly MMK: 2;
  readonly MNT: 2;
  readonly INR: 2;
  readonly BDT: 2;
  readonly NPR: 2;
  readonly LKR: 2;
  readonly PKR: 2;
  readonly UZS: 2;
  readonly KZT: 2;
  readonly KGS: 2;
  readonly TJS: 2;
  readonly TMT: 2;
  readonly AZN: 2;
  readonly GEL: 2;
  readonly AMD: 2;
  readonly KES: 2;
  readonly TZS: 2;
  readonly UGX: 0;
  readonly RWF: 0;
  readonly ETB: 2;
  readonly GHS: 2;
  readonly NGN: 2;
  readonly ZAR: 2;
  readonly XOF: 0;
  readonly XAF: 0;
  readonly MZN: 2;
  readonly ZMW: 2;
  readonly BRL: 2;
  readonly MXN: 2;
  readonly COP: 2;
  readonly PEN: 2;
  readonly CLP: 0;
  readonly ARS: 2;
  readonly PYG: 0;
  readonly BOB: 2;
  readonly CRC: 2;
  readonly GTQ: 2;
  readonly HNL: 2;
  readonly DOP: 2;
  readonly UYU: 2;
  readonly FJD: 2;
  readonly PGK: 2;
  readonly ISK: 0;
}> = /* @__PURE__ */ minorUnits();

/** The table above from a compact text: each code with its digits, 2 when none is written. */
function minorUnits(): never {
  // in this order: KRW, the major currencies, then Kuwait, Bahrain, Oman, Jordan, Iraq, Libya and
  // Tunisia with three, the rest of Asia, Africa, Latin America, the Pacific and others
  return freeze(
    Object.fromEntries(
      "KRW0 USD EUR JPY0 GBP CHF CNY HKD TWD SGD AUD NZD CAD KWD3 BHD3 OMR3 JOD3 IQD3 LYD3 TND3 SAR AED QAR TRY EGP MAD DZD VND0 IDR PHP THB MYR KHR LAK MMK MNT INR BDT NPR LKR PKR UZS KZT KGS TJS TMT AZN GEL AMD KES TZS UGX0 RWF0 ETB GHS NGN ZAR XOF0 XAF0 MZN ZMW BRL MXN COP PEN CLP0 ARS PYG0 BOB CRC GTQ HNL DOP UYU FJD PGK ISK0"
        .split(" ")
        .map((c) => [c.slice(0, 3), Number(c[3] ?? 2)]),
    ),
  ) as never;
}

/**
 * An ISO 4217 code the library knows the minor units of.
 *
 * @category Money
 */
export type CurrencyCode = keyof typeof CURRENCY_MINOR_UNITS;

/**
 * Tells whether a value is a currency code in {@link CURRENCY_MINOR_UNITS}.
 *
 * @param value - anything
 * @returns `true` for a known ISO 4217 code
 * @example
 * ```ts
 * isCurrencyCode("USD"); //=> true
 * isCurrencyCode("usd"); //=> false
 * ```
 * @category Money
 */
export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return typeof value === "string" && Object.hasOwn(CURRENCY_MINOR_UNITS, value);
}

/**
 * The number of minor-unit digits of a currency (ISO 4217).
 *
 * @param currency - an ISO 4217 code
 * @returns 0, 2 or 3
 * @throws {@link KcnError} `INVALID_CURRENCY` for a code the library does not know
 * @example
 * ```ts
 * minorUnitsOf("KWD"); //=> 3
 * ```
 * @category Money
 */
export function minorUnitsOf(currency: string): number {
  need(isCurrencyCode(currency), "INVALID_CURRENCY", 'an ISO 4217 code such as "USD"', currency);
  return CURRENCY_MINOR_UNITS[currency];
}
