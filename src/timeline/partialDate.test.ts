import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { comparePartialDates, orderPartialDates } from "./comparePartialDates.js";
import { isOnOrAfterOpening, isOnOrBeforeDeadline, toSeoulDate } from "./deadlines.js";
import { earliestInstant } from "./earliestInstant.js";
import { formatPartialDate } from "./formatPartialDate.js";
import { latestInstant } from "./latestInstant.js";
import { parsePartialDate, safeParsePartialDate, toPartialDateString } from "./partialDate.js";
import { PartialDateSchema, PartialDateStringSchema } from "./partialDateSchema.js";

describe("parsePartialDate", () => {
  it("reads every precision", () => {
    expect(parsePartialDate("2021")).toEqual({ kind: "year", year: 2021 });
    expect(parsePartialDate("2021-06")).toEqual({ kind: "month", year: 2021, month: 6 });
    expect(parsePartialDate("2021-06-22")).toEqual({ kind: "day", year: 2021, month: 6, day: 22 });
    expect(parsePartialDate("2026-02-10T17:00")).toEqual({
      kind: "minute",
      year: 2026,
      month: 2,
      day: 10,
      hour: 17,
      minute: 0,
    });
    expect(Object.isFrozen(parsePartialDate("2021"))).toBe(true);
  });

  it.each([
    "",
    "21",
    "2021-6",
    "2021-13",
    "2021-00",
    "2021-02-29",
    "2020-02-30",
    "2021-04-31",
    "2021-06-22T24:00",
    "2021-06-22T12:60",
    "2021-06-22T12:00Z",
    "2021-06-22 12:00",
    "0999",
    " 2021",
    "x".repeat(10_000),
  ])("refuses %j with INVALID_DATE", (text) => {
    const r = safeParsePartialDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe("INVALID_DATE");
      expect(r.issues[0]?.message.ko.length).toBeGreaterThan(0);
    }
    try {
      parsePartialDate(text);
      expect.unreachable();
    } catch (e) {
      expect(isKcnError(e) && e.code).toBe("INVALID_DATE");
    }
  });

  it.each([null, undefined, 2021, {}, [], { kind: "day", year: 2021 }, new Date(0)])(
    "refuses non-dates %j without a TypeError",
    (v) => {
      expect(safeParsePartialDate(v).ok).toBe(false);
    },
  );

  it("says what it received in Korean", () => {
    const r = safeParsePartialDate([2021, 6]);
    expect(r.ok ? "" : r.issues[0]?.message.ko).toBe(
      '"2021-06-22" 같은 날짜 텍스트 필요, 받은 값 항목 2개의 배열',
    );
  });

  it("accepts 29 February in a leap year and objects", () => {
    expect(safeParsePartialDate("2024-02-29").ok).toBe(true);
    expect(parsePartialDate({ kind: "month", year: 2021, month: 6 })).toEqual({
      kind: "month",
      year: 2021,
      month: 6,
    });
  });

  it("refuses an object with a key its kind does not have", () => {
    // a finer kind's field would otherwise be dropped unread: 2021 "with month 13" is not 2021
    for (const input of [
      { kind: "year", year: 2021, month: 13 },
      { kind: "month", year: 2021, month: 6, day: 31 },
      { kind: "day", year: 2021, month: 6, day: 1, hour: 99 },
      { kind: "day", year: 2021, month: 6, day: 1, minute: 0 },
      { kind: "year", year: 2021, note: "approx." },
      { kind: "minute", year: 2021, month: 6, day: 1, hour: 9, minute: 0, second: 0 },
    ]) {
      const r = safeParsePartialDate(input);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (!r.ok) {
        expect(r.issues[0]?.code).toBe("INVALID_DATE");
        expect(r.issues[0]?.message.en).toContain("an object of another shape");
        expect(r.issues[0]?.message.ko).toContain("다른 형태의 객체");
      }
      expect(() => parsePartialDate(input)).toThrow(expect.objectContaining({ code: "INVALID_DATE" }));
      expect(() => formatPartialDate(input as never)).toThrow(
        expect.objectContaining({ code: "INVALID_DATE" }),
      );
    }
    // a field left undefined is a field not given
    expect(parsePartialDate({ kind: "month", year: 2021, month: 6, day: undefined })).toEqual({
      kind: "month",
      year: 2021,
      month: 6,
    });
  });

  it("reads back exactly the objects it returns, and refuses any of them with a key added (property)", () => {
    const keys = ["year", "month", "day", "hour", "minute", "second", "note", "kind2"];
    const arb = fc.tuple(
      fc.constantFrom("2021", "2021-06", "2021-06-22", "2021-06-22T09:30"),
      fc.constantFrom(...keys),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(arb, ([text, key, value]) => {
        const date = parsePartialDate(text);
        expect(parsePartialDate({ ...date })).toEqual(date);
        if (key in date || value === undefined) return;
        expect(safeParsePartialDate({ ...date, [key]: value }).ok).toBe(false);
      }),
    );
  });

  it("round-trips through its text form (property)", () => {
    const arb = fc
      .tuple(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 3 }),
      )
      .map(([y, mo, d, h, mi, p]) => {
        const base = `${String(y)}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}T${String(h).padStart(2, "0")}:${String(mi).padStart(2, "0")}`;
        return base.slice(0, [4, 7, 10, 16][p]);
      });
    fc.assert(
      fc.property(arb, (text) => {
        expect(toPartialDateString(parsePartialDate(text))).toBe(text);
        expect(toPartialDateString(text)).toBe(text);
      }),
    );
  });
});

