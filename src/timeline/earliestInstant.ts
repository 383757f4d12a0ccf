import { spanOf } from "./instant.js";
import type { PartialDateInput } from "./partialDate.js";

/**
 * The first instant a partial date can mean, in Korea time: the start of its year, month or day in
 * Seoul (00:00 KST = 15:00 UTC the day before), or the instant itself for a time.
 *
 * @param date - the partial date or its text
 * @returns a new `Date` (UTC instant)
 * @throws {@link KcnError} `INVALID_DATE` when `date` is not a valid partial date
 * @example
 * ```ts
 * earliestInstant("2021-06").toISOString();
 * //=> "2021-05-31T15:00:00.000Z"
 * ```
 * @category Timeline
 */
export function earliestInstant(date: PartialDateInput): Date {
  return new Date(spanOf(date).start);
}
