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
  const two = (n: number) => (n < 10 ? "0" : "") + n;
  HOLIDAY_DAYS.split(" ").forEach((days, y) => {
    for (let k = 0; k < days.length; k += 3) {
      const name = HOLIDAY_NAMES[days.charCodeAt(k + 2) - 48] as readonly [string, string];
      const iso = `${FIRST_HOLIDAY_YEAR + y}-${two(days.charCodeAt(k) - 64)}-${two(days.charCodeAt(k + 1) - 48)}`;
      out.push([iso, name[0], name[1]]);
    }
  });
  rows = out;
  return out;
}
