import { isObject } from "../core/isObject.js";
import { INVALID_INPUT, need } from "../core/need.js";
import { KcnError } from "../errors.js";
import { minorUnitsOf } from "./currencies.js";
import { type Krw, type Money, makeMoney, type SameCurrency } from "./money.js";

/**
 * @internal Throws INVALID_AMOUNT unless `m` is a money value: a bigint amount, a currency code and
 * that currency's scale (its minor-unit digits), so that a hand-made `{ currency: "KRW", amount: 5n,
 * scale: 2 }` is not read as 0.05 won and two values of one currency have one scale. A currency code
 * the library does not know is INVALID_CURRENCY (from {@link minorUnitsOf}). KRW is compared first:
 * it needs no look-up, which keeps `add` on won as fast as before.
 */
export function checkMoney(m: unknown, what = "amount"): asserts m is Money {
  const currency = (m as Money | null)?.currency;
  need(
    isObject(m) &&
      typeof (m as Money).amount === "bigint" &&
      typeof currency === "string" &&
      (m as Money).scale === (currency === "KRW" ? 0 : minorUnitsOf(currency)),
    "INVALID_AMOUNT",
    `a money value as ${what}`,
    m,
  );
}

/** @internal Throws CURRENCY_MISMATCH unless `a` and `b` are money in the same currency. */
export function checkSame(a: Money, b: Money): void {
  checkMoney(a);
  checkMoney(b);
  if (a.currency !== b.currency) {
    throw new KcnError(
      "CURRENCY_MISMATCH",
      `Expected amounts in one currency, received ${a.currency} and ${b.currency}`,
      { left: a.currency, right: b.currency },
    );
  }
}

/**
 * Adds two amounts of the same currency exactly.
 *
 * The second argument's currency is not inferred ({@link SameCurrency}), so `add(krw(1), usd)` is a compile
 * error; at run time a mismatch throws `CURRENCY_MISMATCH`.
 *
 * @param a - the first amount
 * @param b - an amount in the same currency
 * @returns `a + b`
 * @throws {@link KcnError} `CURRENCY_MISMATCH`; `INVALID_AMOUNT` when an argument is not money (a
 *   hand-made value whose `scale` is not its currency's included); `INVALID_CURRENCY` for a currency
 *   code the library does not know
 * @example
 * ```ts
 * add(krw(400_000_000), krw(200_000_000)).amount; //=> 600000000n
 * ```
 * @category Money
 */
export function add<C extends string>(a: Money<C>, b: Money<SameCurrency<C>>): Money<C> {
  checkSame(a, b);
  return makeMoney(a.currency, a.amount + b.amount, a.scale);
}

/**
 * Subtracts an amount from another of the same currency exactly (the result may be negative).
 *
 * @param a - the amount to subtract from
 * @param b - the amount to subtract, in the same currency
 * @returns `a - b`
 * @throws {@link KcnError} `CURRENCY_MISMATCH` when the amounts' currencies differ; `INVALID_AMOUNT`
 *   when an argument is not money; `INVALID_CURRENCY` for a currency code the library does not know
 * @example
 * ```ts
 * subtract(krw(600_000_000), krw(450_000_000)).amount; //=> 150000000n
 * ```
 * @category Money
 */
export function subtract<C extends string>(a: Money<C>, b: Money<SameCurrency<C>>): Money<C> {
  checkSame(a, b);
  return makeMoney(a.currency, a.amount - b.amount, a.scale);
}

/**
 * Compares two amounts of the same currency.
 *
 * @param a - an amount
 * @param b - an amount in the same currency
 * @returns `-1` when `a < b`, `0` when equal, `1` when `a > b` (usable with `Array.prototype.sort`)
 * @throws {@link KcnError} `CURRENCY_MISMATCH` when the amounts' currencies differ; `INVALID_AMOUNT`
 *   when an argument is not money; `INVALID_CURRENCY` for a currency code the library does not know
 * @example
 * ```ts
 * compare(krw(1), krw(2)); //=> -1
 * [krw(3), krw(1)].sort(compare).map((m) => m.amount); //=> [1n, 3n]
 * ```
 * @category Money
 */
