import { freeze } from "../core/freeze.js";
import { isRecord } from "../core/isObject.js";
import { issueOf } from "../core/issue.js";
import { receivedKo } from "../core/ko.js";
import { memo } from "../core/memo.js";
import type { Err, Issue, Result } from "../core/result.js";
import { err, ok } from "../core/result.js";
import { describeReceived, KcnError } from "../errors.js";
import type { PartialDateString } from "../programs/types.js";
import { daysInMonth, pad } from "./seoulDays.js";

/**
 * How precise a {@link PartialDate} is: a whole year, a month, a day, or a day with a time to the
 * minute.
 *
 * @category Timeline
 */
export type DatePrecision = "year" | "month" | "day" | "minute";

/**
 * A date as precise as the sources give it, in Korea time (a fixed UTC+9, as Asia/Seoul since 1988),
 * tagged by its precision in `kind`. Its JSON form is the {@link PartialDateString}
 * (`"2021"`, `"2021-06"`, `"2021-06-22"`, `"2026-02-10T17:00"`), see {@link toPartialDateString}.
 *
 * A year, month or day is a period: it covers every instant from its {@link earliestInstant} to its
 * {@link latestInstant}. A minute-precision value is one instant (a deadline at 17:00 closes at
 * 17:00:00.000 Seoul time).
 *
 * @category Timeline
 */
export type PartialDate =
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "month"; readonly year: number; readonly month: number }
  | { readonly kind: "day"; readonly year: number; readonly month: number; readonly day: number }
  | {
      readonly kind: "minute";
      readonly year: number;
      readonly month: number;
      readonly day: number;
      readonly hour: number;
      readonly minute: number;
    };

/**
 * What the timeline functions accept as a date: a parsed {@link PartialDate} or its text form.
 *
 * @category Timeline
 */
export type PartialDateInput = PartialDate | PartialDateString;

/**
 * Codes of the issues {@link safeParsePartialDate} returns.
 *
 * @category Timeline
 */
export type PartialDateIssueCode = "INVALID_DATE";

/**
 * An issue found while reading a partial date.
 *
 * @category Timeline
 */
export type PartialDateIssue = Issue<PartialDateIssueCode>;

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;
const MAX_LENGTH = 16;
const EXPECTED = '"YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (Korea time)';

/** The failed result with one `INVALID_DATE` issue. */
function invalid(en: string, ko: string, received: unknown): Err<PartialDateIssue> {
  return err([
    issueOf<PartialDateIssue>("INVALID_DATE", [], en, ko, {
      expected: EXPECTED,
      received: describeReceived(received),
    }),
  ]);
}

/**
 * Reads a partial date from its text form, without throwing.
 *
 * Accepts `"YYYY"`, `"YYYY-MM"`, `"YYYY-MM-DD"` and `"YYYY-MM-DDTHH:MM"` (Korea time, no offset), with
 * years 1000-9999 and real calendar days (`"2021-02-29"` is refused). A {@link PartialDate} object is
 * checked and returned as a frozen copy; one with a key its kind does not have (`month` on a `"year"`,
 * `hour` on a `"day"`) is refused, as the library's other parsers refuse unknown keys.
 *
 * @param input - the text (or a partial date object)
 * @returns `{ ok: true, value }` with the frozen {@link PartialDate}, or `{ ok: false, issues }` with
 *   one `INVALID_DATE` issue that says what is wrong, in English and Korean
 * @example
 * ```ts
 * safeParsePartialDate("2021-06");
 * //=> { ok: true, value: { kind: "month", year: 2021, month: 6 } }
 * safeParsePartialDate("2021-02-29").ok;
 * //=> false
 * ```
 * @category Timeline
 */
