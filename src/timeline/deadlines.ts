import { type InstantInput, readInstant, spanOf } from "./instant.js";
import { type PartialDate, type PartialDateInput, parsePartialDate } from "./partialDate.js";
import { seoulDayOfInstant, ymdOfDay } from "./seoulDays.js";

/**
 * Whether an instant is on or before a deadline given in Korea time. A day deadline lasts until the
 * end of that day in Seoul: a call that closes on 19 April 2021 is open at 2021-04-19T14:00:00Z
 * (23:00 KST) and closed at 2021-04-19T15:00:00Z (midnight KST). A month or year deadline lasts to
 * its last day; a deadline with a time closes at that minute (inclusive of 17:00:00.000 itself).
 *
 * @param asOf - the instant (a `Date` or an ISO 8601 date-time with an offset)
 * @param deadline - the deadline as a partial date in Korea time
 * @returns `true` when `asOf` is not later than the last instant of the deadline
 * @throws {@link KcnError} `INVALID_DATE` when `asOf` or `deadline` is not valid
 * @example
 * ```ts
 * isOnOrBeforeDeadline("2021-04-19T14:00:00Z", "2021-04-19"); //=> true
 * isOnOrBeforeDeadline("2021-04-19T15:00:00Z", "2021-04-19"); //=> false
 * ```
 * @category Timeline
 */
export function isOnOrBeforeDeadline(asOf: InstantInput, deadline: PartialDateInput): boolean {
  return readInstant(asOf) <= spanOf(deadline).end;
}

/**
 * Whether an instant is on or after an opening date given in Korea time (from 00:00 KST of that day,
 * or from the first day of a month or year).
 *
 * @param asOf - the instant (a `Date` or an ISO 8601 date-time with an offset)
 * @param opens - the opening as a partial date in Korea time
 * @returns `true` when `asOf` is not earlier than the first instant of `opens`
 * @throws {@link KcnError} `INVALID_DATE` when `asOf` or `opens` is not valid
 * @example
 * ```ts
 * isOnOrAfterOpening("2021-03-14T15:00:00Z", "2021-03-15"); //=> true
 * isOnOrAfterOpening("2021-03-14T14:59:59Z", "2021-03-15"); //=> false
 * ```
 * @category Timeline
 */
export function isOnOrAfterOpening(asOf: InstantInput, opens: PartialDateInput): boolean {
  return readInstant(asOf) >= spanOf(opens).start;
}

/**
 * The calendar day in Korea time on which an instant falls.
 *
 * @param instant - a `Date` or an ISO 8601 date-time with an offset
 * @returns a day-precision {@link PartialDate} (Seoul calendar)
 * @throws {@link KcnError} `INVALID_DATE` when `instant` is not valid, or when its day in Seoul falls
 *   outside the years 1000-9999 that partial dates cover (`"0500-06-01T00:00:00Z"`)
 * @example
 * ```ts
 * toSeoulDate("2021-04-19T15:00:00Z");
 * //=> { kind: "day", year: 2021, month: 4, day: 20 }
 * ```
 * @category Timeline
 */
export function toSeoulDate(instant: InstantInput): PartialDate {
  const { year, month, day } = ymdOfDay(seoulDayOfInstant(readInstant(instant, "instant")));
  // read as any partial date is: a day outside the years 1000-9999 ("0500-06-01T00:00:00Z") is refused
  return parsePartialDate({ kind: "day", year, month, day });
}