export function compare<C extends string>(a: Money<C>, b: Money<SameCurrency<C>>): -1 | 0 | 1 {
  checkSame(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

/**
 * Tells whether two amounts are equal. Amounts in different currencies are never equal (that is
 * not an error: `false`, where {@link compare} throws `CURRENCY_MISMATCH`).
 *
 * @param a - an amount
 * @param b - another amount
 * @returns `true` for the same currency and the same amount
 * @throws {@link KcnError} `INVALID_AMOUNT` when an argument is not money (a `scale` other than its
 *   currency's included); `INVALID_CURRENCY` for a currency code the library does not know
 * @example
 * ```ts
 * equals(krw(5), krw("5")); //=> true
 * equals(krw(5), krw(6)); //=> false
 * ```
 * @category Money
 */
export function equals<C extends string>(a: Money<C>, b: Money<SameCurrency<C>>): boolean {
  checkMoney(a);
  checkMoney(b);
  return a.currency === b.currency && a.scale === b.scale && a.amount === b.amount;
}

/**
 * The smallest of one or more amounts of one currency.
 *
 * @param first - an amount
 * @param rest - more amounts in the same currency
 * @returns the smallest (the first of equals)
 * @throws {@link KcnError} `CURRENCY_MISMATCH` when the amounts' currencies differ; `INVALID_AMOUNT`
 *   when an argument is not money; `INVALID_CURRENCY` for a currency code the library does not know
 * @example
 * ```ts
 * min(krw(3), krw(1), krw(2)).amount; //=> 1n
 * ```
 * @category Money
 */
export function min<C extends string>(first: Money<C>, ...rest: readonly Money<SameCurrency<C>>[]): Money<C> {
  checkMoney(first);
  let best: Money<C> = first;
  for (const m of rest) {
    checkSame(first, m);
    if (m.amount < best.amount) best = m;
  }
  return best;
}

/**
 * The largest of one or more amounts of one currency.
 *
 * @param first - an amount
 * @param rest - more amounts in the same currency
 * @returns the largest (the first of equals)
 * @throws {@link KcnError} `CURRENCY_MISMATCH` when the amounts' currencies differ; `INVALID_AMOUNT`
 *   when an argument is not money; `INVALID_CURRENCY` for a currency code the library does not know
 * @example
 * ```ts
 * max(krw(3), krw(1), krw(2)).amount; //=> 3n
 * ```
 * @category Money
 */
export function max<C extends string>(first: Money<C>, ...rest: readonly Money<SameCurrency<C>>[]): Money<C> {
  checkMoney(first);
  let best: Money<C> = first;
  for (const m of rest) {
    checkSame(first, m);
    if (m.amount > best.amount) best = m;
  }
  return best;
}

/**
 * Adds up a list of amounts of one currency. An empty list of won sums to `krw(0)`; for another
 * currency pass its zero as `zero`.
 *
 * @param amounts - the amounts in won
 * @returns the total
 * @throws {@link KcnError} `CURRENCY_MISMATCH`; `INVALID_AMOUNT`; `INVALID_CURRENCY`; `INVALID_INPUT` when `amounts`
 *   is not an array
 * @example
 * ```ts
 * sum([krw(1), krw(2), krw(3)]).amount; //=> 6n
 * sum([]).amount; //=> 0n
 * ```
 * @category Money
 */
export function sum(amounts: readonly Krw[]): Krw;
/**
 * Adds up a list of amounts of any one currency, starting from `zero`.
 *
 * @param amounts - the amounts
 * @param zero - the starting value, which fixes the currency (its zero, usually)
 * @returns the total
 * @throws {@link KcnError} `CURRENCY_MISMATCH` when an amount's currency differs from `zero`'s;
 *   `INVALID_AMOUNT` when an amount is not money; `INVALID_CURRENCY` for a currency code the library
 *   does not know; `INVALID_INPUT` when `amounts` is not an array
 * @example
 * ```ts
 * sum([money("USD", "1.50"), money("USD", "2")], money("USD", 0)).amount; //=> 350n
 * ```
 * @category Money
 */
export function sum<C extends string>(amounts: readonly Money<SameCurrency<C>>[], zero: Money<C>): Money<C>;
export function sum(amounts: readonly Money[], zero: Money = makeMoney("KRW", 0n, 0)): Money {
  need(Array.isArray(amounts), INVALID_INPUT, "an array of amounts", amounts);
  checkMoney(zero, "zero");
  let total = zero.amount;
  for (const m of amounts) {
    checkSame(zero, m);
    total += m.amount;
  }
  return makeMoney(zero.currency, total, zero.scale);
}

/**
 * Negates an amount.
 *
 * @param a - an amount
 * @returns `-a`
 * @throws {@link KcnError} `INVALID_AMOUNT` when `a` is not money; `INVALID_CURRENCY` for a currency
 *   code the library does not know
 * @example
 * ```ts
 * negate(krw(5)).amount; //=> -5n
 * ```
 * @category Money
 */
export function negate<C extends string>(a: Money<C>): Money<C> {
  checkMoney(a);
  return makeMoney(a.currency, -a.amount, a.scale);
}

/**
 * Tells whether an amount is zero.
 *
 * @param a - an amount
 * @returns `true` when the amount is 0
 * @throws {@link KcnError} `INVALID_AMOUNT` when `a` is not money; `INVALID_CURRENCY` for a currency
 *   code the library does not know
 * @example
 * ```ts
 * isZero(krw(0)); //=> true
 * ```
 * @category Money
 */
export function isZero(a: Money): boolean {
  checkMoney(a);
  return a.amount === 0n;
}