export function safeParsePartialDate(input: unknown): Result<PartialDate, PartialDateIssue> {
  if (isRecord(input)) {
    const text = textOfObject(input as Record<string, unknown>);
    if (text === undefined) {
      return invalid(
        "Expected a partial date object ({ kind, year, ... }) or text, received an object of another shape",
        "부분 날짜 객체({ kind, year, ... }) 또는 텍스트가 필요하지만 다른 형태의 객체를 받았습니다",
        input,
      );
    }
    input = text;
  }
  if (typeof input !== "string") {
    return invalid(
      `Expected a date text such as "2021-06-22", received ${describeReceived(input)}`,
      `"2021-06-22" 같은 날짜 텍스트 필요, 받은 값 ${receivedKo(input)}`,
      input,
    );
  }
  const m = input.length <= MAX_LENGTH ? SHAPE.exec(input) : null;
  if (m === null) {
    return invalid(
      `Expected ${EXPECTED}, received ${describeReceived(input)}`,
      `"YYYY", "YYYY-MM", "YYYY-MM-DD" 또는 "YYYY-MM-DDTHH:MM"(한국 시간) 형식이어야 하지만 ${describeReceived(input)}을(를) 받았습니다`,
      input,
    );
  }
  const year = Number(m[1]);
  if (year < 1000) {
    return invalid(`Year ${m[1]} is before 1000`, `${m[1]}년은 1000년 이전입니다`, input);
  }
  if (m[2] === undefined) return ok(freeze({ kind: "year" as const, year }));
  const month = Number(m[2]);
  if (month < 1 || month > 12) {
    return invalid(`Month ${m[2]} is not between 01 and 12`, `${m[2]}월은 없습니다(01~12월)`, input);
  }
  if (m[3] === undefined) return ok(freeze({ kind: "month" as const, year, month }));
  const day = Number(m[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return invalid(
      `Day ${m[3]} does not exist in ${year}-${m[2]} (it has ${last} days)`,
      `${year}년 ${month}월에는 ${m[3]}일이 없습니다(${last}일까지)`,
      input,
    );
  }
  if (m[4] === undefined) return ok(freeze({ kind: "day" as const, year, month, day }));
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (hour > 23 || minute > 59) {
    return invalid(
      `Time ${m[4]}:${m[5]} is not between 00:00 and 23:59`,
      `시각 ${m[4]}:${m[5]}은(는) 00:00~23:59 사이가 아닙니다`,
      input,
    );
  }
  return ok(freeze({ kind: "minute" as const, year, month, day, hour, minute }));
}

function textOfObject(o: Record<string, unknown>): string | undefined {
  const { kind, year, month, day, hour, minute, ...rest } = o;
  // how many of the fields the kind has (year 1 ... minute 5; 0 for no kind); NaN matches nothing
  const n = ["year", "month", "day", Number.NaN, "minute"].indexOf(kind as string) + 1;
  const parts = [year, month, day, hour, minute].map((v, i) =>
    // a field of a finer kind ({ kind: "year", year: 2021, month: 13 }) must not pass unread
    i >= n
      ? v === undefined
        ? ""
        : undefined
      : typeof v === "number" && Number.isInteger(v) && v >= 0 && String(v).length <= (i ? 2 : 4)
        ? ["", "-", "-", "T", ":"][i] + pad(v, i ? 2 : 4)
        : undefined,
  );
  // nor a key of no partial date
  return n && !parts.includes(undefined) && !Object.keys(rest).length ? parts.join("") : undefined;
}

/**
 * Reads a partial date from its text form, throwing on bad input.
 *
 * @param input - `"2021"`, `"2021-06"`, `"2021-06-22"` or `"2026-02-10T17:00"` (Korea time)
 * @returns the frozen {@link PartialDate}
 * @throws {@link KcnError} `INVALID_DATE` when the input is not a real partial date (details carry
 *   the `issues`)
 * @example
 * ```ts
 * parsePartialDate("2021-06-22");
 * //=> { kind: "day", year: 2021, month: 6, day: 22 }
 * ```
 * @category Timeline
 */
export function parsePartialDate(input: unknown): PartialDate {
  const r = safeParsePartialDate(input);
  if (r.ok) return r.value;
  // every failure carries exactly one issue (see `invalid`)
  throw new KcnError("INVALID_DATE", (r.issues[0] as PartialDateIssue).message.en, { issues: r.issues });
}

/**
 * The JSON (text) form of a partial date: `"2021"`, `"2021-06"`, `"2021-06-22"` or
 * `"2026-02-10T17:00"`. Parsing it back with {@link parsePartialDate} gives the same value.
 *
 * @param date - the partial date (text is checked and normalised)
 * @returns its {@link PartialDateString}
 * @throws {@link KcnError} `INVALID_DATE` when `date` is not a valid partial date
 * @example
 * ```ts
 * toPartialDateString({ kind: "month", year: 2021, month: 6 });
 * //=> "2021-06"
 * ```
 * @category Timeline
 */
export function toPartialDateString(date: PartialDateInput): PartialDateString {
  // a parsed date's fields are all in range, so its text form always exists
  return textOfObject(readPartialDate(date)) as PartialDateString;
}

const CACHE = new Map<string, PartialDate>();

/**
 * Reads a partial date given as text or object (memoised for text), throwing `INVALID_DATE`.
 *
 * @internal
 */
export function readPartialDate(input: PartialDateInput | unknown): PartialDate {
  return typeof input === "string" ? memo(CACHE, input, parsePartialDate, 1024) : parsePartialDate(input);
}
