import { checkKrw, checkRange, type FundingRange } from "./fundingRange.js";
import type { Krw } from "./money.js";

/**
 * Brings an amount into a closed funding range: below `min` gives `min`, above `max` gives `max`,
 * anything inside is returned as is.
 *
 * @param range - the range
 * @param amount - the amount in won
 * @returns the nearest amount inside the range
 * @throws {@link KcnError} `INVALID_AMOUNT` when `amount` is not won; `INVALID_RANGE` when `range`
 *   is not a funding range
 * @example
 * ```ts
 * const r = fundingRange(400_000_000, 600_000_000);
 * clampToRange(r, krw(700_000_000)).amount; //=> 600000000n
 * clampToRange(r, krw(450_000_000)).amount; //=> 450000000n
 * ```
 * @category Money
 */
export function clampToRange(range: FundingRange, amount: Krw): Krw {
  checkRange(range);
  checkKrw(amount);
  if (amount.amount < range.min.amount) return range.min;
  if (amount.amount > range.max.amount) return range.max;
  return amount;
}
