/**
 * Decodes the packed holiday table of `data/holidays.ts` once, on first use.
 *
 * @internal
 * @module
 */
import { FIRST_HOLIDAY_YEAR, HOLIDAY_DAYS, HOLIDAY_NAMES } from "./data/holidays.js";

/** A decoded holiday: `[YYYY-MM-DD (Korea), English name(s), Korean name(s)]`. */
export type HolidayRow = readonly [string, string, string];

let rows: readonly HolidayRow[] | undefined;

/** Every holiday of the table, sorted by date. */
export function holidayRows(): readonly HolidayRow[] {
  if (rows !== undefined) return rows;
  const out: HolidayRow[] = [];
  for (let k = 0; k < HOLIDAY_DAYS.length; k += 5) {
    const month = HOLIDAY_DAYS.charCodeAt(k + 1) - 64;
    const name = HOLIDAY_NAMES[HOLIDAY_DAYS.charCodeAt(k + 4) - 65] as readonly [string, string];
    const iso = `${FIRST_HOLIDAY_YEAR + HOLIDAY_DAYS.charCodeAt(k) - 48}-${month < 10 ? "0" : ""}${month}-${HOLIDAY_DAYS.slice(k + 2, k + 4)}`;
    out.push([iso, name[0], name[1]]);
  }
  rows = out;
  return out;
}
