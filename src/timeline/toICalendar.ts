import { type Label, type Lang, langOf } from "../core/label.js";
import { INVALID_INPUT, INVALID_OPTIONS, need, optionsOf } from "../core/need.js";
import { KcnError } from "../errors.js";
import { label } from "../programs/data/build.js";
import type { PartialDateString } from "../programs/types.js";
import { type InstantInput, readInstant, spanOfParsed } from "./instant.js";
import { readPartialDate } from "./partialDate.js";
import { isoDayOf, seoulDayOfInstant } from "./seoulDays.js";

/**
 * The fields every {@link ICalendarItem} has, beside its `date` or `due`.
 *
 * @category Timeline
 */
export interface ICalendarItemFields {
  /** A stable id, used for the event's UID. */
  readonly id: string;
  /** The event's summary, in English and Korean. */
  readonly label: Label;
  /** Written into the event's description. */
  readonly note?: string | undefined;
  /** Source tags, written into the description. */
  readonly sources?: readonly string[] | undefined;
  /** `true` for an entry announced as a plan, whose actual date is not known: `STATUS:TENTATIVE`. */
  readonly planned?: boolean | undefined;
}

/**
 * Something {@link toICalendar} can turn into an event: a calendar entry (`date`) or a planned
 * milestone (`due`), with a stable `id` and a bilingual `label`. One of `date` and `due` is
 * required (the type says so); `date` is used when both are given.
 *
 * @category Timeline
 */
export type ICalendarItem = ICalendarItemFields &
  (
    | {
        /** The date (calendar entries). */
        readonly date: PartialDateString;
        /** The due day (milestones), used when `date` is absent. */
        readonly due?: PartialDateString | undefined;
      }
    | {
        /** No date: `due` is used. */
        readonly date?: undefined;
        /** The due day (milestones). */
        readonly due: PartialDateString;
      }
  );

/**
 * Options of {@link toICalendar}.
 *
 * @category Timeline
 */
