import { assertCovered, isBusinessDayNumber, type KoreanDayInput, seoulDayOf } from "./koreanCalendar.js";

/**
 * Whether a day is a business day in Korea: a weekday that is not a public holiday (lunar holidays,
 * substitute holidays, temporary holidays and election days included). O(1).
 *
 * @param date - a `Date` (its calendar day in Seoul) or a day such as `"2021-09-21"`
 * @returns `true` for a business day
 * @throws {@link KcnError} `YEAR_NOT_COVERED` for a day outside the holiday table (2018-2027);
 *   `INVALID_DATE` for a month, a year or anything that is not a day
 * @example
 * ```ts
 * // Chuseok
 * isKoreanBusinessDay("2021-09-21"); //=> false
 * // a substitute holiday
 * isKoreanBusinessDay("2021-10-04"); //=> false
 * isKoreanBusinessDay("2021-10-05"); //=> true
 * ```
 * @category Timeline
 */
export function isKoreanBusinessDay(date: KoreanDayInput): boolean {
  const day = seoulDayOf(date);
  assertCovered(day, "date");
  return isBusinessDayNumber(day);
}
