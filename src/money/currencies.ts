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
export const CURRENCY_MINOR_UNITS = /* @__PURE__ */ freeze({
  KRW: 0,
  USD: 2,
  EUR: 2,
  JPY: 0,
  GBP: 2,
  CHF: 2,
  CNY: 2,
  HKD: 2,
  TWD: 2,
  SGD: 2,
  AUD: 2,
  NZD: 2,
  CAD: 2,
  // Kuwait, Bahrain, Oman, Jordan, Iraq, Libya, Tunisia: three minor digits
  KWD: 3,
  BHD: 3,
  OMR: 3,
  JOD: 3,
  IQD: 3,
  LYD: 3,
  TND: 3,
  SAR: 2,
  AED: 2,
  QAR: 2,
  TRY: 2,
  EGP: 2,
  MAD: 2,
  DZD: 2,
  // Asia
  VND: 0,
  IDR: 2,
  PHP: 2,
  THB: 2,
  MYR: 2,
  KHR: 2,
  LAK: 2,
  MMK: 2,
  MNT: 2,
  INR: 2,
  BDT: 2,
  NPR: 2,
  LKR: 2,
  PKR: 2,
  UZS: 2,
  KZT: 2,
  KGS: 2,
  TJS: 2,
  TMT: 2,
  AZN: 2,
  GEL: 2,
  AMD: 2,
  // Africa
  KES: 2,
  TZS: 2,
  UGX: 0,
  RWF: 0,
  ETB: 2,
  GHS: 2,
  NGN: 2,
  ZAR: 2,
  XOF: 0,
  XAF: 0,
  MZN: 2,
  ZMW: 2,
  // Latin America
  BRL: 2,
  MXN: 2,
  COP: 2,
  PEN: 2,
  CLP: 0,
  ARS: 2,
  PYG: 0,
  BOB: 2,
  CRC: 2,
  GTQ: 2,
  HNL: 2,
  DOP: 2,
  UYU: 2,
  // Pacific and others
  FJD: 2,
  PGK: 2,
  ISK: 0,
} as const);

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
