import { freeze } from "../core/freeze.js";
import { isObject } from "../core/isObject.js";
import { need } from "../core/need.js";
import { KcnError } from "../errors.js";
import { isKrw, type Krw, type KrwInput, krw } from "./money.js";

/** @internal Throws INVALID_AMOUNT unless `value` is an amount in KRW. */
export function checkKrw(value: unknown, what = "an amount"): asserts value is Krw {
  need(isKrw(value), "INVALID_AMOUNT", `${what} in KRW`, value);
}

/** @internal Throws INVALID_RANGE unless `range` is a funding range with `min <= max`. */
export function checkRange(range: unknown): asserts range is FundingRange {
  need(isRange(range), "INVALID_RANGE", "a funding range", range);
}

/** @internal Whether a value is a funding range: KRW bounds with `0 <= min <= max`, as {@link fundingRange} makes. */
export function isRange(range: unknown): range is FundingRange {
  const r = range as Partial<FundingRange> | null;
  return isObject(r) && isKrw(r.min) && isKrw(r.max) && r.min.amount >= 0n && r.min.amount <= r.max.amount;
}

/**
 * A per-project funding range in won: a closed interval `[min, max]` with `0 <= min <= max`.
 *
 * @category Money
 */
export interface FundingRange {
  /** The smallest amount in the range (inclusive). */
  readonly min: Krw;
  /** The largest amount in the range (inclusive). */
  readonly max: Krw;
}

/**
 * Makes a closed funding range.
 *
 * @param min - the lowest amount (inclusive), anything {@link krw} accepts
 * @param max - the highest amount (inclusive)
 * @returns a frozen {@link FundingRange}
 * @throws {@link KcnError} `INVALID_RANGE` when a bound is negative or `min > max`;
 *   `INVALID_AMOUNT` when a bound is not whole won; `CURRENCY_MISMATCH` when a bound is money in
 *   another currency
 * @example
 * ```ts
 * const r = fundingRange(400_000_000, 600_000_000);
 * r.max.amount; //=> 600000000n
 * ```
 * @category Money
 */
export function fundingRange(min: KrwInput | Krw, max: KrwInput | Krw): FundingRange {
  const lo = bound(min, "min");
  const hi = bound(max, "max");
  const refusal =
    lo.amount < 0n || hi.amount < 0n
      ? `Expected non-negative bounds, received ${lo.amount} to ${hi.amount}`
      : lo.amount > hi.amount
        ? `Expected min <= max, received ${lo.amount} > ${hi.amount}`
        : undefined;
  if (refusal !== undefined) {
    throw new KcnError("INVALID_RANGE", refusal, { min: lo.amount.toString(), max: hi.amount.toString() });
  }
  return freeze({ min: lo, max: hi });
}

/**
 * Tells whether an amount lies inside a closed funding range (both bounds included).
 *
 * @param range - the range
 * @param amount - the amount in won
 * @returns `true` when `min <= amount <= max`
 * @throws {@link KcnError} `INVALID_RANGE` when `range` is not a funding range; `INVALID_AMOUNT`
 *   when `amount` is not an amount in KRW
 * @example
 * ```ts
 * isWithinRange(fundingRange(400_000_000, 600_000_000), krw(600_000_000)); //=> true
 * isWithinRange(fundingRange(400_000_000, 600_000_000), krw(600_000_001)); //=> false
 * ```
 * @category Money
 */
export function isWithinRange(range: FundingRange, amount: Krw): boolean {
  checkRange(range);
  checkKrw(amount);
  return amount.amount >= range.min.amount && amount.amount <= range.max.amount;
}

function bound(value: KrwInput | Krw, what: string): Krw {
  if (typeof value !== "object") return krw(value);
  if (value !== null && (value as Partial<Krw>).currency !== "KRW" && typeof value.amount === "bigint") {
    throw new KcnError("CURRENCY_MISMATCH", `Expected the ${what} bound in KRW, received ${value.currency}`, {
      [what]: value.currency,
    });
  }
  checkKrw(value, `the ${what} bound`);
  return value;
}
