import { freeze } from "../core/freeze.js";
import type { Label } from "../core/label.js";
import { need } from "../core/need.js";
import { KcnError } from "../errors.js";
import type { PartialDateString } from "../programs/types.js";
import { FIRST_HOLIDAY_YEAR, HOLIDAY_SOURCE, LAST_HOLIDAY_YEAR } from "./data/holidays.js";
import { holidayRows } from "./holidayTable.js";
import { assertCovered, calendarIndex, type KoreanDayInput, seoulDayOf } from "./koreanCalendar.js";

/**
 * A Korean public holiday: its day and its name(s) in English and Korean.
 *
 * @category Timeline
 */
export interface KoreanHoliday {
  /** The day, `"YYYY-MM-DD"` (Korea). */
  readonly date: PartialDateString;
  /** The name; two holidays on one day are joined with a comma (`"어린이날, 부처님 오신 날"`). */
  readonly name: Label;
}

/**
 * The years the Korean holiday table covers and where it comes from.
 *
 * @example
 * ```ts
 * KOREAN_HOLIDAY_COVERAGE.first; //=> 2018
 * KOREAN_HOLIDAY_COVERAGE.last; //=> 2027
 * ```
 * @category Timeline
 */
export const KOREAN_HOLIDAY_COVERAGE: {
  readonly first: number;
  readonly last: number;
  readonly source: string;
} = freeze({ first: FIRST_HOLIDAY_YEAR, last: LAST_HOLIDAY_YEAR, source: HOLIDAY_SOURCE });

function holidayAt(i: number): KoreanHoliday {
  const row = holidayRows()[i] as readonly [string, string, string];
  return freeze({ date: row[0], name: freeze({ en: row[1], ko: row[2] }) });
}

/**
 * The public holiday on a day in Korea, if any (binary search, O(log n)).
 *
 * @param date - a `Date` (its calendar day in Seoul) or a day such as `"2021-09-21"`
 * @returns the holiday, or `undefined` on an ordinary day (weekends are not holidays)
 * @throws {@link KcnError} `YEAR_NOT_COVERED` outside the holiday table; `INVALID_DATE` for a month,
 *   a year or junk
 * @example
 * ```ts
 * getKoreanHoliday("2021-09-21")?.name;
 * //=> { en: "Chuseok", ko: "추석" }
 * getKoreanHoliday("2021-09-23");
 * //=> undefined
 * ```
 * @category Timeline
 */
export function getKoreanHoliday(date: KoreanDayInput): KoreanHoliday | undefined {
  const day = seoulDayOf(date);
  assertCovered(day, "date");
  const { holidayDays } = calendarIndex();
  let lo = 0;
  let hi = holidayDays.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((holidayDays[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return holidayDays[lo] === day ? holidayAt(lo) : undefined;
}

/**
 * Every public holiday of a year in Korea, in date order.
 *
 * @param year - a year inside {@link KOREAN_HOLIDAY_COVERAGE}
 * @returns the holidays (frozen)
 * @throws {@link KcnError} `YEAR_NOT_COVERED` for a year outside the table
 * @example
 * ```ts
 * koreanHolidaysIn(2021).length; //=> 18
 * ```
 * @category Timeline
 */
export function koreanHolidaysIn(year: number): readonly KoreanHoliday[] {
  need(
    Number.isInteger(year) && year >= FIRST_HOLIDAY_YEAR && year <= LAST_HOLIDAY_YEAR,
    "YEAR_NOT_COVERED",
    `a year in ${FIRST_HOLIDAY_YEAR}-${LAST_HOLIDAY_YEAR} (the Korean holiday table)`,
    year,
    { year, first: FIRST_HOLIDAY_YEAR, last: LAST_HOLIDAY_YEAR },
  );
  const prefix = `${year}-`;
  const out: KoreanHoliday[] = [];
  holidayRows().forEach((row, i) => {
    if (row[0].startsWith(prefix)) out.push(holidayAt(i));
  });
  return freeze(out);
}
