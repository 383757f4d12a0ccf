/**
 * Reading instants (`asOf`) and the span of a partial date in epoch milliseconds.
 *
 * @internal
 * @module
 */
import { DATE_TIME_RE } from "../core/patterns.js";
import { describeReceived, KcnError } from "../errors.js";
import { type PartialDate, type PartialDateInput, readPartialDate } from "./partialDate.js";
import { DAY_MS, dayNumber, SEOUL_OFFSET_MS } from "./seoulDays.js";

/**
 * An instant the timeline functions accept: a `Date`, or an ISO 8601 date-time with an offset
 * (`"2021-04-19T14:00:00Z"`, `"2021-04-19T23:00+09:00"`).
 *
 * @category Timeline
 */
export type InstantInput = Date | string;

/** Reads an instant as epoch ms, throwing `INVALID_DATE` for anything else. @internal */
export function readInstant(value: unknown, name = "asOf"): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (!Number.isNaN(ms)) return ms;
  } else if (typeof value === "string" && value.length <= 40 && DATE_TIME_RE.test(value)) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return ms;
  }
  throw new KcnError(
    "INVALID_DATE",
    `Expected ${name} to be a valid Date or an ISO 8601 date-time with an offset, received ${describeReceived(value)}`,
    { option: name, received: describeReceived(value) },
  );
}

/** First and last instant (epoch ms, both inclusive) a partial date covers. @internal */
export function spanOf(date: PartialDateInput): { readonly start: number; readonly end: number } {
  return spanOfParsed(readPartialDate(date));
}

/** {@link spanOf} for a parsed date. @internal */
export function spanOfParsed(d: PartialDate): { readonly start: number; readonly end: number } {
  if (d.kind === "minute") {
    const at = Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute) - SEOUL_OFFSET_MS;
    return { start: at, end: at };
  }
  // From the first day of the period to the instant before the first day after it (Date.UTC carries
  // month 13 into the next year and a day past the month's end into the next month).
  const year = d.kind === "year";
  const month = year ? 1 : d.month;
  const day = d.kind === "day" ? d.day : 0;
  return {
    start: dayNumber(d.year, month, day || 1) * DAY_MS - SEOUL_OFFSET_MS,
    end: dayNumber(d.year, month + (year ? 12 : day ? 0 : 1), day + 1) * DAY_MS - SEOUL_OFFSET_MS - 1,
  };
}
