import { deepFreeze } from "../core/deepFreeze.js";
import { freeze } from "../core/freeze.js";
import { ifDefined } from "../core/ifDefined.js";
import { isObject } from "../core/isObject.js";
import type { Label } from "../core/label.js";
import { INVALID_INPUT, INVALID_OPTIONS, need, optionsOf } from "../core/need.js";
import { describeReceived, KcnError } from "../errors.js";
import { add, type Krw, krw } from "../money/index.js";
import { label } from "../programs/data/build.js";
import type { PartialDateString } from "../programs/types.js";
import { assertSchedule } from "./guards.js";
import { type InstantInput, readInstant, spanOf } from "./instant.js";
import type { PlannedMilestone, ProjectSchedule } from "./planSchedule.js";
import { DAY_MS } from "./seoulDays.js";

/**
 * The status of a milestone at an instant, from its planned and actual dates: `scheduled` (not due
 * yet), `met` (done by the due day), `met-late` (done after it), `overdue` (due day past, not done)
 * and `missed` (overdue by more than the grace period).
 *
 * @category Timeline
 */
export type MilestoneStatus = "scheduled" | "met" | "met-late" | "overdue" | "missed";

/**
 * OCDS 1.2 milestone status codes (`milestoneStatus` codelist).
 *
 * @category Timeline
 */
export type OcdsMilestoneStatus = "scheduled" | "met" | "notMet" | "partiallyMet";

/**
 * Each milestone status with its labels and its OCDS 1.2 code: `met-late` is `met` (OCDS records the
 * date met separately); `overdue` and `missed` are `notMet` ("the milestone date has passed and it
 * was not met").
 *
 * @example
 * ```ts
 * MILESTONE_STATUSES["met-late"].ocds; //=> "met"
 * MILESTONE_STATUSES.overdue.label.ko; //=> "기한 경과"
 * ```
 * @category Timeline
 */
export const MILESTONE_STATUSES: Readonly<
  Record<MilestoneStatus, { readonly label: Label; readonly ocds: OcdsMilestoneStatus }>
> = deepFreeze({
  scheduled: { label: label("Scheduled", "예정"), ocds: "scheduled" },
  met: { label: label("Met", "완료"), ocds: "met" },
  "met-late": { label: label("Met late", "지연 완료"), ocds: "met" },
  overdue: { label: label("Overdue", "기한 경과"), ocds: "notMet" },
  missed: { label: label("Missed", "미이행"), ocds: "notMet" },
});

/**
 * Options of the milestone status functions.
 *
 * @category Timeline
 */
export interface MilestoneStatusOptions {
  /** Calendar days after the due day after which an overdue milestone counts as missed (default 90). */
  readonly missedAfterDays?: number | undefined;
}

/**
 * Actual dates of met milestones, by milestone kind or id (`"completion"` or `"2021-ke-nairobi/completion"`).
 * A milestone given a date both by its id and by its kind takes the date under its id, whatever the
 * order of the keys: `{ "2021-ke-nairobi/kickoff": "2021-09-20", kickoff: "2021-08-02" }` says that
 * project's kickoff was met on 20 September.
 *
 * @category Timeline
 */
export type MilestoneActuals = Readonly<Record<string, PartialDateString>>;

function graceOf(options: MilestoneStatusOptions): number {
  optionsOf(options, "missedAfterDays");
  const g = options.missedAfterDays ?? 90;
  need(Number.isSafeInteger(g) && g >= 0, INVALID_OPTIONS, "missedAfterDays to be a whole number >= 0", g, {
    option: "missedAfterDays",
  });
  return g;
}

/** Whether a milestone with this status has been met (on time or late). */
function isMet(status: MilestoneStatus): boolean {
  return status === "met" || status === "met-late";
}

function statusOf(due: string, actual: string | undefined, t: number, grace: number): MilestoneStatus {
  const dueEnd = spanOf(due).end;
  if (actual !== undefined) {
    const a = spanOf(actual);
    // An actual date still in the future at asOf is not known yet at asOf.
    if (a.start <= t) return a.end <= dueEnd ? "met" : "met-late";
  }
  if (t <= dueEnd) return "scheduled";
  return t > dueEnd + grace * DAY_MS ? "missed" : "overdue";
}

