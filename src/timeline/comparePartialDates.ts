import { spanOf } from "./instant.js";
import type { PartialDateInput } from "./partialDate.js";

/**
 * A sort order for partial dates (for `Array.prototype.sort`): by earliest instant, then the narrower
 * one first (`"2021-06-01"` before `"2021-06"`), so that sorted lists are stable and total.
 *
 * @param a - the first date
 * @param b - the second date
 * @returns a negative number, zero or a positive number
 * @throws {@link KcnError} `INVALID_DATE` when either is not a valid partial date
 * @example
 * ```ts
 * ["2021-07", "2021", "2021-06-22"].sort(orderPartialDates);
 * //=> ["2021", "2021-06-22", "2021-07"]
 * ```
 * @category Timeline
 */
export function orderPartialDates(a: PartialDateInput, b: PartialDateInput): number {
  const x = spanOf(a);
  const y = spanOf(b);
  return x.start - y.start || x.end - y.end;
}

/**
 * How two partial dates relate in time: `"before"` when every instant of `a` comes before every
 * instant of `b`, `"after"` for the reverse, otherwise `"overlaps"` (they share an instant, for
 * example a month and a day inside it, or two equal dates).
 *
 * @category Timeline
 */
export type DateRelation = "before" | "after" | "overlaps";

/**
 * Compares two partial dates honestly, keeping their precision: "June 2021" is before "1 July 2021"
 * but only overlaps "15 June 2021", since the month may mean any of its days.
 *
 * @param a - the first date
 * @param b - the second date
 * @returns `"before"`, `"after"` or `"overlaps"`
 * @throws {@link KcnError} `INVALID_DATE` when either is not a valid partial date
 * @example
 * ```ts
 * comparePartialDates("2021-06", "2021-07-01"); //=> "before"
 * comparePartialDates("2021-06", "2021-06-15"); //=> "overlaps"
 * comparePartialDates("2022", "2021-12-31T23:59"); //=> "after"
 * ```
 * @category Timeline
 */
export function comparePartialDates(a: PartialDateInput, b: PartialDateInput): DateRelation {
  const x = spanOf(a);
  const y = spanOf(b);
  if (x.end < y.start) return "before";
  if (y.end < x.start) return "after";
  return "overlaps";
}
