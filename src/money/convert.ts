import { freeze } from "../core/freeze.js";
import { isObject } from "../core/isObject.js";
import { need, optionsOf } from "../core/need.js";
import { DATE_RE } from "../core/patterns.js";
import { KcnError } from "../errors.js";
import { checkMoney } from "./arithmetic.js";
import { type CurrencyCode, minorUnitsOf } from "./currencies.js";
import { pow10, scaledToString, toScaledDecimal } from "./decimal.js";
import { type Money, makeMoney } from "./money.js";
import type { DecimalInput } from "./multiply.js";
import { checkRounding, divideRounded, type RoundingMode } from "./rounding.js";

/**
 * How a rate is quoted.
 *
 * - `target-per-source` (default): units of the target currency for one unit of the source
 *   (KRW→USD `"0.00072"`)
 * - `source-per-target`: units of the source for one unit of the target, as banks quote won
 *   (`"1385.20"` won per dollar)
 *
 * @category Money
 */
export type RateQuote = "target-per-source" | "source-per-target";

/**
 * An explicit exchange rate: the library never fetches or stores rates.
 *
 * @typeParam C - the target currency
 * @category Money
 */
export interface FxRate<C extends CurrencyCode> {
  /** The target currency (ISO 4217). */
  readonly currency: C;
  /** The rate, a positive decimal (a string keeps every digit). */
  readonly rate: DecimalInput;
  /** The date the rate is valid for, `YYYY-MM-DD`. */
  readonly valueDate: string;
  /** How `rate` is quoted (default `"target-per-source"`). */
  readonly quote?: RateQuote | undefined;
}

/**
 * Options of {@link convert}: the rounding mode is required.
 *
 * @category Money
 */
export interface ConvertOptions {
  /** How to round to the target currency's minor unit. */
  readonly rounding: RoundingMode;
}

/**
 * The result of {@link convert}: the converted amount and everything used to get it.
 *
 * @typeParam C - the target currency
 * @typeParam S - the source currency (`"KRW"` for won): `add(c.from, c.money)` does not compile
 * @category Money
 */
export interface Conversion<C extends string, S extends string = string> {
  /** The converted amount, rounded to the target's minor units. */
  readonly money: Money<C>;
  /** The amount that was converted. */
  readonly from: Money<S>;
  /** The rate used, as normalised decimal text. */
  readonly rate: string;
  /** How the rate was quoted. */
  readonly quote: RateQuote;
  /** The value date of the rate. */
  readonly valueDate: string;
  /** The rounding mode used. */
  readonly rounding: RoundingMode;
}

/** @internal Tells whether text is a real calendar date `YYYY-MM-DD`. */
export function isIsoDate(text: unknown): text is string {
  return typeof text === "string" && DATE_RE.test(text);
}

/**
 * Converts an amount into another currency at an explicit rate, rounded to the target's ISO 4217
 * minor units with an explicit mode. Exact: the product is computed in bigint and rounded once, so
 * the error is at most one minor unit (half a minor unit with a `half-*` mode).
 *
 * @param amount - the amount to convert (usually won)
 * @param fx - `{ currency, rate, valueDate, quote? }`; see {@link FxRate}
 * @param options - `{ rounding }`, required
 * @returns a {@link Conversion}: the money value, the rate and the value date it used
 * @throws {@link KcnError} `INVALID_CURRENCY` for a currency code (the amount's or the target's) the
 *   library does not know; `INVALID_RATE` for a rate that is not a positive decimal, or a key of `fx`
 *   other than `currency`, `rate`, `valueDate` and `quote` (`details.option` names it);
 *   `INVALID_DATE` for a value date that is not `YYYY-MM-DD`; `INVALID_ROUNDING` for a `rounding`
 *   that is not one of {@link ROUNDING_MODES}; `INVALID_AMOUNT` when `amount` is not money;
 *   `INVALID_OPTIONS` when `options` is not an object or has a key other than `rounding`
 * @example
 * ```ts
 * const c = convert(krw(400_000_000), { currency: "USD", rate: "1385.20", valueDate: "2021-06-30",
 *   quote: "source-per-target" }, { rounding: "half-even" });
 * c.money.amount; //=> 28876697n
 * c.rate; //=> "1385.2"
 * const fx = { currency: "KWD", rate: "0.000251", valueDate: "2024-01-02" } as const;
 * convert(krw(1_000), fx, { rounding: "half-up" }).money.amount; //=> 251n
 * ```
 * @category Money
 */
export function convert<C extends CurrencyCode, S extends string = string>(
  amount: Money<S>,
  fx: FxRate<C>,
  options: ConvertOptions,
): Conversion<C, S> {
  checkMoney(amount);
  need(isObject(fx), "INVALID_RATE", "{ currency, rate, valueDate }", fx);
  // a misspelt key must not pass silently: { qoute } would convert at the inverse rate
  optionsOf(fx, "currency rate valueDate quote", "INVALID_RATE");
  const rounding = checkRounding(optionsOf(options, "rounding").rounding);
  const scale = minorUnitsOf(fx.currency);
  const r = toScaledDecimal(fx.rate);
  need(r && r.n > 0n, "INVALID_RATE", 'a positive decimal rate such as "1385.20"', fx.rate);
  need(isIsoDate(fx.valueDate), "INVALID_DATE", "the value date as YYYY-MM-DD", fx.valueDate);
  // the default for undefined only: null is refused
  const { quote = "target-per-source" } = fx;
  need(
    !(quote !== "target-per-source" && quote !== "source-per-target"),
    "INVALID_RATE",
    'quote "target-per-source" or "source-per-target"',
    quote,
  );
  // target minor = amount / 10^srcScale × rate × 10^scale, rate = r.n / 10^r.scale (or its inverse)
  let num = amount.amount * pow10(scale);
  let den = pow10(amount.scale);
  if (quote === "target-per-source") {
    num *= r.n;
    den *= pow10(r.scale);
  } else {
    num *= pow10(r.scale);
    den *= r.n;
  }
  const value = divideRounded(num, den, rounding);
  return freeze({
    money: makeMoney(fx.currency, value, scale),
    from: amount,
    rate: scaledToString(r.n, r.scale),
    quote,
    valueDate: fx.valueDate,
    rounding,
  });
}