/**
 * The status of one milestone at an instant, in Korea time: a milestone due on a day is on time
 * until the end of that day in Seoul.
 *
 * @param milestone - the planned milestone (`due`), or any `{ due }`
 * @param asOf - the instant (a `Date` or an ISO 8601 date-time with an offset)
 * @param actual - the day it was met, if it was (a date after `asOf` is ignored; a month or a year
 *   counts from its first day and is judged at its end: `met` only when it ends by the due day, else
 *   `met-late`)
 * @param options - the grace period before `missed`
 * @returns the {@link MilestoneStatus}
 * @throws {@link KcnError} `INVALID_DATE` for bad dates; `INVALID_OPTIONS` for a bad grace period
 * @example
 * ```ts
 * milestoneStatusAt({ due: "2022-02-03" }, "2022-02-03T14:00:00Z"); //=> "scheduled"
 * milestoneStatusAt({ due: "2022-02-03" }, "2022-02-04T00:00:00Z"); //=> "overdue"
 * milestoneStatusAt({ due: "2022-02-03" }, "2022-03-01T00:00:00Z", "2022-02-10"); //=> "met-late"
 * ```
 * @category Timeline
 */
export function milestoneStatusAt(
  milestone: Pick<PlannedMilestone, "due">,
  asOf: InstantInput,
  actual?: PartialDateString,
  options: MilestoneStatusOptions = {},
): MilestoneStatus {
  if (!isObject(milestone)) {
    throw new KcnError(INVALID_INPUT, "Expected a milestone with a due day", {
      received: describeReceived(milestone),
    });
  }
  return statusOf(milestone.due, actual, readInstant(asOf), graceOf(options));
}

/**
 * A milestone with its status at an instant.
 *
 * @category Timeline
 */
export interface MilestoneAt extends PlannedMilestone {
  /** Scheduled, met, met late, overdue or missed, at `asOf`. */
  readonly status: MilestoneStatus;
  /** The same status as an OCDS 1.2 milestone status code. */
  readonly ocdsStatus: OcdsMilestoneStatus;
  /** The actual day it was met, when it was by `asOf`. */
  readonly met?: PartialDateString;
}

function actualFor(m: PlannedMilestone, actuals: MilestoneActuals): string | undefined {
  return actuals[m.id] ?? actuals[m.kind];
}

/**
 * Every milestone of a schedule with its status at an instant.
 *
 * @param schedule - a schedule from {@link planSchedule}
 * @param asOf - the instant
 * @param actuals - actual days of met milestones, by kind or id (a month or a year is taken at its
 *   end, as in {@link milestoneStatusAt}); a milestone given a day both by its id and by its kind
 *   takes the one under its id, whatever the order of the keys
 * @param options - the grace period before `missed`
 * @returns the milestones with `status` and `ocdsStatus`, in schedule order
 * @throws {@link KcnError} `INVALID_DATE` for bad dates; `INVALID_OPTIONS` for a bad grace period;
 *   `INVALID_INPUT` when `schedule` is not one `planSchedule` made (a copy read back from JSON, a
 *   spread or a clone: plan it again), when `actuals` is not a plain object (a `Map` would read as
 *   no day) or has a key that is no milestone kind or id of the schedule, or a day that ends before
 *   the schedule starts (`2012-02-10` for `2021-02-10`: a milestone is not met before its kickoff;
 *   `details.option` names the key)
 * @example
 * ```ts
 * const s = planSchedule({ id: "p", track: "urban-planning" }, { start: "2021-08-02" });
 * milestonesAt(s, "2021-10-01T00:00:00Z", { kickoff: "2021-08-02" }).map((m) => m.status).slice(0, 3);
 * //=> ["met", "overdue", "scheduled"]
 * ```
 * @category Timeline
 */
export function milestonesAt(
  schedule: ProjectSchedule,
  asOf: InstantInput,
  actuals: MilestoneActuals = {},
  options: MilestoneStatusOptions = {},
): readonly MilestoneAt[] {
  assertSchedule(schedule);
  // a Map has no own keys: its days would be read as none
  if (!isObject(actuals) || actuals instanceof Map) {
    throw new KcnError(INVALID_INPUT, "Expected actuals to be an object of days by milestone kind or id");
  }
  // a misspelt kind must not pass silently: { kickof } would turn a met milestone into a missed one;
  // nor a day before the kickoff: a mistyped year would count a milestone met and pay its tranche
  const begins = spanOf(schedule.start).start;
  for (const k in actuals) {
    need(
      schedule.milestones.some((m) => m.id === k || m.kind === k),
      INVALID_INPUT,
      "a milestone kind or id of the schedule",
      k,
      { option: k },
    );
    need(
      !actuals[k] || begins <= spanOf(actuals[k] as string).end,
      INVALID_INPUT,
      `a day not before the kickoff (${schedule.start})`,
      actuals[k],
      { option: k },
    );
  }
  const t = readInstant(asOf);
  const grace = graceOf(options);
  return freeze(
    schedule.milestones.map((m) => {
      const actual = actualFor(m, actuals);
      const status = statusOf(m.due, actual, t, grace);
      const met = isMet(status) ? actual : undefined;
      return freeze({
        ...m,
        status,
        ocdsStatus: MILESTONE_STATUSES[status].ocds,
        ...ifDefined("met", met),
      });
    }),
  );
}

