import { deepFreeze } from "../core/deepFreeze.js";
import type { Fact } from "../core/fact.js";
import { freeze } from "../core/freeze.js";
import { ifDefined } from "../core/ifDefined.js";
import { isObject } from "../core/isObject.js";
import type { Label } from "../core/label.js";
import { flagOf, INVALID_INPUT, INVALID_OPTIONS, need, optionsOf } from "../core/need.js";
import { describeReceived, KcnError } from "../errors.js";
import { add, allocate, isKrw, type Krw, type RatioInput } from "../money/index.js";
import { label } from "../programs/data/build.js";
import { TRACK_IDS } from "../programs/tracks.js";
import type { PartialDateString, TrackId } from "../programs/types.js";
import { moveBusinessDays } from "./addKoreanBusinessDays.js";
import { markSchedule } from "./guards.js";
import { FIRST_DAY, isBusinessDayNumber, LAST_DAY } from "./koreanCalendar.js";
import { readPartialDate } from "./partialDate.js";
import { dayNumber, daysInMonth, isoDayOf } from "./seoulDays.js";

/**
 * The kinds of planned project milestones, in order.
 *
 * @category Timeline
 */
export type MilestoneKind =
  | "kickoff"
  | "inception-report"
  | "training-course"
  | "interim-report"
  | "final-report"
  | "completion";

/**
 * Every milestone kind in schedule order, with its label and its place in the project as a share of
 * the duration (kickoff 0, inception report 10%, training course in Korea 40%, interim report 50%,
 * final report 90%, completion 100%). These places are the library's planning template, not the
 * program's: the sources give no milestone days (only that training in Korea is part of the package).
 *
 * @example
 * ```ts
 * MILESTONE_KINDS.map((m) => m.kind).at(-1); //=> "completion"
 * ```
 * @category Timeline
 */
export const MILESTONE_KINDS: readonly {
  readonly kind: MilestoneKind;
  readonly label: Label;
  readonly at: number;
}[] = deepFreeze([
  { kind: "kickoff", label: label("Kickoff", "착수"), at: 0 },
  { kind: "inception-report", label: label("Inception report", "착수 보고서"), at: 0.1 },
  { kind: "training-course", label: label("Training course in Korea", "국내 초청 연수"), at: 0.4 },
  { kind: "interim-report", label: label("Interim report", "중간 보고서"), at: 0.5 },
  { kind: "final-report", label: label("Final report", "최종 보고서"), at: 0.9 },
  { kind: "completion", label: label("Completion", "사업 완료"), at: 1 },
] as const);

/**
 * A payment tranche tied to a milestone: paid when the milestone is met.
 *
 * @category Timeline
 */
export interface TrancheSpec {
  /** The milestone whose completion releases the tranche. */
  readonly milestone: MilestoneKind;
  /** A relative weight or percentage, as money's `allocate` takes it (`30`, `"30%"`). */
  readonly ratio: RatioInput;
}

/**
 * The project a schedule is planned for: a selected project from the data, or just its id and track.
 *
 * @category Timeline
 */
export interface ScheduleProject {
  /** The project's id. */
  readonly id: string;
  /** The track, plain or as a fact (a {@link SelectedProject}'s `track`). */
  readonly track: TrackId | Fact<TrackId>;
}

/**
 * Options of {@link planSchedule}.
 *
 * @category Timeline
 */
export interface PlanScheduleOptions {
  /** The kickoff day, `"YYYY-MM-DD"` in Korea (a month is refused: a plan needs a day). */
  readonly start: PartialDateString;
  /**
   * Whole months from kickoff to completion. Default: 12 for planning tracks (the 2022 call allowed
   * 1 to 2 years: 12-24), and to 31 December of the start year for demonstrations (finished within
   * the year from 2024). Between 1 and 36.
   */
  readonly durationMonths?: number | undefined;
  /** The project budget to split into tranches. */
  readonly budget?: Krw | undefined;
  /**
   * Payment tranches tied to milestones (default when a budget is given: 30% at the inception
   * report, 40% at the interim report, 30% at the final report: the library's default, as the
   * sources give no payment shares).
   */
  readonly tranches?: readonly TrancheSpec[] | undefined;
  /**
   * Move due dates that fall on a weekend or Korean public holiday to the next business day, as the
   * Civil Act (art. 161) does for the end of a period, or to the business day before when the next
   * one is after the project's last business day, so that no due day falls after `end` (a
   * demonstration planned to finish within the year does; default `true`). A period with no business
   * day at all (a demonstration started on Saturday 30 December 2023) has its due days on the last
   * business day before its end, which is then before its start: give such a project a later start
   * or `businessDays: false`. Days outside the holiday
   * table (2018-2027) are left as they are, whatever day of the week they fall on; `kcity schedule`
   * lists them.
   */
  readonly businessDays?: boolean | undefined;
}