export interface ICalendarOptions {
  /** Language of summaries and descriptions (default `"en"`). */
  readonly lang?: Lang | undefined;
  /** The calendar's name (`X-WR-CALNAME`). */
  readonly name?: string | undefined;
  /**
   * `DTSTAMP` of every event (when the calendar was made). The library never reads the clock, so by
   * default each event's stamp is its own start, which keeps the output deterministic.
   */
  readonly stamp?: InstantInput | undefined;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\\;,]/g, "\\$&")
    .replace(/\n/g, "\\n");
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    // the UTF-8 length of one code point (a lone surrogate is written as U+FFFD, three bytes)
    const c = ch.codePointAt(0) as number;
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (size + n > limit) {
      parts.push(current);
      current = "";
      size = 0;
      limit = 74; // continuation lines start with a space
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function dateValue(day: number): string {
  return isoDayOf(day).replace(/-/g, "");
}

function utcValue(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
}

const PRECISION_NOTE: Record<"year" | "month", Label> = {
  month: label("Date known only to the month", "월 단위로만 알려진 날짜"),
  year: label("Date known only to the year", "연 단위로만 알려진 날짜"),
};

/**
 * Writes calendar entries or milestones as an RFC 5545 iCalendar (`.ics`) text: CRLF line ends,
 * lines folded at 75 octets (never inside a UTF-8 character), TEXT values escaped, and a stable
 * `UID` (`<id>@k-city-network`) per item. A day is an all-day event (`VALUE=DATE`); a month or year
 * known only to that precision is an all-day event spanning the whole month or year, with
 * `X-KCN-PRECISION` and a note in the description saying so; a time is a UTC `DATE-TIME`.
 *
 * An item's `note` goes into the description as given. The notes of the library's data are English;
 * for a Korean calendar, replace each with its Korean text from `k-city-network/notes.ko.json`
 * (`items.map((i) => (i.note ? { ...i, note: notesKo[i.note] ?? i.note } : i))`), as `kcity timeline
 * --ics --lang ko` does.
 *
 * @param items - calendar entries (from {@link editionCalendar}) or milestones (from {@link planSchedule})
 * @param options - language, calendar name and `DTSTAMP`
 * @returns the iCalendar text. An empty list gives a calendar with no event, which RFC 5545 (3.6)
 *   does not allow (a calendar holds at least one component) and some applications refuse: skip the
 *   export when there is nothing to write (`overdueMilestones` of a project on time is empty)
 * @throws {@link KcnError} `INVALID_DATE` for an item whose date is not a partial date; `INVALID_INPUT`
 *   when `items` is not an array of items with an id and a label, or an item's `note`, `sources` or
 *   `planned` has the wrong type (a stored `planned: 1` would publish a plan as confirmed;
 *   `details.index` names the item); `INVALID_OPTIONS`
 *   when `options` is not an object, has a key the function does not read, or one of its values
 *   has the wrong type or is not an allowed value (a `lang` other than `"en"` or `"ko"`)
 * @example
 * ```ts
 * toICalendar([{ id: "x", label: { en: "Call closes", ko: "마감" }, date: "2021-04-19" }])
 *   .includes("DTSTART;VALUE=DATE:20210419\r\n");
 * //=> true
 * ```
 * @category Timeline
 */
export function toICalendar(items: readonly ICalendarItem[], options: ICalendarOptions = {}): string {
  optionsOf(options, "lang name stamp");
  need(Array.isArray(items), INVALID_INPUT, "an array of calendar items", items);
  const lang = langOf(options.lang);
  const stamp = options.stamp !== undefined ? readInstant(options.stamp, "stamp") : undefined;
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//k-city-network//timeline//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  need(
    options.name === undefined || typeof options.name === "string",
    INVALID_OPTIONS,
    "name as a string",
    options.name,
  );
  if (options.name !== undefined) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const [i, item] of items.entries()) {
    need(
      typeof item?.id === "string" &&
        typeof item.label?.en === "string" &&
        typeof item.label.ko === "string" &&
        (item.note === undefined || typeof item.note === "string") &&
        (item.planned === undefined || typeof item.planned === "boolean") &&
        (item.sources === undefined ||
          (Array.isArray(item.sources) && item.sources.every((s: unknown) => typeof s === "string"))),
      INVALID_INPUT,
      `items[${i}] as { id, label: { en, ko }, note?, sources?, planned? }`,
      item,
      { index: i },
    );
    const raw = item.date ?? item.due;
    const d = readPartialDate(raw);
    const span = spanOfParsed(d);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(`${item.id}@k-city-network`)}`,
      `DTSTAMP:${utcValue(stamp ?? span.start)}`,
    );
    if (d.kind === "minute") {
      lines.push(`DTSTART:${utcValue(span.start)}`);
    } else {
      // the first day in Seoul, and the day after the last
      lines.push(
        `DTSTART;VALUE=DATE:${dateValue(seoulDayOfInstant(span.start))}`,
        `DTEND;VALUE=DATE:${dateValue(seoulDayOfInstant(span.end + 1))}`,
        "TRANSP:TRANSPARENT",
      );
    }
    lines.push(`SUMMARY:${escapeText(item.label[lang])}`);
    const description: string[] = [];
    if (d.kind === "month" || d.kind === "year") description.push(PRECISION_NOTE[d.kind][lang]);
    if (item.note !== undefined) description.push(item.note);
    if (item.sources !== undefined && item.sources.length > 0)
      description.push(`${lang === "ko" ? "출처" : "Sources"}: ${item.sources.join(", ")}`);
    if (description.length > 0) lines.push(`DESCRIPTION:${escapeText(description.join("\n"))}`);
    // announced as a plan, its actual date not known (RFC 5545 3.8.1.11)
    if (item.planned === true) lines.push("STATUS:TENTATIVE");
    lines.push(`X-KCN-PRECISION:${d.kind}`, "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
