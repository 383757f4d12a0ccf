import { freeze } from "../core/freeze.js";
import { ifDefined } from "../core/ifDefined.js";
import type { Label } from "../core/label.js";
import { label } from "../programs/data/build.js";
import { getEdition } from "../programs/getEdition.js";
import { getSubProgram } from "../programs/getSubProgram.js";
import type { PartialDateString, SubProgramId } from "../programs/types.js";
import { type InstantInput, readInstant, spanOf, spanOfParsed } from "./instant.js";
import { readPartialDate } from "./partialDate.js";

/**
 * Where a sub-program's intake stands at an instant, derived from its dates (never stored).
 *
 * @category Timeline
 */
export type CallStatusCode = "unknown" | "forthcoming" | "open" | "closed" | "results-announced";

/**
 * Labels of the call statuses, in English and Korean.
 *
 * @example
 * ```ts
 * CALL_STATUS_LABELS.open.ko; //=> "접수 중"
 * ```
 * @category Timeline
 */
export const CALL_STATUS_LABELS: Readonly<Record<CallStatusCode, Label>> = freeze({
  unknown: label("Unknown (opening day not known)", "알 수 없음 (접수 시작일 정보 없음)"),
  forthcoming: label("Forthcoming", "접수 예정"),
  open: label("Open", "접수 중"),
  closed: label("Closed", "접수 마감"),
  "results-announced": label("Results announced", "결과 발표"),
});

/**
 * The status of a sub-program's intake at an instant.
 *
 * @category Timeline
 */
export interface CallStatus {
  /** The edition year. */
  readonly year: number;
  /** The sub-program whose intake it is. */
  readonly subProgramId: SubProgramId;
  /** Forthcoming, open, closed or results announced, at `asOf`. */
  readonly status: CallStatusCode;
  /** The status in English and Korean ({@link CALL_STATUS_LABELS}). */
  readonly label: Label;
  /** A fixed call window, or year-round (rolling) intake with a cutoff. */
  readonly intake: "call" | "rolling";
  /** The first day proposals are accepted, when known. */
  readonly opens?: PartialDateString;
  /**
   * The last day (the call's close, or the rolling cutoff), when known. A rolling intake stays open
   * after its cutoff, to the end of its year.
   */
  readonly closes?: PartialDateString;
  /** The (non-planned) results announcement that concerns the sub-program, when known. */
  readonly resultsAnnounced?: PartialDateString;
  /**
   * Rolling intake only: the edition a proposal made at `asOf` counts for (this year's until the
   * cutoff, then `rollsOverTo` to the end of that year, also once this intake has closed at the end
   * of its own year, as `checkEligibility` considers it); `undefined` before the intake opens, when
   * the cutoff is unknown (even in the year after the intake's, when `checkEligibility` takes the
   * unpublished cutoff to have passed and considers a proposal for `rollsOverTo`: a known issue), and
   * after the roll-over year (a proposal rolls over one cycle only).
   */
  readonly countsForEdition?: number;
  /**
   * `true` when the answer may be wrong because a date it depends on is unknown or known only to the
   * month or year and `asOf` falls inside that period. The status then is the one that is certain.
   * A day the data holds as inferred or machine-translated (the 2026 demonstration call's opening,
   * the 2021 call's closing) is used as it stands and does not make the answer approximate: read
   * the intake's facts (`getSubProgram(year, id).intake`) for their reliability.
   */
  readonly approximate: boolean;
  /** `asOf` as an ISO 8601 instant (UTC). */
  readonly asOf: string;
}

/**
 * When a state is certainly entered: the start of a day or minute, but the end of a month or year
 * (a call "opening in March" is certainly open only once March is over). Returns the instant and
 * the uncertain window before it.
 */
function boundary(date: string, edge: "start" | "end"): { readonly at: number; readonly from: number } {
  const d = readPartialDate(date);
  const span = spanOfParsed(d);
  const coarse = d.kind === "month" || d.kind === "year";
  const at = coarse || edge === "end" ? span.end + 1 : span.start;
  return { at, from: coarse ? span.start : at };
}

