import { freeze } from "../core/freeze.js";
import { ifDefined } from "../core/ifDefined.js";
import { flagOf, INVALID_OPTIONS, need, optionsOf } from "../core/need.js";
import { KcnError } from "../errors.js";
import { getEdition } from "../programs/getEdition.js";
import { listEditions } from "../programs/listEditions.js";
import type { EditionEventKind } from "../programs/types.js";
import { type CalendarEntry, calendarOf, compareEntries, KIND_ORDER } from "./editionCalendar.js";
import { type InstantInput, readInstant, spanOf } from "./instant.js";
import { businessBefore, FIRST_DAY, LAST_DAY } from "./koreanCalendar.js";
import { seoulDayOfInstant } from "./seoulDays.js";

/**
 * Options of {@link upcomingDeadlines}.
 *
 * @category Timeline
 */
export interface UpcomingDeadlinesOptions {
  /** Which kinds of calendar entries count (default: `call-closes` and `rolling-cutoff`); another kind is refused. */
  readonly kinds?: readonly EditionEventKind[] | undefined;
  /** Only these editions (default: every edition); a year without an edition is refused. */
  readonly years?: readonly number[] | undefined;
  /** Only deadlines whose last day is at most this many calendar days away (default: no limit). */
  readonly withinDays?: number | undefined;
  /** At most this many answers (default: all). */
  readonly limit?: number | undefined;
  /** Include entries announced as planned (default `true`). */
  readonly includePlanned?: boolean | undefined;
}

/**
 * A deadline that has not passed yet at `asOf`.
 *
 * @category Timeline
 */
export interface UpcomingDeadline {
  /** The calendar entry of the deadline. */
  readonly entry: CalendarEntry;
  /** Calendar days in Seoul from `asOf`'s day to the deadline's last day (0 on the day itself). */
  readonly daysLeft: number;
  /**
   * Korean business days after `asOf`'s day up to and including the deadline's last day, or
   * `undefined` outside the holiday table.
   */
  readonly businessDaysLeft?: number;
  /** The last instant the deadline allows, ISO 8601 (UTC). */
  readonly closesAt: string;
}

const DEFAULT_KINDS: readonly EditionEventKind[] = ["call-closes", "rolling-cutoff"];

/**
 * The deadlines across editions that are still ahead at `asOf` (their last instant in Korea time is
 * not past), soonest first: ordered by the earliest instant each could fall on. A deadline known
 * only to the month stays upcoming until that month ends, and sorts at the month's first day: before
 * a day later in that month, although its `daysLeft` (counted to the month's end) is larger, since it
 * may come first. With `limit`, the entries kept are those that may come first.
 *
 * @param asOf - the instant (a `Date` or an ISO 8601 date-time with an offset)
 * @param options - kinds, years, a horizon in days, a limit
 * @returns the frozen list, ordered by date
 * @throws {@link KcnError} `INVALID_DATE` for a bad `asOf`; `INVALID_OPTIONS` for a negative or
 *   fractional `withinDays` or `limit`, or a kind that is not an {@link EditionEventKind}
 *   (`"call-close"`; the message lists them), `details.option` naming the option; `UNKNOWN_EDITION`
 *   for a year without an edition (`2099`, `"2024"`; `details.known` lists the years), as
 *   `findProjects` does
 * @example
 * ```ts
 * upcomingDeadlines("2026-03-01T00:00:00Z").map((d) => d.entry.id);
 * //=> ["2026/call-closes/overseas-demonstration/2026-03-17"]
 * ```
 * @category Timeline
 */
export function upcomingDeadlines(
  asOf: InstantInput,
  options: UpcomingDeadlinesOptions = {},
): readonly UpcomingDeadline[] {
  const t = readInstant(asOf);
  optionsOf(options, "kinds years withinDays limit includePlanned");
  const { kinds = DEFAULT_KINDS, years, withinDays, limit } = options;
  const includePlanned = flagOf(options.includePlanned, "includePlanned") ?? true;
  if (!Array.isArray(kinds) || (years !== undefined && !Array.isArray(years))) {
    throw new KcnError(INVALID_OPTIONS, "Expected kinds and years to be arrays", { option: "kinds" });
  }
  // a misspelt kind or a year without an edition would match nothing, silently
  for (const k of kinds)
    need(KIND_ORDER.includes(k), INVALID_OPTIONS, `kinds from ${KIND_ORDER.join(", ")}`, k, {
      option: "kinds",
    });
  years?.forEach(getEdition);
  for (const [name, v] of [
    ["withinDays", withinDays],
    ["limit", limit],
  ] as const) {
    need(
      !(v !== undefined && !(Number.isSafeInteger(v) && v >= 0)),
      INVALID_OPTIONS,
      `${name} to be a whole number >= 0`,
      v,
      { option: name },
    );
  }
  const today = seoulDayOfInstant(t);
  const out: UpcomingDeadline[] = [];
  for (const edition of listEditions()) {
    if (years !== undefined && !years.includes(edition.year)) continue;
    for (const entry of calendarOf(edition)) {
      if (!kinds.includes(entry.kind) || (!includePlanned && entry.planned)) continue;
      const end = spanOf(entry.date).end;
      if (end < t) continue;
      const lastDay = seoulDayOfInstant(end);
      const daysLeft = lastDay - today;
      if (withinDays !== undefined && daysLeft > withinDays) continue;
      let businessDaysLeft: number | undefined;
      if (today >= FIRST_DAY && lastDay <= LAST_DAY) {
        businessDaysLeft = businessBefore(lastDay + 1) - businessBefore(today + 1);
      }
      out.push(
        freeze({
          entry,
          daysLeft,
          ...ifDefined("businessDaysLeft", businessDaysLeft),
          closesAt: new Date(end).toISOString(),
        }),
      );
    }
  }
  out.sort((a, b) => compareEntries(a.entry, b.entry));
  return freeze(limit !== undefined ? out.slice(0, limit) : out);
}