/**
 * The milestones of a schedule that are overdue or missed at an instant.
 *
 * @param schedule - a schedule from {@link planSchedule}
 * @param asOf - the instant
 * @param actuals - actual days of met milestones, by kind or id (a month or a year is taken at its
 *   end, as in {@link milestoneStatusAt})
 * @param options - the grace period before `missed`
 * @returns the late milestones, in schedule order
 * @throws {@link KcnError} `INVALID_DATE` for bad dates; `INVALID_OPTIONS` for a bad grace period;
 *   `INVALID_INPUT` for a schedule `planSchedule` did not make and for `actuals`, as {@link milestonesAt} says
 * @example
 * ```ts
 * const s = planSchedule({ id: "p", track: "urban-planning" }, { start: "2021-08-02" });
 * overdueMilestones(s, "2021-10-01T00:00:00Z", { kickoff: "2021-08-02" }).map((m) => m.kind);
 * //=> ["inception-report"]
 * ```
 * @category Timeline
 */
export function overdueMilestones(
  schedule: ProjectSchedule,
  asOf: InstantInput,
  actuals: MilestoneActuals = {},
  options: MilestoneStatusOptions = {},
): readonly MilestoneAt[] {
  return freeze(
    milestonesAt(schedule, asOf, actuals, options).filter(
      (m) => m.status === "overdue" || m.status === "missed",
    ),
  );
}

/**
 * A summary of a schedule's progress at an instant.
 *
 * @category Timeline
 */
export interface ScheduleProgress {
  /** How many milestones have each status. */
  readonly counts: Readonly<Record<MilestoneStatus, number>>;
  /** Met (on time or late) out of all milestones, 0-1. */
  readonly share: number;
  /** The next milestone not met yet, if any. */
  readonly next?: MilestoneAt;
  /** Payments released by met milestones (when the schedule has a budget). */
  readonly paid?: Krw;
  /** Whether the completion milestone is met. */
  readonly complete: boolean;
}

/**
 * Summarises a schedule at an instant: how many milestones are met, late or pending, the next one,
 * and the payments their tranches released.
 *
 * @param schedule - a schedule from {@link planSchedule}
 * @param asOf - the instant
 * @param actuals - actual days of met milestones, by kind or id (a month or a year is taken at its
 *   end, as in {@link milestoneStatusAt})
 * @param options - the grace period before `missed`
 * @returns the frozen {@link ScheduleProgress}
 * @throws {@link KcnError} `INVALID_DATE` for bad dates; `INVALID_OPTIONS` for a bad grace period;
 *   `INVALID_INPUT` for a schedule `planSchedule` did not make and for `actuals`, as {@link milestonesAt} says
 * @example
 * ```ts
 * const s = planSchedule({ id: "p", track: "urban-planning" }, { start: "2021-08-02" });
 * scheduleProgress(s, "2021-10-01T00:00:00Z", { kickoff: "2021-08-02" }).next?.kind;
 * //=> "inception-report"
 * ```
 * @category Timeline
 */
export function scheduleProgress(
  schedule: ProjectSchedule,
  asOf: InstantInput,
  actuals: MilestoneActuals = {},
  options: MilestoneStatusOptions = {},
): ScheduleProgress {
  const all = milestonesAt(schedule, asOf, actuals, options);
  const counts: Record<MilestoneStatus, number> = {
    scheduled: 0,
    met: 0,
    "met-late": 0,
    overdue: 0,
    missed: 0,
  };
  let paid: Krw | undefined = schedule.budget !== undefined ? krw(0) : undefined;
  for (const m of all) {
    counts[m.status]++;
    if (isMet(m.status) && m.payment !== undefined && paid !== undefined) {
      paid = add(paid, m.payment);
    }
  }
  const next = all.find((m) => !isMet(m.status));
  const done = counts.met + counts["met-late"];
  return freeze({
    counts: freeze(counts),
    share: all.length === 0 ? 0 : done / all.length,
    ...ifDefined("next", next),
    ...ifDefined("paid", paid),
    complete: all.some((m) => m.kind === "completion" && isMet(m.status)),
  });
}