/**
 * The status of a sub-program's call at an instant, from its dates in Korea time: `forthcoming`
 * before it opens, `open` until the end of its closing day in Seoul, `closed` afterwards and
 * `results-announced` from the day its results were announced. When the opening day is not known,
 * `unknown` until a known later date has passed (the sources give no way to tell forthcoming from open).
 * A year-round (rolling) intake takes proposals all year: it is `open` to the end of 31 December of
 * its edition's year in Seoul, `closed` afterwards (the sources give no later end). Its cutoff only
 * decides which edition a proposal made at `asOf` counts for (`countsForEdition`): this one until
 * the cutoff (end of 30 April 2024 in Seoul), the next one afterwards. Planned (unconfirmed)
 * announcements are not used. As `asOf` moves forward the status never goes back.
 *
 * @param year - the edition's year
 * @param subProgramId - the sub-program's id in that edition
 * @param asOf - the instant (a `Date` or an ISO 8601 date-time with an offset)
 * @returns the frozen {@link CallStatus}
 * @throws {@link KcnError} `UNKNOWN_EDITION`, `UNKNOWN_SUB_PROGRAM`, or `INVALID_DATE` for a bad `asOf`
 * @example
 * ```ts
 * callStatusAt(2021, "smart-city-planning", "2021-04-19T14:00:00Z").status; //=> "open"
 * callStatusAt(2021, "smart-city-planning", "2021-04-19T15:00:00Z").status; //=> "closed"
 * callStatusAt(2024, "planning", "2024-05-01T00:00:00+09:00").countsForEdition; //=> 2025
 * callStatusAt(2024, "planning", "2024-05-01T00:00:00+09:00").status; //=> "open"
 * callStatusAt(2024, "planning", "2025-01-01T00:00:00+09:00").status; //=> "closed"
 * ```
 * @category Timeline
 */
export function callStatusAt(year: number, subProgramId: SubProgramId, asOf: InstantInput): CallStatus {
  const t = readInstant(asOf);
  const edition = getEdition(year);
  const sp = getSubProgram(year, subProgramId);
  const intake = sp.intake;
  const opens = intake.opens.known ? intake.opens.value : undefined;
  const endFact = intake.kind === "call" ? intake.closes : intake.cutoff;
  const closes = endFact.known ? endFact.value : undefined;
  const results = edition.events
    .filter(
      (e) =>
        e.kind === "results-announced" &&
        e.planned !== true &&
        (e.subProgramId === undefined || e.subProgramId === sp.id),
    )
    .map((e) => e.date)
    .sort((a, b) => spanOf(a).start - spanOf(b).start)[0];

  // Without its opening day, nothing tells forthcoming from open: the status is unknown until a
  // known later date (the close, the results) has passed. The library does not guess.
  let status: CallStatusCode = opens === undefined ? "unknown" : "forthcoming";
  let approximate = false;
  const consider = (date: string | undefined, edge: "start" | "end", next: CallStatusCode): void => {
    if (date === undefined) return;
    const b = boundary(date, edge);
    if (t >= b.at) status = next;
    else if (t >= b.from) approximate = true;
  };
  consider(opens, "start", "open");
  // a call closes on its closing day; a year-round intake takes proposals all year (2024: "proposals
  // accepted all year", later ones counting for the next edition), so it closes with its year
  consider(intake.kind === "call" ? closes : `${year}-12-31`, "end", "closed");
  consider(results, "start", "results-announced");
  if (opens === undefined || closes === undefined) approximate = true;

  let countsForEdition: number | undefined;
  if (intake.kind === "rolling" && closes !== undefined && status !== "forthcoming" && status !== "unknown") {
    // after the cutoff, the next cycle; after the end of that year, none (a later edition's intake)
    const next = intake.rollsOverTo;
    countsForEdition = t <= spanOf(closes).end ? year : t <= spanOf(String(next)).end ? next : undefined;
  }
  return freeze({
    year,
    subProgramId: sp.id,
    status,
    label: CALL_STATUS_LABELS[status],
    intake: intake.kind,
    ...ifDefined("opens", opens),
    ...ifDefined("closes", closes),
    ...ifDefined("resultsAnnounced", results),
    ...ifDefined("countsForEdition", countsForEdition),
    approximate,
    asOf: new Date(t).toISOString(),
  });
}
