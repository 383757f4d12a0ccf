/**
 * Decodes the packed holiday table of `data/holidays.ts` once, on first use.
 *
 * @internal
 * @module
 */
import { FIRST_HOLIDAY_YEAR, HOLIDAY_DAYS, HOLIDAY_NAMES } from "./data/holidays.js";
import { pad } from "./seoulDays.js";

/** A decoded holiday: `[YYYY-MM-DD (Korea), English name(s), Korean name(s)]`. */
export type HolidayRow = readonly [string, string, string];

let rows: readonly HolidayRow[] | undefined;

/** Every holiday of the table, sorted by date. */
export function holidayRows(): readonly HolidayRow[] {
  if (rows !== undefined) return rows;
  const out: HolidayRow[] = [];
  HOLIDAY_DAYS.split(" ").forEach((days, y) => {
    for (let k = 0; k < days.length; k += 3) {
      const name = HOLIDAY_NAMES[days.charCodeAt(k + 2) - 48] as readonly [string, string];
      const iso = `${FIRST_HOLIDAY_YEAR + y}-${pad(days.charCodeAt(k) - 64, 2)}-${pad(days.charCodeAt(k + 1) - 48, 2)}`;
      out.push([iso, name[0], name[1]]);
    }
  });
  rows = out;
  return out;
}
