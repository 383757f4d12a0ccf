/**
 * The business-day index behind the Korean business-day functions: built once, lazily, from the
 * generated holiday table. Every lookup is O(1) (array index) or O(log n) (binary search).
 *
 * @internal
 * @module
 */
import { describeReceived, KcnError } from "../errors.js";
import { FIRST_HOLIDAY_YEAR, LAST_HOLIDAY_YEAR } from "./data/holidays.js";
import { holidayRows } from "./holidayTable.js";
import { type PartialDate, readPartialDate } from "./partialDate.js";
import { DAY_MS, dayNumber, seoulDayOfInstant, ymdOfDay } from "./seoulDays.js";

/** First covered epoch day (1 January of the first holiday year). */
export const FIRST_DAY = dayNumber(FIRST_HOLIDAY_YEAR, 1, 1);
/** Last covered epoch day (31 December of the last holiday year). */
export const LAST_DAY = dayNumber(LAST_HOLIDAY_YEAR, 12, 31);

interface Index {
  /** `before[i]` = number of business days strictly before day `FIRST_DAY + i` (length span + 1). */
  readonly before: Int32Array;
  /** Every business day (epoch day numbers), ascending. */
  readonly business: Int32Array;
  /** Holiday day numbers, ascending, parallel to `holidayRows()`. */
  readonly holidayDays: Int32Array;
}

let index: Index | undefined;

/**
 * The number of business days strictly before a day number, for a day from `FIRST_DAY` to
 * `LAST_DAY + 1` (so always a number).
 */
export function businessBefore(day: number): number {
  return calendarIndex().before[day - FIRST_DAY] as number;
}

/** Whether a day number inside the table is a business day in Korea. */
export function isBusinessDayNumber(day: number): boolean {
  return businessBefore(day + 1) > businessBefore(day);
}

/** The lazily built index. */
export function calendarIndex(): Index {
  if (index !== undefined) return index;
  const span = LAST_DAY - FIRST_DAY + 1;
  const closed = new Uint8Array(span);
  const table = holidayRows();
  const holidayDays = new Int32Array(table.length);
  table.forEach(([iso], i) => {
    // an ISO day parses as its UTC midnight: a whole number of days since the epoch
    const d = Date.parse(iso) / DAY_MS;
    holidayDays[i] = d;
    closed[d - FIRST_DAY] = 1;
  });
  const before = new Int32Array(span + 1);
  const business: number[] = [];
  for (let i = 0; i < span; i++) {
    const d = FIRST_DAY + i;
    const wd = (d + 4) % 7; // 0 Sunday ... 6 Saturday (day 0, 1 January 1970, was a Thursday)
    const open = wd !== 0 && wd !== 6 && closed[i] === 0;
    before[i + 1] = (before[i] as number) + (open ? 1 : 0);
    if (open) business.push(d);
  }
  index = { before, business: Int32Array.from(business), holidayDays };
  return index;
}

/** Throws `YEAR_NOT_COVERED` unless the day is inside the holiday table. */
export function assertCovered(day: number, what: string): void {
  if (day < FIRST_DAY || day > LAST_DAY || Number.isNaN(day)) {
    const year = Number.isNaN(day) ? Number.NaN : ymdOfDay(day).year;
    throw new KcnError(
      "YEAR_NOT_COVERED",
      `Expected ${what} in ${FIRST_HOLIDAY_YEAR}-${LAST_HOLIDAY_YEAR} (the Korean holiday table), received a day in ${year}`,
      { year, first: FIRST_HOLIDAY_YEAR, last: LAST_HOLIDAY_YEAR },
    );
  }
}

/**
 * A calendar day for the business-day functions: a `Date` (the Seoul day of that instant), a
 * day- or minute-precision partial date (text or object).
 *
 * @category Timeline
 */
export type KoreanDayInput = Date | PartialDate | string;

/** Reads the Seoul epoch day of a day input, throwing `INVALID_DATE` for months, years and junk. */
export function seoulDayOf(date: KoreanDayInput | unknown, name = "date"): number {
  if (date instanceof Date) {
    const ms = date.getTime();
    if (!Number.isNaN(ms)) return seoulDayOfInstant(ms);
    throw new KcnError("INVALID_DATE", `Expected ${name} to be a valid Date, received Invalid Date`, {
      option: name,
    });
  }
  const d = readPartialDate(date);
  if (d.kind === "year" || d.kind === "month") {
    throw new KcnError(
      "INVALID_DATE",
      `Expected ${name} to be a day ("YYYY-MM-DD"), received the ${d.kind} ${describeReceived(date)}`,
      { option: name, precision: d.kind },
    );
  }
  return dayNumber(d.year, d.month, d.day);
}