/**
 * A planned milestone of a project schedule.
 *
 * @category Timeline
 */
export interface PlannedMilestone {
  /** `"<project id>/<kind>"`. */
  readonly id: string;
  /** Which milestone. */
  readonly kind: MilestoneKind;
  /** Its name in English and Korean. */
  readonly label: Label;
  /** The due day in Korea, `"YYYY-MM-DD"`. */
  readonly due: PartialDateString;
  /** The payment released when it is met, if a tranche is tied to it. */
  readonly payment?: Krw;
}

/**
 * A project's planned schedule.
 *
 * @category Timeline
 */
export interface ProjectSchedule {
  /** The project it plans. */
  readonly projectId: string;
  /** The project's track (planning or demonstration). */
  readonly track: TrackId;
  /** The first day, in Korea time. */
  readonly start: PartialDateString;
  /**
   * The last day, in Korea time: the day the completion is due. For a schedule planned by months,
   * the same day of the month `durationMonths` on (the month's last day when it has no such day), so
   * a 12-month study from 2 August 2021 ends on 2 August 2022; a period of 12 months counted under
   * the Civil Act (art. 160(2)) would expire at the end of 1 August 2022 (a known issue). For a
   * demonstration without `durationMonths`, 31 December of the start year.
   */
  readonly end: PartialDateString;
  /** The duration in whole months, when the schedule was planned by months (absent for "to the end of the year"). */
  readonly durationMonths?: number;
  /** The milestones in order, each with its due day. */
  readonly milestones: readonly PlannedMilestone[];
  /** The project's budget, when given; the tranches split it. */
  readonly budget?: Krw;
}

function bad(message: string, option: string): never {
  throw new KcnError(INVALID_OPTIONS, message, { option });
}

function addMonthsDay(year: number, month: number, day: number, months: number): number {
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return dayNumber(y, m, Math.min(day, daysInMonth(y, m)));
}

/** The day itself when it is a business day, else the next one (`step` 1) or the one before (-1). */
function toBusinessDay(day: number, step: number): number {
  if (day < FIRST_DAY || day > LAST_DAY) return day;
  if (isBusinessDayNumber(day)) return day;
  try {
    return moveBusinessDays(day, step);
  } catch {
    return day;
  }
}

/**
 * Plans a project's milestones from its kickoff day and duration: kickoff, inception report,
 * training course in Korea, interim report, final report and completion, placed at fixed shares of
 * the duration ({@link MILESTONE_KINDS}) and moved off weekends and Korean public holidays. With a
 * budget, payment tranches are tied to milestones and split exactly with money's `allocate`.
 *
 * @param project - a selected project (or `{ id, track }`)
 * @param options - the start day, duration, budget and tranches
 * @returns the frozen schedule
 * @throws {@link KcnError} `INVALID_OPTIONS` for no options at all, an options key other than
 *   `start`, `durationMonths`, `budget`, `tranches` and `businessDays`, a `businessDays` that is not
 *   a boolean, a `start` that is a year, a month or a minute rather than a day (`details.option:
 *   "start"`), a duration outside 1-36 months, a budget that is not a Krw of 0 won or more, a
 *   tranche on an unknown milestone or an unknown track; `INVALID_DATE` for a `start` that is no
 *   date at all (left out of the options, `""`, `null`, a `Date`, a day that does not exist such as
 *   `"2021-02-30"`, a date-time with an offset), with the date's issue in `details.issues` and no
 *   `details.option`; `INVALID_RATIOS` for bad ratios; `INVALID_INPUT` for a project that is not an
 *   object with an id that is not empty or white space only (an empty id would give every such project
 *   the same milestone ids)
 * @example
 * ```ts
 * const s = planSchedule({ id: "2021-ke-nairobi", track: "urban-planning" }, { start: "2021-08-02" });
 * s.milestones.map((m) => m.due);
 * //=> ["2021-08-02", "2021-09-08", "2021-12-27", "2022-02-03", "2022-06-27", "2022-08-02"]
 * ```
 * @category Timeline
 */