describe("instants in Korea time", () => {
  it("gives the first and last instant of each precision", () => {
    expect(earliestInstant("2021").toISOString()).toBe("2020-12-31T15:00:00.000Z");
    expect(latestInstant("2021").toISOString()).toBe("2021-12-31T14:59:59.999Z");
    expect(earliestInstant("2021-06").toISOString()).toBe("2021-05-31T15:00:00.000Z");
    expect(latestInstant("2021-06").toISOString()).toBe("2021-06-30T14:59:59.999Z");
    expect(latestInstant("2021-12").toISOString()).toBe("2021-12-31T14:59:59.999Z");
    expect(latestInstant("2024-02").toISOString()).toBe("2024-02-29T14:59:59.999Z");
    expect(earliestInstant("2021-04-19").toISOString()).toBe("2021-04-18T15:00:00.000Z");
    expect(latestInstant("2021-04-19").toISOString()).toBe("2021-04-19T14:59:59.999Z");
    expect(earliestInstant("2026-02-10T17:00").toISOString()).toBe("2026-02-10T08:00:00.000Z");
    expect(latestInstant("2026-02-10T17:00").toISOString()).toBe("2026-02-10T08:00:00.000Z");
  });

  it("keeps a call open until midnight in Seoul", () => {
    expect(isOnOrBeforeDeadline(new Date("2021-04-19T14:00:00Z"), "2021-04-19")).toBe(true);
    expect(isOnOrBeforeDeadline("2021-04-19T14:59:59.999Z", "2021-04-19")).toBe(true);
    expect(isOnOrBeforeDeadline(new Date("2021-04-19T15:00:00Z"), "2021-04-19")).toBe(false);
    expect(isOnOrBeforeDeadline("2021-04-19T23:59:59+09:00", "2021-04-19")).toBe(true);
    expect(isOnOrBeforeDeadline("2026-02-10T17:00+09:00", "2026-02-10T17:00")).toBe(true);
    expect(isOnOrBeforeDeadline("2026-02-10T17:01+09:00", "2026-02-10T17:00")).toBe(false);
    expect(isOnOrAfterOpening("2021-03-14T15:00:00Z", "2021-03-15")).toBe(true);
    expect(isOnOrAfterOpening("2021-03-14T14:59:59Z", "2021-03-15")).toBe(false);
  });

  it("refuses bad instants", () => {
    for (const bad of [new Date(Number.NaN), "2021-04-19", "yesterday", 5, null]) {
      expect(() => isOnOrBeforeDeadline(bad as never, "2021-04-19")).toThrowError(/asOf/);
    }
  });

  it("keeps toSeoulDate to the years partial dates cover", () => {
    // every day it returns can be formatted and parsed back
    expect(() => toSeoulDate("0500-06-01T00:00:00Z")).toThrow(
      expect.objectContaining({ code: "INVALID_DATE", message: "Year 0500 is before 1000" }),
    );
    expect(() => toSeoulDate(new Date(Date.UTC(10000, 0, 1)))).toThrow(
      expect.objectContaining({ code: "INVALID_DATE" }),
    );
    expect(toSeoulDate("9999-12-31T14:59:59Z")).toEqual({ kind: "day", year: 9999, month: 12, day: 31 });
    expect(toSeoulDate("0999-12-31T15:00:00Z")).toEqual({ kind: "day", year: 1000, month: 1, day: 1 });
    expect(Object.isFrozen(toSeoulDate("2021-04-19T15:00:00Z"))).toBe(true);
  });

  it("finds the Seoul day of an instant", () => {
    expect(toSeoulDate("2021-04-19T14:59:59Z")).toEqual({ kind: "day", year: 2021, month: 4, day: 19 });
    expect(toSeoulDate("2021-04-19T15:00:00Z")).toEqual({ kind: "day", year: 2021, month: 4, day: 20 });
    expect(toSeoulDate(new Date(Date.UTC(2020, 11, 31, 15)))).toEqual({
      kind: "day",
      year: 2021,
      month: 1,
      day: 1,
    });
  });
});

