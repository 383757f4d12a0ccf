import { freeze } from "../core/freeze.js";
import { INVALID_INPUT, need } from "../core/need.js";
import { KcnError } from "../errors.js";
import type { PartialDateString } from "../programs/types.js";
import { FIRST_HOLIDAY_YEAR, LAST_HOLIDAY_YEAR } from "./data/holidays.js";
import {
  assertCovered,
  businessBefore,
  calendarIndex,
  type KoreanDayInput,
  seoulDayOf,
} from "./koreanCalendar.js";
import { type PartialDate, readPartialDate, toPartialDateString } from "./partialDate.js";
import { DAY_MS, isoDayOf, ymdOfDay } from "./seoulDays.js";

/**
 * Moves a day by a number of Korean business days (weekdays that are not public holidays). O(1):
 * one look-up in a prefix count and one in the sorted list of business days, never a day-by-day loop.
 *
 * With `amount > 0` the answer is the `amount`-th business day after `date`; with `amount < 0` the
 * `|amount|`-th business day before it; `0` gives `date` back unchanged (even on a holiday). A `Date`
 * keeps its time of day in Seoul; a text or object keeps its precision.
 *
 * @param date - a `Date` (its calendar day in Seoul) or a day such as `"2021-09-17"`
 * @param amount - a whole number of business days (may be negative)
 * @returns the moved day, of the same type as `date`
 * @throws {@link KcnError} `YEAR_NOT_COVERED` when `date` or the answer is outside the holiday table
 *   (2018-2027); `INVALID_DATE` for a month, a year or junk; `INVALID_INPUT` when `amount` is not a
 *   safe integer
 * @example
 * ```ts
 * // Chuseok: 20-22 September 2021
 * addKoreanBusinessDays("2021-09-17", 1); //=> "2021-09-23"
 * // 4 October 2021 was a substitute holiday for National Foundation Day
 * addKoreanBusinessDays("2021-10-01", 1); //=> "2021-10-05"
 * ```
 * @category Timeline
 */
export function addKoreanBusinessDays(date: Date, amount: number): Date;
/** The same for a day as text (`"2021-09-17"`, or with a time): the answer is text of the same precision. */
export function addKoreanBusinessDays(date: PartialDateString, amount: number): PartialDateString;
/** The same for a {@link PartialDate} of a day or a minute: the answer keeps its precision. */
export function addKoreanBusinessDays(date: PartialDate, amount: number): PartialDate;
/** The same for any of the three forms: the answer has the form of `date`. */
export function addKoreanBusinessDays(date: KoreanDayInput, amount: number): KoreanDayInput;
export function addKoreanBusinessDays(date: KoreanDayInput, amount: number): KoreanDayInput {
  need(Number.isSafeInteger(amount), INVALID_INPUT, "amount to be a whole number", amount, {
    option: "amount",
  });
  const day = seoulDayOf(date);
  assertCovered(day, "date");
  const target = amount === 0 ? day : moveBusinessDays(day, amount);
  if (date instanceof Date) return new Date(date.getTime() + (target - day) * DAY_MS);
  const d = readPartialDate(date);
  const { year, month, day: dd } = ymdOfDay(target);
  const moved = freeze(
    d.kind === "minute"
      ? { kind: "minute", year, month, day: dd, hour: d.hour, minute: d.minute }
      : { kind: "day", year, month, day: dd },
  ) as PartialDate;
  return typeof date === "string" ? toPartialDateString(moved) : moved;
}

/** The business day `amount` (non-zero) business days from a covered day. @internal */
export function moveBusinessDays(day: number, amount: number): number {
  const k = amount > 0 ? businessBefore(day + 1) + amount - 1 : businessBefore(day) + amount;
  const target = calendarIndex().business[k];
  if (target === undefined || k < 0) {
    throw new KcnError(
      "YEAR_NOT_COVERED",
      `Expected the answer in ${FIRST_HOLIDAY_YEAR}-${LAST_HOLIDAY_YEAR} (the Korean holiday table), but ${amount} business days from ${isoDayOf(day)} falls ${amount > 0 ? "after" : "before"} it`,
      { first: FIRST_HOLIDAY_YEAR, last: LAST_HOLIDAY_YEAR, from: isoDayOf(day), amount },
    );
  }
  return target;
}
