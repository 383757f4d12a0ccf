import { KcnError } from "../errors.js";
import { type Krw, type KrwInput, krw } from "./money.js";

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
 *   `INVALID_AMOUNT` when a bound is not whole won
 * @example
 * ```ts
 * const r = fundingRange(400_000_000, 600_000_000);
 * r.max.amount; //=> 600000000n
 * ```
 * @category Money
 */
export function fundingRange(min: KrwInput | Krw, max: KrwInput | Krw): FundingRange {
  const lo = typeof min === "object" ? min : krw(min);
  const hi = typeof max === "object" ? max : krw(max);
  if (lo.currency !== "KRW" || hi.currency !== "KRW") {
    throw new KcnError("CURRENCY_MISMATCH", "Expected funding range bounds in KRW", {
      min: lo.currency,
      max: hi.currency,
    });
  }
  if (lo.amount < 0n || hi.amount < 0n) {
    throw new KcnError(
      "INVALID_RANGE",
      `Expected non-negative bounds, received ${lo.amount} to ${hi.amount}`,
      {
        min: lo.amount.toString(),
        max: hi.amount.toString(),
      },
    );
  }
  if (lo.amount > hi.amount) {
    throw new KcnError("INVALID_RANGE", `Expected min <= max, received ${lo.amount} > ${hi.amount}`, {
      min: lo.amount.toString(),
      max: hi.amount.toString(),
    });
  }
  return Object.freeze({ min: lo, max: hi });
}

/**
 * Tells whether an amount lies inside a closed funding range (both bounds included).
 *
 * @param range - the range
 * @param amount - the amount in won
 * @returns `true` when `min <= amount <= max`
 * @example
 * ```ts
 * isWithinRange(fundingRange(400_000_000, 600_000_000), krw(600_000_000)); //=> true
 * isWithinRange(fundingRange(400_000_000, 600_000_000), krw(600_000_001)); //=> false
 * ```
 * @category Money
 */
export function isWithinRange(range: FundingRange, amount: Krw): boolean {
  return amount.amount >= range.min.amount && amount.amount <= range.max.amount;
}
