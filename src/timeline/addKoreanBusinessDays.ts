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
 * keeps its time of day in Seoul; a text or object keeps its precision. This form takes a `Date`:
 * the day moved is its calendar day in Seoul, whatever the time zone of the machine.
 *
 * @param date - a `Date` (its calendar day in Seoul)
 * @param amount - a whole number of business days (may be negative)
 * @returns a new `Date` on the moved day, at the same time of day in Seoul as `date`
 * @throws {@link KcnError} `YEAR_NOT_COVERED` when the Seoul day of `date` or the answer is outside
 *   the holiday table (2018-2027); `INVALID_DATE` for an invalid `Date`; `INVALID_INPUT` when
 *   `amount` is not a safe integer
 * @example
 * ```ts
 * // 10:00 on Friday 17 September 2021 in Seoul; Chuseok: 20-22 September 2021
 * addKoreanBusinessDays(new Date("2021-09-17T10:00:00+09:00"), 1).toISOString();
 * //=> "2021-09-23T01:00:00.000Z"
 * // 00:30 on Friday 24 September in Seoul (still the 23rd in UTC) moves to Monday 27 September
 * addKoreanBusinessDays(new Date("2021-09-23T15:30:00Z"), 1).toISOString();
 * //=> "2021-09-26T15:30:00.000Z"
 * ```
 * @category Timeline
 */
export function addKoreanBusinessDays(date: Date, amount: number): Date;
/**
 * Moves a day written as text (`"2021-09-17"`, or with a time, `"2021-09-17T10:00"`) by a number of
 * Korean business days (weekdays that are not public holidays); `0` gives `date` back unchanged.
 *
 * @param date - a day (`"YYYY-MM-DD"`) or a minute (`"YYYY-MM-DDTHH:MM"`) in Korea time
 * @param amount - a whole number of business days (may be negative)
 * @returns the moved day as text of the same precision (a minute keeps its time)
 * @throws {@link KcnError} `YEAR_NOT_COVERED` when `date` or the answer is outside the holiday table
 *   (2018-2027); `INVALID_DATE` for a month, a year or text that is no date; `INVALID_INPUT` when
 *   `amount` is not a safe integer
 * @example
 * ```ts
 * // Chuseok: 20-22 September 2021
 * addKoreanBusinessDays("2021-09-17", 1); //=> "2021-09-23"
 * // 4 October 2021 was a substitute holiday for National Foundation Day
 * addKoreanBusinessDays("2021-10-01", 1); //=> "2021-10-05"
 * addKoreanBusinessDays("2021-09-23T10:00", -1); //=> "2021-09-17T10:00"
 * addKoreanBusinessDays("2021-09", 1); // throws KcnError INVALID_DATE
 * ```
 */
export function addKoreanBusinessDays(date: PartialDateString, amount: number): PartialDateString;
/**
 * Moves a {@link PartialDate} of a day or a minute by a number of Korean business days (weekdays
 * that are not public holidays); `0` gives an equal value back.
 *
 * @param date - a {@link PartialDate} of kind `"day"` or `"minute"`, in Korea time
 * @param amount - a whole number of business days (may be negative)
 * @returns a new frozen {@link PartialDate} of the same kind (a minute keeps its hour and minute)
 * @throws {@link KcnError} `YEAR_NOT_COVERED` when `date` or the answer is outside the holiday table
 *   (2018-2027); `INVALID_DATE` for a month, a year or an object that is no date; `INVALID_INPUT`
 *   when `amount` is not a safe integer
 * @example
 * ```ts
 * addKoreanBusinessDays({ kind: "day", year: 2021, month: 9, day: 17 }, 1);
 * //=> { kind: "day", year: 2021, month: 9, day: 23 }
 * addKoreanBusinessDays({ kind: "minute", year: 2021, month: 10, day: 1, hour: 9, minute: 30 }, 1);
 * //=> { kind: "minute", year: 2021, month: 10, day: 5, hour: 9, minute: 30 }
 * ```
 */
export function addKoreanBusinessDays(date: PartialDate, amount: number): PartialDate;
/**
 * Moves a day of any of the three forms ({@link KoreanDayInput}: a `Date`, text or a
 * {@link PartialDate}) by a number of Korean business days, for a value whose form is known only at
 * run time; each form is moved as its own signature above describes.
 *
 * @param date - a `Date` (its calendar day in Seoul), or a day or minute as text or as a
 *   {@link PartialDate}
 * @param amount - a whole number of business days (may be negative)
 * @returns the moved day in the form of `date`: a `Date` at the same Seoul time of day, text of the
 *   same precision, or a frozen {@link PartialDate} of the same kind
 * @throws {@link KcnError} `YEAR_NOT_COVERED` when `date` or the answer is outside the holiday table
 *   (2018-2027); `INVALID_DATE` for a month, a year, an invalid `Date` or a value that is no date;
 *   `INVALID_INPUT` when `amount` is not a safe integer
 * @example
 * ```ts
 * const days: KoreanDayInput[] = ["2021-09-17", { kind: "day", year: 2021, month: 9, day: 17 }];
 * days.map((d) => addKoreanBusinessDays(d, 1));
 * //=> ["2021-09-23", { kind: "day", year: 2021, month: 9, day: 23 }]
 * ```
 */
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
