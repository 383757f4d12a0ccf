import { spanOf } from "./instant.js";
import type { PartialDateInput } from "./partialDate.js";

/**
 * The last instant a partial date can mean, in Korea time: the last millisecond of its year, month
 * or day in Seoul (23:59:59.999 KST), or the instant itself for a time. A call that closes on
 * `"2021-04-19"` accepts proposals until 2021-04-19T14:59:59.999Z.
 *
 * @param date - the partial date or its text
 * @returns a new `Date` (UTC instant)
 * @throws {@link KcnError} `INVALID_DATE` when `date` is not a valid partial date
 * @example
 * ```ts
 * latestInstant("2021-04-19").toISOString();
 * //=> "2021-04-19T14:59:59.999Z"
 * latestInstant("2021-06").toISOString();
 * //=> "2021-06-30T14:59:59.999Z"
 * ```
 * @category Timeline
 */
export function latestInstant(date: PartialDateInput): Date {
  return new Date(spanOf(date).end);
}
