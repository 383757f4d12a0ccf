import { describe, expectTypeOf, it } from "vitest";
import {
  addKoreanBusinessDays,
  type CalendarEntry,
  type CallStatusCode,
  callStatusAt,
  comparePartialDates,
  type DateRelation,
  editionCalendar,
  type ICalendarItem,
  type MilestoneStatus,
  milestoneStatusAt,
  type PartialDate,
  type ProjectSchedule,
  parsePartialDate,
  planSchedule,
  safeParsePartialDate,
} from "../src/index.js";

describe("timeline types", () => {
  it("keeps the input type of addKoreanBusinessDays", () => {
    expectTypeOf(addKoreanBusinessDays(new Date(Date.UTC(2021, 8, 17)), 1)).toEqualTypeOf<Date>();
    expectTypeOf(addKoreanBusinessDays("2021-09-17", 1)).toEqualTypeOf<string>();
    expectTypeOf(addKoreanBusinessDays(parsePartialDate("2021-09-17"), 1)).toEqualTypeOf<PartialDate>();
    const never = () => {
      // @ts-expect-error the amount is a number
      addKoreanBusinessDays("2021-09-17", "1");
    };
    expectTypeOf(never).toBeFunction();
  });

  it("narrows partial dates by kind", () => {
    const d = parsePartialDate("2021-06");
    if (d.kind === "month") expectTypeOf(d.month).toEqualTypeOf<number>();
    // @ts-expect-error a year has no month
    if (d.kind === "year") d.month;
    const r = safeParsePartialDate("x");
    if (!r.ok) expectTypeOf(r.issues[0].code).toEqualTypeOf<"INVALID_DATE">();
  });

  it("returns closed unions", () => {
    // The unions are written out: a type compared with its own alias would pass were the alias `any`.
    expectTypeOf(comparePartialDates("2021", "2022")).toEqualTypeOf<DateRelation>();
    expectTypeOf<DateRelation>().toEqualTypeOf<"before" | "after" | "overlaps">();
    expectTypeOf(
      callStatusAt(2021, "smart-city-planning", new Date(0)).status,
    ).toEqualTypeOf<CallStatusCode>();
    expectTypeOf<CallStatusCode>().toEqualTypeOf<
      "unknown" | "forthcoming" | "open" | "closed" | "results-announced"
    >();
    expectTypeOf(editionCalendar(2021)).toEqualTypeOf<readonly CalendarEntry[]>();
    expectTypeOf<CalendarEntry>().not.toBeAny();
    expectTypeOf(milestoneStatusAt({ due: "2022-01-01" }, new Date(0))).toEqualTypeOf<MilestoneStatus>();
    expectTypeOf<MilestoneStatus>().toEqualTypeOf<"scheduled" | "met" | "met-late" | "overdue" | "missed">();
    expectTypeOf(
      planSchedule({ id: "p", track: "urban-planning" }, { start: "2021-08-02" }),
    ).toEqualTypeOf<ProjectSchedule>();
    expectTypeOf<ProjectSchedule>().not.toBeAny();
    const never = () => {
      // @ts-expect-error unknown track
      planSchedule({ id: "p", track: "planning" }, { start: "2021-08-02" });
      // @ts-expect-error start is required
      planSchedule({ id: "p", track: "urban-planning" }, {});
    };
    expectTypeOf(never).toBeFunction();
  });

  it("an iCalendar item's optional fields take undefined, under exactOptionalPropertyTypes", () => {
    const item: ICalendarItem = {
      id: "x",
      label: { en: "Inception report", ko: "착수 보고서" },
      date: undefined,
      due: "2024-06-01",
      note: undefined,
      sources: undefined,
      planned: undefined,
    };
    expectTypeOf(item.planned).toEqualTypeOf<boolean | undefined>();
    // @ts-expect-error a label is required
    const bad: ICalendarItem = { id: "x", due: "2024-06-01" };
    expectTypeOf(bad).toEqualTypeOf<ICalendarItem>();
  });
});
