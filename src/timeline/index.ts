/**
 * Timelines: dates with their precision in Korea time, deadlines, Korean business days, edition
 * calendars, call status from dates, project milestones and calendar exports.
 *
 * @module timeline
 */

// The shared types of what this entry returns and takes, so that a consumer of this subpath alone
// can name them (their functions, such as `ok` and `localize`, are on the root entry).
export type * from "../core/sharedTypes.js";
export { addKoreanBusinessDays } from "./addKoreanBusinessDays.js";
export { CALL_STATUS_LABELS, type CallStatus, type CallStatusCode, callStatusAt } from "./callStatusAt.js";
export { comparePartialDates, type DateRelation, orderPartialDates } from "./comparePartialDates.js";
export { isOnOrAfterOpening, isOnOrBeforeDeadline, toSeoulDate } from "./deadlines.js";
export { earliestInstant } from "./earliestInstant.js";
export { type CalendarEntry, editionCalendar } from "./editionCalendar.js";
export { formatPartialDate } from "./formatPartialDate.js";
export type { InstantInput } from "./instant.js";
export { isKoreanBusinessDay } from "./isKoreanBusinessDay.js";
export { koreanBusinessDaysBetween } from "./koreanBusinessDaysBetween.js";
export type { KoreanDayInput } from "./koreanCalendar.js";
export {
  getKoreanHoliday,
  KOREAN_HOLIDAY_COVERAGE,
  type KoreanHoliday,
  koreanHolidaysIn,
} from "./koreanHolidays.js";
export { latestInstant } from "./latestInstant.js";
export {
  MILESTONE_STATUSES,
  type MilestoneActuals,
  type MilestoneAt,
  type MilestoneStatus,
  type MilestoneStatusOptions,
  milestoneStatusAt,
  milestonesAt,
  type OcdsMilestoneStatus,
  overdueMilestones,
  type ScheduleProgress,
  scheduleProgress,
} from "./milestoneStatus.js";
export {
  type DatePrecision,
  type PartialDate,
  type PartialDateInput,
  type PartialDateIssue,
  type PartialDateIssueCode,
  parsePartialDate,
  safeParsePartialDate,
  toPartialDateString,
} from "./partialDate.js";
export { PartialDateSchema, PartialDateStringSchema } from "./partialDateSchema.js";
export {
  MILESTONE_KINDS,
  type MilestoneKind,
  type PlannedMilestone,
  type PlanScheduleOptions,
  type ProjectSchedule,
  planSchedule,
  type ScheduleProject,
  type TrancheSpec,
} from "./planSchedule.js";
export {
  type ICalendarItem,
  type ICalendarItemFields,
  type ICalendarOptions,
  toICalendar,
} from "./toICalendar.js";
export { type MermaidGanttOptions, toMermaidGantt } from "./toMermaidGantt.js";
export {
  type UpcomingDeadline,
  type UpcomingDeadlinesOptions,
  upcomingDeadlines,
} from "./upcomingDeadlines.js";
