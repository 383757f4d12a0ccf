import { assertCovered, businessBefore, type KoreanDayInput, seoulDayOf } from "./koreanCalendar.js";

/**
 * Counts the Korean business days from one day to another: the inverse of
 * {@link addKoreanBusinessDays}, so `koreanBusinessDaysBetween(d, addKoreanBusinessDays(d, n)) === n`
 * for every `d` and `n`. Going forward it counts the business days after `from` up to and including
 * `to`; going backward it counts, negated, the business days from `to` up to but excluding `from`. O(1).
 *
 * @param from - the start day (`Date` in Seoul, or `"YYYY-MM-DD"`)
 * @param to - the end day
 * @returns the signed number of business days
 * @throws {@link KcnError} `YEAR_NOT_COVERED` outside the holiday table (2018-2027); `INVALID_DATE`
 *   for a month, a year or junk
 * @example
 * ```ts
 * // Chuseok: 20-22 September 2021
 * koreanBusinessDaysBetween("2021-09-17", "2021-09-24"); //=> 2
 * koreanBusinessDaysBetween("2021-09-24", "2021-09-17"); //=> -2
 * ```
 * @category Timeline
 */
export function koreanBusinessDaysBetween(from: KoreanDayInput, to: KoreanDayInput): number {
  const a = seoulDayOf(from, "from");
  const b = seoulDayOf(to, "to");
  assertCovered(a, "from");
  assertCovered(b, "to");
  if (b >= a) return businessBefore(b + 1) - businessBefore(a + 1);
  return -(businessBefore(a) - businessBefore(b));
}
