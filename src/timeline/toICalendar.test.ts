import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { editionCalendar } from "./editionCalendar.js";
import { planSchedule } from "./planSchedule.js";
import { toICalendar } from "./toICalendar.js";

function parse(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text));
  return comp.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      end: e.endDate?.toString(),
      isDate: e.startDate.isDate,
      precision: v.getFirstPropertyValue("x-kcn-precision"),
      status: v.getFirstPropertyValue("status"),
    };
  });
}

describe("toICalendar", () => {
  it("writes RFC 5545 that ical.js reads back to the same events (2021 calendar)", () => {
    const cal = editionCalendar(2021);
    const text = toICalendar(cal, { name: "K-City Network 2021" });
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const events = parse(text);
    expect(events).toHaveLength(cal.length);
    expect(events.map((e) => e.uid)).toEqual(cal.map((e) => `${e.id}@k-city-network`));
    expect(events.map((e) => e.summary)).toEqual(cal.map((e) => e.label.en));
    const closes = events.find((e) => e.uid.startsWith("2021/call-closes"));
    expect(closes).toMatchObject({ start: "2021-04-19", end: "2021-04-20", isDate: true, precision: "day" });
    const appropriation = events.find((e) => e.uid.startsWith("2021/appropriation"));
    expect(appropriation).toMatchObject({
      start: "2021-06-01",
      end: "2021-07-01",
      isDate: true,
      precision: "month",
    });
    expect(appropriation?.description).toContain("Date known only to the month");
  });

  it("marks an entry announced as a plan STATUS:TENTATIVE, and only those (RFC 5545 3.8.1.11)", () => {
    for (const year of [2021, 2024, 2026]) {
      const cal = editionCalendar(year);
      const events = parse(toICalendar(cal));
      expect(events.map((e) => e.status ?? null)).toEqual(cal.map((e) => (e.planned ? "TENTATIVE" : null)));
    }
    // 2021: the appropriations, the executors and the three track starts were announced as plans
    expect(editionCalendar(2021).filter((e) => e.planned)).toHaveLength(5);
    const item = { id: "x", label: { en: "Track starts", ko: "착수" }, date: "2021-08" };
    expect(toICalendar([{ ...item, planned: true }])).toContain("\r\nSTATUS:TENTATIVE\r\n");
    expect(toICalendar([item])).not.toContain("STATUS:");
    expect(toICalendar([{ ...item, planned: false }])).not.toContain("STATUS:");
  });

  it("is stable (same input, same text) and Korean when asked", () => {
    const cal = editionCalendar(2024);
    expect(toICalendar(cal, { lang: "ko" })).toBe(toICalendar(cal, { lang: "ko" }));
    const events = parse(toICalendar(cal, { lang: "ko" }));
    expect(events.map((e) => e.summary)).toEqual(cal.map((e) => e.label.ko));
  });

  it("escapes text, folds long lines at 75 octets without breaking UTF-8, and writes times in UTC", () => {
    const label = { en: "a, b; c\\d\nnext line ".repeat(8), ko: "한국어 긴 제목, 세미콜론; ".repeat(10) };
    const items = [{ id: "x/1", label, date: "2026-02-10T17:00", note: "note, with; specials" }];
    for (const lang of ["en", "ko"] as const) {
      const text = toICalendar(items, { lang, stamp: "2026-01-01T00:00:00Z" });
      for (const line of text.split("\r\n"))
        expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      const [e] = parse(text);
      expect(e?.summary).toBe(label[lang]);
      expect(e?.description).toBe("note, with; specials");
      expect(e?.start).toBe("2026-02-10T08:00:00Z");
      expect(e?.isDate).toBe(false);
      expect(text).toContain("DTSTAMP:20260101T000000Z");
    }
  });

  it("exports milestones by their due day and whole years", () => {
    const s = planSchedule({ id: "p", track: "urban-planning" }, { start: "2021-08-02" });
    const events = parse(toICalendar(s.milestones));
    expect(events[0]).toMatchObject({
      uid: "p/kickoff@k-city-network",
      start: "2021-08-02",
      end: "2021-08-03",
    });
    const [y] = parse(toICalendar([{ id: "y", label: { en: "Y", ko: "Y" }, date: "2021" }]));
    expect(y).toMatchObject({ start: "2021-01-01", end: "2022-01-01", precision: "year" });
  });
});
