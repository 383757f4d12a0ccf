/**
 * Day arithmetic in Korea time (Asia/Seoul, UTC+9, no daylight saving since 1988), on epoch day
 * numbers. Uses only `Date.UTC` and UTC getters, so no answer depends on the machine's time zone.
 *
 * @internal
 * @module
 */

/** Korea's offset from UTC in milliseconds (UTC+9, no daylight saving). */
export const SEOUL_OFFSET_MS = 9 * 3_600_000;
/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** The epoch day number (days since 1970-01-01) of a calendar day. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The Seoul calendar day (epoch day number) an instant falls on. */
export function seoulDayOfInstant(ms: number): number {
  return Math.floor((ms + SEOUL_OFFSET_MS) / DAY_MS);
}

/** The instant (epoch ms) at which a Seoul calendar day starts. */
export function seoulStartOfDay(dayNum: number): number {
  return dayNum * DAY_MS - SEOUL_OFFSET_MS;
}

/** Year, month (1-12) and day of an epoch day number. */
export function ymdOfDay(dayNum: number): {
  readonly year: number;
  readonly month: number;
  readonly day: number;
} {
  const d = new Date(dayNum * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Days in a month (1-12) of a year (proleptic Gregorian). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `"YYYY-MM-DD"` of an epoch day number. */
export function isoDayOf(dayNum: number): string {
  const { year, month, day } = ymdOfDay(dayNum);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Zero-pads a non-negative integer. */
export function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