describe("comparePartialDates", () => {
  it("is honest about precision", () => {
    expect(comparePartialDates("2021-06", "2021-07-01")).toBe("before");
    expect(comparePartialDates("2021-06", "2021-06-15")).toBe("overlaps");
    expect(comparePartialDates("2021-07-01", "2021-06")).toBe("after");
    expect(comparePartialDates("2021", "2021-06-15T10:00")).toBe("overlaps");
    expect(comparePartialDates("2021-06-30", "2021-07")).toBe("before");
    expect(comparePartialDates("2021-06-15T10:00", "2021-06-15T10:00")).toBe("overlaps");
  });

  it("is antisymmetric and consistent with the instants (property)", () => {
    const arb = fc
      .tuple(
        fc.integer({ min: 2019, max: 2023 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .chain(([y, m, d]) =>
        fc.constantFrom(
          `${y}`,
          `${y}-${String(m).padStart(2, "0")}`,
          `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
        ),
      );
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const ab = comparePartialDates(a, b);
        const ba = comparePartialDates(b, a);
        expect(ab === "before" ? ba === "after" : ab === "after" ? ba === "before" : ba === "overlaps").toBe(
          true,
        );
        if (ab === "before") expect(latestInstant(a).getTime()).toBeLessThan(earliestInstant(b).getTime());
        if (ab === "before") expect(orderPartialDates(a, b)).toBeLessThan(0);
      }),
    );
  });

  it("sorts by earliest instant, narrower first", () => {
    expect(["2021-07", "2021", "2021-06-22", "2021-06", "2021-06-01"].sort(orderPartialDates)).toEqual([
      "2021",
      "2021-06-01",
      "2021-06",
      "2021-06-22",
      "2021-07",
    ]);
  });
});

describe("formatPartialDate", () => {
  it("formats in English and Korean", () => {
    expect(formatPartialDate("2021")).toBe("2021");
    expect(formatPartialDate("2021-06", "en")).toBe("June 2021");
    expect(formatPartialDate("2021-06", "ko")).toBe("2021년 6월");
    expect(formatPartialDate("2021-06-22", "en")).toBe("22 June 2021");
    expect(formatPartialDate("2021-06-22", "ko")).toBe("2021년 6월 22일");
    expect(formatPartialDate("2026-02-10T17:00", "en")).toBe("10 February 2026, 17:00 KST");
    expect(formatPartialDate("2026-02-10T17:00", "ko")).toBe("2026년 2월 10일 17:00(한국 시간)");
    expect(formatPartialDate("2021", "ko")).toBe("2021년");
  });
});

describe("schemas", () => {
  it("validates and transforms", () => {
    expect(PartialDateStringSchema.safeParse("2021-06").success).toBe(true);
    expect(PartialDateStringSchema.safeParse("2021-13").success).toBe(false);
    expect(PartialDateStringSchema.safeParse(2021).success).toBe(false);
    expect(PartialDateSchema.parse("2021-06")).toEqual({ kind: "month", year: 2021, month: 6 });
  });
});
