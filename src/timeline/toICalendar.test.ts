import fc from "fast-check";
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

const octets = (s: string) => new TextEncoder().encode(s).length;
/** No lone surrogate: the line holds whole characters only. */
const wellFormed = (s: string) => !/\p{Cs}/u.test(s);

/** A TEXT value escaped as RFC 5545 3.3.11 says: a backslash, semicolon or comma behind a backslash, a line break (CR LF, CR or LF) as backslash-n. */
const escaped = (s: string) =>
  s
    .replace(/\r\n?/g, "\n")
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");

/**
 * The content lines of an iCalendar text read as a consumer reads the file: its UTF-8 bytes split at
 * CR LF, each line decoded strictly. A line that ends or starts inside a character (half of a
 * surrogate pair in the string, written as U+FFFD) does not decode back to the line the text holds.
 */
function physicalLines(text: string): string[] {
  const bytes = new TextEncoder().encode(text);
  const strict = new TextDecoder("utf-8", { fatal: true });
  const lines: string[] = [];
  let from = 0;
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(strict.decode(bytes.subarray(from, i)));
      from = i + 2;
      i++;
    }
  }
  expect(from).toBe(bytes.length); // the text ends with CR LF
  expect(lines).toEqual(text.split("\r\n").slice(0, -1));
  return lines;
}

/** Checks the folding of a text (RFC 5545 3.1) and returns its unfolded content lines. */
function unfoldChecked(text: string): string[] {
  const lines = physicalLines(text);
  for (const line of lines) {
    expect(octets(line)).toBeLessThanOrEqual(75);
    expect(wellFormed(line)).toBe(true);
  }
  for (const [i, line] of lines.entries()) {
    const next = lines[i + 1];
    if (next?.startsWith(" ") !== true) continue;
    // a continuation line is one space and at least one character, and the line it continues is
    // full: folded at 75 octets, not before (its next character would not have fitted)
    expect(next.length).toBeGreaterThan(1);
    const first = String.fromCodePoint(next.codePointAt(1) as number);
    expect(octets(line) + octets(first)).toBeGreaterThan(75);
  }
  return text.replace(/\r\n /g, "").split("\r\n").slice(0, -1);
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

  it("folds 4-byte characters (emoji) at 75 octets whatever their alignment, never inside one", () => {
    // "SUMMARY:" is 8 octets: with these prefixes the 17th emoji would straddle octet 75 (or end the
    // line exactly at 75), so the first line holds 16 and is 72, 73, 74 or 75 octets long
    for (const prefix of ["", "a", "ab", "abc"]) {
      const summary = `${prefix}${"\u{1F600}\u{1F3D9}\u{1F1F0}\u{1F1F7}".repeat(15)}`;
      const text = toICalendar([{ id: "e", label: { en: summary, ko: summary }, date: "2024-03-19" }]);
      const lines = physicalLines(text);
      const start = lines.findIndex((l) => l.startsWith("SUMMARY:"));
      const folded = [lines[start]!];
      for (let i = start + 1; lines[i]?.startsWith(" "); i++) folded.push(lines[i]!);
      expect(folded.length).toBeGreaterThan(3);
      // greedy: each line but the last is full (its next code point would not fit)
      for (const [i, line] of folded.entries()) {
        expect(octets(line), `${JSON.stringify(prefix)} line ${i}`).toBeLessThanOrEqual(75);
        expect(wellFormed(line)).toBe(true);
        const next = folded[i + 1];
        if (next !== undefined) {
          const first = String.fromCodePoint(next.codePointAt(1) as number);
          expect(octets(line) + octets(first), `${JSON.stringify(prefix)} line ${i}`).toBeGreaterThan(75);
        }
      }
      expect(octets(folded[0]!)).toBe(8 + prefix.length + 4 * Math.floor((75 - 8 - prefix.length) / 4));
      expect(unfoldChecked(text)).toContain(`SUMMARY:${summary}`);
      const [e] = parse(text);
      expect(e?.summary).toBe(summary);
    }
  });

  it("folds any text within 75 octets on whole characters and unfolds to the escaped text; ical.js reads it back (property)", () => {
    // any code point (mostly 4-byte: most of the range is astral), ASCII, and the characters that matter
    const unit = fc.oneof(
      { weight: 2, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
      { weight: 2, arbitrary: fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 1 }) },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          "\\",
          ";",
          ",",
          "\n",
          "\r",
          "\r\n",
          " ",
          "a",
          ":",
          '"',
          "\u00e9",
          "\ud55c",
          "\u{1F600}",
          "\u{1F469}\u200D\u{1F469}\u200D\u{1F467}",
        ),
      },
    );
    // long enough to fold several times (the default size would keep most strings under one line)
    const textArb = fc.string({ unit, maxLength: 240, size: "large" });
    fc.assert(
      fc.property(textArb, textArb, textArb, (summary, note, name) => {
        const text = toICalendar([{ id: "p/1", label: { en: summary, ko: "k" }, date: "2024-03-19", note }], {
          name,
          stamp: "2024-01-01T00:00:00Z",
        });
        const lines = unfoldChecked(text);
        expect(lines).toContain(`SUMMARY:${escaped(summary)}`);
        expect(lines).toContain(`X-WR-CALNAME:${escaped(name)}`);
        expect(lines).toContain(`DESCRIPTION:${escaped(note)}`);
        // an independent reader unfolds and unescapes to the label (line breaks as LF)
        const [e] = parse(text);
        expect(e?.summary).toBe(summary.replace(/\r\n?/g, "\n"));
        expect(e?.description).toBe(note.replace(/\r\n?/g, "\n"));
      }),
      { numRuns: 300 },
    );
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
