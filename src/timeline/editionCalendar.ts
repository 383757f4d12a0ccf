import type { Fact, Reliability, SourceTag } from "../core/fact.js";
import { freeze } from "../core/freeze.js";
import { ifDefined } from "../core/ifDefined.js";
import type { Label } from "../core/label.js";
import { memo } from "../core/memo.js";
import { getEdition } from "../programs/getEdition.js";
import type {
  Edition,
  EditionEventKind,
  PartialDateString,
  SubProgram,
  SubProgramId,
  TrackId,
} from "../programs/types.js";
import { orderPartialDates } from "./comparePartialDates.js";
import { type DatePrecision, readPartialDate } from "./partialDate.js";

/**
 * One dated milestone of an edition's calendar, as precise as the sources give it.
 *
 * @category Timeline
 */
export interface CalendarEntry {
  /** A stable id, unique in the calendar: `"2021/call-closes/all/2021-04-19"`. */
  readonly id: string;
  /** The edition's year. */
  readonly year: number;
  /** What happens (call opens, call closes, results...). */
  readonly kind: EditionEventKind;
  /** The date in Korea time, as given by the sources. */
  readonly date: PartialDateString;
  /** How precise `date` is: year, month, day or minute. */
  readonly precision: DatePrecision;
  /** What happens, in English and Korean. */
  readonly label: Label;
  /** The sub-program it concerns; absent when it concerns the whole edition. */
  readonly subProgramId?: SubProgramId;
  /** The track it concerns (for `track-start`). */
  readonly track?: TrackId;
  /** The sources that date it. */
  readonly sources: readonly SourceTag[];
  /** How far the date can be trusted. */
  readonly reliability: Reliability;
  /** `true` when it was announced as planned and the actual date is not known. */
  readonly planned: boolean;
  /** Where it comes from: the edition's events, or a sub-program's intake window. */
  readonly origin: "event" | "intake";
  /** A remark (another date in another source...), in English; its Korean text is in `k-city-network/notes.ko.json`. */
  readonly note?: string;
}

/** Every calendar entry kind, in process order. @internal */
export const KIND_ORDER: readonly EditionEventKind[] = [
  "call-announced",
  "call-opens",
  "call-closes",
  "rolling-cutoff",
  "review",
  "results-announced",
  "appropriation",
  "executor-tender",
  "executor-selected",
  "track-start",
  "training",
  "expo",
  "other",
];

/**
 * The order of calendar entries: by date ({@link orderPartialDates}), then by kind in process order
 * (a call opens before it closes), then by sub-program id. @internal
 */
export function compareEntries(a: CalendarEntry, b: CalendarEntry): number {
  return (
    orderPartialDates(a.date, b.date) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    (a.subProgramId ?? "").localeCompare(b.subProgramId ?? "") ||
    a.id.localeCompare(b.id)
  );
}

function intakeEntries(edition: Edition, sp: SubProgram): Omit<CalendarEntry, "id" | "precision">[] {
  const out: Omit<CalendarEntry, "id" | "precision">[] = [];
  const intake = sp.intake;
  const name = sp.name;
  const rolling = intake.kind === "rolling";
  // An intake day, unless an event of the edition already gives it.
  const add = (kind: EditionEventKind, day: Fact<string>, label: Label): void => {
    if (
      day.known &&
      !edition.events.some(
        (e) =>
          e.kind === kind &&
          e.date === day.value &&
          (e.subProgramId === undefined || e.subProgramId === sp.id),
      )
    ) {
      out.push({
        year: edition.year,
        kind,
        date: day.value,
        label,
        subProgramId: sp.id,
        sources: day.sources,
        reliability: day.reliability,
        planned: false,
        origin: "intake",
        ...ifDefined("note", day.note),
      });
    }
  };
  add("call-opens", intake.opens, {
    en: `${name.en}: ${rolling ? "year-round intake opens" : "applications open"}`,
    ko: `${name.ko}: ${rolling ? "연중 상시 접수 시작" : "신청 접수 시작"}`,
  });
  if (rolling) {
    add("rolling-cutoff", intake.cutoff, {
      en: `${name.en}: cutoff for ${edition.year} (later proposals roll over to ${intake.rollsOverTo})`,
      ko: `${name.ko}: ${edition.year}년 지원 마감 (이후 제안은 ${intake.rollsOverTo}년으로 이월)`,
    });
  } else {
    add("call-closes", intake.closes, { en: `${name.en}: applications close`, ko: `${name.ko}: 신청 마감` });
  }
  return out;
}

const CACHE = new Map<Edition, readonly CalendarEntry[]>();

/**
 * The calendar of an edition built from its sourced data.
 *
 * @internal
 */
export function calendarOf(edition: Edition): readonly CalendarEntry[] {
  return memo(CACHE, edition, () => {
    const raw: Omit<CalendarEntry, "id" | "precision">[] = edition.events.map((e) => ({
      year: edition.year,
      kind: e.kind,
      date: e.date,
      label: e.label,
      ...ifDefined("subProgramId", e.subProgramId),
      ...ifDefined("track", e.track),
      sources: e.sources,
      reliability: e.reliability,
      planned: e.planned === true,
      origin: "event" as const,
      ...ifDefined("note", e.note),
    }));
    for (const sp of edition.subPrograms) raw.push(...intakeEntries(edition, sp));
    const seen = new Map<string, number>();
    const entries = raw.map((r): CalendarEntry => {
      const base = `${r.year}/${r.kind}/${r.subProgramId ?? "all"}/${r.date}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return freeze({
        ...r,
        id: n === 1 ? base : `${base}/${n}`,
        precision: readPartialDate(r.date).kind,
        sources: freeze([...r.sources]),
        label: freeze({ ...r.label }),
      });
    });
    return freeze(entries.sort(compareEntries));
  });
}

/**
 * The ordered milestones of an edition from the data: call announcement, opening and closing per
 * sub-program (or the rolling intake and its cutoff), review steps, results, appropriation, executor
 * tender and selection, the start of each track, training and the World Smart City Expo where the
 * data links them, each with its precision, sources and reliability. Dates stay as precise as the
 * sources: "2021-07" is a month, never an invented day. Entries are sorted by date
 * ({@link orderPartialDates}), then in process order.
 *
 * @param year - the edition's year (2020 ... 2026)
 * @returns the frozen, ordered entries
 * @throws {@link KcnError} `UNKNOWN_EDITION` when there is no edition for `year`
 * @example
 * ```ts
 * editionCalendar(2021).map((e) => `${e.date} ${e.kind}`).slice(0, 4);
 * //=> ["2021-02-17 call-announced", "2021-02-18 call-opens", "2021-04-19 call-closes", "2021-06 appropriation"]
 * ```
 * @category Timeline
 */
export function editionCalendar(year: number): readonly CalendarEntry[] {
  return calendarOf(getEdition(year));
}