export function planSchedule(project: ScheduleProject, options: PlanScheduleOptions): ProjectSchedule {
  need(
    isObject(project) && typeof project.id === "string" && /\S/.test(project.id),
    INVALID_INPUT,
    "a project with an id and a track",
    project,
  );
  const rawTrack = project.track as unknown;
  const track =
    typeof rawTrack === "string"
      ? rawTrack
      : isObject(rawTrack) && (rawTrack as Fact<TrackId>).known
        ? (rawTrack as { value: TrackId }).value
        : undefined;
  if (!TRACK_IDS.includes(track as TrackId)) {
    bad(
      `Expected the project's track to be known (${TRACK_IDS.join(", ")}), received ${describeReceived(rawTrack)}`,
      "track",
    );
  }
  if (!isObject(options)) bad("Expected options with a start day", "start");
  optionsOf(options, "start durationMonths budget tranches businessDays");
  const s = readPartialDate(options.start);
  if (s.kind !== "day")
    bad(`Expected start to be a day ("YYYY-MM-DD"), received ${describeReceived(options.start)}`, "start");
  const startDay = dayNumber(s.year, s.month, s.day);
  let months = options.durationMonths;
  // a planning track (every track but the demonstration) lasts a year unless told otherwise
  if (months === undefined) months = track === "solution-demonstration" ? 0 : 12;
  if (
    !Number.isInteger(months) ||
    months < 0 ||
    months > 36 ||
    (months === 0 && options.durationMonths !== undefined)
  ) {
    bad(
      `Expected durationMonths to be a whole number from 1 to 36, received ${describeReceived(options.durationMonths)}`,
      "durationMonths",
    );
  }
  // Demonstrations by default end on 31 December of the start year.
  const endDay = months === 0 ? dayNumber(s.year, 12, 31) : addMonthsDay(s.year, s.month, s.day, months);
  if (endDay <= startDay) bad("Expected the project to end after it starts", "start");
  const shift = flagOf(options.businessDays, "businessDays") ?? true;

  let payments: Map<MilestoneKind, Krw> | undefined;
  const budget = options.budget;
  if (budget !== undefined) {
    need(
      isKrw(budget) && budget.amount >= 0n,
      INVALID_OPTIONS,
      "budget to be a Krw of 0 won or more",
      budget,
      {
        option: "budget",
      },
    );
    const tranches: readonly TrancheSpec[] = options.tranches ?? [
      { milestone: "inception-report", ratio: 30 },
      { milestone: "interim-report", ratio: 40 },
      { milestone: "final-report", ratio: 30 },
    ];
    if (!Array.isArray(tranches))
      bad(`Expected tranches as a list, received ${describeReceived(tranches)}`, "tranches");
    for (const t of tranches) {
      if (!MILESTONE_KINDS.some((m) => m.kind === t?.milestone)) {
        bad(`Expected a tranche on a milestone kind, received ${describeReceived(t?.milestone)}`, "tranches");
      }
    }
    const shares = allocate(
      budget,
      tranches.map((t) => t.ratio),
    );
    const paid = new Map<MilestoneKind, Krw>();
    payments = paid;
    // allocate gives one share per ratio
    tranches.forEach((t, i) => {
      const share = shares[i] as Krw;
      const prev = paid.get(t.milestone);
      paid.set(t.milestone, prev === undefined ? share : add(prev, share));
    });
  } else if (options.tranches !== undefined) {
    bad("Expected a budget when tranches are given", "tranches");
  }

  const span = endDay - startDay;
  // the last business day of the project: no due day moves past it
  const lastDay = toBusinessDay(endDay, -1);
  const milestones = MILESTONE_KINDS.map((m): PlannedMilestone => {
    let day = m.at === 0 ? startDay : m.at === 1 ? endDay : startDay + Math.round(span * m.at);
    // forward to a business day, but not past the project's last one (a day in the last run of
    // weekends and holidays before the end moves back to it)
    if (shift) day = Math.min(toBusinessDay(day, 1), lastDay);
    const payment = payments?.get(m.kind);
    return freeze({
      id: `${project.id}/${m.kind}`,
      kind: m.kind,
      label: m.label,
      due: isoDayOf(day),
      ...ifDefined("payment", payment),
    });
  });
  return freeze(
    markSchedule({
      projectId: project.id,
      track: track as TrackId,
      start: isoDayOf(startDay),
      end: isoDayOf(endDay),
      ...(months > 0 ? { durationMonths: months } : {}),
      milestones: freeze(milestones),
      ...ifDefined("budget", budget),
    }),
  );
}
