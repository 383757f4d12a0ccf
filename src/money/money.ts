import { freeze } from "../core/freeze.js";
import { isObject } from "../core/isObject.js";
import { need } from "../core/need.js";
import { KcnError } from "../errors.js";
import { type CurrencyCode, minorUnitsOf } from "./currencies.js";
import { pow10, toScaledDecimal } from "./decimal.js";

/**
 * An exact amount of money in one currency, counted in the currency's minor units.
 *
 * `amount` is a `bigint` of minor units (cents for USD, whole won for KRW, which has no minor unit);
 * `scale` is the number of minor-unit digits (0 for KRW and JPY, 2 for USD, 3 for KWD). Values are
 * frozen. The currency is a type parameter, so a `Money<"KRW">` cannot be added to a `Money<"USD">`.
 *
 * @typeParam C - the ISO 4217 code
 * @category Money
 */
export interface Money<C extends string = string> {
  /** The ISO 4217 currency code. */
  readonly currency: C;
  /** The amount in minor units (whole won for KRW). */
  readonly amount: bigint;
  /** Number of minor-unit digits of the currency. */
  readonly scale: number;
}

/**
 * The currency `C`, not used to infer it. One amount sets the currency and the others take
 * `Money<SameCurrency<C>>`, so that an amount in another currency is a compile error: the second
 * amount of {@link add}, {@link subtract}, {@link compare} and {@link equals}, the amounts after the
 * first of {@link min} and {@link max}, and the list of {@link sum}, whose `zero` sets it. It is
 * what TypeScript 5.4's `NoInfer<C>` does, written so that TypeScript 5.0-5.3 read it too (a
 * project on those versions with `skipLibCheck` would otherwise take any currency there without a
 * word).
 *
 * @typeParam C - the currency the other amount sets
 * @example
 * ```ts
 * const usd: Money<SameCurrency<"USD">> = money("USD", "1.50"); // the same type as Money<"USD">
 * // add(krw(1), usd); // does not compile: the first amount set the currency to "KRW"
 * ```
 * @category Money
 */
export type SameCurrency<C extends string> = [C][C extends unknown ? 0 : never];

/**
 * An exact amount of whole Korean won.
 *
 * @category Money
 */
export type Krw = Money<"KRW">;

/**
 * What {@link krw} accepts: a bigint, a safe integer number, or a string of digits
 * (optionally signed; either plain or grouped by three with one separator throughout, `,` or `_`:
 * `"1,000,000"`, `"1_000_000"`; `"1000,000"` and `"1,000_000"` are refused).
 *
 * @category Money
 */
export type KrwInput = bigint | number | string;

/** Plain digits, or a first group of one to three digits and groups of three after one separator. */
const DIGITS = /^[+-]?(\d+|\d{1,3}([,_])\d{3}(\2\d{3})*)$/;

/** @internal Makes a frozen money value without checks. */
export function makeMoney<C extends string>(currency: C, amount: bigint, scale: number): Money<C> {
  return freeze({ currency, amount, scale });
}

/**
 * Makes an immutable amount of whole won.
 *
 * @param value - a bigint, a safe integer number, or a digit string (`"400000000"`, `"400,000,000"`,
 *   `"400_000_000"`: grouped by three with one separator throughout, or not grouped at all; spaces
 *   around it are trimmed)
 * @returns a frozen {@link Krw}
 * @throws {@link KcnError} `INVALID_AMOUNT` for a fraction, NaN, Infinity, an unsafe integer number,
 *   an empty or non-numeric string, or digits grouped otherwise (`"1000,000"`), quoting what was
 *   received
 * @example
 * ```ts
 * krw(400_000_000).amount; //=> 400000000n
 * krw("400,000,000").amount; //=> 400000000n
 * krw("1.5"); // throws KcnError INVALID_AMOUNT
 * krw("1_000_000").amount; //=> 1000000n
 * krw("1000,000"); // throws KcnError INVALID_AMOUNT
 * ```
 * @category Money
 */
export function krw(value: KrwInput): Krw {
  if (typeof value === "bigint") return makeMoney("KRW", value, 0);
  if (typeof value === "number") {
    need(Number.isSafeInteger(value), "INVALID_AMOUNT", "a whole number of won as a safe integer", value, {
      received: value,
    });
    return makeMoney("KRW", BigInt(value), 0);
  }
  if (typeof value === "string") {
    const s = value.trim();
    need(DIGITS.test(s), "INVALID_AMOUNT", 'a string of whole won digits such as "400000000"', value, {
      received: value,
    });
    return makeMoney("KRW", BigInt(s.replace(/[,_]/g, "")), 0);
  }
  need(false, "INVALID_AMOUNT", "a bigint, a safe integer or a digit string", value);
}

/**
 * Tells whether a value is a {@link Krw} amount.
 *
 * @param value - anything
 * @returns `true` for a money value in KRW with scale 0
 * @example
 * ```ts
 * isKrw(krw(5)); //=> true
 * isKrw({ currency: "USD", amount: 5n, scale: 2 }); //=> false
 * ```
 * @category Money
 */
export function isKrw(value: unknown): value is Krw {
  if (!isObject(value)) return false;
  const v = value as Partial<Money>;
  return v.currency === "KRW" && typeof v.amount === "bigint" && v.scale === 0;
}

/**
 * Makes an amount of any currency in `CURRENCY_MINOR_UNITS` from its value in major units.
 *
 * @param currency - an ISO 4217 code such as `"USD"`
 * @param value - major units: a decimal string (`"12.34"`, or with an exponent: `"1.5e2"` is 150.00,
 *   read exactly), a safe integer, or a bigint (`12n` is 12.00); at most as many fraction digits as
 *   the currency has minor units. (Unlike {@link krw}, which takes only digit strings: `krw("4e8")`
 *   is refused, `money("KRW", "4e8")` is 400,000,000 won.)
 * @returns a frozen {@link Money}
 * @throws {@link KcnError} `INVALID_CURRENCY` for an unknown code; `INVALID_AMOUNT` for a value
 *   that is not a decimal or has too many fraction digits
 * @example
 * ```ts
 * money("USD", "12.34").amount; //=> 1234n
 * money("USD", "12.34").scale; //=> 2
 * money("JPY", 500).amount; //=> 500n
 * ```
 * @category Money
 */
export function money<C extends CurrencyCode>(currency: C, value: string | number | bigint): Money<C> {
  const scale = minorUnitsOf(currency);
  const d = typeof value === "number" && !Number.isSafeInteger(value) ? undefined : toScaledDecimal(value);
  need(
    !(
      !d ||
      d.scale > scale ||
      (typeof value !== "string" && typeof value !== "number" && typeof value !== "bigint")
    ),
    "INVALID_AMOUNT",
    `an amount of ${currency} with at most ${scale} decimals (a fraction as a decimal string such as "12.34"; a number only whole)`,
    value,
    { currency },
  );
  return makeMoney(currency, d.n * pow10(scale - d.scale), scale);
}
