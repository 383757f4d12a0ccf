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
  switch (d.kind) {
    case "year":
      return {
        start: dayNumber(d.year, 1, 1) * DAY_MS - SEOUL_OFFSET_MS,
        end: dayNumber(d.year + 1, 1, 1) * DAY_MS - SEOUL_OFFSET_MS - 1,
      };
    case "month":
      return {
        start: dayNumber(d.year, d.month, 1) * DAY_MS - SEOUL_OFFSET_MS,
        end: dayNumber(d.year, d.month + 1, 1) * DAY_MS - SEOUL_OFFSET_MS - 1,
      };
    case "day": {
      const start = dayNumber(d.year, d.month, d.day) * DAY_MS - SEOUL_OFFSET_MS;
      return { start, end: start + DAY_MS - 1 };
    }
    default: {
      const at = Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute) - SEOUL_OFFSET_MS;
      return { start: at, end: at };
    }
  }
}
